"""Contact sheets: many tiles in one picture, to look at rather than read."""
from __future__ import annotations

import math

import numpy as np

from ..errors import OptionError
from ..image import composite

MAX_PICTURE_PIXELS = 1 << 27  # 134 Mpx (512 MB RGBA): a bound on one preview picture


def contact_sheet(images: np.ndarray, cols: int | None = None, scale: int = 2, pad: int = 2,
                  background: tuple[int, int, int, int] = (40, 40, 48, 255)) -> np.ndarray:
    """Arrange (N, H, W, 4) uint8 tiles in a grid; returns (H', W', 4) uint8.

    Tiles are composited over ``background`` (so transparency reads as the
    background colour) and enlarged ``scale`` times with nearest-neighbour so
    pixel art stays crisp.
    """
    n, h, w = images.shape[:3]
    if n == 0:
        raise ValueError("no images for a contact sheet")
    cols = cols or max(1, math.ceil(math.sqrt(n)))
    rows = math.ceil(n / cols)
    out_w, out_h = pad + cols * (w * scale + pad), pad + rows * (h * scale + pad)
    if out_w * out_h > MAX_PICTURE_PIXELS:
        raise OptionError("scale", f"{scale} would make a {out_w}x{out_h} picture (over "
                               f"{MAX_PICTURE_PIXELS // 1_000_000} Mpx); use a smaller {{scale}}")
    comp = composite(images, background[:3])
    comp = np.concatenate([comp, np.full(comp.shape[:3] + (1,), 255.0, np.float32)], -1)
    comp = np.rint(comp).astype(np.uint8)
    if scale > 1:
        comp = comp.repeat(scale, axis=1).repeat(scale, axis=2)
    th, tw = h * scale, w * scale
    out = np.empty((pad + rows * (th + pad), pad + cols * (tw + pad), 4), np.uint8)
    out[:] = np.array(background, np.uint8)
    for i in range(n):
        r, c = divmod(i, cols)
        y, x = pad + r * (th + pad), pad + c * (tw + pad)
        out[y:y + th, x:x + tw] = comp[i]
    return out


def pack_sheet(images: np.ndarray, cols: int, margin: int = 0, spacing: int = 0,
               scale: int = 1) -> np.ndarray:
    """Inverse of slicing: lay tiles out in a Tiled-style grid on transparency.

    (N, H, W, 4) uint8 -> (2*margin + rows*H + (rows-1)*spacing, ...) * scale.
    Used to build example sheets and by the round-trip tests.
    """
    n, h, w = images.shape[:3]
    rows = math.ceil(n / cols)
    H = 2 * margin + rows * h + (rows - 1) * spacing
    W = 2 * margin + cols * w + (cols - 1) * spacing
    out = np.zeros((H, W, 4), np.uint8)
    for i in range(n):
        r, c = divmod(i, cols)
        y, x = margin + r * (h + spacing), margin + c * (w + spacing)
        out[y:y + h, x:x + w] = images[i]
    if scale > 1:
        out = out.repeat(scale, axis=0).repeat(scale, axis=1)
    return out
