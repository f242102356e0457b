import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import noise_tiles, write_png
from toolkit.atlas import occupancy, pack_grid, pack_maxrects, render_pages
from toolkit.cli import main
from toolkit.io import read_rgba


def _overlaps(a, b, gap):
    return not (a.x + a.w + gap <= b.x or b.x + b.w + gap <= a.x or
                a.y + a.h + gap <= b.y or b.y + b.h + gap <= a.y)


@given(st.lists(st.tuples(st.integers(1, 40), st.integers(1, 40)), min_size=1, max_size=60),
       st.integers(0, 3), st.integers(0, 2))
def test_maxrects_places_everything_without_overlap(sizes, padding, extrude):
    names = [f"s{i}" for i in range(len(sizes))]
    p = pack_maxrects(names, sizes, padding, extrude, 256, False)
    assert [(pl.w, pl.h) for pl in p.placements] == sizes
    gap = padding + 2 * extrude
    for i, a in enumerate(p.placements):
        pw, ph = p.pages[a.page]
        assert a.x - extrude - padding >= 0 and a.y - extrude - padding >= 0
        assert a.x + a.w + extrude + padding <= pw and a.y + a.h + extrude + padding <= ph
        for b in p.placements[i + 1:]:
            assert a.page != b.page or not _overlaps(a, b, gap)


def test_grid_geometry_matches_tiled_model():
    p = pack_grid([f"t{i}" for i in range(10)], (8, 6), padding=2, extrude=1, max_size=4096, pot=False)
    g = p.grid
    assert g["margin"] == 3 and g["spacing"] == 4
    for i, pl in enumerate(p.placements):
        r, c = divmod(i, g["columns"])
        assert (pl.x, pl.y) == (g["margin"] + c * (8 + g["spacing"]), g["margin"] + r * (6 + g["spacing"]))
    p2 = pack_grid([f"t{i}" for i in range(10)], (8, 6), 2, 1, 4096, pot=True)
    assert all(w & (w - 1) == 0 and h & (h - 1) == 0 for w, h in p2.pages)


def test_extrude_copies_edges_and_pages_split_at_max_size():
    rng = np.random.default_rng(0)
    tiles = noise_tiles(rng, 5, 4, 4)
    p = pack_grid([f"t{i}" for i in range(5)], (4, 4), padding=1, extrude=1, max_size=15, pot=False)
    # margin 2, spacing 3: two 4 px tiles need 2+4+3+4+2 = 15 px, so 2x2 tiles per page
    assert len(p.pages) == 2 and p.pages[0] == (15, 15)
    pages = render_pages(p, list(tiles), 1)
    pl = p.placements[0]
    pg = pages[pl.page]
    assert np.array_equal(pg[pl.y:pl.y + 4, pl.x:pl.x + 4], tiles[0])
    assert np.array_equal(pg[pl.y - 1, pl.x:pl.x + 4], tiles[0][0])       # top edge extruded
    assert np.array_equal(pg[pl.y:pl.y + 4, pl.x - 1], tiles[0][:, 0])    # left edge extruded


def test_occupancy_on_mixed_dcss_set_at_least_90_percent():
    from toolkit.data import load_data
    mon = load_data("dcss-weapons").images[:100]
    sizes = [(32, 32)] * 100 + [(32, 48)] * 40 + [(16, 16)] * 60
    p = pack_maxrects([f"s{i}" for i in range(200)], sizes, 0, 0, 4096, False)
    assert occupancy(p) >= 0.90
    assert len(mon) == 100


@pytest.fixture
def inputs(tmp_path):
    rng = np.random.default_rng(1)
    a, b = tmp_path / "weapons", tmp_path / "floors"
    a.mkdir()
    b.mkdir()
    for i, t in enumerate(noise_tiles(rng, 7, 16, 16)):
        write_png(a / f"w{i}.png", t)
    for i, t in enumerate(noise_tiles(rng, 5, 16, 16)):
        write_png(b / f"f{i}.png", t)
    return tmp_path, a, b


def test_atlas_files_and_byte_identical(inputs, capsys):
    tmp, a, b = inputs
    for out in ("x1", "x2"):
        assert main(["atlas", str(a), f"floor={b}", "--out", str(tmp / out / "set"), "--padding", "1",
                     "--extrude", "1"]) == 0
    names = sorted(p.name for p in (tmp / "x1" / "set").iterdir())
    assert names == ["atlas.json", "set.json", "set.png", "set.tres", "set.tsx"]
    for n in names:
        assert (tmp / "x1" / "set" / n).read_bytes() == (tmp / "x2" / "set" / n).read_bytes()
    tp = json.loads((tmp / "x1" / "set" / "set.json").read_text())
    page = read_rgba(tmp / "x1" / "set" / "set.png")
    assert tp["meta"]["size"] == {"w": page.shape[1], "h": page.shape[0]}
    for name, fr in tp["frames"].items():
        src = a / f"{name}.png" if name.startswith("w") else b / f"{name}.png"
        f = fr["frame"]
        assert np.array_equal(page[f["y"]:f["y"] + f["h"], f["x"]:f["x"] + f["w"]], read_rgba(src))


def test_pytmx_loads_tileset_and_level_pixels_match(tmp_path, capsys):
    """pytmx (a real Tiled-format client) reads our TSX/TMX; every tile equals its source."""
    import pytmx  # a test dependency ('.[test]'): missing means a failure, never a skip
    from toolkit.data import load_data
    assert main(["atlas", "floor=dcss-floors", "wall=dcss-walls", "--prefix", "--out",
                 str(tmp_path / "ts" / "dungeon")]) == 0
    assert main(["level", str(tmp_path / "ts" / "dungeon"), "--out", str(tmp_path / "lv" / "l.tmx"),
                 "--size", "30x20", "--seed", "5"]) == 0
    tmx = pytmx.TiledMap(str(tmp_path / "lv" / "l.tmx"), image_loader=_np_loader)
    ts = tmx.tilesets[0]
    assert (ts.tilewidth, ts.tileheight) == (32, 32)
    assert ts.tilecount == ts.columns * -(-(626 + 919) // ts.columns)  # every cell, as Tiled counts
    src = {f"floor_{n.replace('/', '_')}": im for n, im in zip(*_named(load_data("dcss-floors")))}
    src.update({f"wall_{n.replace('/', '_')}": im for n, im in zip(*_named(load_data("dcss-walls")))})
    summary = json.loads((tmp_path / "ts" / "dungeon" / "atlas.json").read_text())
    gid_to_name = {i + 1: t["name"] for i, t in enumerate(summary["tiles"])}
    layer = tmx.get_layer_by_name("dungeon")
    used = {g for row in layer.data for g in row if g}
    assert used
    for gid in used:
        img = tmx.get_tile_image_by_gid(gid)
        assert np.array_equal(img, src[gid_to_name[tmx.tiledgidmap[gid]]]), gid_to_name[gid]


def _named(ts):
    return ts.names, ts.images


def _np_loader(filename, colorkey, **kw):
    """pytmx image loader returning numpy crops of the atlas (pixel-exact)."""
    img = read_rgba(filename)

    def load(rect=None, flags=None):
        if rect is None:
            return img
        x, y, w, h = rect
        return img[y:y + h, x:x + w]
    return load


@pytest.mark.parametrize("args, words", [
    (["atlas", "{e}", "--out", "{o}"], "no images"),
    (["atlas", "{a}", "--out", "{o}", "--max-size", "8"], "does not fit"),
    (["atlas", "{a}", "{a}", "--out", "{o}"], "more than one input"),
    (["atlas", "{a}", "--out", "{o}", "--padding", "-1"], "--padding must be 0..256, got -1"),
    (["atlas", "{a}", "--out", "{o}", "--extrude", "-2"], "--extrude must be 0..256, got -2"),
    (["atlas", "{t}", "--out", "{o}"], "not a PNG"),
    (["atlas", "{a}", "--out", "{o}", "--sort", "colour"], "unknown --sort"),
    (["atlas", "{g}", "--out", "{o}"], "not allowed"),
    (["level", "{o}", "--out", "{lv}"], "no such atlas"),
])
def test_atlas_bad_input(inputs, capsys, args, words):
    tmp, a, b = inputs
    (tmp / "empty").mkdir()
    (tmp / "txt").mkdir()
    (tmp / "txt" / "x.bmp").write_bytes(b"BM")
    gen = tmp / "gen"
    gen.mkdir()
    (gen / "generate.json").write_text(json.dumps({"sprites": ["../evil"]}))
    paths = dict(e=tmp / "empty", a=a, t=tmp / "txt", g=gen, o=tmp / "out", lv=tmp / "lv.tmx")
    before = sorted(p.name for p in tmp.iterdir())
    code = main([x.format(**paths) for x in args])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and words in err[0], err
    assert sorted(p.name for p in tmp.iterdir()) == before


def test_dots_inside_a_name_are_fine_and_hidden_files_are_reported(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    tiles = noise_tiles(np.random.default_rng(3), 3, 8, 8)
    for name, t in zip(("a..b.png", "..png", ".hidden.png"), tiles):
        write_png(d / name, t)
    assert main(["atlas", str(d), "--out", str(tmp_path / "o")]) == 0
    summary = json.loads((tmp_path / "o" / "atlas.json").read_text())
    assert [t["name"] for t in summary["tiles"]] == ["a..b"]
    err = capsys.readouterr().err
    assert "left out 2 hidden file(s)" in err and "..png" in err and ".hidden.png" in err


@pytest.mark.parametrize("pot", [False, True])
def test_tsx_counts_cells_as_tiled_does_from_the_image(tmp_path, pot):
    """Tiled computes columns and tilecount from the image: the TSX must say the same."""
    import xml.etree.ElementTree as ET
    d = tmp_path / "in"
    d.mkdir()
    for i, t in enumerate(noise_tiles(np.random.default_rng(4), 96, 16, 16)):
        write_png(d / f"t{i:03d}.png", t)
    args = ["atlas", str(d), "--out", str(tmp_path / "o"), "--padding", "1"] + (["--pot"] if pot else [])
    assert main(args) == 0
    ts = ET.parse(tmp_path / "o" / "o.tsx").getroot()
    img = ts.find("image")
    w, h, m, s = (int(x) for x in (img.get("width"), img.get("height"), ts.get("margin"), ts.get("spacing")))
    cols, rows = (w - 2 * m + s) // (16 + s), (h - 2 * m + s) // (16 + s)
    assert int(ts.get("columns")) == cols and int(ts.get("tilecount")) == cols * rows >= 96
    atlas = read_rgba(tmp_path / "o" / "o.png")
    for tid, name in [(0, "t000"), (95, "t095"), (cols, f"t{cols:03d}")]:  # id = row * columns + col
        r, c = divmod(tid, cols)
        cell = atlas[m + r * (16 + s): m + r * (16 + s) + 16, m + c * (16 + s): m + c * (16 + s) + 16]
        np.testing.assert_array_equal(cell, read_rgba(d / f"{name}.png"))
