"""Distances and k-means over rows of a matrix: the one home of both.

Used for palette colours (``pixelart.palette.choose_lab``, in Lab), the set's alpha
levels (``pixelart.cleanup.alpha_values``, in 1-D) and the GAN's pseudo-classes
(``gan.clusters``, over tile layouts).
"""
from __future__ import annotations

import numpy as np

CHUNK = 8192  # rows per block in nearest(): bounds the (rows, K) distance matrix


def sq_distances(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """(M, D), (N, D) -> (M, N) squared Euclidean distances, float64, >= 0."""
    x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    return np.maximum((x * x).sum(1)[:, None] + (y * y).sum(1)[None] - 2 * x @ y.T, 0)


def distances(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """(M, D), (N, D) -> (M, N) Euclidean distances, float64."""
    return np.sqrt(sq_distances(x, y))


def nearest(x: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """(M, D) rows, (K, D) centres -> (M,) int64: index of each row's nearest centre
    (the lowest index on a tie)."""
    x = np.asarray(x, np.float64)
    centres = np.asarray(centres, np.float64)
    out = np.empty(len(x), np.int64)
    cc = (centres ** 2).sum(1)
    for i in range(0, len(x), CHUNK):
        out[i:i + CHUNK] = (cc[None] - 2 * x[i:i + CHUNK] @ centres.T).argmin(1)
    return out


def kmeans(x: np.ndarray, k: int, *, seed: int | np.random.Generator = 0, iters: int = 100,
           init: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's k-means over the rows of ``x`` (N, D).

    Starts from ``init`` (k, D) or, by default, k-means++ (Arthur & Vassilvitskii 2007)
    drawn from ``default_rng(seed)`` (a Generator is used as it is): deterministic for a
    seed. Iterates until no
    assignment changes, at most ``iters`` times; an empty cluster keeps its centre.
    Returns (centres (k, D) float64, labels (N,) int64); the labels are those of the
    returned centres.
    """
    x = np.asarray(x, np.float64)
    if init is not None:
        c = np.array(init, np.float64).reshape(-1, x.shape[1])
    else:
        rng = np.random.default_rng(seed)
        first = x[rng.integers(len(x))]
        chosen = [first]
        d = ((x - first) ** 2).sum(1)
        for _ in range(1, k):  # the next start drawn in proportion to squared distance
            cum = np.cumsum(d)
            j = min(int(np.searchsorted(cum, rng.random() * cum[-1], "right")), len(x) - 1) \
                if cum[-1] > 0 else int(rng.integers(len(x)))
            chosen.append(x[j])
            d = np.minimum(d, ((x - x[j]) ** 2).sum(1))
        c = np.array(chosen)
    k = len(c)
    labels = nearest(x, c)
    for _ in range(iters):
        n = np.bincount(labels, minlength=k)
        sums = np.stack([np.bincount(labels, x[:, i], minlength=k) for i in range(x.shape[1])], 1)
        c = np.where(n[:, None] > 0, sums / np.maximum(n, 1)[:, None], c)
        new = nearest(x, c)
        if np.array_equal(new, labels):
            break  # a fixed point: more iterations change nothing
        labels = new
    return c, labels
