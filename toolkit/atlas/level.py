"""A sample dungeon from an atlas: Tiled TMX + TMJ (``export``), and a PNG preview (``preview``).

Rooms are random rectangles (no overlaps, one tile apart), joined in order by
L-shaped corridors; every empty cell touching a floor becomes wall. Tiles named
MATERIAL-vK are variants of one material, scattered cell by cell. Floors use
the atlas tiles of class "floor*", walls "wall*"; a few sprites of any other
class (generated weapons) lie on room floors as Tiled tile objects.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np

from .. import seeds
from ..errors import OptionError, SpriteforgeError
from ..formats import check_writable, read_json, write_bytes_atomic
from ..io import read_rgba, save_png
from .export import LEVEL_WRITERS, Level
from .preview import render_level


def _load_tileset(tileset_dir: Path) -> tuple[dict, np.ndarray, Path]:
    summ = tileset_dir / "atlas.json"
    if not summ.is_file():
        raise SpriteforgeError(f"{tileset_dir}: not an atlas folder (no atlas.json); make one with "
                               f"'spriteforge atlas'")
    s = read_json(summ, "atlas summary", ("name", "pages"))
    if not s.get("grid") or len(s["pages"]) != 1:
        raise SpriteforgeError(f"{tileset_dir}: a level needs a one-page uniform-grid atlas")
    return s, read_rgba(tileset_dir / f"{s['name']}.png"), tileset_dir / f"{s['name']}.tsx"


def dungeon(w: int, h: int, rng: np.random.Generator, max_rooms: int = 40):
    """(h, w) int grid: 0 void, 1 floor, 2 wall; and the list of rooms (x, y, rw, rh)."""
    g = np.zeros((h, w), np.int8)
    rooms = []
    for _ in range(max_rooms * 5):
        if len(rooms) >= max_rooms:
            break
        rw, rh = int(rng.integers(4, 11)), int(rng.integers(4, 9))
        if rw > w - 2 or rh > h - 2:
            continue
        x, y = int(rng.integers(1, w - rw)), int(rng.integers(1, h - rh))
        if g[max(0, y - 2):y + rh + 2, max(0, x - 2):x + rw + 2].any():
            continue
        g[y:y + rh, x:x + rw] = 1
        rooms.append((x, y, rw, rh))
    if not rooms:
        raise SpriteforgeError(f"level {w}x{h} is too small for a room (need at least 6x6)")
    centres = [(x + rw // 2, y + rh // 2) for x, y, rw, rh in rooms]
    for (x0, y0), (x1, y1) in zip(centres, centres[1:]):
        if rng.random() < 0.5:
            g[y0, min(x0, x1):max(x0, x1) + 1] = 1
            g[min(y0, y1):max(y0, y1) + 1, x1] = 1
        else:
            g[min(y0, y1):max(y0, y1) + 1, x0] = 1
            g[y1, min(x0, x1):max(x0, x1) + 1] = 1
    floor = g == 1
    near = np.zeros_like(floor)
    pad = np.pad(floor, 1)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            near |= pad[1 + dy:1 + dy + h, 1 + dx:1 + dx + w]
    g[(g == 0) & near] = 2
    return g, rooms


_VARIANT = re.compile(r"-v\d+$")


def scatter_variants(gid: np.ndarray, names: list[str], rng: np.random.Generator) -> None:
    """In place: every cell of a tile named MATERIAL-vK (``tiles`` writes variants so)
    becomes a random variant of that material, so a room does not look tiled."""
    groups: dict[str, list[int]] = {}
    for i, n in enumerate(names):
        if _VARIANT.search(n):
            groups.setdefault(_VARIANT.sub("", n), []).append(i + 1)
    for members in groups.values():
        if len(members) > 1:
            cells = np.isin(gid, members)
            gid[cells] = rng.choice(members, int(cells.sum()))


MAX_ITEMS = 1000  # items asked of one level; at most one lands in each room


LEVEL_SUFFIXES = (".tmx", ".tmj", ".png")


def check_level(out: str | os.PathLike, size: tuple[int, int], items: int, overwrite: bool = False,
                tiles_dir: str | os.PathLike | None = None) -> Path:
    """``make_level``'s checks of its options and output, for callers with work to do first
    (``level --floors/--walls`` generates its tiles into ``tiles_dir``): SpriteforgeError, or
    OUT as a Path. Existing level files (and ``tiles_dir``) are replaced only with ``overwrite``."""
    if not 0 <= items <= MAX_ITEMS:
        raise OptionError("items", f"must be 0..{MAX_ITEMS}, got {items}")
    w, h = size
    if w < 6 or h < 6 or w > 1000 or h > 1000:
        raise OptionError("size", f"must be between 6x6 and 1000x1000, got {w}x{h}")
    out = Path(out)
    if out.suffix.lower() != ".tmx":
        raise SpriteforgeError(f"{out}: the level file must end in .tmx")
    if out.is_dir():
        raise SpriteforgeError(f"{out}: is a folder")
    if not overwrite:
        for p in [out.with_suffix(x) for x in LEVEL_SUFFIXES] + ([Path(tiles_dir)] if tiles_dir else []):
            if p.exists():
                raise SpriteforgeError(f"{p}: exists (use {{overwrite}} to replace the level)")
    check_writable(out)
    return out


def make_level(tileset: str | os.PathLike, out: str | os.PathLike, size: tuple[int, int] = (40, 30), *,
               seed: int = 3, items: int = 6, overwrite: bool = False) -> dict:
    """Write OUT (.tmx), OUT with .tmj, and OUT with .png (preview); existing ones only with
    ``overwrite``. Returns a summary: "rooms", "objects" (items placed: at most one per
    room), "size", "files"."""
    out = check_level(out, size, items, overwrite)
    tdir = Path(tileset)
    if not tdir.is_dir():
        raise SpriteforgeError(f"{tdir}: no such atlas folder")
    w, h = size
    s, atlas, tsx_path = _load_tileset(tdir)
    tiles = s["tiles"]
    cls = [str(t.get("class") or "") for t in tiles]
    floors = [i for i, c in enumerate(cls) if c.startswith("floor")]
    walls = [i for i, c in enumerate(cls) if c.startswith("wall")]
    props = [i for i, c in enumerate(cls) if not c.startswith(("floor", "wall"))]
    if not floors or not walls:
        raise SpriteforgeError(f"{tdir}: the atlas needs tiles of class floor* and wall* (inputs "
                               f"named floor=DIR and wall=DIR), found classes {sorted(set(cls))}")
    rng = np.random.default_rng(seed)
    g, rooms = dungeon(w, h, rng)
    gid = np.zeros((h, w), np.int64)  # Tiled gid = tile id + 1; 0 = empty
    corridor_floor = int(rng.choice(floors))
    gid[g == 1] = corridor_floor + 1
    for x, y, rw, rh in rooms:  # each room its own floor
        gid[y:y + rh, x:x + rw] = int(rng.choice(floors)) + 1
    # One wall tile for the whole level reads as architecture; prefer plain
    # stone or brick walls when the atlas has them.
    plain = [i for i in walls if any(k in tiles[i]["name"] for k in ("stone", "brick"))]
    wall_tile = int(rng.choice(plain or walls))
    gid[g == 2] = wall_tile + 1
    scatter_variants(gid, [t["name"] for t in tiles], np.random.default_rng([seed, seeds.LEVEL_SCATTER]))
    objects = []
    if props:
        cells = [(x + int(rng.integers(1, rw - 1)), y + int(rng.integers(1, rh - 1)))
                 for x, y, rw, rh in rooms]
        rng.shuffle(cells)
        for k, (cx, cy) in enumerate(cells[:items]):
            t = int(rng.choice(props))
            objects.append({"id": k + 1, "gid": t + 1, "name": tiles[t]["name"], "cx": cx, "cy": cy})
    g_ = s["grid"]
    level = Level(gid, objects, g_["tile_w"], g_["tile_h"],
                  os.path.relpath(tsx_path.resolve(), out.resolve().parent))
    files = []
    for suffix, write in LEVEL_WRITERS:
        write_bytes_atomic(out.with_suffix(suffix), write(level).encode())
        files.append(out.with_suffix(suffix).name)
    save_png(out.with_suffix(".png"), render_level(level, atlas, g_))
    files.append(out.with_suffix(".png").name)
    return {"rooms": len(rooms), "objects": len(objects), "size": [w, h], "files": files}


VARIANTS = 4  # quilted variants per material in a generated level


def generated_tileset(out: str | os.PathLike, floors, walls, weapons=None, seed: int = 3,
                      report=None) -> Path:
    """New floor, wall (and weapon) tiles from trained models, packed into OUT-tiles/ beside the
    level file ``out``. A quilting model (tiles.json) gives VARIANTS variants each of 6 floor and
    3 wall materials, named MATERIAL-vK, which the level scatters cell by cell; a generator
    gives 12 floors and 6 walls, one per seeded draw of the models' classes. ``report(line)``:
    a line as each model starts drawing."""
    import tempfile

    from ..gan.folder import load_config
    from ..gan.sample import generate
    from ..tiles import TileModel, uses_tiles
    from .build import build_atlas
    report = report or (lambda line: None)
    for m in (floors, walls, weapons):
        if m is not None:
            load_config(m)  # every model checked before any is run
    tiles_dir = Path(out).parent / f"{Path(out).stem}-tiles"
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(out).parent, prefix=".tiles-") as tmp:
        inputs = []
        jobs = [(k, m, n) for k, m, n in (("floor", floors, 12), ("wall", walls, 6), ("weapon", weapons, 16))
                if m is not None]
        for step, (kind, model, n) in enumerate(jobs, 1):
            (Path(tmp) / kind).mkdir()
            quilt = kind != "weapon" and uses_tiles(model)
            report(f"level: {kind}s from {Path(model).name} ({'quilted variants' if quilt else 'generator'}), "
                   f"model {step} of {len(jobs)}")
            if quilt:
                tm = TileModel(model)
                fams = list(dict.fromkeys(tm.default_families(1000, seed).tolist()))[:n // 2]
                b = tm.draw(len(fams) * VARIANTS, seed, np.repeat(fams, VARIANTS))
                names = [f"{tm.families[f]}-v{k % VARIANTS}" for k, f in enumerate(b.families)]
                images = b.images
            else:
                images = generate(model, n, seed, novelty=False).images
                names = [f"{kind}_{i:02d}" for i in range(len(images))]
            for name, img in zip(names, images):
                save_png(Path(tmp) / kind / f"{name}.png", img)
            inputs.append(f"{kind}={Path(tmp) / kind}")
        report(f"level: packing {tiles_dir.name}/")
        build_atlas(inputs, tiles_dir, prefix=True, overwrite=True)
    return tiles_dir
