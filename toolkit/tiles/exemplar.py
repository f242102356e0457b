"""Exemplar tiles by family: which quilting recipe keeps each material whole, and new
tiles that are not shifted copies of the exemplars.

Arrays: tiles (N, S, S, 4) uint8 RGBA that repeat edge to edge.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..gan.metrics import shift_copy_threshold, shift_nn_distance
from .quilt import check_exemplars, quilt

SHARED = 0.9         # layout_share from which a material's blocks stay in place
FIT_TRIES = 8        # tiles quilted per recipe when fitting
MAX_COPIES = 0.25    # a recipe drawing more shifted copies than this is not chosen
MAX_ROUNDS = 20      # redraws of a tile that is a shifted copy; the last is kept


@dataclass(frozen=True)
class Recipe:
    """How one material is quilted: ``step`` (block spacing, px), ``aligned`` (blocks
    from the same place in the exemplars)."""
    step: int
    aligned: bool

    def scaled(self, size: int) -> "Recipe":
        """The recipe for tiles of ``size`` px (steps are given for 32 px tiles)."""
        return Recipe(max(2, int(round(self.step * size / 32))), self.aligned)


def layout_share(exemplars: np.ndarray) -> float:
    """How much a material's exemplars share one layout (slab borders, squares, sigils in
    the same places): the median over pairs of exemplars of their edge maps' correlation
    with no shift over its best over every circular shift. ~1: shared layout; near 0 or
    below: free texture (lava, sand), where any shift fits as well."""
    from ..image import composite
    if len(exemplars) < 2:
        return 0.0
    lum = composite(exemplars).astype(np.float64).mean(-1)
    g = np.abs(np.roll(lum, 1, 1) - lum) + np.abs(np.roll(lum, 1, 2) - lum)
    f = np.fft.rfft2(g - g.mean((1, 2), keepdims=True))
    i, j = np.nonzero(~np.eye(len(g), dtype=bool))
    c = np.fft.irfft2(f[i] * np.conj(f[j]), s=g.shape[1:]).reshape(len(i), -1)
    return float(np.median(c[:, 0] / np.maximum(c.max(1), 1e-9)))


def fit_recipe(exemplars: np.ndarray, threshold: float, seed: int = 0) -> tuple[Recipe, dict]:
    """The recipe for one material: blocks from the same place (8 px) where its exemplars
    share a layout (``layout_share`` >= SHARED), else 16 px blocks from anywhere; the next
    where the first draws more than MAX_COPIES shifted copies (nearer an
    exemplar's shift than ``threshold``) in FIT_TRIES tiles.
    -> (recipe, {"layout": share, "copies": share of copies of the recipe kept})."""
    ex = check_exemplars(exemplars)
    share = layout_share(ex)
    order = [Recipe(8, True), Recipe(16, False), Recipe(8, False)] if share >= SHARED else \
        [Recipe(16, False), Recipe(8, False)]
    rng = np.random.default_rng(seed)
    tried = []
    for r in order:
        t = np.stack([quilt(ex, rng, r.scaled(ex.shape[1]).step, r.aligned) for _ in range(FIT_TRIES)])
        copies = float(np.mean(shift_nn_distance(t, ex)[0] < threshold))
        tried.append((copies, r))
        if copies <= MAX_COPIES:
            break
    copies, best = min(tried, key=lambda cr: cr[0]) if tried[-1][0] > MAX_COPIES else tried[-1]
    return best, {"layout": round(share, 3), "copies": copies}


def new_tiles(exemplars: np.ndarray, n: int, seed, recipe: Recipe, threshold: float | None,
              max_rounds: int = MAX_ROUNDS) -> tuple[np.ndarray, int]:
    """``n`` new tiles of one material: (n, S, S, 4) uint8 and how many were redrawn for
    being shifted copies (nearer a shift of an exemplar than ``threshold``; None: no check).
    Tile i is drawn from its own seeded stream ([seed, i]), so it does not depend on n."""
    ex = check_exemplars(exemplars)
    r = recipe.scaled(ex.shape[1])
    out, redrawn = [], 0
    for i in range(n):
        rng = np.random.default_rng(list(np.atleast_1d(seed)) + [i])
        for t in range(max_rounds + 1):
            tile = quilt(ex, rng, r.step, r.aligned)
            if threshold is None or t == max_rounds or shift_nn_distance(tile[None], ex)[0][0] >= threshold:
                break
            redrawn += 1
        out.append(tile)
    return np.stack(out) if out else np.zeros((0,) + ex.shape[1:], np.uint8), redrawn


def copy_threshold(tiles: np.ndarray) -> float:
    """The shift-copy threshold of a set of tiles: the real-to-real 5th percentile, or for
    a single tile a twentieth of its own colour spread (no second tile to measure by)."""
    if len(tiles) >= 2:
        return shift_copy_threshold(tiles)
    from ..image import composite
    return float(composite(tiles).std()) / 20
