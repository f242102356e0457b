"""A model folder's exemplar recipe (``tiles.json``) and new tiles from it.

    OUT/tiles.json   {"format": "spriteforge-tiles-1", "method": "quilt", "families": [...],
                      "family_of": [family index per tile of train.npz], "recipes": [...],
                      "copy_threshold": float}

``train --tileable`` writes it beside the GAN (``fit_tiles``), so a floor or wall model draws
its tiles by quilting the training tiles of one material; ``generate --method gan`` still
draws from the generator. Tiles come in the order ``generate`` writes them: tile i of
family ``families[i]`` from the seeded stream [seed, i].
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from .. import seeds
from ..errors import OptionError, SpriteforgeError
from ..formats import save_json
from .exemplar import MAX_ROUNDS, Recipe, copy_threshold, fit_recipe, new_tiles
from .quilt import check_exemplars

TILES_FILE = "tiles.json"
FORMAT = "spriteforge-tiles-1"
METHODS = ("auto", "quilt", "gan")


def fit_tiles(images: np.ndarray, names: list[str], out: str | os.PathLike | None = None, *,
              seed: int = 0, progress: Callable[[int], None] | None = None) -> dict:
    """Fit a recipe per material family (``sheets.classes.family`` of each name; a name of
    its own is a family of one) to (N, S, S, 4) uint8 ``images``; write OUT/tiles.json when
    ``out`` is given. ``progress(1)`` per family. -> tiles.json's content."""
    from ..sheets.classes import family_labels
    images = check_exemplars(images, "tiles")
    if len(names) != len(images):
        raise ValueError("one name per image")
    labels, fams = family_labels(names, min_tiles=1)
    thr = copy_threshold(images)
    recipes = []
    for f in range(len(fams)):
        r, scores = fit_recipe(images[labels == f], thr, seed)
        recipes.append({"step": r.step, "aligned": r.aligned, **scores})
        if progress:
            progress(1)
    meta = {"format": FORMAT, "method": "quilt", "families": fams, "family_of": labels.tolist(),
            "recipes": recipes, "copy_threshold": thr}
    if out is not None:
        save_json(Path(out) / TILES_FILE, meta)
    return meta


def has_tiles(model_dir: str | os.PathLike) -> bool:
    return (Path(model_dir) / TILES_FILE).is_file()


def uses_tiles(model_dir: str | os.PathLike, method: str = "auto") -> bool:
    """Whether ``generate --method METHOD`` draws ``model_dir``'s tiles by quilting."""
    if method not in METHODS:
        raise OptionError("method", f"must be one of {', '.join(METHODS)}, got {method!r}")
    if method == "quilt" and not has_tiles(model_dir):
        raise SpriteforgeError(f"{model_dir}: no {TILES_FILE} (quilting recipe): train it with {{tileable}} "
                               f"or use {{method}} gan")
    return method == "quilt" or (method == "auto" and has_tiles(model_dir))


@dataclass(frozen=True)
class TileBatch:
    images: np.ndarray      # (B, S, S, 4) uint8
    families: np.ndarray    # (B,) family index per tile
    redrawn: int            # shifted copies redrawn in the batch


class TileModel:
    """A model folder's quilting recipe and exemplars: ``TileModel(dir).draw(n, seed)``."""

    def __init__(self, model_dir: str | os.PathLike):
        self.dir = Path(model_dir)
        f = self.dir / TILES_FILE
        if not f.is_file():
            raise SpriteforgeError(f"{self.dir}: no {TILES_FILE} (not an exemplar tile model)")
        try:
            meta = json.loads(f.read_text())
            if meta.get("format") != FORMAT:
                raise ValueError(f"format {meta.get('format')!r}")
            self.families: list[str] = list(meta["families"])
            self.family_of = np.asarray(meta["family_of"], np.int64)
            self.recipes = [Recipe(int(r["step"]), bool(r["aligned"])) for r in meta["recipes"]]
            self.threshold = float(meta["copy_threshold"])
            if len(self.recipes) != len(self.families):
                raise ValueError("one recipe per family")
        except (ValueError, KeyError, TypeError) as e:
            raise SpriteforgeError(f"{f}: not a valid {TILES_FILE} ({e})") from None
        try:
            with np.load(self.dir / "train.npz") as z:
                self.images = z["images"]
        except (OSError, ValueError, KeyError) as e:
            raise SpriteforgeError(f"{self.dir / 'train.npz'}: cannot read the tiles ({e})") from None
        if len(self.images) != len(self.family_of) or self.family_of.max(initial=-1) >= len(self.families):
            raise SpriteforgeError(f"{f}: does not match train.npz ({len(self.family_of)} families "
                                   f"for {len(self.images)} tiles)")
        self.meta = meta

    def family_index(self, name: str) -> int:
        if name not in self.families:
            raise SpriteforgeError(f"unknown family {name!r}; this model has: {', '.join(self.families)}")
        return self.families.index(name)

    def default_families(self, n: int, seed: int) -> np.ndarray:
        """(n,) the family of each tile when none is asked for: a seeded draw in proportion
        to the families' sizes, as the training set has them."""
        return np.random.default_rng([seed, seeds.CLUSTER_DRAW]).choice(self.family_of, n)

    def batches(self, n: int, seed: int, families: np.ndarray | None = None, novelty: bool = True,
                batch: int = 64, max_rounds: int = MAX_ROUNDS) -> Iterator[TileBatch]:
        """``n`` new tiles, ``batch`` at a time. ``families`` (n,) indices (default
        ``default_families``); ``novelty``: a tile nearer a shift of a training tile than
        the copy threshold is redrawn (up to ``max_rounds`` times)."""
        fam = self.default_families(n, seed) if families is None else np.asarray(families)
        for lo in range(0, n, batch):
            rows = np.arange(lo, min(lo + batch, n))
            out, redrawn = np.zeros((len(rows),) + self.images.shape[1:], np.uint8), 0
            for f in np.unique(fam[rows]):
                sel = rows[fam[rows] == f]
                ex = self.images[self.family_of == f]
                for i in sel:  # stream [seed, i]: a tile's bytes do not depend on n or batch
                    t, r = new_tiles(ex, 1, [seed, seeds.TILES, int(i)], self.recipes[f],
                                     self.threshold if novelty else None, max_rounds)
                    out[i - lo], redrawn = t[0], redrawn + r
            yield TileBatch(out, fam[rows], redrawn)

    def draw(self, n: int, seed: int, families: np.ndarray | None = None, novelty: bool = True) -> TileBatch:
        parts = list(self.batches(n, seed, families, novelty))
        return TileBatch(np.concatenate([p.images for p in parts]), np.concatenate([p.families for p in parts]),
                         sum(p.redrawn for p in parts))


def check_tile_generate(model_dir, n: int, families: list[str] | None, palette: str = "training",
                        truncation: float = 1.0) -> "TileModel":
    """``generate``'s checks for a quilted model, before any tile is drawn; -> the model."""
    from ..limits import check_numbers
    check_numbers("generate", {"n": n})
    if palette not in ("training", "none"):
        raise OptionError("palette", "does not apply to quilted tiles (they keep the exemplars' own "
                          "pixels); with method gan the generator's tiles are snapped to it")
    if truncation != 1:
        raise OptionError("truncation", "applies to the generator's latents; quilted tiles have none "
                          "(use method gan)")
    model = TileModel(model_dir)
    for f in families or []:
        model.family_index(f)
    return model


def tile_stream(model: "TileModel", n: int, seed: int, families: list[str] | None = None,
                novelty: bool = True, batch: int = 64):
    """``generate``'s ``Stream`` for a quilted model: tiles of ``families`` (names, in turn;
    default drawn by size), shifted copies redrawn when ``novelty``; no latents."""
    from ..gan.sample import Batch, Stream
    fam = None
    if families:
        idx = np.array([model.family_index(f) for f in families])
        fam = idx[np.arange(n) % len(idx)]
    batches = (Batch(b.images, None, b.families.astype(np.int32), b.redrawn)
               for b in model.batches(n, seed, fam, novelty, batch))
    return Stream(n, model.families, model.threshold if novelty else None, batches, method="quilt")


MAX_VARIANTS = 10_000   # tiles --variants: a bound on what one call writes
MAX_TILE = 256          # tiles: the largest exemplar side, px


def load_exemplars(source: str | os.PathLike) -> np.ndarray:
    """A user's tile (a PNG) or material (a folder of same-size PNGs) as (M, S, S, 4) uint8,
    checked (``check_exemplars``): SpriteforgeError naming the input otherwise."""
    from ..io import read_rgba
    from ..sheets.load import load_tiles
    p = Path(source)
    if p.is_dir():
        ex = load_tiles(p).images
    else:
        ex = read_rgba(p)[None]
    if ex.ndim == 4 and max(ex.shape[1:3]) > MAX_TILE:
        raise SpriteforgeError(f"{p}: tiles up to {MAX_TILE}x{MAX_TILE} px, got {ex.shape[2]}x{ex.shape[1]}")
    return check_exemplars(ex, str(p))


def check_variants(n: int, block: str) -> Recipe | None:
    """``tiles``' options, before any work: -> the recipe ``block`` names (None: auto)."""
    if not 1 <= n <= MAX_VARIANTS:
        raise OptionError("variants", f"must be 1..{MAX_VARIANTS}, got {n}")
    recipes = {"auto": None, "8": Recipe(8, False), "16": Recipe(16, False), "aligned": Recipe(8, True)}
    if block not in recipes:
        raise OptionError("block", f"must be one of {', '.join(recipes)}, got {block!r}")
    return recipes[block]


def variant_stream(exemplars: np.ndarray, n: int, seed: int, recipe: Recipe | None = None,
                   novelty: bool = True, batch: int = 16):
    """Seamless variants of one material, for ``gan.output.write_generated``: -> (Stream,
    the recipe used). ``recipe`` None fits one (``fit_recipe``); tile i comes from the
    stream [seed, TILES, i] and is redrawn while it is a shifted copy of an exemplar."""
    from ..gan.sample import Batch, Stream
    ex = check_exemplars(exemplars)
    thr = copy_threshold(ex)
    if recipe is None:
        recipe, _ = fit_recipe(ex, thr, seed)

    def batches():
        for lo in range(0, n, batch):
            tiles, redrawn = [], 0
            for i in range(lo, min(lo + batch, n)):
                t, r = new_tiles(ex, 1, [seed, seeds.TILES, i], recipe, thr if novelty else None)
                tiles.append(t[0])
                redrawn += r
            yield Batch(np.stack(tiles), None, None, redrawn)
    return Stream(n, [], thr if novelty else None, batches(), method="quilt"), recipe
