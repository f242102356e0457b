"""CLASSES.txt: a tile set's class mapping, and the `classes` command that shows it."""
import numpy as np
import pytest

from toolkit.cli import main
from toolkit.errors import SpriteforgeError


def test_class_mapping_covers_every_shipped_weapon_or_lists_it(capsys):
    from toolkit.data import dataset_path, labelled, load_data
    from toolkit.sheets.classes import assign_classes, read_classes
    ts = load_data("dcss-weapons")
    lab = labelled("dcss-weapons", ts)
    got = assign_classes(ts.names, read_classes(dataset_path("dcss-weapons")))
    assert sorted(lab.unmapped) == sorted(n for n, c in zip(ts.names, got) if c is None)
    assert len(lab.images) + len(lab.unmapped) == len(ts)
    assert len(lab.unmapped) <= 0.02 * len(ts)
    counts = np.bincount(lab.labels)
    assert len(lab.classes) >= 8 and counts.min() >= 10   # enough of each class to learn from
    assert main(["classes", "dcss-weapons"]) == 0
    out = capsys.readouterr().out
    for n in lab.unmapped:                                 # the command lists every unmapped file
        assert f"unmapped: {n}" in out
    for name, c in zip(lab.classes, counts):
        assert f"{name:12s} {c:5d}" in out


def test_class_mapping_errors(tmp_path):
    from toolkit.sheets.classes import read_classes
    bad = tmp_path / "m.txt"
    bad.write_text("sword *sword*\n")
    with pytest.raises(SpriteforgeError, match=r"m.txt:1: expected"):
        read_classes(bad)
    bad.write_text("# nothing\n")
    with pytest.raises(SpriteforgeError, match="empty"):
        read_classes(bad)
    with pytest.raises(SpriteforgeError, match="no class mapping"):
        read_classes(tmp_path)


def test_families_come_from_file_names_and_small_ones_share_other():
    from toolkit.sheets.classes import family, family_labels
    assert family("floors/cobble_blood12") == "cobble_blood"
    assert family("crypt_domino1a") == "crypt_domino"
    assert family("black_cobalt01") == "black_cobalt"
    labels, names = family_labels(["crypt1", "crypt2", "crypt3", "lava1", "lava2", "lava3", "lava4", "odd1"])
    assert names == ["lava", "crypt", "other"]
    assert labels.tolist() == [1, 1, 1, 0, 0, 0, 0, 2]
