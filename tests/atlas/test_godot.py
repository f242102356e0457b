"""The Godot 4 TileSet .tres, checked by a parser of Godot's text resource format.

(No Godot 4 binary can be installed here; Debian's godot3 reads another format.)
"""
import re

import numpy as np

from tests.helpers import noise_tiles, write_png
from toolkit.cli import main
from toolkit.io import read_rgba

HEADER = re.compile(r'^\[(\w+)((?:\s+\w+=(?:"[^"]*"|\d+))*)\]$')
VALUE = re.compile(r'^(Vector2i\((-?\d+), (-?\d+)\)|ExtResource\("([^"]+)"\)|SubResource\("([^"]+)"\)|'
                   r'"(?:[^"\\]|\\.)*"|-?\d+)$')


def parse_tres(text):
    """[(section, {attr: value}, {key: value})], strictly: unknown lines fail."""
    sections = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = HEADER.match(line)
        if m:
            attrs = dict(re.findall(r'(\w+)=("[^"]*"|\d+)', m.group(2)))
            sections.append((m.group(1), {k: v.strip('"') for k, v in attrs.items()}, {}))
            continue
        key, sep, value = line.partition(" = ")
        assert sep and sections, f"not a key = value line: {line!r}"
        assert re.match(r"^[\w/:]+$", key), f"bad key {key!r}"
        assert VALUE.match(value), f"bad value {value!r}"
        sections[-1][2][key] = value
    return sections


def test_tres_is_a_valid_tileset_for_the_atlas(tmp_path, capsys):
    src = tmp_path / "tiles"
    src.mkdir()
    tiles = noise_tiles(np.random.default_rng(3), 11, 16, 16)
    for i, t in enumerate(tiles):
        write_png(src / f"t{i:02d}.png", t)
    assert main(["atlas", str(src), "--out", str(tmp_path / "ts"), "--padding", "2", "--extrude", "1"]) == 0
    secs = parse_tres((tmp_path / "ts" / "ts.tres").read_text())
    kinds = [s[0] for s in secs]
    assert kinds == ["gd_resource", "ext_resource", "sub_resource", "resource"]
    head = secs[0][1]
    assert head["type"] == "TileSet" and head["format"] == "3" and int(head["load_steps"]) == 3
    ext = secs[1][1]
    assert ext["type"] == "Texture2D" and ext["path"] == "res://ts.png"
    sub_attr, sub = secs[2][1], secs[2][2]
    assert sub_attr["type"] == "TileSetAtlasSource"
    assert sub["texture"] == f'ExtResource("{ext["id"]}")'
    vec = lambda v: tuple(int(x) for x in re.findall(r"-?\d+", v.split("(", 1)[1]))  # noqa: E731
    margin, sep, region = vec(sub["margins"]), vec(sub["separation"]), vec(sub["texture_region_size"])
    assert region == (16, 16)
    res = secs[3][2]
    assert res["sources/0"] == f'SubResource("{sub_attr["id"]}")' and vec(res["tile_size"]) == (16, 16)
    assert res["custom_data_layer_0/type"] == "4"  # TYPE_STRING
    coords = [tuple(map(int, k.split("/")[0].split(":"))) for k in sub if re.match(r"^\d+:\d+/0$", k)]
    assert len(coords) == len(tiles) == len(set(coords))
    # Each atlas cell Godot computes holds exactly the tile that the custom data names.
    page = read_rgba(tmp_path / "ts" / "ts.png")
    for c, r in coords:
        x, y = margin[0] + c * (region[0] + sep[0]), margin[1] + r * (region[1] + sep[1])
        name = sub[f"{c}:{r}/0/custom_data_0"].strip('"')
        assert np.array_equal(page[y:y + 16, x:x + 16], read_rgba(src / f"{name}.png"))


def test_a_multi_page_atlas_is_one_tileset_with_a_source_per_page(tmp_path):
    src = tmp_path / "tiles"
    src.mkdir()
    tiles = noise_tiles(np.random.default_rng(4), 40, 16, 16)
    for i, t in enumerate(tiles):
        write_png(src / f"t{i:02d}.png", t)
    assert main(["atlas", str(src), "--out", str(tmp_path / "mp"), "--max-size", "64", "--padding", "1"]) == 0
    out = tmp_path / "mp"
    assert sorted(p.name for p in out.glob("*.tres")) == ["mp.tres"]  # one TileSet, not one per page
    pngs = sorted(out.glob("mp-*.png"))
    assert len(pngs) >= 3
    secs = parse_tres((out / "mp.tres").read_text())
    kinds = [s[0] for s in secs]
    n = len(pngs)
    assert kinds == ["gd_resource"] + ["ext_resource"] * n + ["sub_resource"] * n + ["resource"]
    assert int(secs[0][1]["load_steps"]) == 2 * n + 1
    exts = {s[1]["id"]: s[1]["path"] for s in secs[1:1 + n]}
    assert len(exts) == n and sorted(exts.values()) == [f"res://{p.name}" for p in pngs]
    subs = {s[1]["id"]: s[2] for s in secs[1 + n:1 + 2 * n]}
    res = secs[-1][2]
    vec = lambda v: tuple(int(x) for x in re.findall(r"-?\d+", v.split("(", 1)[1]))  # noqa: E731
    seen = []
    for k in range(n):
        sub = subs[re.match(r'SubResource\("([^"]+)"\)', res[f"sources/{k}"]).group(1)]
        image = exts[re.match(r'ExtResource\("([^"]+)"\)', sub["texture"]).group(1)]
        page = read_rgba(out / image.removeprefix("res://"))
        margin, sep, region = vec(sub["margins"]), vec(sub["separation"]), vec(sub["texture_region_size"])
        for key in (k for k in sub if re.match(r"^\d+:\d+/0$", k)):
            c, r = map(int, key.split("/")[0].split(":"))
            x, y = margin[0] + c * (region[0] + sep[0]), margin[1] + r * (region[1] + sep[1])
            name = sub[f"{c}:{r}/0/custom_data_0"].strip('"')
            assert np.array_equal(page[y:y + 16, x:x + 16], read_rgba(src / f"{name}.png"))
            seen.append(name)
    assert sorted(seen) == [f"t{i:02d}" for i in range(40)]  # every tile once, over all sources
