"""Serve the repository on localhost for the loot page: python examples/loot/serve.py [PORT]

The page loads the sample dungeon from ../../tilesets, so the server's root is the repository.
Standard library only; .mjs and .wasm get the MIME types browsers require of them.
"""
import functools
import http.server
import mimetypes
import sys
import threading
from pathlib import Path

mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")
ROOT = Path(__file__).resolve().parents[2]


class Site(http.server.SimpleHTTPRequestHandler):
    """The repository; with ``model`` set, /model/ is served from that folder."""
    model: Path | None = None

    def translate_path(self, path):
        if self.model is not None and path.startswith("/model/"):
            return str(self.model / path[len("/model/"):].split("?")[0])
        return super().translate_path(path)

    def log_message(self, *a):  # quiet: one line a request drowns the console
        pass


def start(port: int = 0, model: Path | None = None) -> http.server.ThreadingHTTPServer:
    """A server on 127.0.0.1:``port`` (0: any free one) in a daemon thread; ``.shutdown()`` stops it.
    The page is at /examples/loot/index.html (add ?model=/model/ when ``model`` is given)."""
    handler = type("LootSite", (Site,), {"model": model})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(ROOT)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


if __name__ == "__main__":
    server = start(int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
    print(f"open http://127.0.0.1:{server.server_address[1]}/examples/loot/ (Ctrl-C stops)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
