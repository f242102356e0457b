"""docs/loot.png: the loot page (examples/loot) after six chests were opened, and the six weapons.

    python docs/loot_figure.py      (after `make venv clients`; exports the shipped generator)
"""
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from toolkit.gan.export import export_model

ROOT = Path(__file__).resolve().parents[1]


def main(out: Path):
    spec = importlib.util.spec_from_file_location("loot_serve", ROOT / "examples" / "loot" / "serve.py")
    serve = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(serve)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        export_model(ROOT / "trained" / "dcss-weapons", tmp / "x")
        (tmp / "job.json").write_text(json.dumps({"z": [0.0] * 128, "labels": [0], "presses": 6,
                                                  "screenshot": str(tmp / "page.png")}))
        server = serve.start(0, tmp / "x")
        try:
            url = f"http://127.0.0.1:{server.server_address[1]}/examples/loot/index.html?model=/model/"
            harness = ROOT / "tests" / "atlas" / "phaser"
            r = subprocess.run([shutil.which("node"), str(harness / "loot.mjs"), url, str(tmp / "job.json")],
                               capture_output=True, text=True, timeout=600, cwd=harness, check=True)
        finally:
            server.shutdown()
        page = Image.open(tmp / "page.png").convert("RGB")
    chests = [np.asarray(c, np.uint8).reshape(32, 32, 4) for c in json.loads(r.stdout.strip().splitlines()[-1])["chests"]]
    fig = Image.new("RGB", (640, 576 + 112), (17, 17, 17))
    fig.paste(page.crop((640, 96, 1280, 672)), (0, 0))  # three rooms with a new weapon each
    for i, c in enumerate(chests):  # the six weapons, 3x
        tile = Image.new("RGBA", (96, 96), (40, 40, 40, 255))
        tile.alpha_composite(Image.fromarray(c, "RGBA").resize((96, 96), Image.NEAREST))
        fig.paste(tile.convert("RGB"), (8 + i * 104, 584))
    fig.save(out, optimize=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "loot.png")
