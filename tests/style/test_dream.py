"""Deep dream and filter patterns: tiny images, few steps."""
import numpy as np
import pytest

from toolkit.cli import main
from toolkit.errors import SpriteforgeError
from toolkit.io import read_rgba
from toolkit.style.dream import dream, filter_patterns, grid


def photo(seed=0):
    rng = np.random.default_rng(seed)
    img = np.zeros((40, 56, 3), np.uint8)
    img[..., 0] = np.linspace(30, 220, 56)[None].astype(np.uint8)
    img[10:30, 15:40] = (200, 180, 60)
    return np.clip(img + rng.integers(0, 12, img.shape), 0, 255).astype(np.uint8)


def test_dream_changes_the_photo_and_is_seeded():
    p = photo()
    a = dream(p, "block2_conv2", octaves=2, steps=3, seed=1)
    b = dream(p, "block2_conv2", octaves=2, steps=3, seed=1)
    c = dream(p, "block2_conv2", octaves=2, steps=3, seed=2)
    assert a.shape == p.shape and a.dtype == np.uint8
    assert np.abs(a.astype(int) - p).mean() > 2          # it dreamed
    np.testing.assert_array_equal(a, b)                  # same seed, same bytes
    assert not np.array_equal(a, c)                      # the jitter is seeded


def test_one_filter_grows_that_filter():
    import tensorflow as tf
    from toolkit.vgg import layer_activation, preprocess
    p = photo()
    d = dream(p, "block2_conv1", octaves=1, steps=4, filter=5)

    def pre_relu(img):  # channel 5 is off (negative) on this photo: its pre-ReLU mean must rise
        x = tf.constant(preprocess(img.astype(np.float32))[None])
        return tf.reduce_mean(layer_activation(x, "block2_conv1", pre_relu=True), axis=(0, 1, 2)).numpy()
    before, after = pre_relu(p), pre_relu(d)
    assert after[5] - before[5] > 20
    assert after[5] - before[5] > np.median(after - before) + 20  # more than the layer at large


def test_filter_patterns_grid():
    pats = filter_patterns("block1_conv2", count=3, first=2, size=16, steps=3)
    assert pats.shape == (3, 16, 16, 3) and pats.std() > 5
    assert grid(pats, cols=2, gap=2).shape == (34, 34, 3)


def test_bad_options_one_line(tmp_path, capsys):
    from PIL import Image
    Image.fromarray(photo()).save(tmp_path / "p.png")
    for args, words in [(["--layer", "conv9"], "block1_conv1, block1_conv2"),
                        (["--layer", "block1_conv1", "--filter", "64"], "--filter must be 0..63"),
                        (["--octaves", "0"], "--octaves must be >= 1"),
                        (["--size", "16"], "--size and --style go together")]:
        assert main(["dream", str(tmp_path / "p.png"), "--out", str(tmp_path / "d.png")] + args) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0], err
    assert main(["filters", "--layer", "block1_conv1", "--count", "65", "--out", str(tmp_path / "f.png")]) == 2
    assert "block1_conv1 has 64 filters" in capsys.readouterr().err
    assert not (tmp_path / "d.png").exists() and not (tmp_path / "f.png").exists()
    with pytest.raises(SpriteforgeError, match="octave_scale"):
        dream(photo(), octave_scale=1.0)


@pytest.mark.slow
def test_dream_cli_finishes_as_a_sprite(tmp_path):
    from PIL import Image
    Image.fromarray(photo()).save(tmp_path / "p.png")
    assert main(["dream", str(tmp_path / "p.png"), "--layer", "block1_conv2", "--octaves", "1",
                 "--steps", "2", "--size", "16", "--style", "dcss-weapons",
                 "--out", str(tmp_path / "s.png")]) == 0
    s = read_rgba(tmp_path / "s.png")
    assert s.shape[1] == 16 and (tmp_path / "s_full.png").is_file()
