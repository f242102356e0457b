"""One training step and its batches."""

import numpy as np
import pytest

from tests.helpers import TINY, sprites
from toolkit.gan.config import TrainConfig


@pytest.mark.slow
def test_shared_fakes_step_runs_the_generator_once():
    """The default step trains G on the fakes D just saw (one G forward pass per
    step); the alternating step of the plain recipe draws fresh fakes for G."""
    from toolkit.gan.step import SpriteGAN
    calls = {}
    for shared in (True, False):
        gan = SpriteGAN(TrainConfig(**TINY, shared_fakes=shared))
        n = [0]
        call = gan.G.call
        gan.G.call = lambda *a, **k: (n.__setitem__(0, n[0] + 1), call(*a, **k))[1]
        d, g = gan.train_step(sprites(8).astype(np.float32) / 127.5 - 1)
        assert np.isfinite(d) and np.isfinite(g)
        calls[shared] = n[0]
    assert calls == {True: 1, False: 2}


def test_balanced_batches_draw_every_class_equally_and_repeat():
    from toolkit.gan.step import batch_indices
    labels = np.array([0] * 40 + [1] * 5 + [2] * 3 + [0] * 12)     # 52 : 5 : 3
    idx = np.concatenate([batch_indices(0, s, len(labels), 64, labels) for s in range(200)])
    share = np.bincount(labels[idx], minlength=3) / len(idx)
    np.testing.assert_allclose(share, [1 / 3] * 3, atol=0.02)
    assert set(idx[labels[idx] == 2]) == {45, 46, 47}                # every member drawn, only members
    plain = np.concatenate([batch_indices(0, s, len(labels), 64) for s in range(200)])
    assert np.bincount(labels[plain], minlength=3)[2] / len(plain) < 0.1   # unbalanced: 3/60
    np.testing.assert_array_equal(batch_indices(3, 17, 60, 64, labels), batch_indices(3, 17, 60, 64, labels))


@pytest.mark.slow
def test_cover_term_adds_each_reals_distance_to_its_nearest_fake_to_gs_loss():
    """IMLE-style coverage: with cover_weight W, G's loss gains W x the batch's mean
    nearest-fake distance (D's loss and the fakes are the same on the same seed)."""
    from toolkit.gan.step import SpriteGAN
    real = sprites(8).astype(np.float32) / 127.5 - 1
    out = {}
    for w in (0.0, 5.0, 10.0):
        gan = SpriteGAN(TrainConfig(**TINY, cover_weight=w))
        out[w] = gan.train_step(real)
    assert out[0.0][0] == out[5.0][0] == out[10.0][0]  # D's loss: the term is G's alone
    extra5, extra10 = out[5.0][1] - out[0.0][1], out[10.0][1] - out[0.0][1]
    assert extra5 > 0
    np.testing.assert_allclose(extra10, 2 * extra5, rtol=1e-3)
