"""Pseudo-classes (train --clusters): k-means over the tiles' pixel layout."""
import json

import numpy as np
import pytest

from toolkit.cli import main
from toolkit.errors import SpriteforgeError
from toolkit.gan.clusters import cluster_labels, cluster_names, layout_features


def two_kinds(n_big=18, n_small=6, seed=0):
    """Red bars top-left (n_big) and blue blocks bottom-right (n_small), jittered."""
    rng = np.random.default_rng(seed)
    out = np.zeros((n_big + n_small, 32, 32, 4), np.uint8)
    for i in range(n_big + n_small):
        y, x = rng.integers(0, 3, 2)
        if i < n_big:
            out[i, 2 + y:8 + y, 2 + x:20 + x] = (200 + y * 10, 20, 20, 255)
        else:
            out[i, 18 + y:28 + y, 18 + x:28 + x] = (20, 20, 180 + x * 10, 255)
    return out


def test_layout_features_shape_and_range():
    f = layout_features(two_kinds())
    assert f.shape == (24, 8 * 8 * 4) and f.min() >= 0 and f.max() <= 1
    # a transparent block is mid-grey with alpha 0, whatever its stored RGB
    assert np.allclose(f[0].reshape(8, 8, 4)[7, 0], [0.5, 0.5, 0.5, 0.0])


def test_clusters_separate_the_kinds_biggest_first_and_are_deterministic():
    imgs = two_kinds()
    labels = cluster_labels(imgs, 2)
    assert labels.dtype == np.int32
    assert (labels[:18] == 0).all() and (labels[18:] == 1).all()
    np.testing.assert_array_equal(labels, cluster_labels(imgs, 2))
    assert cluster_names(labels) == ["cluster-1", "cluster-2"]


@pytest.mark.parametrize("k, words", [(1, ">= 2"), (7, "too many")])
def test_bad_cluster_counts_are_refused(k, words):
    with pytest.raises(SpriteforgeError, match=words):
        cluster_labels(two_kinds(), k)


def test_cli_trains_on_clusters_and_generate_draws_them_by_size(tmp_path, capsys):
    from PIL import Image
    data = tmp_path / "tiles"
    data.mkdir()
    for i, im in enumerate(two_kinds()):
        Image.fromarray(im, "RGBA").save(data / f"t{i:02d}.png")
    model = tmp_path / "model"
    assert main(["train", str(data), "--out", str(model), "--clusters", "2", "--steps", "2"]) == 0
    meta = json.loads((model / "model.json").read_text())
    assert meta["classes"] == ["cluster-1", "cluster-2"] and meta["config"]["clusters"] == 2
    assert meta["config"]["num_classes"] == 2
    assert main(["generate", str(model), "-n", "64", "--seed", "3", "--out", str(tmp_path / "g"),
                 "--no-novelty"]) == 0
    drawn = list(json.loads((tmp_path / "g" / "generate.json").read_text())["class"].values())
    # 18 of 24 tiles are cluster-1: drawn by size (~48 of 64), not in turn (32 each)
    assert drawn.count("cluster-1") > 40 and drawn.count("cluster-2") > 4
    capsys.readouterr()
    for args, words in [(["--clusters", "2", "--conditional"], "give one"),
                        (["--clusters", "1"], ">= 2")]:
        code = main(["train", str(data), "--out", str(tmp_path / "bad"), "--steps", "1", *args])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2 and len(err) == 1 and words in err[0], (args, err)
    assert not (tmp_path / "bad").exists()
