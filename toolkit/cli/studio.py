"""Commands that pick and recolour what the stages made: studio, recolor."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import OptionError, SpriteforgeError
from ..progress import info, progress_bar
from .base import app


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
    from ..studio import Studio, serve, shipped_models
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
    from ..tiers import check_recolor, recolor
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
