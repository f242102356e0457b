"""Load tiles from a folder of images or from a sheet into one RGBA array."""
from __future__ import annotations

import fnmatch
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError
from ..io import list_images, read_rgba
from .detect import canonical_transparent

#: A folder may hold this file: one glob per line (relative, '/'-separated),
#: '#' comments. Matching files are left out of the set (e.g. brand icons that
#: sit among the DCSS weapons but are not weapons).
EXCLUDE_FILE = "EXCLUDE.txt"

SIZE_POLICIES = ("reject", "skip", "fit")


@dataclass
class TileSet:
    """``images``: (N, H, W, 4) uint8 RGBA; ``names``: N relative names (no suffix)."""
    images: np.ndarray
    names: list[str]
    skipped: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.images)

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of every tile."""
        return int(self.images.shape[2]), int(self.images.shape[1])


def read_exclude(folder: Path) -> list[str]:
    f = folder / EXCLUDE_FILE
    if not f.is_file():
        return []
    pats = []
    for line in f.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pats.append(line)
    return pats


def fit_tile(img: np.ndarray, w: int, h: int) -> np.ndarray:
    """Centre ``img`` on a transparent (h, w) canvas, cropping the centre if larger."""
    ih, iw = img.shape[:2]
    out = np.zeros((h, w, 4), np.uint8)
    sy, sx = max(0, (ih - h) // 2), max(0, (iw - w) // 2)   # crop offsets
    dy, dx = max(0, (h - ih) // 2), max(0, (w - iw) // 2)   # paste offsets
    ch, cw = min(h, ih), min(w, iw)
    out[dy:dy + ch, dx:dx + cw] = img[sy:sy + ch, sx:sx + cw]
    return out


def load_tiles(source: str | os.PathLike, size: tuple[int, int] | None = None,
               on_size: str = "reject", exclude: list[str] | None = None,
               tile: tuple[int, int] | None = None) -> TileSet:
    """Load a folder of tile images, or a sheet, as an (N, H, W, 4) uint8 array.

    Folder: every image below it (recursive, sorted), less the globs in its
    ``EXCLUDE.txt`` and in ``exclude``. Palette PNGs keep their transparency;
    RGB, grey and 16-bit images become opaque 8-bit RGBA.

    ``size`` (width, height): the tile size wanted; default the most common
    size. Tiles of another size are handled by ``on_size``: "reject" (raise,
    listing them), "skip" (leave out, listed in ``skipped``) or "fit" (centre on
    a transparent canvas; larger ones are centre-cropped).

    A single image file is treated as a sheet and sliced (``tile`` as for
    ``slice``; detected when None).
    """
    if on_size not in SIZE_POLICIES:
        raise SpriteforgeError(f"unknown size policy {on_size!r}; choose from {', '.join(SIZE_POLICIES)}")
    src = Path(source)
    if not src.exists():
        raise SpriteforgeError(f"{src}: no such file or folder")
    if src.is_file():
        from .slicer import slice_sheet
        res = slice_sheet(read_rgba(src), tile=tile, source=str(src))
        if len(res.tiles) == 0:
            raise SpriteforgeError(f"{src}: the sheet holds no non-empty tiles")
        return TileSet(res.tiles, res.names)

    files = list_images(src)
    if not files:
        raise SpriteforgeError(f"{src}: folder holds no images")
    pats = read_exclude(src) + list(exclude or [])
    rel = [f.relative_to(src).as_posix() for f in files]
    excluded = [r for r in rel if any(fnmatch.fnmatch(r, p) for p in pats)]
    pairs = [(f, r) for f, r in zip(files, rel) if r not in set(excluded)]
    if not pairs:
        raise SpriteforgeError(f"{src}: every image is excluded by {EXCLUDE_FILE}")
    imgs = [canonical_transparent(read_rgba(f)) for f, _ in pairs]
    names = [r.rsplit(".", 1)[0] for _, r in pairs]
    if size is None:
        size = Counter((i.shape[1], i.shape[0]) for i in imgs).most_common(1)[0][0]
    w, h = size
    odd = [n for n, i in zip(names, imgs) if (i.shape[1], i.shape[0]) != (w, h)]
    if odd and on_size == "reject":
        shown = ", ".join(f"{n} ({i.shape[1]}x{i.shape[0]})" for n, i in zip(names, imgs)
                          if n in odd[:3])
        more = f" and {len(odd) - 3} more" if len(odd) > 3 else ""
        raise SpriteforgeError(
            f"{src}: {len(odd)} image(s) are not {w}x{h}: {shown}{more} "
            f"(use {{on_size}} skip or {{on_size}} fit)")
    out_imgs, out_names = [], []
    for n, i in zip(names, imgs):
        if (i.shape[1], i.shape[0]) != (w, h):
            if on_size == "skip":
                continue
            i = fit_tile(i, w, h)
        out_imgs.append(i)
        out_names.append(n)
    if not out_imgs:
        raise SpriteforgeError(f"{src}: no image of size {w}x{h}")
    return TileSet(np.stack(out_imgs), out_names, skipped=odd if on_size == "skip" else [],
                   excluded=excluded)
