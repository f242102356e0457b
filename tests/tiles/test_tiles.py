"""Seamless tiles from exemplars: quilting, the shift-aware copy check, `tiles`, quilting models."""
import json
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import write_png
from toolkit.cli import main
from toolkit.gan.metrics import nn_distance, shift_copy_threshold, shift_nn_distance
from toolkit.io import read_rgba
from toolkit.pixelart.stats import seam_score
from toolkit.tiles import Recipe, TileModel, fit_tiles, quilt
from toolkit.tiles.exemplar import copy_threshold, layout_share

ROOT = Path(__file__).resolve().parents[2]


def bricks(n=4, seed=0, size=32):
    """n hand-made brick walls that repeat edge to edge: 8 px courses, 16 px bricks offset
    every other course, dark mortar, each brick a speckled shade of one of three browns."""
    rng = np.random.default_rng(seed)
    browns = np.array([[150, 90, 50], [130, 75, 40], [170, 110, 60]], np.uint8)
    out = np.zeros((n, size, size, 4), np.uint8)
    out[..., 3] = 255
    for k in range(n):
        for y in range(size):
            for x in range(size):
                course, off = y // 8, (8 if (y // 8) % 2 else 0)
                bx = ((x + off) % size) // 16
                if y % 8 == 7 or (x + off) % 16 == 15:
                    out[k, y, x, :3] = (40, 30, 25)
                else:
                    c = browns[(course * 7 + bx * 3 + k) % 3].astype(int) + rng.integers(-12, 13, 3)
                    out[k, y, x, :3] = np.clip(c, 0, 255)
    return out


def noise_texture(n=3, seed=0, size=32):
    """n tileable smooth-noise textures (periodic by construction: filtered in Fourier space)."""
    rng = np.random.default_rng(seed)
    f = np.fft.fftfreq(size)
    low = (np.hypot(*np.meshgrid(f, f)) < 0.15)
    out = np.zeros((n, size, size, 4), np.uint8)
    for k in range(n):
        v = np.real(np.fft.ifft2(np.fft.fft2(rng.standard_normal((size, size))) * low))
        v = (v - v.min()) / (v.max() - v.min())
        out[k, ..., 0] = (60 + 120 * v).astype(np.uint8)
        out[k, ..., 1] = (90 + 60 * v).astype(np.uint8)
        out[k, ..., 2] = 40
        out[k, ..., 3] = 255
    return out


def test_quilted_tiles_repeat_without_a_seam_in_the_exemplars_colours():
    ex = noise_texture()
    rng = np.random.default_rng(0)
    tiles = np.stack([quilt(ex, rng, step=8) for _ in range(6)])
    colours = {tuple(c) for c in ex.reshape(-1, 4)}
    assert all(tuple(c) in colours for c in tiles.reshape(-1, 4))  # every pixel an exemplar pixel
    real = seam_score(ex)
    # the tile meets a copy of itself as smoothly as the exemplars do; a crop that ignores the
    # wrap (the exemplar's left three quarters stretched back to 32 px) does not
    assert np.median(seam_score(tiles)) <= 1.5 * np.median(real)
    crop = np.repeat(ex[:, :, :24], [1] * 16 + [2] * 8, axis=2)[:, :, :32]
    assert np.median(seam_score(tiles)) < np.median(seam_score(crop))


def test_the_shift_aware_check_catches_a_shifted_training_tile_and_passes_a_new_one():
    ex = noise_texture(4)
    shifted = np.roll(ex[1], (5, 11), axis=(0, 1))[None]
    d, i = shift_nn_distance(shifted, ex)
    assert d[0] < 1e-6 and i[0] == 1
    # the pixel-feature distance evaluate used before sees a shifted copy as a new tile
    from toolkit.gan.sample import novelty_features
    plain, _ = nn_distance(novelty_features(shifted), novelty_features(ex))
    assert plain[0] > 0.5 * nn_distance(novelty_features(ex), novelty_features(ex), exclude_self=True)[0].min()
    thr = shift_copy_threshold(ex)
    new = quilt(ex, np.random.default_rng(3), step=8)[None]
    assert shift_nn_distance(new, ex)[0][0] >= thr > 0


def test_layout_share_tells_a_shared_layout_from_a_free_texture():
    assert layout_share(bricks(4)) > 0.9
    assert layout_share(noise_texture(4)) < 0.9


def test_aligned_quilting_keeps_bricks_whole():
    ex = bricks(4)
    tile = quilt(ex, np.random.default_rng(1), step=8, aligned=True)
    mortar = (ex[0, ..., :3] == (40, 30, 25)).all(-1)
    assert ((tile[..., :3] == (40, 30, 25)).all(-1) == mortar).all()  # every mortar line where it was


def test_tiles_command_writes_seamless_variants_of_my_tile(tmp_path, capsys):
    src = write_png(tmp_path / "floor.png", noise_texture(1)[0])
    out = tmp_path / "v"
    assert main(["tiles", str(src), "--variants", "6", "--out", str(out), "--seed", "2"]) == 0
    meta = json.loads((out / "generate.json").read_text())
    assert meta["method"] == "quilt" and meta["n"] == 6 and len(meta["seam_score"]) == 6
    imgs = np.stack([read_rgba(out / f"{n}.png") for n in meta["sprites"]])
    np.testing.assert_array_equal(read_rgba(out / "tiled" / "variant_000.png"), np.tile(imgs[0], (4, 4, 1)))
    assert not list(out.glob("*.npy"))  # quilted tiles have no latents
    ex = read_rgba(src)[None]
    assert (shift_nn_distance(imgs, ex)[0] >= copy_threshold(ex)).all()  # none a shifted copy
    assert np.median(list(meta["seam_score"].values())) < 1.5 * seam_score(ex)[0]
    assert main(["tiles", str(src), "-n", "6", "--out", str(tmp_path / "w"), "--seed", "2"]) == 0
    assert all((out / f"{n}.png").read_bytes() == (tmp_path / "w" / f"{n}.png").read_bytes()
               for n in meta["sprites"])  # same seed, same bytes
    assert "6 variants" in capsys.readouterr().err


def test_tiles_of_a_folder_of_one_material(tmp_path):
    d = tmp_path / "bricks"
    d.mkdir()
    for k, t in enumerate(bricks(3)):
        write_png(d / f"brick{k}.png", t)
    assert main(["tiles", str(d), "-n", "4", "--block", "aligned", "--out", str(tmp_path / "o")]) == 0
    assert len(list((tmp_path / "o").glob("variant_*.png"))) == 4


@pytest.mark.parametrize("case", ["non-square", "one-pixel", "transparent", "variants", "block", "missing"])
def test_bad_tiles_input_gets_one_line_and_no_output(tmp_path, capsys, case):
    tile = noise_texture(1)[0]
    args = {"non-square": (tile[:, :20], []), "one-pixel": (tile[:1, :1], []),
            "transparent": (np.zeros_like(tile), []), "variants": (tile, ["-n", "0"]),
            "block": (tile, ["--block", "12"]), "missing": (None, [])}[case]
    src = tmp_path / "t.png"
    if args[0] is not None:
        write_png(src, args[0])
    assert main(["tiles", str(src), "--out", str(tmp_path / "o"), *args[1]]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("spriteforge: error:")
    assert not (tmp_path / "o").exists()


def _quilt_model(tmp_path: Path) -> Path:
    """A model folder with the quilting recipe only a tiles.json needs (and a GAN's files)."""
    import shutil
    m = tmp_path / "m"
    shutil.copytree(ROOT / "trained" / "dcss-floors", m, ignore=shutil.ignore_patterns("tiles.json"))
    images = np.concatenate([bricks(4), noise_texture(4)])
    names = [f"brick{k}" for k in range(4)] + [f"moss{k}" for k in range(4)]
    np.savez_compressed(m / "train.npz", images=images)
    fit_tiles(images, names, m)
    return m


def test_a_quilting_model_draws_each_family_seeded_and_names_the_others(tmp_path, capsys):
    m = _quilt_model(tmp_path)
    meta = json.loads((m / "tiles.json").read_text())
    assert meta["families"] == ["brick", "moss"]
    assert meta["recipes"][0]["layout"] > 0.9 > meta["recipes"][1]["layout"]
    tm = TileModel(m)
    a, b = tm.draw(5, 1).images, tm.draw(7, 1).images
    np.testing.assert_array_equal(a, b[:5])  # a tile does not depend on how many are drawn
    assert main(["generate", str(m), "--family", "moss", "-n", "3", "--tileable", "--out", str(tmp_path / "g")]) == 0
    g = json.loads((tmp_path / "g" / "generate.json").read_text())
    assert g["method"] == "quilt" and set(g["class"].values()) == {"moss"}
    assert main(["generate", str(m), "--family", "lava", "--out", str(tmp_path / "x")]) == 2
    assert "brick, moss" in capsys.readouterr().err
    assert main(["generate", str(m), "--palette", "none", "--truncation", "0.5", "--out", str(tmp_path / "x")]) == 2
    assert not (tmp_path / "x").exists()


def test_a_level_from_quilting_models_scatters_variants(tmp_path, capsys):
    m = _quilt_model(tmp_path)
    capsys.readouterr()
    assert main(["level", "--floors", str(m), "--walls", str(m), "--size", "24x18", "--items", "0",
                 "--out", str(tmp_path / "l" / "l.tmx")]) == 0
    err = capsys.readouterr().err  # a line as each stage starts: never silent for seconds
    assert "floors from m (quilted variants), model 1 of 2" in err and "model 2 of 2" in err
    assert "packing l-tiles/" in err
    atlas = json.loads((tmp_path / "l" / "l-tiles" / "atlas.json").read_text())
    names = [t["name"] for t in atlas["tiles"]]
    assert any(n.endswith("-v3") for n in names)
    lv = json.loads((tmp_path / "l" / "l.tmj").read_text())
    data = np.array(lv["layers"][0]["data"])
    floor_ids = {i + 1 for i, t in enumerate(atlas["tiles"]) if t["class"] == "floor"}
    assert len(set(data[np.isin(data, list(floor_ids))].tolist())) > 2  # rooms hold several variants


@pytest.mark.slow
def test_the_shipped_floors_quilt_new_tiles(tmp_path):
    from toolkit.gan.folder import Generator
    tm = TileModel(ROOT / "trained" / "dcss-floors")
    b = tm.draw(12, 5)
    real = Generator(ROOT / "trained" / "dcss-floors").train_images
    assert (shift_nn_distance(b.images, real)[0] >= tm.threshold).all()
    assert np.median(seam_score(b.images)) <= np.percentile(seam_score(real), 75)
    assert Recipe(8, True) in set(tm.recipes) and Recipe(16, False) in set(tm.recipes)


@pytest.mark.slow
def test_evaluate_scores_quilted_tiles_in_both_spaces_and_counts_shifted_copies(tmp_path, monkeypatch, capsys):
    from toolkit import evaluate as ev
    from toolkit.tiles.model import TileBatch
    m = _quilt_model(tmp_path)
    r = ev.evaluate(m, 10, 1)
    assert r["method"] == "quilt" and r["steps"] is None and "ppl_slerp" not in r
    assert r["shifted_copy_share"] <= 0.2 and r["held_out_real_half_recall"] > 0
    assert {"held_out_fd_floor_ratio", "held_out_precision", "held_out_recall", "real_half_recall"} <= set(r)
    train = TileModel(m).images
    shifted = np.roll(train, (3, 7), axis=(1, 2))[np.arange(10) % len(train)]
    monkeypatch.setattr(TileModel, "draw", lambda self, n, seed, families=None, novelty=True:
                        TileBatch(shifted[:n], np.zeros(n, int), 0))
    assert ev.evaluate(m, 10, 1)["shifted_copy_share"] == 1.0  # every shift is caught
    assert main(["evaluate", str(m), "--method", "nope"]) == 2
    assert "--method must be one of" in capsys.readouterr().err
