"""Pseudo-classes for tile sets without labels: k-means over each tile's coarse layout.

A GAN conditioned on clusters of its own training set (self-conditioning, Liu et
al. 2020, "Diverse Image Generation via Self-Conditioned GANs") is told which
part of the set each real tile comes from, and is asked for every part in
proportion, so it cannot drop the rarer kinds of weapon for the common ones.
Measured on dcss-weapons in docs/experiments.md (benchmarks/gan_quality.py --clusters).

The features are plain pixels, not VGG features: the clusters then follow shape
and colour layout (a long diagonal blade, a round head on a shaft), and the
evaluation's feature space stays out of training. Clustering the VGG features
instead scored no better than no clusters at all.
"""
from __future__ import annotations

import numpy as np

from ..errors import OptionError
from ..kmeans import kmeans
from ..pixelart.steps import layout_features

CLUSTER_SEED = 0  # clusters are a property of the data, not of a run: resuming recomputes them
# `train`'s default (docs/experiments.md, "How many clusters"): ~10 tiles per cluster beat 16 and 28
TILES_PER_CLUSTER = 10
MAX_DEFAULT_CLUSTERS = 24
MIN_CLUSTERED_TILES = 50


def default_clusters(n: int) -> int:
    """Clusters `train` conditions on when not told: n // 10, at most 24; 0 (an
    unconditional model) for fewer than 50 tiles, where the clusters would be few and thin."""
    return min(MAX_DEFAULT_CLUSTERS, n // TILES_PER_CLUSTER) if n >= MIN_CLUSTERED_TILES else 0


def cluster_labels(images: np.ndarray, k: int) -> np.ndarray:
    """Pseudo-class of each tile: (N, H, W, 4) uint8 -> (N,) int32 in [0, k'), numbered
    from the largest cluster down (k' < k only if k-means leaves a cluster empty)."""
    if k < 2:
        raise OptionError("clusters", f"must be 0 (off) or >= 2, got {k}")
    if k > len(images) // 4:
        raise OptionError("clusters", f"{k} is too many for {len(images)} tiles "
                               f"(at most {len(images) // 4}: four tiles per cluster)")
    _, raw = kmeans(layout_features(images), k, seed=CLUSTER_SEED)
    sizes = np.bincount(raw, minlength=k)
    order = np.lexsort((np.arange(k), -sizes))  # biggest first, ties by k-means index
    rank = np.empty(k, np.int64)
    rank[order] = np.arange(k)
    return rank[raw].astype(np.int32)


def cluster_names(labels: np.ndarray) -> list[str]:
    """["cluster-1", ...], one per label value."""
    return [f"cluster-{i + 1}" for i in range(int(labels.max()) + 1)]
