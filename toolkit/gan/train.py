"""Train the sprite GAN: a keras.Model with a train_step, plus a resumable loop.

Every random draw (latents, batch indices, augmentations) is a pure function of
(seed, step). A checkpoint therefore only has to hold the networks, the
optimisers, the EMA weights and the step, and a run killed at any point and
resumed from its last checkpoint continues exactly as if it had never stopped.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError
from ..io import save_json, save_png, write_bytes_atomic

MIN_IMAGES = 16


@dataclass
class TrainConfig:
    latent_dim: int = 128
    g_width: int = 128             # 128-64-32-16 channels: ~0.07 s/step at batch 32 on 2 cores
    # "subpixel" (model.SubPixelUp; no convolution at 32x32) takes 0.82x the time per step: 4,784
    # steps in 10 min, where seed 1 scored FD 2.48x the matched floor (resize: 1.87x). Even at 5,300
    # steps seeds 0/1/2 scored 1.93x / 2.12x / 2.01x, this at 3,700: 2.12x / 1.87x / 2.03x.
    g_upsample: str = "resize"
    # A wider D (48: 48-48-96-192) made 5,930 steps in 10 min and scored FD 3.16x the matched
    # floor, within the spread of width 32 at that length (2.82-3.40x over three seeds).
    d_width: int = 32
    # Step time is linear in the batch here (0.217 s at 64, 0.113 s at 32 with TensorFlow's
    # Eigen kernels, before spriteforge turned oneDNN on), so a smaller batch
    # buys more updates in the same minutes. 10-min runs (lr 4e-4): batch 64 -> 2,854 steps, FD
    # 3.24x the matched floor; 32 -> 5,375 steps, 2.87x; 16 -> 9,559 steps, 3.73x.
    batch_size: int = 32
    # Twice DCGAN's 2e-4: a 10-minute CPU run is far from converged, and at the same 2,800
    # steps 4e-4 gave KID 0.0032 vs 0.0050, FD 2.89 vs 3.60, recall 0.25 vs 0.17 (EMA
    # generator). The raw generator oscillates more at this rate; the EMA copy smooths it.
    # At batch 32 (6,066 steps) 4e-4 is still best: FD ratio 2.82x vs 3.35x at 3e-4, 3.30x at
    # 6e-4, 4.56x with G at 2e-4 and D at 4e-4.
    lr_g: float = 4e-4
    lr_d: float = 4e-4
    beta_1: float = 0.0
    beta_2: float = 0.99
    # Short CPU runs: ~200-step window (with warm-up). At 6,066 steps, 0.99 / 0.995 / 0.998 /
    # 0.999 scored FD ratio 2.98x / 2.82x / 2.77x / 2.81x: within run-to-run noise.
    ema_decay: float = 0.995
    # Over the last this fraction of the budget (--steps, or --minutes by the clock), every
    # checkpoint (or every pick_every steps) and the last step score the EMA generator (FD in
    # VGG features of 256 clean samples to the training set; BestSnapshot) and the run exports
    # the best-scoring one rather than the last. At 3,700 steps, seeds 0 / 2 scored 2.12x /
    # 2.03x the matched floor at their last step, but 1.88x at step 3,500 for seed 2, which the
    # score picks. 0: export the last.
    pick_best: float = 0.3
    loss: str = "hinge"             # hinge | bce (non-saturating)
    augment: str = "color,translation,cutout"
    flip: bool = False              # DCSS weapons all point up-right: off by default
    spectral_norm: bool = True
    seed: int = 0
    sample_every: int = 250
    checkpoint_every: int = 250
    # Steps between the pick's candidates; 0: at each checkpoint. The pick's score swung by up
    # to 0.56 between 125-step snapshots, so denser candidates can find a lower trough, but each
    # costs 7-9 s here (~45 steps of a --minutes budget); at 125, three 10-minute seeds scored
    # 1.84x / 1.93x / 2.06x against 2.00x / 1.92x / 1.83x (README table), so not the default.
    pick_every: int = 0
    num_classes: int = 0
    # Conditional runs only. Balanced batches draw every class equally often, so a
    # 14-sprite class (staff) is not drowned by a 46-sprite one (sword).
    class_balance: bool = True
    # Conditional runs only: weight of an auxiliary classification loss (AC-GAN
    # head on D's features, trained on real sprites only; G is pushed to make
    # sprites it classifies as their class). The projection D alone left thin
    # classes (staff, whip) ambiguous; a high weight costs diversity (KID).
    aux_weight: float = 0.25        # benchmarks/latent.py: 0.1, 0.25, 0.5 traded KID for class accuracy
    # Sets without labels: the classes are this many k-means clusters of the tiles
    # (gan/clusters.py, `train --clusters K`), and `generate` draws them in proportion to
    # their size instead of in turn.
    clusters: int = 0

    # Minibatch standard deviation in D (ProGAN): at 2,806 steps (lr 2e-4) it raised recall 0.09 -> 0.16
    # and precision 0.65 -> 0.76 (FD 3.79 -> 3.62, KID 0.0049 -> 0.0052, within noise);
    # without it the EMA samples kept returning to a few weapons.
    minibatch_std: bool = True
    # One generator pass per step: G is trained on the fakes D has just scored (simultaneous
    # updates) instead of a fresh batch after D's update. 20 % less time per step (0.093 vs
    # 0.116 s at batch 32, Eigen kernels); in 10 min: KID 0.00235 vs 0.00344, FD ratio 2.97x vs 2.87x.
    shared_fakes: bool = True

    @classmethod
    def plain(cls, **kw) -> "TrainConfig":
        """The plain Keras DCGAN baseline: no augmentation, no spectral norm, BCE loss, Adam(0.5),
        batch 64, alternating D and G steps on fresh latents, exporting its last step."""
        base = dict(augment="", spectral_norm=False, loss="bce", lr_g=2e-4, lr_d=2e-4, beta_1=0.5,
                    beta_2=0.999, ema_decay=0.0, minibatch_std=False, batch_size=64,
                    shared_fakes=False, pick_best=0.0)
        base.update(kw)
        return cls(**base)

    @classmethod
    def conditional(cls, num_classes: int, **kw) -> "TrainConfig":
        """The class-conditional recipe: batch 64 and alternating D and G steps. With batch 32 and
        shared fakes a 10-min conditional run (6,012 steps) scored KID 0.00405 and 72.4 % class
        accuracy, and with batch 32 alternating (5,375 steps) 0.00476 and 70.0 %, against 0.00262
        and 71.3 % for this recipe at 2,896 steps (benchmarks/latent.py)."""
        return cls(**{"num_classes": num_classes, "batch_size": 64, "shared_fakes": False, **kw})

    @classmethod
    def clustered(cls, k: int, **kw) -> "TrainConfig":
        """The default recipe for a set without labels (`train`): the conditional recipe on k
        k-means clusters of the tiles (gan/clusters.py), without the auxiliary class loss. On
        dcss-weapons at 3,500 steps (K 9, seed 0) the class loss off scored FD 1.96x the matched
        floor against 2.80x with it at 0.25: the clusters are the tiles' own layout, and pushing
        each fake towards its cluster's typical layout costs the variety inside a cluster."""
        return cls.conditional(k, **{"clusters": k, "aux_weight": 0.0, **kw})

    @property
    def aux_classifier(self) -> bool:
        """Whether D has the auxiliary class head (conditional runs with a class loss)."""
        return bool(self.num_classes and self.aux_weight)

    def architecture(self) -> dict:
        """The fields that must match to resume or load weights."""
        arch = {k: getattr(self, k) for k in ("latent_dim", "g_width", "d_width", "spectral_norm",
                                              "num_classes")}
        if self.aux_classifier:  # D gains a classifier head
            arch["aux_classifier"] = True
        if self.minibatch_std:  # D gains a feature map (keys only when on: older runs match)
            arch["minibatch_std"] = True
        if self.g_upsample != "resize":  # likewise: models from before the option match
            arch["g_upsample"] = self.g_upsample
        return arch


def to_float(images: np.ndarray) -> np.ndarray:
    """(N, 32, 32, 4) uint8 RGBA -> float32 in [-1, 1]; transparent pixels -> all -1."""
    x = images.astype(np.float32) / 127.5 - 1.0
    x[images[..., 3] == 0] = -1.0
    return x


def to_uint8(x: np.ndarray) -> np.ndarray:
    """float [-1, 1] RGBA -> uint8 RGBA (no clean-up; see pixelart.cleanup)."""
    return np.clip(np.rint((np.asarray(x) + 1.0) * 127.5), 0, 255).astype(np.uint8)


def check_training_set(images: np.ndarray) -> None:
    """Raise SpriteforgeError unless ``images`` is (N >= 16, 32, 32, 4)."""
    if images.ndim != 4 or images.shape[1:] != (32, 32, 4):
        raise SpriteforgeError(f"training images must be 32x32 RGBA, got {images.shape[1:3]}")
    if len(images) < MIN_IMAGES:
        raise SpriteforgeError(f"need at least {MIN_IMAGES} training images, got {len(images)}")


def fingerprint(images: np.ndarray, labels: np.ndarray | None = None,
                class_names: list[str] | None = None) -> str:
    """Identity of a training set (with its labels and class names, when conditional)."""
    h = hashlib.sha256(np.ascontiguousarray(images).tobytes())
    if labels is not None:
        h.update(np.asarray(labels, np.int32).tobytes())
        h.update("\0".join(class_names or []).encode())
    return h.hexdigest()[:16]


def _strategy(devices: list[str] | None = None):
    import tensorflow as tf
    if devices and len(devices) > 1:
        return tf.distribute.MirroredStrategy(devices)
    gpus = tf.config.list_logical_devices("GPU")
    if len(gpus) > 1:
        return tf.distribute.MirroredStrategy()
    return tf.distribute.get_strategy()


class SpriteGAN:
    """Generator, discriminator, their optimisers and the EMA generator.

    ``train_step(real, step)`` runs one discriminator and one generator update
    under the distribution strategy and returns the losses.
    """

    def __init__(self, cfg: TrainConfig, strategy=None):
        import keras
        import tensorflow as tf
        from .model import build_discriminator, build_generator
        self.cfg = cfg
        self.strategy = strategy or tf.distribute.get_strategy()
        keras.utils.set_random_seed(cfg.seed)
        with self.strategy.scope():
            self.G = build_generator(cfg.latent_dim, cfg.g_width, num_classes=cfg.num_classes,
                                     upsample=cfg.g_upsample)
            self.D = build_discriminator(cfg.d_width, spectral_norm=cfg.spectral_norm,
                                         num_classes=cfg.num_classes,
                                         aux_classifier=cfg.aux_classifier,
                                         minibatch_std=cfg.minibatch_std)
            self.G_ema = build_generator(cfg.latent_dim, cfg.g_width, num_classes=cfg.num_classes,
                                         upsample=cfg.g_upsample)
            self.G_ema.set_weights(self.G.get_weights())
            self.g_opt = keras.optimizers.Adam(cfg.lr_g, beta_1=cfg.beta_1, beta_2=cfg.beta_2)
            self.d_opt = keras.optimizers.Adam(cfg.lr_d, beta_1=cfg.beta_1, beta_2=cfg.beta_2)
            self.g_opt.build(self.G.trainable_variables)
            self.d_opt.build(self.D.trainable_variables)
            self.step = tf.Variable(0, dtype=tf.int64, trainable=False, name="step")
        self._step_fn = None

    # -- losses --------------------------------------------------------------
    def _d_loss(self, real_logits, fake_logits):
        import tensorflow as tf
        if self.cfg.loss == "hinge":
            return tf.nn.relu(1.0 - real_logits) + tf.nn.relu(1.0 + fake_logits)
        return tf.nn.softplus(-real_logits) + tf.nn.softplus(fake_logits)

    def _g_loss(self, fake_logits):
        import tensorflow as tf
        if self.cfg.loss == "hinge":
            return -fake_logits
        return tf.nn.softplus(-fake_logits)

    # -- one step ------------------------------------------------------------
    def _replica_step(self, real, labels, seed):
        import tensorflow as tf
        from .augment import diff_augment
        cfg = self.cfg
        ctx = tf.distribute.get_replica_context()
        rid = ctx.replica_id_in_sync_group if ctx else 0
        n_rep = self.strategy.num_replicas_in_sync
        seed = seed + tf.stack([tf.cast(rid, tf.int64) * 1_000_003, 0])
        seeds = tf.random.experimental.stateless_split(seed, 4)
        b = tf.shape(real)[0]
        global_b = tf.cast(b * n_rep, tf.float32)
        policy = cfg.augment + (",flip" if cfg.flip else "")
        aug = (lambda x, s: diff_augment(x, s, policy)) if policy.strip(",") else (lambda x, s: x)
        g_in = (lambda z: [z, labels]) if cfg.num_classes else (lambda z: z)
        d_in = (lambda x: [x, labels]) if cfg.num_classes else (lambda x: x)

        def disc(x):
            """-> (real/fake logits (B, 1), summed auxiliary class loss or 0)."""
            out = self.D(d_in(x), training=True)
            if not cfg.aux_classifier:
                return out, 0.0
            logits, cls = out
            ce = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=cls)
            return logits, cfg.aux_weight * tf.reduce_sum(ce)

        def g_objective(fake_logits, fake_aux):
            return (tf.reduce_sum(self._g_loss(fake_logits)) + fake_aux) / global_b

        z = tf.random.stateless_normal([b, cfg.latent_dim], seed=seeds[0])
        with tf.GradientTape(persistent=cfg.shared_fakes) as tape:
            fake = self.G(g_in(z), training=True)
            real_logits, real_aux = disc(aug(real, seeds[1]))
            fake_logits, fake_aux = disc(aug(fake, seeds[2]))  # D's classifier learns from real only
            d_loss = (tf.reduce_sum(self._d_loss(real_logits, fake_logits)) + real_aux) / global_b
            if cfg.shared_fakes:  # G learns from these fakes as D scored them, before D's update
                g_loss = g_objective(fake_logits, fake_aux)
        d_grads = tape.gradient(d_loss, self.D.trainable_variables)
        if cfg.shared_fakes:
            g_grads = tape.gradient(g_loss, self.G.trainable_variables)
            del tape
        self.d_opt.apply_gradients(zip(d_grads, self.D.trainable_variables))

        if not cfg.shared_fakes:  # alternating: fresh fakes, scored by the updated D
            z = tf.random.stateless_normal([b, cfg.latent_dim], seed=seeds[3])
            with tf.GradientTape() as tape:
                fake = self.G(g_in(z), training=True)
                g_loss = g_objective(*disc(aug(fake, seeds[1] + 7)))
            g_grads = tape.gradient(g_loss, self.G.trainable_variables)
        self.g_opt.apply_gradients(zip(g_grads, self.G.trainable_variables))
        return d_loss, g_loss

    def _build_step(self):
        import tensorflow as tf
        strategy = self.strategy

        @tf.function
        def step_fn(real, labels, step):
            seed = tf.stack([tf.cast(self.cfg.seed, tf.int64), step])
            d, g = strategy.run(self._replica_step, args=(real, labels, seed))
            d = strategy.reduce(tf.distribute.ReduceOp.SUM, d, axis=None)
            g = strategy.reduce(tf.distribute.ReduceOp.SUM, g, axis=None)
            # EMA warm-up: early on, average over the steps seen so far rather
            # than dragging the random initial weights along for ~1/(1-decay) steps.
            t = tf.cast(self.step, tf.float32)
            decay = tf.minimum(self.cfg.ema_decay, (1.0 + t) / (10.0 + t))
            for e, w in zip(self.G_ema.weights, self.G.weights):
                if self.cfg.ema_decay > 0 and e.trainable:
                    e.assign(decay * e + (1.0 - decay) * w)
                else:  # BN statistics, or no EMA: copy
                    e.assign(w)
            self.step.assign_add(1)
            return d, g
        return step_fn

    @property
    def exported(self):
        """The generator a run exports: the EMA copy (the raw one without EMA)."""
        return self.G_ema if self.cfg.ema_decay > 0 else self.G

    def train_step(self, real: np.ndarray, labels: np.ndarray | None = None):
        import tensorflow as tf
        if self._step_fn is None:
            self._step_fn = self._build_step()
        n = self.strategy.num_replicas_in_sync
        labels = np.zeros(len(real), np.int32) if labels is None else labels.astype(np.int32)
        if n > 1:
            def dist(arr):
                per = len(arr) // n
                return self.strategy.experimental_distribute_values_from_function(
                    lambda ctx: tf.constant(arr[ctx.replica_id_in_sync_group * per:
                                                (ctx.replica_id_in_sync_group + 1) * per]))
            real_t, labels_t = dist(real), dist(labels)
        else:
            real_t, labels_t = tf.constant(real), tf.constant(labels)
        d, g = self._step_fn(real_t, labels_t, tf.constant(int(self.step.numpy()), tf.int64))
        return float(d), float(g)

    def sample(self, z: np.ndarray, labels: np.ndarray | None = None, ema: bool = True) -> np.ndarray:
        """float32 (N, latent) -> uint8 (N, 32, 32, 4), batched, deterministic."""
        return run_generator(self.exported if ema else self.G, z, labels if self.cfg.num_classes else None)


def run_generator(G, z: np.ndarray, labels: np.ndarray | None = None, batch: int = 64,
                  embeddings: np.ndarray | None = None) -> np.ndarray:
    """Generator over (N, latent) latents (and class labels for a conditional one),
    -> (N, 32, 32, 4) uint8 RGBA, raw (no clean-up).

    Every call runs full batches of ``batch`` (the last one zero-padded): CPU
    kernels round differently for other batch sizes, and a sprite's bytes
    must not depend on which other sprites were drawn with it.
    ``embeddings`` (N, E) feeds a conditional generator's class embedding
    directly (soft class mixes); G must then take [z, embedding].
    """
    out = []
    cond = embeddings if embeddings is not None else labels
    for i in range(0, len(z), batch):
        k = min(batch, len(z) - i)
        zz = np.zeros((batch, z.shape[1]), np.float32)
        zz[:k] = z[i:i + k]
        args = zz
        if cond is not None:
            cc = np.zeros((batch,) + np.shape(cond)[1:], np.float32 if embeddings is not None else np.int32)
            cc[:k] = cond[i:i + k]
            args = [zz, cc]
        out.append(np.asarray(G(args, training=False))[:k])
    return to_uint8(np.concatenate(out)) if out else np.zeros((0, 32, 32, 4), np.uint8)


def fixed_latents(cfg: TrainConfig, n: int = 64) -> np.ndarray:
    """The latents of the progress grids: the same for the whole run."""
    return np.random.default_rng([cfg.seed, 424242]).standard_normal((n, cfg.latent_dim)).astype(np.float32)


def batch_indices(seed: int, step: int, n: int, batch: int,
                  labels: np.ndarray | None = None) -> np.ndarray:
    """Indices of the training images in step ``step``'s batch, a pure function
    of (seed, step) so a resumed run draws the same batches. With ``labels``,
    each slot first draws a class uniformly, then an image of that class."""
    rng = np.random.default_rng([seed, step, 1])
    if labels is None:
        return rng.integers(0, n, batch)
    classes, inverse = np.unique(labels, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    counts = np.bincount(inverse)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    c = rng.integers(0, len(classes), batch)
    return order[starts[c] + (rng.random(batch) * counts[c]).astype(np.int64)]


def read_run_state(out: str | os.PathLike) -> dict | None:
    """The run.json of the run already in ``out`` (None if none); SpriteforgeError if unreadable."""
    f = Path(out) / "run.json"
    if not f.is_file():
        return None
    try:
        state = json.loads(f.read_text())
    except (OSError, ValueError) as e:
        raise SpriteforgeError(f"{f}: unreadable run state ({e}); use a new --out folder") from None
    if not isinstance(state, dict) or not isinstance(state.get("config"), dict):
        raise SpriteforgeError(f"{f}: not a spriteforge run state; use a new --out folder")
    return state


class BestSnapshot:
    """The best-scoring EMA generator of a run's last stretch, kept beside its checkpoints.

    A run's quality does not settle by its last step: scored every 250 steps, its FD to the
    matched floor swung by up to 0.8x from one checkpoint to the next. So candidates are
    scored (``score``: FD in the VGG feature space ``evaluate`` uses, between 256 clean samples
    drawn from the run's seed and the training set) and the best is kept in
    ``checkpoints/best.weights.h5`` with its step and score in ``checkpoints/best.json``,
    written before the checkpoint of the same step, so a killed run that resumes re-scores
    what it redoes and ends on the same pick (a candidate between checkpoints, ``pick_every``,
    is redone to the same weights and score, so it stays the pick). The pick is kept across
    a resume only under the same ``--steps`` budget: a run extended to more steps, or
    budgeted by the clock, picks from its own last stretch.
    """

    def __init__(self, out: Path, images: np.ndarray, labels: np.ndarray | None, cfg: TrainConfig,
                 steps: int | None = None, n: int = 256):
        from ..pixelart.cleanup import SpriteStyle
        from .sample import seed_latents
        self.weights = out / "checkpoints" / "best.weights.h5"
        self.state_file = out / "checkpoints" / "best.json"
        self.images = images
        self.style = SpriteStyle.fit(images)
        rng = np.random.default_rng([cfg.seed, 9])
        self.z = seed_latents(n, int(rng.integers(2**31)), cfg.latent_dim)
        self.labels = None if labels is None else labels[rng.choice(len(labels), n)]
        self._real = None
        self.budget = steps
        self.state = {}
        if steps is not None and self.state_file.is_file() and self.weights.is_file():
            state = json.loads(self.state_file.read_text())
            if state.get("budget") == steps:
                self.state = state

    def score(self, G) -> float:
        """FD (VGG features) between clean samples of ``G`` and the training set: lower is better."""
        from ..vgg import sprite_features
        from .metrics import frechet_distance
        if self._real is None:
            self._real = sprite_features(self.images)
        fake = self.style.clean(run_generator(G, self.z, self.labels))
        return frechet_distance(sprite_features(fake), self._real)

    def offer(self, G, step: int) -> float:
        """Score ``G`` at ``step``; keep it if it beats the best so far. -> its score."""
        s = self.score(G)
        if not self.state or s < self.state["score"]:
            save_weights_atomic(G, self.weights)
            self.state = {"step": step, "score": s, "budget": self.budget}
            save_json(self.state_file, self.state)
        return s


def save_weights_atomic(G, path: Path) -> None:
    """``G.save_weights(path)`` through a temporary file, so ``path`` is never half-written."""
    tmp = path.with_name(".tmp." + path.name)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    G.save_weights(str(tmp))
    os.replace(tmp, path)


def train(images: np.ndarray, out: str | os.PathLike, cfg: TrainConfig, steps: int | None = None,
          minutes: float | None = None, labels: np.ndarray | None = None,
          class_names: list[str] | None = None, devices: list[str] | None = None,
          progress=None, log=print, gif: bool = True) -> dict:
    """Train on (N, 32, 32, 4) uint8 RGBA ``images`` into folder ``out``.

    Resumes automatically from ``out/checkpoints`` when it holds a run with the
    same data and architecture, and refuses (SpriteforgeError) otherwise.
    Stops after ``steps`` total steps or ``minutes`` of this run, whichever
    comes first. Writes ``out/model.json`` + ``generator.weights.h5`` (the EMA
    generator), sample grids, a progress GIF and TensorBoard scalars.
    """
    from ..sheets import contact_sheet
    check_training_set(images)
    if steps is None and minutes is None:
        raise SpriteforgeError("give a budget: --steps or --minutes")
    if cfg.num_classes:
        if labels is None or len(labels) != len(images) or class_names is None \
                or len(class_names) != cfg.num_classes:
            raise SpriteforgeError("a conditional run needs one label per image and one name per class")
        labels = np.asarray(labels, np.int32)
        if labels.min() < 0 or labels.max() >= cfg.num_classes:
            raise SpriteforgeError(f"labels must lie in [0, {cfg.num_classes})")
    elif labels is not None:
        raise SpriteforgeError("labels given but the config is unconditional (num_classes=0)")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SpriteforgeError(f"{out}: output path exists and is a file")
    out.mkdir(parents=True, exist_ok=True)
    fp = fingerprint(images) if labels is None else fingerprint(images, labels, class_names)
    state_file = out / "run.json"
    old = read_run_state(out)
    if old is not None:
        # Runs from before these options existed had none of them.
        old["config"] = {"class_balance": False, "aux_weight": 0.0, "minibatch_std": False,
                         "shared_fakes": False, "pick_best": 0.0, **old["config"]}
        if "minibatch_std" not in old.get("architecture", {}) and cfg.minibatch_std:
            cfg = TrainConfig(**{**asdict(cfg), "minibatch_std": False})
        if old.get("data") != fp:
            raise SpriteforgeError(
                f"{out} holds a run on different training data ({old.get('n_images')} images, "
                f"fingerprint {old.get('data')}); use a new --out folder")
        if old.get("architecture") != cfg.architecture():
            raise SpriteforgeError(
                f"{out} holds a run with another architecture {old.get('architecture')}; "
                f"use a new --out folder")
        cfg = TrainConfig(**{**old["config"], **{k: getattr(cfg, k) for k in
                                                  ("sample_every", "checkpoint_every")}})
    save_json(state_file, {"data": fp, "n_images": len(images), "architecture": cfg.architecture(),
                           "config": asdict(cfg)})

    import tensorflow as tf
    strategy = _strategy(devices)
    gan = SpriteGAN(cfg, strategy)
    ckpt = tf.train.Checkpoint(G=gan.G, D=gan.D, G_ema=gan.G_ema, g_opt=gan.g_opt,
                               d_opt=gan.d_opt, step=gan.step)
    manager = tf.train.CheckpointManager(ckpt, str(out / "checkpoints"), max_to_keep=2)
    if manager.latest_checkpoint:
        ckpt.restore(manager.latest_checkpoint).expect_partial()
        log(f"resumed from {manager.latest_checkpoint} at step {int(gan.step.numpy())}")

    x = to_float(images)
    z_fixed = fixed_latents(cfg)
    lab_fixed = (np.arange(64) % max(cfg.num_classes, 1)).astype(np.int32)
    samples_dir = out / "samples"
    samples_dir.mkdir(exist_ok=True)
    writer = tf.summary.create_file_writer(str(out / "logs"))
    t0 = time.time()
    start = int(gan.step.numpy())
    target = steps if steps is not None else math.inf
    d = g = float("nan")
    per_replica = cfg.batch_size // strategy.num_replicas_in_sync * strategy.num_replicas_in_sync

    def save_grid(step):
        grid = contact_sheet(gan.sample(z_fixed, lab_fixed), cols=8, scale=2)
        save_png(samples_dir / f"step_{step:07d}.png", grid)

    def budget_left() -> float:
        """Share of this run's budget not yet spent, in [0, 1]: the tighter of steps and clock."""
        left = 1.0
        if steps is not None:
            left = min(left, 1.0 - int(gan.step.numpy()) / max(steps, 1))
        if minutes is not None:
            left = min(left, 1.0 - (time.time() - t0) / (minutes * 60))
        return max(left, 0.0)

    picker = BestSnapshot(out, images, labels, cfg, steps) if cfg.pick_best > 0 else None
    offered = None  # the last step scored
    while int(gan.step.numpy()) < target and (minutes is None or time.time() - t0 < minutes * 60):
        step = int(gan.step.numpy())
        idx = batch_indices(cfg.seed, step, len(x), per_replica,
                            labels if cfg.num_classes and cfg.class_balance else None)
        d, g = gan.train_step(x[idx], None if labels is None else labels[idx])
        if not (np.isfinite(d) and np.isfinite(g)):
            raise SpriteforgeError(f"training diverged at step {step} (loss d={d}, g={g})")
        step += 1
        if progress:
            progress(1, d=f"{d:.3f}", g=f"{g:.3f}")
        if step % 25 == 0:
            with writer.as_default(step=step):
                tf.summary.scalar("loss/d", d)
                tf.summary.scalar("loss/g", g)
        if step % cfg.sample_every == 0:
            save_grid(step)
        # Before the checkpoint of the same step: see BestSnapshot.
        if picker and step % (cfg.pick_every or cfg.checkpoint_every) == 0 \
                and budget_left() <= cfg.pick_best:
            picker.offer(gan.exported, step)
            offered = step
        if step % cfg.checkpoint_every == 0:
            manager.save(checkpoint_number=step)
    step = int(gan.step.numpy())
    if picker and offered != step and step != start:
        picker.offer(gan.exported, step)
    if step != start:
        manager.save(checkpoint_number=step)
        save_grid(step)
    writer.flush()
    picked = picker.state if picker and picker.state else None
    export(gan, out, images, fp, step, class_names, labels,
           weights=picker.weights if picked else None, picked_step=picked and picked["step"])
    if picked:
        log(f"exported the generator of step {picked['step']} (score {picked['score']:.4f}, "
            f"the best of the run's last {cfg.pick_best:.0%})")
    if gif:
        write_progress_gif(samples_dir, out / "progress.gif")
    log(f"trained {step - start} steps this run ({step} total) in {time.time() - t0:.0f} s; "
        f"last losses d={d:.3f} g={g:.3f}")
    return {"steps": step, "steps_this_run": step - start, "d_loss": d, "g_loss": g,
            "seconds": time.time() - t0}


def export(gan: SpriteGAN, out: Path, images: np.ndarray, fp: str, step: int,
           class_names: list[str] | None = None, labels: np.ndarray | None = None,
           weights: Path | None = None, picked_step: int | None = None) -> None:
    """Write what ``generate`` needs: EMA generator weights (or the ``weights`` file of a
    picked snapshot), config, the training set (and its labels, for a conditional model)."""
    import io as _io
    if weights is not None:
        write_bytes_atomic(out / "generator.weights.h5", weights.read_bytes())
    else:
        save_weights_atomic(gan.exported, out / "generator.weights.h5")
    buf = _io.BytesIO()
    arrays = {"images": images} if labels is None else {"images": images, "labels": labels}
    np.savez_compressed(buf, **arrays)
    write_bytes_atomic(out / "train.npz", buf.getvalue())
    save_json(out / "model.json", {"format": "spriteforge-gan-1", "config": asdict(gan.cfg),
                                   "data": fp, "n_images": int(len(images)), "steps": step,
                                   "classes": class_names or [],
                                   **({"picked_step": picked_step} if picked_step is not None else {})})


def write_progress_gif(samples_dir: Path, path: Path, max_frames: int = 60) -> None:
    from ..io import encode_gif, read_rgba
    frames = sorted(samples_dir.glob("step_*.png"))
    if not frames:
        return
    if len(frames) > max_frames:
        keep = np.linspace(0, len(frames) - 1, max_frames).round().astype(int)
        frames = [frames[i] for i in keep]
    imgs = [read_rgba(f)[..., :3] for f in frames]
    write_bytes_atomic(path, encode_gif(np.stack(imgs), 150))


def load_config(model_dir: str | os.PathLike) -> dict:
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
        known = {fl.name for fl in fields(TrainConfig)}
        meta["config"] = TrainConfig(**{k: v for k, v in meta["config"].items() if k in known})
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        raise SpriteforgeError(f"{f}: not a valid model.json ({type(e).__name__}: {e})") from None
    return meta
