"""dcss-weapons-16.png: a stand-in for a 16 px sprite pack (none ships in ../dcss).

    python datasets/sheets/make_16px.py

Each of the 255 DCSS weapons is area-downscaled 32 -> 16 px (colour averaged over the opaque part
of each 2x2 block, alpha averaged), its alpha snapped to the set's alpha levels and its colours
snapped to that sprite's own palette (nearest in Lab), then the sprites are packed 16 a row with
a 1 px margin and 1 px spacing, as many 16 px packs are laid out.
"""
from pathlib import Path

import numpy as np

from toolkit import load_data, pack_sheet
from toolkit.io import save_png
from toolkit.pixelart.cleanup import alpha_values, snap_alpha
from toolkit.pixelart.palette import map_to_palette


def downscale(tiles: np.ndarray) -> np.ndarray:
    """(N, 2h, 2w, 4) uint8 -> (N, h, w, 4) uint8, as described above."""
    n, h, w = tiles.shape[0], tiles.shape[1] // 2, tiles.shape[2] // 2
    blocks = tiles.reshape(n, h, 2, w, 2, 4).astype(np.float64)
    a = blocks[..., 3:] / 255.0
    rgb = (blocks[..., :3] * a).sum((2, 4)) / np.maximum(a.sum((2, 4)), 1e-9)
    alpha = snap_alpha(np.rint(blocks[..., 3].mean((2, 4))).astype(np.uint8), alpha_values(tiles))
    out = np.zeros((n, h, w, 4), np.uint8)
    out[..., 3] = alpha
    for i in range(n):
        own = np.unique(tiles[i][tiles[i][..., 3] > 0][:, :3], axis=0)
        m = alpha[i] > 0
        if m.any() and len(own):
            out[i][m, :3] = map_to_palette(rgb[i][m], own)
    return out


if __name__ == "__main__":
    small = downscale(load_data("dcss-weapons").images)
    out = Path(__file__).with_name("dcss-weapons-16.png")
    save_png(out, pack_sheet(small, 16, 1, 1, 1))
    print(f"wrote {out}: {len(small)} sprites of 16x16")
