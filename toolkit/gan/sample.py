"""Make clean sprites from a trained model folder: ``generate``'s API."""
from __future__ import annotations

import contextlib
import functools
import os
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from .. import seeds
from ..pixelart.cleanup import palette_option, render
from .folder import GEN_BATCH, Generator, class_index, load_config, seed_latents
from .metrics import memorisation_threshold, nn_distance, shift_copy_threshold, shift_nn_distance


@dataclass(frozen=True)
class Batch:
    """One streamed batch of ``generate_batches``."""
    images: np.ndarray          # (B, H, W, 4) uint8, clean
    latents: np.ndarray | None  # (B, latent_dim) float32; None for quilted tiles
    labels: np.ndarray | None   # (B,) int32 class per sprite, conditional models only
    replaced: int               # novelty redraws in the batch
    reclassed: int = 0          # class-check redraws in the batch


@dataclass(frozen=True)
class Stream:
    """``generate_batches``' result: what is known before the first sprite, and the batches."""
    n: int
    classes: list[str]          # the model's class names (empty for an unconditional one)
    threshold: float | None     # the novelty filter's distance (None when off)
    batches: Iterator[Batch]
    truncation: float = 1.0     # the latents' scale (1: none)
    class_check: bool = False   # off-class sprites redrawn (models with named classes)
    method: str = "gan"         # "quilt": tiles quilted from exemplars (toolkit.tiles), no latents


@dataclass(frozen=True)
class Generated:
    """``generate``'s result: every batch gathered."""
    images: np.ndarray
    latents: np.ndarray
    labels: np.ndarray | None
    replaced: int
    threshold: float | None     # the novelty filter's distance (None when off)
    classes: list[str]          # the model's class names (empty for an unconditional one)
    reclassed: int = 0          # class-check redraws


# --------------------------------------------------------------------------- clean-up

def novelty_features(images: np.ndarray) -> np.ndarray:
    """Pixel features the novelty filter compares: 2x2-block colour and alpha, (N, D)."""
    from ..pixelart.steps import layout_features
    return layout_features(images, cell=2)


def class_reader(ftrain: np.ndarray, train_labels: np.ndarray, num_classes: int):
    """The class check's judge over the training sprites' ``novelty_features`` ``ftrain``.
    Returns ``read(f, nearest)``: sprites' features (N, D) and the index of each one's nearest
    training sprite -> (N,) int, the class each reads as, or -1 unless two judges agree on it:
    that nearest sprite's class, and a probe (``probe.ClassProbe``) fitted on the training
    sprites' classes, at least as sure of it as of 4 in 5 training sprites
    (``probe.READ_QUANTILE`` of their cross-validated top-class probability)."""
    from ..probe import READ_QUANTILE, ClassProbe, probe_cv_proba
    sure = float(np.quantile(probe_cv_proba(ftrain, train_labels, num_classes).max(1), READ_QUANTILE))
    probe = ClassProbe().fit(ftrain, train_labels, num_classes)

    def read(f: np.ndarray, nearest: np.ndarray) -> np.ndarray:
        p = probe.proba(f)
        cls = train_labels[nearest]
        return np.where((p.max(1) >= sure) & (p.argmax(1) == cls), cls, -1)
    return read


# --------------------------------------------------------------------------- generate

BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
BATCH = 256             # sprites per streamed batch
SCREEN = 4              # batches whose redraws are drawn together (fewer padded generator calls)


def check_truncation(truncation: float) -> None:
    """The latents' scale (``truncation``) must lie in (0, 1] (``limits.RANGES``)."""
    from ..limits import check_numbers
    check_numbers("generate", {"truncation": truncation})


def check_generate(model_dir, n: int, classes: list[str] | None, truncation: float = 1.0) -> np.ndarray | None:
    """Checks ``generate``'s options before the model loads; -> the label per sprite
    for ``classes`` (names), else None."""
    from ..limits import check_numbers
    check_numbers("generate", {"n": n, "truncation": truncation})
    names = load_config(model_dir).get("classes", [])
    if not classes:
        return None
    return np.array([class_index(names, c, model_dir) for c in classes],
                    np.int32)[np.arange(n) % len(classes)]


def generate_batches(model_dir: str | os.PathLike | Generator, n: int = 64, seed: int = 0, *,
                     palette: str = "training", novelty: bool = True,
                     labels: np.ndarray | None = None, max_rounds: int = 20,
                     classes: list[str] | None = None, batch: int = BATCH,
                     truncation: float = 1.0, class_check: bool = True) -> Stream:
    """Make ``n`` clean sprites, ``batch`` at a time: a ``Stream`` whose ``batches`` yield
    ``Batch``es. The model loads here; the sprites are made as the batches are read.

    Latents: sprite i starts from row i of ``seed_latents(n, seed, D)``. Conditional
    models: ``classes`` (names) are drawn in turn, sprite i from classes[i % len(classes)];
    default every class in turn, or for a model trained on clusters (``--clusters``) a
    seeded draw in proportion to the clusters' sizes. ``labels`` (n,) sets each class.

    Novelty filter: a sprite nearer its nearest training sprite, in pixel features
    (``novelty_features``; for a tileable model, colours at every circular shift:
    ``rejected_shifts``), than the 5th percentile of train-to-train nearest-neighbour
    distances is replaced by a fresh draw from the same seeded stream, so the output
    holds no near-copies of the training set. Redraws come from a seeded stream per sprite
    and round, so the output does not depend on ``batch``. Candidates are judged on the
    generator's raw output before the clean-up, and the clean sprite again (``_Draws``).

    ``truncation`` (0 < psi <= 1): every latent, redraws included, times psi (the
    truncation trick): more typical sprites of each class, less varied.

    ``class_check`` (models trained on named classes: ``Generator.named_classes``): a sprite
    is redrawn the same way unless, in the same pixel features, its nearest training sprite is
    of its class and a probe of the training sprites' classes reads it as that class as surely
    as it reads 4 in 5 training sprites (``class_reader``), so each sprite reads as its class
    (docs/benchmarks.md measures it).
    ``model_dir`` may be a loaded ``Generator``.
    """
    from ..limits import check_numbers
    check_numbers("generate", {"n": n, "seed": seed, "truncation": truncation})
    by_name = check_generate(getattr(model_dir, "dir", model_dir), n, classes, truncation)
    labels = by_name if by_name is not None else labels
    gen = model_dir if isinstance(model_dir, Generator) else Generator(model_dir)
    style = palette_option(palette, gen.train_images, gen.texture)
    z = seed_latents(n, seed, gen.latent_dim) * np.float32(truncation)
    if labels is None:
        labels = gen.default_labels(n, seed)
    class_check = bool(class_check and gen.named_classes and labels is not None)
    rejects, threshold = None, None
    if novelty and gen.cfg.tileable:  # a shifted tile is the same tile in a level (never class-checked)
        threshold = shift_copy_threshold(gen.train_images)
        rejects = functools.partial(rejected_shifts, train=gen.train_images, threshold=threshold)
    elif novelty or class_check:
        ftrain = novelty_features(gen.train_images)
        threshold = memorisation_threshold(ftrain) if novelty else None
        read = class_reader(ftrain, gen.train_labels, gen.cfg.num_classes) if class_check else None
        rejects = functools.partial(rejected, ftrain=ftrain, threshold=threshold, read=read)
    return Stream(n, gen.classes, threshold,
                  _batches(gen, style, z, labels, seed, rejects, max_rounds, batch, truncation),
                  truncation, class_check)


def rejected(images: np.ndarray, labels: np.ndarray | None, *, ftrain: np.ndarray,
             threshold: float | None, read=None) -> tuple[np.ndarray, np.ndarray]:
    """generate's redraw rules for (N, H, W, 4) clean ``images`` of class ``labels`` (N,)
    against the training set's ``novelty_features`` ``ftrain``: (near-copy: nearer the
    nearest training sprite than ``threshold``, None: off; off-class: ``read`` (a
    ``class_reader`` over the same features) does not read it as its class, None: off),
    two (N,) bool."""
    f = novelty_features(images)
    d, i = nn_distance(f, ftrain)
    near = d < threshold if threshold is not None else np.zeros(len(images), bool)
    off = read(f, i) != labels if read is not None else np.zeros(len(images), bool)
    return near, off & ~near


def rejected_shifts(images: np.ndarray, labels, *, train: np.ndarray, threshold: float
                    ) -> tuple[np.ndarray, np.ndarray]:
    """``rejected`` for tiles that repeat: near-copy when nearer some circular shift of a
    training tile than ``threshold`` (``metrics.shift_nn_distance``); no class check."""
    d, _ = shift_nn_distance(images, train)
    return d < threshold, np.zeros(len(images), bool)


def _batches(gen: Generator, style, z, labels, seed, rejects, max_rounds, batch, truncation=1.0):
    starts = list(range(0, len(z), batch))
    chunks = [starts[k:k + SCREEN] for k in range(0, len(starts), SCREEN)]
    with _cleaners(style, len(starts)) as pool:
        # the generator screens one chunk ahead of the clean-up, which runs in worker processes
        pending = []
        for chunk in chunks + [None]:
            if chunk is not None:
                lo, hi = chunk[0], min(chunk[-1] + batch, len(z))
                draw = _Draws(gen, z[lo:hi], None if labels is None else labels[lo:hi],
                              lo, seed, rejects, max_rounds, truncation)
                raw = draw.screened(np.arange(hi - lo))
                parts = [np.arange(i - lo, min(i + batch, hi) - lo) for i in chunk]
                pending.append((draw, parts, [pool.submit(render, raw[r], style) if pool
                                              else render(raw[r], style) for r in parts]))
            if len(pending) < 2 and chunk is not None:
                continue
            draw, parts, done = pending.pop(0)
            imgs = np.concatenate([d.result() if pool else d for d in done])
            if rejects is not None:  # the clean sprites checked again: the screen only estimates them
                todo = np.flatnonzero(draw.tries < max_rounds)
                while len(todo):
                    todo = todo[draw.judge(imgs[todo], todo)]
                    if not len(todo):
                        break
                    draw.advance(todo)
                    imgs[todo] = render(draw.screened(todo), style)
                    todo = todo[draw.tries[todo] < max_rounds]
            for r in parts:
                yield Batch(imgs[r], draw.z[r], None if labels is None else draw.labels[r],
                            int(draw.near[r].sum()), int(draw.off[r].sum()))


class _Draws:
    """One chunk's latents and their redraws. Sprite j's candidates are its latent, then
    one from a seeded stream per sprite and try (the same bytes for any batching), up to
    ``max_rounds`` redraws; the last is kept unchecked. ``rejects`` is applied first to the
    generator's raw output, a screen ten times cheaper than the clean-up (their verdicts
    agree on 97 % of a by-class model's sprites), so that only candidates likely to pass are
    cleaned; the clean sprite is then checked again."""

    def __init__(self, gen, z, labels, j0, seed, rejects, max_rounds, truncation):
        self.gen, self.z, self.labels, self.j0, self.seed = gen, z, labels, j0, seed
        self.rejects, self.max_rounds, self.truncation = rejects, max_rounds, truncation
        self.tries = np.zeros(len(z), np.int64)   # redraws so far, per sprite
        self.near = np.zeros(len(z), np.int64)    # of them, near-copies
        self.off = np.zeros(len(z), np.int64)     # and off-class sprites

    def _labels(self, rows):
        return None if self.labels is None else self.labels[rows]

    def _latent(self, j: int, t: int) -> np.ndarray:
        """Sprite j's redraw t."""
        return np.random.default_rng([self.seed, seeds.NOVELTY, self.j0 + j, t]).standard_normal(
            self.gen.latent_dim).astype(np.float32) * np.float32(self.truncation)

    def judge(self, images, rows) -> np.ndarray:
        """(len(rows),) bool: which of ``images`` (sprites ``rows``) the rules reject, counted."""
        near, off = self.rejects(images, self._labels(rows))
        self.near[rows] += near
        self.off[rows] += off
        return near | off

    def advance(self, rows) -> None:
        """Each of ``rows`` to its next candidate."""
        for j in rows:
            self.z[j] = self._latent(j, self.tries[j])
            self.tries[j] += 1

    def screened(self, rows) -> np.ndarray:
        """Raw sprites for ``rows``, each the first of its candidates whose raw sprite passes
        the rules, or its last. Rejected sprites' next candidates are drawn several at a
        time, as many as fill the generator's padded batches (a redraw of 5 sprites costs
        a batch of GEN_BATCH); unused ones are dropped, so the result is the same."""
        raw = self.gen(self.z[rows], self._labels(rows))
        ahead: dict[int, list] = {}  # position in rows -> [(latent, raw sprite)] drawn ahead
        todo = np.arange(len(rows)) if self.rejects is not None else rows[:0]
        while len(todo):
            todo = todo[self.tries[rows[todo]] < self.max_rounds]
            if not len(todo):
                break
            todo = todo[self.judge(raw[todo], rows[todo])]
            need = [p for p in todo if not ahead.get(p)]
            if need:
                look = max(1, -(-len(need) // GEN_BATCH) * GEN_BATCH // len(need))
                owners, zs = [], []
                for p in need:
                    j = rows[p]
                    for t in range(self.tries[j], min(self.tries[j] + look, self.max_rounds)):
                        owners.append(p)
                        zs.append(self._latent(j, t))
                drawn = self.gen(np.stack(zs), self._labels(rows[owners]))
                for p, zz, im in zip(owners, zs, drawn):
                    ahead.setdefault(p, []).append((zz, im))
            for p in todo:
                self.z[rows[p]], raw[p] = ahead[p].pop(0)
                self.tries[rows[p]] += 1
        return raw


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
    # One BLAS thread per worker: with the cores already shared out, OpenBLAS's own threads
    # only spin (it halved the clean-up of 10,000 sprites). Read when a worker imports numpy.
    saved = {k: os.environ.get(k) for k in BLAS_THREADS}
    os.environ.update({k: "1" for k in BLAS_THREADS})
    held = _hold_ctrl_c()  # a Ctrl-C while a worker starts would leave it reading a half-sent start
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_deaf_to_ctrl_c)
        for f in [pool.submit(int) for _ in range(workers)]:  # every worker starts now, with this environment
            f.result()
    except BaseException:
        _release_ctrl_c(held)
        raise
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    with pool:
        _release_ctrl_c(held)  # one held back lands here: inside the block, so the pool shuts down
        yield pool


def _deaf_to_ctrl_c() -> None:
    """In a clean-up worker: a terminal's Ctrl-C reaches the whole process group; the parent
    answers it (one line, exit 130) and shuts the workers down, so they ignore it."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _hold_ctrl_c():
    """Hold Ctrl-C back (a handler that notes it) while workers start; -> what to restore, or None
    off the main thread (where Python cannot set handlers)."""
    import signal
    import threading
    if threading.current_thread() is not threading.main_thread():
        return None
    noted: list[int] = []
    return signal.signal(signal.SIGINT, lambda *_: noted.append(1)), noted


def _release_ctrl_c(held) -> None:
    """Put the Ctrl-C handler back and raise the Ctrl-C that came meanwhile, if one did."""
    if held is not None:
        import signal
        previous, noted = held
        signal.signal(signal.SIGINT, previous)
        if noted:
            raise KeyboardInterrupt


def generate(model_dir: str | os.PathLike, n: int = 64, seed: int = 0, **kw) -> Generated:
    """``generate_batches`` gathered into one ``Generated`` (``kw``: its options)."""
    stream = generate_batches(model_dir, n, seed, **kw)
    parts = list(stream.batches)
    lab = [p.labels for p in parts]
    return Generated(np.concatenate([p.images for p in parts]), np.concatenate([p.latents for p in parts]),
                     None if lab[0] is None else np.concatenate(lab), sum(p.replaced for p in parts),
                     stream.threshold, stream.classes, sum(p.reclassed for p in parts))
