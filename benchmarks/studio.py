"""The studio's speed, as a person meets it: the server started on the shipped model, then the
page's requests over HTTP on 127.0.0.1.

    python benchmarks/studio.py [--model trained/dcss-weapons] [--repeats 5]

- page usable: from the server listening (the model warm) to the page, its script, the model
  list, the favourites and the first batch of 32 sprites all served (what the page waits for);
- a batch of 32 new sprites, 16 children of two favourites, a morph of 9, a steer strip of 5,
  8 variations of a favourite (median of --repeats);
- export of 64 favourites to PNGs, latents, lineage and an atlas, zipped.

Drawing in the server (Keras, both cores, the clean-up in numpy) is compared with drawing in
the page (onnxruntime-web, one WebAssembly thread, loot.js): docs/benchmarks.md, "Export
(ONNX), in Python and in the browser", has the page's rate from benchmarks/export.py.
"""
import argparse
import json
import statistics
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from toolkit.studio import Studio, serve


def call(url: str, body=None) -> dict | bytes:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=600) as r:
        raw = r.read()
        return json.loads(raw) if r.headers.get_content_type() == "application/json" else raw


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="trained/dcss-weapons")
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    name = Path(args.model).name
    with tempfile.TemporaryDirectory() as tmp:
        studio = Studio({name: args.model}, tmp)
        t = time.perf_counter()
        studio.warm(name)
        warm = time.perf_counter() - t
        urls = []
        threading.Thread(target=serve, args=(studio, "127.0.0.1", 0, urls.append), daemon=True).start()
        while not urls:
            time.sleep(0.01)
        u = urls[0]
        t = time.perf_counter()
        call(u)
        call(u + "static/studio.js")
        call(u + "api/models")
        call(u + "api/favourites")
        first = call(u + "api/draw", {"model": name, "n": 32, "seed": 0})["sprites"]
        ready = time.perf_counter() - t

        def timed(fn):
            ts = []
            for k in range(args.repeats):
                t0 = time.perf_counter()
                fn(k)
                ts.append(time.perf_counter() - t0)
            return statistics.median(ts)
        a, b = first[0]["id"], first[1]["id"]
        rows = {
            "batch of 32 new sprites": timed(lambda k: call(u + "api/draw", {"model": name, "n": 32, "seed": k + 1})),
            "16 children of two favourites": timed(lambda k: call(u + "api/breed", {"parents": [a, b], "n": 16,
                                                                                      "seed": k})),
            "morph of 9": timed(lambda k: call(u + "api/morph", {"a": a, "b": first[k + 2]["id"], "steps": 9})),
        }
        call(u + "api/steer", {"id": a, "direction": 0, "amounts": [0]})  # the directions, fitted once
        rows["steer strip of 5"] = timed(lambda k: call(u + "api/steer", {"id": a, "direction": k % 6,
                                                                           "amounts": [-2, -1, 0, 1, 2]}))
        rows["8 variations of a favourite"] = timed(lambda k: call(u + "api/variations", {"id": a, "n": 8,
                                                                                           "seed": k}))
        for s in call(u + "api/draw", {"model": name, "n": 64, "seed": 999})["sprites"]:
            call(u + "api/favourites", {"id": s["id"]})
        t = time.perf_counter()
        z = call(u + "api/export", {"name": "bench"})
        call(u + z["zip"].lstrip("/"))
        export = time.perf_counter() - t
    print(f"{args.model}: model load, clean-up fit and first draw {warm:.2f} s (before the server listens)")
    print(f"page usable (page, script, models, favourites, first 32 sprites): {ready:.2f} s   [target 2 s]")
    targets = {"batch of 32 new sprites": 1.0, "16 children of two favourites": 1.0}
    for k, v in rows.items():
        print(f"{k:34s} {v:6.2f} s" + (f"   [target {targets[k]:g} s]" if k in targets else ""))
    print(f"{'export of 64 favourites (zip)':34s} {export:6.2f} s   [target 2 s]")


if __name__ == "__main__":
    main()
