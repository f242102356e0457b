"""Load a trained generator, make clean sprites, and evaluate them."""
from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError
from ..io import atomic_dir, read_rgba, save_json, save_png
from .train import load_config, run_generator


def seed_latents(n: int, seed: int, latent_dim: int) -> np.ndarray:
    """The latents ``generate --seed SEED -n N`` starts from: (n, latent_dim) float32."""
    return np.random.default_rng(seed).standard_normal((n, latent_dim)).astype(np.float32)


def class_index(classes: list[str], name: str, model_dir=None) -> int:
    """Label index of a class name; SpriteforgeError listing the classes if unknown."""
    if not classes:
        where = f"{model_dir}: " if model_dir else ""
        raise SpriteforgeError(f"{where}this model has no classes (train it with --conditional)")
    if name not in classes:
        raise SpriteforgeError(f"unknown class {name!r}; this model has: {', '.join(classes)}")
    return classes.index(name)


class Generator:
    """A trained model folder: ``Generator("trained/dcss-weapons")(z) -> uint8 RGBA``."""

    def __init__(self, model_dir: str | os.PathLike):
        self.dir = Path(model_dir)
        meta = load_config(self.dir)  # checked before TensorFlow is even imported
        import keras
        from .model import build_generator
        self.meta = meta
        self.cfg = meta["config"]
        self.classes: list[str] = meta.get("classes", [])
        keras.utils.set_random_seed(0)
        self.G = build_generator(self.cfg.latent_dim, self.cfg.g_width, num_classes=self.cfg.num_classes,
                                 upsample=self.cfg.g_upsample)
        try:
            self.G.load_weights(str(self.dir / "generator.weights.h5"))
        except Exception as e:  # a corrupt or mismatched weights file
            raise SpriteforgeError(f"{self.dir}: cannot load generator weights ({str(e).splitlines()[0]})") from None
        with np.load(self.dir / "train.npz") as f:
            self.train_images = f["images"]
            self.train_labels = f["labels"] if "labels" in f.files else None
        self._mix = None

    def class_index(self, name: str) -> int:
        return class_index(self.classes, name, self.dir)

    def training_labels(self, n: int, seed) -> np.ndarray:
        """(n,) int32 class labels drawn (seeded by ``seed``, anything ``default_rng`` takes)
        as often as each class occurs in the training set; uniform over classes if the
        model folder holds no labels."""
        pool = self.train_labels if self.train_labels is not None else np.arange(self.cfg.num_classes)
        return np.random.default_rng(seed).choice(pool, n).astype(np.int32)

    def cluster_draws(self, n: int, seed: int) -> np.ndarray:
        """(n,) int32: the clusters `generate --seed seed -n n` draws for a model trained on
        clusters, in proportion to their size. The latent tools draw a seed's cluster here too,
        so seed N renders there as it does in `generate`."""
        return self.training_labels(n, [seed, 1])

    def mixed(self, z: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Conditional generator on a mix of classes: ``weights`` (N, C) rows of
        class weights (one-hot = that class; (1-t, t) = a morph) -> uint8 RGBA.

        The class enters the generator through an embedding table, so a mix is
        the weighted sum of embeddings fed past the lookup."""
        import keras
        if self._mix is None:
            emb = next(l for l in self.G.layers if isinstance(l, keras.layers.Embedding))
            cat = next(i for i, l in enumerate(self.G.layers)
                       if isinstance(l, keras.layers.Concatenate))
            zi = keras.Input((self.latent_dim,))
            ei = keras.Input((emb.output_dim,))
            h = self.G.layers[cat]([zi, ei])
            for layer in self.G.layers[cat + 1:]:  # a plain chain after the concatenation
                h = layer(h)
            self._mix = (keras.Model([zi, ei], h), np.asarray(emb.embeddings))
        model, table = self._mix
        return run_generator(model, z, embeddings=np.asarray(weights, np.float32) @ table)

    @property
    def latent_dim(self) -> int:
        return self.cfg.latent_dim

    def latents(self, n: int, seed: int) -> np.ndarray:
        return seed_latents(n, seed, self.latent_dim)

    def __call__(self, z: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
        """(N, latent) float -> (N, 32, 32, 4) uint8 RGBA, raw (no clean-up)."""
        return run_generator(self.G, z, labels if self.cfg.num_classes else None)


# --------------------------------------------------------------------------- clean-up

def training_palette(images: np.ndarray, max_colours: int = 256) -> np.ndarray:
    """The ``max_colours`` most used opaque RGB colours of a set: (K, 3) uint8."""
    rgb = images[images[..., 3] >= 128][:, :3]
    cols, counts = np.unique(rgb.reshape(-1, 3), axis=0, return_counts=True)
    order = np.lexsort((cols[:, 2], cols[:, 1], cols[:, 0], -counts))  # stable tie-break
    return cols[order[:max_colours]]


def read_palette(path: str | os.PathLike) -> np.ndarray:
    """A palette from an image file (its distinct opaque colours)."""
    img = read_rgba(path)
    pal = np.unique(img[img[..., 3] >= 128][:, :3], axis=0)
    if len(pal) == 0:
        raise SpriteforgeError(f"{path}: palette image has no opaque pixels")
    return pal


def palette_option(palette: str, train_images: np.ndarray) -> np.ndarray | None:
    """The ``--palette`` option: "training" (the training set's colours), "none",
    or an image FILE whose colours form the palette."""
    if palette == "training":
        return training_palette(train_images)
    if palette == "none":
        return None
    return read_palette(palette)


def snap_to_palette(rgb: np.ndarray, palette: np.ndarray) -> np.ndarray:
    """Replace each (..., 3) uint8 colour with its nearest palette colour (RGB distance)."""
    flat = rgb.reshape(-1, 3).astype(np.int32)
    pal = palette.astype(np.int32)
    out = np.empty_like(flat)
    for i in range(0, len(flat), 65536):
        d = ((flat[i:i + 65536, None, :] - pal[None]) ** 2).sum(-1)
        out[i:i + 65536] = pal[d.argmin(1)]
    return out.reshape(rgb.shape).astype(np.uint8)


def cleanup(images: np.ndarray, palette: np.ndarray | None = None) -> np.ndarray:
    """Pixel-art clean-up: binary alpha, transparent pixels (0,0,0,0), optional palette snap."""
    out = images.copy()
    opaque = out[..., 3] >= 128
    out[..., 3] = np.where(opaque, 255, 0)
    if palette is not None and len(palette):
        out[..., :3] = snap_to_palette(out[..., :3], palette)
    out[~opaque] = 0
    return out


# --------------------------------------------------------------------------- generate

def generate(model_dir: str | os.PathLike, n: int = 64, seed: int = 0, palette: str = "training",
             novelty: bool = True, labels: np.ndarray | None = None, max_rounds: int = 20,
             classes: list[str] | None = None) -> dict:
    """Make ``n`` clean sprites. Returns images, latents, labels, and novelty counts.

    Conditional models: ``classes`` (names) are drawn in turn, sprite i from
    classes[i % len(classes)]; default every class in turn, or for a model trained on
    clusters (``--clusters``) a seeded draw in proportion to the clusters' sizes.

    Novelty filter: a sprite whose VGG feature distance to its nearest training
    sprite is below the memorisation threshold (5th percentile of train-to-train
    nearest-neighbour distances) is replaced by a fresh draw from the same seeded
    stream, so the output never contains near-copies of the training set.
    """
    if n < 1:
        raise SpriteforgeError(f"-n must be >= 1, got {n}")
    if classes:  # checked before the model (and TensorFlow) loads
        names = load_config(model_dir).get("classes", [])
        labels = np.array([class_index(names, c, model_dir) for c in classes],
                          np.int32)[np.arange(n) % len(classes)]
    gen = Generator(model_dir)
    pal = palette_option(palette, gen.train_images)
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, gen.latent_dim)).astype(np.float32)  # = seed_latents(n, seed, D)
    if labels is None and gen.cfg.num_classes:
        if gen.cfg.clusters:
            labels = gen.cluster_draws(n, seed)
        else:
            labels = np.arange(n) % gen.cfg.num_classes
    imgs = cleanup(gen(z, labels), pal)
    replaced = 0
    threshold = None
    if novelty:
        from ..vgg import sprite_features
        from .metrics import memorisation_threshold, nn_distance
        ftrain = sprite_features(gen.train_images)
        threshold = memorisation_threshold(ftrain)
        todo = np.arange(n)
        for _ in range(max_rounds):
            d, _ = nn_distance(sprite_features(imgs[todo]), ftrain)
            todo = todo[d < threshold]
            if len(todo) == 0:
                break
            replaced += len(todo)
            z[todo] = rng.standard_normal((len(todo), gen.latent_dim)).astype(np.float32)
            imgs[todo] = cleanup(gen(z[todo], None if labels is None else labels[todo]), pal)
    return {"images": imgs, "latents": z, "labels": labels, "replaced": replaced,
            "threshold": threshold, "classes": gen.classes}


def write_generated(result: dict, out: str | os.PathLike, seed: int, overwrite: bool = False,
                    prefix: str = "sprite") -> Path:
    """PNG per sprite + its latent (.npy) beside it + sheet.png + generate.json, atomically."""
    from ..sheets import contact_sheet, pack_sheet
    imgs, z = result["images"], result["latents"]
    width = max(3, len(str(len(imgs) - 1)))
    names = []
    with atomic_dir(out, overwrite) as tmp:
        for i, (img, zi) in enumerate(zip(imgs, z)):
            name = f"{prefix}_{i:0{width}d}"
            names.append(name)
            save_png(tmp / f"{name}.png", img)
            buf = io.BytesIO()
            np.save(buf, zi.astype(np.float32))
            (tmp / f"{name}.npy").write_bytes(buf.getvalue())
        cols = min(16, len(imgs))
        save_png(tmp / "sheet.png", pack_sheet(imgs, cols))
        save_png(tmp / "preview.png", contact_sheet(imgs, cols=cols, scale=2))
        meta = {"seed": seed, "n": len(imgs), "replaced_by_novelty_filter": result["replaced"],
                "novelty_threshold": result["threshold"], "sprites": names}
        if result.get("labels") is not None and result.get("classes"):
            meta["class"] = {nm: result["classes"][int(c)] for nm, c in zip(names, result["labels"])}
        save_json(tmp / "generate.json", meta)
    return Path(out)


# --------------------------------------------------------------------------- evaluate

def evaluate(model_dir: str | os.PathLike, n: int = 500, seed: int = 123, latent: bool = True) -> dict:
    """Metrics of ``n`` raw samples (before the novelty filter) against the training set.

    ``latent``: also the path-length proxy (slerp vs lerp) and, for a
    conditional model, per-class accuracy under a probe fitted on real sprites.
    """
    from ..vgg import sprite_features
    from .metrics import (checkerboard_power, frechet_distance, kid, matched_split_floor,
                          memorisation_threshold, nn_distance, precision_recall, split_halves_kid)
    gen = Generator(model_dir)
    z = gen.latents(n, seed)
    labels = None
    if gen.cfg.num_classes:  # classes as often as in the training set, so KID compares like with like
        labels = gen.training_labels(n, [seed, 3])
    raw = gen(z, labels)
    clean = cleanup(raw, training_palette(gen.train_images))  # as `generate` makes them
    real = gen.train_images
    freal = sprite_features(real)
    ffake = sprite_features(clean)
    thr = memorisation_threshold(freal)
    d, _ = nn_distance(ffake, freal)
    prec, rec = precision_recall(freal, ffake)
    opaque = clean[..., 3] > 0
    colours = [len(np.unique(im[m][:, :3], axis=0)) for im, m in zip(clean, opaque)]
    real_colours = [len(np.unique(im[im[..., 3] > 0][:, :3], axis=0)) for im in real]
    floor, floor_std = split_halves_kid(freal, with_std=True)
    k = kid(ffake, freal)
    extra = {}
    if latent:
        from ..latent.metrics import class_accuracy, path_length
        w = None
        if gen.cfg.num_classes:
            w = np.eye(gen.cfg.num_classes, dtype=np.float32)[np.arange(128) % gen.cfg.num_classes]
        extra["ppl_slerp"] = path_length(gen, 128, seed, "slerp", weights=w)
        extra["ppl_lerp"] = path_length(gen, 128, seed, "lerp", weights=w)
        if gen.cfg.num_classes and gen.train_labels is not None:
            extra.update(class_accuracy(gen, 50, seed, freal))
    return {
        "samples": n, "train_images": int(len(real)), "steps": gen.meta.get("steps"),
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
        "colours_per_sprite": float(np.mean(colours)),
        "colours_per_sprite_real": float(np.mean(real_colours)),
        # Nyquist-line power over the lines beside them: ~1 for noise, above it for a checkerboard.
        "checkerboard": checkerboard_power(raw), "checkerboard_real": checkerboard_power(real),
        **extra,
    }
