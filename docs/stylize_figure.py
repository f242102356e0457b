"""Remake docs/stylize-before-after.png: four photos (top), their 64 px sprites from
`spriteforge stylize --style dcss-weapons` (middle, 4x) and, with --pixeloe-python, pixeloe's
64 px result snapped to the same palette and colour count (bottom; see
benchmarks/stylize.py for setting up a Python with pixeloe).

    python docs/stylize_figure.py [--pixeloe-python /tmp/pxenv/bin/python]
"""
import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image
from skimage import data

from toolkit.io import save_png
from toolkit.style.stylize import quantise, stylize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
PHOTOS, STYLE = ("astronaut", "coffee", "chelsea", "rocket"), "dcss-weapons"
SCALE, GAP, BG = 4, 6, (40, 40, 48, 255)


def paste(out, img, y, x):
    a = img[..., 3:4] / 255.0
    region = out[y:y + img.shape[0], x:x + img.shape[1]]
    region[:] = np.rint(img * a + region * (1 - a)).astype(np.uint8)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pixeloe-python", default=None)
    args = ap.parse_args()
    results = {p: stylize(getattr(data, p)(), STYLE, "64") for p in PHOTOS}
    rows = [[], []]
    if args.pixeloe_python:
        from stylize import run_pixeloe  # benchmarks/stylize.py
        px = run_pixeloe(args.pixeloe_python, {p: r["crop"].astype(np.uint8) for p, r in results.items()}, 64)
        rows.append([])
    for p, r in results.items():
        big = r["sprite"].repeat(SCALE, 0).repeat(SCALE, 1)
        h, w = big.shape[:2]
        photo = np.asarray(Image.fromarray(r["crop"].astype(np.uint8)).resize((w, h), Image.LANCZOS))
        rows[0].append(np.concatenate([photo, np.full((h, w, 1), 255, np.uint8)], -1))
        rows[1].append(big)
        if args.pixeloe_python:
            s = quantise(px[p].astype(np.float64), r["mask"], r["palette"], r["colors"], seed=0,
                             outline=False, lightness=1.0)
            rows[2].append(s.repeat(SCALE, 0).repeat(SCALE, 1))
    rh = [max(im.shape[0] for im in row) for row in rows]
    W = sum(im.shape[1] for im in rows[0]) + GAP * (len(PHOTOS) + 1)
    out = np.zeros((sum(rh) + GAP * (len(rows) + 1), W, 4), np.uint8)
    out[:] = BG
    y = GAP
    for row, h in zip(rows, rh):
        x = GAP
        for im in row:
            paste(out, im, y, x)
            x += im.shape[1] + GAP
        y += h + GAP
    save_png("docs/stylize-before-after.png", out)


if __name__ == "__main__":
    main()
