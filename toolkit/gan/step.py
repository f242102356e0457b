"""One training step of the sprite GAN: the networks, their optimisers, the EMA generator.

``SpriteGAN.train_step(real, labels)`` is the whole update; ``train.py`` loops over it.
Every random draw inside a step is a stateless function of (seed, step), so a run
resumed from a checkpoint redraws exactly what it would have drawn.
"""
from __future__ import annotations

import numpy as np

from .. import seeds
from .config import TrainConfig
from .folder import run_generator


def to_float(images: np.ndarray) -> np.ndarray:
    """(N, S, S, 4) uint8 RGBA -> float32 in [-1, 1]; transparent pixels -> all -1."""
    x = images.astype(np.float32) / 127.5 - 1.0
    x[images[..., 3] == 0] = -1.0
    return x


def batch_indices(seed: int, step: int, n: int, batch: int,
                  labels: np.ndarray | None = None) -> np.ndarray:
    """Indices of the training images in step ``step``'s batch, a pure function
    of (seed, step) so a resumed run draws the same batches. With ``labels``,
    each slot first draws a class uniformly, then an image of that class."""
    rng = np.random.default_rng([seed, step, seeds.BATCH])
    if labels is None:
        return rng.integers(0, n, batch)
    classes, inverse = np.unique(labels, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    counts = np.bincount(inverse)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    c = rng.integers(0, len(classes), batch)
    return order[starts[c] + (rng.random(batch) * counts[c]).astype(np.int64)]


def strategy_for(devices: list[str] | None = None):
    import tensorflow as tf
    if devices and len(devices) > 1:
        return tf.distribute.MirroredStrategy(devices)
    gpus = tf.config.list_logical_devices("GPU")
    if len(gpus) > 1:
        return tf.distribute.MirroredStrategy()
    return tf.distribute.get_strategy()


class SpriteGAN:
    """Generator, discriminator, their optimisers and the EMA generator.

    ``train_step(real, labels)`` runs one discriminator and one generator update
    under the distribution strategy and returns the losses.
    """

    def __init__(self, cfg: TrainConfig, strategy=None):
        import keras
        import tensorflow as tf

        from .model import build_discriminator, generator_for
        self.cfg = cfg
        self.strategy = strategy or tf.distribute.get_strategy()
        keras.utils.set_random_seed(cfg.seed)
        with self.strategy.scope():
            self.G = generator_for(cfg)
            self.D = build_discriminator(cfg.d_width, spectral_norm=cfg.spectral_norm,
                                         num_classes=cfg.num_classes,
                                         aux_classifier=cfg.aux_classifier,
                                         minibatch_std=cfg.minibatch_std, size=cfg.size)
            self.G_ema = generator_for(cfg)
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

        def g_objective(fake_logits, fake_aux, fake):
            loss = tf.reduce_sum(self._g_loss(fake_logits)) + fake_aux
            if cfg.cover_weight:
                loss += cfg.cover_weight * tf.reduce_sum(cover(real, fake))
            return loss / global_b

        def cover(real, fake):
            """(B,) each real's squared distance to its nearest fake of the same class, over
            cell-mean RGBA (8 x 8 cells): pulling those fakes covers the reals (IMLE)."""
            k = max(cfg.size // 8, 1)
            pool = lambda x: tf.reshape(tf.nn.avg_pool2d(x, k, k, "VALID"), [b, -1])
            r, f = pool(real), pool(fake)
            d = tf.reduce_mean(tf.square(r[:, None, :] - f[None, :, :]), -1)  # (B real, B fake)
            if cfg.num_classes:
                d += tf.where(labels[:, None] == labels[None, :], 0.0, 1e9)
            return tf.reduce_min(d, 1)

        z = tf.random.stateless_normal([b, cfg.latent_dim], seed=seeds[0])
        with tf.GradientTape(persistent=cfg.shared_fakes) as tape:
            fake = self.G(g_in(z), training=True)
            real_logits, real_aux = disc(aug(real, seeds[1]))
            fake_logits, fake_aux = disc(aug(fake, seeds[2]))  # D's classifier learns from real only
            d_loss = (tf.reduce_sum(self._d_loss(real_logits, fake_logits)) + real_aux) / global_b
            if cfg.shared_fakes:  # G learns from these fakes as D scored them, before D's update
                g_loss = g_objective(fake_logits, fake_aux, fake)
        d_grads = tape.gradient(d_loss, self.D.trainable_variables)
        if cfg.shared_fakes:
            g_grads = tape.gradient(g_loss, self.G.trainable_variables)
            del tape
        self.d_opt.apply_gradients(zip(d_grads, self.D.trainable_variables))

        if not cfg.shared_fakes:  # alternating: fresh fakes, scored by the updated D
            z = tf.random.stateless_normal([b, cfg.latent_dim], seed=seeds[3])
            with tf.GradientTape() as tape:
                fake = self.G(g_in(z), training=True)
                g_loss = g_objective(*disc(aug(fake, seeds[1] + 7)), fake)
            g_grads = tape.gradient(g_loss, self.G.trainable_variables)
        self.g_opt.apply_gradients(zip(g_grads, self.G.trainable_variables))
        return d_loss, g_loss

    def _build_step(self):
        import tensorflow as tf
        strategy = self.strategy

        @tf.function(autograph=False)  # no Python control flow on tensors; autograph leaves files in /tmp
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
        """float32 (N, latent) -> uint8 (N, S, S, 4), batched, deterministic."""
        return run_generator(self.exported if ema else self.G, z, labels if self.cfg.num_classes else None)
