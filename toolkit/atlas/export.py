"""The file writers: per atlas page Tiled TSX, TexturePacker JSON (hash), Godot 4 TileSet
.tres; per level Tiled TMX and TMJ.

All are plain text with stable ordering, so the same inputs give byte-identical files.
A page writer takes (the page as a one-page Packing, the page's file stem, its image
file, one props dict per tile) and returns the text; an atlas writer takes every page at
once. ``PAGE_WRITERS`` and ``ATLAS_WRITERS`` list them, so a new engine format is one
function and one entry.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable
from xml.sax.saxutils import quoteattr

import numpy as np

from .pack import Packing


def tsx(p: Packing, name: str, image: str, props: list[dict], others: tuple[str, ...] = ()) -> str:
    """Tiled tileset for page 0 of a packing.

    Uniform grid: one image with tilewidth/tileheight/margin/spacing/columns,
    tile ids in row-major order. Mixed sizes: an image-collection tileset
    whose tiles are sub-rectangles (x, y, width, height) of the atlas image
    (Tiled >= 1.9).
    """
    (pw, ph) = p.pages[0]
    on_page = [(i, pl) for i, pl in enumerate(p.placements) if pl.page == 0]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    if p.grid:
        g = p.grid
        lines.append(
            f'<tileset version="1.10" tiledversion="1.10.2" name={quoteattr(name)} '
            f'tilewidth="{g["tile_w"]}" tileheight="{g["tile_h"]}" spacing="{g["spacing"]}" '
            f'margin="{g["margin"]}" tilecount="{grid_cells(p)}" columns="{g["columns"]}">')
        lines.append(f' <image source={quoteattr(image)} width="{pw}" height="{ph}"/>')
        for tid, (i, pl) in enumerate(on_page):
            lines += _tile_props(tid, props[i])
    else:
        mw = max(pl.w for _, pl in on_page)
        mh = max(pl.h for _, pl in on_page)
        lines.append("<!-- tiles are sub-rectangles of one image: Tiled 1.9 or newer (1.8 draws the whole "
                     "image for each tile) -->")
        lines.append(
            f'<tileset version="1.10" tiledversion="1.10.2" name={quoteattr(name)} '
            f'tilewidth="{mw}" tileheight="{mh}" tilecount="{len(on_page)}" columns="0">')
        lines.append(' <grid orientation="orthogonal" width="1" height="1"/>')
        img = f'  <image source={quoteattr(image)} width="{pw}" height="{ph}"/>'
        for tid, (i, pl) in enumerate(on_page):
            lines += _tile_props(tid, props[i], image=img, x=pl.x, y=pl.y, w=pl.w, h=pl.h)
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"


def grid_cells(p: Packing) -> int:
    """Cells of page 0's grid as Tiled counts them from the image: columns x rows that fit
    (cells past the last sprite are empty tiles; a partial last row counts whole)."""
    g, (pw, ph) = p.grid, p.pages[0]
    cols = (pw - 2 * g["margin"] + g["spacing"]) // (g["tile_w"] + g["spacing"])
    rows = (ph - 2 * g["margin"] + g["spacing"]) // (g["tile_h"] + g["spacing"])
    return cols * rows


def _tile_props(tid: int, props: dict, image: str | None = None, **rect) -> list[str]:
    attrs = "".join(f' {k}="{v}"' for k, v in (("x", rect.get("x")), ("y", rect.get("y")),
                                                ("width", rect.get("w")), ("height", rect.get("h")))
                    if v is not None)
    cls = props.get("class")
    head = f' <tile id="{tid}"' + (f" type={quoteattr(cls)}" if cls else "") + attrs
    items = [(k, v) for k, v in sorted(props.items()) if v is not None]
    if not items and image is None:
        return [head + "/>"]
    out = [head + ">"]
    if items:
        out.append("  <properties>")
        for k, v in items:
            typ = ' type="int"' if isinstance(v, int) and not isinstance(v, bool) else ""
            out.append(f"   <property name={quoteattr(k)}{typ} value={quoteattr(str(v))}/>")
        out.append("  </properties>")
    if image is not None:
        out.append(image)
    out.append(" </tile>")
    return out


def texturepacker_json(p: Packing, name: str, image: str, props: list[dict],
                       others: tuple[str, ...] = ()) -> str:
    """TexturePacker 'JSON (Hash)' as Phaser 3 and PixiJS load it, for page 0. ``others``: the
    other pages' stems, listed as PixiJS's ``related_multi_packs`` so one load brings them all."""
    frames = {}
    for i, pl in enumerate(p.placements):
        if pl.page != 0:
            continue
        frames[pl.name] = {
            "frame": {"x": pl.x, "y": pl.y, "w": pl.w, "h": pl.h},
            "rotated": False, "trimmed": False,
            "spriteSourceSize": {"x": 0, "y": 0, "w": pl.w, "h": pl.h},
            "sourceSize": {"w": pl.w, "h": pl.h},
        }
        extra = {k: v for k, v in props[i].items() if v is not None}
        if extra:
            frames[pl.name]["data"] = extra  # ignored by loaders, handy for games
    w, h = p.pages[0]
    meta = {"app": "spriteforge", "version": "1.0", "image": image, "format": "RGBA8888",
            "size": {"w": w, "h": h}, "scale": "1"}
    if others:
        meta["related_multi_packs"] = [f"{o}.json" for o in others]
    # One frame per line, each through the C JSON encoder: readable, and ~5x
    # faster than indent=2 (pure Python) for atlases of 10,000 frames.
    body = ",\n".join(f" {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in frames.items())
    return '{"frames": {\n' + body + '\n},\n"meta": ' + json.dumps(meta, sort_keys=True) + "}\n"


def godot_tres(pages: list[Packing], stems: list[str], props: list[list[dict]]) -> str:
    """Godot 4 TileSet resource for a uniform-grid atlas: one TileSetAtlasSource per page
    (``sources/K`` reads ``STEM-K.png``), so a multi-page atlas is still one TileSet.
    ``pages``: one-page Packings. Each tile carries a custom data layer "source" with its
    input name, and "tier" when ``recolor`` gave it one."""
    g = pages[0].grid
    assert g is not None, "Godot TileSetAtlasSource needs a uniform grid"
    n = len(pages)
    tiers = any(pr.get("tier") for page in props for pr in page)
    lines = [f'[gd_resource type="TileSet" load_steps={2 * n + 1} format=3]', ""]
    ids = ["1_atlas"] if n == 1 else [f"{k + 1}_atlas" for k in range(n)]
    for stem, rid in zip(stems, ids):
        lines.append(f'[ext_resource type="Texture2D" path="res://{stem}.png" id="{rid}"]')
    for k, (p, rid) in enumerate(zip(pages, ids)):
        # Godot's atlas grid starts at `margins` and steps by region size + separation.
        lines += ["", f'[sub_resource type="TileSetAtlasSource" id="TileSetAtlasSource_{k + 1}"]',
                  f'texture = ExtResource("{rid}")',
                  f'margins = Vector2i({g["margin"]}, {g["margin"]})',
                  f'separation = Vector2i({g["spacing"]}, {g["spacing"]})',
                  f'texture_region_size = Vector2i({g["tile_w"]}, {g["tile_h"]})']
        for t, (pl, pr) in enumerate(zip((pp for pp in p.placements if pp.page == 0), props[k])):
            r, c = divmod(t, g["columns"])
            lines.append(f"{c}:{r}/0 = 0")
            lines.append(f"{c}:{r}/0/custom_data_0 = {json.dumps(pl.name)}")
            if tiers and pr.get("tier"):
                lines.append(f"{c}:{r}/0/custom_data_1 = {json.dumps(pr['tier'])}")
    lines += ["", "[resource]", f'tile_size = Vector2i({g["tile_w"]}, {g["tile_h"]})',
              'custom_data_layer_0/name = "source"', "custom_data_layer_0/type = 4"]
    if tiers:  # recolor's loot tiers: a second string layer
        lines += ['custom_data_layer_1/name = "tier"', "custom_data_layer_1/type = 4"]
    lines += [f'sources/{k} = SubResource("TileSetAtlasSource_{k + 1}")' for k in range(n)]
    return "\n".join(lines + [""])


def phaser_multiatlas(pages: list[Packing], stems: list[str], props: list[list[dict]]) -> str:
    """Phaser 3's multiatlas file (TexturePacker 'JSON Array' multipack): every page in one file,
    for ``this.load.multiatlas(key, 'NAME.multiatlas.json')``. ``pages``: one-page Packings."""
    textures = []
    for p, stem, pr in zip(pages, stems, props):
        frames = []
        for pl, extra in zip(p.placements, pr):
            f = {"filename": pl.name, "frame": {"x": pl.x, "y": pl.y, "w": pl.w, "h": pl.h},
                 "rotated": False, "trimmed": False,
                 "spriteSourceSize": {"x": 0, "y": 0, "w": pl.w, "h": pl.h},
                 "sourceSize": {"w": pl.w, "h": pl.h}}
            data = {k: v for k, v in extra.items() if v is not None}
            if data:
                f["data"] = data
            frames.append(f)
        w, h = p.pages[0]
        textures.append({"image": f"{stem}.png", "format": "RGBA8888", "size": {"w": w, "h": h},
                         "scale": 1, "frames": frames})
    meta = {"app": "spriteforge", "version": "1.0"}
    return json.dumps({"textures": textures, "meta": meta}, sort_keys=True) + "\n"


@dataclass(frozen=True)
class PageWriter:
    suffix: str       # file = STEM + suffix
    write: Callable   # (page, stem, image file, props, other pages' stems) -> text
    grid_only: bool = False  # only for uniform-grid atlases


@dataclass(frozen=True)
class AtlasWriter:
    suffix: str       # file = NAME + suffix, one for the whole atlas
    write: Callable   # (one-page Packings, stems, props per page) -> text
    grid_only: bool = False  # only for uniform-grid atlases
    multi_only: bool = False  # only when there are several pages


PAGE_WRITERS = (PageWriter(".json", texturepacker_json),
                PageWriter(".tsx", tsx))
ATLAS_WRITERS = (AtlasWriter(".tres", godot_tres, grid_only=True),
                 AtlasWriter(".multiatlas.json", phaser_multiatlas, multi_only=True))


# --------------------------------------------------------------------------- levels

@dataclass(frozen=True)
class Level:
    """A tile map on a one-page grid atlas: what the level writers and the preview draw."""
    gid: np.ndarray        # (h, w) int: Tiled gid (tile id + 1) per cell, 0 = empty
    objects: list[dict]    # tile objects: {"id", "gid", "name", "cx", "cy"} (cell of the object)
    tile_w: int
    tile_h: int
    tileset: str           # the TSX file, relative to the level file

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in cells."""
        return self.gid.shape[1], self.gid.shape[0]


def tmx(level: Level) -> str:
    """Tiled TMX: a CSV tile layer "dungeon" and an object group "items" of tile objects."""
    (w, h), tw, th, objects = level.size, level.tile_w, level.tile_h, level.objects
    csv = ",\n".join(",".join(str(v) for v in row) for row in level.gid)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" '
             f'width="{w}" height="{h}" tilewidth="{tw}" tileheight="{th}" infinite="0" '
             f'nextlayerid="3" nextobjectid="{len(objects) + 1}">',
             f' <tileset firstgid="1" source="{level.tileset}"/>',
             f' <layer id="1" name="dungeon" width="{w}" height="{h}">',
             '  <data encoding="csv">', csv, "</data>", " </layer>",
             ' <objectgroup id="2" name="items">']
    for o in objects:  # tile objects: (x, y) is the bottom-left corner
        lines.append(f'  <object id="{o["id"]}" name="{o["name"]}" gid="{o["gid"]}" x="{o["cx"] * tw}" '
                     f'y="{(o["cy"] + 1) * th}" width="{tw}" height="{th}"/>')
    lines += [" </objectgroup>", "</map>", ""]
    return "\n".join(lines)


def tmj(level: Level) -> str:
    """Tiled's JSON map format: the same map as ``tmx``."""
    (w, h), tw, th, objects = level.size, level.tile_w, level.tile_h, level.objects
    m = {"type": "map", "version": "1.10", "tiledversion": "1.10.2", "orientation": "orthogonal",
         "renderorder": "right-down", "width": w, "height": h, "tilewidth": tw, "tileheight": th,
         "infinite": False, "nextlayerid": 3, "nextobjectid": len(objects) + 1,
         "tilesets": [{"firstgid": 1, "source": level.tileset}],
         "layers": [
             {"id": 1, "name": "dungeon", "type": "tilelayer", "width": w, "height": h, "x": 0, "y": 0,
              "opacity": 1, "visible": True, "data": [int(v) for v in level.gid.ravel()]},
             {"id": 2, "name": "items", "type": "objectgroup", "draworder": "topdown", "x": 0, "y": 0,
              "opacity": 1, "visible": True,
              "objects": [{"id": o["id"], "name": o["name"], "type": "", "gid": o["gid"],
                           "x": o["cx"] * tw, "y": (o["cy"] + 1) * th, "width": tw, "height": th,
                           "rotation": 0, "visible": True} for o in objects]}]}
    return json.dumps(m, indent=1) + "\n"


LEVEL_WRITERS = ((".tmx", tmx), (".tmj", tmj))
