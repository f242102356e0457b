"""The exported generator (ONNX, onnxruntime) against the Keras one, in one run.

    python benchmarks/export.py [--model trained/dcss-weapons] [-n 2048] [--browser 512]

Exports MODEL to a temporary folder, then times raw sprites from onnxruntime and from Keras
(tf.function, batch 64) on the same latents and classes, and prints how many uint8 values
agree, the largest difference, the clean-up's time a sprite and the exported files' sizes.
With --browser N (needs `make clients`), the loot page (examples/loot) in headless Chromium
times N sprites from onnxruntime-web's CPU (wasm, one thread) backend and their JavaScript
clean-up.
"""
import argparse
import importlib.util
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from toolkit.gan.export import export_model
from toolkit.gan.folder import Generator
from toolkit.gan.runtime import OnnxGenerator


ROOT = Path(__file__).resolve().parents[1]


def browser(folder: Path, n: int) -> dict:
    """{'n', 'forward_ms', 'clean_ms'} from the loot page in headless Chromium."""
    spec = importlib.util.spec_from_file_location("loot_serve", ROOT / "examples" / "loot" / "serve.py")
    serve = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(serve)
    job = folder.parent / "job.json"
    dim = json.loads((folder / "generator.json").read_text())["latent_dim"]
    job.write_text(json.dumps({"z": [0.0] * dim, "labels": [0], "bench": n}))
    server = serve.start(0, folder)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/examples/loot/index.html?model=/model/"
        harness = ROOT / "tests" / "atlas" / "phaser"
        r = subprocess.run([shutil.which("node"), str(harness / "loot.mjs"), url, str(job)],
                           capture_output=True, text=True, timeout=600, cwd=harness)
    finally:
        server.shutdown()
    if r.returncode:
        raise SystemExit(r.stderr[-2000:])
    return json.loads(r.stdout.strip().splitlines()[-1])["bench"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="trained/dcss-weapons")
    ap.add_argument("-n", type=int, default=2048)
    ap.add_argument("--browser", type=int, default=512, help="sprites timed in Chromium (0: skip)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "x"
        export_model(args.model, out)
        sizes = {f.name: f.stat().st_size for f in out.iterdir()}
        onnx, keras = OnnxGenerator(out), Generator(args.model)
        z = keras.latents(args.n, 1)
        lab = keras.cluster_draws(args.n, 1) if keras.cfg.clusters else \
            (np.arange(args.n) % keras.cfg.num_classes if keras.cfg.num_classes else None)
        onnx(z[:64], None if lab is None else lab[:64])
        keras(z[:64], lab if lab is None else lab[:64])
        t = time.perf_counter()
        a = onnx(z, lab)
        t_onnx = time.perf_counter() - t
        t = time.perf_counter()
        b = keras(z, lab)
        t_keras = time.perf_counter() - t
        t = time.perf_counter()
        onnx.style.clean(a[:512])
        clean = (time.perf_counter() - t) / 512
        web = browser(out, args.browser) if args.browser else None
    print(f"{args.model}: raw {args.n} sprites: onnxruntime {t_onnx:.2f} s ({args.n / t_onnx:.0f}/s), "
          f"Keras {t_keras:.2f} s ({args.n / t_keras:.0f}/s), ratio {t_onnx / t_keras:.2f}")
    print(f"uint8 values equal {np.mean(a == b):.6f}, largest difference {np.abs(a.astype(int) - b).max()}; "
          f"clean-up {clean * 1000:.1f} ms a sprite")
    if web:
        per = (web["forward_ms"] + web["clean_ms"]) / web["n"]
        print(f"browser (onnxruntime-web, wasm, 1 thread): raw {web['n']} sprites "
              f"{web['forward_ms'] / 1000:.2f} s ({web['n'] / web['forward_ms'] * 1000:.0f}/s), "
              f"clean-up {web['clean_ms'] / web['n']:.1f} ms a sprite; clean sprites {1000 / per:.0f}/s")
    print("files: " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sorted(sizes.items())))


if __name__ == "__main__":
    main()
