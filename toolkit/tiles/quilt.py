"""Seamless tiles from exemplars by image quilting on a torus (after Efros & Freeman 2001).

A new S x S tile is laid block by block on a wrap-around canvas: each block is a window of
one of the exemplars (which repeat, so windows wrap too), picked at random among the
``topk`` whose overlap with what is already laid differs least, and joined along
minimum-error cuts. The last row and column of blocks also meet the first, so the tile
repeats without a seam. Every pixel is an exemplar pixel: the palette and the pixel
grid are the exemplars' own.

Plain arrays in and out: exemplars (M, S, S, 4) uint8 RGBA, tiles (N, S, S, 4) uint8.
"""
from __future__ import annotations

import numpy as np

from ..errors import OptionError, SpriteforgeError

CANDIDATES = 2048   # windows scored per block (a random draw of all M * S * S)
TOPK = 8            # the pick is random among this many best-fitting windows
MIN_SIZE = 8        # smallest exemplar side, in pixels


def check_exemplars(exemplars: np.ndarray, what: str = "exemplars") -> np.ndarray:
    """(M, S, S, 4) uint8 exemplars of one size, square, at least MIN_SIZE px, not fully
    transparent; -> the array. SpriteforgeError naming ``what`` otherwise."""
    ex = np.asarray(exemplars)
    if ex.ndim != 4 or ex.shape[-1] != 4 or ex.dtype != np.uint8 or not len(ex):
        raise SpriteforgeError(f"{what}: expected (M, S, S, 4) uint8 RGBA tiles, got {ex.shape} {ex.dtype}")
    h, w = ex.shape[1:3]
    if h != w:
        raise SpriteforgeError(f"{what}: tiles must be square, got {w}x{h}")
    if h < MIN_SIZE:
        raise SpriteforgeError(f"{what}: tiles must be at least {MIN_SIZE}x{MIN_SIZE} pixels, got {w}x{h}")
    if not (ex[..., 3] > 0).any(axis=(1, 2)).all():
        raise SpriteforgeError(f"{what}: a tile is fully transparent; floors and walls need pixels")
    return ex


def block_layout(size: int, step: int) -> tuple[np.ndarray, int]:
    """Where blocks start along one side of a ``size`` px tile for a block ``step`` (about
    that many px between starts), and the overlap: (starts, overlap)."""
    if step < 2:
        raise OptionError("block", f"must be >= 2, got {step}")
    g = max(1, int(round(size / step)))
    starts = np.round(np.arange(g) * size / g).astype(int)
    overlap = max(1, min(int(size / g) // 2, size // 8))
    return starts, overlap


def quilt(exemplars: np.ndarray, rng: np.random.Generator, step: int = 8, aligned: bool = False,
          topk: int = TOPK, candidates: int = CANDIDATES) -> np.ndarray:
    """One new tile from ``exemplars`` (M, S, S, 4) uint8 (one material): (S, S, 4) uint8.

    ``step``: block spacing in px (blocks are step + overlap wide); larger keeps larger
    structure (bricks, slabs) whole, smaller mixes more. ``aligned``: each block comes from
    the same place in some exemplar (for materials whose exemplars share a layout: slab
    borders and sigils stay where they are); else from anywhere. ``rng`` draws everything."""
    ex = exemplars
    m, s = len(ex), ex.shape[1]
    starts, ov = block_layout(s, step)
    ends = np.append(starts[1:], s)
    canvas = np.zeros((s, s, 4), np.float32)
    filled = np.zeros((s, s), bool)
    for i in range(len(starts)):
        for j in range(len(starts)):
            bh, bw = ends[i] - starts[i] + ov, ends[j] - starts[j] + ov
            rows = (starts[i] + np.arange(bh)) % s
            cols = (starts[j] + np.arange(bw)) % s
            if aligned:
                k, src = m, np.arange(m)
                y, x = np.full(m, starts[i]), np.full(m, starts[j])
            else:
                k = min(candidates, m * s * s)
                pick = rng.choice(m * s * s, k, replace=False) if k < m * s * s else np.arange(k)
                src, y, x = pick // (s * s), (pick // s) % s, pick % s
            win = ex[src[:, None, None], (y[:, None] + np.arange(bh))[:, :, None] % s,
                     (x[:, None] + np.arange(bw))[:, None, :] % s].astype(np.float32)
            mask = filled[np.ix_(rows, cols)]
            if not mask.any():
                best = win[int(rng.integers(k))]
            else:
                target = canvas[np.ix_(rows, cols)]
                flat = win.reshape(k, -1)
                mw = np.repeat(mask.reshape(-1), 4).astype(np.float32)
                err = (flat * flat) @ mw - 2 * flat @ (mw * target.reshape(-1))
                top = max(1, min(topk, k // 2 if aligned else k))
                order = np.argpartition(err, top - 1)[:top]
                best = win[int(rng.choice(order))]
                best = np.where(_keep_old(((best - target) ** 2).sum(-1), mask, ov)[..., None], target, best)
            canvas[np.ix_(rows, cols)] = best
            filled[np.ix_(rows, cols)] = True
    return np.rint(canvas).astype(np.uint8)


def _keep_old(err: np.ndarray, mask: np.ndarray, ov: int) -> np.ndarray:
    """(h, w) bool: pixels of a block that keep what is laid already: those outside the
    minimum-error cut through each overlap strip that is laid (left, right, top, bottom)."""
    h, w = err.shape
    new = np.ones((h, w), bool)
    e = np.where(mask, err, 0.0)
    for side in ("left", "right", "top", "bottom"):
        if side in ("left", "right"):
            strip = e[:, :ov] if side == "left" else e[:, w - ov:]
            laid = mask[:, :ov] if side == "left" else mask[:, w - ov:]
        else:
            strip = (e[:ov] if side == "top" else e[h - ov:]).T
            laid = (mask[:ov] if side == "top" else mask[h - ov:]).T
        if not laid.all(axis=1).any():
            continue
        cut = _min_cut(strip)
        c = np.arange(ov)[None, :]
        inner = c >= cut[:, None] if side in ("left", "top") else c <= cut[:, None]
        inner |= ~laid  # nothing laid there yet: the new block's pixel
        if side == "left":
            new[:, :ov] &= inner
        elif side == "right":
            new[:, w - ov:] &= inner
        elif side == "top":
            new[:ov] &= inner.T
        else:
            new[h - ov:] &= inner.T
    return mask & ~new


def _min_cut(e: np.ndarray) -> np.ndarray:
    """(L, W) error strip -> (L,) column per row of the cheapest 8-connected path top to bottom."""
    L, W = e.shape
    cost = e.astype(np.float64).copy()
    for r in range(1, L):
        prev = cost[r - 1]
        left = np.concatenate([[np.inf], prev[:-1]])
        right = np.concatenate([prev[1:], [np.inf]])
        cost[r] += np.minimum(prev, np.minimum(left, right))
    cut = np.zeros(L, int)
    cut[-1] = int(cost[-1].argmin())
    for r in range(L - 2, -1, -1):
        c = cut[r + 1]
        lo, hi = max(0, c - 1), min(W, c + 2)
        cut[r] = lo + int(cost[r, lo:hi].argmin())
    return cut
