"""Pack sprites into atlas pages: a uniform grid, or MaxRects for mixed sizes.

A uniform grid (all sprites one size) is what Tiled's tileset model
(tile size, margin, spacing, columns) and Godot's TileSetAtlasSource
(margins, separation, region size) describe exactly, so it is always used
when it can be. Mixed sizes go through MaxRects with the best-short-side-fit
rule (Jylänki, "A Thousand Ways to Pack the Bin", 2010).

Coordinates are (x, y, w, h) of the sprite's own pixels on its page;
``padding`` pixels separate neighbours and the page edge, and ``extrude``
copies each sprite's edge pixels outward into the padding so that texture
filtering and sub-pixel camera positions never sample a neighbour.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..errors import SpriteforgeError


@dataclass
class Placement:
    name: str
    page: int
    x: int
    y: int
    w: int
    h: int


@dataclass
class Packing:
    pages: list[tuple[int, int]]           # (width, height) of each page
    placements: list[Placement]            # in input order
    grid: dict | None = None               # tile_w, tile_h, margin, spacing, columns (uniform only)
    meta: dict = field(default_factory=dict)


def _pot(n: int) -> int:
    return 1 << max(0, (n - 1).bit_length())


def pack_grid(names: list[str], size: tuple[int, int], padding: int, extrude: int, max_size: int,
              pot: bool) -> Packing:
    """All sprites w x h: Tiled-style grid, margin = padding + extrude, spacing = padding + 2*extrude."""
    w, h = size
    margin, spacing = padding + extrude, padding + 2 * extrude
    pitch_x, pitch_y = w + spacing, h + spacing
    fit_cols = (max_size - 2 * margin + spacing) // pitch_x
    fit_rows = (max_size - 2 * margin + spacing) // pitch_y
    if fit_cols < 1 or fit_rows < 1:
        raise SpriteforgeError(f"a {w}x{h} sprite with padding {padding} and extrude {extrude} does "
                               f"not fit in {{max_size}} {max_size}")
    n = len(names)
    # Near-square pages: as many columns as sqrt(n) needs, capped by max_size.
    cols = max(1, min(fit_cols, math.ceil(math.sqrt(n * h / w))))
    if pot:  # fill the power-of-two width: Tiled counts its columns from the image's width
        cols = max(cols, min(fit_cols, (_pot(2 * margin + cols * pitch_x - spacing) - 2 * margin + spacing)
                             // pitch_x))
    rows_per_page = min(fit_rows, math.ceil(n / cols))
    per_page = cols * rows_per_page
    placements, pages = [], []
    for i, name in enumerate(names):
        page, k = divmod(i, per_page)
        r, c = divmod(k, cols)
        placements.append(Placement(name, page, margin + c * pitch_x, margin + r * pitch_y, w, h))
    for p in range(math.ceil(n / per_page)):
        count = min(per_page, n - p * per_page)
        rows = math.ceil(count / cols)
        pw = 2 * margin + cols * w + (cols - 1) * spacing
        ph = 2 * margin + rows * h + (rows - 1) * spacing
        pages.append((_pot(pw), _pot(ph)) if pot else (pw, ph))
    grid = {"tile_w": w, "tile_h": h, "margin": margin, "spacing": spacing, "columns": cols}
    return Packing(pages, placements, grid)


class MaxRects:
    """One bin; free space kept as maximal (possibly overlapping) rectangles."""

    def __init__(self, width: int, height: int):
        self.w, self.h = width, height
        self.free = [(0, 0, width, height)]

    def find(self, w: int, h: int):
        """Best short side fit: (score, x, y) or None."""
        best = None
        for fx, fy, fw, fh in self.free:
            if w <= fw and h <= fh:
                short, long_ = min(fw - w, fh - h), max(fw - w, fh - h)
                cand = (short, long_, fy, fx)
                if best is None or cand < best[0]:
                    best = (cand, fx, fy)
        return best

    def place(self, x: int, y: int, w: int, h: int) -> None:
        new = []
        for f in self.free:
            fx, fy, fw, fh = f
            if x >= fx + fw or x + w <= fx or y >= fy + fh or y + h <= fy:
                new.append(f)
                continue
            if x > fx:
                new.append((fx, fy, x - fx, fh))
            if x + w < fx + fw:
                new.append((x + w, fy, fx + fw - x - w, fh))
            if y > fy:
                new.append((fx, fy, fw, y - fy))
            if y + h < fy + fh:
                new.append((fx, y + h, fw, fy + fh - y - h))
        # prune rectangles contained in another
        new = sorted(set(new), key=lambda r: -r[2] * r[3])
        kept = []
        for r in new:
            if not any(r[0] >= k[0] and r[1] >= k[1] and r[0] + r[2] <= k[0] + k[2]
                       and r[1] + r[3] <= k[1] + k[3] for k in kept):
                kept.append(r)
        self.free = kept


def pack_maxrects(names: list[str], sizes: list[tuple[int, int]], padding: int, extrude: int,
                  max_size: int, pot: bool) -> Packing:
    """Mixed sizes. Each sprite occupies (w + 2*extrude + padding) square-ish cells; pages of
    the smallest height (for a width fitted to the total area) that hold everything."""
    cell = [(w + 2 * extrude + padding, h + 2 * extrude + padding) for w, h in sizes]
    for (w, h), (cw, ch), nm in zip(sizes, cell, names):
        if cw + padding > max_size or ch + padding > max_size:
            raise SpriteforgeError(f"{nm}: {w}x{h} sprite does not fit in {{max_size}} {max_size}")
    # Tallest first, then widest: the usual good order for MaxRects.
    order = sorted(range(len(names)), key=lambda i: (-cell[i][1], -cell[i][0], names[i]))
    area = sum(cw * ch for cw, ch in cell)
    side = math.sqrt(area)
    widest = max(cw for cw, _ in cell) + padding
    if pot:
        widths = sorted({min(max_size, max(widest, _pot(int(side * f)))) for f in (0.75, 1.0, 1.5)})
    else:
        widths = sorted({min(max_size, max(widest, int(side * f))) for f in
                         (0.9, 0.95, 1.0, 1.02, 1.05, 1.1, 1.2)})
    # MaxRects is fast: try a few page widths around sqrt(area), keep the densest.
    best = None
    for width in widths:
        cand = _maxrects_pages(names, sizes, cell, order, width, padding, extrude, max_size, pot)
        if best is None or occupancy(cand) > occupancy(best) + 1e-12:
            best = cand
    return best


def _maxrects_pages(names, sizes, cell, order, width, padding, extrude, max_size, pot) -> Packing:
    border = padding + extrude          # page edge to first sprite pixel
    placements: list[Placement | None] = [None] * len(names)
    pages = []
    remaining = order
    page = 0
    while remaining:
        bin_ = MaxRects(width - padding, max_size - padding)
        left = []
        for i in remaining:
            cw, ch = cell[i]
            f = bin_.find(cw, ch)
            if f is None:
                left.append(i)
                continue
            _, x, y = f
            bin_.place(x, y, cw, ch)
            placements[i] = Placement(names[i], page, x + border, y + border, *sizes[i])
        used_h = max(p.y + p.h + extrude + padding for p in placements if p and p.page == page)
        pages.append((_pot(width), _pot(used_h)) if pot else (width, used_h))
        if len(left) == len(remaining):
            raise SpriteforgeError("could not place sprites within {max_size}")
        remaining = left
        page += 1
    return Packing(pages, placements, None)


def occupancy(p: Packing) -> float:
    """Sprite pixels / page pixels."""
    used = sum(pl.w * pl.h for pl in p.placements)
    return used / sum(w * h for w, h in p.pages)


def render_pages(p: Packing, images: list[np.ndarray], extrude: int) -> list[np.ndarray]:
    """Draw sprites (and their extruded edges) onto transparent pages."""
    pages = [np.zeros((h, w, 4), np.uint8) for w, h in p.pages]
    for pl, img in zip(p.placements, images):
        page = pages[pl.page]
        if extrude:
            ext = np.pad(img, ((extrude, extrude), (extrude, extrude), (0, 0)), mode="edge")
            page[pl.y - extrude:pl.y + pl.h + extrude, pl.x - extrude:pl.x + pl.w + extrude] = ext
        else:
            page[pl.y:pl.y + pl.h, pl.x:pl.x + pl.w] = img
    return pages
