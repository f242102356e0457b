"""encode and variations on DCSS weapons the model never saw.

    python benchmarks/encode.py [--minutes 10 | --steps N] [--clusters K] [--hold 16] [--tune-steps N]
                                [--spread S] [--mix] [--work bench-encode]

Holds out HOLD weapons (seeded), trains the default recipe (or train's --clusters K) on the
rest for MINUTES or N steps (once:
WORK/model is reused, and resumes after a kill), then:
- encode: each held-out weapon's reconstruction distance in VGG feature space (`vgg.sprite_features`,
  the space `evaluate` measures in) against the median nearest-neighbour distance between real
  sprites, pixel PSNR (RGB over mid-grey), and seconds per sprite (one call for all of them, and
  four calls of one sprite each: the first traces the optimiser's graph for a batch of one, as a
  fresh `spriteforge encode` process does);
- variations (-n 16 at the default spread, 0.8, of each held-out weapon, from the generator tuned
  to it unless --tune-steps 0): the share of variations closer to their source than to any
  training sprite, how like their source they are (median VGG distance to it over the typical
  real nearest-neighbour distance, median pixel PSNR against it), their mean pairwise VGG
  distance against that of random samples (64 of them: steadier than 16, the same
  expectation), and the pixel-art scorecard's "inside" shares of all variations beside random
  samples'.
- with --search N: a search over N random samples, per source: those closer to it than to any
  training sprite (its cell), and the diversity of the 16 of them picked farthest-first, as
  `variations` picks; beside `variations`' own diversity per source. It shows how much room
  the nearness target leaves the diversity target on this model.
Writes WORK/encode.png: held-out weapons, their reconstructions, and 8 variations of each.
"""
import argparse
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from toolkit import load_data
from toolkit.gan.config import plan_training
from toolkit.gan.folder import Generator
from toolkit.gan.train import train_plan
from toolkit.io import save_png
from toolkit.kmeans import distances
from toolkit.latent.encode import encode, psnr
from toolkit.latent.variations import SPREAD, variations
from toolkit.latent.tune import TUNE_STEPS
from toolkit.sheets import contact_sheet
from toolkit.pixelart.stats import STATS, scorecard
from toolkit.vgg import sprite_features


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--steps", type=int, default=None, help="train this many steps instead of --minutes")
    ap.add_argument("--clusters", type=int, default=None, help="train's --clusters; its default if unset")
    ap.add_argument("--hold", type=int, default=16)
    ap.add_argument("--no-hue-step", action="store_true", help="the clean-up without its hue step (to compare)")
    ap.add_argument("--work", default="bench-encode")
    ap.add_argument("--spread", type=float, default=SPREAD)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--tune-steps", type=int, default=TUNE_STEPS, help="variations' tuning (0: the model as it is)")
    ap.add_argument("--mix", action="store_true", help="variations --mix: the tuned copy's and the model's own")
    ap.add_argument("--train-only", action="store_true")
    ap.add_argument("--search", type=int, default=0, help="random samples for the in-cell search (0: skip)")
    args = ap.parse_args()
    work = Path(args.work)
    tiles = load_data("dcss-weapons").images
    held = np.sort(np.random.default_rng(args.seed).choice(len(tiles), args.hold, replace=False))
    rest = np.delete(tiles, held, axis=0)
    model = work / "model"
    if not (model / "model.json").is_file():  # trained once (a killed run resumes)
        plan = plan_training(rest, model, seed=args.seed, clusters=args.clusters,
                             **({"steps": args.steps} if args.steps else {"minutes": args.minutes}))
        train_plan(plan, model, log=lambda m: print(m, file=sys.stderr))
    if args.train_only:
        return
    gen = Generator(model)
    if args.no_hue_step:
        from dataclasses import replace
        gen._style = replace(gen.style, hues=0)
    out = tiles[held]

    t = time.perf_counter()
    enc = encode(gen, out, seed=args.seed)
    t_all = time.perf_counter() - t
    t_one = []  # one sprite a call: the first traces the optimiser's graph for a batch of one
    for i in range(4):
        t = time.perf_counter()
        encode(gen, out[i:i + 1], seed=args.seed)
        t_one.append(time.perf_counter() - t)
    print(f"encode {len(out)} held-out weapons: VGG distance median {np.median(enc.distance):.3f} "
          f"(each: {' '.join(f'{d:.2f}' for d in enc.distance)}), typical real-to-real nearest "
          f"neighbour {enc.typical:.3f}: {np.mean(enc.distance <= enc.typical):.0%} within it; "
          f"PSNR median {np.median(enc.psnr):.1f} dB")
    print(f"time: {t_all:.1f} s for all {len(out)} in one call ({t_all / len(out):.2f} s a sprite), "
          f"one sprite a call: {t_one[0]:.1f} s the first (its graph traced), then "
          f"{' / '.join(f'{x:.1f}' for x in t_one[1:])} s")

    ftrain = gen.train_features
    closer, div, rows, every, like, pix = [], [], [], [], [], []
    t = time.perf_counter()
    for i, im in enumerate(out):
        imgs, _, _ = variations(gen, im, 16, spread=args.spread, seed=args.seed + i,
                                encoded=_one(enc, i), tune_steps=args.tune_steps, mix=args.mix)
        every.append(imgs)
        f = sprite_features(imgs)
        d_src = distances(f, sprite_features(im[None]))[:, 0]
        d_train = distances(f, ftrain).min(1)
        closer.append(np.mean(d_src < d_train))
        like.append(np.median(d_src) / enc.typical)
        pix.append(np.median(psnr(imgs, np.repeat(im[None], len(imgs), 0))))
        pd = distances(f, f)
        div.append(pd[np.triu_indices(len(f), 1)].mean())
        rows.append(np.concatenate([im[None], enc.images[i:i + 1], imgs[:8]]))
    t_var = time.perf_counter() - t  # (includes the scoring's VGG features, a small share)
    # the mean pairwise distance does not depend on how many are drawn; 64 make it steadier than 16
    rand = gen.style.clean(gen(gen.latents(64, 999), gen.default_labels(64, 999)))
    fr = sprite_features(rand)
    pr = distances(fr, fr)[np.triu_indices(64, 1)].mean()
    pr16 = distances(fr[:16], fr[:16])[np.triu_indices(16, 1)].mean()
    print(f"variations (16 each, spread {args.spread}): closer to their source than to any training "
          f"sprite {np.mean(closer):.0%} (per source {' '.join(f'{c:.0%}' for c in closer)}); "
          f"pairwise diversity {np.mean(div):.3f} vs {pr:.3f} for random samples "
          f"({np.mean(div) / pr:.2f}x; {np.mean(div) / pr16:.2f}x against the first 16, {pr16:.3f})")
    print(f"like their source (tuning steps {args.tune_steps}{', mixed' if args.mix else ''}): VGG distance to it median "
          f"{np.median(like):.2f}x the typical nearest-neighbour distance (per source "
          f"{' '.join(f'{x:.2f}' for x in like)}); pixel PSNR against it median {np.median(pix):.1f} dB "
          f"(reconstructions {np.median(enc.psnr):.1f} dB)")
    card, card_r = scorecard(np.concatenate(every), gen.train_images), scorecard(rand, gen.train_images)
    print("pixel-art statistics inside the training set's 5-95 % range, variations / random samples / "
          "real-half ceiling: " + ", ".join(f"{k} {card[k]['inside']:.0%} / {card_r[k]['inside']:.0%} / "
                                           f"{card[k]['ceiling']:.0%}" for k in STATS))
    print(f"time: {t_var / len(out):.1f} s a source for 16 variations (encoded already)")
    if args.search:
        search(gen, out, ftrain, pr, div, closer, args.search)
    save_png(work / "encode.png", contact_sheet(np.concatenate(rows), cols=10, scale=2))
    print(f"wrote {work / 'encode.png'}: each row a held-out weapon, its reconstruction, 8 variations")


def search(gen, out, ftrain, pr, div, closer, n):
    """Random samples in each source's cell (nearer it than any training sprite): how many,
    and the diversity of 16 of them picked farthest-first, against variations' per source."""
    from toolkit.latent.variations import _farthest_first
    fs = sprite_features(out)
    z, lab = gen.latents(n, 4242), gen.default_labels(n, 4242)
    f = np.concatenate([sprite_features(gen.style.clean(gen(z[i:i + 1024], None if lab is None else lab[i:i + 1024])))
                        for i in range(0, n, 1024)])
    d_train, d_src = distances(f, ftrain).min(1), distances(f, fs)
    size, found = [], []
    for i in range(len(out)):
        cell = np.flatnonzero(d_src[:, i] < d_train)
        pick = _farthest_first(f, cell, d_src[:, i], 16)
        size.append(len(cell))
        found.append(distances(f[pick], f[pick])[np.triu_indices(len(pick), 1)].mean() / pr
                     if len(pick) > 1 else np.nan)
    ours, found = np.asarray(div) / pr, np.asarray(found)
    some = ~np.isnan(found)
    print(f"search over {n} random samples, per source 'samples in its cell: the diversity of 16 of "
          f"them farthest-first / variations' diversity' (x random samples'): "
          + " ".join(f"{k}:{d:.2f}/{o:.2f}" for k, d, o in zip(size, found, ours)))
    print(f"sources whose cell holds >= 2 samples: {some.sum()} of {len(out)}; the search reaches "
          f"0.5x on {(found[some] >= 0.5).sum()} of them; variations at >= 80 % near are at least as "
          f"diverse on {(some & (np.asarray(closer) >= 0.8) & (ours >= found)).sum()}; variations "
          f"reach 0.5x on {(ours >= 0.5).sum()} of {len(out)}")


def _one(enc, i):
    from toolkit.latent.encode import Encoded
    return Encoded(enc.latents[i:i + 1], None if enc.labels is None else enc.labels[i:i + 1],
                   enc.images[i:i + 1], enc.distance[i:i + 1], enc.psnr[i:i + 1], enc.typical)


if __name__ == "__main__":
    shutil.os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    main()
