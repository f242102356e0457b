"""Photo -> 64 px sprite: time per photo and the scorecard against both baselines and pixeloe.

    python benchmarks/stylize.py [--photos astronaut,coffee,chelsea,rocket]
                                 [--styles dcss-walls,dcss-weapons] [--size 64]
                                 [--iterations N (default: stylize's, 0 = no neural transfer)]
                                 [--pixeloe-python PATH]   # a Python with pixeloe (and torch)
                                 [--seeds 0,1,2]   # stylize's --seed (style sample, colour choice)
    python benchmarks/stylize.py --stages   # what each stage adds: the scorecard with one stage off

For every (photo, style) pair: the wall time of `stylize` (warm process: reading the
style, the transfer, the pixel-art reduction), then the scorecard (toolkit/style/score.py)
of ours, nearest+palette and palette-fit, and, with --pixeloe-python, of pixeloe 1.0
(contrast-aware downscale with outline expansion, run by benchmarks/pixeloe_run.py in that
Python, warm, on the same crop) snapped to the same sheet palette and K as ours. pixeloe is
a benchmark-only extra, never a spriteforge dependency. Set one up with:

    python3 -m venv /tmp/pxenv && /tmp/pxenv/bin/pip install torch==2.14.1 torchvision==0.29.1 pixeloe

Targets (issue 26): isolated-pixel share <= pixeloe's on each photo at 100 % palette
adherence; Gram distance below both baselines and pixeloe at equal or better edge F1;
colour cast <= pixeloe-snapped's; p50 time <= pixeloe's.
"""
import argparse
import json
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
from skimage import data

from toolkit.style.score import _grams, compare, scorecard
from toolkit.style.stylize import area_resize, quantise, stylize
from toolkit.pixelart.palette import colours_per_tile

METHODS = ("stylize", "nearest", "palette_fit")
LW = ("nearest_lw", "palette_fit_lw")  # baselines with our lightness-weighted quantiser (a check)
KEYS = ("gram_distance", "edge_f1", "isolated", "colour_cast", "hue_error", "dark_outline")


def run_pixeloe(python: str, crops: dict, size: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        np.savez(f"{tmp}/in.npz", **crops)
        subprocess.run([python, str(Path(__file__).with_name("pixeloe_run.py")), f"{tmp}/in.npz",
                        f"{tmp}/out.npz", str(size)], check=True, stderr=subprocess.DEVNULL)
        return dict(np.load(f"{tmp}/out.npz"))


# --stages: each row turns one stage off (or the optional neural transfer on)
STAGES = {
    "default": {},
    "neural transfer, 90 steps": {"iterations": 90},
    "no detail-keeping downscale": {"DETAIL": 0.0},
    "no L* sharpening": {"SHARPEN": 0.0},
    "sharpening x2": {"SHARPEN": 2.0},
    "no hue re-mapping": {"HUE_ROUNDS": 0},
    "no ink lines (outlined sheets)": {"outline": False},
    "no grain (texture sheets)": {"grain": 0.0},
}


def stages(photos: dict, styles: list, size: str, seeds=(0,)) -> None:
    """The scorecard's means over every (photo, style, seed) with one stage changed, and the
    warm seconds per photo."""
    import toolkit.style.stylize as S
    saved = {k: getattr(S, k) for k in ("DETAIL", "SHARPEN", "HUE_ROUNDS")}
    for name, change in STAGES.items():
        consts = {k: v for k, v in change.items() if k.isupper()}
        for k, v in consts.items():
            setattr(S, k, v)
        kw = {k: v for k, v in change.items() if not k.isupper()}
        rows, secs = [], []
        for style in styles:
            for img in photos.values():
                for seed in seeds:
                    t = time.perf_counter()
                    stylize(img, style, size, seed=seed, **kw)
                    secs.append(time.perf_counter() - t)
                    rows.append(compare(img, style, size, seed=seed, **kw)["stylize"])
        for k, v in saved.items():
            setattr(S, k, v)
        print(f"{name:31s} " + "  ".join(f"{k} {np.nanmean([r[k] for r in rows]):.3f}" for k in KEYS)
              + f"  p50 {np.median(secs):.2f} s", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", default="astronaut,coffee,chelsea,rocket")
    ap.add_argument("--styles", default="dcss-walls,dcss-weapons")
    ap.add_argument("--size", default="64")
    ap.add_argument("--iterations", type=int, default=None)
    ap.add_argument("--pixeloe-python", default=None)
    ap.add_argument("--json", default=None)
    ap.add_argument("--stages", action="store_true", help="what each stage adds (no pixeloe)")
    ap.add_argument("--seeds", default="0,1,2", help="seeds per pair: Gram distance moves ~0.03 with the seed")
    args = ap.parse_args()
    photos = {p: getattr(data, p)() for p in args.photos.split(",")}
    styles = args.styles.split(",")
    stylize(photos[next(iter(photos))], styles[0], args.size, iterations=2)  # load TF + VGG once
    if args.stages:
        return stages(photos, styles, args.size, [int(x) for x in args.seeds.split(",")])
    seeds = [int(x) for x in args.seeds.split(",")]
    times, rows, results = [], [], []
    for style in styles:
        for name, img in photos.items():
            for seed in seeds:
                t = time.perf_counter()
                stylize(img, style, args.size, iterations=args.iterations, seed=seed)
                times.append(time.perf_counter() - t)
                r = compare(img, style, args.size, seed=seed, iterations=args.iterations,
                            lightness_baselines=True)
                results.append(r)
                rows.append({"photo": name, "style": style, "seed": seed, "seconds": times[-1],
                             **{m: r[m] for m in METHODS + LW}})
    methods = METHODS + LW
    px_times = []
    if args.pixeloe_python:
        crops = {r["photo"]: res["_result"]["crop"].astype(np.uint8) for r, res in zip(rows, results)}
        px = run_pixeloe(args.pixeloe_python, crops, args.size)
        px_times = [float(px["seconds:" + p]) for p in crops]
        for row, r in zip(rows, results):
            res = r["_result"]
            sprite = res["sprite"]
            small = area_resize(res["crop"], sprite.shape[:2])
            raw = px[row["photo"]].astype(np.float64)
            snapped = quantise(raw, res["mask"], res["palette"], res["colors"], seed=row["seed"],
                               outline=False, lightness=1.0)
            sg, tc = _grams(res["tiles"]), colours_per_tile(res["tiles"])
            row["pixeloe"] = scorecard(snapped, small, res["palette"], tc, sg)
        methods = METHODS + ("pixeloe",) + LW
    for row in rows:
        print(f"{row['photo']:10s} {row['style']:13s} {row['seed']} {row['seconds']:5.1f} s  " + "  ".join(
            f"{m}: gram {row[m]['gram_distance']:.3f} edgeF1 {row[m]['edge_f1']:.3f} "
            f"iso {row[m]['isolated']:.2f} cast {row[m]['colour_cast']:.1f} hue {row[m]['hue_error']:.1f}"
            for m in methods if m not in LW), flush=True)
    t = np.array(times)
    print(f"\ntime per photo (warm): ours p50 {np.median(t):.1f} s, p90 {np.percentile(t, 90):.1f} s"
          + (f"; pixeloe p50 {np.median(px_times):.1f} s" if px_times else ""))
    for m in methods:
        means = {k: np.nanmean([r[m][k] for r in rows]) for k in KEYS}
        pa = min(r[m]["palette_adherence"] for r in rows)
        ab = min(r[m]["alpha_binary"] for r in rows)
        print(f"{m:14s} mean gram {means['gram_distance']:.3f}  edge F1 {means['edge_f1']:.3f}  "
              f"isolated {means['isolated']:.3f}  colour cast {means['colour_cast']:.1f}  "
              f"hue error {means['hue_error']:.1f}  "
              f"min palette adherence {pa:.3f}  min binary alpha {ab:.3f}")
    others = [m for m in ("nearest", "palette_fit", "pixeloe") if m in methods]
    wins_g = sum(r["stylize"]["gram_distance"] < min(r[m]["gram_distance"] for m in others) for r in rows)
    wins_e = sum(r["stylize"]["edge_f1"] >= max(r[m]["edge_f1"] for m in others) for r in rows)
    print(f"runs (pair x seed) where ours has the lowest Gram distance of {', '.join(['stylize'] + others)}: "
          f"{wins_g}/{len(rows)}; edge F1 >= all of them: {wins_e}/{len(rows)}")
    if "pixeloe" in methods:
        iso = sum(r["stylize"]["isolated"] <= r["pixeloe"]["isolated"] for r in rows)
        cast = sum(r["stylize"]["colour_cast"] <= r["pixeloe"]["colour_cast"] for r in rows)
        hue = sum(r["stylize"]["hue_error"] <= r["pixeloe"]["hue_error"] for r in rows)
        print(f"runs with isolated share <= pixeloe's: {iso}/{len(rows)}; colour cast <= pixeloe's: "
              f"{cast}/{len(rows)}; hue error <= pixeloe's: {hue}/{len(rows)}")
    print("(*_lw: the baselines with our lightness-weighted quantiser; not the issue's baselines)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"times": times, "pixeloe_times": px_times, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
