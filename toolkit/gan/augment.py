"""Differentiable augmentation (DiffAugment, Zhao et al. 2020) for RGBA in [-1, 1].

Applied to *both* real and generated images whenever the discriminator looks at
them, so the discriminator cannot memorise a small training set and the
generator does not learn the augmentations (they are not "leaked" into its
output, unlike augmenting the dataset itself). All ops are differentiable with
respect to the images; randomness comes from stateless seeds so a step is
reproducible from (seed, step) alone, which is what makes resuming exact.

Translation moves whole pixels (pixel art must stay on its grid) and fills
with transparency; cutout punches a transparent square; colour jitters RGB
brightness, saturation and contrast (alpha untouched).
"""
from __future__ import annotations

import tensorflow as tf

TRANSPARENT = -1.0


def _rand(shape, seed, lo=0.0, hi=1.0):
    return tf.random.stateless_uniform(shape, seed=seed, minval=lo, maxval=hi)


def colour(x, seed):
    b = tf.shape(x)[0]
    rgb, a = x[..., :3], x[..., 3:]
    s = tf.random.experimental.stateless_split(seed, 3)
    rgb = rgb + (_rand([b, 1, 1, 1], s[0]) - 0.5) * 0.5            # brightness
    mean = tf.reduce_mean(rgb, axis=3, keepdims=True)
    rgb = (rgb - mean) * _rand([b, 1, 1, 1], s[1], 0.5, 1.5) + mean  # saturation
    mean = tf.reduce_mean(rgb, axis=[1, 2, 3], keepdims=True)
    rgb = (rgb - mean) * _rand([b, 1, 1, 1], s[2], 0.75, 1.25) + mean  # contrast
    return tf.concat([rgb, a], axis=3)


def translate(x, seed, ratio: float = 0.125):
    """Shift each image by up to ratio*size whole pixels, filling with transparency."""
    b, h, w = tf.shape(x)[0], x.shape[1], x.shape[2]
    ph, pw = int(h * ratio + 0.5), int(w * ratio + 0.5)
    s = tf.random.experimental.stateless_split(seed, 2)
    dy = tf.random.stateless_uniform([b, 1], s[0], -ph, ph + 1, dtype=tf.int32)
    dx = tf.random.stateless_uniform([b, 1], s[1], -pw, pw + 1, dtype=tf.int32)
    padded = tf.pad(x, [[0, 0], [ph, ph], [pw, pw], [0, 0]], constant_values=TRANSPARENT)
    rows = tf.range(h)[None, :] + ph - dy   # (b, h)
    cols = tf.range(w)[None, :] + pw - dx
    out = tf.gather(padded, rows, axis=1, batch_dims=1)
    return tf.gather(out, cols, axis=2, batch_dims=1)


def roll(x, seed):
    """Shift each image circularly by a random (dy, dx): a tile's wrap seam lands inside the
    image, where the discriminator sees a seam like any other defect (tileable runs)."""
    b, h, w = tf.shape(x)[0], x.shape[1], x.shape[2]
    s = tf.random.experimental.stateless_split(seed, 2)
    dy = tf.random.stateless_uniform([b, 1], s[0], 0, h, dtype=tf.int32)
    dx = tf.random.stateless_uniform([b, 1], s[1], 0, w, dtype=tf.int32)
    out = tf.gather(x, (tf.range(h)[None, :] + dy) % h, axis=1, batch_dims=1)
    return tf.gather(out, (tf.range(w)[None, :] + dx) % w, axis=2, batch_dims=1)


def tiled(x, seed, p: float = 0.5):
    """Replace a random ``p`` of the images by their 2x2 repeat at half scale (2x2 mean): the
    view of a tile as a level shows it, where a seam or a tile-wide drift repeats as a grid
    (tileable runs)."""
    b = tf.shape(x)[0]
    four = tf.tile(x, [1, 2, 2, 1])
    small = tf.nn.avg_pool2d(four, 2, 2, "VALID")
    coin = tf.cast(_rand([b, 1, 1, 1], seed) < p, x.dtype)
    return coin * small + (1 - coin) * x


def cutout(x, seed, ratio: float = 0.5):
    b, h, w = tf.shape(x)[0], x.shape[1], x.shape[2]
    ch, cw = int(h * ratio + 0.5), int(w * ratio + 0.5)
    s = tf.random.experimental.stateless_split(seed, 2)
    cy = tf.random.stateless_uniform([b, 1, 1], s[0], 0, h + (1 - ch % 2), dtype=tf.int32)
    cx = tf.random.stateless_uniform([b, 1, 1], s[1], 0, w + (1 - cw % 2), dtype=tf.int32)
    yy = tf.range(h)[None, :, None]
    xx = tf.range(w)[None, None, :]
    inside = (tf.abs(yy - cy) < ch // 2 + 1) & (tf.abs(xx - cx) < cw // 2 + 1)
    inside = tf.cast(inside, x.dtype)[..., None]
    return x * (1 - inside) + TRANSPARENT * inside


def flip(x, seed):
    b = tf.shape(x)[0]
    coin = tf.cast(_rand([b, 1, 1, 1], seed) < 0.5, x.dtype)
    return coin * x[:, :, ::-1] + (1 - coin) * x


def diff_augment(x, seed, policy: str = "color,translation,cutout"):
    """Apply the comma-separated ops in ``policy`` (color, translation, roll, tiled, cutout, flip)."""
    ops = {"color": colour, "translation": translate, "roll": roll, "tiled": tiled, "cutout": cutout,
           "flip": flip}
    names = [p for p in policy.split(",") if p]
    seeds = tf.random.experimental.stateless_split(seed, max(len(names), 1))
    for i, name in enumerate(names):
        x = ops[name](x, seeds[i])
    return x
