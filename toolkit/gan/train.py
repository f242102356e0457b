"""Train the sprite GAN: the resumable loop around ``SpriteGAN.train_step``.

A checkpoint holds the networks, the optimisers, the EMA weights and the step; every
random draw is a function of (seed, step), so a run killed at any point and resumed
from its last checkpoint continues exactly as if it had never stopped.
"""
from __future__ import annotations

import math
import os
import shutil
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from .. import seeds
from ..errors import SpriteforgeError
from ..formats import save_json, sweep_temps, write_bytes_atomic
from ..io import encode_gif, read_rgba, save_png
from ..sheets import contact_sheet
from .config import TrainConfig, TrainPlan, check_training_set
from .run import fingerprint, resume_config, run_lock
from .folder import export
from .pick import BestSnapshot
from .step import SpriteGAN, batch_indices, strategy_for, to_float


@dataclass(frozen=True)
class TrainResult:
    steps: int              # total, counting resumed ones
    steps_this_run: int
    d_loss: float           # the last step's
    g_loss: float
    seconds: float
    picked_step: int | None  # the exported snapshot's step, when the pick chose one


def fixed_latents(cfg: TrainConfig, n: int = 64) -> np.ndarray:
    """The latents of the progress grids: the same for the whole run."""
    return np.random.default_rng([cfg.seed, seeds.PROGRESS]).standard_normal((n, cfg.latent_dim)).astype(np.float32)


def train(images: np.ndarray, out: str | os.PathLike, cfg: TrainConfig, *, steps: int | None = None,
          minutes: float | None = None, labels: np.ndarray | None = None,
          class_names: list[str] | None = None, devices: list[str] | None = None,
          progress=None, log=print, gif: bool = True) -> TrainResult:
    """Train on (N, S, S, 4) uint8 RGBA ``images`` (S in config.SIZES) into folder ``out``.

    Resumes automatically from ``out/checkpoints`` when it holds a run with the
    same data and architecture, and refuses (SpriteforgeError) otherwise.
    Stops after ``steps`` total steps or ``minutes`` of this run, whichever
    comes first. Writes the model folder (``folder.export``), sample grids, a
    progress GIF and TensorBoard scalars. ``progress(1, d=..., g=...)`` is called
    per step; ``log(line)`` for what a user should read.
    """
    check_training_set(images)
    if images.shape[1] != cfg.size:  # the size is the data's, not a recipe choice
        cfg = replace(cfg, size=int(images.shape[1]))
    if steps is None and minutes is None:
        raise SpriteforgeError("give a budget: steps or minutes")
    labels = _check_labels(cfg, len(images), labels, class_names)
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SpriteforgeError(f"{out}: output path exists and is a file")
    check_space(out)  # before the run's folder is made
    out.mkdir(parents=True, exist_ok=True)
    with run_lock(out):
        return _train(images, out, cfg, steps, minutes, labels, class_names, devices, progress, log, gif)


MIN_FREE_MB = 64  # below this much free disk, no checkpoint or weights file is started


def check_space(out: Path, step: int | None = None) -> None:
    """SpriteforgeError before a write that a nearly full disk would cut short (h5py then
    crashes the process): the run stays resumable from its last checkpoint."""
    where = Path(out)
    while not where.exists() and where != where.parent:
        where = where.parent
    free = shutil.disk_usage(where).free / 2 ** 20
    if free < MIN_FREE_MB:
        at = f" at step {step}; run the same command again to resume once there is room" if step else ""
        raise SpriteforgeError(f"{out}: the disk is nearly full ({free:.0f} MB free, training needs "
                               f"{MIN_FREE_MB} MB){at}")


def _train(images, out: Path, cfg: TrainConfig, steps, minutes, labels, class_names, devices,
           progress, log, gif) -> TrainResult:
    check_space(out)
    fp = fingerprint(images) if labels is None else fingerprint(images, labels, class_names)
    cfg = resume_config(out, cfg, fp)
    stale = sorted((out / "checkpoints").glob("*_temp*")) if (out / "checkpoints").is_dir() else []
    for d in stale:  # a checkpoint write that a kill cut short
        shutil.rmtree(d) if d.is_dir() else d.unlink()
    swept = sum(sweep_temps(d) for d in (out, out / "checkpoints"))  # weights, JSON, PNGs half-written
    if stale or swept:
        log(f"removed {len(stale) + swept} unfinished write(s) of a killed run"
            + (f": {', '.join(d.name for d in stale)}" if stale else ""))
    save_json(out / "run.json", {"data": fp, "n_images": len(images),
                                 "architecture": cfg.architecture(), "config": asdict(cfg)})

    import tensorflow as tf
    strategy = strategy_for(devices)
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
    if progress and start and steps is not None:
        progress(min(start, steps))  # a resumed run's bar starts at its step, not at 0
    target = steps if steps is not None else math.inf
    d = g = float("nan")
    per_replica = cfg.batch_size // strategy.num_replicas_in_sync * strategy.num_replicas_in_sync
    balance = labels if cfg.num_classes and cfg.class_balance else None

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
        idx = batch_indices(cfg.seed, step, len(x), per_replica, balance)
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
            check_space(out, step)
            picker.offer(gan.exported, step)
            offered = step
        if step % cfg.checkpoint_every == 0:
            check_space(out, step)
            manager.save(checkpoint_number=step)
    step = int(gan.step.numpy())
    check_space(out, step)
    if picker and offered != step and step != start:
        picker.offer(gan.exported, step)
    if step != start:
        manager.save(checkpoint_number=step)
        save_grid(step)
    writer.flush()
    picked = picker.state if picker and picker.state else None
    texture = typical = None
    if picker:
        typical = picker.typical_distance()
    if cfg.tileable and picker:  # the run's state is saved above: G may take the picked weights
        if picked:
            gan.exported.load_weights(str(picker.weights))
        texture = picker.prefers_texture(gan.exported)
    export(gan.exported, cfg, out, images, data=fp, step=step, class_names=class_names, labels=labels,
           weights=picker.weights if picked else None, picked_step=picked and picked["step"],
           texture_style=texture, typical_distance=typical)
    if picked:
        log(f"exported the generator of step {picked['step']} (score {picked['score']:.4f}, "
            f"the best of the run's last {cfg.pick_best:.0%})")
    if gif:
        write_progress_gif(samples_dir, out / "progress.gif")
    log(f"trained {step - start} steps this run ({step} total) in {time.time() - t0:.0f} s; "
        f"last losses d={d:.3f} g={g:.3f}")
    return TrainResult(step, step - start, d, g, time.time() - t0, picked and picked["step"])


def train_plan(plan: TrainPlan, out: str | os.PathLike, **kw) -> TrainResult:
    """``train`` what ``config.plan_training`` planned (``kw``: progress, log, devices, gif)."""
    return train(plan.images, out, plan.cfg, steps=plan.steps, minutes=plan.minutes,
                 labels=plan.labels, class_names=plan.class_names, **kw)


def _check_labels(cfg: TrainConfig, n: int, labels, class_names) -> np.ndarray | None:
    """The labels as int32, checked against the config: SpriteforgeError when they do not fit."""
    if not cfg.num_classes:
        if labels is not None:
            raise SpriteforgeError("labels given but the config is unconditional (num_classes=0)")
        return None
    if labels is None or len(labels) != n or class_names is None or len(class_names) != cfg.num_classes:
        raise SpriteforgeError("a conditional run needs one label per image and one name per class")
    labels = np.asarray(labels, np.int32)
    if labels.min() < 0 or labels.max() >= cfg.num_classes:
        raise SpriteforgeError(f"labels must lie in [0, {cfg.num_classes})")
    return labels


def write_progress_gif(samples_dir: Path, path: Path, max_frames: int = 60) -> None:
    """OUT/progress.gif: the sample grids, at most ``max_frames`` of them, evenly spaced."""
    frames = sorted(samples_dir.glob("step_*.png"))
    if not frames:
        return
    if len(frames) > max_frames:
        keep = np.linspace(0, len(frames) - 1, max_frames).round().astype(int)
        frames = [frames[i] for i in keep]
    imgs = [read_rgba(f)[..., :3] for f in frames]
    write_bytes_atomic(path, encode_gif(np.stack(imgs), 150))
