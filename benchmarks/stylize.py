"""Photo -> 64 px sprite: time per photo and the scorecard against both baselines.

    python benchmarks/stylize.py [--photos astronaut,coffee,chelsea,rocket]
                                 [--styles dcss-walls,dcss-weapons] [--size 64]
                                 [--iterations N (default: stylize's, 90)]

For every (photo, style) pair, one process, one after the other: the wall time
of `stylize` (reading the style, the transfer at 90 Adam steps, the pixel-art
reduction), then the scorecard of ours, nearest+palette and palette-fit
(see toolkit/style/score.py). Prints p50/p90 time, each pair's scores and the
means. Targets (issue 5): p50 <= 10 s; 100 % palette adherence and binary
alpha; Gram distance below both baselines at equal or better edge F1.
"""
import argparse
import json
import time

import numpy as np
from skimage import data

from toolkit.style.score import compare
from toolkit.style.stylize import stylize

METHODS = ("stylize", "nearest", "palette_fit")
LW = ("nearest_lw", "palette_fit_lw")  # baselines with our lightness-weighted quantiser (a check)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", default="astronaut,coffee,chelsea,rocket")
    ap.add_argument("--styles", default="dcss-walls,dcss-weapons")
    ap.add_argument("--size", default="64")
    ap.add_argument("--iterations", type=int, default=None)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    photos = {p: getattr(data, p)() for p in args.photos.split(",")}
    styles = args.styles.split(",")
    stylize(photos[next(iter(photos))], styles[0], args.size, iterations=2)  # load TF + VGG once
    times, rows = [], []
    for style in styles:
        for name, img in photos.items():
            t = time.perf_counter()
            stylize(img, style, args.size, iterations=args.iterations)
            times.append(time.perf_counter() - t)
            r = compare(img, style, args.size, iterations=args.iterations, lightness_baselines=True)
            rows.append({"photo": name, "style": style, "seconds": times[-1],
                         **{m: r[m] for m in METHODS + LW}})
            print(f"{name:10s} {style:13s} {times[-1]:5.1f} s  " + "  ".join(
                f"{m}: gram {r[m]['gram_distance']:.3f} edgeF1 {r[m]['edge_f1']:.3f} "
                f"iso {r[m]['isolated']:.2f} cast {r[m]['colour_cast']:.1f}" for m in METHODS),
                flush=True)
    t = np.array(times)
    print(f"\ntime per photo: p50 {np.median(t):.1f} s, p90 {np.percentile(t, 90):.1f} s "
          f"(target p50 <= 10 s)")
    for m in METHODS + LW:
        g = np.mean([r[m]["gram_distance"] for r in rows])
        e = np.mean([r[m]["edge_f1"] for r in rows])
        pa = min(r[m]["palette_adherence"] for r in rows)
        ab = min(r[m]["alpha_binary"] for r in rows)
        inr = np.mean([r[m]["colours_in_sheet_range"] for r in rows])
        iso = np.mean([r[m]["isolated"] for r in rows])
        cast = np.mean([r[m]["colour_cast"] for r in rows])
        print(f"{m:12s} mean gram {g:.3f}  mean edge F1 {e:.3f}  min palette adherence {pa:.3f}  "
              f"min binary alpha {ab:.3f}  colours in sheet range {inr:.0%}  "
              f"isolated {iso:.3f}  colour cast {cast:.1f}")
    wins_g = sum(r["stylize"]["gram_distance"] < min(r["nearest"]["gram_distance"],
                                                    r["palette_fit"]["gram_distance"]) for r in rows)
    wins_e = sum(r["stylize"]["edge_f1"] >= max(r["nearest"]["edge_f1"], r["palette_fit"]["edge_f1"])
                 for r in rows)
    print(f"pairs where ours has the lowest Gram distance: {wins_g}/{len(rows)}; "
          f"edge F1 >= both baselines: {wins_e}/{len(rows)}")
    print("(*_lw: the baselines with our lightness-weighted quantiser; not the issue's baselines)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"times": times, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
