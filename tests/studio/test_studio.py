"""The studio: its API endpoint by endpoint, bad requests, the favourites file under two tabs,
and the real page in headless Chromium driven with clicks and keys."""
import base64
import io
import json
import os
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import numpy as np
import pytest

from toolkit.io import read_rgba


def decode_png(data: bytes) -> np.ndarray:
    from PIL import Image
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGBA"))

ROOT = Path(__file__).resolve().parents[2]
MODELS = {"dcss-weapons": ROOT / "trained" / "dcss-weapons",
          "dcss-weapons-by-class": ROOT / "trained" / "dcss-weapons-by-class"}
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    from toolkit.studio import Studio
    return Studio(MODELS, tmp_path_factory.mktemp("studio"))


@pytest.fixture(scope="module")
def client(studio):
    from starlette.testclient import TestClient
    from toolkit.studio.app import make_app
    return TestClient(make_app(studio))


def _png(rec) -> np.ndarray:
    return decode_png(base64.b64decode(rec["png"].split(",", 1)[1]))


def test_draw_gives_crisp_sprites_the_same_for_the_same_seed(client):
    a = client.post("/api/draw", json={"model": "dcss-weapons", "n": 32, "seed": 4}).json()["sprites"]
    b = client.post("/api/draw", json={"model": "dcss-weapons", "n": 32, "seed": 4}).json()["sprites"]
    c = client.post("/api/draw", json={"model": "dcss-weapons", "n": 32, "seed": 5}).json()["sprites"]
    assert len(a) == 32 and [r["id"] for r in a] == [r["id"] for r in b] != [r["id"] for r in c]
    img = _png(a[0])
    assert img.shape == (32, 32, 4) and set(np.unique(img[..., 3])) <= {0, 255} | set(range(256))
    assert a[3]["lineage"]["op"] == "draw" and "--seed 4" in a[3]["lineage"]["command"]
    from toolkit.gan.sample import generate  # what the recorded command draws is the sprite
    assert np.array_equal(generate(MODELS["dcss-weapons"], 4, 4, novelty=False).images[3], _png(a[3]))


def test_a_class_model_draws_the_class_asked(client):
    m = {x["name"]: x for x in client.get("/api/models").json()["models"]}
    assert "axe" in m["dcss-weapons-by-class"]["classes"] and m["dcss-weapons-by-class"]["named_classes"]
    s = client.post("/api/draw", json={"model": "dcss-weapons-by-class", "n": 4, "class": "axe"}).json()["sprites"]
    assert {r["class"] for r in s} == {"axe"}


def test_keep_breed_morph_steer_and_lineage(client, studio, tmp_path):
    s = client.post("/api/draw", json={"model": "dcss-weapons", "n": 4, "seed": 9}).json()["sprites"]
    for r in s[:3]:
        assert client.post("/api/favourites", json={"id": r["id"]}).status_code == 200
    favs = client.get("/api/favourites").json()["sprites"]
    assert [f["id"] for f in favs][-3:] == [r["id"] for r in s[:3]]
    assert read_rgba(studio.dir / "sprites" / f"{s[0]['id']}.png").shape == (32, 32, 4)
    kids = client.post("/api/breed", json={"parents": [s[0]["id"], s[1]["id"]], "n": 16, "seed": 1}).json()["sprites"]
    assert len(kids) == 16 and all(set(k["lineage"]["parents"]) == {s[0]["id"], s[1]["id"]} for k in kids)
    assert {k["lineage"]["op"] for k in kids} == {"crossover", "slerp"}
    za, zb = np.array(s[0]["z"]), np.array(s[1]["z"])
    cross = next(k for k in kids if k["lineage"]["op"] == "crossover")
    # a crossover child is nearer its parents than a fresh latent is
    zc = np.array(cross["z"])
    assert min(np.linalg.norm(zc - za), np.linalg.norm(zc - zb)) < np.linalg.norm(zc - np.array(s[3]["z"]))
    m = client.post("/api/morph", json={"a": s[0]["id"], "b": s[1]["id"], "steps": 5}).json()["sprites"]
    assert len(m) == 5 and np.allclose(m[0]["z"], za, atol=1e-5) and np.allclose(m[-1]["z"], zb, atol=1e-5)
    assert np.array_equal(_png(m[0]), _png(s[0]))  # the morph starts at its first sprite
    st = client.post("/api/steer", json={"id": s[0]["id"], "direction": 0, "amounts": [-2, 0, 2]}).json()["sprites"]
    assert np.allclose(st[1]["z"], za, atol=1e-5) and not np.allclose(st[0]["z"], st[2]["z"])
    d = studio.directions("dcss-weapons")
    assert d.shape == (6, 128) and np.allclose(np.linalg.norm(d, axis=1), 1, atol=1e-5)
    # the first direction moves the early features more than a random one does
    rnd = np.random.default_rng(0).standard_normal(128).astype(np.float32)
    rnd /= np.linalg.norm(rnd)
    g = studio.gen("dcss-weapons")
    lab = None if s[0]["label"] is None else np.array([s[0]["label"]] * 2, np.int32)

    def moved(v):
        a, b = g(np.stack([za + 2 * v, za - 2 * v]).astype(np.float32), lab).astype(int)
        return np.abs(a - b).mean()
    assert moved(d[0]) > moved(rnd)


def test_recolor_gives_the_five_tiers_or_a_palette_and_they_can_be_kept(client):
    from toolkit.pixelart.palette_files import read_palette
    from toolkit.pixelart.recolor import TIERS, tier_colours, to_tier
    s = client.post("/api/draw", json={"model": "dcss-weapons", "n": 2, "seed": 12}).json()["sprites"]
    assert "db16" in client.get("/api/models").json()["palettes"]
    tiers = client.post("/api/recolor", json={"id": s[0]["id"]}).json()["sprites"]
    assert [t["lineage"]["look"] for t in tiers] == [f"tier {t}" for t in TIERS]
    for t, col in zip(tiers, tier_colours(list(TIERS)).values()):
        np.testing.assert_array_equal(_png(t), to_tier(_png(s[0]), col)[0])
        assert t["lineage"]["parents"] == [s[0]["id"]] and t["z"] == s[0]["z"]
    pal = client.post("/api/recolor", json={"id": s[0]["id"], "palette": "db16"}).json()["sprites"]
    img = _png(pal[0])
    key = read_palette("db16").astype(int) @ [65536, 256, 1]
    assert np.isin(img[img[..., 3] > 0][:, :3].astype(int) @ [65536, 256, 1], key).all()
    assert client.post("/api/favourites", json={"id": tiers[4]["id"]}).status_code == 200  # keep the legendary
    assert client.post("/api/recolor", json={"id": tiers[4]["id"]}).status_code == 200      # and recolour it again
    r = client.post("/api/recolor", json={"id": s[0]["id"], "palette": "../../x.gpl"})
    assert r.status_code == 400 and "palette must be one of" in r.json()["error"]


def test_favourites_survive_a_restart_and_two_tabs_keeping_at_once(client, studio):
    from toolkit.studio import Studio
    s = client.post("/api/draw", json={"model": "dcss-weapons", "n": 8, "seed": 31}).json()["sprites"]
    threads = [threading.Thread(target=client.post, args=("/api/favourites",), kwargs={"json": {"id": r["id"]}})
               for r in s]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    again = Studio(MODELS, studio.dir)  # a restarted server
    ids = {f["id"] for f in again.favourites()}
    assert {r["id"] for r in s} <= ids
    assert client.delete(f"/api/favourites/{s[0]['id']}").status_code == 200
    assert s[0]["id"] not in {f["id"] for f in Studio(MODELS, studio.dir).favourites()}


def test_upload_encodes_my_sprite_and_shows_its_variations(client):
    data = (ROOT / "datasets" / "dcss" / "weapons" / "battle_axe2.png").read_bytes()
    r = client.post("/api/upload?model=dcss-weapons", content=data)
    assert r.status_code == 200, r.text
    s = r.json()["sprites"]
    assert s[0]["lineage"]["op"] == "encode" and len(s) >= 2
    assert all(x["lineage"]["parents"] == [s[0]["id"]] for x in s[1:])


def test_export_writes_pngs_latents_lineage_and_an_atlas(client, studio):
    s = client.post("/api/draw", json={"model": "dcss-weapons", "n": 3, "seed": 50}).json()["sprites"]
    for r in s:
        client.post("/api/favourites", json={"id": r["id"]})
    r = client.post("/api/export", json={"name": "pack", "ids": [x["id"] for x in s]})
    assert r.status_code == 200, r.text
    z = client.get(r.json()["zip"])
    assert z.status_code == 200 and z.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(z.content)) as f:
        names = set(f.namelist())
        meta = json.loads(f.read("pack/studio.json"))
        atlas = json.loads(f.read("pack/atlas/atlas.json"))
        page = decode_png(f.read("pack/atlas/pack.png"))
        sprites = {m["file"]: decode_png(f.read(f"pack/{m['file']}")) for m in meta["sprites"]}
        assert {"pack/atlas/pack.tsx", "pack/atlas/pack.tres", "pack/atlas/pack.json"} <= names
    assert len(meta["sprites"]) == 3 and all(m["lineage"]["op"] == "draw" and m["command"] for m in meta["sprites"])
    # every atlas tile is its sprite's pixels, where atlas.json says
    by_stem = {Path(k).stem: v for k, v in sprites.items()}
    assert sorted(t["name"] for t in atlas["tiles"]) == sorted(by_stem)
    for t in atlas["tiles"]:
        x, y, w, h = t["rect"]
        assert np.array_equal(page[y:y + h, x:x + w], by_stem[t["name"]])


BAD = [  # (request, status, words)
    (("post", "/api/draw", {"json": {"model": "nope"}}), 404, "unknown model"),
    (("post", "/api/draw", {"json": {"model": "../../etc"}}), 404, "unknown model"),
    (("post", "/api/draw", {"json": {"model": "dcss-weapons", "n": 0}}), 400, "n must be 1..256"),
    (("post", "/api/draw", {"json": {"model": "dcss-weapons", "seed": -1}}), 400, "seed must be"),
    (("post", "/api/draw", {"json": {"model": "dcss-weapons", "truncation": 3}}), 400, "truncation"),
    (("post", "/api/draw", {"content": b"{not json"}), 400, "not JSON"),
    (("post", "/api/breed", {"json": {"parents": []}}), 400, "two or more parents"),
    (("post", "/api/breed", {"json": {}}), 400, "two or more parents"),
    (("post", "/api/breed", {"json": {"parents": ["../../../etc/passwd", "x"]}}), 400, "not a sprite id"),
    (("post", "/api/morph", {"json": {"a": "0123456789abcdef", "b": "0123456789abcdef"}}), 404, "no sprite"),
    (("post", "/api/upload?model=dcss-weapons", {"content": b"not a png"}), 400, "not a usable PNG"),
    (("post", "/api/upload?model=dcss-weapons", {"content": b"\x89PNG" + b"0" * (2 << 20)}), 413, "at most"),
    (("post", "/api/upload?model=nope", {"content": b"x"}), 404, "unknown model"),
    (("get", "/api/sprites/..%2F..%2Fmodel.json.png", {}), 404, "no such page"),
    (("get", "/api/sprites/...png", {}), 400, "not a sprite id"),
    (("get", "/api/sprites/0123456789abcdef.png", {}), 404, "no picture"),
    (("delete", "/api/favourites/0123456789abcdef", {}), 404, "not a favourite"),
    (("post", "/api/export", {"json": {"name": "../x"}}), 400, "export name"),
    (("get", "/api/exports/..%2Fx.zip", {}), 404, "no such page"),
    (("get", "/api/exports/a.b.zip", {}), 400, "not an export name"),
    (("get", "/api/nothing", {}), 404, "no such page"),
    (("get", "/api/draw", {}), 405, "not allowed"),
]


@pytest.mark.parametrize("req,status,words", BAD, ids=[f"{b[0][0]} {b[0][1][:40]} {b[2]}" for b in BAD])
def test_a_bad_request_gets_a_4xx_with_one_clear_message(client, req, status, words):
    method, url, kw = req
    r = getattr(client, method)(url, **kw)
    assert r.status_code == status, r.text
    msg = r.json()["error"]
    assert words in msg and "\n" not in msg and "Traceback" not in msg


def test_an_export_that_fails_leaves_nothing_half_written(studio, monkeypatch):
    import toolkit.atlas
    s = studio.draw("dcss-weapons", 1, 77)
    studio.keep(s[0]["id"])

    def boom(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(toolkit.atlas, "build_atlas", boom)
    with pytest.raises(OSError):
        studio.export("broken")
    assert not [p for p in (studio.dir / "exports").iterdir() if "broken" in p.name]


def test_the_studio_command_checks_its_options(tmp_path, capsys):
    from toolkit.cli import main
    assert main(["studio", "--port", "70000", "--dir", str(tmp_path / "s")]) == 2
    assert main(["studio", str(tmp_path / "nomodel"), "--dir", str(tmp_path / "s")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "--port must be 0..65535" in err[0] and "no such model folder" in err[1]


@pytest.mark.clients
def test_the_page_in_chromium_with_real_clicks_and_keys(tmp_path):
    """Browse, keep (click and keys), Space, breed, morph, steer, recolour, drop a PNG, export, reload."""
    from toolkit.studio import Studio, serve
    node = shutil.which("node")
    harness = ROOT / "tests" / "atlas" / "phaser"
    assert node and (harness / "node_modules" / "playwright-core").is_dir(), "run `make clients`"
    studio = Studio({"dcss-weapons": MODELS["dcss-weapons"]}, tmp_path / "studio")
    studio.gen("dcss-weapons")
    url = []
    t = threading.Thread(target=serve, args=(studio, "127.0.0.1", 0, url.append), daemon=True)
    t.start()
    import time
    t0 = time.time()
    while not url and time.time() - t0 < 30:
        time.sleep(0.05)
    sprite = ROOT / "datasets" / "dcss" / "weapons" / "battle_axe2.png"
    shot = Path(os.environ.get("STUDIO_SCREENSHOT", tmp_path / "studio.png"))
    r = subprocess.run([node, str(harness / "studio.mjs"), url[0], str(sprite), str(shot)],
                       capture_output=True, text=True, timeout=600, cwd=harness)
    assert r.returncode == 0, r.stderr[-3000:]
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert "exception" not in out, out.get("exception")
    assert out["errors"] == [] and out["outside"] == []
    assert out["browse"] == 32 and out["pixelated"] == ["pixelated", 96]
    assert out["kept"] == 2 and out["more_differs"] and out["children"] == 16
    assert "slerp" in out["lineage"] or "crossover" in out["lineage"] or "draw" in out["lineage"]
    assert out["morph"] == [9, 8] and out["steer"] == 5 and out["dropped"] >= 2
    assert out["tiers"] == 5 and out["in_palette"] == 1
    assert out["zip"][0] == 200 and out["zip"][1] == "application/zip" and out["zip"][2] > 1000
    assert out["after_reload"] >= 3  # the favourites came back
    assert read_rgba(shot).shape[:2] == (900, 1280)
