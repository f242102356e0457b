"""The exported generator (ONNX, onnxruntime) against the Keras one, in one run.

    python benchmarks/export.py [--model trained/dcss-weapons] [-n 2048]

Exports MODEL to a temporary folder, then times raw sprites from onnxruntime and from Keras
(tf.function, batch 64) on the same latents and classes, and prints how many uint8 values
agree, the largest difference, the clean-up's time a sprite and the exported files' sizes.
"""
import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from toolkit.gan.export import export_model
from toolkit.gan.folder import Generator
from toolkit.gan.runtime import OnnxGenerator


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="trained/dcss-weapons")
    ap.add_argument("-n", type=int, default=2048)
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
    print(f"{args.model}: raw {args.n} sprites: onnxruntime {t_onnx:.2f} s ({args.n / t_onnx:.0f}/s), "
          f"Keras {t_keras:.2f} s ({args.n / t_keras:.0f}/s), ratio {t_onnx / t_keras:.2f}")
    print(f"uint8 values equal {np.mean(a == b):.6f}, largest difference {np.abs(a.astype(int) - b).max()}; "
          f"clean-up {clean * 1000:.1f} ms a sprite")
    print("files: " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sorted(sizes.items())))


if __name__ == "__main__":
    main()
