"""The best-snapshot pick: a run exports the best generator of its last stretch, not its last."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from .. import seeds
from ..formats import read_json, save_json, save_weights_atomic
from ..pixelart.cleanup import SpriteStyle
from ..pixelart.steps import DITHER
from .config import TrainConfig
from .folder import run_generator, seed_latents
from .metrics import frechet_distance, typical_gap


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
    every resume: a run extended to more steps exports a later step only when it scores
    better than what the run had exported.
    """

    def __init__(self, out: Path, images: np.ndarray, labels: np.ndarray | None, cfg: TrainConfig,
                 steps: int | None = None, n: int = 256):
        self.weights = out / "checkpoints" / "best.weights.h5"
        self.state_file = out / "checkpoints" / "best.json"
        self.images = images
        self.style = SpriteStyle.fit(images)
        rng = np.random.default_rng([cfg.seed, seeds.PICK])
        # scored as the exported model will draw them (Generator applies sample_scale)
        self.z = seed_latents(n, int(rng.integers(2**31)), cfg.latent_dim) * np.float32(cfg.sample_scale)
        self.labels = None if labels is None else labels[rng.choice(len(labels), n)]
        self.budget = steps
        self.state = {}
        if self.state_file.is_file() and self.weights.is_file():
            self.state = read_json(self.state_file, "snapshot pick state", ("step", "score"))

    def score(self, G) -> float:
        """FD (VGG features) between clean samples of ``G`` and the training set: lower is better."""
        return self._fd(run_generator(G, self.z, self.labels), self.style)

    def prefers_texture(self, G) -> bool:
        """Whether the texture clean-up (error diffusion, ``SpriteStyle.fit(texture=True)``)
        brings ``G``'s samples nearer the training set (FD) than the sprite clean-up does. A
        tileable model's choice, made on its exported generator: it helps floors and hurts walls
        (docs/experiments.md)."""
        raw = run_generator(G, self.z, self.labels)
        return bool(self._fd(raw, replace(self.style, dither=DITHER)) < self._fd(raw, self.style))

    def typical_distance(self) -> float:
        """``metrics.typical_gap`` of the training set's VGG features (model.json records it
        for ``encode``, which would otherwise compute the features again)."""
        return typical_gap(self._real_features())

    def _real_features(self) -> np.ndarray:
        from ..vgg import set_features
        return set_features(self.images)

    def _fd(self, raw: np.ndarray, style: SpriteStyle) -> float:
        from ..vgg import sprite_features
        return frechet_distance(sprite_features(style.clean(raw)), self._real_features())

    def offer(self, G, step: int) -> float:
        """Score ``G`` at ``step``; keep it if it beats the best so far. -> its score."""
        s = self.score(G)
        if not self.state or s < self.state["score"]:
            save_weights_atomic(G, self.weights)
            self.state = {"step": step, "score": s, "budget": self.budget}
            save_json(self.state_file, self.state)
        return s
