"""From sprites a user already has to latents: ``encode`` (variations near one: ``variations.py``).

``encode`` finds, for each sprite, the latent (and class, for a conditional model) whose
generated sprite looks most like it. It starts from the best of many seeded samples (of every
class, drawn as ``generate`` draws them) in VGG feature space (the space ``evaluate`` measures
in), ranking only the samples nearest the sprite in pixel layout (VGG features of all of them
would take most of the time for one sprite). Then Adam moves the latent against a perceptual
loss (the squared distance in ``vgg.sprite_features``' space, which is what ``encode`` reports,
plus VGG16 block 2's activations place by place) and a pixel loss, with a prior term that keeps
the latent's length near sqrt(D), where the generator was trained. The loss sees the generator's
output with its hues pulled into the sprite's hue families as the clean-up will pull them
(``hue_pull``), so a generated sprite's own latent is where the loss is lowest; the
reconstruction is cleaned into the input's hue families, not its own. The class stays the
start's.

"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import seeds
from ..errors import SpriteforgeError
from ..gan.folder import Generator, default_labels
from ..pixelart.steps import HUE_FAMILIES, HUE_WIDTH, hue_centres, layout_features
from ..pixelart.stats import HUE_CHROMA

CANDIDATES = 1024   # seeded samples the best start is chosen from
SHORTLIST = 32      # per sprite, nearest candidates in pixel layout that are then ranked in VGG space
STEPS = 50          # Adam steps on the latent
LR = 0.2
WARMUP = 5.0       # steps over which the learning rate ramps up to LR (a full first step leaves the start's basin)
FEATURE_WEIGHT = 1.0   # squared distance in sprite_features space
SPATIAL_WEIGHT = 0.5  # block-2 activations, place by place: the layout
PIXEL_WEIGHT = 1.0    # RGBA in [-1, 1]
PRIOR_WEIGHT = 0.1  # (|z| / sqrt(D) - 1)^2: keeps the latent where the generator was trained


@dataclass
class Encoded:
    latents: np.ndarray          # (N, D) float32
    labels: np.ndarray | None    # (N,) int32 class index, conditional models only
    images: np.ndarray           # (N, H, W, 4) uint8, the clean reconstructions
    distance: np.ndarray         # (N,) VGG feature distance, reconstruction to input
    psnr: np.ndarray             # (N,) dB, RGB over mid-grey
    typical: float               # median nearest-neighbour VGG distance between training sprites

    @classmethod
    def of_latents(cls, gen: Generator, latents: np.ndarray, labels: np.ndarray | None) -> "Encoded":
        """Latents already known (saved by ``generate`` or ``encode``, or a studio sprite's): the
        sprites they draw, which they reconstruct exactly (distance 0)."""
        drawn = gen.style.clean(gen(latents, labels))
        n = len(latents)
        return cls(np.asarray(latents, np.float32), labels, drawn, np.zeros(n), np.zeros(n), 0.0)


def check_options(command: str = "encode", **values) -> None:
    """``encode``'s and ``variations``' (``command``) options checked against ``limits.RANGES``
    before the model loads (OptionError naming the option); None values are not given."""
    from ..limits import check_numbers
    check_numbers(command, {k: v for k, v in values.items() if v is not None})


def check_sprites(gen: Generator, images: np.ndarray, names: list[str] | None = None) -> None:
    """SpriteforgeError unless every (H, W, 4) sprite is the model's tile size and has a
    visible pixel (a blank sprite has no neighbourhood to draw from)."""
    want = gen.train_images.shape[1:3]
    for i, im in enumerate(images):
        who = names[i] if names else f"sprite {i}"
        if im.shape[:2] != want:
            raise SpriteforgeError(f"{who} is {im.shape[1]}x{im.shape[0]}; this model draws "
                                   f"{want[1]}x{want[0]} sprites")
        if not (np.asarray(im)[..., 3] > 0).any():
            raise SpriteforgeError(f"{who} is fully transparent: there is no sprite to encode")


def _features(images: np.ndarray) -> np.ndarray:
    from ..vgg import sprite_features
    return sprite_features(images)


def psnr(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(N, H, W, 4) uint8 pairs -> (N,) PSNR in dB of their RGB over mid-grey."""
    from ..image import composite
    mse = ((composite(a) - composite(b)) ** 2).mean((1, 2, 3))
    return 10 * np.log10(255.0 ** 2 / np.maximum(mse, 1e-10))


def encode(gen: Generator, images: np.ndarray, *, steps: int = STEPS, seed: int = 0,
           klass: str | None = None, candidates: int = CANDIDATES, progress=None) -> Encoded:
    """(N, H, W, 4) uint8 sprites -> ``Encoded``. ``klass``: search that class only (conditional
    models); ``progress(k)`` is called as the optimisation advances."""
    check_options(steps=steps)
    images = np.asarray(images, np.uint8)
    check_sprites(gen, images)
    style = gen.style
    from ..kmeans import distances
    rng = np.random.default_rng([seed, seeds.ENCODE])
    z = rng.standard_normal((candidates, gen.latent_dim)).astype(np.float32)
    if klass is not None:
        labels = np.full(candidates, gen.class_index(klass), np.int32)
    elif gen.cfg.num_classes:  # every class, as generate draws them (the nearest training
        # sprite's class was tried: generated sprites often look like another class's)
        labels = default_labels(candidates, seed, gen.cfg.num_classes,
                                gen.train_labels if gen.cfg.clusters else None)
    else:
        labels = None
    target = _features(images)
    raw = gen(z, labels)  # raw: cleaning every candidate costs 2x
    # the clean-up's layout features (``style`` above has already fitted them to this tile size)
    near = np.argsort(distances(layout_features(images), layout_features(raw)), 1,
                      kind="stable")[:, :SHORTLIST]
    short = np.unique(near)  # VGG features for these only: a fraction of the cost for one sprite
    best = short[distances(target, _features(raw[short])).argmin(1)]  # (N,) each sprite's nearest sample
    lab = None if labels is None else labels[best]

    centres = _centres(images, style.hues)  # the inputs' hue families: the loss's and the clean-up's
    own = _hue_lists(centres)

    def drawn(zz):  # -> clean sprites (in the inputs' hues) and their distance to the inputs
        im = style.clean(gen(zz, lab), hue_centres=own)
        return im, np.sqrt(((_features(im) - target) ** 2).sum(1))

    out = z[best]
    recon, dist = drawn(out)
    if steps:
        z1 = _optimise(gen, images, out, lab, steps, progress, centres)
        recon1, dist1 = drawn(z1)
        better = dist1 <= dist  # the loss is a proxy: keep what measures better
        out, recon, dist = (np.where(better[:, None], z1, out), np.where(better[:, None, None, None], recon1, recon),
                            np.where(better, dist1, dist))
    return Encoded(out, lab, recon, dist, psnr(recon, images), typical_distance(gen))


def typical_distance(gen: Generator) -> float:
    """Median distance from a training sprite to its nearest other one in VGG feature space:
    how far apart two real sprites typically are (model.json's record, else computed)."""
    from ..gan.metrics import typical_gap
    rec = gen.meta.get("typical_distance")
    return float(rec) if rec is not None else typical_gap(gen.train_features)


def _optimise(gen: Generator, images: np.ndarray, z0: np.ndarray, labels, steps: int, progress,
              centres: np.ndarray):
    """Adam on the latents; returns the latent of each sprite's lowest loss along the way.
    ``centres``: (N, F) the inputs' hue-family centres (``_centres``), for ``hue_pull``."""
    import tensorflow as tf

    from ..gan.step import to_float
    from ..vgg import backbone, enlargement, perceptual_target
    step = _step_function(gen)
    target = tf.constant(to_float(images))
    h, w = images.shape[1:3]
    t_h2, t_f, scale = perceptual_target(backbone(), target, enlargement(h, w))
    z = tf.constant(z0)
    m = v = tf.zeros_like(z)
    lab = None if labels is None else tf.constant(labels, tf.int32)
    centres = tf.constant(centres, tf.float32)
    best_loss = np.full(len(z0), np.inf)
    best_z = z0.copy()
    for t in range(1, steps + 1):
        loss, z_next, m, v = step(z, m, v, tf.constant(float(t)), lab, target, t_h2, t_f, scale, centres)
        loss = loss.numpy()  # the loss of ``z``
        better = loss < best_loss
        best_loss[better] = loss[better]
        best_z[better] = z.numpy()[better]
        z = z_next
        if progress:
            progress(1)
    return best_z.astype(np.float32)


def _centres(images: np.ndarray, families: int) -> np.ndarray:
    """(N, H, W, 4) uint8 sprites -> (N, HUE_FAMILIES) their hue-family centres in degrees
    (``cleanup.hue_centres`` of the solid pixels; nan where a sprite has fewer, all nan when
    the clean-up has no hue step)."""
    from ..pixelart.palette import to_lab
    out = np.full((len(images), HUE_FAMILIES), np.nan, np.float32)
    for i, im in enumerate(images if families else []):
        c = hue_centres(to_lab(im[im[..., 3] >= 128][:, :3]), families)[:HUE_FAMILIES]
        out[i, :len(c)] = c
    return out


def _hue_lists(centres: np.ndarray) -> list[list[float]] | None:
    """(N, F) centres, nan for none -> per sprite the list ``SpriteStyle.clean`` takes; None
    (each sprite's own) where no sprite has one."""
    ok = np.isfinite(centres)
    return [row[k].tolist() or None for row, k in zip(centres, ok)] if ok.any() else None


def hue_pull(x, centres):
    """[-1, 1] RGBA (N, H, W, 4) tensor -> the same with each solid (alpha >= 0 here, 128 of
    255) pixel whose CIE Lab chroma exceeds HUE_CHROMA turned to within HUE_WIDTH degrees of
    hue of the nearest of its sprite's ``centres`` (N, F) degrees, nan for none: the clean-up's
    hue step (``cleanup.hue_families``), differentiable. L* and C* stay (sRGB, D65, as skimage)."""
    import tensorflow as tf
    rgb = (x[..., :3] + 1.0) / 2.0
    lin = tf.where(rgb <= 0.04045, rgb / 12.92, tf.pow((tf.maximum(rgb, 0.04045) + 0.055) / 1.055, 2.4))
    white = tf.constant([0.95047, 1.0, 1.08883])
    xyz = tf.einsum("nhwc,rc->nhwr", lin, tf.constant(_XYZ)) / white
    f = tf.where(xyz > 0.008856, tf.pow(tf.maximum(xyz, 0.008856), 1.0 / 3.0), 7.787 * xyz + 16.0 / 116.0)
    a, b = 500.0 * (f[..., 0] - f[..., 1]), 200.0 * (f[..., 1] - f[..., 2])
    has = tf.reduce_any(tf.math.is_finite(centres), 1)[:, None, None]
    move = (a * a + b * b > HUE_CHROMA ** 2) & (x[..., 3] >= 0.0) & has
    a_s, b_s = tf.where(move, a, 1.0), tf.where(move, b, 0.0)  # no 0/0 in atan2's gradient
    hue = tf.atan2(b_s, a_s) * (180.0 / np.pi)
    c = tf.where(tf.math.is_finite(centres), centres, 1e4)[:, None, None, :]
    d = tf.math.floormod(hue[..., None] - c + 180.0, 360.0) - 180.0
    d = tf.where(tf.abs(c) < 1e3, d, 1e4)
    near = tf.gather(d, tf.argmin(tf.abs(d), -1), batch_dims=3)
    turned = (hue - near + tf.clip_by_value(near, -HUE_WIDTH, HUE_WIDTH)) * (np.pi / 180.0)
    chroma = tf.sqrt(a_s * a_s + b_s * b_s)
    a2, b2 = chroma * tf.cos(turned), chroma * tf.sin(turned)
    fy = f[..., 1]
    f2 = tf.stack([a2 / 500.0 + fy, fy, fy - b2 / 200.0], -1)
    xyz2 = tf.where(f2 > 0.2068966, f2 ** 3, (f2 - 16.0 / 116.0) / 7.787) * white
    lin2 = tf.einsum("nhwc,rc->nhwr", xyz2, tf.constant(_RGB))
    srgb = tf.where(lin2 <= 0.0031308, 12.92 * lin2, 1.055 * tf.pow(tf.maximum(lin2, 0.0031308), 1 / 2.4) - 0.055)
    out = tf.where(move[..., None], tf.clip_by_value(srgb, 0.0, 1.0), rgb) * 2.0 - 1.0
    return tf.concat([out, x[..., 3:]], -1)


_XYZ = [[0.412453, 0.357580, 0.180423], [0.212671, 0.715160, 0.072169], [0.019334, 0.119193, 0.950227]]
_RGB = np.linalg.inv(np.array(_XYZ)).astype(np.float32).tolist()


def _step_function(gen: Generator):
    """One Adam step on the latents as a tf.function, traced once per model and batch size
    (a trace costs about as much as 20 steps)."""
    if getattr(gen, "_encode_step", None) is not None:
        return gen._encode_step
    import tensorflow as tf

    from ..vgg import backbone, enlargement, perceptual_terms
    net = backbone()
    h, w = gen.train_images.shape[1:3]
    k = enlargement(h, w)
    size = gen.cfg.size
    y0, x0 = (size - h) // 2, (size - w) // 2
    dim = float(gen.latent_dim)

    @tf.function(autograph=False)  # plain tensor code; autograph would leave files in /tmp
    def step(z, m, v, t, lab, target, t_h2, t_f, scale, centres):
        with tf.GradientTape() as tape:
            tape.watch(z)
            x = gen.G([z, lab] if lab is not None else z, training=False)
            x = hue_pull(x[:, y0:y0 + h, x0:x0 + w], centres)
            feat, spatial = perceptual_terms(net, x, k, (t_h2, t_f, scale))
            pix = tf.reduce_mean(tf.square(x - target), axis=[1, 2, 3])
            prior = tf.square(tf.norm(z, axis=1) / tf.sqrt(dim) - 1.0)
            loss = FEATURE_WEIGHT * feat + SPATIAL_WEIGHT * spatial + PIXEL_WEIGHT * pix + PRIOR_WEIGHT * prior
            total = tf.reduce_sum(loss)  # each sprite's loss depends on its own row only
        g = tape.gradient(total, z)
        m = 0.9 * m + 0.1 * g  # Adam (Kingma & Ba 2015), per latent coordinate
        v = 0.999 * v + 0.001 * g * g
        lr = LR * tf.minimum(1.0, t / WARMUP)
        z = z - lr * (m / (1 - 0.9 ** t)) / (tf.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        return loss, z, m, v

    gen._encode_step = step
    return step


def write_encoded(enc: Encoded, names: list[str], inputs: np.ndarray, out, classes: list[str],
                  *, seed: int, steps: int, overwrite: bool = False):
    """OUT/NAME.npy (latent) and NAME.png (reconstruction) per sprite, preview.png (each input
    beside its reconstruction, 4x) and encode.json (distances, classes: the files work as
    operands of interpolate and arithmetic)."""
    from pathlib import Path

    from ..formats import atomic_dir, save_json
    from ..io import save_png
    from ..sheets import contact_sheet
    with atomic_dir(out, overwrite) as tmp:
        for i, name in enumerate(names):
            save_png(tmp / f"{name}.png", enc.images[i])
            with open(tmp / f"{name}.npy", "wb") as f:
                np.save(f, enc.latents[i])
        pairs = np.stack([x for i in range(len(names)) for x in (inputs[i], enc.images[i])])
        save_png(tmp / "preview.png", contact_sheet(pairs, cols=min(2 * len(names), 8), scale=4))
        meta = {"seed": seed, "steps": steps, "typical_distance": round(enc.typical, 4),
                "sprites": {n: {"distance": round(float(enc.distance[i]), 4),
                                "psnr": round(float(enc.psnr[i]), 2)} for i, n in enumerate(names)}}
        if enc.labels is not None:
            meta["class"] = {n: classes[int(enc.labels[i])] for i, n in enumerate(names)}
        save_json(tmp / "encode.json", meta)
    return Path(out)
