"""A sheet's pixel scale: the integer upscale of a clean sheet (``detect_upscale``) and the
non-integer pixel grid of a resampled or recompressed one (``detect_pixel_grid``,
``resample_to_native``). All take an (H, W, 4) uint8 RGBA array.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .detect import MAX_SCALE, as_u32, canonical_transparent

# --------------------------------------------------------------------------- upscale

def detect_upscale(rgba: np.ndarray, max_scale: int = MAX_SCALE, canonical: bool = False) -> int:
    """Largest k such that the image is made of aligned k x k single-colour blocks.

    A sheet drawn at 3x has colour changes only at multiples of 3, so k is the
    gcd of all change positions (and of the image size). Returns 1 for native
    art. Fully transparent pixels count as one colour whatever their RGB
    (pass ``canonical=True`` if they are already (0, 0, 0, 0), to skip a copy).
    """
    a = as_u32(rgba if canonical else canonical_transparent(rgba))  # one compare per pixel
    h, w = a.shape[:2]
    gx = w
    xs = np.flatnonzero(np.any(a[:, 1:] != a[:, :-1], axis=0)) + 1
    for x in np.unique(xs):
        gx = math.gcd(gx, int(x))
        if gx == 1:
            return 1
    gy = h
    ys = np.flatnonzero(np.any(a[1:] != a[:-1], axis=1)) + 1
    for y in np.unique(ys):
        gy = math.gcd(gy, int(y))
        if gy == 1:
            return 1
    if len(xs) == 0 and len(ys) == 0:
        return 1  # a flat image says nothing about scale
    g = math.gcd(gx, gy)
    return max(d for d in range(1, min(g, max_scale) + 1) if g % d == 0)


@dataclass(frozen=True)
class PixelGrid:
    """Where the native pixels of a resampled sheet lie: native column j spans sheet columns
    [offset_x + j * step_x, offset_x + (j + 1) * step_x), likewise rows."""
    step_x: float
    offset_x: float
    cols: int
    step_y: float
    offset_y: float
    rows: int

    def to_sheet(self, x: float, y: float) -> tuple[int, int]:
        """Native (x, y) -> the sheet pixel where that native pixel starts."""
        return round(self.offset_x + x * self.step_x), round(self.offset_y + y * self.step_y)

    def describe(self) -> str:
        sx, sy = f"{self.step_x:.3g}", f"{self.step_y:.3g}"
        return f"drawn at {sx}x" + ("" if sx == sy else f" by {sy}x") + ", resampled (sliced at native size)"


NOISE_TOL = 32        # colour noise of a resampled, recompressed (JPEG q85) sheet: still the same colour
BOUNDARY_TOL = 24     # a colour step (0..255, any channel) that marks a pixel edge: above JPEG noise
MIN_COHERENCE = 0.6   # how strongly edges must line up on one period to call a sheet resampled


def detect_pixel_grid(rgba: np.ndarray, max_scale: int = MAX_SCALE) -> PixelGrid | None:
    """The native pixel grid of a sheet upscaled by a non-integer factor (3.5x, 65/16x), with
    nearest-neighbour seams or compression noise, where ``detect_upscale`` finds none.

    Per axis: how often each column differs from the one before (by more than
    BOUNDARY_TOL) weighs that column as a pixel edge; edges of a sheet drawn at step s lie on
    one phase of period s, so the period is the largest s in [1.5, max_scale] whose weighted
    phase coherence |sum w exp(2 pi i x / s)| / sum w is near the best (its divisors line up
    too; its multiples do not). None when no period reaches MIN_COHERENCE on both axes, or
    the sheet is at an exact integer scale (``detect_upscale``'s job).
    """
    a = np.asarray(rgba, np.int16)
    axes = []
    for axis in (1, 0):  # x, then y
        d = np.abs(np.diff(a, axis=axis)).max(-1) > BOUNDARY_TOL   # (H, W-1) or (H-1, W)
        w = d.mean(axis=1 - axis).astype(np.float64)                # edge weight per position
        if (w > 0.1 * w.max()).mean() > 0.7:  # edges nearly everywhere: native pixels (s >= 1.5: <= 2/3)
            return None
        found = _pixel_period(w, a.shape[axis], max_scale)
        if found is None:
            return None
        axes.append(found)
    (sx, ox, nx), (sy, oy, ny) = axes
    if abs(sx - round(sx)) < 0.01 and abs(sy - round(sy)) < 0.01 and abs(ox) < 0.5 and abs(oy) < 0.5 \
            and detect_upscale(rgba) > 1:
        return None
    return PixelGrid(sx, ox, nx, sy, oy, ny)


def _pixel_period(w: np.ndarray, length: int, max_scale: int) -> tuple[float, float, int] | None:
    """(step, offset of native pixel 0's left edge, native count) of one axis, or None."""
    x = np.arange(1, len(w) + 1, dtype=np.float64)  # w[i] is the edge between i and i + 1
    total = w.sum()
    if total <= 0:
        return None

    def coherence(steps):
        steps = np.atleast_1d(steps)
        out = np.empty(len(steps))
        for i in range(0, len(steps), 256):
            z = np.exp(2j * np.pi * x[None] / steps[i:i + 256, None]) @ w
            out[i:i + 256] = np.abs(z) / total
        return out

    steps = [1.5]
    while steps[-1] < max_scale:  # peaks are ~s^2 / length wide: sample finer than that
        steps.append(steps[-1] + steps[-1] ** 2 / (4 * length))
    steps = np.array(steps)
    r = coherence(steps)
    best = r.max()
    if best < MIN_COHERENCE:
        return None
    # the largest step near the best: divisors of the true step line up as well, multiples do not
    i = int(np.flatnonzero(r >= 0.9 * best).max())
    lo, hi = steps[max(i - 1, 0)], steps[min(i + 1, len(steps) - 1)]
    fine = np.linspace(lo, hi, 201)
    s = float(fine[int(np.argmax(coherence(fine)))])
    z = np.exp(2j * np.pi * x / s) @ w
    phase = (np.angle(z) / (2 * np.pi)) % 1.0 * s   # where edges fall, in [0, s)
    left = phase - s if phase >= s / 2 else phase   # keep a cut first pixel if over half shows
    n = int(np.floor((length - left) / s + 0.5))
    return s, float(left), n


def resample_to_native(rgba: np.ndarray, g: PixelGrid) -> np.ndarray:
    """(H, W, 4) uint8 sheet -> (g.rows, g.cols, 4) uint8: each native pixel the per-channel
    median of the middle of its block (its centre alone for blocks under 4 px)."""
    h, w = rgba.shape[:2]

    def centres(step, off, n, size):
        c = off + (np.arange(n) + 0.5) * step
        r = int(max(0, (step - 2) // 2))  # a window that stays inside the block
        idx = np.clip(np.rint(c).astype(int)[:, None] + np.arange(-r, r + 1)[None], 0, size - 1)
        return idx   # (n, 2r + 1)

    ix = centres(g.step_x, g.offset_x, g.cols, w)
    iy = centres(g.step_y, g.offset_y, g.rows, h)
    block = rgba[iy[:, None, :, None], ix[None, :, None, :]]     # (rows, cols, ky, kx, 4)
    flat = block.reshape(g.rows, g.cols, -1, 4)
    return np.median(flat, axis=2).round().astype(np.uint8)
