"""Cut sheets into tiles: detect or take the grid, drop empties and duplicates, write."""
from __future__ import annotations

import hashlib
import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import OptionError, SpriteforgeError
from ..formats import atomic_dir, check_output_dir, save_json
from ..io import encode_png, read_rgba
from .detect import Grid, as_u32, canonical_transparent, detect_grid, grid_from_options
from .pixels import NOISE_TOL, detect_pixel_grid, detect_upscale, resample_to_native


@dataclass
class SliceResult:
    """Tiles cut from one sheet, at native resolution.

    ``tiles`` is (N, tile_h, tile_w, 4) uint8 RGBA with fully transparent
    pixels stored as (0, 0, 0, 0). ``rects`` are (x, y, w, h) in *sheet* pixels.
    """
    source: str
    size: tuple[int, int]
    grid: Grid
    tiles: np.ndarray
    names: list[str]
    rects: list[tuple[int, int, int, int]]
    positions: list[tuple[int, int]]
    dropped_empty: int = 0
    dropped_duplicate: int = 0
    hashes: list[str] = field(default_factory=list)


def tile_hash(tile: np.ndarray) -> str:
    """sha256 of a tile's shape and RGBA bytes (what duplicate detection compares)."""
    h = hashlib.sha256(f"{tile.shape[1]}x{tile.shape[0]}:".encode())
    h.update(np.ascontiguousarray(tile).tobytes())
    return h.hexdigest()


def empty_tiles(tiles: np.ndarray) -> np.ndarray:
    """(N,) bool: tiles that are fully transparent or a single flat colour."""
    flat = np.ascontiguousarray(tiles).view(np.uint32).reshape(len(tiles), -1)
    transparent = np.all(tiles[..., 3] == 0, axis=(1, 2))
    one_colour = np.all(flat == flat[:, :1], axis=1)
    return transparent | one_colour


def cut_grid(native: np.ndarray, grid: Grid) -> np.ndarray:
    """All grid cells as (rows*cols, tile_h, tile_w, 4), row-major, one strided copy."""
    py, px = grid.tile_h + grid.spacing_y, grid.tile_w + grid.spacing_x
    base = native[grid.margin_y:, grid.margin_x:]
    s0, s1, s2 = base.strides
    view = np.lib.stride_tricks.as_strided(
        base, (grid.rows, grid.cols, grid.tile_h, grid.tile_w, 4),
        (py * s0, px * s1, s0, s1, s2), writeable=False)
    return view.reshape(grid.rows * grid.cols, grid.tile_h, grid.tile_w, 4)


def parse_size(text: str | None, what: str = "tile size") -> tuple[int, int] | None:
    """'32' -> (32, 32); '32x48' -> (32, 48) as (width, height); None -> None."""
    if text is None:
        return None
    t = str(text).lower().strip()
    try:
        if "x" in t:
            w, h = t.split("x", 1)
            return int(w), int(h)
        return int(t), int(t)
    except ValueError:
        raise SpriteforgeError(f"{what} must look like 32 or 32x48, got {text!r}") from None


def slice_sheet(rgba: np.ndarray, tile: tuple[int, int] | None = None, *, margin: int | None = None,
                spacing: int | None = None, scale: int | str = "auto", keep_empty: bool = False,
                dedupe: bool = True, source: str = "sheet") -> SliceResult:
    """Cut an (H, W, 4) uint8 RGBA sheet into tiles.

    ``tile``/``margin``/``spacing`` are in sheet pixels; any left as None is
    detected (margin and spacing default to 0 when a tile size is given).
    ``scale="auto"`` detects upscaling and slices at native size: an integer scale exactly, a
    non-integer one (3.5x, or seams where the scale was not whole; JPEG noise) by resampling
    each native pixel from the middle of its block (``detect_pixel_grid``); ``scale=1``
    keeps sheet pixels.
    """
    h, w = rgba.shape[:2]
    v = as_u32(rgba)  # one compare per pixel, before any copy: a huge flat sheet fails fast
    if (v == v[0, 0]).all() or not rgba[..., 3].any():
        raise SpriteforgeError(f"{source}: the sheet is one flat colour ({w}x{h}): there are no tiles in it")
    a = canonical_transparent(rgba)
    if scale == "auto":
        k = detect_upscale(a, canonical=True)
        if tile is not None:
            k = math.gcd(k, tile[0], tile[1], margin or 0, spacing or 0)
    else:
        k = int(scale)
        if k < 1:
            raise SpriteforgeError(f"scale must be >= 1, got {k}")
        if w % k or h % k:
            raise SpriteforgeError(f"sheet {w}x{h} is not a multiple of scale {k}")
        for name, v in (("tile", tile[0] if tile else 0), ("tile", tile[1] if tile else 0),
                        ("margin", margin or 0), ("spacing", spacing or 0)):
            if v % k:
                raise SpriteforgeError(f"{name} {v} is not a multiple of scale {k}")
    pixels = None  # the native pixel grid of a sheet drawn at a non-integer scale
    if scale == "auto" and k == 1 and tile is None:
        pixels = detect_pixel_grid(a)
    native = resample_to_native(a, pixels) if pixels else a[::k, ::k] if k > 1 else a
    nh, nw = native.shape[:2]
    if tile is None:
        if margin is not None or spacing is not None:
            raise OptionError("margin", "and {spacing} need {tile} (or leave all three out to detect)")
        grid = detect_grid(native, tol=NOISE_TOL if pixels else 0)
        grid = Grid(**{**grid.to_dict(), "scale": k, "resampled": pixels.describe() if pixels else ""})
    else:
        grid = grid_from_options(nw, nh, tile[0] // k, tile[1] // k, (margin or 0) // k,
                                 (spacing or 0) // k, k)

    rects, positions = [], []
    for r, c, x, y, tw, th in grid.rects():
        if pixels:  # where the tile lies on the sheet
            (x0, y0), (x1, y1) = pixels.to_sheet(x, y), pixels.to_sheet(x + tw, y + th)
            rects.append((x0, y0, x1 - x0, y1 - y0))
        else:
            rects.append((x * k, y * k, tw * k, th * k))
        positions.append((r, c))
    tiles = cut_grid(native, grid)

    keep = np.ones(len(tiles), bool)
    empty = empty_tiles(tiles) if len(tiles) else keep.copy()
    if not keep_empty:
        keep &= ~empty
    hashes = [tile_hash(t) for t in tiles]
    n_dup = 0
    if dedupe:
        seen = set()
        for i, hsh in enumerate(hashes):
            if not keep[i]:
                continue
            if hsh in seen:
                keep[i] = False
                n_dup += 1
            seen.add(hsh)
    stem = Path(source).stem
    dr = len(str(max(grid.rows - 1, 0)))
    dc = len(str(max(grid.cols - 1, 0)))
    idx = np.flatnonzero(keep)
    return SliceResult(
        source=str(source), size=(w, h), grid=grid, tiles=tiles[idx],
        names=[f"{stem}_r{positions[i][0]:0{dr}d}_c{positions[i][1]:0{dc}d}" for i in idx],
        rects=[rects[i] for i in idx], positions=[positions[i] for i in idx],
        dropped_empty=0 if keep_empty else int(empty.sum()),
        dropped_duplicate=n_dup, hashes=[hashes[i] for i in idx])


def _write_tiles(folder: Path, names: list[str], tiles: np.ndarray, progress=None,
                 level: int = 1) -> None:
    """Encode and write one PNG per tile, in as many threads as cores.

    zlib level 1: on 32x32 pixel art it is 2x faster than level 6 and the
    files only ~10 % larger. Each thread takes an interleaved share of the tiles (no per-tile futures:
    their overhead is as large as encoding a 32x32 tile); ``zlib.compress``
    and file writes release the GIL, so the threads really run in parallel.
    """
    workers = max(1, min(os.cpu_count() or 1, 8))
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)

    def share(start: int) -> None:
        done = 0
        for i in range(start, len(names), workers):
            data = encode_png(tiles[i], level)
            fd = os.open(folder / f"{names[i]}.png", flags, 0o644)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
            done += 1
            if progress and done == 256:
                progress(done)
                done = 0
        if progress and done:
            progress(done)

    with ThreadPoolExecutor(workers) as ex:
        for f in [ex.submit(share, w) for w in range(workers)]:
            f.result()


def slice_files(sheets: list[str | os.PathLike], out: str | os.PathLike, *,
                tile: tuple[int, int] | None = None, margin: int | None = None,
                spacing: int | None = None, scale: int | str = "auto", keep_empty: bool = False,
                dedupe: bool = True, overwrite: bool = False, progress=None,
                report=None) -> dict:
    """Slice sheet files into ``out`` (PNG per tile + manifest.json), atomically.

    Duplicates are found across all sheets. ``report(msg)`` gets one line per
    sheet saying what was found; ``progress(n)`` is called per written tile.
    Returns the manifest dict.
    """
    if not sheets:
        raise SpriteforgeError("no sheets given")
    check_output_dir(out, overwrite)
    stems = [Path(s).stem for s in sheets]
    dupes = sorted({s for s in stems if stems.count(s) > 1})
    if dupes:
        raise SpriteforgeError(f"two sheets share the name {dupes[0]!r}; tile names would collide")
    results = []
    seen: set[str] = set()
    for s in sheets:
        res = slice_sheet(read_rgba(s), tile, margin=margin, spacing=spacing, scale=scale,
                          keep_empty=keep_empty, dedupe=dedupe, source=str(s))
        if dedupe:  # duplicates across sheets too
            keep = [i for i, hsh in enumerate(res.hashes) if hsh not in seen]
            res.dropped_duplicate += len(res.hashes) - len(keep)
            seen.update(res.hashes)
            res.tiles = res.tiles[keep]
            for attr in ("names", "rects", "positions", "hashes"):
                setattr(res, attr, [getattr(res, attr)[i] for i in keep])
        results.append(res)
    if not any(len(r.tiles) for r in results):
        dropped = sum(r.dropped_empty for r in results), sum(r.dropped_duplicate for r in results)
        raise SpriteforgeError(f"no tiles to write: all {sum(dropped)} cells were empty ({dropped[0]}) or "
                               f"duplicates ({dropped[1]}); check {{tile}}, or {{keep_empty}}")
    if report:  # only once every sheet has read and sliced cleanly
        for res in results:
            report(f"{res.source}: {res.grid.describe()} [{res.grid.method}]; kept {len(res.tiles)}, "
                   f"dropped {res.dropped_empty} empty and {res.dropped_duplicate} duplicate tiles")
    manifest = {
        "version": 1,
        "sheets": [{"source": r.source, "size": list(r.size), "grid": r.grid.to_dict(),
                    "kept": len(r.tiles), "dropped_empty": r.dropped_empty,
                    "dropped_duplicate": r.dropped_duplicate} for r in results],
        "tiles": [{"name": f"{n}.png", "source": r.source, "rect": list(rect), "row": p[0],
                   "col": p[1], "sha256": hsh}
                  for r in results for n, rect, p, hsh in zip(r.names, r.rects, r.positions, r.hashes)],
    }
    with atomic_dir(out, overwrite) as tmp:
        for r in results:
            _write_tiles(tmp, r.names, r.tiles, progress)
        save_json(tmp / "manifest.json", manifest, compact=len(manifest["tiles"]) > 2000)
    return manifest
