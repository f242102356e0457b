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


@pytest.mark.slow
def test_imle_codes_are_each_real_sprites_nearest_candidate_and_pull_gs_loss():
    """IMLE: a real sprite's code is, of the latents drawn for it, the one whose sprite's cell
    means lie nearest its own; with imle_weight W, G's loss gains W x those codes' distances
    (linear in W, D's loss untouched); a step without codes is refused."""
    from toolkit.gan.folder import run_generator
    from toolkit import seeds
    from toolkit.gan.step import SpriteGAN, cells, to_float
    real = to_float(sprites(8))
    gan = SpriteGAN(TrainConfig(**TINY, imle_weight=1.0, imle_candidates=6))
    codes = gan.imle_codes(real, None, step=0)
    np.testing.assert_array_equal(codes, gan.imle_codes(real, None, step=0))   # (seed, step) -> codes
    assert not np.array_equal(codes, gan.imle_codes(real, None, step=250))
    cand = (np.random.default_rng([0, 0, seeds.IMLE]).standard_normal((48, 16)) * gan.cfg.sample_scale).astype(np.float32)
    d = ((cells(to_float(run_generator(gan.G, cand))).reshape(8, 6, -1) - cells(real)[:, None]) ** 2).mean(-1)
    np.testing.assert_array_equal(codes, cand.reshape(8, 6, -1)[np.arange(8), d.argmin(1)])
    assert len({tuple(c) for c in codes}) > 1                                  # not one latent for all
    out = {}
    for w in (5.0, 10.0, 15.0):
        out[w] = SpriteGAN(TrainConfig(**TINY, imle_weight=w)).train_step(real, codes=codes)
    assert out[5.0][0] == out[10.0][0] == out[15.0][0]
    assert out[10.0][1] - out[5.0][1] > 0
    np.testing.assert_allclose(out[15.0][1] - out[10.0][1], out[10.0][1] - out[5.0][1], rtol=1e-3)
    with pytest.raises(ValueError, match="codes"):
        SpriteGAN(TrainConfig(**TINY, imle_weight=1.0)).train_step(real)


@pytest.mark.slow
@pytest.mark.parametrize("alpha", [False, True])
def test_spread_term_is_gs_alone_and_linear_in_its_weight(alpha):
    """Mode seeking: with spread_weight W, G's loss gains W x a positive same-class ratio, over
    RGBA or alpha cell means (D's loss and the fakes are the same on the same seed)."""
    from toolkit.gan.step import SpriteGAN
    real = sprites(8).astype(np.float32) / 127.5 - 1
    out = {w: SpriteGAN(TrainConfig(**TINY, spread_weight=w, spread_alpha=alpha)).train_step(real)
           for w in (0.0, 0.1, 0.2)}
    assert out[0.0][0] == out[0.1][0] == out[0.2][0]
    extra1, extra2 = out[0.1][1] - out[0.0][1], out[0.2][1] - out[0.0][1]
    assert extra1 > 0
    np.testing.assert_allclose(extra2, 2 * extra1, rtol=1e-3)
