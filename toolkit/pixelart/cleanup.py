"""Pixel-art clean-up of generated sprites, fitted to a training set.

A generator's raw RGBA is continuous: every pixel a slightly different colour,
alpha anywhere in 0..255. ``SpriteStyle.fit(train)`` learns what the set uses and
``SpriteStyle.clean(raw)`` puts a sprite on it, in named steps (``STEPS``; the functions
are in ``steps.py``, and ``examples/loot/loot.js`` runs the same list):

alpha: alpha snapped to the set's alpha values (a binary set stays binary; a set with
   soft shadows keeps them, on its own levels, each value to its most probable level
   given how often the set uses each: ``alpha_table``); solid means alpha >= 128;
specks: solid specks dropped: 8-connected solid parts smaller than MIN_ISLAND pixels
   and than ISLAND_SHARE of the sprite's largest part (hand-made sprites are one
   piece; stray specks are a GAN's); and beyond the most parts any of its
   NEIGHBOURS nearest training sprites has, parts under ISLAND_SHARE of the largest
   whatever their size (floating fragments);
hues, choose, map: per-sprite colours: K = the median colour count of the sprite's NEIGHBOURS
   nearest training sprites (pixel layout), K colours chosen from the set's
   palette by k-means in Lab (L* weighted x2), each pixel mapped to the nearest;
   Before the choice, hue families (not for texture sets): the sprite's chromatic
   pixels (C* > HUE_CHROMA) are pulled within HUE_WIDTH degrees of its main hue, or of
   a second one that holds HUE_SHARE of its chroma; L* and C* are kept (hand-made
   sprites use one or two hues, a generator's drift across the rainbow);
despeckle: a solid pixel whose colour matches none of its 4-neighbours takes
   the colour most of them share, where its own is within DESPECKLE Lab units of
   it (noise); a farther one is a deliberate highlight and stays;
outline: where the sprite's dark-outline share (``stats.dark_outline``) is below
   the lowest of its NEIGHBOURS nearest training sprites', the silhouette pixels
   that border a transparent one and are nearest to dark (by luma) each take the
   nearest of the sprite's colours that is dark enough (one a 4-neighbour has, if
   any), until it reaches that share (real sprites are left almost as they are). A texture style
   (``dither`` > 0; a tileable run picks it by FD: the shipped floors have it, the
   walls not) instead maps by error diffusion, so the grain the set draws with single
   pixels comes back where the generator's output is smooth, and draws no outline;
see_through: see-through pixels (0 < alpha < 128: shadows, soft edges) take the nearest
   colour of those the set uses there; transparent pixels are (0, 0, 0, 0).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..kmeans import nearest, sq_distances
from .palette import INDEX_FROM, PaletteIndex, choose_lab, sheet_palette, to_lab
from .palette_files import read_palette
from .stats import HUE_CHROMA, OUTLINE_MARGIN, colours as colour_counts, dark_outline, islands as island_counts, luma
from .steps import (DESPECKLE, DITHER, HUE_BINS, HUE_FAMILIES, HUE_SHARE, HUE_WIDTH, ISLAND_SHARE, LIGHTNESS,
                    MIN_ISLAND, NEIGHBOURS, alpha_shares, alpha_table, alpha_values, close_outline, despeckle,
                    diffuse, drop_specks, hue_families, layout_features, smooth_chroma, snap_alpha)


STEPS = ("alpha", "specks", "hues", "choose", "map", "despeckle", "outline", "see_through")  # clean()'s order


@dataclass
class SpriteStyle:
    """What a training set's sprites use: solid palette, see-through palette, alpha
    values, and each sprite's colour count beside its layout (for K)."""
    palette: np.ndarray        # (P, 3) uint8, solid colours, most used first
    see_through: np.ndarray    # (S, 3) uint8, colours of 0 < alpha < 128 pixels (may be empty)
    alphas: np.ndarray         # (L,) uint8, ascending, with 0 and 255
    layout: np.ndarray         # (N, D) float32 layout features of the set
    counts: np.ndarray         # (N,) colours per training sprite
    chroma_sigma: float = 0.0  # no a*, b* blur for generated sprites: it greyed them
    dither: float = 0.0        # error diffusion in place of despeckle (texture sets); 0 = off
    outlines: np.ndarray | None = None  # (N,) dark-outline share per training sprite; None: no outline step
    islands: np.ndarray | None = None   # (N,) solid parts per training sprite; None: no parts limit
    hues: int = 0              # hue families a sprite keeps (``hue_families``); 0: no hue step
    alpha_share: np.ndarray | None = None  # (L,) how often the set uses each alpha level; None: nearest level

    @classmethod
    def fit(cls, images: np.ndarray, palette: np.ndarray | None = None, texture: bool = False) -> "SpriteStyle":
        """From (N, H, W, 4) uint8 training sprites; ``palette`` (P, 3) replaces the set's
        solid colours (``generate --palette FILE``); ``texture``: map by error diffusion
        (``dither`` = DITHER) in place of the despeckle, for grainy surface textures."""
        a = images[..., 3]
        soft = images[(a > 0) & (a < 128)][:, :3]
        return cls(palette=sheet_palette(images) if palette is None else np.asarray(palette, np.uint8),
                   see_through=sheet_palette(np.concatenate(
                       [soft, np.full((len(soft), 1), 255, np.uint8)], 1)[:, None, None]),
                   alphas=(alphas := alpha_values(images)), layout=layout_features(images),
                   counts=np.maximum(colour_counts(images), 1), dither=DITHER if texture else 0.0,
                   outlines=dark_outline(images), islands=island_counts(images),
                   hues=0 if texture else HUE_FAMILIES, alpha_share=alpha_shares(images, alphas))

    FIELDS = ("palette", "see_through", "alphas", "layout", "counts")
    OPTIONAL = ("outlines", "islands", "alpha_share")  # absent from styles exported before they existed

    def save(self, path) -> None:
        """Write the fitted style as an .npz (numpy only: a runtime without TensorFlow reads it)."""
        import io as _io
        from ..formats import write_bytes_atomic
        buf = _io.BytesIO()
        extra = {k: getattr(self, k) for k in self.OPTIONAL if getattr(self, k) is not None}
        np.savez_compressed(buf, chroma_sigma=self.chroma_sigma, dither=self.dither, hues=self.hues, **extra,
                            **{f: getattr(self, f) for f in self.FIELDS})
        write_bytes_atomic(path, buf.getvalue())

    def web(self) -> dict:
        """The fitted style and the clean-up's constants as JSON-ready values, for runtimes
        without numpy (the browser example in examples/loot): arrays as nested lists, the
        (N, D) layouts as base64 little-endian float32."""
        import base64
        return {
            "palette": self.palette.tolist(), "see_through": self.see_through.tolist(),
            "alphas": self.alphas.tolist(), "counts": self.counts.tolist(),
            "alpha_table": alpha_table(self.alphas, self.alpha_share).tolist(),
            "layout_shape": list(self.layout.shape), "layout_cell": 4,
            "layout_f32": base64.b64encode(self.layout.astype("<f4").tobytes()).decode(),
            "chroma_sigma": self.chroma_sigma, "dither": self.dither, "hues": self.hues,
            "outlines": None if self.outlines is None else  # -1: a sprite without a scored pixel
            np.where(np.isnan(self.outlines), -1.0, self.outlines).tolist(),
            "islands": None if self.islands is None else self.islands.tolist(),
            "params": {"neighbours": NEIGHBOURS, "min_island": MIN_ISLAND, "island_share": ISLAND_SHARE,
                       "despeckle": DESPECKLE, "lightness": LIGHTNESS, "kmeans_iters": 12,
                       "kmeans_max_pixels": 4096, "outline_margin": OUTLINE_MARGIN,
                       "hue_share": HUE_SHARE, "hue_width": HUE_WIDTH, "hue_chroma": HUE_CHROMA,
                       "hue_bins": HUE_BINS, "index_from": INDEX_FROM, "index_cell": PaletteIndex.CELL},
        }

    @classmethod
    def load(cls, path) -> "SpriteStyle":
        with np.load(path) as f:
            return cls(**{k: f[k] for k in cls.FIELDS}, chroma_sigma=float(f["chroma_sigma"]),
                       dither=float(f["dither"]) if "dither" in f.files else 0.0,
                       hues=int(f["hues"]) if "hues" in f.files else 0,  # styles saved before the step
                       **{k: f[k] for k in cls.OPTIONAL if k in f.files})

    def _lab(self) -> np.ndarray:
        if getattr(self, "_pal_lab", None) is None:
            self._pal_lab = to_lab(self.palette.astype(np.float64), LIGHTNESS)
        return self._pal_lab

    def _index(self):
        if not hasattr(self, "_pal_index"):  # a wall set's palette: 93,317 colours
            self._pal_index = PaletteIndex(self._lab()) if len(self.palette) > INDEX_FROM else None
        return self._pal_index

    def _see_through(self):
        if getattr(self, "_soft", None) is None:
            pal = self.see_through if len(self.see_through) else self.palette
            self._soft = (pal, to_lab(pal.astype(np.float64)))
        return self._soft

    def _near(self, raw: np.ndarray) -> np.ndarray:
        """(N, k) the NEIGHBOURS training sprites nearest each raw sprite's layout."""
        d = sq_distances(layout_features(raw), self.layout)
        k = min(NEIGHBOURS, len(self.counts))
        return np.argpartition(d, k - 1, axis=1)[:, :k]

    def colours_for(self, raw: np.ndarray, near: np.ndarray | None = None) -> np.ndarray:
        """(N,) K per raw sprite: the median colour count of its nearest training sprites
        (``near``: their indices, if known)."""
        return np.median(self.counts[self._near(raw) if near is None else near], axis=1).round().astype(int)

    def outlines_for(self, raw: np.ndarray, near: np.ndarray | None = None) -> np.ndarray:
        """(N,) the lowest dark-outline share among each raw sprite's nearest training sprites
        (``near``: their indices, if known); nan where none has one, or without ``outlines``."""
        if self.outlines is None:
            return np.full(len(raw), np.nan)
        o = self.outlines[self._near(raw) if near is None else near]
        return np.array([np.min(r[np.isfinite(r)]) if np.isfinite(r).any() else np.nan for r in o])

    def clean(self, raw: np.ndarray, seed: int = 0, despeckle_threshold: float | None = None,
              hue_centres: list | None = None, trace=None) -> np.ndarray:
        """(N, H, W, 4) uint8 raw generator output -> clean sprites, same shape: the STEPS in
        order. Deterministic, and each sprite's result is independent of the others in the
        batch. ``hue_centres``: per sprite, the hue families' centres (degrees) to pull into
        in place of its own. ``trace(step, value)``, if given, sees what each step that runs
        made (``loot.js`` reports the same, and its parity test compares step by step):
        alpha (N, H, W) uint8; specks: solid (N, H, W) bool; hues: (N, H, W, 3) Lab;
        choose: per sprite, palette indices; map, despeckle, outline: (N, H, W) int, an
        index into the sprite's chosen colours, -1 off the solid; see_through: the result."""
        def emit(step, made):  # a copy only when traced: clean() is generate's hot path
            if trace is not None:
                trace(step, made.copy() if isinstance(made, np.ndarray) else made)
        threshold = DESPECKLE if despeckle_threshold is None else despeckle_threshold
        alpha = snap_alpha(raw[..., 3], self.alphas, self.alpha_share)
        emit("alpha", alpha)
        near = self._near(raw)
        solid = drop_specks(alpha >= 128, parts=None if self.islands is None else self.islands[near].max(1))
        alpha[(alpha >= 128) & ~solid] = 0
        emit("specks", solid)
        drawn = np.flatnonzero(solid.any((1, 2)))  # sprites with a solid pixel
        lab = smooth_chroma(to_lab(raw[..., :3], LIGHTNESS), solid, self.chroma_sigma)
        if self.hues:  # in place: despeckle compares with these colours too
            for i in drawn:
                lab[i][solid[i]] = hue_families(lab[i][solid[i]], self.hues,
                                                None if hue_centres is None else hue_centres[i])
            emit("hues", lab)
        pal_lab = self._lab()
        chosen = [np.zeros(0, np.int64) if not m.any() else
                  choose_lab(lab[i][m], pal_lab, int(k), seed, index=self._index()) if len(pal_lab) > k
                  else np.arange(len(pal_lab)) for i, (m, k) in enumerate(zip(solid, self.colours_for(raw, near)))]
        emit("choose", chosen)
        idx = np.full(solid.shape, -1, np.int64)
        if self.dither > 0:  # a texture: mapped by error diffusion, no despeckle or outline
            groups: dict[int, list[int]] = {}
            for i in drawn:  # by colour count (powers of two): little padding
                groups.setdefault(int(np.ceil(np.log2(max(len(chosen[i]), 1)))), []).append(int(i))
            for which in groups.values():
                cols = np.full((len(which), max(len(chosen[i]) for i in which), 3), np.inf)
                for j, i in enumerate(which):
                    cols[j, :len(chosen[i])] = pal_lab[chosen[i]]
                idx[which] = np.where(solid[which], diffuse(lab[which], solid[which], cols, self.dither), -1)
            emit("map", idx)
        else:
            for i in drawn:
                idx[i][solid[i]] = nearest(lab[i][solid[i]], pal_lab[chosen[i]])
            emit("map", idx)
            if threshold > 0:
                for i in drawn:
                    idx[i] = despeckle(idx[i], solid[i], lab[i], pal_lab[chosen[i]], threshold)
                emit("despeckle", idx)
            if self.outlines is not None:
                targets = self.outlines_for(raw, near)
                for i in drawn:
                    idx[i] = close_outline(idx[i], solid[i], pal_lab[chosen[i]], luma(self.palette[chosen[i]]),
                                           targets[i])
                emit("outline", idx)
        out = np.zeros_like(raw)
        out[..., 3] = alpha
        for i in drawn:
            out[i][solid[i], :3] = self.palette[chosen[i][idx[i][solid[i]]]]
        soft = (alpha > 0) & ~solid
        if soft.any():
            pal, soft_lab = self._see_through()
            rgb, inverse = np.unique(raw[..., :3][soft], axis=0, return_inverse=True)  # 7x fewer
            out[soft, :3] = pal[nearest(to_lab(rgb), soft_lab)][inverse.ravel()]
        out[alpha == 0] = 0
        emit("see_through", out)
        return out


def check_palette(palette: str) -> None:
    """The ``--palette`` option checked before any model loads: "training", "none", or a
    readable palette FILE / NAME (raises naming what is wrong)."""
    if palette not in ("training", "none"):
        read_palette(palette)


def shared_palette(palette: str) -> np.ndarray | None:
    """The colours every sprite drawn with ``--palette`` shares, as an indexed PNG's first
    entries: a FILE's or NAME's (P, 3) uint8; None for "training" / "none" (each sprite's own)."""
    return None if palette in ("training", "none") else read_palette(palette)


def palette_option(palette: str, train_images: np.ndarray, texture: bool = False):
    """The ``--palette`` option -> the clean-up that ``render`` applies: "training" (the
    training set's colours and alpha values, ``SpriteStyle``), a palette FILE (.gpl, .hex,
    .txt, .pal, .act or an image) or a shipped palette's NAME (its colours replace the
    training set's), or "none" (None: raw output).
    ``texture``: as ``SpriteStyle.fit``'s."""
    if palette == "none":
        return None
    return SpriteStyle.fit(train_images, None if palette == "training" else read_palette(palette), texture)


def render(raw: np.ndarray, style) -> np.ndarray:
    """Raw generator output (N, H, W, 4) uint8 -> what ``generate`` writes: cleaned by
    ``style`` (a ``SpriteStyle``), or as it is for None (``--palette none``)."""
    return raw.copy() if style is None else style.clean(raw)
