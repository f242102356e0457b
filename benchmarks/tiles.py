"""Floors and walls: every tile method side by side, scored in two feature spaces.

    python benchmarks/tiles.py [--model trained/dcss-floors] [-n 500] [--seeds 123,124]
    python benchmarks/tiles.py --model trained/dcss-walls --fixed-seeds 123

Methods, each on the model folder's own training tiles: ``gan`` (its generator, cleaned up
as generate does), ``quilt-auto`` (tiles.json: the recipe fitted per material, the
default), and one recipe for every material: ``quilt-16`` (16 px blocks from anywhere),
``quilt-8`` (8 px blocks), ``quilt-aligned`` (8 px blocks kept in place). Samples are
scored before the copy check, as ``evaluate`` scores them, against the training tiles:

- VGG16 (``evaluate``'s space): FD over the matched real-split floor, precision, recall;
- HOG + Lab colour histograms (skimage): a second space that neither the quilting (pixel
  colours), its recipe fit (pixel colours, edge maps) nor any VGG pick selects with;
- shifted copies (nearer a shift of a training tile than the real-to-real 5th percentile),
  seam score median, seconds per tile.

The real-half ceiling (one half of the real tiles against the other, scored the same way)
is printed first. The GAN's cost is its training (10 minutes for the shipped models);
quilting's is the fit (about a minute) and the per-tile time shown.
"""
import argparse
import time
from pathlib import Path

import numpy as np

from toolkit import seeds
from toolkit.gan.folder import Generator
from toolkit.gan.metrics import (matched_split_floor, precision_recall, shift_copy_threshold,
                                 shift_nn_distance)
from toolkit.io import save_png
from toolkit.pixelart.stats import seam_score
from toolkit.sheets import contact_sheet
from toolkit.evaluate import held_out_features, real_half_pr
from toolkit.tiles import Recipe, TileModel
from toolkit.vgg import sprite_features


def scores(fake: np.ndarray, real: np.ndarray, freal: dict, sthr: float) -> dict:
    out = {}
    for space, feat in (("vgg", sprite_features), ("hog", held_out_features)):
        ff = feat(fake)
        p, r = precision_recall(freal[space], ff)
        out[space] = (matched_split_floor(freal[space], ff)["fd_floor_ratio"], p, r)
    out["copies"] = float(np.mean(shift_nn_distance(fake, real)[0] < sthr))
    out["seam"] = float(np.median(seam_score(fake)))
    return out


def ceiling(freal: dict) -> dict:
    """Precision and recall of one random half of the real tiles against the other."""
    return {s: real_half_pr(f) for s, f in freal.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="trained/dcss-floors")
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--seeds", default="123,124", help="sample seeds for gan and quilt-auto")
    ap.add_argument("--fixed-seeds", default="123", help="sample seeds for the one-recipe variants")
    ap.add_argument("--work", default="bench-tiles")
    args = ap.parse_args()
    gen = Generator(args.model)
    tm = TileModel(args.model)
    real = gen.train_images
    freal = {"vgg": sprite_features(real), "hog": held_out_features(real)}
    sthr = shift_copy_threshold(real)
    c = ceiling(freal)
    print(f"{args.model}: {len(real)} real tiles, {len(tm.families)} families; real-half ceiling: "
          f"VGG precision {c['vgg'][0]:.2f} recall {c['vgg'][1]:.2f}; HOG+colour precision "
          f"{c['hog'][0]:.2f} recall {c['hog'][1]:.2f}; real seam median {np.median(seam_score(real)):.2f}")
    print(f"{'method':14s} {'seed':>4s} | {'VGG FD x':>8s} {'prec':>5s} {'rec':>5s} | {'HOG FD x':>8s} "
          f"{'prec':>5s} {'rec':>5s} | {'copies':>6s} {'seam':>5s} {'s/tile':>7s}")
    fixed = {"quilt-16": Recipe(16, False), "quilt-8": Recipe(8, False), "quilt-aligned": Recipe(8, True)}
    auto = list(tm.recipes)
    sheets = []
    for method in ("gan", "quilt-auto", *fixed):
        for seed in [int(s) for s in (args.seeds if method in ("gan", "quilt-auto") else args.fixed_seeds).split(",")]:
            t0 = time.perf_counter()
            if method == "gan":
                lab = gen.training_labels(args.n, [seed, seeds.EVAL_CLASSES]) if gen.cfg.num_classes else None
                fake = gen.style.clean(gen(gen.latents(args.n, seed), lab))
            else:
                tm.recipes = auto if method == "quilt-auto" else [fixed[method]] * len(auto)
                fake = tm.draw(args.n, seed, novelty=False).images
            dt = (time.perf_counter() - t0) / args.n
            s = scores(fake, real, freal, sthr)
            print(f"{method:14s} {seed:4d} | {s['vgg'][0]:8.2f} {s['vgg'][1]:5.2f} {s['vgg'][2]:5.2f} | "
                  f"{s['hog'][0]:8.2f} {s['hog'][1]:5.2f} {s['hog'][2]:5.2f} | {s['copies']:6.1%} "
                  f"{s['seam']:5.2f} {dt:7.3f}", flush=True)
            if seed == int(args.fixed_seeds.split(",")[0]):
                sheets.append(np.stack([np.tile(t, (2, 2, 1)) for t in fake[:8]]))
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    out = work / f"tiles-{Path(args.model).name}.png"
    save_png(out, contact_sheet(np.concatenate(sheets), cols=8, scale=1))
    print(f"wrote {out}: a row per method (gan, quilt-auto, {', '.join(fixed)}), 8 tiles each repeated 2x2")


if __name__ == "__main__":
    main()
