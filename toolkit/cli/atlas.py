"""Commands of the atlas stage: atlas, level."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import OptionError, SpriteforgeError
from ..progress import info, progress_bar
from .base import app


@app.command("atlas")
def atlas_cmd(
    inputs: List[str] = typer.Argument(..., help="[CLASS=]PATH: folders of PNGs (generated sprites, "
                                       "sliced tiles, frames) or PNG files. CLASS defaults to the "
                                       "folder name.", show_default=False),
    out: Path = typer.Option(..., "--out", "-o", help="Atlas folder, e.g. tilesets/dungeon."),
    name: Optional[str] = typer.Option(None, help="File stem (default: the --out folder name)."),
    padding: int = typer.Option(0, help="Pixels between sprites and around the page."),
    extrude: int = typer.Option(0, help="Copy edge pixels this far into the padding (no bleeding)."),
    pot: bool = typer.Option(False, help="Power-of-two page sizes."),
    max_size: int = typer.Option(4096, help="Largest page side; more pages when needed."),
    sort: str = typer.Option("name", help="Order: name, size or hash."),
    prefix: bool = typer.Option(False, help="Name sprites CLASS_NAME (same file names in "
                                "different inputs)."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Pack sprites into atlas pages with Tiled .tsx, TexturePacker .json (Phaser, PixiJS)
    and Godot 4 .tres (uniform grids) beside each page."""
    from ..atlas import build_atlas
    with progress_bar(None, "reading sprites") as adv:
        s = build_atlas(inputs, out, name=name, padding=padding, extrude=extrude, pot=pot,
                        max_size=max_size, sort=sort, overwrite=overwrite, prefix=prefix, report=info,
                        progress=adv)
    kind = "uniform grid" if s["grid"] else "MaxRects"
    info(f"packed {s['sprites']} sprites ({kind}) into {len(s['pages'])} page(s) "
         f"{', '.join(f'{w}x{h}' for w, h in s['pages'])}, occupancy {s['occupancy']:.1%}: {out}")


@app.command("level")
def level_cmd(
    tileset: Optional[Path] = typer.Argument(None, help="Atlas folder with floor* and wall* classes "
                                             "(or give --floors and --walls)."),
    out: Path = typer.Option(..., "--out", "-o", help="Level file (.tmx); .tmj and .png go beside it."),
    size: str = typer.Option("40x30", help="Width x height in tiles."),
    seed: int = typer.Option(3, help="Same seed, same level."),
    items: int = typer.Option(6, help="Sprites of other classes placed as objects."),
    floors: Optional[Path] = typer.Option(None, help="A trained floor model (train --tileable): "
                                          "the level's floors are new tiles from it."),
    walls: Optional[Path] = typer.Option(None, help="A trained wall model, likewise."),
    weapons: Optional[Path] = typer.Option(None, help="With --floors/--walls: a model whose new "
                                           "sprites lie on the floors."),
    overwrite: bool = typer.Option(False, help="Replace an existing level (and its -tiles folder)."),
):
    """Write a sample dungeon as Tiled TMX/TMJ plus a PNG preview. With --floors and --walls it is
    built from new art: their tiles (and --weapons' sprites) are generated into an atlas,
    OUT's name + "-tiles", beside the level."""
    from ..atlas import make_level
    from ..sheets import parse_size
    wh = parse_size(size, "--size")
    if floors or walls or weapons:
        if not (floors and walls):
            raise OptionError("floors", "and --walls go together: give both")
        if tileset is not None:
            raise SpriteforgeError("give an atlas folder or --floors/--walls, not both")
        from ..atlas.level import check_level, generated_tileset
        tiles_dir = Path(out).parent / f"{Path(out).stem}-tiles"
        check_level(out, wh, items, overwrite, tiles_dir)  # before any tile is generated: no half-made level
        _check_tile_sizes(floors, walls)
        made = [p for p in (Path(out).parent, tiles_dir) if not p.exists()]
        try:
            tileset = generated_tileset(out, floors, walls, weapons, seed, report=info)
            r = make_level(tileset, out, wh, seed=seed, items=items, overwrite=overwrite)
        except BaseException:  # a failed or interrupted run leaves no half-made folders behind
            import shutil
            for p in reversed(made):
                shutil.rmtree(p, ignore_errors=True)
            raise
    elif tileset is None:
        raise SpriteforgeError("give an atlas folder, or --floors and --walls")
    else:
        r = make_level(tileset, out, wh, seed=seed, items=items, overwrite=overwrite)
    info(f"level {r['size'][0]}x{r['size'][1]}: {r['rooms']} rooms, {r['objects']} objects -> "
         f"{', '.join(r['files'])}")
    if r["objects"] < items:
        info(f"placed {r['objects']} of the {items} items asked: one per room at most")


def _check_tile_sizes(floors: Path, walls: Path) -> None:
    """Floors and walls of one level must be one tile size: checked before any is drawn."""
    from ..gan.folder import load_config
    sizes = {m: load_config(m)["config"].size for m in (floors, walls)}
    if sizes[floors] != sizes[walls]:
        raise SpriteforgeError(f"--floors draws {sizes[floors]} px tiles and --walls {sizes[walls]} px: "
                               f"a level needs one tile size")
