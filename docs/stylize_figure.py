"""Remake docs/stylize-before-after.png: shipped photos (top) and their 64 px
sprites from `spriteforge stylize` with the default settings (bottom, 4x).

    python docs/stylize_figure.py
"""
import numpy as np
from PIL import Image

from toolkit.io import read_rgba, save_png
from toolkit.style.stylize import stylize

PAIRS = (("chelsea", "dcss-walls"), ("astronaut", "dcss-walls"), ("astronaut", "dcss-weapons"),
         ("coffee", "dcss-walls"))
SCALE, GAP, BG = 4, 6, (40, 40, 48, 255)


def main():
    cols = []
    for photo, style in PAIRS:
        rgba = read_rgba(f"datasets/photos/{photo}.jpg")
        sprite = stylize(rgba, style, "64")["sprite"]
        big = sprite.repeat(SCALE, 0).repeat(SCALE, 1)
        h, w = big.shape[:2]
        top = np.asarray(Image.fromarray(rgba).resize((w, round(w * rgba.shape[0] / rgba.shape[1])),
                                                      Image.LANCZOS))
        cols.append((top, big))
    th = max(t.shape[0] for t, _ in cols)
    bh = max(b.shape[0] for _, b in cols)
    W = sum(t.shape[1] for t, _ in cols) + GAP * (len(cols) + 1)
    out = np.zeros((th + bh + 3 * GAP, W, 4), np.uint8)
    out[:] = BG
    x = GAP
    for top, big in cols:
        w = top.shape[1]
        y = GAP + (th - top.shape[0]) // 2
        out[y:y + top.shape[0], x:x + w] = top
        y = 2 * GAP + th + (bh - big.shape[0]) // 2
        a = big[..., 3:4] / 255.0      # sprites have binary alpha: paste over the background
        region = out[y:y + big.shape[0], x:x + w]
        region[:] = np.rint(big * a + region * (1 - a)).astype(np.uint8)
        x += w + GAP
    save_png("docs/stylize-before-after.png", out)


if __name__ == "__main__":
    main()
