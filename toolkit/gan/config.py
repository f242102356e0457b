"""The GAN's recipe (``TrainConfig``) and the plan of a run (``plan_training``).

Why each default is what it is: docs/experiments.md, "TrainConfig, field by field".
``plan_training`` is the one home of the rules that turn `train`'s options into a
config: option checks, labels or clusters, and what a resumed run keeps.
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields

import numpy as np

from ..errors import OptionError, SpriteforgeError
from .run import check_unlocked, fingerprint, read_run_state, resume_config

MIN_IMAGES = 16
SIZES = (16, 24, 32, 48, 64)  # square sprite sides the networks are built for (model.stages)
MIN_SIDE = 8                  # smaller tiles hold too few pixels to learn from
SAMPLE_SCALE = 1.15           # unconditional and tileable runs: a short run draws narrower than its data
CLUSTER_SAMPLE_SCALE = 1.3    # clustered runs (translated views) draw wider still
CLUSTER_AUGMENT = "translation"  # clustered runs: colour and cutout cost a short run recall


@dataclass
class TrainConfig:
    """The GAN recipe; ``model.json`` keeps it. Why each default: docs/experiments.md.

    latent_dim: length of a latent vector.
    g_width: the generator's first channel count (halved per stage).
    g_upsample: "resize" (nearest, then conv) or "subpixel" (depth to space).
    d_width: the discriminator's first channel count.
    batch_size: sprites per step.
    lr_g, lr_d: Adam learning rates of G and D.
    beta_1, beta_2: Adam's moment decays.
    ema_decay: the exported generator's moving average of G's weights (0: off).
    pick_best: share of the budget's end whose best snapshot is exported (0: the last step).
    loss: "hinge" or "bce" (non-saturating).
    augment: DiffAugment ops on D's views, comma-separated.
    flip: also train on mirrored sprites.
    spectral_norm: spectral normalisation in D.
    seed: the run's seed (data order, latents, weights).
    sample_every: steps between sample grids.
    checkpoint_every: steps between checkpoints.
    pick_every: steps between snapshot-pick candidates (0: at each checkpoint).
    num_classes: classes G and D are conditioned on (0: none).
    class_balance: every class equally often per batch.
    aux_weight: weight of D's auxiliary class loss (AC-GAN; 0: no head).
    clusters: classes are this many k-means clusters of the tiles (0: labelled or none).
    minibatch_std: D sees each batch's spread.
    shared_fakes: G trains on the fakes D has just scored (one G pass per step).
    size: the square side the networks draw (one of SIZES).
    tile: [w, h] cut from the centre when the tiles are not size x size.
    tileable: G wraps around its edges and D sees rolled views.
    cover_weight: weight of the term that pulls each real sprite's nearest fake (IMLE-style).
    sample_scale: latents are drawn at this times N(0, 1).
    """
    latent_dim: int = 128
    g_width: int = 128
    g_upsample: str = "resize"
    d_width: int = 32
    batch_size: int = 32
    lr_g: float = 4e-4
    lr_d: float = 4e-4
    beta_1: float = 0.0
    beta_2: float = 0.99
    ema_decay: float = 0.995
    pick_best: float = 0.3
    loss: str = "hinge"
    augment: str = "color,translation,cutout"
    flip: bool = False              # DCSS weapons all point up-right
    spectral_norm: bool = True
    seed: int = 0
    sample_every: int = 250
    checkpoint_every: int = 250
    pick_every: int = 0
    num_classes: int = 0
    class_balance: bool = True
    aux_weight: float = 0.25
    clusters: int = 0               # set by gan/clusters.py
    minibatch_std: bool = True
    shared_fakes: bool = True
    size: int = 32
    tile: list | None = None
    tileable: bool = False
    cover_weight: float = 0.0
    sample_scale: float = SAMPLE_SCALE

    @classmethod
    def plain(cls, **kw) -> "TrainConfig":
        """The plain Keras DCGAN baseline: no augmentation, no spectral norm, BCE loss, Adam(0.5),
        batch 64, alternating D and G steps on fresh latents, exporting its last step, sampled
        from N(0, 1) itself."""
        base = dict(augment="", spectral_norm=False, loss="bce", lr_g=2e-4, lr_d=2e-4, beta_1=0.5,
                    beta_2=0.999, ema_decay=0.0, minibatch_std=False, batch_size=64,
                    shared_fakes=False, pick_best=0.0, sample_scale=1.0)
        base.update(kw)
        return cls(**base)

    @classmethod
    def conditional(cls, num_classes: int, **kw) -> "TrainConfig":
        """The class-conditional recipe: batch 64, alternating D and G steps, sampled from N(0, 1)
        itself (the wider draw blurs named classes)."""
        return cls(**{"num_classes": num_classes, "batch_size": 64, "shared_fakes": False,
                      "sample_scale": 1.0, **kw})

    @classmethod
    def clustered(cls, k: int, **kw) -> "TrainConfig":
        """The default recipe for a set without labels: the conditional recipe on k k-means
        clusters of the tiles, without the auxiliary class loss (it cost variety), D's views
        only translated (CLUSTER_AUGMENT), drawn at CLUSTER_SAMPLE_SCALE."""
        return cls.conditional(k, **{"clusters": k, "aux_weight": 0.0, "sample_scale": CLUSTER_SAMPLE_SCALE,
                                     "augment": CLUSTER_AUGMENT, **kw})

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
        if self.size != 32:  # likewise
            arch["size"] = self.size
        if self.tileable:  # likewise
            arch["tileable"] = True
        return arch

    @classmethod
    def from_dict(cls, d: dict) -> "TrainConfig":
        """A config from JSON, ignoring fields this version does not know. A model from before
        ``sample_scale`` draws at 1.0, as it did."""
        known = {f.name for f in fields(cls)}
        return cls(**{"sample_scale": 1.0, **{k: v for k, v in d.items() if k in known}})


def square_canvas(images: np.ndarray) -> tuple[np.ndarray, int, list | None]:
    """(N, H, W, 4) tiles -> (the tiles on the smallest SIZES square that holds them, that side,
    [W, H] when they had to be padded, else None). Padding is transparent, the tile centred as
    ``sheets.load.fit_tile`` centres it; ``Generator`` cuts [W, H] back out of what G draws.
    SpriteforgeError naming the sizes for tiles over 64 px or under 8 px a side."""
    from ..sheets.load import fit_tile
    if images.ndim != 4 or images.shape[-1] != 4:
        raise SpriteforgeError(f"training images must be (N, H, W, 4) RGBA, got shape {images.shape}")
    h, w = images.shape[1:3]
    size = next((s for s in SIZES if s >= max(h, w)), None)
    if size is None or min(h, w) < MIN_SIDE:
        raise SpriteforgeError(
            f"{w}x{h} tiles are not supported: the GAN draws {', '.join(map(str, SIZES))} px squares "
            f"(smaller or non-square tiles from {MIN_SIDE} px are padded onto the next); cut a sheet "
            f"into such tiles with `spriteforge slice SHEET --tile N`, or resize them")
    if (h, w) == (size, size):
        return images, size, None
    return np.stack([fit_tile(t, size, size) for t in images]), size, [int(w), int(h)]


def crop_tile(images: np.ndarray, tile: list | None) -> np.ndarray:
    """(N, S, S, 4) -> (N, H, W, 4): the centred [W, H] ``tile`` ``square_canvas`` padded (None: as is)."""
    if not tile:
        return images
    w, h = tile
    s = images.shape[1]
    y, x = (s - h) // 2, (s - w) // 2
    return images[:, y:y + h, x:x + w]


def check_training_set(images: np.ndarray) -> None:
    """Raise SpriteforgeError unless ``images`` is (N >= 16, S, S, 4) with S in SIZES."""
    if images.ndim != 4 or images.shape[-1] != 4 or images.shape[1] != images.shape[2] \
            or images.shape[1] not in SIZES:
        raise SpriteforgeError(f"training images must be square RGBA of {', '.join(map(str, SIZES))} px, "
                               f"got {images.shape[1:3]} (plan_training pads other sizes)")
    if len(images) < MIN_IMAGES:
        raise SpriteforgeError(f"need at least {MIN_IMAGES} training images, got {len(images)}")


# --------------------------------------------------------------------------- planning

@dataclass(frozen=True)
class TrainPlan:
    """What ``train`` runs: the config, the data with its labels, and the budget."""
    cfg: TrainConfig
    images: np.ndarray
    labels: np.ndarray | None
    class_names: list[str] | None
    kind: str                # "clusters", "classes" or "" (unconditional)
    steps: int | None
    minutes: float | None
    resumes: bool = False    # a run is already in the output folder


DEFAULT_MINUTES = 10.0  # `train` with no budget


def check_train_options(*, steps: int | None = None, minutes: float | None = None,
                        batch_size: int | None = None, sample_every: int = 250,
                        checkpoint_every: int = 250, clusters: int | None = None,
                        class_loss: float | None = None, labelled: bool = False,
                        plain: bool = False, seed: int | None = None) -> None:
    """``plan_training``'s checks that need no data, so a caller can make them before it
    loads any: ``OptionError`` naming the parameter (ranges: ``limits.RANGES``, NaN and
    infinities refused), before anything is written to the run's folder."""
    from ..limits import check_numbers
    check_numbers("train", {k: v for k, v in (("steps", steps), ("minutes", minutes), ("seed", seed),
                                              ("batch_size", batch_size), ("sample_every", sample_every),
                                              ("checkpoint_every", checkpoint_every),
                                              ("class_loss", class_loss)) if v is not None})
    for name, v in (("steps", steps), ("batch_size", batch_size), ("sample_every", sample_every),
                    ("checkpoint_every", checkpoint_every)):
        if v is not None and v < 1:
            raise OptionError(name, f"must be >= 1, got {v}")
    if minutes is not None and minutes <= 0:
        raise OptionError("minutes", f"must be > 0, got {minutes}")
    if labelled and clusters is not None:
        raise OptionError("clusters", "and labelled classes ({conditional}) both set the classes: give one")
    if clusters is not None and (clusters < 0 or clusters == 1):
        raise OptionError("clusters", f"must be 0 (off) or >= 2, got {clusters}")
    if class_loss is not None and class_loss < 0:
        raise OptionError("class_loss", f"needs a weight >= 0, got {class_loss}")
    if class_loss is not None and not labelled and (clusters == 0 or plain and not clusters):
        raise OptionError("class_loss", "needs classes: labels or clusters K (K >= 2)")


def plan_training(images: np.ndarray, out: str | os.PathLike, *, labels: np.ndarray | None = None,
                  class_names: list[str] | None = None, steps: int | None = None,
                  minutes: float | None = None, seed: int | None = None, batch_size: int | None = None,
                  flip: bool | None = None, plain: bool = False, sample_every: int = 250,
                  checkpoint_every: int = 250, clusters: int | None = None,
                  class_balance: bool | None = None, class_loss: float | None = None,
                  tileable: bool = False, overrides: dict | None = None) -> TrainPlan:
    """Check ``train``'s options and choose the recipe for (N, H, W, 4) uint8 ``images``
    (padded onto a square of SIZES by ``square_canvas``: the plan holds the padded set).

    ``labels`` (N,) with ``class_names``: a class-conditional run on the user's classes.
    ``clusters``: condition on that many k-means clusters of the tiles (0: off; None: one
    per 10 tiles, at most 24, none under 50 tiles or with ``plain``). No budget: 10 minutes.
    None means the default (seed 0, no flips, balanced classes, the recipe's batch size and
    class loss) for a new run and "as it began" for a run already in ``out``: resuming, the
    recipe options given (seed, batch_size, flip, class_balance, clusters, class_loss) must
    match the run's, or ``OptionError`` names the first that does not.
    ``tileable``: the generator wraps around its edges and D sees rolled views (a circular
    shift in place of translation), for floors and walls that repeat edge to edge.
    ``overrides``: TrainConfig fields set over the chosen recipe (benchmarks, tests).
    Bad options raise ``OptionError`` naming the parameter.
    """
    from .clusters import cluster_labels, cluster_names, default_clusters
    check_train_options(steps=steps, minutes=minutes, batch_size=batch_size, sample_every=sample_every,
                        checkpoint_every=checkpoint_every, clusters=clusters, class_loss=class_loss,
                        labelled=labels is not None, plain=plain, seed=seed)
    if steps is None and minutes is None:
        minutes = DEFAULT_MINUTES
    images, size, tile = square_canvas(images)
    check_training_set(images)
    if labels is not None and (class_names is None or len(labels) != len(images)):
        raise OptionError("labels", "must give one label per image, with class_names")
    check_unlocked(out)
    previous = (read_run_state(out) or {}).get("config", {})  # the run being resumed, if any
    if previous:
        _check_resume(out, previous, seed=seed, batch_size=batch_size, flip=flip,
                      class_balance=class_balance, clusters=clusters, aux_weight=class_loss)
    if clusters is None and labels is None and not plain:
        # A resumed run keeps its own choice (runs from before clusters were the default have
        # none: 0); a new one gets the default for its size.
        old = previous.get("clusters", 0)
        clusters = (old if isinstance(old, int) else 0) if previous else default_clusters(len(images))
    clusters = clusters or 0
    if class_loss is not None and labels is None and not clusters:
        raise OptionError("class_loss", "needs classes: labels or clusters K (K >= 2)")
    names = class_names if labels is not None else None
    if clusters:
        labels = cluster_labels(images, clusters)
        names = cluster_names(labels)
    kw = dict(seed=seed or 0, flip=bool(flip), sample_every=sample_every,
              checkpoint_every=checkpoint_every, class_balance=class_balance is not False,
              size=size, tile=tile)
    if tileable:
        if plain:
            raise OptionError("tileable", "is a recipe of its own: not with {plain}")
        kw.update(tileable=True, augment="color,roll,cutout", sample_scale=SAMPLE_SCALE)
    if clusters:
        kw["clusters"] = clusters
    if batch_size is not None:
        kw["batch_size"] = batch_size
    if class_loss is not None:
        kw["aux_weight"] = class_loss
    elif clusters and "aux_weight" in previous:  # resumed: as the run began
        kw["aux_weight"] = previous["aux_weight"]
    n = len(names) if names else 0
    if plain:
        cfg = TrainConfig.plain(num_classes=n, **kw)
    elif clusters:
        cfg = TrainConfig.clustered(n, **kw)
    elif names:
        cfg = TrainConfig.conditional(n, **kw)
    else:
        cfg = TrainConfig(**kw)
    if overrides:
        unknown = set(overrides) - {f.name for f in fields(TrainConfig)}
        if unknown:
            raise OptionError("overrides", f"unknown TrainConfig fields: {', '.join(sorted(unknown))}")
        cfg = TrainConfig(**{**asdict(cfg), **overrides})
    if previous:  # the run's own config, checked against the data and architecture before any training
        fp = fingerprint(images) if labels is None else fingerprint(images, labels, names)
        cfg = resume_config(out, cfg, fp)
    kind = "clusters" if clusters else "classes" if names else ""
    return TrainPlan(cfg, images, None if labels is None else np.asarray(labels, np.int32),
                     names, kind, steps, minutes, bool(previous))


def _check_resume(out, previous: dict, **given) -> None:
    """OptionError for the first recipe option given that differs from the resumed run's."""
    params = {"aux_weight": "class_loss"}
    for key, value in given.items():
        if value is None or key not in previous:
            continue
        if value != previous[key]:
            show = (lambda v: ("on" if v else "off") if isinstance(v, bool) else v)
            raise OptionError(params.get(key, key), f"{show(value)} differs from the run being resumed "
                              f"in {out} ({show(previous[key])}); leave it out to resume, or use a new "
                              f"{{out}} folder")
