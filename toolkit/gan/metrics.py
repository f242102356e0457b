"""Sample-quality metrics: in a feature space (plain numpy over (N, D) arrays), and one in
pixel space (checkerboard_power)."""
from __future__ import annotations

import numpy as np

from ..kmeans import distances


def kid(x: np.ndarray, y: np.ndarray) -> float:
    """Kernel Inception Distance: unbiased MMD^2 with k(a,b) = (a.b/d + 1)^3.

    0 in expectation for samples of the same distribution (can be slightly
    negative), larger the more the distributions differ (Binkowski et al. 2018).
    """
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    d = x.shape[1]
    m, n = len(x), len(y)
    kxx = (x @ x.T / d + 1) ** 3
    kyy = (y @ y.T / d + 1) ** 3
    kxy = (x @ y.T / d + 1) ** 3
    return float((kxx.sum() - np.trace(kxx)) / (m * (m - 1))
                 + (kyy.sum() - np.trace(kyy)) / (n * (n - 1)) - 2 * kxy.mean())


def frechet_distance(x: np.ndarray, y: np.ndarray) -> float:
    """Fréchet distance between Gaussians fitted to x and y (FID's formula).

    tr sqrt(Cx Cy) is taken as tr sqrt(Cx^1/2 Cy Cx^1/2), a symmetric matrix whose eigenvalues
    ``eigh`` finds 5x faster than a Schur square root of Cx Cy (same value to 1e-7)."""
    mx, my = x.mean(0), y.mean(0)
    cx, cy = np.cov(x, rowvar=False), np.cov(y, rowvar=False)
    w, v = np.linalg.eigh(cx)
    root = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    m = root @ cy @ root
    tr = np.sqrt(np.clip(np.linalg.eigvalsh((m + m.T) / 2), 0, None)).sum()
    return float(((mx - my) ** 2).sum() + np.trace(cx) + np.trace(cy) - 2 * tr)


def nn_distance(x: np.ndarray, y: np.ndarray, exclude_self: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """For each row of x: distance to its nearest row of y, and that row's index."""
    d = distances(x, y)
    if exclude_self:
        np.fill_diagonal(d, np.inf)
    i = d.argmin(1)
    return d[np.arange(len(x)), i], i


def precision_recall(real: np.ndarray, fake: np.ndarray, k: int = 3) -> tuple[float, float]:
    """k-NN manifold precision and recall (Kynkäänniemi et al. 2019)."""
    def radii(a):
        d = distances(a, a)
        np.fill_diagonal(d, np.inf)
        return np.sort(d, axis=1)[:, k - 1]
    rr, rf = radii(real), radii(fake)
    d = distances(fake, real)
    precision = float(np.mean((d <= rr[None, :]).any(1)))
    recall = float(np.mean((d.T <= rf[None, :]).any(1)))
    return precision, recall


def typical_gap(features: np.ndarray) -> float:
    """Median distance from a row of ``features`` (N, D) to its nearest other row: how far
    apart two real sprites typically are."""
    return float(np.median(nn_distance(features, features, exclude_self=True)[0]))


def memorisation_threshold(train: np.ndarray, percentile: float = 5.0) -> float:
    """5th percentile of train-to-train nearest-neighbour distances."""
    d, _ = nn_distance(train, train, exclude_self=True)
    return float(np.percentile(d, percentile))


def _real_halves(real: np.ndarray, rng: np.random.Generator, repeats: int, size: int | None = None):
    """Yield ``repeats`` pairs of disjoint random halves (``size`` rows each, at most and by
    default len(real) // 2)."""
    h = len(real) // 2 if size is None else min(size, len(real) // 2)
    for _ in range(repeats):
        p = rng.permutation(len(real))
        yield real[p[:h]], real[p[h:2 * h]]


def split_halves_kid(real: np.ndarray, seed: int = 0, repeats: int = 10, with_std: bool = False):
    """The real-split floor: mean KID between two random halves of the real set
    (and, with ``with_std``, its standard deviation over the repeats)."""
    rng = np.random.default_rng(seed)
    vals = [kid(a, b) for a, b in _real_halves(real, rng, repeats)]
    if with_std:
        return float(np.mean(vals)), float(np.std(vals))
    return float(np.mean(vals))


def matched_split_floor(real: np.ndarray, fake: np.ndarray, seed: int = 0, repeats: int = 10) -> dict:
    """FD against the real-split floor at matched sample sizes.

    Each repeat splits ``real`` (N, D) into random halves A and B and draws
    len(A) rows of ``fake`` (M, D); where M < N/2 (a set of thousands of tiles), A and B are
    M rows each, so every FD compares sets of one size. FD(B, A) is what a perfect generator
    (fresh samples of the real distribution) scores at this sample size; FD(fakes, A)
    is what this one scores. FD is biased upward by the finite sample, so its floor
    is positive and a ratio to it is meaningful ("within 2x of the floor"), unlike the
    unbiased KID's floor, which is ~0 by construction.

    -> {"fd_half", "fd_half_floor", "fd_half_floor_sd", "fd_floor_ratio"}, means over repeats.
    """
    real, fake = np.asarray(real, np.float64), np.asarray(fake, np.float64)
    h = min(len(real) // 2, len(fake))
    if h < 2:
        raise ValueError(f"need >= 4 real rows and >= 2 fake rows, got {len(real)} and {len(fake)}")
    rng = np.random.default_rng(seed)
    ours, floor = [], []
    for a, b in _real_halves(real, rng, repeats, h):
        g = fake[rng.choice(len(fake), h, replace=False)]
        floor.append(frechet_distance(b, a))
        ours.append(frechet_distance(g, a))
    return {"fd_half": float(np.mean(ours)), "fd_half_floor": float(np.mean(floor)),
            "fd_half_floor_sd": float(np.std(floor)),
            "fd_floor_ratio": float(np.mean(ours) / np.mean(floor))}


def checkerboard_power(images: np.ndarray) -> float:
    """Checkerboard test in pixel space: (N, H, W, C) images, H and W even, any range ->
    the power spectrum's Nyquist lines (frequency pi along rows or columns) over the lines
    next to them (pi - 2 pi / size), averaged over images and channels.

    Checkerboard artefacts (Odena et al. 2016: stride-2 upsampling whose output phases
    differ) modulate a sprite by a period-2 pattern, which moves its power onto the
    Nyquist lines: the ratio goes above 1. White noise gives 1; content whose power falls
    with frequency (edges, shading) gives less, and so do real pixel-art sprites.
    """
    x = np.asarray(images, np.float64)
    h, w = x.shape[1:3]
    if h % 2 or w % 2 or h < 4 or w < 4:
        raise ValueError(f"checkerboard_power needs even sizes >= 4, got {h}x{w}")
    x = x - x.mean(axis=(1, 2), keepdims=True)
    p = (np.abs(np.fft.fft2(x, axes=(1, 2))) ** 2).mean(axis=(0, 3))  # (h, w)
    nyquist = p[h // 2].sum() + p[:, w // 2].sum()
    beside = p[h // 2 - 1].sum() + p[:, w // 2 - 1].sum()
    return float(nyquist / max(beside, 1e-12))


SHIFT_SHORTLIST = 8  # tiles per query checked at every shift (picked by shift-free spectra)


def shift_nn_distance(x: np.ndarray, y: np.ndarray, exclude_self: bool = False,
                      shortlist: int = SHIFT_SHORTLIST) -> tuple[np.ndarray, np.ndarray]:
    """Copy distance for tiles that repeat, where a circular shift of a tile is the same
    tile in a level: (N, S, S, 4) and (M, S, S, 4) uint8 -> for each tile of x, the RMS
    colour difference (0..255, RGB over mid-grey) to the nearest circular shift of any
    tile of y, and that tile's index; (N,) float64 and (N,) int64.

    The ``shortlist`` tiles of y nearest in amplitude spectrum (which a circular shift does
    not change: an exact shifted copy is always on it) are tried at every shift at once, as
    a cross-correlation by FFT. ``exclude_self``: x is y; a tile is not its own copy."""
    from ..image import composite
    a, b = composite(x).astype(np.float64), composite(y).astype(np.float64)
    s = a.shape[1:3]
    fa, fb = np.fft.rfft2(a, axes=(1, 2)), np.fft.rfft2(b, axes=(1, 2))
    ma, mb = np.abs(fa).reshape(len(a), -1), np.abs(fb).reshape(len(b), -1)
    na, nb = (a * a).sum((1, 2, 3)), (b * b).sum((1, 2, 3))
    k = min(shortlist, len(b) - (1 if exclude_self else 0))
    if k < 1:
        raise ValueError("shift_nn_distance needs at least one other tile")
    dist, idx = np.empty(len(a)), np.empty(len(a), np.int64)
    for lo in range(0, len(a), 256):
        rows = np.arange(lo, min(lo + 256, len(a)))
        d = distances(ma[rows], mb)
        if exclude_self:
            d[np.arange(len(rows)), rows] = np.inf
        near = np.argpartition(d, k - 1, axis=1)[:, :k]                      # (r, k)
        corr = np.fft.irfft2((fa[rows][:, None] * np.conj(fb[near])).sum(-1), s=s, axes=(2, 3))
        d2 = na[rows][:, None] + nb[near] - 2 * corr.reshape(len(rows), k, -1).max(-1)
        best = d2.argmin(1)
        dist[rows] = np.sqrt(np.maximum(d2[np.arange(len(rows)), best], 0) / (a[0].size))
        idx[rows] = near[np.arange(len(rows)), best]
    return dist, idx


def shift_copy_threshold(train: np.ndarray, percentile: float = 5.0) -> float:
    """The ``percentile`` of train-to-train ``shift_nn_distance`` (a tile to the nearest
    shift of another): nearer than this, a tile counts as a shifted copy."""
    d, _ = shift_nn_distance(train, train, exclude_self=True)
    return float(np.percentile(d, percentile))
