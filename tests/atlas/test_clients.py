"""Proven with real clients: Tiled's own tmxrasterizer, and Phaser 3 in headless Chromium.

`make test` installs them (Debian `tiled` and `chromium`, npm `phaser` and
`playwright-core`); a missing client is a failure here, never a skip.
"""
import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import noise_tiles, write_png
from toolkit.cli import main
from toolkit.io import read_rgba

HERE = Path(__file__).parent
PHASER = HERE / "phaser"
ROOT = HERE.parents[1]

pytestmark = pytest.mark.clients


def _need(cmd):
    path = shutil.which(cmd)
    assert path, f"{cmd} is not installed: run `make clients` (make test does)"
    return path


@pytest.fixture(scope="module")
def level(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lvl")
    w = tmp / "weapon"
    w.mkdir()
    for i, t in enumerate(noise_tiles(np.random.default_rng(2), 4, 32, 32)):
        write_png(w / f"blade{i}.png", t)
    assert main(["atlas", "floor=dcss-floors", "wall=dcss-walls", f"weapon={w}", "--prefix",
                 "--out", str(tmp / "tilesets" / "dungeon")]) == 0
    assert main(["level", str(tmp / "tilesets" / "dungeon"), "--out", str(tmp / "levels" / "l.tmx"),
                 "--size", "24x18", "--seed", "11", "--items", "4"]) == 0
    return tmp


def test_tmxrasterizer_renders_our_preview_pixel_for_pixel(level, tmp_path):
    exe = _need("tmxrasterizer")
    out = tmp_path / "tiled.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([exe, str(level / "levels" / "l.tmx"), str(out)], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    theirs = read_rgba(out)
    ours = read_rgba(level / "levels" / "l.png")
    assert theirs.shape == ours.shape
    # every pixel: colour where visible, and the same transparency
    vis = ours[..., 3] > 0
    assert np.array_equal(theirs[..., 3], ours[..., 3])
    assert np.array_equal(theirs[vis][:, :3], ours[vis][:, :3])
    tmx = (level / "levels" / "l.tmx").read_text()
    assert tmx.count("<object ") == 4  # the weapons are objects, and were drawn


def _phaser_frames(folder: Path, page: str, atlas: str, tmp_path: Path, fill: dict | None = None) -> dict:
    """What Phaser 3 in headless Chromium lists for the atlas in ``folder``, loaded by ``page``
    (its placeholders: ATLAS, and ``fill``'s keys)."""
    node = _need("node")
    _need(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    assert (PHASER / "node_modules" / "phaser").is_dir(), "run `make clients` (npm install in tests/atlas/phaser)"
    site = tmp_path / "site"
    shutil.copytree(folder, site)
    shutil.copy(PHASER / "node_modules" / "phaser" / "dist" / "phaser.min.js", site)
    html = (PHASER / page).read_text().replace("ATLAS", atlas)
    for k, v in (fill or {}).items():
        html = html.replace(k, v)
    (site / "index.html").write_text(html)
    shutil.copy(ROOT / "examples" / "engines" / "palette-swap.js", site)
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        r = subprocess.run([node, str(PHASER / "check.mjs"), url], capture_output=True, text=True,
                           timeout=180, cwd=PHASER)
    finally:
        server.shutdown()
    assert r.returncode == 0, r.stderr[-3000:]
    frames = json.loads(r.stdout.strip().splitlines()[-1])
    frames.pop("__BASE", None)
    return frames


def test_phaser3_loads_the_json_atlas(level, tmp_path):
    frames = _phaser_frames(level / "tilesets" / "dungeon", "index.html", "dungeon", tmp_path)
    summary = json.loads((level / "tilesets" / "dungeon" / "atlas.json").read_text())
    expect = {t["name"]: t["rect"] for t in summary["tiles"]}
    assert frames == expect
    assert len(frames) == 626 + 919 + 4


def test_phaser3_loads_every_page_of_a_multipage_atlas_in_one_call(tmp_path):
    assert main(["atlas", "dcss-weapons", "--out", str(tmp_path / "w"), "--max-size", "256"]) == 0
    summary = json.loads((tmp_path / "w" / "atlas.json").read_text())
    assert len(summary["pages"]) > 1 and "w.multiatlas.json" in summary["files"]
    frames = _phaser_frames(tmp_path / "w", "multi.html", "w", tmp_path)
    assert frames == {t["name"]: t["rect"] + [t["page"]] for t in summary["tiles"]}
    related = json.loads((tmp_path / "w" / "w-0.json").read_text())["meta"]["related_multi_packs"]
    assert related == [f"w-{k}.json" for k in range(1, len(summary["pages"]))]  # PixiJS follows these


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def test_phaser3_swaps_a_sprites_palette_through_its_lookup_texture(tmp_path):
    """recolor --indexed --lut, drawn by examples/engines/palette-swap.js (WebGL): each row of
    the lookup texture draws the variant recolor wrote for it."""
    src = tmp_path / "in"
    src.mkdir()
    sprite = read_rgba(ROOT / "datasets" / "dcss" / "weapons" / "battle_axe2.png")
    write_png(src / "axe.png", sprite)
    assert main(["recolor", str(src), "--tiers", "common,uncommon,rare,epic,legendary", "--indexed", "--lut",
                 "--out", str(tmp_path / "r")]) == 0
    r = tmp_path / "r"
    lut = read_rgba(r / "axe.lut.png")
    assert lut.shape[0] == 6
    got = _phaser_frames(r, "lut.html", "", tmp_path, {"SPRITE": "axe", "ROWCOUNT": "6"})
    px = np.array(got["pixels"], np.uint8).reshape(got["h"], got["w"], 4)
    base = read_rgba(r / "axe.base.png")
    assert np.array_equal(base, sprite)
    for row, name in enumerate(["axe.base", "axe_common", "axe_uncommon", "axe_rare", "axe_epic", "axe_legendary"]):
        want = read_rgba(r / f"{name}.png")
        drawn = px[:, 32 * row:32 * row + 32]
        solid = want[..., 3] == 255
        assert np.array_equal(drawn[solid][:, :3], want[solid][:, :3]), name  # every opaque pixel swapped
        assert (drawn[..., 3] == 0)[want[..., 3] == 0].all()
        if row:
            assert (drawn[solid][:, :3] != base[solid][:, :3]).any(), name


def test_chromium_decodes_indexed_pngs_to_the_rgba_sprites(tmp_path):
    """generate --indexed --palette NAME: each indexed PNG, decoded by Chromium, shows the same
    pixels as the RGBA file generate writes for the same seed."""
    model = ROOT / "trained" / "dcss-weapons"
    for flag, out in (([], "rgba"), (["--indexed"], "idx")):
        assert main(["generate", str(model), "-n", "6", "--seed", "4", "--palette", "db16", *flag,
                     "--out", str(tmp_path / out)]) == 0
    for i in range(3):
        name = f"sprite_{i:03d}.png"
        assert (tmp_path / "idx" / name).read_bytes()[25] == 3  # IHDR colour type 3: indexed
        got = _phaser_frames(tmp_path / "idx", "img.html", "", tmp_path / f"c{i}", {"IMAGE": name})
        px = np.array(got["pixels"], np.uint8).reshape(got["h"], got["w"], 4)
        want = read_rgba(tmp_path / "rgba" / name)
        assert np.array_equal(px[..., 3], want[..., 3])
        solid = want[..., 3] == 255  # canvas readback premultiplies partly transparent pixels
        assert np.array_equal(px[solid][:, :3], want[solid][:, :3])
        assert np.array_equal(read_rgba(tmp_path / "idx" / name), np.where(want[..., 3:] == 0, 0, want))
