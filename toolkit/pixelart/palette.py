"""Palettes for pixel art: the style sheet's colours, choosing K of them, mapping.

Colours are compared in CIE Lab (skimage.color), where distance follows
perceived difference better than in RGB. ``lightness`` scales the L* axis:
at sprite size the value (light/dark) structure is what makes a shape read,
so the stylizer weighs a lightness error more than a hue error of the same
size (see LIGHTNESS_WEIGHT in stylize.py).
"""
from __future__ import annotations

import numpy as np

from ..kmeans import kmeans, nearest


def sheet_palette(tiles: np.ndarray) -> np.ndarray:
    """Distinct opaque (alpha >= 128) colours of (N, h, w, 4) uint8 tiles, most
    used first: (P, 3) uint8."""
    rgb = tiles[tiles[..., 3] >= 128][:, :3]
    cols, counts = np.unique(rgb.reshape(-1, 3), axis=0, return_counts=True)
    order = np.lexsort((cols[:, 2], cols[:, 1], cols[:, 0], -counts))
    return cols[order]


def read_palette(path) -> np.ndarray:
    """A palette from an image file: its distinct opaque (alpha >= 128) colours, (P, 3) uint8."""
    from ..errors import SpriteforgeError
    from ..io import read_rgba
    img = read_rgba(path)
    pal = np.unique(img[img[..., 3] >= 128][:, :3], axis=0)
    if len(pal) == 0:
        raise SpriteforgeError(f"{path}: palette image has no opaque pixels")
    return pal


def colours_per_tile(tiles: np.ndarray) -> np.ndarray:
    """Distinct opaque colours in each tile: (N,) int (tiles with none left out)."""
    from .stats import colours
    c = colours(tiles)
    return c[c > 0]


def to_lab(rgb: np.ndarray, lightness: float = 1.0) -> np.ndarray:
    """(..., 3) RGB 0..255 -> (..., 3) Lab, L* multiplied by ``lightness``."""
    from skimage.color import rgb2lab
    lab = rgb2lab(np.asarray(rgb, np.float64).reshape(-1, 1, 3) / 255.0).reshape(np.shape(rgb))
    if lightness != 1.0:
        lab = lab * np.array([lightness, 1.0, 1.0])
    return lab


def from_lab(lab: np.ndarray) -> np.ndarray:
    """(..., 3) Lab (plain, L* unweighted) -> RGB float 0..255; out-of-gamut colours are
    clipped quietly (skimage warns about each)."""
    import warnings
    from skimage.color import lab2rgb
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return lab2rgb(np.asarray(lab, np.float64).reshape(-1, 1, 3)).reshape(np.shape(lab)) * 255


def map_to_palette(rgb: np.ndarray, palette: np.ndarray, lightness: float = 1.0) -> np.ndarray:
    """(..., 3) RGB -> the nearest palette colour (Lab, L* weighted by
    ``lightness``), uint8, same shape."""
    flat = np.asarray(rgb, np.float64).reshape(-1, 3)
    idx = nearest(to_lab(flat, lightness), to_lab(palette.astype(np.float64), lightness))
    return palette[idx].reshape(np.shape(rgb)).astype(np.uint8)


def choose_colours(rgb: np.ndarray, palette: np.ndarray, k: int, seed: int = 0,
                   iters: int = 12, lightness: float = 1.0) -> np.ndarray:
    """K palette colours that best describe the (M, 3) pixels ``rgb``.

    k-means in Lab (L* weighted by ``lightness``; k-means++ start, seeded),
    then each centre is replaced by
    the nearest palette colour not taken yet. Returns (<= k, 3) uint8, a
    subset of ``palette``.
    """
    if len(palette) <= k:
        return palette.copy()
    x = to_lab(np.asarray(rgb, np.float64).reshape(-1, 3), lightness)
    return palette[choose_lab(x, to_lab(palette.astype(np.float64), lightness), k, seed, iters)]


def distinct_rows(x: np.ndarray) -> int:
    """How many distinct (M, 3) Lab rows there are once rounded to 3 decimals: one int64 key
    per row (10x faster than np.unique(..., axis=0), the same count)."""
    q = np.rint(np.asarray(x, np.float64) * 1000).astype(np.int64) + 2 ** 19   # 0 <= q < 2^20
    return len(np.unique((q[:, 0] << 40) | (q[:, 1] << 20) | q[:, 2]))


NEAREST = 16  # choose_lab with a tree: palette colours looked up per centre first


def choose_lab(x: np.ndarray, pal_lab: np.ndarray, k: int, seed: int = 0, iters: int = 12,
               tree=None) -> np.ndarray:
    """``choose_colours`` in Lab: (M, 3) pixels, (P, 3) palette -> (<= k,) indices into
    the palette, most used first (P > k). k-means (``toolkit.kmeans``, seeded; more than
    4096 pixels: a seeded subsample of 4096), then each centre, most used first, takes
    the nearest palette colour not taken yet. ``tree``: a ``scipy.spatial.cKDTree`` of
    ``pal_lab`` (``palette_tree``), for large palettes: the same choice, looked up among
    each centre's nearest colours instead of the whole palette."""
    rng = np.random.default_rng(seed)
    x = np.asarray(x, np.float64)
    if len(x) > 4096:
        x = x[rng.choice(len(x), 4096, replace=False)]
    k = min(k, distinct_rows(x))
    c, labels = kmeans(x, k, seed=rng, iters=iters)
    c = c[np.argsort(-np.bincount(labels, minlength=k), kind="stable")]  # most used first
    sq = (pal_lab ** 2).sum(1)  # squared distances below are less |c|^2, the same for a centre
    taken: list[int] = []
    if tree is not None and NEAREST < len(pal_lab):
        used = np.zeros(len(pal_lab), bool)
        cand = np.sort(tree.query(c, k=NEAREST)[1], 1)  # palette order: argmin's tie-break
        for ci, row in zip(c, cand):
            free = row[~used[row]]
            if len(free):
                d = sq[free] - 2 * pal_lab[free] @ ci
                j = int(free[d.argmin()])
            else:  # all of this centre's nearest are taken: the whole palette
                d = sq - 2 * pal_lab @ ci
                d[used] = np.inf
                j = int(d.argmin())
            taken.append(j)
            used[j] = True
        return np.array(taken, np.int64)
    d = sq[None] - 2 * c @ pal_lab.T
    for row in d:
        row[taken] = np.inf
        taken.append(int(row.argmin()))
    return np.array(taken, np.int64)


def palette_tree(pal_lab: np.ndarray):
    """A k-d tree of (P, 3) Lab colours for ``choose_lab`` (scipy's cKDTree)."""
    from scipy.spatial import cKDTree
    return cKDTree(pal_lab)
