"""DiffAugment for RGBA sprites: seeded, on the pixel grid, alpha kept where it must be."""
import numpy as np
import tensorflow as tf

from tests.helpers import sprites
from toolkit.gan.augment import TRANSPARENT, colour, cutout, diff_augment, flip, translate


def _x(n=8):
    return tf.constant(sprites(n).astype(np.float32) / 127.5 - 1.0)


def test_same_seed_same_result_other_seed_other_result():
    x = _x()
    a = diff_augment(x, tf.constant([1, 2], tf.int64))
    b = diff_augment(x, tf.constant([1, 2], tf.int64))
    c = diff_augment(x, tf.constant([1, 3], tf.int64))
    np.testing.assert_array_equal(a.numpy(), b.numpy())
    assert not np.array_equal(a.numpy(), c.numpy())
    assert diff_augment(x, tf.constant([1, 2], tf.int64), "").numpy().tolist() == x.numpy().tolist()


def test_translate_moves_whole_pixels_and_fills_with_transparency():
    x = _x()
    y = translate(x, tf.constant([0, 5], tf.int64)).numpy()
    xs = x.numpy()
    for i in range(len(xs)):  # each image is its own shift of the original
        found = False
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                pad = np.pad(xs[i], ((4, 4), (4, 4), (0, 0)), constant_values=TRANSPARENT)
                if np.array_equal(pad[4 - dy:36 - dy, 4 - dx:36 - dx], y[i]):
                    found = True
        assert found, i


def test_colour_leaves_alpha_and_cutout_only_adds_transparency():
    x = _x()
    c = colour(x, tf.constant([0, 1], tf.int64)).numpy()
    np.testing.assert_array_equal(c[..., 3], x.numpy()[..., 3])
    assert not np.allclose(c[..., :3], x.numpy()[..., :3])
    k = cutout(x, tf.constant([0, 2], tf.int64)).numpy()
    changed = (k != x.numpy()).any(-1)
    assert changed.any() and (k[changed] == TRANSPARENT).all()


def test_flip_mirrors_some_images_and_keeps_the_rest():
    x = _x(16)
    f = flip(x, tf.constant([0, 3], tf.int64)).numpy()
    xs = x.numpy()
    mirrored = [np.array_equal(f[i], xs[i, :, ::-1]) for i in range(16)]
    kept = [np.array_equal(f[i], xs[i]) for i in range(16)]
    assert all(m or k for m, k in zip(mirrored, kept)) and any(mirrored) and any(kept)


def test_roll_moves_each_image_circularly_and_loses_nothing():
    import tensorflow as tf
    from toolkit.gan.augment import roll
    x = np.random.default_rng(0).uniform(-1, 1, (6, 8, 8, 4)).astype(np.float32)
    y = np.asarray(roll(tf.constant(x), tf.constant([3, 4])))
    shifts = []
    for a, b in zip(x, y):
        hits = [(dy, dx) for dy in range(8) for dx in range(8)
                if np.array_equal(np.roll(a, (-dy, -dx), (0, 1)), b)]
        assert len(hits) == 1  # one circular shift of the image itself
        shifts.append(hits[0])
    assert len(set(shifts)) > 1  # each image its own shift


def test_tiled_shows_some_images_as_their_2x2_repeat_at_half_scale():
    from toolkit.gan.augment import tiled
    x = np.random.default_rng(1).uniform(-1, 1, (16, 8, 8, 4)).astype(np.float32)
    y = np.asarray(tiled(tf.constant(x), tf.constant([5, 6])))
    four = np.tile(x, (1, 2, 2, 1))
    small = four.reshape(16, 8, 2, 8, 2, 4).mean((2, 4))  # 2x2 means
    as_tiled = [np.allclose(b, s, atol=1e-6) for b, s in zip(y, small)]
    as_is = [np.array_equal(b, a) for b, a in zip(y, x)]
    assert all(t != k for t, k in zip(as_tiled, as_is))  # each image one view or the other
    assert 0 < sum(as_tiled) < 16
    flat = np.ones((2, 8, 8, 4), np.float32) * 0.25  # a seamless flat tile looks the same tiled
    np.testing.assert_allclose(np.asarray(tiled(tf.constant(flat), tf.constant([1, 2]), p=1.0)), flat)
