"""Palettes for pixel art: the style sheet's colours, choosing K of them, mapping.

Colours are compared in CIE Lab (skimage.color), where distance follows
perceived difference better than in RGB. ``lightness`` scales the L* axis:
at sprite size the value (light/dark) structure is what makes a shape read,
so the stylizer weighs a lightness error more than a hue error of the same
size (see LIGHTNESS in steps.py).
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


_XYZ_FROM_RGB = np.array([[0.412453, 0.357580, 0.180423],  # sRGB (D65) -> CIE XYZ
                          [0.212671, 0.715160, 0.072169],
                          [0.019334, 0.119193, 0.950227]])
_D65 = np.array([0.95047, 1.0, 1.08883])  # the 2-degree observer's white
_RGB_FROM_XYZ = np.array([[3.2404813432005266, -1.5371515162713183, -0.4985363261688878],  # scikit-image's
                          [-0.9692549499965682, 1.8759900014898907, 0.04155592655829284],  # inverse, to the
                          [0.055646639135177166, -0.20404133836651123, 1.0573110696453443]])  # bit (loot.js too)


def _rgb2lab(rgb: np.ndarray) -> np.ndarray:
    """(M, 1, 3) sRGB 0..1 float64 -> CIE Lab: scikit-image's rgb2lab step by step, so the same
    bits (tested), in numpy alone: the runtime has no scikit-image."""
    arr = rgb.copy()
    mask = arr > 0.04045
    arr[mask] = np.power((arr[mask] + 0.055) / 1.055, 2.4)
    arr[~mask] /= 12.92
    arr = (arr @ _XYZ_FROM_RGB.T) / _D65
    mask = arr > 0.008856
    arr[mask] = np.cbrt(arr[mask])
    arr[~mask] = 7.787 * arr[~mask] + 16.0 / 116.0
    x, y, z = arr[..., 0], arr[..., 1], arr[..., 2]
    return np.concatenate([v[..., None] for v in (116.0 * y - 16.0, 500.0 * (x - y), 200.0 * (y - z))], -1)


def to_lab(rgb: np.ndarray, lightness: float = 1.0) -> np.ndarray:
    """(..., 3) RGB 0..255 -> (..., 3) Lab (D65), L* multiplied by ``lightness``."""
    lab = _rgb2lab(np.asarray(rgb, np.float64).reshape(-1, 1, 3) / 255.0).reshape(np.shape(rgb))
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


class PaletteIndex:
    """(P, 3) colours bucketed on a grid of ``CELL``-unit cubes, for the nearest colour not
    taken yet without scanning a palette of tens of thousands (a floor or wall set's).
    ``examples/loot/loot.js`` builds the same index and gets the same answers."""
    CELL = 4.0

    def __init__(self, colours: np.ndarray):
        self.colours = np.asarray(colours, np.float64)
        q = np.floor(self.colours / self.CELL).astype(np.int64)
        self.lo = q.min(0)
        self.shape = q.max(0) - self.lo + 1
        key = np.ravel_multi_index((q - self.lo).T, self.shape)
        self.order = np.argsort(key, kind="stable")  # colour indices, cell by cell, ascending within
        self.starts = np.searchsorted(key[self.order], np.arange(int(np.prod(self.shape)) + 1))

    def _box(self, cell: np.ndarray, r: int) -> np.ndarray:
        """Indices of the colours in the cells within ``r`` cells of ``cell`` on every axis."""
        lo = np.clip(cell - r, 0, self.shape - 1)
        hi = np.clip(cell + r, 0, self.shape - 1)
        if (lo > hi).any():
            return np.zeros(0, np.int64)
        axes = np.meshgrid(*[np.arange(lo[i], hi[i] + 1) for i in range(3)], indexing="ij")
        keys = np.ravel_multi_index([a.ravel() for a in axes], self.shape)
        a, b = self.starts[keys], self.starts[keys + 1]
        n = b - a
        run = np.repeat(a - np.concatenate([[0], np.cumsum(n)[:-1]]), n) + np.arange(n.sum())
        return self.order[run]

    def nearest_free(self, c: np.ndarray, used: np.ndarray) -> int:
        """The index of the colour nearest ``c`` (3,) among those not ``used`` (P,) bool: the
        least squared distance, the lowest index on a tie (a full scan's answer); -1 if
        all are used. Rings of cells grow around ``c`` until the best found is nearer than
        anything outside them."""
        cell = np.floor(np.asarray(c, np.float64) / self.CELL).astype(np.int64) - self.lo
        reach = int(np.max(np.maximum(cell, self.shape - 1 - cell)))  # rings to cover the grid
        r = max(0, int(np.max(np.maximum(-cell, cell - self.shape + 1))))  # first ring inside it
        while True:
            cand = self._box(cell, r)
            cand = cand[~used[cand]]
            if len(cand):
                d = ((self.colours[cand] - c) ** 2).sum(1)
                best = np.flatnonzero(d == d.min())
                j = int(cand[best].min())
                if r >= reach or d.min() < (r * self.CELL) ** 2 * (1 - 1e-9):
                    return j
            elif r >= reach:
                return -1
            r += 1


INDEX_FROM = 4096  # palettes of more colours than this are searched through a PaletteIndex


def choose_lab(x: np.ndarray, pal_lab: np.ndarray, k: int, seed: int = 0, iters: int = 12,
               index: PaletteIndex | None = None) -> np.ndarray:
    """``choose_colours`` in Lab: (M, 3) pixels, (P, 3) palette -> (<= k,) indices into
    the palette, most used first (P > k). k-means (``toolkit.kmeans``, seeded; more than
    4096 pixels: a seeded subsample of 4096), then each centre, most used first, takes
    the nearest palette colour not taken yet (least squared distance, lowest index on a
    tie). ``index``: a ``PaletteIndex`` of ``pal_lab``, for large palettes: the same
    choice without a scan."""
    rng = np.random.default_rng(seed)
    x = np.asarray(x, np.float64)
    if len(x) > 4096:
        x = x[rng.choice(len(x), 4096, replace=False)]
    k = min(k, distinct_rows(x))
    c, labels = kmeans(x, k, seed=rng, iters=iters)
    c = c[np.argsort(-np.bincount(labels, minlength=k), kind="stable")]  # most used first
    used = np.zeros(len(pal_lab), bool)
    taken: list[int] = []
    for ci in c:
        if index is not None:
            j = index.nearest_free(ci, used)
        else:
            d = ((pal_lab - ci) ** 2).sum(1)
            d[used] = np.inf
            j = int(d.argmin())
        taken.append(j)
        used[j] = True
    return np.array(taken, np.int64)
