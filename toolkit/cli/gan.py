"""Commands of the gan stage: train, generate, tiles, evaluate, export."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import OptionError
from ..progress import info, progress_bar
from .base import app


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
    from ..data import check_label_options, training_data
    from ..formats import check_writable
    from ..gan.config import check_train_options, plan_training
    from ..gan.train import check_space, train_plan
    check_label_options(conditional, classes, families, clusters)
    opts = dict(steps=steps, minutes=minutes, batch_size=batch_size, sample_every=sample_every,
                checkpoint_every=checkpoint_every, clusters=clusters, class_loss=class_loss, plain=plain)
    check_train_options(**opts, labelled=conditional or families, seed=seed)  # before any data loads
    check_writable(out)
    check_space(out)
    td = training_data(data, on_size, conditional=conditional, classes=classes, families=families)
    if td.unmapped:
        info(f"{len(td.unmapped)} tile(s) have no class and are left out: "
             f"{', '.join(td.unmapped[:8])}{' ...' if len(td.unmapped) > 8 else ''}")
    images, labels, names, tile_names = td.images, td.labels, td.classes, td.names
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
        from ..tiles import fit_tiles
        from ..sheets.classes import family_labels
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
                                     "unless its most similar training sprite is of its class and a "
                                     "probe of the classes reads it as that class as surely as 4 in 5 "
                                     "training sprites."),
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
    from ..gan.output import write_generated
    from ..gan.sample import check_generate, generate_batches
    from ..formats import check_output_dir
    from ..pixelart.cleanup import check_palette, shared_palette
    from ..tiles import uses_tiles
    quilted = uses_tiles(model, method)
    if quilted:
        from ..tiles.model import check_tile_generate, tile_stream
        tiles = check_tile_generate(model, n, klass or None, palette, truncation)
    else:
        check_generate(model, n, klass or None, truncation)  # every option and the output before the model loads
        check_palette(palette)
    shared = shared_palette(palette) if indexed else None
    if tier_colors and not tiers:
        raise OptionError("tier_colors", "goes with --tiers")
    if tiers:
        from ..tiers import check_recolor
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
        from ..tiers import recolor
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
    from ..gan.output import write_generated
    from ..formats import check_output_dir
    from ..tiles.model import check_variants, load_exemplars, variant_stream
    recipe = check_variants(variants, block)
    ex = load_exemplars(source)
    check_output_dir(out, overwrite)
    with progress_bar(variants, "quilting") as adv:
        stream, used = variant_stream(ex, variants, seed, recipe)
        meta = write_generated(stream, out, seed=seed, overwrite=overwrite, progress=adv, tileable=True,
                               prefix="variant")
    info(f"wrote {variants} variants of {source} ({'aligned' if used.aligned else used.step} px blocks), "
         f"tiled.png and preview.png to {out}; redrew {meta['replaced_by_novelty_filter']} shifted copies")


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
    memorisation, alpha binarity, the pixel-art scorecard, the path-length proxy (slerp
    vs lerp) and, for a conditional model, per-class accuracy under a classifier
    fitted on the real sprites. Coverage again in a held-out space nothing selects with,
    and readability (how many sprites a probe of the real classes reads as surely as real
    ones), each beside a real half scored the same way."""
    from ..evaluate import evaluate
    from ..formats import save_json
    from ..gan.sample import check_truncation
    check_truncation(truncation)
    from ..pixelart.stats import format_scorecard
    from ..gan.folder import load_config
    from ..formats import check_output_file
    from ..tiles import uses_tiles
    uses_tiles(model, method)  # checked before the slow work, as are the model and the output
    load_config(model)
    if json_out:
        check_output_file(json_out, overwrite, ".json", "json_out")
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
        if k in ("probe_cv_accuracy_real_per_class", "readability_per_class", "readability_real_per_class"):
            continue
        for kk, vv in (v.items() if isinstance(v, dict) else [(None, v)]):
            key = f"{k}[{kk}]" if kk else k
            print(f"{key:34s} {vv:.5g}" if isinstance(vv, float) else f"{key:34s} {vv}")
    print("\ncoverage          precision (real half)   recall (real half)")
    for space, pre in (("VGG16", ""), ("held-out", "held_out_")):
        print(f"{space:16s} {m[pre + 'precision']:6.2f} ({m[pre + 'real_half_precision']:.2f})"
              f"          {m[pre + 'recall']:6.2f} ({m[pre + 'real_half_recall']:.2f})")
    if "readability" in m:
        print(f"readability      {m['readability']:6.0%} (real sprites {m['readability_real']:.0%})")
        for c, v in m.get("readability_per_class", {}).items():  # class models: each beside its real sprites
            print(f"  {c:14s} {v:6.0%} (real {m['readability_real_per_class'][c]:.0%})")
    if "pixel_art" in m:  # a sprite's median step, held against the real sprites' middle half
        c = m["pixel_art"]["colour_step"]
        where = "inside" if c["real_p25"] <= c["fake_median"] <= c["real_p75"] else "outside"
        print(f"colour step      {c['fake_median']:6.1f} (real median {c['real_median']:.1f}, "
              f"{where} the real IQR {c['real_p25']:.1f}-{c['real_p75']:.1f})")
    if json_out:
        save_json(json_out, m)


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
    from ..gan.export import check_export, export_model
    from ..formats import check_output_dir
    check_export(model, fmt)  # options and the output before TensorFlow loads
    check_output_dir(out, overwrite)
    meta = export_model(model, out, fmt=fmt, overwrite=overwrite, report=info)
    info(f"wrote generator.onnx ({meta['bytes'] / 1e6:.1f} MB with its files), generator.json, "
         f"style.npz and style.json to {out}")
