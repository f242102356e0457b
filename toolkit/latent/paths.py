"""Paths through latent space.

Latents are drawn from a standard normal in D dimensions, so they sit near the
sphere of radius sqrt(D). A straight line between two of them passes closer to
the origin, where the generator saw no training latents (midpoints come out
faded); spherical interpolation (Shoemake 1985; White 2016 for GANs) keeps
the path on the shell.
"""
from __future__ import annotations

import numpy as np

from ..errors import OptionError, SpriteforgeError

METHODS = ("slerp", "lerp")


def lerp(a: np.ndarray, b: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Linear interpolation: a, b (D,), t (T,) in [0, 1] -> (T, D)."""
    t = np.asarray(t, np.float64)[:, None]
    return ((1 - t) * a[None] + t * b[None]).astype(np.float32)


def slerp(a: np.ndarray, b: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Spherical interpolation: a, b (D,), t (T,) in [0, 1] -> (T, D).

    The angle is taken between the directions of a and b; the norm is
    interpolated linearly. Falls back to lerp for (anti)parallel vectors.
    """
    a64, b64 = np.asarray(a, np.float64), np.asarray(b, np.float64)
    t = np.asarray(t, np.float64)[:, None]
    na, nb = np.linalg.norm(a64), np.linalg.norm(b64)
    if na == 0 or nb == 0:
        return lerp(a, b, t[:, 0])
    cos = np.clip(a64 @ b64 / (na * nb), -1.0, 1.0)
    omega = np.arccos(cos)
    if np.sin(omega) < 1e-6:
        return lerp(a, b, t[:, 0])
    ua, ub = a64 / na, b64 / nb
    direction = (np.sin((1 - t) * omega) * ua + np.sin(t * omega) * ub) / np.sin(omega)
    out = (direction * ((1 - t) * na + t * nb)).astype(np.float32)
    out[t[:, 0] == 0] = a   # exact endpoints, whatever the rounding
    out[t[:, 0] == 1] = b
    return out


def latent_path(points: list[np.ndarray], steps: int, method: str = "slerp") -> np.ndarray:
    """``steps`` latents along a path through ``points`` (from, via..., to): (steps, D).

    Steps are spread evenly over the segments by parameter; the first and last
    equal the first and last point exactly, and every via point is hit when the
    step count allows (steps - 1 divisible by the number of segments).
    """
    if method not in METHODS:
        raise SpriteforgeError(f"unknown interpolation {method!r}; choose from {', '.join(METHODS)}")
    if len(points) < 2:
        raise SpriteforgeError("a path needs at least two points")
    if steps < 2:
        raise OptionError("steps", f"must be >= 2, got {steps}")
    f = slerp if method == "slerp" else lerp
    seg, t = path_segments(len(points), steps)
    out = np.empty((steps, len(points[0])), np.float32)
    for i, (k, ti) in enumerate(zip(seg, t)):
        out[i] = f(points[k], points[k + 1], np.array([ti]))[0]
    return out


def path_segments(n_points: int, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``steps`` evenly spread steps lies on a path through ``n_points``
    points: (steps,) segment index k (from point k to k + 1) and (steps,) position in it,
    in [0, 1]."""
    segs = n_points - 1
    u = np.linspace(0.0, segs, steps)
    k = np.minimum(np.floor(u).astype(int), segs - 1)
    return k, u - k
