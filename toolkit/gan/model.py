"""A small DCGAN for square RGBA sprites of 16, 24, 32, 48 or 64 px, sized to train in minutes
on 2 CPU cores.

Images live in [-1, 1], channels RGBA; a transparent pixel is (-1, -1, -1, -1).

Generator (32 px): z -> 4x4 -> 8 -> 16 -> 32, each step nearest-neighbour upsampling
followed by a 3x3 convolution. Other sizes start from 4x4 (16, 64) or 3x3 (24, 48) and take
one doubling per factor of two (``stages``); G's widths double per extra stage so its
last stage keeps the 32 px network's 16 channels, and D adds a stride-2 layer per stage. Transposed convolutions with stride 2 leave
checkerboard artefacts, which show badly in pixel art (and in the alpha
channel); resize-convolution does not. ``upsample="subpixel"`` computes each
resize-convolution at the low resolution instead (SubPixelUp: the same function
at initialisation, 16/36 of the multiply-adds) and lets the last one make the
RGBA output itself, so no convolution runs on 32x32 feature maps: a training
step takes 0.82x as long (benchmarks/gan_step.py). In the same minutes it scored no better
(TrainConfig.g_upsample), so resize stays the default.

Discriminator: strided 3x3 convolutions with spectral normalisation (Miyato et
al. 2018), which keeps it Lipschitz-bounded: the main guard against it simply
memorising a few hundred training images.
"""
from __future__ import annotations

import keras
from keras import layers, ops

from .config import SIZES  # square sprite sides the networks are built for


# Output rows of depth_to_space block 0 (after SubPixelUp's one-pixel crop) read input
# rows i and i+1, which nearest upsampling made 3x3 taps {0, 1} and {2}; block 1 reads
# rows i-1 and i: taps {0} and {1, 2}. Columns likewise.
_PHASE_TAPS = (((0, 1), (2,)), ((0,), (1, 2)))


def phase_kernel(w3):
    """(3, 3, cin, f) resize-conv kernel -> (2, 2, cin, 4f) SubPixelUp kernel computing
    exactly conv3x3(upsample_nearest_x2(x), w3)."""
    blocks = []
    for rows in _PHASE_TAPS:        # depth_to_space block row
        for cols in _PHASE_TAPS:    # block column
            k = [[sum(w3[r, c] for r in rr for c in cc) for cc in cols] for rr in rows]
            blocks.append(ops.stack([ops.stack(row) for row in k]))
    return ops.concatenate(blocks, axis=-1)


class SubPixelUp(layers.Layer):
    """x2 nearest upsampling then a 3x3 convolution, computed at the low resolution.

    After nearest upsampling, each output pixel's 3x3 window covers only 2x2 input
    pixels, and which 2x2 depends on the pixel's phase (row and column parity). So
    the four phases are four 2x2 convolutions of the input: one 2x2 convolution
    with 4*filters outputs on the input padded by one pixel, then depth_to_space,
    then a one-pixel crop that puts every phase on its own window. It needs
    16/36 of the multiply-adds (plus the padding border) and no upsampled copy.

    The kernel starts as the exact phase split of a Glorot-initialised 3x3 kernel,
    so at initialisation the layer *is* the resize-convolution: no checkerboard to
    unlearn (Aitken et al. 2017 make the same point for sub-pixel convolution).
    Training then unties the phases' taps (16 weights per channel pair instead of 9).
    """

    def __init__(self, filters: int, use_bias: bool = False, **kw):
        super().__init__(**kw)
        self.filters = filters
        self.use_bias = use_bias

    def build(self, input_shape):
        cin, f = input_shape[-1], self.filters
        glorot = keras.initializers.GlorotUniform()  # seeded by keras.utils.set_random_seed
        self.kernel = self.add_weight(
            shape=(2, 2, cin, 4 * f), name="kernel",
            initializer=lambda shape, dtype=None: phase_kernel(glorot((3, 3, cin, f), dtype)))
        self.bias = (self.add_weight(shape=(f,), initializer="zeros", name="bias")
                     if self.use_bias else None)

    def call(self, x):
        import tensorflow as tf
        y = tf.nn.conv2d(tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]]), self.kernel, 1, "VALID")
        y = tf.nn.depth_to_space(y, 2)[:, 1:-1, 1:-1, :]
        return y + self.bias if self.bias is not None else y

    def compute_output_shape(self, input_shape):
        b, h, w, _ = input_shape
        return (b, None if h is None else 2 * h, None if w is None else 2 * w, self.filters)

    def get_config(self):
        return {**super().get_config(), "filters": self.filters, "use_bias": self.use_bias}


class WrapPad(layers.Layer):
    """Circular padding by ``pad`` pixels: the image continues from its opposite edge, so a
    3x3 convolution after it treats the tile as a torus (tileable generators)."""

    def __init__(self, pad: int = 1, **kw):
        super().__init__(**kw)
        self.pad = pad

    def call(self, x):
        p = self.pad
        x = ops.concatenate([x[:, -p:], x, x[:, :p]], axis=1)
        return ops.concatenate([x[:, :, -p:], x, x[:, :, :p]], axis=2)

    def compute_output_shape(self, s):
        grow = lambda d: None if d is None else d + 2 * self.pad  # noqa: E731
        return (s[0], grow(s[1]), grow(s[2]), s[3])

    def get_config(self):
        return {**super().get_config(), "pad": self.pad}


def stages(size: int) -> tuple[int, int]:
    """Sprite side ``size`` (one of SIZES) -> (start side, doublings): 32 -> (4, 3), 24 -> (3, 3)."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(map(str, SIZES))}, got {size}")
    base = 3 if size % 3 == 0 else 4
    return base, (size // base).bit_length() - 1


def generator_for(cfg) -> keras.Model:
    """``build_generator`` as a run's ``TrainConfig`` ``cfg`` describes it (weights fresh)."""
    return build_generator(cfg.latent_dim, cfg.g_width, num_classes=cfg.num_classes,
                           upsample=cfg.g_upsample, size=cfg.size, wrap=cfg.tileable)


def build_generator(latent_dim: int = 128, width: int = 128, channels: int = 4,
                    num_classes: int = 0, upsample: str = "resize", size: int = 32,
                    wrap: bool = False) -> keras.Model:
    """z (B, latent_dim) [+ label (B,)] -> (B, size, size, channels) in [-1, 1]. ``width``: the
    channels of the first stage at 32 px (twice that per extra stage, half per stage fewer).
    ``wrap``: circular padding in every convolution, so the output tiles seamlessly (resize
    upsampling only).

    ``upsample``: "resize" (nearest x2 + 3x3 conv, then a 3x3 output conv at 32x32) or
    "subpixel" (SubPixelUp stages, the last of which makes the 32x32 output itself:
    one convolution fewer at full resolution, where this network spends most time).
    """
    if upsample not in ("resize", "subpixel"):
        raise ValueError(f"upsample must be resize or subpixel, got {upsample!r}")
    if wrap and upsample != "resize":
        raise ValueError("wrap needs resize upsampling")
    base, ups = stages(size)

    def conv3(c, **kw):  # a 3x3 "same" convolution, on a torus when wrapping
        if not wrap:
            return layers.Conv2D(c, 3, padding="same", **kw)
        conv = layers.Conv2D(c, 3, padding="valid", **kw)
        return lambda t: conv(WrapPad(1)(t))
    width = max(16 * 2 ** ups, width * 2 ** (ups - 3)) if ups != 3 else width
    z = keras.Input((latent_dim,), name="z")
    inputs = [z]
    h = z
    if num_classes:
        y = keras.Input((), dtype="int32", name="label")
        inputs.append(y)
        h = layers.Concatenate()([z, layers.Embedding(num_classes, latent_dim)(y)])
    h = layers.Dense(base * base * width, use_bias=False)(h)
    h = layers.Reshape((base, base, width))(h)
    h = layers.BatchNormalization()(h)
    h = layers.ReLU()(h)
    c = width
    if upsample == "subpixel":
        for _ in range(ups - 1):  # 4 -> 8 -> 16
            c //= 2
            h = layers.ReLU()(layers.BatchNormalization()(SubPixelUp(c)(h)))
        out = layers.Activation("tanh", name="rgba")(SubPixelUp(channels, use_bias=True)(h))
        return keras.Model(inputs if num_classes else z, out, name="generator")
    for _ in range(ups):  # 4 -> 8 -> 16 -> 32
        c //= 2
        h = layers.UpSampling2D(2, interpolation="nearest")(h)
        h = conv3(c, use_bias=False)(h)
        h = layers.BatchNormalization()(h)
        h = layers.ReLU()(h)
    out = conv3(channels, activation="tanh", name="rgba")(h)
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
                        minibatch_std: bool = False, size: int = 32) -> keras.Model:
    """(B, size, size, channels) -> logits (B, 1); with ``aux_classifier`` also class logits
    (B, num_classes)."""
    _, ups = stages(size)
    x = keras.Input((size, size, channels), name="image")
    inputs = [x]

    def conv(c, stride):
        layer = layers.Conv2D(c, 3, strides=stride, padding="same")
        return layers.SpectralNormalization(layer) if spectral_norm else layer

    h = x
    c = width
    for stride in (1,) + (2,) * ups:  # 32 -> 32 -> 16 -> 8 -> 4
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
