"""Pseudo-classes for tile sets without labels: k-means over each tile's coarse layout.

A GAN conditioned on clusters of its own training set (self-conditioning, Liu et
al. 2020, "Diverse Image Generation via Self-Conditioned GANs") is told which
part of the set each real tile comes from, and is asked for every part in
proportion, so it cannot drop the rarer kinds of weapon for the common ones.
Measured on dcss-weapons in README.md (benchmarks/gan_quality.py --clusters).

The features are plain pixels, not VGG features: the clusters then follow shape
and colour layout (a long diagonal blade, a round head on a shaft), and the
evaluation's feature space stays out of training. Clustering the VGG features
instead scored no better than no clusters at all.
"""
from __future__ import annotations

import numpy as np

from ..errors import SpriteforgeError
from ..pixelart.cleanup import layout_features

CLUSTER_SEED = 0  # clusters are a property of the data, not of a run: resuming recomputes them
# `train`'s default: about this many tiles per cluster, at most MAX_DEFAULT_CLUSTERS, and
# none below MIN_CLUSTERED_TILES. On the 255 DCSS weapons, at 3,700 steps (10 min) with the
# best-snapshot pick, 24 clusters (~11 tiles each) scored FD 1.95x / 1.85x / 1.93x the matched
# floor for seeds 0 / 1 / 2, where 16 (~16 each) scored 2.12x / 1.87x / 1.88x, and 9 (~28 each,
# without the pick) 2.00x / 2.28x / 2.23x (README).
TILES_PER_CLUSTER = 10
MAX_DEFAULT_CLUSTERS = 24
MIN_CLUSTERED_TILES = 50


def default_clusters(n: int) -> int:
    """Clusters `train` conditions on when not told: n // 10, at most 24; 0 (an
    unconditional model) for fewer than 50 tiles, where the clusters would be few and thin."""
    return min(MAX_DEFAULT_CLUSTERS, n // TILES_PER_CLUSTER) if n >= MIN_CLUSTERED_TILES else 0


def kmeans(x: np.ndarray, k: int, seed: int = CLUSTER_SEED, iters: int = 100) -> np.ndarray:
    """Lloyd's k-means with k-means++ starts over rows of ``x`` (N, D) -> (N,) int labels.
    Deterministic for a seed."""
    from .metrics import pairwise
    rng = np.random.default_rng(seed)
    centres = [x[rng.integers(len(x))]]
    for _ in range(k - 1):
        d = pairwise(x, np.array(centres)).min(1) ** 2
        centres.append(x[rng.choice(len(x), p=d / d.sum())] if d.sum() > 0 else x[rng.integers(len(x))])
    c = np.array(centres)
    for _ in range(iters):
        labels = pairwise(x, c).argmin(1)
        new = np.array([x[labels == j].mean(0) if (labels == j).any() else c[j] for j in range(k)])
        if np.allclose(new, c):
            break
        c = new
    return labels


def cluster_labels(images: np.ndarray, k: int) -> np.ndarray:
    """Pseudo-class of each tile: (N, H, W, 4) uint8 -> (N,) int32 in [0, k'), numbered
    from the largest cluster down (k' < k only if k-means leaves a cluster empty)."""
    if k < 2:
        raise SpriteforgeError(f"--clusters must be 0 (off) or >= 2, got {k}")
    if k > len(images) // 4:
        raise SpriteforgeError(f"--clusters {k} is too many for {len(images)} tiles "
                               f"(at most {len(images) // 4}: four tiles per cluster)")
    raw = kmeans(layout_features(images), k)
    sizes = np.bincount(raw, minlength=k)
    order = np.lexsort((np.arange(k), -sizes))  # biggest first, ties by k-means index
    rank = np.empty(k, np.int64)
    rank[order] = np.arange(k)
    return rank[raw].astype(np.int32)


def cluster_names(labels: np.ndarray) -> list[str]:
    """["cluster-1", ...], one per label value."""
    return [f"cluster-{i + 1}" for i in range(int(labels.max()) + 1)]
