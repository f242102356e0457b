"""Load a trained generator, make clean sprites, and evaluate them."""
from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError
from ..io import atomic_dir, save_json, save_png
from .metrics import memorisation_threshold, nn_distance
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
        self._style = None

    @property
    def style(self):
        """The training set's ``SpriteStyle`` (fitted once): ``generate``'s clean-up."""
        if self._style is None:
            from ..pixelart.cleanup import SpriteStyle
            self._style = SpriteStyle.fit(self.train_images)
        return self._style

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

def palette_option(palette: str, train_images: np.ndarray):
    """The ``--palette`` option -> the clean-up that ``render`` applies: "training" (the
    training set's colours and alpha values, ``SpriteStyle``), an image FILE (its
    distinct opaque colours replace the training set's), or "none" (None: raw output)."""
    from ..pixelart.cleanup import SpriteStyle
    from ..pixelart.palette import read_palette
    if palette == "none":
        return None
    return SpriteStyle.fit(train_images, None if palette == "training" else read_palette(palette))


def render(raw: np.ndarray, style) -> np.ndarray:
    """Raw generator output (N, H, W, 4) uint8 -> what ``generate`` writes: cleaned by
    ``style`` (a ``SpriteStyle``), or as it is for None (``--palette none``)."""
    return raw.copy() if style is None else style.clean(raw)


def novelty_features(images: np.ndarray) -> np.ndarray:
    """Pixel features the novelty filter compares: 2x2-block colour and alpha, (N, D)."""
    from ..pixelart.cleanup import layout_features
    return layout_features(images, cell=2)


# --------------------------------------------------------------------------- generate

MAX_SPRITES = 100_000   # generate -n: a bound on what one call writes
BATCH = 256             # sprites per streamed batch


def check_generate(model_dir, n: int, classes: list[str] | None) -> np.ndarray | None:
    """Checks ``generate``'s options before the model loads; -> the label per sprite
    for ``classes`` (names), else None."""
    if n < 1 or n > MAX_SPRITES:
        raise SpriteforgeError(f"-n must be 1..{MAX_SPRITES}, got {n}")
    names = load_config(model_dir).get("classes", [])
    if not classes:
        return None
    return np.array([class_index(names, c, model_dir) for c in classes],
                    np.int32)[np.arange(n) % len(classes)]


def generate_batches(model_dir: str | os.PathLike, n: int = 64, seed: int = 0, palette: str = "training",
                     novelty: bool = True, labels: np.ndarray | None = None, max_rounds: int = 20,
                     classes: list[str] | None = None, batch: int = BATCH):
    """Make ``n`` clean sprites, ``batch`` at a time: yields dicts with "images" (B, H, W, 4)
    uint8, "latents", "labels" (or None), "replaced" (novelty redraws in the batch), and,
    first, a header {"classes", "threshold"}.

    Latents: sprite i starts from row i of ``seed_latents(n, seed, D)``. Conditional
    models: ``classes`` (names) are drawn in turn, sprite i from classes[i % len(classes)];
    default every class in turn, or for a model trained on clusters (``--clusters``) a
    seeded draw in proportion to the clusters' sizes.

    Novelty filter: a sprite nearer its nearest training sprite, in pixel features
    (``novelty_features``), than the 5th percentile of train-to-train nearest-neighbour
    distances is replaced by a fresh draw from the same seeded stream, so the output
    holds no near-copies of the training set. Redraws come from a seeded stream per sprite
    and round, so the output does not depend on ``batch``.
    """
    by_name = check_generate(model_dir, n, classes)
    labels = by_name if by_name is not None else labels
    gen = Generator(model_dir)
    style = palette_option(palette, gen.train_images)
    z = seed_latents(n, seed, gen.latent_dim)
    if labels is None and gen.cfg.num_classes:
        labels = gen.cluster_draws(n, seed) if gen.cfg.clusters else np.arange(n) % gen.cfg.num_classes
    ftrain = novelty_features(gen.train_images) if novelty else None
    threshold = memorisation_threshold(ftrain) if novelty else None
    yield {"classes": gen.classes, "threshold": threshold}
    starts = list(range(0, n, batch))
    with _cleaners(style, len(starts)) as pool:
        # the generator runs one batch ahead of the clean-up, which runs in worker processes
        pending = []
        for i in starts + [None]:
            if i is not None:
                zb = z[i:i + batch]
                lb = None if labels is None else labels[i:i + batch]
                raw = gen(zb, lb)
                pending.append((i, zb, lb, pool.submit(render, raw, style) if pool else render(raw, style)))
            if len(pending) < 2 and i is not None:
                continue
            j0, zb, lb, imgs = pending.pop(0)
            imgs = imgs.result() if pool else imgs
            replaced = 0
            if novelty:
                todo = np.arange(len(zb))
                for r in range(max_rounds):
                    todo = todo[nn_distance(novelty_features(imgs[todo]), ftrain)[0] < threshold]
                    if len(todo) == 0:
                        break
                    replaced += len(todo)
                    for j in todo:  # a stream per sprite and round: the same bytes for any batching
                        zb[j] = np.random.default_rng([seed, 5, j0 + j, r]).standard_normal(
                            gen.latent_dim).astype(np.float32)
                    imgs[todo] = render(gen(zb[todo], None if lb is None else lb[todo]), style)
            yield {"images": imgs, "latents": zb, "labels": lb, "replaced": replaced}


@contextlib.contextmanager
def _cleaners(style, batches: int):
    """Worker processes for the clean-up when there is enough of it to pay for their start
    (about a second), one per core; None otherwise."""
    workers = min(os.cpu_count() or 1, batches - 1)
    if style is None or workers < 2:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def generate(model_dir: str | os.PathLike, n: int = 64, seed: int = 0, palette: str = "training",
             novelty: bool = True, labels: np.ndarray | None = None, max_rounds: int = 20,
             classes: list[str] | None = None) -> dict:
    """``generate_batches`` gathered: {"images", "latents", "labels", "replaced",
    "threshold", "classes"}."""
    it = generate_batches(model_dir, n, seed, palette, novelty, labels, max_rounds, classes)
    head = next(it)
    parts = list(it)
    lab = [p["labels"] for p in parts]
    return {"images": np.concatenate([p["images"] for p in parts]),
            "latents": np.concatenate([p["latents"] for p in parts]),
            "labels": None if lab[0] is None else np.concatenate(lab),
            "replaced": sum(p["replaced"] for p in parts), **head}


def write_generated(batches, out: str | os.PathLike, n: int, seed: int, overwrite: bool = False,
                    prefix: str = "sprite", progress=None) -> dict:
    """Stream ``generate_batches`` to ``out``: a PNG per sprite + its latent (.npy) beside
    it, then sheet.png, preview.png and generate.json; atomically (the folder appears
    whole or not at all). ``progress(k)`` is called per batch of k. -> generate.json."""
    from ..sheets import contact_sheet, pack_sheet
    width = max(3, len(str(n - 1)))
    head = next(batches)
    names, imgs, classes, replaced = [], [], {}, 0
    with atomic_dir(out, overwrite) as tmp:
        for b in batches:
            for img, zi, li in zip(b["images"], b["latents"],
                                   b["labels"] if b["labels"] is not None else [None] * len(b["images"])):
                name = f"{prefix}_{len(names):0{width}d}"
                names.append(name)
                save_png(tmp / f"{name}.png", img)
                buf = io.BytesIO()
                np.save(buf, zi.astype(np.float32))
                (tmp / f"{name}.npy").write_bytes(buf.getvalue())
                if li is not None and head["classes"]:
                    classes[name] = head["classes"][int(li)]
            imgs.append(b["images"])
            replaced += b["replaced"]
            if progress:
                progress(len(b["images"]))
        imgs = np.concatenate(imgs)
        cols = min(16, len(imgs))
        save_png(tmp / "sheet.png", pack_sheet(imgs, cols))
        save_png(tmp / "preview.png", contact_sheet(imgs, cols=cols, scale=2))
        meta = {"seed": seed, "n": len(imgs), "replaced_by_novelty_filter": replaced,
                "novelty_threshold": head["threshold"], "sprites": names}
        if classes:
            meta["class"] = classes
        save_json(tmp / "generate.json", meta)
    return meta


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
    clean = gen.style.clean(raw)  # as `generate` makes them
    real = gen.train_images
    freal = sprite_features(real)
    ffake = sprite_features(clean)
    thr = memorisation_threshold(freal)
    d, _ = nn_distance(ffake, freal)
    prec, rec = precision_recall(freal, ffake)
    from ..pixelart.stats import scorecard
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
        # what a person sees first: per-sprite pixel-art statistics against the real 5-95 %
        # range, beside a real half scored the same way (toolkit/pixelart/stats.py)
        "pixel_art": scorecard(clean, real, seed),
        "pixel_art_raw": scorecard(raw, real, seed),
        # Nyquist-line power over the lines beside them: ~1 for noise, above it for a checkerboard.
        "checkerboard": checkerboard_power(raw), "checkerboard_real": checkerboard_power(real),
        **extra,
    }
