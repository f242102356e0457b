"""TensorFlow's oneDNN CPU kernels on vs off: GAN step time and one photo stylized.

    python benchmarks/onednn.py [--steps 200] [--repeats 2]

TensorFlow enables oneDNN by default only on CPUs with AVX-512 VNNI/BF16 or AMX, so
on an AVX2-only CPU it runs Eigen kernels unless TF_ENABLE_ONEDNN_OPTS=1; spriteforge's
GAN package sets that (toolkit/gan/__init__.py). The switch is read once, when TensorFlow is imported, so
every measurement runs in its own process; off and on alternate ``--repeats`` times so a
busy machine slows both. Prints ms per default-recipe GAN step (batch 32, after 10
warm-up steps) and seconds per stylized photo (astronaut, dcss-walls style, 64 px), each
with the on/off ratio.
"""
import argparse
import json
import os
import subprocess
import sys

CHILD = r"""
import json, os, sys, time
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
from toolkit.data import load_data
from toolkit.gan.config import TrainConfig
from toolkit.gan.step import SpriteGAN, batch_indices, to_float
steps = int(sys.argv[1])
x = to_float(load_data("dcss-weapons").images)
cfg = TrainConfig()
gan = SpriteGAN(cfg)
run = lambda a, b: [gan.train_step(x[batch_indices(0, s, len(x), cfg.batch_size)]) for s in range(a, b)]
run(0, 10)
t = time.perf_counter(); run(10, 10 + steps); step_ms = (time.perf_counter() - t) / steps * 1000
from skimage import data
from toolkit.style.stylize import stylize
photo = data.astronaut()
stylize(photo, "dcss-walls", "64", iterations=2)  # load the VGG weights once
t = time.perf_counter(); stylize(photo, "dcss-walls", "64"); photo_s = time.perf_counter() - t
print(json.dumps({"step_ms": step_ms, "photo_s": photo_s}))
"""


def measure(onednn: str, steps: int) -> dict:
    env = {**os.environ, "TF_ENABLE_ONEDNN_OPTS": onednn, "TF_CPP_MIN_LOG_LEVEL": "3"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(steps)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=2)
    args = ap.parse_args()
    if args.steps < 1 or args.repeats < 1:
        raise SystemExit(f"--steps and --repeats must be >= 1, got {args.steps} and {args.repeats}")
    runs = {"0": [], "1": []}
    for r in range(args.repeats):
        for flag in ("0", "1"):
            m = measure(flag, args.steps)
            runs[flag].append(m)
            print(f"run {r + 1} oneDNN {'on ' if flag == '1' else 'off'}: "
                  f"{m['step_ms']:.1f} ms/GAN step, {m['photo_s']:.1f} s/photo", flush=True)
    mean = {f: {k: sum(m[k] for m in ms) / len(ms) for k in ms[0]} for f, ms in runs.items()}
    off, on = mean["0"], mean["1"]
    print(f"GAN step:  off {off['step_ms']:.1f} ms, on {on['step_ms']:.1f} ms "
          f"-> {off['step_ms'] / on['step_ms']:.2f}x the steps per minute")
    print(f"stylize:   off {off['photo_s']:.1f} s, on {on['photo_s']:.1f} s "
          f"-> {off['photo_s'] / on['photo_s']:.2f}x faster")


if __name__ == "__main__":
    main()
