"""Alpha compositing: the one home of "RGBA over a background"."""
from __future__ import annotations

import numpy as np


def composite(images: np.ndarray, background=(128, 128, 128)) -> np.ndarray:
    """(..., 4) uint8 RGBA -> (..., 3) float32 RGB 0..255 over an opaque ``background``
    (an RGB triple, 0..255)."""
    a = images[..., 3:4].astype(np.float32) / 255.0
    return images[..., :3].astype(np.float32) * a + np.asarray(background, np.float32)[:3] * (1 - a)


def over(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Porter-Duff "over" of (..., 4) RGBA ``src`` onto (..., 4) RGBA ``dst`` (either may be
    partly transparent), float 0..255 -> float32 0..255, straight (not premultiplied) alpha."""
    src = np.asarray(src, np.float32)
    dst = np.asarray(dst, np.float32)
    a = src[..., 3:4] / 255.0
    da = dst[..., 3:4] / 255.0
    oa = a + da * (1 - a)
    rgb = np.where(oa > 0, (src[..., :3] * a + dst[..., :3] * da * (1 - a)) / np.maximum(oa, 1e-9), 0)
    return np.concatenate([rgb, oa * 255.0], -1).astype(np.float32)
