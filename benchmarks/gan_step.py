"""Time per training step: the default recipe against variants, in one process.

    python benchmarks/gan_step.py                               # resize vs subpixel generator
    python benchmarks/gan_step.py --set batch_size=32 --steps 100

Each network trains on the same dcss-weapons batches (its 24 k-means clusters, balanced, as
`train` draws them); after a warm-up the timed rounds alternate between them, so a machine
that slows down mid-run slows both. Prints the median ms per step and the ratio to the default.
"""
import argparse
import time

import numpy as np

from gan_quality import overrides  # (run as a script: benchmarks/ is on the path)
from toolkit.data import load_data
from toolkit.gan.clusters import cluster_labels, default_clusters
from toolkit.gan.config import TrainConfig
from toolkit.gan.step import SpriteGAN, batch_indices, to_float


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", default=None, metavar="KEY=VALUE",
                    help="a variant's TrainConfig field (default: g_upsample=subpixel)")
    ap.add_argument("--steps", type=int, default=50, help="steps per timed round")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    images = load_data("dcss-weapons").images
    k = default_clusters(len(images))
    labels = cluster_labels(images, k).astype(np.int32)
    x = to_float(images)
    variant = args.set or ["g_upsample=subpixel"]
    gans = {"default": SpriteGAN(TrainConfig.clustered(k)),
            " ".join(variant): SpriteGAN(TrainConfig.clustered(k, **overrides(variant)))}

    def run(gan, first, n):
        for s in range(first, first + n):
            idx = batch_indices(0, s, len(x), gan.cfg.batch_size, labels)
            gan.train_step(x[idx], labels[idx])

    for gan in gans.values():
        run(gan, 0, 10)  # tracing and warm-up
    times = {name: [] for name in gans}
    for r in range(args.rounds):
        for name, gan in gans.items():
            t = time.perf_counter()
            run(gan, 10 + r * args.steps, args.steps)
            times[name].append((time.perf_counter() - t) / args.steps * 1000)
    base = np.median(times["default"])
    for name, v in times.items():
        print(f"{name:24s} {np.median(v):7.1f} ms/step  {np.median(v) / base:.2f}x the default")


if __name__ == "__main__":
    main()
