"""Foreground masks (binary alpha) and the 1-px outline of pixel-art sprites."""
from __future__ import annotations

import numpy as np

from ..errors import SpriteforgeError


def read_mask(path, size_hw: tuple[int, int]) -> np.ndarray:
    """A mask file -> (h, w) bool at ``size_hw``. Uses the alpha channel when the
    file has transparency, else luminance >= 50 %. Resized by area, then >= 0.5."""
    from skimage.transform import resize
    from ..io import read_rgba
    m = read_rgba(path)
    a = m[..., 3]
    v = a if a.min() < 255 else m[..., :3].astype(np.float32).mean(-1)
    out = resize(v.astype(np.float32) / 255.0, size_hw, order=1, anti_aliasing=True) >= 0.5
    if not out.any():
        raise SpriteforgeError(f"{path}: the mask selects no pixel")
    return out


def remove_background(rgb: np.ndarray) -> np.ndarray:
    """Built-in background removal for object photos: (H, W, 3) 0..255 -> (H, W) bool.

    The background is taken to be what touches the border: each pixel's Lab
    distance to the median border colour is thresholded (Otsu), small specks
    are opened away, the largest component is kept and its holes filled. Works
    for an object on a fairly plain background, not for busy scenes (use --mask).
    """
    from scipy import ndimage as ndi
    from skimage.filters import threshold_otsu
    from ..pixelart.palette import to_lab
    lab = to_lab(rgb)
    border = np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]])
    d = np.sqrt(((lab - np.median(border, 0)) ** 2).sum(-1))
    d = ndi.gaussian_filter(d, 1.0)
    fg = d > threshold_otsu(d) if d.max() > d.min() else np.ones(d.shape, bool)
    fg = ndi.binary_opening(fg, iterations=1)
    lab_img, n = ndi.label(fg)
    if n == 0:
        return np.ones(d.shape, bool)
    sizes = ndi.sum(fg, lab_img, range(1, n + 1))
    fg = lab_img == (1 + int(np.argmax(sizes)))
    return ndi.binary_fill_holes(fg)


def add_outline(rgba: np.ndarray, colour) -> np.ndarray:
    """Draw a 1-px outline in ``colour`` on the transparent pixels 4-adjacent to
    the sprite (as DCSS sprites have). (h, w, 4) uint8 -> a copy."""
    opaque = rgba[..., 3] > 0
    ring = np.zeros_like(opaque)
    ring[1:] |= opaque[:-1]
    ring[:-1] |= opaque[1:]
    ring[:, 1:] |= opaque[:, :-1]
    ring[:, :-1] |= opaque[:, 1:]
    ring &= ~opaque
    out = rgba.copy()
    out[ring, :3] = colour
    out[ring, 3] = 255
    return out
