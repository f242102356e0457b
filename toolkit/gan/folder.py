"""A trained model folder: what ``train`` writes and ``generate`` and the latent tools read.

    OUT/model.json             config, data fingerprint, steps, class names
    OUT/generator.weights.h5   the (EMA) generator
    OUT/train.npz              the training set (and labels): clean-up, novelty, evaluation

``Generator(folder)(z)`` turns latents into raw sprites.
"""
from __future__ import annotations

import functools
import json
import os
import weakref
from dataclasses import asdict
from pathlib import Path

import numpy as np

from .. import seeds
from ..errors import SpriteforgeError
from ..formats import save_json, save_weights_atomic, write_bytes_atomic
from .config import TrainConfig, crop_tile


def to_uint8(x: np.ndarray) -> np.ndarray:
    """float [-1, 1] RGBA -> uint8 RGBA (no clean-up; see pixelart.cleanup)."""
    return np.clip(np.rint((np.asarray(x) + 1.0) * 127.5), 0, 255).astype(np.uint8)


def seed_latents(n: int, seed: int, latent_dim: int) -> np.ndarray:
    """The latents ``generate --seed SEED -n N`` starts from: (n, latent_dim) float32."""
    return np.random.default_rng(seed).standard_normal((n, latent_dim)).astype(np.float32)


GEN_BATCH = 64  # latents per generator call (the last batch zero-padded)


def run_generator(G, z: np.ndarray, labels: np.ndarray | None = None, batch: int = GEN_BATCH,
                  embeddings: np.ndarray | None = None) -> np.ndarray:
    """Generator over (N, latent) latents (and class labels for a conditional one),
    -> (N, S, S, 4) uint8 RGBA, raw (no clean-up).

    Every call runs full batches of ``batch`` (the last one zero-padded): CPU
    kernels round differently for other batch sizes, and a sprite's bytes
    must not depend on which other sprites were drawn with it.
    ``embeddings`` (N, E) feeds a conditional generator's class embedding
    directly (soft class mixes); G must then take [z, embedding].
    """
    out = []
    cond = embeddings if embeddings is not None else labels
    call = _compiled(G)
    for i in range(0, len(z), batch):
        k = min(batch, len(z) - i)
        zz = np.zeros((batch, z.shape[1]), np.float32)
        zz[:k] = z[i:i + k]
        args = zz
        if cond is not None:
            cc = np.zeros((batch,) + np.shape(cond)[1:], np.float32 if embeddings is not None else np.int32)
            cc[:k] = cond[i:i + k]
            args = [zz, cc]
        out.append(np.asarray(call(args))[:k])
    return to_uint8(np.concatenate(out)) if out else np.zeros((0,) + tuple(getattr(G, "output_shape", (0, 32, 32, 4))[1:]), np.uint8)


_COMPILED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _compiled(G):
    """``G(x, training=False)`` as one tf.function per Keras model: 2.7x faster than eager calls
    at batch 64 on the CPU, with the same output bits. Anything else is called as it is."""
    import keras
    if not isinstance(G, keras.Model):
        return lambda args: G(args, training=False)
    if G not in _COMPILED:
        import tensorflow as tf
        _COMPILED[G] = tf.function(lambda args: G(args, training=False), autograph=False)  # no files in /tmp
    return _COMPILED[G]


def default_labels(n: int, seed: int, num_classes: int, pool: np.ndarray | None = None) -> np.ndarray | None:
    """The class of each sprite ``generate --seed seed -n n`` draws when not told: for a model
    trained on clusters (``pool``: its training labels) a seeded draw in proportion to their
    sizes, else every class in turn; None for an unconditional model."""
    if not num_classes:
        return None
    if pool is not None:
        return np.random.default_rng([seed, seeds.CLUSTER_DRAW]).choice(pool, n).astype(np.int32)
    return (np.arange(n) % num_classes).astype(np.int32)


def class_index(classes: list[str], name: str, model_dir=None) -> int:
    """Label index of a class name; SpriteforgeError listing the classes if unknown."""
    if not classes:
        where = f"{model_dir}: " if model_dir else ""
        raise SpriteforgeError(f"{where}this model has no classes (train it with {{conditional}})")
    if name not in classes:
        raise SpriteforgeError(f"unknown class {name!r}; this model has: {', '.join(classes)}")
    return classes.index(name)


def load_config(model_dir: str | os.PathLike) -> dict:
    """A model folder's model.json, its "config" a ``TrainConfig``; SpriteforgeError naming
    what is missing or broken. Reads no weights and imports no TensorFlow."""
    p = Path(model_dir)
    f = p / "model.json"
    if not p.is_dir():
        raise SpriteforgeError(f"{p}: no such model folder")
    if not f.is_file() or not (p / "generator.weights.h5").is_file():
        raise SpriteforgeError(f"{p}: not a trained model (model.json or generator.weights.h5 missing)")
    if not (p / "train.npz").is_file():
        raise SpriteforgeError(f"{p}: not a trained model (train.npz missing)")
    try:
        meta = json.loads(f.read_text())
        meta["config"] = TrainConfig.from_dict(meta["config"])
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        raise SpriteforgeError(f"{f}: not a valid model.json ({type(e).__name__}: {e})") from None
    scale = meta["config"].sample_scale
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not scale > 0:
        raise SpriteforgeError(f"{f}: not a valid model.json (sample_scale must be a positive number, "
                               f"got {scale!r})")
    return meta


class Generator:
    """A trained model folder: ``Generator("trained/dcss-weapons")(z) -> uint8 RGBA``."""

    def __init__(self, model_dir: str | os.PathLike):
        self.dir = Path(model_dir)
        meta = load_config(self.dir)  # checked before TensorFlow is even imported
        import keras

        from .model import generator_for
        self.meta = meta
        self.cfg = meta["config"]
        self.classes: list[str] = meta.get("classes", [])
        self.texture = bool(meta.get("texture_style", False))  # error-diffusion clean-up (pick.py)
        keras.utils.set_random_seed(0)
        self.G = generator_for(self.cfg)
        try:
            self.G.load_weights(str(self.dir / "generator.weights.h5"))
        except Exception as e:  # a corrupt or mismatched weights file
            raise SpriteforgeError(f"{self.dir}: cannot load generator weights ({str(e).splitlines()[0]})") from None
        scale_latents(self.G, self.cfg.sample_scale)
        try:
            with np.load(self.dir / "train.npz") as f:
                self.train_images = crop_tile(f["images"], self.cfg.tile)  # as the user's tiles were
                self.train_labels = f["labels"] if "labels" in f.files else None
        except Exception as e:  # BadZipFile, a missing array, a truncated file
            raise SpriteforgeError(f"{self.dir / 'train.npz'}: cannot read the training set "
                                   f"({type(e).__name__}: {e})") from None
        self._mix = None
        self._style = None

    def copy(self) -> "Generator":
        """A copy with its own network (the same weights, to fine-tune without touching this
        one's); the training set, its features and the clean-up stay shared."""
        import copy

        from .model import generator_for
        out = copy.copy(self)
        out.G = generator_for(self.cfg)
        out.G.set_weights(self.G.get_weights())
        out._mix = None
        out.__dict__.pop("_encode_step", None)  # encode's traced step holds this one's network
        return out

    @property
    def named_classes(self) -> bool:
        """Trained on the user's named classes (not k-means clusters), of sprites (not tiles
        that repeat): what generate's class check applies to."""
        return self.train_labels is not None and bool(self.classes) and not self.cfg.clusters \
            and not self.cfg.tileable

    @functools.cached_property
    def train_features(self) -> np.ndarray:
        """(N, D) the training sprites' ``vgg.sprite_features`` (``vgg.set_features``: once per set)."""
        from ..vgg import set_features
        return set_features(self.train_images)

    @functools.cached_property
    def pixel_ranges(self) -> dict:
        """The training set's pixel-art 5-95 % ranges (``stats.real_ranges``; once per model)."""
        from ..pixelart.stats import real_ranges
        return real_ranges(self.train_images)

    @property
    def style(self):
        """The training set's ``SpriteStyle`` (fitted once): ``generate``'s clean-up."""
        if self._style is None:
            from ..pixelart.cleanup import SpriteStyle
            self._style = SpriteStyle.fit(self.train_images, texture=self.texture)
        return self._style

    def class_index(self, name: str) -> int:
        return class_index(self.classes, name, self.dir)

    def training_labels(self, n: int, seed) -> np.ndarray:
        """(n,) int32 class labels drawn (seeded by ``seed``, anything ``default_rng`` takes)
        as often as each class occurs in the training set; uniform over classes if the
        model folder holds no labels."""
        return np.random.default_rng(seed).choice(self._pool(), n).astype(np.int32)

    def cluster_draws(self, n: int, seed: int) -> np.ndarray:
        """(n,) int32: the clusters `generate --seed seed -n n` draws for a model trained on
        clusters, in proportion to their size. The latent tools draw a seed's cluster here too,
        so seed N renders there as it does in `generate`."""
        return default_labels(n, seed, self.cfg.num_classes, self._pool())

    def default_labels(self, n: int, seed: int) -> np.ndarray | None:
        """``default_labels`` for this model: what generate draws when no class is asked for."""
        return default_labels(n, seed, self.cfg.num_classes, self._pool() if self.cfg.clusters else None)

    def _pool(self) -> np.ndarray:
        return self.train_labels if self.train_labels is not None else np.arange(self.cfg.num_classes)

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
        return crop_tile(run_generator(model, z, embeddings=np.asarray(weights, np.float32) @ table),
                         self.cfg.tile)

    @property
    def latent_dim(self) -> int:
        return self.cfg.latent_dim

    def latents(self, n: int, seed: int) -> np.ndarray:
        return seed_latents(n, seed, self.latent_dim)

    def __call__(self, z: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
        """(N, latent) float -> (N, H, W, 4) uint8 RGBA (the training tiles' size), raw (no clean-up)."""
        return crop_tile(run_generator(self.G, z, labels if self.cfg.num_classes else None), self.cfg.tile)


def scale_latents(G, scale: float) -> None:
    """Make ``G(z)`` draw what ``G(scale * z)`` drew, in place: G's first dense layer reads z
    through the rows of its kernel that face z (a conditional G's class embedding follows them).
    Every user of a loaded model, the latent tools and the web export included, then samples at
    the model's ``sample_scale`` from unit-normal latents."""
    if scale == 1:
        return
    import keras
    dense = next(layer for layer in G.layers if isinstance(layer, keras.layers.Dense))
    k = np.array(dense.kernel)
    d = G.inputs[0].shape[-1]
    k[:d] *= np.float32(scale)
    dense.kernel.assign(k)


def export(G, cfg: TrainConfig, out: Path, images: np.ndarray, *, data: str, step: int,
           class_names: list[str] | None = None, labels: np.ndarray | None = None,
           weights: Path | None = None, picked_step: int | None = None,
           texture_style: bool | None = None, typical_distance: float | None = None) -> None:
    """Write a model folder: generator ``G``'s weights (or the ``weights`` file of a picked
    snapshot), model.json (``cfg``, the data's fingerprint ``data``, the step, whether the
    clean-up is the texture one, the training set's ``metrics.typical_gap`` in VGG space), and
    the training set (with its labels, for a conditional model)."""
    import io as _io
    if weights is not None:
        write_bytes_atomic(out / "generator.weights.h5", weights.read_bytes())
    else:
        save_weights_atomic(G, out / "generator.weights.h5")
    buf = _io.BytesIO()
    arrays = {"images": images} if labels is None else {"images": images, "labels": labels}
    np.savez_compressed(buf, **arrays)
    write_bytes_atomic(out / "train.npz", buf.getvalue())
    save_json(out / "model.json", {"format": "spriteforge-gan-1", "config": asdict(cfg),
                                   "data": data, "n_images": int(len(images)), "steps": step,
                                   "classes": class_names or [],
                                   **({"picked_step": picked_step} if picked_step is not None else {}),
                                   **({"texture_style": texture_style} if texture_style is not None else {}),
                                   **({"typical_distance": typical_distance} if typical_distance is not None else {})})
