"""From sprites a user already has to latents: encode, and variations near a sprite.

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

``variations`` first tunes a copy of the generator so that the encoded latent draws the sprite
itself (``tune.py``), then draws latents around it in that copy (Gaussian, 0.5 to 2 times ``spread`` times a
typical latent's per-dimension scale) in its class, eight candidates per variation asked for; it keeps
those that are not the input itself (the novelty filter), lie nearer the input than any other
training sprite and look like the set's pixel art, steps out from the most different of them a few
rounds, and picks farthest-first so they differ from each other. They are cleaned in the
input's hue families, as its reconstruction is.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import seeds
from ..errors import OptionError, SpriteforgeError
from ..gan.folder import Generator, default_labels
from ..pixelart.steps import HUE_FAMILIES, HUE_WIDTH, hue_centres, layout_features
from ..pixelart.stats import HUE_CHROMA
from .tune import TUNE_STEPS

CANDIDATES = 1024   # seeded samples the best start is chosen from
SHORTLIST = 32      # per sprite, nearest candidates in pixel layout that are then ranked in VGG space
STEPS = 50          # Adam steps on the latent
LR = 0.2
WARMUP = 5.0       # steps over which the learning rate ramps up to LR (a full first step leaves the start's basin)
FEATURE_WEIGHT = 1.0   # squared distance in sprite_features space
SPATIAL_WEIGHT = 0.5  # block-2 activations, place by place: the layout
PIXEL_WEIGHT = 1.0    # RGBA in [-1, 1]
PRIOR_WEIGHT = 0.1  # (|z| / sqrt(D) - 1)^2: keeps the latent where the generator was trained
MAX_ROUNDS = 8      # variations: redraws of sprites too close to the input
OVERSAMPLE = 8      # variations: candidates drawn per variation asked for (4: 62 % qualified at spread 0.8)
SPREAD = 0.8        # variations: 0.3 kept 96 % near the source but 0.22x the diversity of samples
SPREAD_MIX = (0.5, 1.0, 1.5, 2.0)  # candidates' noise scales, times SPREAD (one scale: 82 % near the source, mixed: 90 %)
WALK_ROUNDS = 3     # variations: rounds stepping out from the most different ones (0: one draw, 0.33x the diversity of samples; 4: 0.41x)
WALK_STEP = 0.5     # their noise scale, times spread
FILL_SHORTLIST = 4  # too few qualify: the fill is picked farthest-first from this many times the missing


@dataclass
class Encoded:
    latents: np.ndarray          # (N, D) float32
    labels: np.ndarray | None    # (N,) int32 class index, conditional models only
    images: np.ndarray           # (N, H, W, 4) uint8, the clean reconstructions
    distance: np.ndarray         # (N,) VGG feature distance, reconstruction to input
    psnr: np.ndarray             # (N,) dB, RGB over mid-grey
    typical: float               # median nearest-neighbour VGG distance between training sprites


def check_options(*, steps: int | None = None, n: int | None = None, spread: float | None = None,
                  tune_steps: int | None = None) -> None:
    """``encode``'s and ``variations``' option checks (OptionError naming the option), for callers
    that check before the model loads."""
    if steps is not None and not 0 <= steps <= 5000:
        raise OptionError("steps", f"must be in 0..5000, got {steps}")
    if n is not None and not 1 <= n <= 10000:
        raise OptionError("n", f"must be in 1..10000, got {n}")
    if spread is not None and not 0 < spread <= 2:
        raise OptionError("spread", f"must be in (0, 2], got {spread}")
    if tune_steps is not None and not 0 <= tune_steps <= 5000:
        raise OptionError("tune_steps", f"must be in 0..5000, got {tune_steps}")


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


def variations(gen: Generator, image: np.ndarray, n: int = 16, *, spread: float = SPREAD, seed: int = 0,
               encoded: Encoded | None = None, steps: int = STEPS, tune_steps: int = TUNE_STEPS,
               mix: bool = False, progress=None) -> tuple[np.ndarray, np.ndarray, Encoded]:
    """``n`` clean sprites near one (H, W, 4) ``image`` -> (images (n, H, W, 4) uint8,
    latents (n, D), its ``Encoded``). ``spread``: the noise's scale per latent dimension
    (1 = as far as a new random latent); candidates are drawn at SPREAD_MIX times it, so a
    sprite with close neighbours still gets near candidates and one in open space far ones.

    ``tune_steps`` > 0: the variations are drawn from a copy of the generator tuned so that
    the encoded latent draws ``image`` itself (``tune.tune``), so they keep its colours and
    parts; the latents returned are then the copy's, not ``gen``'s. 0: from ``gen``. When the
    copy draws fewer than ``n`` that qualify (below), the rest are ``gen``'s own variations:
    a source the copy cannot draw cleanly would otherwise get fill of dark, broken shapes.
    ``mix`` (with ``tune_steps``): the ``n`` are picked from the copy's and ``gen``'s qualifying
    candidates together, more varied (the copy, fitted to one sprite, varies less) and less
    like the input; each latent is that of the generator that drew it.

    OVERSAMPLE x ``n`` candidates are drawn; a candidate qualifies when it is not the input
    (the novelty filter), lies nearer the input than any other training sprite in VGG
    space (it still reads as this sprite's variation, not another's) and its pixel-art
    statistics lie inside the training set's 5-95 % range (no fragments or speckle). Then
    WALK_ROUNDS times: the ``n`` qualifying ones that differ most (farthest-first) each get
    OVERSAMPLE new candidates around them, WALK_STEP x ``spread`` away, so the variations
    spread out over the region where they still read as this sprite's. The ``n`` are picked
    from all qualifying ones farthest-first (each the farthest from those already picked);
    when too few qualify (the model draws nothing nearer the input than another training
    sprite), the rest are filled from ``gen``'s first draw: of its FILL_SHORTLIST x as many
    most input-like (not copies, pixel art first), those that differ most."""
    from ..limits import check_numbers
    check_numbers("variations", {"n": n, "spread": spread, "seed": seed, "steps": steps, "tune_steps": tune_steps})
    check_options(n=n, spread=spread)
    from ..gan.metrics import memorisation_threshold
    from ..gan.sample import novelty_features
    enc = encoded or encode(gen, image[None], seed=seed, steps=steps, progress=progress)
    z0, lab = enc.latents[0], None if enc.labels is None else enc.labels[:1]
    ctx = {"base": gen, "image": image, "z0": z0, "n": n, "spread": spread, "seed": seed,
           "threshold": memorisation_threshold(novelty_features(gen.train_images)),
           "src": novelty_features(image[None]), "f_src": _features(image[None]),
           "labels": None if lab is None else np.repeat(lab, OVERSAMPLE * n),
           "own": _hue_lists(_centres(image[None], gen.style.hues)),
           "others": gen.train_features[~(gen.train_images == image).all((1, 2, 3))]}  # its copies aside
    copy = own = None
    if tune_steps:
        from .tune import tune
        copy = _qualifying(tune(gen, image, z0, None if lab is None else int(lab[0]), steps=tune_steps,
                                progress=progress), ctx)["pool"]
        out_imgs, out_lat = _pick(copy, n)
    if copy is None or mix or len(out_imgs) < n:
        own = _qualifying(gen, ctx)
    if copy is None:
        out_imgs, out_lat = _pick(own["pool"], n)
    elif mix:
        out_imgs, out_lat = _pick(tuple(np.concatenate(x) for x in zip(copy, own["pool"])), n)
    elif own is not None:  # the copy's, then (too few) the model's own for the rest
        more_imgs, more_lat = _pick(own["pool"], n - len(out_imgs))
        out_imgs, out_lat = np.concatenate([out_imgs, more_imgs]), np.concatenate([out_lat, more_lat])
    if len(out_imgs) < n:  # too few qualify: of the model's first draw's rest, the most input-like, each different
        k = n - len(out_imgs)
        ok, margin, art, novel = own["ok"], own["margin"], own["art"], own["novel"]
        rest = np.flatnonzero(~ok)
        rest = rest[np.lexsort((-margin[rest], ~art[rest], ~novel[rest]))][:FILL_SHORTLIST * k]
        rest = _farthest_first(own["f"], rest, own["d_src"], k)
        out_imgs = np.concatenate([out_imgs, own["imgs"][rest]])
        out_lat = np.concatenate([out_lat, own["z"][rest]])
    return out_imgs, out_lat.astype(np.float32), enc


def _pick(pool: tuple, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Up to ``k`` of a (latents, images, features, distances) pool, farthest-first ->
    (images, latents)."""
    z, imgs, f, d = pool
    i = _farthest_first(f, np.arange(len(z)), d, k)
    return imgs[i], z[i]


def _qualifying(gen: Generator, ctx: dict) -> dict:
    """``variations``' draw and walk in one generator (``gen``: the model or a tuned copy;
    ``ctx["base"]``: the model, whose training set and clean-up judge). Returns "pool": the
    qualifying (latents, images, VGG features, distances to the input), and the first draw's
    latents, images, features, distances and flags (for the fill)."""
    from ..gan.metrics import nn_distance
    from ..gan.sample import novelty_features
    from ..kmeans import distances
    base, image, z0, n, spread = (ctx[k] for k in ("base", "image", "z0", "n", "spread"))
    rng = np.random.default_rng([ctx["seed"], seeds.VARIATIONS])  # each generator's draw its own
    threshold, src, labels, own = ctx["threshold"], ctx["src"], ctx["labels"], ctx["own"]
    m = OVERSAMPLE * n
    scale = (spread * np.resize(np.asarray(SPREAD_MIX, np.float32), m))[:, None]
    out_z = z0 + scale * rng.standard_normal((m, len(z0))).astype(np.float32)

    def clean(raw):  # in the input's hues, as encode draws its reconstruction
        return base.style.clean(raw, hue_centres=None if own is None else own * len(raw))
    imgs = clean(gen(out_z, labels))
    for r in range(MAX_ROUNDS + 1):  # the input itself is not a variation: redraw copies of it
        close = nn_distance(novelty_features(imgs), src)[0] < threshold
        if close.sum() <= m - n or r == MAX_ROUNDS:
            break
        out_z[close] = z0 + scale[close] * rng.standard_normal((int(close.sum()), len(z0))).astype(np.float32)
        imgs[close] = clean(gen(out_z[close], None if labels is None else labels[close]))

    def judge(images):
        """VGG features, distance to the input and margin to the nearest other sprite."""
        f = _features(images)
        d_src = distances(f, ctx["f_src"])[:, 0]
        others = ctx["others"]
        margin = distances(f, others).min(1) - d_src if len(others) else np.full(len(f), np.inf)
        return f, d_src, margin

    novel = ~close
    f, d_src, margin = judge(imgs)
    art = _pixel_art_inside(base, imgs)
    ok = novel & (margin > 0) & art
    pool = [(out_z[ok], imgs[ok], f[ok], d_src[ok])]
    for _ in range(WALK_ROUNDS):
        zq, _, fq, dq = (np.concatenate(x) for x in zip(*pool))
        if not len(zq):
            break
        front = _farthest_first(fq, np.arange(len(zq)), dq, n)
        z = np.repeat(zq[front], m // len(front), 0)
        z = (z + spread * WALK_STEP * rng.standard_normal(z.shape)).astype(np.float32)
        new = clean(gen(z, None if labels is None else labels[:len(z)]))
        keep = (nn_distance(novelty_features(new), src)[0] >= threshold) & _pixel_art_inside(base, new)
        z, new = z[keep], new[keep]  # the cheap checks first: VGG features cost the most
        if not len(z):
            continue
        fn, dn, mn = judge(new)
        pool.append((z[mn > 0], new[mn > 0], fn[mn > 0], dn[mn > 0]))
    return {"pool": tuple(np.concatenate(x) for x in zip(*pool)), "z": out_z, "imgs": imgs, "f": f,
            "d_src": d_src, "ok": ok, "margin": margin, "art": art, "novel": novel}


def _pixel_art_inside(gen: Generator, images: np.ndarray) -> np.ndarray:
    """(N,) bool: every pixel-art statistic of each sprite inside the training set's 5-95 %
    range (the ranges computed once per loaded model)."""
    from ..pixelart.stats import inside_ranges
    return inside_ranges(images, gen.pixel_ranges)


def _farthest_first(f: np.ndarray, idx: np.ndarray, d_src: np.ndarray, n: int) -> np.ndarray:
    """Up to ``n`` of rows ``idx`` of features ``f``: the nearest to the input (``d_src``)
    first, then each time the one farthest from all picked so far."""
    if len(idx) == 0:
        return idx
    from ..kmeans import distances
    pick = [int(idx[np.argmin(d_src[idx])])]
    gap = distances(f[idx], f[pick])[:, 0]
    while len(pick) < min(n, len(idx)):
        j = int(np.argmax(gap))
        pick.append(int(idx[j]))
        gap = np.minimum(gap, distances(f[idx], f[[idx[j]]])[:, 0])
    return np.array(pick, np.int64)


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


def write_variations(images: np.ndarray, latents: np.ndarray | None, source: np.ndarray, out, *,
                     klass: str | None, meta: dict, overwrite: bool = False):
    """OUT/variation_NNN.png and .npy (none when ``latents`` is None: drawn by a tuned copy,
    they are no latents of the model's), preview.png (the source first, framed) and
    variations.json."""
    from pathlib import Path

    from ..formats import atomic_dir, save_json
    from ..io import save_png
    from ..sheets import contact_sheet
    names = [f"variation_{i:03d}" for i in range(len(images))]
    with atomic_dir(out, overwrite) as tmp:
        for i, (name, im) in enumerate(zip(names, images)):
            save_png(tmp / f"{name}.png", im)
            if latents is not None:
                with open(tmp / f"{name}.npy", "wb") as f:
                    np.save(f, latents[i])
        framed = source.copy()
        edge = np.zeros(framed.shape[:2], bool)
        edge[[0, -1], :] = edge[:, [0, -1]] = True
        framed[edge & (framed[..., 3] < 128)] = (250, 200, 80, 255)  # marks the source
        sheet = np.concatenate([framed[None], images])
        save_png(tmp / "preview.png", contact_sheet(sheet, cols=min(len(sheet), 8), scale=4))
        save_json(tmp / "variations.json", {**meta, "sprites": names,
                                            **({"class": {n: klass for n in names}} if klass else {})})
    return Path(out)
