"""The best-snapshot pick."""
import json
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import TINY, sprites, weights
from toolkit.gan.config import TrainConfig
from toolkit.gan.pick import BestSnapshot
from toolkit.gan.train import train

pytestmark = pytest.mark.slow


def fake_pick_scores(monkeypatch, scores: dict) -> list:
    """Make BestSnapshot score step s as scores[s] (so a test can name the winner; the real
    score is FD). -> the list of steps offered, filled as training runs."""
    asked = []
    monkeypatch.setattr(BestSnapshot, "score", lambda self, G: scores[asked[-1]])
    real_offer = BestSnapshot.offer

    def offer(self, G, step):
        asked.append(step)
        return real_offer(self, G, step)

    monkeypatch.setattr(BestSnapshot, "offer", offer)
    return asked


def test_best_snapshot_is_exported_and_a_stopped_run_ends_on_the_same_pick(tmp_path, monkeypatch):
    """With pick_best the run exports its best-scoring checkpoint, not its last."""
    fake_pick_scores(monkeypatch, {2: 3.0, 4: 1.0, 6: 2.0})
    data = sprites()
    cfg = TrainConfig(**TINY, pick_best=1.0)
    train(data, tmp_path / "four", TrainConfig(**TINY), steps=4, log=lambda m: None)
    logs = []
    train(data, tmp_path / "a", cfg, steps=6, log=logs.append)
    assert any("exported the generator of step 4" in m for m in logs)
    meta = json.loads((tmp_path / "a" / "model.json").read_text())
    assert meta["picked_step"] == 4 and meta["steps"] == 6
    # the training set's typical VGG gap is recorded, and is what encode would compute
    from toolkit.gan.folder import Generator
    from toolkit.latent.encode import typical_distance
    gen = Generator(tmp_path / "a")
    assert typical_distance(gen) == meta["typical_distance"]
    del gen.meta["typical_distance"]
    assert typical_distance(gen) == pytest.approx(meta["typical_distance"], rel=1e-5)
    for wa, w4 in zip(weights(tmp_path / "a"), weights(tmp_path / "four")):
        np.testing.assert_array_equal(wa, w4)      # step 4's EMA generator, not step 6's
    done = [0]

    def stop_at_5(n, **kw):
        done[0] += n
        if done[0] == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        train(data, tmp_path / "b", cfg, steps=6, log=lambda m: None, progress=stop_at_5)
    train(data, tmp_path / "b", cfg, steps=6, log=lambda m: None)
    assert json.loads((tmp_path / "b" / "checkpoints" / "best.json").read_text())["step"] == 4
    for wa, wb in zip(weights(tmp_path / "a"), weights(tmp_path / "b")):
        np.testing.assert_array_equal(wa, wb)


def test_an_extended_run_keeps_its_pick_unless_a_later_step_scores_better(tmp_path, monkeypatch):
    asked = fake_pick_scores(monkeypatch, {2: 2.0, 4: 1.0, 6: 3.0, 8: 0.5})
    data = sprites()
    cfg = TrainConfig(**TINY, pick_best=0.5)
    train(data, tmp_path / "a", cfg, steps=4, log=lambda m: None)
    assert json.loads((tmp_path / "a" / "model.json").read_text())["picked_step"] == 4
    train(data, tmp_path / "a", cfg, steps=6, log=lambda m: None)  # step 6 scores worse
    assert asked == [2, 4, 6]
    assert json.loads((tmp_path / "a" / "model.json").read_text())["picked_step"] == 4
    train(data, tmp_path / "a", cfg, steps=8, log=lambda m: None)  # step 8 scores better
    assert json.loads((tmp_path / "a" / "model.json").read_text())["picked_step"] == 8


def test_pick_every_offers_the_steps_between_checkpoints(tmp_path, monkeypatch):
    """pick_every=1 with checkpoints every 2 steps: step 3, no checkpoint, can win."""
    asked = fake_pick_scores(monkeypatch, {1: 4.0, 2: 3.0, 3: 1.0, 4: 2.0})
    data = sprites()
    train(data, tmp_path / "at-ckpt", TrainConfig(**TINY, pick_best=1.0), steps=4, log=lambda m: None)
    assert asked == [2, 4]                          # the default: at each checkpoint
    train(data, tmp_path / "three", TrainConfig(**TINY), steps=3, log=lambda m: None)
    del asked[:]
    train(data, tmp_path / "a", TrainConfig(**TINY, pick_best=1.0, pick_every=1), steps=4,
          log=lambda m: None)
    assert asked == [1, 2, 3, 4]
    assert json.loads((tmp_path / "a" / "model.json").read_text())["picked_step"] == 3
    for wa, w3 in zip(weights(tmp_path / "a"), weights(tmp_path / "three")):
        np.testing.assert_array_equal(wa, w3)      # step 3's EMA generator


def test_snapshot_score_prefers_the_training_sprites_to_noise():
    data = sprites(32)
    picker = BestSnapshot(Path("/nonexistent"), data, None, TrainConfig(**TINY), n=32)

    class Fixed:  # a "generator" that returns given images in [-1, 1]
        def __init__(self, imgs):
            self.imgs = imgs.astype(np.float32) / 127.5 - 1

        def __call__(self, z, training=False):
            return self.imgs[np.arange(len(z)) % len(self.imgs)]

    noise = np.random.default_rng(1).integers(0, 256, data.shape, dtype=np.uint8)
    assert picker.score(Fixed(sprites(32, seed=5))) < 0.5 * picker.score(Fixed(noise))
