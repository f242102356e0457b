"""The feature-space metrics on known distributions."""

import numpy as np
import pytest

from tests.helpers import sprites


@pytest.mark.slow
def test_kid_of_real_vs_real_is_near_zero_and_vs_noise_large():
    from toolkit.data import load_data
    from toolkit.gan.metrics import kid, split_halves_kid
    from toolkit.vgg import sprite_features
    real = load_data("dcss-weapons").images
    f = sprite_features(real)
    rng = np.random.default_rng(0)
    noise = rng.integers(0, 256, real.shape, dtype=np.uint8)
    floor = split_halves_kid(f)
    k_noise = kid(sprite_features(noise), f)
    assert abs(floor) < 0.05 * k_noise
    assert k_noise > 100 * max(abs(floor), 1e-6)


def test_checkerboard_power_is_one_for_noise_and_flags_a_period_two_pattern():
    from toolkit.gan.metrics import checkerboard_power
    noise = np.random.default_rng(0).normal(size=(100, 32, 32, 4))
    assert 0.9 < checkerboard_power(noise) < 1.1
    free = sprites(400).astype(np.float32)           # blobs at random offsets, sharp edges
    assert checkerboard_power(free) < 1.2
    phase = np.zeros((32, 32))
    phase[::2, ::2] = 1                               # one output phase of every 2x2 brighter
    assert checkerboard_power(free * (0.8 + 0.4 * phase)[None, :, :, None]) > 1.4
    assert checkerboard_power(free[:, ::2, ::2].repeat(2, 1).repeat(2, 2)) < 0.05  # blocky x2
    with pytest.raises(ValueError, match="even sizes"):
        checkerboard_power(free[:, :31])


def test_matched_split_floor_ratio_is_one_for_the_same_distribution_and_large_for_another():
    from toolkit.gan.metrics import matched_split_floor
    rng = np.random.default_rng(0)
    real = rng.standard_normal((200, 16))
    same = matched_split_floor(real, rng.standard_normal((500, 16)))
    shifted = matched_split_floor(real, rng.standard_normal((500, 16)) + 0.5)
    assert same["fd_half_floor"] > 0  # finite samples: FD's floor is positive, unlike KID's
    assert 0.7 < same["fd_floor_ratio"] < 1.3
    assert shifted["fd_floor_ratio"] > 2
    with pytest.raises(ValueError):
        matched_split_floor(real, real[:1])
    # fewer samples than half the real set: the halves shrink to the samples' number
    few = matched_split_floor(real, rng.standard_normal((50, 16)))
    assert few["fd_half_floor"] > same["fd_half_floor"] and 0.6 < few["fd_floor_ratio"] < 1.6
