"""Pseudo-classes (train --clusters): k-means over the tiles' pixel layout."""
import json

import numpy as np
import pytest

from tests.helpers import save_tiles
from toolkit.cli import main
from toolkit.errors import SpriteforgeError
from toolkit.gan.clusters import cluster_labels, cluster_names, default_clusters, layout_features


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


def four_kinds(sizes=(30, 14, 8, 8), seed=0):
    """len(sizes) kinds of tile: kind j is a bar in row band j with its own colour, its
    brightness jittered."""
    rng = np.random.default_rng(seed)
    colours = [(220, 30, 30), (30, 200, 30), (30, 30, 220), (220, 220, 30)]
    out = np.zeros((sum(sizes), 32, 32, 4), np.uint8)
    kind = np.repeat(np.arange(len(sizes)), sizes)
    for i, j in enumerate(kind):
        out[i, 2 + 8 * j:6 + 8 * j, 4:28, :3] = np.minimum(255, np.add(colours[j], rng.integers(0, 30)))
        out[i, 2 + 8 * j:6 + 8 * j, 4:28, 3] = 255
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


def test_default_cluster_count_follows_the_set_size():
    assert [default_clusters(n) for n in (16, 49, 50, 99, 100, 255, 5000)] == [0, 0, 5, 9, 10, 24, 24]


@pytest.mark.slow
def test_cli_trains_on_clusters_by_default_and_generate_draws_them_by_size(tmp_path, capsys):
    data = save_tiles(tmp_path / "tiles", four_kinds())  # 60 tiles: 6 clusters by default
    model = tmp_path / "model"
    assert main(["train", str(data), "--out", str(model), "--steps", "2"]) == 0
    meta = json.loads((model / "model.json").read_text())
    assert meta["classes"] == [f"cluster-{i}" for i in range(1, 7)] and meta["config"]["clusters"] == 6
    assert meta["config"]["num_classes"] == 6 and meta["config"]["aux_weight"] == 0.0
    # k-means keeps the 30 red bars together and splits the other kinds by brightness
    sizes = np.bincount(np.load(model / "train.npz")["labels"])
    assert sizes[0] == 30 and sizes.sum() == 60
    assert main(["generate", str(model), "-n", "64", "--seed", "3", "--out", str(tmp_path / "g"),
                 "--no-novelty"]) == 0
    drawn = list(json.loads((tmp_path / "g" / "generate.json").read_text())["class"].values())
    # 30 of 60 tiles are cluster-1: drawn by size (~32 of 64), not in turn (~11 each)
    assert drawn.count("cluster-1") > 24 and all(drawn.count(f"cluster-{i}") > 2 for i in (2, 3))
    # latent tools: seed N is drawn in the cluster generate --seed N -n 1 gives it, so the
    # ends of a morph are exactly those sprites
    from toolkit.io import read_rgba
    ends = {}
    for seed in (3, 4, 5, 6):
        d = tmp_path / f"g{seed}"
        assert main(["generate", str(model), "-n", "1", "--seed", str(seed), "--out", str(d),
                     "--no-novelty"]) == 0
        ends[seed] = (read_rgba(d / "sprite_000.png"),
                      json.loads((d / "generate.json").read_text())["class"]["sprite_000"])
    a, b = next(((a, b) for a in ends for b in ends if ends[a][1] != ends[b][1]), (3, 5))
    assert main(["interpolate", str(model), "--from", str(a), "--to", str(b), "--steps", "5",
                 "--out", str(tmp_path / "m")]) == 0
    info = json.loads((tmp_path / "m" / "interpolate.json").read_text())
    assert info["point_classes"] == [ends[a][1], ends[b][1]]
    np.testing.assert_array_equal(read_rgba(tmp_path / "m" / "frames" / "frame_000.png"), ends[a][0])
    np.testing.assert_array_equal(read_rgba(tmp_path / "m" / "frames" / "frame_004.png"), ends[b][0])
    capsys.readouterr()
    for args, words in [(["--clusters", "2", "--conditional"], "give one"),
                        (["--clusters", "1"], ">= 2"), (["--clusters", "-1"], "0 (off)")]:
        code = main(["train", str(data), "--out", str(tmp_path / "bad"), "--steps", "1", *args])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2 and len(err) == 1 and words in err[0], (args, err)
    assert not (tmp_path / "bad").exists()


@pytest.mark.slow
def test_unconditional_runs_stay_unconditional_when_resumed_without_flags(tmp_path):
    """--clusters 0 trains without classes, and a run from before clusters were the default
    (no "clusters" in its run.json) resumes as it began instead of being refused."""
    data = save_tiles(tmp_path / "tiles", two_kinds(45, 15))
    model = tmp_path / "model"
    assert main(["train", str(data), "--out", str(model), "--clusters", "0", "--steps", "1"]) == 0
    state = json.loads((model / "run.json").read_text())
    assert state["config"]["num_classes"] == 0
    del state["config"]["clusters"]  # as written before the option existed
    (model / "run.json").write_text(json.dumps(state))
    assert main(["train", str(data), "--out", str(model), "--steps", "2"]) == 0
    meta = json.loads((model / "model.json").read_text())
    assert meta["config"]["num_classes"] == 0 and not meta["classes"] and meta["steps"] == 2
    assert json.loads((model / "run.json").read_text())["config"]["clusters"] == 0
