"""Find how a sheet is laid out: integer upscale, tile size, margin, spacing.

All functions take an (H, W, 4) uint8 RGBA array. Layout follows Tiled's model
along each axis: ``margin`` pixels, then ``n`` tiles of ``tile`` pixels with
``spacing`` pixels between them, then ``margin`` pixels again, so that::

    length == 2 * margin + n * tile + (n - 1) * spacing

How detection works (per axis, on the native-resolution image):

1. *Gutters.* Columns (rows) that are entirely background (transparent, or the
   sheet's border colour on opaque sheets) are candidate gutters. Every layout
   that fits the length exactly and whose margin/spacing columns are all
   background is *valid*. Merging neighbouring tiles also gives valid layouts,
   so we keep the smallest pitch (tile + spacing), then the narrowest gutter.
2. *Tight packing.* With no gutters at all, tile boundaries still show up
   periodically: on sprite sheets as background on both sides of the boundary,
   on opaque sheets (floors, walls) as a jump in colour. We score every tile
   size that divides the length by how much its boundaries stand out from the
   rest of the profile, and take the smallest size that scores near the best.
3. An axis with no evidence (a one-tile strip) borrows the other axis's layout.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

from ..errors import SpriteforgeError

MIN_TILE = 4     # smallest tile we look for (native pixels)
MAX_GAP = 16     # largest margin / spacing we look for (native pixels)
MAX_SCALE = 16   # largest integer upscale we look for


@dataclass(frozen=True)
class AxisLayout:
    tile: int
    margin: int
    spacing: int
    count: int
    method: str = "given"

    @property
    def pitch(self) -> int:
        return self.tile + self.spacing


@dataclass(frozen=True)
class Grid:
    """A sheet's layout in *native* pixels (divide sheet pixels by ``scale``)."""
    tile_w: int
    tile_h: int
    margin_x: int
    margin_y: int
    spacing_x: int
    spacing_y: int
    cols: int
    rows: int
    scale: int = 1
    method: str = "given"
    resampled: str = ""   # a non-integer upscale undone before slicing: PixelGrid.describe()

    def rects(self):
        """Yield (row, col, x, y, w, h) of every tile, in native pixels."""
        for r in range(self.rows):
            y = self.margin_y + r * (self.tile_h + self.spacing_y)
            for c in range(self.cols):
                x = self.margin_x + c * (self.tile_w + self.spacing_x)
                yield r, c, x, y, self.tile_w, self.tile_h

    def describe(self) -> str:
        tile = f"{self.tile_w}" if self.tile_w == self.tile_h else f"{self.tile_w}x{self.tile_h}"
        marg = f"{self.margin_x}" if self.margin_x == self.margin_y else f"{self.margin_x}x{self.margin_y}"
        spac = f"{self.spacing_x}" if self.spacing_x == self.spacing_y else f"{self.spacing_x}x{self.spacing_y}"
        s = f"tile {tile}, margin {marg}, spacing {spac}: {self.cols} x {self.rows} tiles"
        if self.scale > 1:
            s += f", drawn at {self.scale}x (sliced at native size)"
        if self.resampled:
            s += f", {self.resampled}"
        return s

    def to_dict(self) -> dict:
        return asdict(self)


def as_u32(rgba: np.ndarray) -> np.ndarray:
    """(H, W, 4) uint8 -> (H, W) uint32 view: one number per pixel."""
    return np.ascontiguousarray(rgba, dtype=np.uint8).view(np.uint32)[..., 0]


def canonical_transparent(rgba: np.ndarray) -> np.ndarray:
    """Copy of ``rgba`` with every fully transparent pixel set to (0, 0, 0, 0)."""
    out = np.array(rgba, dtype=np.uint8, copy=True, order="C")
    v = as_u32(out)
    v[out[..., 3] == 0] = 0
    return out


# --------------------------------------------------------------------------- background

def background_mask(rgba: np.ndarray, tol: int = 0) -> np.ndarray:
    """(H, W) bool: pixels that are background.

    Transparent pixels always are. On a sheet with no transparency, a colour
    that covers at least 90 % of the outer border (a black or magenta gutter
    colour, say) is the background; ``tol`` (0..255, any channel) lets colours that
    close to it count too (a sheet that went through JPEG).
    """
    alpha = rgba[..., 3]
    mask = alpha == 0
    if mask.any():
        return mask
    border = np.concatenate([rgba[0], rgba[-1], rgba[:, 0], rgba[:, -1]])
    if tol:
        ref = np.median(border, axis=0)
        near = lambda px: (np.abs(px.astype(np.int16) - ref).max(-1) <= tol)  # noqa: E731
        return near(rgba) if near(border).mean() >= 0.9 else mask
    colours, counts = np.unique(border.reshape(-1, 4), axis=0, return_counts=True)
    i = int(np.argmax(counts))
    if counts[i] >= 0.9 * len(border):
        return np.all(rgba == colours[i], axis=-1)
    return mask


# --------------------------------------------------------------------------- one axis

def _fits(length: int, tile: int, margin: int, spacing: int) -> int:
    """Number of tiles if the layout fits ``length`` exactly, else 0."""
    if tile <= 0 or margin < 0 or spacing < 0:
        return 0
    rest = length - 2 * margin + spacing
    if rest <= 0 or rest % (tile + spacing):
        return 0
    return rest // (tile + spacing)


def _roundness(t: int) -> int:
    """Power of two dividing t: tile sizes are usually multiples of 8 or 16."""
    return (t & -t).bit_length()


def _divisors(n: int) -> list[int]:
    small = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))


def _gutter_layouts(empty: np.ndarray, min_tile: int, max_gap: int) -> list[AxisLayout]:
    """Layouts with spacing >= 1 and >= 2 tiles whose gutters are all empty."""
    length = len(empty)
    if not empty.any():
        return []
    cs = np.concatenate([[0], np.cumsum(empty)])
    out = []
    for m in range(0, min(max_gap, length // 2) + 1):
        if m and (cs[m] != m or cs[length] - cs[length - m] != m):
            break  # margins are contiguous background: a wider one fails too
        for s in range(1, max_gap + 1):
            rest = length - 2 * m + s
            for n in _divisors(rest):
                t = rest // n - s
                if n < 2 or t < min_tile:
                    continue
                starts = m + t + np.arange(n - 1) * (t + s)
                if np.all(cs[starts + s] - cs[starts] == s):
                    out.append(AxisLayout(t, m, s, n, "gutters"))
    return out


def _tightness(layout: AxisLayout, empty: np.ndarray) -> float:
    """Share of tile edges (first/last column) that hold content.

    Close to 1 when gutters hug the tiles (true gutters around full tiles);
    low when the "gutters" are only the transparent borders of sprites.
    """
    firsts = layout.margin + np.arange(layout.count) * layout.pitch
    lasts = firsts + layout.tile - 1
    return float((np.mean(~empty[firsts]) + np.mean(~empty[lasts])) / 2)


def _exactness(layout: AxisLayout, empty: np.ndarray) -> float:
    """Share of the gutters between tiles that are exactly a whole empty run.

    True gutters around tiles whose content reaches their edges are exactly
    the empty runs; a layout that shifts or narrows them is not. (Margins are
    not counted: every layout with the same margin agrees on them.)
    """
    m, t, s, n = layout.margin, layout.tile, layout.spacing, layout.count
    spans = [(m + t + i * (t + s), s) for i in range(n - 1)]
    ok = 0
    for start, width in spans:
        before = start == 0 or not empty[start - 1]
        after = start + width == len(empty) or not empty[start + width]
        ok += before and after
    return ok / len(spans)


def _period(profile: np.ndarray, length: int, min_tile: int) -> int | None:
    """Smallest tile size whose boundaries stand out in ``profile`` (gap before i).

    Testing only the *odd* multiples of t matters: half the boundaries of
    t = 16 on a 32 px sheet are true ones, so all of them together still stand
    out; its odd multiples (16, 48, ...) do not.
    """
    inner = profile[1:length]
    if len(inner) < 2:
        return None
    mu, sd = float(inner.mean()), float(inner.std()) + 1e-9
    for t in range(min_tile, length // 2 + 1):
        if length % t:
            continue
        odd = profile[np.arange(t, length, 2 * t)]
        every = profile[np.arange(t, length, t)]
        z = (float(odd.mean()) - mu) / (sd / np.sqrt(len(odd)))
        effect = (float(every.mean()) - mu) / sd
        if z >= 3.0 and effect >= 0.5:
            return t
    return None


def _tight_layout(empty: np.ndarray, profile: np.ndarray, min_tile: int,
                  max_gap: int) -> AxisLayout | None:
    """Tiles packed with no spacing, after an (empty) margin of 0..max_gap."""
    length = len(empty)
    for m in range(0, min(max_gap, length // 2) + 1):
        if m and not (empty[m - 1] and empty[length - m]):
            break  # margins are contiguous background: a wider one fails too
        inner = length - 2 * m
        t = _period(profile[m:length - m], inner, min_tile)
        if t:
            return AxisLayout(t, m, 0, inner // t, "period")
    return None


def detect_axis(empty: np.ndarray, profile: np.ndarray, min_tile: int = MIN_TILE,
                max_gap: int = MAX_GAP) -> AxisLayout | None:
    """Layout along one axis, or None when the image gives no evidence."""
    length = len(empty)
    valid = _gutter_layouts(empty, min_tile, max_gap)
    if valid:
        key = lambda L: (L.pitch, L.spacing, L.margin)  # noqa: E731
        best = min(valid, key=key)
        exact = [L for L in valid if _exactness(L, empty) >= 0.9]
        if exact and _exactness(best, empty) < 0.9:
            # With two tiles the pitch is not pinned down by repetition, and a
            # narrower gutter shifted inside the true one also fits: prefer
            # gutters that hug the tiles, unless that layout only merges
            # neighbouring tiles of the finer one (loose sprites on few rows).
            e = min(exact, key=key)
            merged = e.margin == best.margin and e.spacing == best.spacing \
                and e.pitch % best.pitch == 0
            if not merged:
                return e
        pitch = best.pitch
        tight = _tightness(best, empty)
        # A tight layout of the same pitch (tile = pitch, no gutters) also fits
        # when 2 * margin == spacing: prefer it unless the gutters hug the tiles.
        n_tight = _fits(length, pitch, 0, 0)
        if n_tight >= 2 and 2 * best.margin == best.spacing and tight < 0.9 \
                and _roundness(pitch) > _roundness(best.tile):
            return AxisLayout(pitch, 0, 0, n_tight, "period")
        if tight >= 0.5:
            return best
        # Loose "gutters" may be the transparent borders of tightly packed
        # sprites: trust a clear period if there is one, else the gutters.
        return _tight_layout(empty, profile, min_tile, max_gap) or best
    return _tight_layout(empty, profile, min_tile, max_gap)


def _profiles(rgba: np.ndarray, bg: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """(empty, profile) along x (axis=1) or y (axis=0).

    ``profile[i]`` scores the boundary between positions i-1 and i; it is
    high where tiles are likely to meet.
    """
    a = rgba if axis == 1 else rgba.transpose(1, 0, 2)
    b = bg if axis == 1 else bg.T
    empty = b.all(axis=0)
    length = a.shape[1]
    # Per row: 1 where both sides are background (sprites meet through their
    # transparent borders), else the colour jump scaled to 0..1 (opaque tiles
    # such as floors meet with a jump). Mixed sheets get both signals.
    # The profile is a mean over rows: 512 evenly spaced rows estimate it
    # well and keep big sheets fast ("empty" above still looks at every row).
    if b.shape[0] > 512:
        rows = np.linspace(0, b.shape[0] - 1, 512).astype(int)
        a, b = a[rows], b[rows]
    both = b[:, 1:] & b[:, :-1]
    grey = a[..., :3].sum(axis=2, dtype=np.int16)   # 0..765
    jump = np.abs(grey[:, 1:] - grey[:, :-1]) / 3.0
    score = np.where(both, 1.0, np.minimum(jump / 64.0, 1.0))
    prof = np.zeros(length)
    prof[1:] = score.mean(axis=0)
    return empty, prof


def detect_grid(rgba: np.ndarray, min_tile: int = MIN_TILE, max_gap: int = MAX_GAP, tol: int = 0) -> Grid:
    """Detect the tile grid of a native-resolution sheet.

    Raises SpriteforgeError when the sheet gives no evidence of a grid.
    """
    h, w = rgba.shape[:2]
    bg = background_mask(rgba, tol)
    ex, px = _profiles(rgba, bg, 1)
    ey, py = _profiles(rgba, bg, 0)
    lx = detect_axis(ex, px, min_tile, max_gap)
    ly = detect_axis(ey, py, min_tile, max_gap)
    # One axis without evidence (a single row or column of tiles): assume
    # square tiles with the other axis's margin and spacing.
    if lx is None and ly is not None:
        n = _fits(w, ly.tile, ly.margin, ly.spacing)
        lx = AxisLayout(ly.tile, ly.margin, ly.spacing, n, "square") if n else None
    if ly is None and lx is not None:
        n = _fits(h, lx.tile, lx.margin, lx.spacing)
        ly = AxisLayout(lx.tile, lx.margin, lx.spacing, n, "square") if n else None
    if lx is None or ly is None:
        raise SpriteforgeError(
            f"could not find a tile grid in this {w}x{h} sheet (no gutters and no "
            f"repeating tile boundaries); pass {{tile}} SIZE")
    return Grid(lx.tile, ly.tile, lx.margin, ly.margin, lx.spacing, ly.spacing,
                lx.count, ly.count, 1, f"{lx.method}/{ly.method}")


def grid_from_options(w: int, h: int, tile_w: int, tile_h: int, margin: int = 0,
                      spacing: int = 0, scale: int = 1) -> Grid:
    """A Grid for user-given sizes (native pixels), or a clear error if it does not fit."""
    if tile_w <= 0 or tile_h <= 0:
        raise SpriteforgeError(f"tile size must be positive, got {tile_w}x{tile_h}")
    if margin < 0 or spacing < 0:
        raise SpriteforgeError(f"margin and spacing must be >= 0, got {margin} and {spacing}")
    cols = _fits(w, tile_w, margin, spacing)
    rows = _fits(h, tile_h, margin, spacing)
    for name, length, t, n in (("width", w, tile_w, cols), ("height", h, tile_h, rows)):
        if not n:
            k = max(0, (length - 2 * margin + spacing) // (t + spacing))
            used = 2 * margin + k * t + max(k - 1, 0) * spacing
            raise SpriteforgeError(
                f"sheet {name} {length * scale} px does not fit tile {t * scale}, margin "
                f"{margin * scale}, spacing {spacing * scale}: {k} tiles use {used * scale} px, "
                f"{(length - used) * scale} px left over")
    return Grid(tile_w, tile_h, margin, margin, spacing, spacing, cols, rows, scale, "given")
