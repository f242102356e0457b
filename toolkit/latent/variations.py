"""New sprites near one of a user's: ``variations``.

``variations`` first tunes a copy of the generator so that the encoded latent draws the sprite
itself (``tune.py``), then draws latents around it in that copy (Gaussian, 0.5 to 2 times ``spread`` times a
typical latent's per-dimension scale) in its class, eight candidates per variation asked for; it keeps
those that are not the input itself (the novelty filter), lie nearer the input than any other
training sprite and look like the set's pixel art, steps out from the most different of them a few
rounds, and picks farthest-first so they differ from each other. They are cleaned in the
input's hue families, as its reconstruction is.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .. import seeds
from ..gan.folder import Generator
from .encode import STEPS, Encoded, _centres, _features, _hue_lists, check_options, encode
from .tune import TUNE_STEPS

SPREAD = 0.8        # less keeps nearer the source at the cost of variety
MAX_ROUNDS = 8      # redraws of sprites too close to the input
OVERSAMPLE = 8      # candidates drawn per variation asked for (4: too few qualified)
SPREAD_MIX = (0.5, 1.0, 1.5, 2.0)  # candidates' noise scales, times SPREAD (mixed: more stay near the source)
WALK_ROUNDS = 3     # rounds stepping out from the most different ones (more variety; 4 bought little)
WALK_STEP = 0.5     # their noise scale, times spread
FILL_SHORTLIST = 4  # too few qualify: the fill is picked farthest-first from this many times the missing


def from_saved(gen: Generator, sprite: str | Path) -> Encoded | None:
    """The ``Encoded`` start of a sprite whose latent was saved (a .npy, or a PNG that
    ``generate`` or ``encode`` wrote beside one), in the class it was saved with; None for
    any other sprite (it has to be encoded)."""
    from .tools import find_latent_file, point_class, resolve
    if not find_latent_file(str(sprite)):
        return None
    z = resolve(str(sprite), gen.latent_dim)
    lab = np.array([point_class(gen, str(sprite))], np.int32) if gen.classes else None
    return Encoded.of_latents(gen, z[None], lab)


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
    check_options("variations", n=n, spread=spread)
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
