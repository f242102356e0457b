"""Recolour scorecard on the 255 shipped DCSS weapons (issue 51): per sprite the Spearman rank
correlation of L* over its opaque pixels before/after, alpha kept, share of opaque pixels in
the target colours, each tier's mean hue error (chroma-weighted, main ramp), time per sprite;
for the five tiers, two Lospec palettes and two ramps. The real-data ceiling: a sprite against
itself scores 1.0 on every axis.

    python benchmarks/recolor.py [--only tiers,palettes,ramps]
"""
import argparse
import time

import numpy as np

from toolkit.data import load_data
from toolkit.pixelart.palette import to_lab
from toolkit.pixelart.palette_files import read_palette
from toolkit.pixelart.recolor import TIERS, _colours, main_ramp, ramp_colours, tier_colours, to_palette, to_ramp, to_tier


def spearman(a, b):
    m = a[..., 3] >= 128
    la, lb = (to_lab(x[m][:, :3].astype(float))[:, 0] for x in (a, b))
    if len(la) < 3 or np.ptp(la) == 0:
        return 1.0

    def ranks(x):
        _, inv = np.unique(x, return_inverse=True)
        order = np.argsort(x, kind="stable")
        r = np.empty(len(x))
        r[order] = np.arange(len(x))
        return np.bincount(inv, r)[inv] / np.bincount(inv)[inv]
    ra, rb = ranks(la), ranks(lb)
    return 0.0 if np.ptp(rb) == 0 else float(np.corrcoef(ra, rb)[0, 1])


def hue(rgb):
    lab = to_lab(rgb.astype(float))
    return np.degrees(np.arctan2(lab[:, 2].sum(), lab[:, 1].sum())) % 360


def row(name, ims, fn, allowed=None, target_hue=None):
    rs, inside, herr, t0 = [], [], [], time.perf_counter()
    for im in ims:
        out, swap = fn(im)
        assert np.array_equal(out[..., 3], im[..., 3])
        rs.append(spearman(im, out))
        vis = out[..., 3] > 0
        if allowed is not None:
            inside.append(np.isin(out[vis][:, :3].astype(int) @ [65536, 256, 1], allowed).mean())
        if target_hue is not None:
            cols, counts, idx = _colours(im)
            m = np.isin(idx, np.flatnonzero(main_ramp(cols, counts)))
            if m.any():
                herr.append(abs((hue(out[m][:, :3]) - target_hue + 180) % 360 - 180))
    ms = (time.perf_counter() - t0) / len(ims) * 1000
    rs = np.array(rs)
    extra = f" | in palette {np.mean(inside):.2%}" if inside else ""
    extra += f" | hue error mean {np.mean(herr):.1f} max {np.max(herr):.1f} deg" if herr else ""
    print(f"{name:14s} Spearman L*: median {np.median(rs):.3f} min {rs.min():.3f} >=0.95 {np.mean(rs >= 0.95):.1%} | "
          f"alpha kept 100% | {ms:.0f} ms/sprite{extra}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="tiers,palettes,ramps", help="rows to run, comma-separated")
    only = ap.parse_args().only.split(",")
    ims = load_data("dcss-weapons").images
    print(f"{len(ims)} DCSS weapons; ceiling (a sprite against itself): Spearman 1.000, in palette 100%, hue error 0")
    for name, col in tier_colours(list(TIERS)).items() if "tiers" in only else ():
        t = to_lab(col.astype(float).reshape(1, 3))[0]
        h = None if name == "common" else np.degrees(np.arctan2(t[2], t[1])) % 360
        row(f"tier {name}", ims, lambda im, c=col: to_tier(im, c), target_hue=h)
    for pal in ("db16", "pico-8") if "palettes" in only else ():
        p = read_palette(pal)
        row(f"palette {pal}", ims, lambda im, p=p: to_palette(im, p), allowed=p.astype(int) @ [65536, 256, 1])
    for r in ("gold", "mithril") if "ramps" in only else ():
        rc = ramp_colours(r)
        row(f"ramp {r}", ims, lambda im, rc=rc: to_ramp(im, rc))


if __name__ == "__main__":
    main()
