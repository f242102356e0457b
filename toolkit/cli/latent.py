"""Commands of the latent stage: interpolate, encode, variations, arithmetic."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import numpy as np
import typer

from ..progress import info, progress_bar
from .base import app


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
    from ..formats import check_output_dir
    from ..latent.tools import check_gif_options, interpolate, write_interpolation
    from ..pixelart.cleanup import check_palette
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
    from ..gan.folder import load_config
    from ..formats import check_output_dir
    from ..io import read_rgba
    from ..latent.encode import STEPS, check_options
    steps = STEPS if steps is None else steps
    check_options(steps=steps)
    meta = load_config(model)
    if klass is not None:
        from ..gan.folder import class_index
        class_index(meta.get("classes", []), klass, model)
    check_output_dir(out, overwrite)
    pal = _palette(palette)
    imgs = [read_rgba(p) for p in sprites]  # every file read before the model loads
    names = _unique_stems(sprites)
    from ..gan.folder import Generator
    from ..latent.encode import check_sprites, encode, write_encoded
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
    from ..formats import check_output_dir
    from ..gan.folder import Generator, load_config
    from ..io import read_rgba
    from ..latent.encode import STEPS, check_options, check_sprites
    from ..latent.variations import from_saved, variations, write_variations
    check_options("variations", n=n, spread=spread, tune_steps=tune_steps)
    load_config(model)
    check_output_dir(out, overwrite)
    pal = _palette(palette)
    gen = Generator(model)
    enc = from_saved(gen, sprite)  # a latent of generate's or encode's: no search needed
    image = enc.images[0] if enc is not None and sprite.suffix == ".npy" else read_rgba(sprite)
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
    from ..formats import check_output_dir
    from ..latent.tools import arithmetic, check_scale, write_arithmetic
    from ..pixelart.cleanup import check_palette
    check_scale(scale)  # options and the output before the model loads
    check_palette(palette)
    check_output_dir(out, overwrite)
    res = arithmetic(model, expression, klass=klass, palette=palette, run=run, keep_length=keep_length)
    write_arithmetic(res, out, scale, overwrite)
    info(f"{res['expression']}: wrote grid.png, result.png and result.npy to {out}")


def _palette(palette: Optional[str]):
    """--palette FILE|NAME read (one line if it is bad) before any model loads; None: none."""
    if palette is None:
        return None
    from ..pixelart.palette_files import read_palette
    return read_palette(palette)


def _fitted(images: np.ndarray, palette: np.ndarray) -> np.ndarray:
    """Sprites fitted to ``palette`` as ``recolor --to`` fits them."""
    from ..pixelart.recolor import to_palette
    return np.stack([to_palette(im, palette)[0] for im in images])
