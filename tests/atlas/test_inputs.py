"""What an atlas takes in: a folder's subfolders (class = subfolder), and an origin for every
tile that is a real path to the file it came from."""
import json

import numpy as np

from tests.helpers import noise_tiles, write_png
from toolkit.cli import main
from toolkit.shipped import root


def test_a_folder_with_subfolders_packs_them_all_classed_by_subfolder(tmp_path):
    src = tmp_path / "weapons"
    tiles = noise_tiles(np.random.default_rng(5), 7, 16, 16)
    files = ["axe.png", "sword.png", "artefact/axe.png", "artefact/holy.png", "ranged/bow.png",
             "ranged/long/bow.png", "sling.png"]
    for f, t in zip(files, tiles):
        (src / f).parent.mkdir(parents=True, exist_ok=True)
        write_png(src / f, t)
    assert main(["atlas", str(src), "--out", str(tmp_path / "a")]) == 0
    got = {t["name"]: t for t in json.loads((tmp_path / "a" / "atlas.json").read_text())["tiles"]}
    assert sorted(got) == sorted(["axe", "sword", "artefact_axe", "artefact_holy", "ranged_bow",
                                  "ranged_long_bow", "sling"])  # same file names in two folders kept apart
    assert got["artefact_holy"]["class"] == "artefact" and got["ranged_long_bow"]["class"] == "ranged"
    assert got["axe"]["class"] == "weapons"
    for t in got.values():
        assert (tmp_path / t["origin"]).is_file()
    assert main(["atlas", f"loot={src}", "--out", str(tmp_path / "b")]) == 0  # CLASS= wins
    assert {t["class"] for t in json.loads((tmp_path / "b" / "atlas.json").read_text())["tiles"]} == {"loot"}


def test_a_shipped_datasets_tiles_point_at_their_files(tmp_path):
    assert main(["atlas", "weapon=dcss-weapons", "--out", str(tmp_path / "a")]) == 0
    tiles = json.loads((tmp_path / "a" / "atlas.json").read_text())["tiles"]
    nested = [t for t in tiles if t["origin"].count("/") > 3]
    assert len(nested) >= 100  # artefact/, ranged/, brands/
    for t in tiles:
        assert (root() / t["origin"]).is_file(), t["origin"]
