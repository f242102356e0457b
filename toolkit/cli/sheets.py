"""Commands of the sheets stage: slice, contact, datasets, classes."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import SpriteforgeError
from ..progress import info, progress_bar
from .base import _int_option, app


@app.command("slice")
def slice_cmd(
    sheets: List[Path] = typer.Argument(..., help="Sheet image(s) to cut.", show_default=False),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the tiles and manifest.json."),
    tile: Optional[str] = typer.Option(None, help="Tile size in sheet pixels: 32 or 32x48. "
                                       "Detected when left out."),
    margin: Optional[int] = typer.Option(None, help="Pixels around the grid (with --tile; default 0)."),
    spacing: Optional[int] = typer.Option(None, help="Pixels between tiles (with --tile; default 0)."),
    scale: str = typer.Option("auto", help="Integer upscale of the sheet: 'auto' detects it and "
                              "slices at native size; 1 keeps sheet pixels."),
    keep_empty: bool = typer.Option(False, help="Keep fully transparent / single-colour tiles."),
    keep_duplicates: bool = typer.Option(False, help="Keep exact duplicate tiles."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Cut sheets into tiles (named by row/column) plus a manifest.

    With no --tile, finds tile size, margin and spacing from gutters and from
    the period of the image, and integer upscaling (2x, 3x ...), and says what
    it found. Empty tiles and exact duplicates are dropped and counted.
    """
    from ..sheets import parse_size, slice_files
    sc: int | str = scale if scale == "auto" else _int_option("--scale", scale)
    with progress_bar(None, "writing tiles") as adv:
        man = slice_files(sheets, out, tile=parse_size(tile), margin=margin, spacing=spacing, scale=sc,
                          keep_empty=keep_empty, dedupe=not keep_duplicates, overwrite=overwrite,
                          progress=adv, report=info)
    info(f"wrote {len(man['tiles'])} tiles and manifest.json to {out}")


@app.command("contact")
def contact_cmd(
    source: str = typer.Argument(..., help="Folder of tiles, a sheet, or a shipped dataset name."),
    out: Path = typer.Option(..., "--out", "-o", help="PNG to write."),
    cols: Optional[int] = typer.Option(None, help="Tiles per row (default: square)."),
    scale: int = typer.Option(2, help="Nearest-neighbour enlargement."),
    limit: int = typer.Option(256, help="At most this many tiles."),
    on_size: Optional[str] = typer.Option(None, help="Tiles of another size: reject (default for "
                                          "folders), skip or fit."),
    overwrite: bool = typer.Option(False, help="Replace an existing --out file."),
):
    """Write a contact sheet (a grid picture) of a tile set."""
    from ..data import load_data
    from ..formats import check_output_file
    from ..io import save_png
    from ..sheets import contact_sheet
    if scale < 1 or limit < 1:
        raise SpriteforgeError("--scale and --limit must be >= 1")
    if cols is not None and cols < 1:
        raise SpriteforgeError(f"--cols must be >= 1, got {cols}")
    check_output_file(out, overwrite, ".png")
    ts = load_data(source, on_size)
    save_png(out, contact_sheet(ts.images[:limit], cols, scale))
    info(f"wrote {min(limit, len(ts))} of {len(ts)} tiles ({ts.size[0]}x{ts.size[1]}) to {out}")


@app.command("datasets")
def datasets_cmd():
    """List the shipped datasets."""
    from ..data import DATASETS, load_data
    for name in DATASETS:
        ts = load_data(name)
        print(f"{name:14s} {len(ts):5d} tiles {ts.size[0]}x{ts.size[1]}  (excluded {len(ts.excluded)})")


@app.command("classes")
def classes_cmd(
    data: str = typer.Argument(..., help="A shipped dataset name or a tile folder."),
    classes: Optional[Path] = typer.Option(None, help="Mapping file (default: the folder's "
                                           "CLASSES.txt)."),
    on_size: Optional[str] = typer.Option(None, help="Tiles of another size: reject, skip or fit."),
):
    """Show the class labels a mapping gives a tile set, and list the tiles it leaves unlabelled."""
    import numpy as np
    from ..data import labelled, load_data
    ts = load_data(data, on_size)
    lab = labelled(data, ts, classes)
    counts = np.bincount(lab.labels, minlength=len(lab.classes))
    for name, c in zip(lab.classes, counts):
        print(f"{name:12s} {c:5d}")
    print(f"{'(unmapped)':12s} {len(lab.unmapped):5d}")
    for n in lab.unmapped:
        print(f"  unmapped: {n}")
