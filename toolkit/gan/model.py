"""A small DCGAN for 32x32 RGBA sprites, sized to train in minutes on 2 CPU cores.

Images live in [-1, 1], channels RGBA; a transparent pixel is (-1, -1, -1, -1).

Generator: z -> 4x4 -> 8 -> 16 -> 32, each step nearest-neighbour upsampling
followed by a 3x3 convolution. Transposed convolutions with stride 2 leave
checkerboard artefacts, which show badly in pixel art (and in the alpha
channel); resize-convolution does not.

Discriminator: strided 3x3 convolutions with spectral normalisation (Miyato et
al. 2018), which keeps it Lipschitz-bounded: the main guard against it simply
memorising a few hundred training images.
"""
from __future__ import annotations

import keras
from keras import layers, ops


def build_generator(latent_dim: int = 128, width: int = 256, channels: int = 4,
                    num_classes: int = 0) -> keras.Model:
    z = keras.Input((latent_dim,), name="z")
    inputs = [z]
    h = z
    if num_classes:
        y = keras.Input((), dtype="int32", name="label")
        inputs.append(y)
        h = layers.Concatenate()([z, layers.Embedding(num_classes, latent_dim)(y)])
    h = layers.Dense(4 * 4 * width, use_bias=False)(h)
    h = layers.Reshape((4, 4, width))(h)
    h = layers.BatchNormalization()(h)
    h = layers.ReLU()(h)
    c = width
    for _ in range(3):  # 4 -> 8 -> 16 -> 32
        c //= 2
        h = layers.UpSampling2D(2, interpolation="nearest")(h)
        h = layers.Conv2D(c, 3, padding="same", use_bias=False)(h)
        h = layers.BatchNormalization()(h)
        h = layers.ReLU()(h)
    out = layers.Conv2D(channels, 3, padding="same", activation="tanh", name="rgba")(h)
    return keras.Model(inputs if num_classes else z, out, name="generator")


class MinibatchStdDev(layers.Layer):
    """Appends one feature map: the standard deviation of each feature across the
    batch, averaged to one number (Karras et al. 2018, ProGAN). A batch of
    near-identical fakes then looks different from a batch of varied real
    sprites, so the discriminator can punish the generator for collapsing onto a
    few weapons. Real and fake batches go through D separately (train.py)."""

    def call(self, x):
        std = ops.mean(ops.sqrt(ops.var(x, axis=0) + 1e-8))
        return ops.concatenate([x, ops.ones_like(x[..., :1]) * std], axis=-1)


def build_discriminator(width: int = 64, channels: int = 4, spectral_norm: bool = True,
                        num_classes: int = 0, aux_classifier: bool = False,
                        minibatch_std: bool = False) -> keras.Model:
    """-> logits (B, 1); with ``aux_classifier`` also class logits (B, num_classes)."""
    x = keras.Input((32, 32, channels), name="image")
    inputs = [x]

    def conv(c, stride):
        layer = layers.Conv2D(c, 3, strides=stride, padding="same")
        return layers.SpectralNormalization(layer) if spectral_norm else layer

    h = x
    c = width
    for stride in (1, 2, 2, 2):  # 32 -> 32 -> 16 -> 8 -> 4
        h = conv(c, stride)(h)
        h = layers.LeakyReLU(0.2)(h)
        c = min(c * 2, 256) if stride == 2 else c
    if minibatch_std:
        h = MinibatchStdDev()(h)
    h = layers.Flatten()(h)
    dense = layers.Dense(1)
    out = (layers.SpectralNormalization(dense) if spectral_norm else dense)(h)
    if num_classes:  # projection discriminator (Miyato & Koyama 2018)
        y = keras.Input((), dtype="int32", name="label")
        inputs.append(y)
        emb = layers.Embedding(num_classes, h.shape[-1])(y)
        out = layers.Add()([out, layers.Dot(axes=1)([h, emb])])
        if aux_classifier:  # AC-GAN head on the shared features
            out = [out, layers.Dense(num_classes, name="aux_classes")(h)]
    return keras.Model(inputs if num_classes else x, out, name="discriminator")
