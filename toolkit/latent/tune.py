"""Pivotal tuning (Roich et al. 2022, "Pivotal Tuning for Latent-based Editing of Real
Images"), on the layout layers only: a copy of the generator whose first stage is fitted, for
a few Adam steps, so that an encoded sprite's latent (the pivot) draws that sprite.

A small GAN cannot draw most sprites it was not trained on, nor all it was: ``encode``'s best
latent lands on a sprite of the same direction and silhouette, but often of another kind and
colour (a blue-hafted mace comes back as a pink blade), and so do variations drawn around it.
Around the pivot, the tuned copy draws the sprite's colours and parts, and varies them as the
model varies its own sprites. Only the layers up to the first convolution's (the class
embedding, the dense layer, the first upsampling stage: the low-resolution layout and colour
plan) are fitted; the later layers, which draw outlines and shading at full resolution, stay
the model's. Fitting every layer drew sprites nearer the source but with broken outlines
(docs/experiments.md, "Variations from a tuned copy"). The copy is thrown away afterwards:
its latents mean nothing to the shipped generator.

The loss is ``encode``'s (squared distance in ``vgg.sprite_features``' space, VGG16 block 2
place by place) with the pixel term weighted up: weights, unlike a latent, can fit the
sprite's own pixels.
"""
from __future__ import annotations

import numpy as np

from ..gan.folder import Generator

TUNE_STEPS = 200    # Adam steps on the copy's layout layers (100: less like the source)
TUNE_LR = 1e-3      # 3e-4 (as for StyleGAN's pivots) moved the pixels too little in 200 steps
TUNE_PIXEL = 10.0   # pixel term's weight (RGBA in [-1, 1]); at 1 the pixel error barely fell
TUNE_SPATIAL = 0.5  # block-2 activations, place by place, as in encode


def layout_layers(G) -> list:
    """The layers of generator ``G`` that hold weights, up to the first upsampling
    convolution's batch normalisation: the embedding, the dense layer, the first stage."""
    import keras

    from ..gan.model import SubPixelUp
    out, convs = [], 0
    for layer in G.layers:
        if isinstance(layer, (keras.layers.Conv2D, SubPixelUp)):
            convs += 1
            if convs == 2:
                break
        if layer.trainable_variables:
            out.append(layer)
    return out


def tune(gen: Generator, image: np.ndarray, latent: np.ndarray, label: int | None = None, *,
         steps: int = TUNE_STEPS, progress=None) -> Generator:
    """A copy of ``gen`` whose layout layers are fitted so that ``latent`` (D,) (of class
    ``label``, conditional models) draws ``image`` (H, W, 4) uint8; ``gen`` itself is
    untouched. ``progress(k)`` is called as the steps advance. Deterministic on CPU: the same
    inputs give the same weights."""
    import keras
    import tensorflow as tf

    from ..gan.step import to_float
    from ..vgg import backbone, enlargement, perceptual_target, perceptual_terms
    out = gen.copy()
    G = out.G
    variables = [v for layer in layout_layers(G) for v in layer.trainable_variables]
    net = backbone()
    h, w = image.shape[:2]
    k = enlargement(h, w)
    y0, x0 = (gen.cfg.size - h) // 2, (gen.cfg.size - w) // 2
    target = tf.constant(to_float(image[None]))
    aim = perceptual_target(net, target, k)
    z = tf.constant(np.asarray(latent, np.float32)[None])
    inputs = [z, tf.constant([label], tf.int32)] if gen.cfg.num_classes else z
    opt = keras.optimizers.Adam(TUNE_LR)

    @tf.function(autograph=False)  # plain tensor code; autograph would leave files in /tmp
    def step():
        with tf.GradientTape() as tape:
            x = G(inputs, training=False)[:, y0:y0 + h, x0:x0 + w]
            feat, spatial = perceptual_terms(net, x, k, aim)  # one sprite: (1,) each
            loss = (tf.reduce_sum(feat) + TUNE_SPATIAL * tf.reduce_sum(spatial)
                    + TUNE_PIXEL * tf.reduce_mean(tf.square(x - target)))
        opt.apply_gradients(zip(tape.gradient(loss, variables), variables))
        return loss

    for _ in range(steps):
        step()
        if progress:
            progress(1)
    return out
