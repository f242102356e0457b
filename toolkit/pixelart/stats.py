"""The pixel-art scorecard: what a person sees first in a sprite, as numbers.

Every statistic is per sprite, over (N, H, W, 4) uint8 RGBA. A pixel is *solid*
when its alpha is >= 128 and *visible* when it is > 0.

- ``colours``: distinct RGB colours among the solid pixels.
- ``isolated``: share of solid pixels whose RGB equals none of their solid
  4-neighbours' (a solid pixel with no solid neighbour counts as isolated).
  Hand-made sprites use single pixels for highlights and dithering, so real sets
  score above 0; per-pixel colour noise pushes it towards 1.
- ``partial_alpha``: share of visible pixels with 0 < alpha < 255 (soft shadows,
  anti-aliased edges).
- ``alpha_levels``: distinct alpha values among the visible pixels.
- ``islands``: 8-connected components of solid pixels (stray specks add islands).
- ``dark_outline``: share of silhouette pixels (solid, 4-adjacent to a non-solid
  pixel) whose luma is lower, by more than OUTLINE_MARGIN, than the mean luma of
  the interior solid pixels among their 8 neighbours; silhouette pixels with no
  interior neighbour (1-px-thin parts) are left out. Nan when a sprite has none.
- ``hues``: 30-degree hue sectors (CIE Lab hue angle) that hold at least HUE_SECTOR_SHARE
  of the sprite's chromatic solid pixels (chroma C* > HUE_CHROMA); 0 when it has none.
  Hand-made sprites use a hue or two with ramps across a sector or so; a generator's
  colours drift across the rainbow.

``scorecard(fake, real)`` holds each statistic of ``fake`` against the 5-95 %
range of one random half of ``real``, and scores the other real half the same
way: the share a fresh draw of the real distribution reaches (the ceiling).
"""
from __future__ import annotations

import numpy as np

STATS = ("colours", "isolated", "partial_alpha", "alpha_levels", "islands", "dark_outline", "hues")
SCORECARD = STATS + ("colour_step",)  # what evaluate reports; STATS also gate variations (unchanged)
OUTLINE_MARGIN = 10.0  # luma units (0..255): darker than this counts as an outline
HUE_CHROMA = 15.0      # C* above which a pixel has a hue (here and in the clean-up's hue step)
HUE_SECTOR_SHARE = 0.05  # share of the chromatic pixels a 30-degree sector needs to count


def _solid(images: np.ndarray) -> np.ndarray:
    return images[..., 3] >= 128


def _neighbours4(a: np.ndarray, fill) -> list[np.ndarray]:
    """The four 4-neighbour shifts of (N, H, W, ...) ``a``, padded with ``fill``."""
    pad = [(0, 0), (1, 1), (1, 1)] + [(0, 0)] * (a.ndim - 3)
    p = np.pad(a, pad, constant_values=fill)
    return [p[:, :-2, 1:-1], p[:, 2:, 1:-1], p[:, 1:-1, :-2], p[:, 1:-1, 2:]]


def colours(images: np.ndarray) -> np.ndarray:
    """(N,) distinct RGB colours among each sprite's solid pixels."""
    s = _solid(images)
    return np.array([len(np.unique(im[m][:, :3], axis=0)) for im, m in zip(images, s)])


def colours_per_tile(tiles: np.ndarray) -> np.ndarray:
    """Distinct opaque colours in each tile: (N,) int (tiles with none left out)."""
    c = colours(tiles)
    return c[c > 0]


def isolated_map(images: np.ndarray) -> np.ndarray:
    """(N, H, W) bool: solid pixels whose colour equals none of their solid 4-neighbours'."""
    s = _solid(images)
    rgb = images[..., :3].astype(np.int32)
    key = (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]
    key = np.where(s, key, -1)
    same = np.zeros(s.shape, bool)
    for nb in _neighbours4(key, -1):
        same |= nb == key
    return s & ~same


def isolated(images: np.ndarray) -> np.ndarray:
    """(N,) share of solid pixels that are isolated (see module docstring); 0 if none solid."""
    s = _solid(images).sum((1, 2))
    return isolated_map(images).sum((1, 2)) / np.maximum(s, 1)


def partial_alpha(images: np.ndarray) -> np.ndarray:
    """(N,) share of visible pixels with 0 < alpha < 255."""
    a = images[..., 3]
    return ((a > 0) & (a < 255)).sum((1, 2)) / np.maximum((a > 0).sum((1, 2)), 1)


def alpha_levels(images: np.ndarray) -> np.ndarray:
    """(N,) distinct alpha values among each sprite's visible pixels."""
    return np.array([len(np.unique(a[a > 0])) for a in images[..., 3]])


def islands(images: np.ndarray) -> np.ndarray:
    """(N,) 8-connected components of solid pixels."""
    from scipy import ndimage as ndi
    st = np.ones((3, 3), bool)
    return np.array([ndi.label(m, st)[1] for m in _solid(images)])


def luma(rgb: np.ndarray) -> np.ndarray:
    """Rec. 601 luma of (..., 3) RGB 0..255 -> (...) float (summed in r, g, b order, as
    examples/loot/loot.js sums it)."""
    rgb = np.asarray(rgb, np.float64)
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114


def outline_ref(solid: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(N, H, W) bool ``solid`` and float luma ``y`` -> (scored, ref), both (N, H, W):
    silhouette pixels with an interior 8-neighbour, and the luma each must fall below to
    count as outline (the mean of its interior neighbours' less OUTLINE_MARGIN)."""
    edge = solid & ~np.logical_and.reduce(_neighbours4(solid, False))
    interior = solid & ~edge
    tot = np.zeros(y.shape)
    cnt = np.zeros(y.shape)
    yi = np.pad(np.where(interior, y, 0), [(0, 0), (1, 1), (1, 1)])
    ii = np.pad(interior, [(0, 0), (1, 1), (1, 1)])
    H, W = solid.shape[1:]
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            if dy == dx == 1:
                continue
            tot += yi[:, dy:dy + H, dx:dx + W]
            cnt += ii[:, dy:dy + H, dx:dx + W]
    return edge & (cnt > 0), tot / np.maximum(cnt, 1) - OUTLINE_MARGIN


def dark_outline(images: np.ndarray) -> np.ndarray:
    """(N,) share of silhouette pixels darker than the interior beside them (see
    module docstring); nan for a sprite without a silhouette pixel that has an
    interior neighbour."""
    y = luma(images[..., :3])
    scored, ref = outline_ref(_solid(images), y)
    dark = scored & (y < ref)
    n = scored.sum((1, 2))
    return np.where(n > 0, dark.sum((1, 2)) / np.maximum(n, 1), np.nan)


def chromatic_hues(lab: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(P, 3) CIE Lab pixels -> their chroma C* (P,), which are chromatic (C* > HUE_CHROMA,
    (P,) bool) and those pixels' hue angles in degrees, in [0, 360)."""
    c = np.hypot(lab[:, 1], lab[:, 2])
    ch = c > HUE_CHROMA
    return c, ch, np.degrees(np.arctan2(lab[ch, 2], lab[ch, 1])) % 360.0


def hues(images: np.ndarray) -> np.ndarray:
    """(N,) 30-degree hue sectors holding HUE_SECTOR_SHARE or more of each sprite's chromatic
    solid pixels (C* > HUE_CHROMA); 0 for a sprite without one."""
    from .palette import to_lab  # palette imports nothing from here: no circle
    s = _solid(images)
    out = np.zeros(len(images), np.int64)
    if not s.any():
        return out
    lab = to_lab(images[s][:, :3])
    which = np.repeat(np.arange(len(images)), s.sum((1, 2)))
    _, ch, h = chromatic_hues(lab)
    sector = (h // 30).astype(np.int64) % 12
    counts = np.zeros((len(images), 12))
    np.add.at(counts, (which[ch], sector), 1)
    total = counts.sum(1, keepdims=True)
    return ((counts >= HUE_SECTOR_SHARE * np.maximum(total, 1)) & (total > 0)).sum(1)


def colour_step(images: np.ndarray) -> np.ndarray:
    """(N,) each sprite's median CIE76 colour difference (Lab) between 4-neighbouring solid
    pixels (a flat run steps 0): how hard its shading steps, where a hand-made ramp steps
    evenly and a generator's noise often; nan for a sprite with no such pair."""
    from .palette import to_lab  # palette imports nothing from here: no circle
    s = _solid(images)
    lab = np.zeros(images.shape[:3] + (3,))
    if s.any():
        lab[s] = to_lab(images[s][:, :3])
    right = np.sqrt(((lab[:, :, 1:] - lab[:, :, :-1]) ** 2).sum(-1))
    down = np.sqrt(((lab[:, 1:] - lab[:, :-1]) ** 2).sum(-1))
    pairs_r, pairs_d = s[:, :, 1:] & s[:, :, :-1], s[:, 1:] & s[:, :-1]
    out = np.full(len(images), np.nan)
    for i in range(len(images)):  # right and down neighbours: each pair once
        d = np.concatenate([right[i][pairs_r[i]], down[i][pairs_d[i]]])
        if len(d):
            out[i] = np.median(d)
    return out


def pixel_stats(images: np.ndarray) -> dict[str, np.ndarray]:
    """Every statistic of SCORECARD for (N, H, W, 4) uint8 sprites: name -> (N,) array."""
    images = np.asarray(images)
    if images.ndim != 4 or images.shape[-1] != 4 or images.dtype != np.uint8:
        raise ValueError(f"images must be (N, H, W, 4) uint8, got {images.shape} {images.dtype}")
    return {"colours": colours(images), "isolated": isolated(images),
            "partial_alpha": partial_alpha(images), "alpha_levels": alpha_levels(images),
            "islands": islands(images), "dark_outline": dark_outline(images), "hues": hues(images),
            "colour_step": colour_step(images)}


def real_range(ref: np.ndarray) -> tuple[float, float] | None:
    """The 5-95 % range of ``ref`` (nans left out); None when it holds no value."""
    ref = ref[~np.isnan(ref)]
    return None if len(ref) == 0 else tuple(np.percentile(ref, [5, 95]))


def _inside(values: np.ndarray, ref: np.ndarray) -> float:
    """Share of ``values`` inside the 5-95 % range of ``ref`` (nans left out of both)."""
    values, rng = values[~np.isnan(values)], real_range(ref)
    if len(values) == 0 or rng is None:
        return float("nan")
    return float(np.mean((values >= rng[0]) & (values <= rng[1])))


def real_ranges(real: np.ndarray) -> dict[str, tuple[float, float]]:
    """Each statistic's 5-95 % range over (N, H, W, 4) uint8 ``real`` sprites (statistics
    they hold no value for are left out)."""
    stats = pixel_stats(real)
    ranges = {k: real_range(stats[k].astype(np.float64)) for k in STATS}
    return {k: r for k, r in ranges.items() if r is not None}


def inside_ranges(images: np.ndarray, ranges: dict[str, tuple[float, float]]) -> np.ndarray:
    """(N,) bool: every statistic of each sprite inside ``ranges`` (``real_ranges``); a
    statistic a sprite has no value for passes."""
    stats = pixel_stats(images)
    ok = np.ones(len(images), bool)
    for k, (lo, hi) in ranges.items():
        v = stats[k].astype(np.float64)
        ok &= np.isnan(v) | ((v >= lo) & (v <= hi))
    return ok


def scorecard(fake: np.ndarray, real: np.ndarray, seed: int = 0, repeats: int = 10) -> dict:
    """Pixel-art statistics of ``fake`` held against ``real`` ((N, H, W, 4) uint8 each).

    -> {stat: {"real_median", "real_p5", "real_p95", "real_p25", "real_p75", "fake_median",
    "inside", "ceiling"}} where ``inside`` is the share of fake sprites inside the 5-95 % range of a random
    real half, and ``ceiling`` the share of the other real half inside it (means over
    ``repeats`` splits); plus "set_alpha_values": distinct alpha values over each whole set.
    """
    sf, sr = pixel_stats(fake), pixel_stats(real)
    rng = np.random.default_rng(seed)
    h = len(real) // 2
    if h < 2:
        raise ValueError(f"real must hold at least 4 sprites, got {len(real)}")
    splits = [rng.permutation(len(real)) for _ in range(repeats)]
    out = {}
    for k in SCORECARD:
        r, f = sr[k].astype(np.float64), sf[k].astype(np.float64)
        out[k] = {
            "real_median": float(np.nanmedian(r)), "real_p5": float(np.nanpercentile(r, 5)),
            "real_p95": float(np.nanpercentile(r, 95)), "real_p25": float(np.nanpercentile(r, 25)),
            "real_p75": float(np.nanpercentile(r, 75)), "fake_median": float(np.nanmedian(f)),
            "inside": float(np.mean([_inside(f, r[p[:h]]) for p in splits])),
            "ceiling": float(np.mean([_inside(r[p[h:2 * h]], r[p[:h]]) for p in splits])),
        }
    a = lambda x: int(len(np.unique(x[..., 3][x[..., 3] > 0])))  # noqa: E731
    out["set_alpha_values"] = {"real": a(real), "fake": a(fake)}
    return out


def format_scorecard(card: dict) -> list[str]:
    """Printable lines of a scorecard, one per statistic."""
    lines = [f"{'statistic':14s} {'real median (5-95 %)':>26s} {'ours':>8s} {'inside':>7s} {'ceiling':>8s}"]
    for k in SCORECARD:
        c = card[k]
        lines.append(f"{k:14s} {c['real_median']:9.3g} ({c['real_p5']:.3g}-{c['real_p95']:.3g})"
                     .ljust(41) + f" {c['fake_median']:8.3g} {c['inside']:7.0%} {c['ceiling']:8.0%}")
    sa = card["set_alpha_values"]
    lines.append(f"{'alpha values':14s} set: real {sa['real']}, ours {sa['fake']}")
    return lines


def seam_score(tiles: np.ndarray, right: np.ndarray | None = None) -> np.ndarray:
    """How visible a tile's repeat seam is: (N, H, W, 4) uint8 -> (N,) float.

    The mean absolute colour step (RGB over mid-grey, summed over channels) across the seam
    where the tile meets a copy of itself (its right edge against its left, its bottom against
    its top), divided by the mean step between neighbouring pixels inside the tile. ~1: the
    seam is as smooth as the tile's own texture; well above 1: a visible seam. With ``right``
    (N, H, W, 4), the seam is between each tile and the tile placed to its right (only the
    vertical seam), still over the left tile's interior steps.
    """
    from ..image import composite
    a = composite(tiles).astype(np.float64)
    inner = np.concatenate([np.abs(np.diff(a, axis=1)).sum(-1).reshape(len(a), -1),
                            np.abs(np.diff(a, axis=2)).sum(-1).reshape(len(a), -1)], 1).mean(1)
    if right is not None:
        b = composite(right).astype(np.float64)
        seam = np.abs(a[:, :, -1] - b[:, :, 0]).sum(-1).mean(1)
    else:
        seam = np.concatenate([np.abs(a[:, :, -1] - a[:, :, 0]).sum(-1),
                               np.abs(a[:, -1] - a[:, 0]).sum(-1)], 1).mean(1)
    return seam / np.maximum(inner, 1e-9)
