import numpy as np
import pytest
from PIL import Image

from toolkit.data import DATASETS, dataset_path, load_data
from toolkit.errors import SpriteforgeError
from toolkit.io import read_rgba
from toolkit.sheets import load_tiles


def test_modes_all_become_rgba(tmp_path):
    rgb = np.arange(4 * 4 * 3, dtype=np.uint8).reshape(4, 4, 3)
    Image.fromarray(rgb, "RGB").save(tmp_path / "rgb.png")
    Image.fromarray(rgb[..., 0], "L").save(tmp_path / "grey.png")
    g16 = (np.arange(16, dtype=np.uint16).reshape(4, 4) * 4369)  # 0 .. 65535
    Image.fromarray(g16).save(tmp_path / "grey16.png")
    pal = Image.fromarray(np.array([[0, 1], [1, 2]], np.uint8), "P")
    pal.putpalette([255, 0, 0, 0, 255, 0, 0, 0, 255] + [0] * 759)
    pal.info["transparency"] = 0
    pal.save(tmp_path / "pal.png", transparency=0)

    a = read_rgba(tmp_path / "rgb.png")
    assert a.shape == (4, 4, 4) and np.array_equal(a[..., :3], rgb) and (a[..., 3] == 255).all()
    g = read_rgba(tmp_path / "grey.png")
    assert np.array_equal(g[..., 0], rgb[..., 0]) and np.array_equal(g[..., 0], g[..., 2])
    g = read_rgba(tmp_path / "grey16.png")
    assert g.dtype == np.uint8 and g[0, 0, 0] == 0 and g[3, 3, 0] == 255
    assert np.array_equal(g[..., 0].ravel(), np.arange(16) * 17)
    p = read_rgba(tmp_path / "pal.png")
    assert p[0, 0, 3] == 0 and p[0, 1, 3] == 255 and tuple(p[0, 1, :3]) == (0, 255, 0)


def _tile(tmp_path, name, w, h, value):
    a = np.zeros((h, w, 4), np.uint8)
    a[1:-1, 1:-1] = value
    Image.fromarray(a, "RGBA").save(tmp_path / name)


def test_wrong_size_policy(tmp_path):
    _tile(tmp_path, "a.png", 8, 8, 200)
    _tile(tmp_path, "b.png", 8, 8, 100)
    _tile(tmp_path, "small.png", 6, 4, 50)
    _tile(tmp_path, "big.png", 10, 10, 70)
    with pytest.raises(SpriteforgeError, match="2 image.*not 8x8.*big.*small"):
        load_tiles(tmp_path)
    ts = load_tiles(tmp_path, on_size="skip")
    assert ts.names == ["a", "b"] and sorted(ts.skipped) == ["big", "small"]
    ts = load_tiles(tmp_path, on_size="fit")
    assert ts.images.shape == (4, 8, 8, 4)
    small = ts.images[ts.names.index("small")]
    # 6x4 centred on 8x8: one transparent column each side, two rows top and bottom
    assert (small[:2, :, 3] == 0).all() and (small[:, 0, 3] == 0).all() and small[3, 2, 0] == 50
    with pytest.raises(SpriteforgeError, match="unknown size policy"):
        load_tiles(tmp_path, on_size="stretch")


def test_empty_folder_and_exclude_file(tmp_path):
    with pytest.raises(SpriteforgeError, match="no images"):
        load_tiles(tmp_path)
    _tile(tmp_path, "a.png", 8, 8, 200)
    (tmp_path / "icons").mkdir()
    _tile(tmp_path / "icons", "i.png", 8, 8, 9)
    assert load_tiles(tmp_path).names == ["a", "icons/i"]
    (tmp_path / "EXCLUDE.txt").write_text("# not tiles\nicons/*\n")
    ts = load_tiles(tmp_path)
    assert ts.names == ["a"] and ts.excluded == ["icons/i.png"]


def test_shipped_dcss_data_counts_and_modes():
    # Counts come from the files themselves, compared with SOURCE.md's table.
    source = (dataset_path("dcss-weapons").parent / "SOURCE.md").read_text()
    weapons = load_data("dcss-weapons")
    assert len(weapons) == 255 and len(weapons.excluded) == 37
    assert all(n.startswith("brands/") for n in weapons.excluded)
    assert "| `weapons/` | `item/weapon` | 292 |" in source
    assert weapons.images.shape[1:] == (32, 32, 4) and weapons.images.dtype == np.uint8
    # palette PNGs kept their transparency: every weapon has a transparent background
    assert (weapons.images[..., 3] == 0).any(axis=(1, 2)).all()
    floors, walls = load_data("dcss-floors"), load_data("dcss-walls")
    assert len(floors) == 626 and len(walls) == 919
    # RGB / grey floors come out opaque
    assert (floors.images[..., 3] == 255).all(axis=(1, 2)).sum() > 400
    assert set(DATASETS) == {"dcss-weapons", "dcss-floors", "dcss-walls"}
    # the default policy for user folders is strict: the two odd weapons are named
    with pytest.raises(SpriteforgeError, match="2 image.*triple_crossbow|2 image.*spellbinder"):
        load_tiles(dataset_path("dcss-weapons"))
