"""Generated sprites as a game developer sees them, and how fast they come.

    python benchmarks/generate.py [--models dcss-weapons,dcss-weapons-by-class] [-n 500]
                                  [--speed 10000] [--figure docs/img/cleanup.png]

For each shipped model: the pixel-art scorecard (toolkit/pixelart/stats.py) of the raw
generator output, of the clean-up before this recipe (binary alpha, nearest training
colour in RGB), of `generate`'s clean-up without its hue step, and of `generate`'s
clean-up, each beside the real-half ceiling; then FD / matched floor, precision and recall
(`evaluate`'s feature space) of the clean-up with and without the hue step. Then the wall time of `spriteforge generate MODEL -n SPEED` in a fresh process (TensorFlow's
import, the novelty filter and PNG writing included). Targets (issue 24): >= 90 % inside
the real 5-95 % range on every statistic; -n 10000 in <= 30 s.
"""
import argparse
from dataclasses import replace
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from toolkit.gan.folder import Generator
from toolkit.gan.metrics import matched_split_floor, precision_recall
from toolkit.pixelart.palette import sheet_palette
from toolkit.pixelart.stats import STATS, scorecard
from toolkit.vgg import sprite_features


def old_cleanup(raw: np.ndarray, palette: np.ndarray) -> np.ndarray:
    """The clean-up `generate` used before: alpha >= 128 -> 255 else 0, each colour to the
    nearest of the set's colours in RGB."""
    out = raw.copy()
    solid = out[..., 3] >= 128
    out[..., 3] = np.where(solid, 255, 0)
    flat = out[..., :3].reshape(-1, 3).astype(np.int32)
    pal = palette.astype(np.int32)
    idx = np.concatenate([((flat[i:i + 8192, None] - pal[None]) ** 2).sum(-1).argmin(1)
                          for i in range(0, len(flat), 8192)])
    out[..., :3] = pal[idx].reshape(out[..., :3].shape)
    out[~solid] = 0
    return out


def figure(path: Path, real: np.ndarray, rows: dict) -> None:
    from toolkit.io import save_png
    from toolkit.sheets import contact_sheet
    strips = [contact_sheet(real[:16], cols=16, scale=2)]
    strips += [contact_sheet(v[:16], cols=16, scale=2) for v in rows.values()]
    w = max(s.shape[1] for s in strips)
    img = np.concatenate([np.pad(s, [(0, 4), (0, w - s.shape[1]), (0, 0)]) for s in strips])
    path.parent.mkdir(parents=True, exist_ok=True)
    save_png(path, img)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="dcss-weapons,dcss-weapons-by-class")
    ap.add_argument("-n", type=int, default=500, help="samples for the scorecard (0: skip it)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--speed", type=int, default=10000, help="sprites for the timing (0: skip)")
    ap.add_argument("--figure", default=None, help="PNG: real | raw | old clean-up | clean-up")
    args = ap.parse_args()
    for name in args.models.split(",") if args.n else []:
        gen = Generator(Path("trained") / name)
        real = gen.train_images
        z = gen.latents(args.n, args.seed)
        labels = gen.training_labels(args.n, [args.seed, 3]) if gen.cfg.num_classes else None
        raw = gen(z, labels)
        t = time.perf_counter()
        clean = gen.style.clean(raw)
        dt = time.perf_counter() - t
        rows = {"raw": raw, "old clean-up": old_cleanup(raw, sheet_palette(real)),
                "no hue step": replace(gen.style, hues=0).clean(raw),
                "clean-up": clean}
        print(f"\n{name}: {args.n} samples (seed {args.seed}) vs {len(real)} training sprites; "
              f"clean-up {1000 * dt / args.n:.1f} ms per sprite")
        cards = {k: scorecard(v, real) for k, v in rows.items()}
        print(f"{'statistic':14s} {'real median (5-95 %)':>22s}  " + "  ".join(f"{k:>20s}" for k in rows)
              + "  ceiling")
        for s in STATS:
            c = cards["raw"][s]
            print(f"{s:14s} {c['real_median']:8.3g} ({c['real_p5']:.3g}-{c['real_p95']:.3g})".ljust(38)
                  + "  ".join(f"{cards[k][s]['fake_median']:9.3g} {cards[k][s]['inside']:9.0%} "
                              for k in rows) + f"  {c['ceiling']:6.0%}")
        print(f"{'alpha values':14s} real set {cards['raw']['set_alpha_values']['real']}; "
              + ", ".join(f"{k} {cards[k]['set_alpha_values']['fake']}" for k in rows))
        worst = min(cards["clean-up"][s]["inside"] for s in STATS)
        print(f"worst statistic inside the real range after clean-up: {worst:.0%} (target >= 90 %)")
        freal = gen.train_features
        for k in ("no hue step", "clean-up"):
            f = sprite_features(rows[k])
            prec, rec = precision_recall(freal, f)
            print(f"{k}: FD / matched floor {matched_split_floor(freal, f)['fd_floor_ratio']:.2f}, "
                  f"precision {prec:.2f}, recall {rec:.2f}")
        if args.figure:
            p = Path(args.figure)
            figure(p.with_name(f"{p.stem}-{name}{p.suffix}"), real,
                   {k: v for k, v in rows.items() if k != "no hue step"})
    if args.speed:
        for name in args.models.split(","):
            checked = bool(Generator(Path("trained") / name).named_classes)
            for flags in [[]] + [["--no-class-check"]] * checked:  # the class check's cost beside
                with tempfile.TemporaryDirectory() as tmp:
                    t = time.perf_counter()
                    subprocess.run([sys.executable, "-m", "toolkit", "generate", f"trained/{name}",
                                    "-n", str(args.speed), "--seed", "0", "--out", f"{tmp}/g", *flags],
                                   check=True)
                    dt = time.perf_counter() - t
                print(f"generate {name} -n {args.speed} {' '.join(flags)}: {dt:.1f} s in a fresh process "
                      f"({args.speed / dt:.0f} sprites/s; target <= 30 s for 10,000)")


if __name__ == "__main__":
    main()
