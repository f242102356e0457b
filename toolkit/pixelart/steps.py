"""The clean-up's steps, plain functions over arrays: each takes what the previous one made
(alpha, a solid mask, Lab pixels, colour indices) and the fitted values it needs. The pipeline
that runs them in order, and fits those values to a training set, is ``cleanup.SpriteStyle``;
``stylize`` runs some of them on photos.
"""
from __future__ import annotations

import numpy as np

from ..image import composite
from ..kmeans import kmeans
from .palette import to_lab
from .stats import _neighbours4, chromatic_hues, outline_ref

NEIGHBOURS = 5       # training sprites whose colour counts set a sprite's K
MIN_ISLAND = 8       # solid parts below this size (pixels) are specks ...
ISLAND_SHARE = 0.3   # ... when also below this share of the largest part
DESPECKLE = 25.0     # Lab distance under which a lone pixel is noise
ALPHA_LEVELS = 8     # alpha values kept from a set with soft shadows (0 and 255 among them)
ALPHA_NOISE = 8.0    # the generator's alpha noise the snap assumes
CHROMA_SIGMA = 1.0   # blur of a*, b* before colours are chosen (px): photos (stylize)
LIGHTNESS = 2.0      # L* weight when choosing and mapping colours (value structure first)
DITHER = 1.0         # error diffusion strength of a texture style (it helps floors, not walls)
HUE_FAMILIES = 2     # hues a sprite keeps at most (1 turned a blue blade on a red hilt all red)
HUE_SHARE = 0.3      # a second hue is kept when this share of the chroma lies within HUE_WIDTH of it
HUE_WIDTH = 30.0     # degrees a pixel's hue may stray from its family (ramps shift hue)
HUE_BINS = 36        # hue histogram of 10-degree bins, smoothed over +-3 bins (binomial)
INK_EDGE = 30.0      # L* step across which the darker side takes a line (stylize: 20 inked faces)
INK_DROP = 60.0      # how far below a pixel's L* its line's shade is sought
INK_MIN = 15.0       # a line's shade is at least this much darker (L*)


def layout_features(images: np.ndarray, cell: int = 4) -> np.ndarray:
    """(N, H, W, 4) uint8 RGBA -> (N, ceil(H/cell) * ceil(W/cell) * 4) float32 in [0, 1]:
    the mean colour (composited over mid-grey, so transparency counts) and mean alpha of
    each ``cell`` x ``cell`` block. Sides that are not a multiple of ``cell`` are padded
    with transparent pixels at the bottom and right."""
    n, h, w, _ = images.shape
    ph, pw = -h % cell, -w % cell
    if ph or pw:  # e.g. 18 or 30 px tiles
        images = np.pad(images, ((0, 0), (0, ph), (0, pw), (0, 0)))
    rgba = np.concatenate([composite(images, (127.5,) * 3) / 255.0,
                           images[..., 3:].astype(np.float32) / 255.0], axis=-1)
    h, w, c = rgba.shape[1:]
    return rgba.reshape(n, h // cell, cell, w // cell, cell, c).mean((2, 4)).reshape(n, -1)


def alpha_values(images: np.ndarray, max_levels: int = ALPHA_LEVELS) -> np.ndarray:
    """The alpha values a set uses, (L,) uint8 ascending, always with 0 and 255. A set
    with more than ``max_levels`` values (soft shadows drawn as gradients) is summed
    up by that many: 0, 255 and 1-D k-means centres of its partial values."""
    a = images[..., 3].ravel()
    vals = np.unique(a)
    if len(np.union1d(vals, [0, 255])) <= max_levels:
        return np.union1d(vals, [0, 255]).astype(np.uint8)
    part = a[(a > 0) & (a < 255)].astype(np.float64)[:, None]
    start = np.percentile(part, (np.arange(max_levels - 2) + 0.5) * 100 / (max_levels - 2))
    c, _ = kmeans(part, len(start), init=start, iters=50)  # from quantile starts: deterministic
    c = c[:, 0]
    return np.union1d(np.clip(np.rint(c), 1, 254), [0, 255]).astype(np.uint8)


def alpha_table(levels: np.ndarray, share: np.ndarray | None = None) -> np.ndarray:
    """(256,) uint8: the level each alpha value snaps to. Without ``share``, the nearest of
    ``levels`` (ties: the lower). With ``share`` ((L,) how often the set uses each level),
    the most probable level under the set's frequencies and Gaussian noise of ALPHA_NOISE
    on the generator's alpha: each boundary between two levels moves toward the rarer one
    (a generated 240 becomes the set's common 255, not its rare 244), kept strictly between
    them, so the table stays monotone and every level maps to itself. Sets with no partial
    levels keep the nearest level (their solid threshold stays at 128)."""
    lv = np.asarray(levels, np.float64)
    mid = (lv[:-1] + lv[1:]) / 2
    if share is not None and len(lv) > 2:
        lp = np.log(np.maximum(np.asarray(share, np.float64), 1e-6))
        mid = np.clip(mid + ALPHA_NOISE ** 2 * (lp[:-1] - lp[1:]) / (lv[1:] - lv[:-1]), lv[:-1] + 0.5, lv[1:] - 0.5)
    return lv[np.searchsorted(mid, np.arange(256), side="left")].astype(np.uint8)


def alpha_shares(images: np.ndarray, levels: np.ndarray) -> np.ndarray:
    """(L,) float: the share of all pixels of ``images`` (transparent ones included) at each
    of ``levels``, once snapped to the nearest."""
    a = alpha_table(levels)[images[..., 3]]
    return np.array([(a == v).mean() for v in levels], np.float64)


def snap_alpha(alpha: np.ndarray, levels: np.ndarray, share: np.ndarray | None = None) -> np.ndarray:
    """Each alpha value (any shape, 0..255) -> its level (``alpha_table``)."""
    return alpha_table(levels, share)[np.asarray(alpha, np.uint8)]  # one lookup per pixel


def hue_centres(lab: np.ndarray, families: int = HUE_FAMILIES) -> list[float]:
    """(P, 3) Lab pixels of one sprite -> the centres (degrees) of its at most ``families``
    hue families: the peak of the chroma-weighted hue histogram of its chromatic pixels
    (C* > HUE_CHROMA; HUE_BINS bins, binomial-smoothed), then each next peak at least
    2 x HUE_WIDTH from those taken, kept while HUE_SHARE of the chroma lies within
    HUE_WIDTH of it. [] for a sprite with fewer than two chromatic pixels."""
    return _peaks(*chromatic_hues(lab), families)


def _peaks(c: np.ndarray, ch: np.ndarray, h: np.ndarray, families: int) -> list[float]:
    """``hue_centres`` from ``stats.chromatic_hues``' chroma, chromatic mask and hues."""
    if ch.sum() < 2 or families < 1:
        return []
    width = 360.0 / HUE_BINS
    hist = np.bincount(np.minimum(np.floor(h / width), HUE_BINS - 1).astype(int), weights=c[ch], minlength=HUE_BINS)
    smooth = np.zeros(HUE_BINS)
    for s, k in zip(range(-3, 4), (1.0, 6.0, 15.0, 20.0, 15.0, 6.0, 1.0)):  # binomial: exact in JS too
        smooth += k * np.roll(hist, s)
    centres = (np.arange(HUE_BINS) + 0.5) * width
    picked: list[float] = []
    for _ in range(families):
        j = int(np.argmax(smooth))
        gap = np.abs((centres - centres[j] + 180.0) % 360.0 - 180.0)
        if picked and (smooth[j] <= 0 or hist[gap <= HUE_WIDTH].sum() < HUE_SHARE * hist.sum()):
            break
        picked.append(float(centres[j]))
        smooth[gap < 2 * HUE_WIDTH] = 0.0
    return picked


def hue_families(lab: np.ndarray, families: int = HUE_FAMILIES, centres=None) -> np.ndarray:
    """(P, 3) Lab pixels of one sprite -> a copy whose chromatic pixels (C* > HUE_CHROMA)
    lie within HUE_WIDTH degrees of hue of one of its ``hue_centres`` (or of ``centres``,
    degrees, when given: another sprite's, as ``encode`` takes them from the user's sprite):
    a pixel farther out is turned to the nearest centre +- HUE_WIDTH; L* and C* stay."""
    c, ch, h = chromatic_hues(lab)
    picked = _peaks(c, ch, h, families) if centres is None else list(centres)
    if not picked:
        return lab
    d = (h[:, None] - np.array(picked)[None] + 180.0) % 360.0 - 180.0  # signed, to each centre
    d = d[np.arange(len(d)), np.abs(d).argmin(1)]
    far = np.abs(d) > HUE_WIDTH
    if not far.any():
        return lab
    turned = np.radians(h[far] - d[far] + np.clip(d[far], -HUE_WIDTH, HUE_WIDTH))
    out = lab.copy()
    rows = np.flatnonzero(ch)[far]
    out[rows, 1] = c[rows] * np.cos(turned)
    out[rows, 2] = c[rows] * np.sin(turned)
    return out


def label8(solid: np.ndarray) -> tuple[np.ndarray, int, np.ndarray]:
    """(N, H, W) bool -> (labels (N, H, W) int64, count, first (count,) flat index of each
    part's first pixel): 8-connected parts within each image, numbered from 1 in the scan
    order of their first pixel, 0 off them (scipy.ndimage.label's numbering, in numpy alone:
    union-find over neighbour pairs, each root the smallest index of its part)."""
    n, h, w = solid.shape
    at = np.arange(solid.size).reshape(solid.shape)
    pairs = []
    for a, b in (((slice(None), slice(None), slice(0, -1)), (slice(None), slice(None), slice(1, None))),
                 ((slice(None), slice(0, -1), slice(None)), (slice(None), slice(1, None), slice(None))),
                 ((slice(None), slice(0, -1), slice(0, -1)), (slice(None), slice(1, None), slice(1, None))),
                 ((slice(None), slice(0, -1), slice(1, None)), (slice(None), slice(1, None), slice(0, -1)))):
        both = solid[a] & solid[b]  # right, down, down-right, down-left: never across images
        pairs.append((at[a][both], at[b][both]))
    u = np.concatenate([p[0] for p in pairs])
    v = np.concatenate([p[1] for p in pairs])
    parent = at.ravel().copy()
    while True:
        ru, rv = parent[u], parent[v]
        diff = ru != rv
        if not diff.any():
            break
        np.minimum.at(parent, np.maximum(ru, rv)[diff], np.minimum(ru, rv)[diff])  # hook on the smaller
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up
    roots = parent.reshape(solid.shape)[solid]
    first = np.unique(roots)
    labels = np.zeros(solid.shape, np.int64)
    labels[solid] = np.searchsorted(first, roots) + 1
    return labels, len(first), first


def drop_specks(solid: np.ndarray, min_size: int | None = None, share: float | None = None,
                parts: np.ndarray | None = None) -> np.ndarray:
    """(..., H, W) bool -> the same without 8-connected parts smaller than ``min_size``
    pixels and ``share`` of the largest part of their own image. ``parts``: (N,) int, the
    most parts each image keeps; beyond them (largest first, scan order on a tie) any
    part under ``share`` of the largest goes too, whatever its size."""
    min_size = MIN_ISLAND if min_size is None else min_size
    share = ISLAND_SHARE if share is None else share
    flat = solid.reshape((-1,) + solid.shape[-2:])
    lab, n, first = label8(flat)
    if n == 0:
        return solid
    sizes = np.bincount(lab.ravel(), minlength=n + 1)[1:]
    image_of = first // (flat.shape[1] * flat.shape[2])
    largest = np.zeros(len(flat))
    np.maximum.at(largest, image_of, sizes)
    minor = sizes < share * largest[image_of]
    small = (sizes < min_size) & minor
    if parts is not None:
        order = np.lexsort((np.arange(n), -sizes, image_of))
        start = np.searchsorted(image_of[order], image_of[order])  # first slot of each image
        rank = np.empty(n, int)
        rank[order] = np.arange(n) - start
        small |= minor & (rank >= np.asarray(parts)[image_of])
    keep = np.concatenate([[False], ~small])
    return keep[lab].reshape(solid.shape)


def despeckle(idx: np.ndarray, solid: np.ndarray, raw_lab: np.ndarray, colours_lab: np.ndarray,
              threshold: float | None = None) -> np.ndarray:
    """One pass over (H, W) int colour indices ``idx`` (into ``colours_lab`` (K, 3)): a
    solid pixel whose colour equals none of its solid 4-neighbours' takes the colour
    most of them share (at least two; the first in up, down, left, right order on a
    tie) when its own colour ``raw_lab`` (H, W, 3) lies within ``threshold`` of it.
    Returns a copy."""
    threshold = DESPECKLE if threshold is None else threshold
    key = np.where(solid, idx, -1)
    p = np.pad(key, 1, constant_values=-1)
    nb = np.stack([p[:-2, 1:-1], p[2:, 1:-1], p[1:-1, :-2], p[1:-1, 2:]], -1)  # (H, W, 4)
    lone = solid & ~(nb == key[..., None]).any(-1)
    cand = nb[lone]                                             # (L, 4)
    votes = ((cand[:, :, None] == cand[:, None, :]) & (cand[:, None, :] >= 0)).sum(-1)  # (L, 4)
    votes[cand < 0] = 0
    best = cand[np.arange(len(cand)), votes.argmax(1)]
    near = np.sqrt(((colours_lab[np.maximum(best, 0)] - raw_lab[lone]) ** 2).sum(-1)) < threshold
    ok = (votes.max(1) >= 2) & near
    out = idx.copy()
    ys, xs = np.nonzero(lone)
    out[ys[ok], xs[ok]] = best[ok]
    return out


def close_outline(idx: np.ndarray, solid: np.ndarray, colours_lab: np.ndarray, colours_luma: np.ndarray,
                  target: float) -> np.ndarray:
    """Darken silhouette pixels of one sprite until its dark-outline share reaches
    ``target`` (step 5 of the module docstring). (H, W) int colour indices ``idx`` into
    ``colours_lab`` (K, 3) and ``colours_luma`` (K,), (H, W) bool ``solid``; ``target``
    in 0..1 (nan: no change). Candidates are silhouette pixels 4-adjacent to a
    transparent pixel inside the frame (a tile that fills its frame has none), taken by
    how far their luma is above the outline threshold, least first (raster order on a
    tie). Returns a copy."""
    out = idx.copy()
    if not np.isfinite(target):
        return out
    y = colours_luma[np.maximum(idx, 0)]
    scored, ref = outline_ref(solid[None], np.where(solid, y, 0.0)[None])
    scored, ref = scored[0], ref[0]
    need = int(np.ceil(target * scored.sum() - 1e-9)) - int((scored & (y < ref)).sum())
    if need <= 0:
        return out
    p = np.pad(solid, 1, constant_values=True)  # the frame does not count as transparent
    open_ = ~p[:-2, 1:-1] | ~p[2:, 1:-1] | ~p[1:-1, :-2] | ~p[1:-1, 2:]
    cand = np.flatnonzero(scored & (y >= ref) & open_)
    order = cand[np.argsort((y - ref).ravel()[cand], kind="stable")]
    H, W = solid.shape
    flat = out.ravel()
    for i in order:
        dark = np.flatnonzero(colours_luma < ref.flat[i])
        if not len(dark):
            continue
        r, c = divmod(int(i), W)
        nb = {int(flat[q]) for q, ok in ((i - W, r > 0), (i + W, r < H - 1), (i - 1, c > 0), (i + 1, c < W - 1))
              if ok and solid.flat[q]}
        pool = np.array([k for k in dark if int(k) in nb]) if nb & set(dark.tolist()) else dark
        d = ((colours_lab[pool] - colours_lab[flat[i]]) ** 2).sum(-1)
        flat[i] = pool[np.argmin(d)]
        need -= 1
        if need <= 0:
            break
    return out


def ink_edges(rgba: np.ndarray, edge: float = INK_EDGE, drop: float = INK_DROP) -> np.ndarray:
    """Contrast-aware dark lines on one (H, W, 4) uint8 sprite, from its own colours: a solid
    pixel with a solid 4-neighbour more than ``edge`` L* lighter (the dark side of a strong
    edge) takes a darker shade of its colour (of the sprite's colours at least INK_MIN L*
    darker, the one nearest in a*, b* to it and in L* to ``drop`` below it: a pixel artist's
    selective outline), where a 4-neighbour qualifies too (lines, not dots). Thin dark
    features keep their line after a downscale, and shapes get outlines as an outlined sheet
    draws them. Returns a copy."""
    out = rgba.copy()
    solid = rgba[..., 3] > 0
    if not solid.any():
        return out
    cols, inv = np.unique(rgba[solid][:, :3], axis=0, return_inverse=True)
    lab = to_lab(cols.astype(np.float64))
    L = np.full(solid.shape, -1e9)  # transparent: never the lighter side
    key = np.full(solid.shape, -1)
    key[solid] = inv.ravel()
    L[solid] = lab[inv.ravel(), 0]
    lighter = np.max(_neighbours4(L[None], -1e9), 0)[0]
    ink = solid & (lighter - L > edge)
    ink &= np.logical_or.reduce(_neighbours4(ink[None], False))[0]
    for i in np.unique(key[ink]):
        darker = np.flatnonzero(lab[:, 0] < lab[i, 0] - INK_MIN)
        if len(darker):
            cost = ((lab[darker, 1:] - lab[i, 1:]) ** 2).sum(1) + 0.5 * (lab[darker, 0] - (lab[i, 0] - drop)) ** 2
            out[ink & (key == i), :3] = cols[darker[np.argmin(cost)]]
    return out


_DIFFUSION = ((0, 1, 7 / 16), (1, -1, 3 / 16), (1, 0, 5 / 16), (1, 1, 1 / 16))  # Floyd-Steinberg


def diffuse(lab: np.ndarray, solid: np.ndarray, colours: np.ndarray, strength: float = DITHER,
            wrap: bool = True) -> np.ndarray:
    """Error-diffusion mapping: (N, H, W, 3) Lab pixels, (N, H, W) bool ``solid``, (N, K, 3)
    Lab colours per image (rows of inf pad a shorter set) -> (N, H, W) int index of each
    pixel's colour (0 where not solid). Floyd-Steinberg on a serpentine path: each solid pixel
    takes its nearest colour and passes ``strength`` x its error on to the solid pixels not
    yet visited; ``wrap``: the next row's share wraps around the side edges (tiles that
    repeat). Images are independent of each other."""
    n, h, w = solid.shape
    work = np.array(lab, np.float64)
    idx = np.zeros((n, h, w), np.int64)
    rows = np.arange(n)
    for y in range(h):
        d = 1 if y % 2 == 0 else -1
        for x in (range(w) if d == 1 else range(w - 1, -1, -1)):
            m = solid[:, y, x]
            v = work[:, y, x]
            k = ((colours - v[:, None]) ** 2).sum(-1).argmin(1)
            idx[:, y, x] = np.where(m, k, 0)
            err = np.where(m[:, None], v - colours[rows, k], 0.0) * strength
            for dy, dx, wt in _DIFFUSION:
                yy, xx = y + dy, x + dx * d
                if yy >= h or (not 0 <= xx < w and (dy == 0 or not wrap)):  # wrap: next row only
                    continue
                xx %= w
                work[:, yy, xx] += np.where(solid[:, yy, xx, None], err * wt, 0.0)
    return idx


def _masked_blur(channel: np.ndarray, solid: np.ndarray, sigma: float) -> np.ndarray:
    """(..., H, W) channel blurred (Gaussian ``sigma`` px) over ``solid`` pixels only, each
    image apart: transparent pixels neither give nor take."""
    from scipy import ndimage as ndi
    sig = (0,) * (solid.ndim - 2) + (sigma, sigma)
    m = solid.astype(np.float64)
    w = ndi.gaussian_filter(m, sig, mode="constant")
    return ndi.gaussian_filter(channel * m, sig, mode="constant") / np.maximum(w, 1e-9)


def smooth_chroma(lab: np.ndarray, solid: np.ndarray, sigma: float | None = None) -> np.ndarray:
    """(..., H, W, 3) Lab with a* and b* blurred (Gaussian ``sigma`` px, over ``solid``
    (..., H, W) pixels only, each image apart) and L* kept: hue noise goes, the value
    structure that draws the shape stays."""
    sigma = CHROMA_SIGMA if sigma is None else sigma
    if sigma <= 0:
        return lab
    out = lab.copy()
    for c in (1, 2):
        out[..., c] = np.where(solid, _masked_blur(lab[..., c], solid, sigma), lab[..., c])
    return out


def sharpen_lightness(lab: np.ndarray, solid: np.ndarray, amount: float, sigma: float = 1.0) -> np.ndarray:
    """(..., H, W, 3) Lab with L* unsharp-masked over ``solid`` pixels: L* + ``amount`` x
    (L* - its Gaussian blur), clipped to 0..100; a*, b* kept. A downscale averages small
    features into their surroundings; this gives them back their contrast before the
    colours are chosen, so they keep a palette colour of their own."""
    if amount <= 0:
        return lab
    out = lab.copy()
    L = lab[..., 0]
    out[..., 0] = np.where(solid, np.clip(L + amount * (L - _masked_blur(L, solid, sigma)), 0, 100), L)
    return out
