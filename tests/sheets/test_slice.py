import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import noise_tiles, write_png
from toolkit.data import load_data
from toolkit.errors import SpriteforgeError
from toolkit.sheets import detect_upscale, pack_sheet, slice_files, slice_sheet

layouts = st.fixed_dictionaries({
    "w": st.integers(4, 24), "h": st.integers(4, 24),
    "cols": st.integers(1, 6), "rows": st.integers(1, 6),
    "margin": st.integers(0, 4), "spacing": st.integers(0, 4),
    "scale": st.integers(1, 4), "seed": st.integers(0, 2**32 - 1),
})


def _sheet(lay):
    rng = np.random.default_rng(lay["seed"])
    tiles = noise_tiles(rng, lay["cols"] * lay["rows"], lay["w"], lay["h"])
    sheet = pack_sheet(tiles, lay["cols"], lay["margin"], lay["spacing"], lay["scale"])
    return tiles, sheet


@given(layouts)
def test_round_trip_with_given_layout(lay):
    """Random tiles packed with any margin/spacing/upscale come back exactly."""
    tiles, sheet = _sheet(lay)
    k = lay["scale"]
    res = slice_sheet(sheet, tile=(lay["w"] * k, lay["h"] * k), margin=lay["margin"] * k,
                      spacing=lay["spacing"] * k)
    assert res.grid.scale == k
    assert np.array_equal(res.tiles, tiles)
    assert res.positions == [(r, c) for r in range(lay["rows"]) for c in range(lay["cols"])]


@given(layouts.filter(lambda d: d["spacing"] >= 1 and d["cols"] >= 2 and d["rows"] >= 2))
def test_round_trip_with_detected_layout(lay):
    """With gutters to see, tile size, margin, spacing and upscale are all found."""
    tiles, sheet = _sheet(lay)
    res = slice_sheet(sheet)
    g = res.grid
    assert (g.tile_w, g.tile_h, g.margin_x, g.margin_y, g.spacing_x, g.spacing_y, g.scale) == \
        (lay["w"], lay["h"], lay["margin"], lay["margin"], lay["spacing"], lay["spacing"], lay["scale"])
    assert np.array_equal(res.tiles, tiles)


@given(st.integers(1, 5), st.integers(0, 1000))
def test_detect_upscale(k, seed):
    rng = np.random.default_rng(seed)
    art = noise_tiles(rng, 1, 12, 9)[0]
    assert detect_upscale(art.repeat(k, 0).repeat(k, 1)) == k


@pytest.mark.parametrize("margin, spacing, scale", [(0, 0, 1), (0, 0, 2), (2, 2, 1), (1, 2, 1),
                                                     (1, 0, 1), (0, 1, 3)])
def test_detects_real_dcss_sheets(margin, spacing, scale):
    """Real sprites (transparent borders, some touching the edge) in common layouts."""
    weapons = load_data("dcss-weapons").images[:96]
    sheet = pack_sheet(weapons, 12, margin, spacing, scale)
    res = slice_sheet(sheet)
    g = res.grid
    assert (g.tile_w, g.tile_h, g.cols, g.rows, g.scale) == (32, 32, 12, 8, scale)
    assert (g.margin_x, g.spacing_x) == (margin, spacing)
    assert np.array_equal(res.tiles, weapons)


def test_detects_tight_opaque_floor_sheet():
    floors = load_data("dcss-floors").images[:160]
    res = slice_sheet(pack_sheet(floors, 16))
    assert (res.grid.tile_w, res.grid.tile_h) == (32, 32)


def test_no_grid_evidence_is_a_clear_error():
    noise = noise_tiles(np.random.default_rng(3), 1, 96, 64)[0]
    noise[..., 3] = 255
    with pytest.raises(SpriteforgeError, match="pass tile SIZE"):
        slice_sheet(noise)


def test_empty_and_duplicate_tiles_are_dropped_and_counted(tmp_path):
    rng = np.random.default_rng(4)
    t = noise_tiles(rng, 3, 8, 8)
    flat = np.zeros((8, 8, 4), np.uint8)
    flat[:] = (10, 20, 30, 255)
    clear = np.zeros((8, 8, 4), np.uint8)
    tiles = np.stack([t[0], flat, t[1], clear, t[0], t[2]])
    res = slice_sheet(pack_sheet(tiles, 3, 1, 1), tile=(8, 8), margin=1, spacing=1, source="s.png")
    assert res.dropped_empty == 2 and res.dropped_duplicate == 1
    assert res.names == ["s_r0_c0", "s_r0_c2", "s_r1_c2"]
    assert np.array_equal(res.tiles, t)
    keep = slice_sheet(pack_sheet(tiles, 3), tile=(8, 8), keep_empty=True, dedupe=False)
    assert len(keep.tiles) == 6


def test_slice_files_writes_tiles_and_manifest(tmp_path):
    rng = np.random.default_rng(5)
    tiles = noise_tiles(rng, 6, 8, 8)
    write_png(tmp_path / "a.png", pack_sheet(tiles[:4], 2, 1, 2, 2))
    write_png(tmp_path / "b.png", pack_sheet(np.concatenate([tiles[4:], tiles[:1]]), 2, 1, 2, 2))
    out = tmp_path / "out"
    man = slice_files([tmp_path / "a.png"], out)
    assert len(man["tiles"]) == 4
    m = json.loads((out / "manifest.json").read_text())
    assert m == man
    first = m["tiles"][0]
    assert first["name"] == "a_r0_c0.png" and first["rect"] == [2, 2, 16, 16]
    assert m["sheets"][0]["grid"]["scale"] == 2
    # duplicates are found across sheets
    out2 = tmp_path / "out2"
    man2 = slice_files([tmp_path / "a.png", tmp_path / "b.png"], out2)
    assert [s["dropped_duplicate"] for s in man2["sheets"]] == [0, 1]
    assert [s["dropped_empty"] for s in man2["sheets"]] == [0, 1]
    assert len(list(out2.glob("*.png"))) == 6


def test_slice_is_byte_identical_across_runs(tmp_path):
    tiles = noise_tiles(np.random.default_rng(6), 4, 8, 8)
    write_png(tmp_path / "s.png", pack_sheet(tiles, 2, 0, 1))
    slice_files([tmp_path / "s.png"], tmp_path / "o1")
    slice_files([tmp_path / "s.png"], tmp_path / "o2")
    for f in sorted((tmp_path / "o1").iterdir()):
        assert f.read_bytes() == (tmp_path / "o2" / f.name).read_bytes()


@pytest.mark.parametrize("kw, words", [
    ({"tile": (0, 8)}, "must be positive"),
    ({"tile": (-8, -8)}, "must be positive"),
    ({"tile": (7, 7)}, "does not fit tile 7"),
    ({"tile": (8, 8), "margin": -1}, ">= 0"),
    ({"margin": 1}, "need tile"),
    ({"scale": 0}, "scale must be >= 1"),
])
def test_bad_layout_options(kw, words):
    sheet = pack_sheet(noise_tiles(np.random.default_rng(7), 4, 8, 8), 2)
    with pytest.raises(SpriteforgeError, match=words):
        slice_sheet(sheet, **kw)


def test_shipped_example_sheet_is_detected_exactly():
    """The demo's sheet (2 px margin and spacing, drawn at 2x) gives back every weapon."""
    from toolkit.data import DATASETS_DIR
    from toolkit.io import read_rgba
    res = slice_sheet(read_rgba(DATASETS_DIR / "sheets" / "dcss-weapons-2x.png"))
    g = res.grid
    assert (g.tile_w, g.margin_x, g.spacing_x, g.scale, g.cols, g.rows) == (32, 2, 2, 2, 16, 16)
    assert np.array_equal(res.tiles, load_data("dcss-weapons").images)


def _sheet_from_the_wild(factor=None, jpeg=False):
    """The shipped weapons sheet at native size, then upscaled as sheets online often are:
    nearest-neighbour to a non-integer size (runs of 3 and 4, or 4 with a seam every 16
    pixels), or 4x and saved as JPEG (no alpha, compression noise)."""
    import io
    from PIL import Image
    from toolkit.data import DATASETS_DIR
    from toolkit.io import read_rgba
    native = read_rgba(DATASETS_DIR / "sheets" / "dcss-weapons-2x.png")[::2, ::2]
    n = native.shape[0]
    if not jpeg:
        return native, np.asarray(Image.fromarray(native).resize((round(n * factor),) * 2, Image.NEAREST))
    big = np.repeat(np.repeat(native, 4, 0), 4, 1).astype(np.float64)
    a = big[..., 3:] / 255
    rgb = np.rint(big[..., :3] * a + 90 * (1 - a)).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG", quality=85)
    return native, np.asarray(Image.open(buf).convert("RGBA"))


@pytest.mark.parametrize("factor", [3.5, 65 / 16, 2.5])
def test_a_sheet_upscaled_by_a_non_integer_factor_is_sliced_at_native_size(factor):
    native, sheet = _sheet_from_the_wild(factor)
    res = slice_sheet(sheet)
    g = res.grid
    assert (g.tile_w, g.tile_h, g.cols, g.rows) == (32, 32, 16, 16) and "resampled" in g.resampled
    assert f"drawn at {factor:.3g}x" in g.describe()
    np.testing.assert_array_equal(res.tiles, load_data("dcss-weapons").images)  # exactly the art
    x, y, w, h = res.rects[0]  # where the tile lies on the sheet
    assert abs(w - 32 * factor) <= 1 and abs(h - 32 * factor) <= 1


def test_a_jpeg_sheet_is_sliced_at_native_size_within_its_noise():
    native, sheet = _sheet_from_the_wild(jpeg=True)
    res = slice_sheet(sheet)
    assert (res.grid.tile_w, res.grid.cols, res.grid.rows) == (32, 16, 16) and res.grid.resampled
    ref = load_data("dcss-weapons").images.astype(np.float64)
    a = ref[..., 3:] / 255
    ref_rgb = ref[..., :3] * a + 90 * (1 - a)
    err = np.abs(res.tiles[..., :3].astype(np.float64) - ref_rgb).max(-1)
    assert len(res.tiles) == 255 and np.mean(err <= 16) >= 0.99


def test_native_and_integer_sheets_are_not_resampled():
    native, _ = _sheet_from_the_wild(2.0)
    for sheet in (native, np.repeat(np.repeat(native, 3, 0), 3, 1)):
        res = slice_sheet(sheet)
        assert res.grid.resampled == "" and res.grid.tile_w == 32
