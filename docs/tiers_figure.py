"""Remake docs/tiers.png: top, one weapon from the shipped generator (`generate dcss-weapons
--seed 7`, sprite 3) as drawn and in the five loot tiers (`recolor --tiers
common,uncommon,rare,epic,legendary`); below, five DCSS weapons and the same moved into the
DawnBringer 16 palette (`recolor --to db16`). 4x, nearest neighbour.

    python docs/tiers_figure.py
"""
from pathlib import Path

import numpy as np

from toolkit.data import load_data
from toolkit.gan.sample import generate
from toolkit.io import save_png
from toolkit.pixelart.palette_files import read_palette
from toolkit.pixelart.recolor import TIERS, tier_colours, to_palette, to_tier
from toolkit.shipped import models

SCALE, GAP, BG = 4, 8, (40, 40, 48, 255)
DCSS = ("long_sword1", "battle_axe2", "morningstar1", "ranged/longbow1", "trident1")


def row(images):
    tiles = [np.kron(im, np.ones((SCALE, SCALE, 1), np.uint8)) for im in images]
    h = max(t.shape[0] for t in tiles)
    out = np.zeros((h, sum(t.shape[1] for t in tiles) + GAP * (len(tiles) - 1), 4), np.uint8)
    out[:] = BG
    x = 0
    for t in tiles:
        a = t[..., 3:4] / 255.0
        reg = out[:t.shape[0], x:x + t.shape[1]]
        reg[:] = np.rint(t * a + reg * (1 - a)).astype(np.uint8)
        x += t.shape[1] + GAP
    return out


def main():
    weapon = generate(models()["dcss-weapons"], 8, seed=7).images[3]
    colours = tier_colours(list(TIERS))
    top = row([weapon] + [to_tier(weapon, c)[0] for c in colours.values()])
    ts = load_data("dcss-weapons")
    real = [ts.images[ts.names.index(n)] for n in DCSS]
    pal = read_palette("db16")
    rows = [top, row(real), row([to_palette(im, pal)[0] for im in real])]
    w = max(r.shape[1] for r in rows)
    out = np.zeros((sum(r.shape[0] for r in rows) + GAP * (len(rows) + 1), w + 2 * GAP, 4), np.uint8)
    out[:] = BG
    y = GAP
    for r in rows:
        out[y:y + r.shape[0], GAP:GAP + r.shape[1]] = r
        y += r.shape[0] + GAP
    dest = Path(__file__).with_name("tiers.png")
    save_png(dest, out)
    print(f"wrote {dest}")


if __name__ == "__main__":
    main()
