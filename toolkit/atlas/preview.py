"""The level preview: a level drawn from its atlas as Tiled draws it."""
from __future__ import annotations

import numpy as np

from ..image import over
from .export import Level


def render_level(level: Level, atlas: np.ndarray, grid: dict) -> np.ndarray:
    """(H, W, 4) uint8 atlas page with uniform ``grid`` (tile_w, tile_h, margin, spacing,
    columns) -> the level as (h * tile_h, w * tile_w, 4) uint8 RGBA: the tile layer, then
    the tile objects over it (Tiled's drawing order), alpha composited."""
    tw, th = level.tile_w, level.tile_h
    w, h = level.size

    def tile_px(t: int) -> np.ndarray:
        r, c = divmod(t, grid["columns"])
        x = grid["margin"] + c * (tw + grid["spacing"])
        y = grid["margin"] + r * (th + grid["spacing"])
        return atlas[y:y + th, x:x + tw]

    img = np.zeros((h * th, w * tw, 4), np.float32)

    def draw(y, x, t):
        img[y:y + th, x:x + tw] = over(tile_px(t), img[y:y + th, x:x + tw])

    for yy in range(h):
        for xx in range(w):
            if level.gid[yy, xx]:
                draw(yy * th, xx * tw, int(level.gid[yy, xx]) - 1)
    for o in level.objects:
        draw(o["cy"] * th, o["cx"] * tw, o["gid"] - 1)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)
