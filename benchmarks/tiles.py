"""Seamless tiles: the seam score of generated floors, tileable recipe against the default.

    python benchmarks/tiles.py [--minutes 10] [--data dcss-floors] [--work bench-tiles] [-n 256]
    python benchmarks/tiles.py --data dcss-walls --models trained/dcss-walls   # score these, no training

Trains (once; WORK/tileable and WORK/default are reused) `train DATA --tileable` and plain
`train DATA` for MINUTES each, then scores N clean tiles of each with
`pixelart.stats.seam_score`: a tile against itself (right edge to left, bottom to top) and two
different tiles of one family side by side, against the real tiles' distribution (median,
interquartile range, share inside the real 5-95 % range). ``--models A,B`` scores those model
folders (e.g. the shipped ones) instead of training. Writes WORK/tiles.png: for each model, 8
tiles each repeated 2x2.
"""
import argparse
from pathlib import Path

import numpy as np

from toolkit import load_data
from toolkit.gan.config import plan_training
from toolkit.gan.folder import Generator
from toolkit.gan.train import train_plan
from toolkit.io import save_png
from toolkit.pixelart.stats import seam_score
from toolkit.sheets import contact_sheet


def summary(s: np.ndarray, real: np.ndarray) -> str:
    lo, hi = np.percentile(real, [5, 95])
    q1, q3 = np.percentile(real, [25, 75])
    med = np.median(s)
    return (f"median {med:.2f} ({'inside' if q1 <= med <= q3 else 'outside'} the real IQR "
            f"{q1:.2f}-{q3:.2f}), inside the real 5-95 % range {np.mean((s >= lo) & (s <= hi)):.0%}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--data", default="dcss-floors")
    ap.add_argument("--work", default="bench-tiles")
    ap.add_argument("-n", type=int, default=256)
    ap.add_argument("--models", default=None, help="comma-separated model folders to score instead")
    args = ap.parse_args()
    work = Path(args.work)
    tiles = load_data(args.data).images
    real = seam_score(tiles)
    rng = np.random.default_rng(0)
    print(f"{args.data}: {len(tiles)} real tiles: self seam median {np.median(real):.2f}, IQR "
          f"{np.percentile(real, 25):.2f}-{np.percentile(real, 75):.2f}, 5-95 % "
          f"{np.percentile(real, 5):.2f}-{np.percentile(real, 95):.2f}")
    from toolkit.sheets.classes import family_labels
    fam, _ = family_labels(load_data(args.data).names)
    pairs = [(i, j) for i in range(len(tiles)) for j in range(i + 1, len(tiles)) if fam[i] == fam[j]]
    pairs = [pairs[k] for k in rng.choice(len(pairs), min(len(pairs), 1000), replace=False)]
    real_side = seam_score(tiles[[i for i, _ in pairs]], tiles[[j for _, j in pairs]])
    print(f"real tiles of one family side by side: median {np.median(real_side):.2f}")
    rows = []
    runs = [(Path(m).name, Path(m), None) for m in args.models.split(",")] if args.models \
        else [(name, work / name, tileable) for name, tileable in (("tileable", True), ("default", False))]
    for name, out, tileable in runs:
        if tileable is not None and not (out / "model.json").is_file():
            train_plan(plan_training(tiles, out, minutes=args.minutes, tileable=tileable), out,
                       log=lambda m: None)
        gen = Generator(out)
        lab = gen.default_labels(args.n, 1)
        img = gen.style.clean(gen(gen.latents(args.n, 1), lab))
        own = seam_score(img)
        # two tiles of one class side by side: the next tile of the same class to the right
        pair = [(i, j) for i in range(args.n) for j in range(i + 1, args.n)
                if lab is None or lab[i] == lab[j]][: args.n]
        side = seam_score(img[[i for i, _ in pair]], img[[j for _, j in pair]])
        steps = __import__("json").loads((out / "model.json").read_text())["steps"]
        print(f"{name:12s} ({steps} steps): self {summary(own, real)}; side by side (same class) "
              f"median {np.median(side):.2f}")
        rows.append(np.stack([np.tile(t, (2, 2, 1)) for t in img[:8]]))
    work.mkdir(parents=True, exist_ok=True)
    save_png(work / "tiles.png", contact_sheet(np.concatenate(rows), cols=8, scale=1))
    print(f"wrote {work / 'tiles.png'}: a row per model ({', '.join(r[0] for r in runs)}), each tile 2x2")


if __name__ == "__main__":
    main()
