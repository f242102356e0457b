"""Build an atlas from folders of PNGs: pack, render, write PNG + TSX + JSON + TRES."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import OptionError, SpriteforgeError
from ..formats import atomic_dir, read_json, save_json, write_bytes_atomic
from ..io import list_images, read_rgba
from .export import ATLAS_WRITERS, PAGE_WRITERS
from .pack import Packing, occupancy, pack_grid, pack_maxrects, render_pages

SORTS = ("name", "size", "hash")
#: zlib level for atlas pages: 4 is ~2x faster than 6 on a 3200 px page for a few % more bytes.
ATLAS_PNG_LEVEL = 4


@dataclass
class Sprite:
    name: str
    image: np.ndarray
    props: dict = field(default_factory=dict)


def _check_name(name: str, where: str) -> str:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise SpriteforgeError(f"{where}: sprite name {name!r} is not allowed (no path separators "
                               f"or leading dot)")
    return name


def _read_many(files: list[Path], progress=None) -> list[np.ndarray]:
    """Decode many small PNGs, in forked worker processes when there are thousands.

    Threads do not help here (measured: slower than one thread, as most of the
    ~130 us per 32x32 PNG is Python-level work under the GIL); two processes
    nearly halve it.
    """
    import multiprocessing as mp
    progress = progress or (lambda n: None)
    workers = min(8, os.cpu_count() or 1)
    if len(files) < 2000 or workers < 2 or "fork" not in mp.get_all_start_methods():
        out = []
        for f in files:
            out.append(read_rgba(f))
            progress(1)
        return out
    from concurrent.futures import ProcessPoolExecutor
    chunk = max(1, len(files) // (4 * workers))
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as ex:
        out, pending = [], 0
        for img in ex.map(read_rgba, files, chunksize=chunk):
            out.append(img)
            pending += 1
            if pending == chunk or len(out) == len(files):
                progress(pending)
                pending = 0
        return out


def collect(inputs: list[str], prefix: bool = False, report=None, progress=None) -> list[Sprite]:
    """Sprites from inputs ``[CLASS=]PATH`` (a folder of PNGs or one PNG).

    A folder written by ``generate`` contributes its sprites (not sheet.png /
    preview.png) with their seed, class and latent file; one written by
    ``slice`` contributes the tiles of its manifest with their source sheet.
    The class of a sprite is CLASS when given, else the folder's name.
    ``prefix`` names sprites CLASS_NAME, so same-named files in different
    inputs (DCSS has floor/crypt0.png and wall/crypt0.png) can share an atlas.
    Hidden files (names starting with ".") are left out; ``report(line)`` says so.
    ``progress(k)``: called as the PNGs of plain folders are read.
    """
    sprites: list[Sprite] = []
    for spec in inputs:
        cls, _, path = str(spec).rpartition("=") if "=" in str(spec) else ("", "", str(spec))
        p = Path(path)
        from ..data import DATASETS, load_data
        if path in DATASETS and not p.exists():  # a shipped dataset, fitted to its tile size
            ts = load_data(path)
            where = f"datasets/{DATASETS[path][0]}"  # origin: the file, as the checkout lays it out
            for nm, img in zip(ts.names, ts.images):
                sprites.append(Sprite(_check_name(nm.replace("/", "_"), path), img,
                                      {"class": cls or path, "origin": f"{where}/{nm}.png"}))
            continue
        if not p.exists():
            raise SpriteforgeError(f"{p}: no such file or folder")
        if p.is_file():
            name = _check_name(p.stem, str(p))
            sprites.append(Sprite(name, read_rgba(p), {"class": cls or None, "origin": p.name}))
            continue
        given = cls
        cls = cls or p.name
        gen = p / "generate.json"
        man = p / "manifest.json"
        rec = p / "recolor.json"
        if rec.is_file():  # recolor's output: each variant with its tier
            for nm, info in read_json(rec, "recolor record", ("sprites",))["sprites"].items():
                _check_name(nm, str(rec))
                sprites.append(Sprite(nm, read_rgba(p / f"{nm}.png"),
                                      {"class": cls, "tier": info.get("tier"), "origin": f"{p.name}/{nm}.png"}))
        elif gen.is_file():
            meta = read_json(gen, "generate record", ("sprites",))
            classes = meta.get("class", {})
            for nm in meta.get("sprites", []):
                _check_name(nm, str(gen))
                sprites.append(Sprite(nm, read_rgba(p / f"{nm}.png"),
                                      {"class": classes.get(nm, cls), "seed": meta.get("seed"),
                                       "latent": f"{nm}.npy", "origin": f"{p.name}/{nm}.png"}))
        elif man.is_file():
            for t in read_json(man, "slice manifest", ("tiles",))["tiles"]:
                nm = _check_name(Path(t["name"]).stem, str(man))
                sprites.append(Sprite(nm, read_rgba(p / t["name"]),
                                      {"class": cls, "origin": f"{Path(t['source']).name}"
                                       f"@{','.join(map(str, t['rect']))}"}))
        else:
            files = list_images(p)  # subfolders too: their sprites take the subfolder's name as class
            hidden = sorted(f.relative_to(p).as_posix() for f in p.rglob(".*.png") if f.is_file())
            if hidden and report:
                report(f"{p}: left out {len(hidden)} hidden file(s) (names starting with '.'): "
                       f"{', '.join(hidden[:5])}{' ...' if len(hidden) > 5 else ''}")
            if not files:
                raise SpriteforgeError(f"{p}: folder holds no images")
            for f in files:
                if f.suffix.lower() != ".png":
                    raise SpriteforgeError(f"{f}: not a PNG (atlas inputs must be PNG files)")
                _check_name("_".join(f.relative_to(p).with_suffix("").parts), str(f))
            for f, img in zip(files, _read_many(files, progress)):
                rel = f.relative_to(p)
                sprites.append(Sprite("_".join(rel.with_suffix("").parts), img,
                                      {"class": given or (rel.parts[0] if len(rel.parts) > 1 else cls),
                                       "origin": f"{p.name}/{rel.as_posix()}"}))
    if not sprites:
        raise SpriteforgeError("no sprites in the inputs")
    if prefix:
        for sp in sprites:
            if sp.props.get("class"):
                sp.name = _check_name(f"{sp.props['class']}_{sp.name}", "{prefix}")
    seen: dict[str, int] = {}
    for s in sprites:
        seen[s.name] = seen.get(s.name, 0) + 1
    dup = sorted(n for n, c in seen.items() if c > 1)
    if dup:
        raise SpriteforgeError(f"{len(dup)} sprite name(s) appear in more than one input, e.g. "
                               f"{dup[0]!r}; rename them or use {{prefix}}")
    return sprites


def order(sprites: list[Sprite], sort: str) -> list[Sprite]:
    if sort not in SORTS:
        raise SpriteforgeError(f"unknown {{sort}} {sort!r}; choose from {', '.join(SORTS)}")
    if sort == "name":
        return sorted(sprites, key=lambda s: s.name)
    if sort == "size":
        return sorted(sprites, key=lambda s: (-s.image.shape[0] * s.image.shape[1],
                                              -s.image.shape[0], s.name))
    return sorted(sprites, key=lambda s: (hashlib.sha256(s.image.tobytes()).hexdigest(), s.name))


def pack(sprites: list[Sprite], padding: int = 0, extrude: int = 0, max_size: int = 4096,
         pot: bool = False) -> Packing:
    if padding < 0 or extrude < 0:
        raise OptionError("padding" if padding < 0 else "extrude",
                          f"must be >= 0, got {min(padding, extrude)}")
    if max_size < 1:
        raise OptionError("max_size", f"must be >= 1, got {max_size}")
    names = [s.name for s in sprites]
    sizes = [(s.image.shape[1], s.image.shape[0]) for s in sprites]
    if len(set(sizes)) == 1:
        return pack_grid(names, sizes[0], padding, extrude, max_size, pot)
    return pack_maxrects(names, sizes, padding, extrude, max_size, pot)


def build_atlas(inputs: list[str], out: str | os.PathLike, *, name: str | None = None, padding: int = 0,
                extrude: int = 0, pot: bool = False, max_size: int = 4096, sort: str = "name",
                overwrite: bool = False, prefix: bool = False, report=None, progress=None) -> dict:
    """Pack ``inputs`` into ``out``; returns a summary dict (also written as atlas.json).
    ``progress(k)`` counts PNGs read; ``report(line)`` gets what was left out."""
    out = Path(out)
    name = name or out.name
    _check_name(name, "{name}")
    sprites = order(collect(inputs, prefix, report, progress), sort)
    p = pack(sprites, padding, extrude, max_size, pot)
    pages = render_pages(p, [s.image for s in sprites], extrude)
    props = [s.props for s in sprites]
    stems = [name] if len(pages) == 1 else [f"{name}-{k}" for k in range(len(pages))]
    files = []
    from concurrent.futures import ThreadPoolExecutor
    from ..io import encode_png
    with atomic_dir(out, overwrite) as tmp, ThreadPoolExecutor(2) as pool:
        # zlib releases the GIL: compress the pages while the metadata is written.
        encoded = [pool.submit(encode_png, page, ATLAS_PNG_LEVEL) for page in pages]
        views = [_page_view(p, k) for k in range(len(stems))]
        view_props = [[props[i] for i, pl in enumerate(p.placements) if pl.page == k] for k in range(len(stems))]
        for stem, page, page_props in zip(stems, views, view_props):
            files.append(f"{stem}.png")
            others = tuple(o for o in stems if o != stem)
            for w in PAGE_WRITERS:
                if w.grid_only and not p.grid:
                    continue
                text = w.write(page, stem, f"{stem}.png", page_props, others)
                write_bytes_atomic(tmp / f"{stem}{w.suffix}", text.encode())
                files.append(f"{stem}{w.suffix}")
        for w in ATLAS_WRITERS:  # every page in one file: Godot's TileSet, Phaser's multiatlas
            if (w.grid_only and not p.grid) or (w.multi_only and len(stems) == 1):
                continue
            write_bytes_atomic(tmp / f"{name}{w.suffix}", w.write(views, stems, view_props).encode())
            files.append(f"{name}{w.suffix}")
        summary = {"name": name, "pages": [list(s) for s in p.pages], "grid": p.grid,
                   "sprites": len(sprites), "occupancy": round(occupancy(p), 4), "files": files,
                   "tiles": [{"name": pl.name, "page": pl.page, "rect": [pl.x, pl.y, pl.w, pl.h],
                              **{k: v for k, v in pr.items() if v is not None}}
                             for pl, pr in zip(p.placements, props)]}
        save_json(tmp / "atlas.json", summary, compact=len(sprites) > 2000)
        for stem, fut in zip(stems, encoded):
            write_bytes_atomic(tmp / f"{stem}.png", fut.result())
    return summary


def _page_view(p: Packing, k: int) -> Packing:
    """The placements of page k as a one-page Packing (page index 0)."""
    from dataclasses import replace
    pls = [replace(pl, page=0) for pl in p.placements if pl.page == k]
    return Packing([p.pages[k]], pls, p.grid)
