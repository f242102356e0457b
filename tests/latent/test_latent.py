"""Latent tools: paths, the arithmetic language, interpolation/arithmetic outputs,
class labels and the conditional generator (tiny models, few steps)."""
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import TINY, save_tiles, sprites
from toolkit.cli import main
from toolkit.errors import SpriteforgeError
from toolkit.io import read_rgba
from toolkit.latent import expr as E
from toolkit.latent.paths import latent_path, lerp, slerp

vec = st.lists(st.floats(-3, 3), min_size=8, max_size=8).map(lambda v: np.array(v, np.float32))


# --------------------------------------------------------------------------- paths

@given(vec, vec)
def test_slerp_endpoints_exact_and_norm_between(a, b):
    t = np.linspace(0, 1, 9)
    p = slerp(a, b, t)
    np.testing.assert_array_equal(p[0], a)
    np.testing.assert_array_equal(p[-1], b)
    n = np.linalg.norm(p, axis=1)
    lo, hi = sorted([np.linalg.norm(a), np.linalg.norm(b)])
    assert np.all(n >= lo - 1e-3) and np.all(n <= hi + 1e-3)


def test_slerp_stays_on_the_shell_where_lerp_cuts_inside():
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((2, 128)).astype(np.float32)
    mid_s = slerp(a, b, np.array([0.5]))[0]
    mid_l = lerp(a, b, np.array([0.5]))[0]
    r = (np.linalg.norm(a) + np.linalg.norm(b)) / 2
    assert abs(np.linalg.norm(mid_s) - r) < 1e-3 * r
    assert np.linalg.norm(mid_l) < 0.8 * r  # ~r/sqrt(2) for independent latents


def test_path_hits_every_waypoint():
    pts = [np.full(4, v, np.float32) * np.array([1, -1, 1, 1], np.float32) for v in (1, 2, 3)]
    p = latent_path(pts, 9, "slerp")
    for i, k in ((0, 0), (4, 1), (8, 2)):
        np.testing.assert_allclose(p[i], pts[k], atol=1e-5)
    with pytest.raises(SpriteforgeError, match="steps"):
        latent_path(pts, 1)
    with pytest.raises(SpriteforgeError, match="unknown interpolation"):
        latent_path(pts, 4, "cubic")


# --------------------------------------------------------------------------- expressions

@pytest.mark.parametrize("text,canon", [
    ("12 - 5 + 30", "12 - 5 + 30"),
    ("12-5+30", "12 - 5 + 30"),
    ("mean(3, 9, 12) - mean(4,8) + 21", "mean(3, 9, 12) - mean(4, 8) + 21"),
    ("0.5*(1 + 2)", "0.5*(1 + 2)"),
    ("-(1 + 2) + run-a/sprite_007.npy", "- (1 + 2) + run-a/sprite_007.npy"),
    ("mean(sprite_001, 4) - sprite_002", "mean(sprite_001, 4) - sprite_002"),
])
def test_parser_accepts_the_grammar(text, canon):
    node = E.parse(text)
    assert E.show(node) == canon
    assert E.parse(E.show(node)) == node   # the canonical form parses back to the same tree


@pytest.mark.parametrize("text,words", [
    ("(1 + 2", "unbalanced '('"),
    ("mean(1, 2", "unbalanced '('"),
    ("1 + 2)", "unbalanced ')'"),
    ("1 +", "expected an operand"),
    ("mean(1,,2)", "expected an operand"),
    ("1 $ 2", "unexpected '$'"),
    ("   ", "empty expression"),
    ("mean(1 2)", "expected ')'"),
])
def test_parser_rejects_bad_expressions(text, words):
    with pytest.raises(SpriteforgeError, match=words.replace("(", r"\(").replace(")", r"\)")
                       .replace("$", r"\$")):
        E.parse(text)


def test_expression_values():
    lat = {"1": np.array([1.0, 0, 0]), "2": np.array([0, 2.0, 0]), "3": np.array([0, 0, 3.0])}
    ev = lambda t: E.evaluate(E.parse(t), lat.__getitem__)   # noqa: E731
    np.testing.assert_allclose(ev("1 - 2 + 3"), [1, -2, 3])
    np.testing.assert_allclose(ev("2*1 - 1"), [1, 0, 0])
    np.testing.assert_allclose(ev("-(1 + 2)"), [-1, -2, 0])
    m = ev("mean(1, 2, 3)")  # direction of the average, the members' mean length
    np.testing.assert_allclose(np.linalg.norm(m), 2.0)
    np.testing.assert_allclose(m / np.linalg.norm(m), np.array([1, 2, 3]) / np.sqrt(14))


# --------------------------------------------------------------------------- models

def _labelled_folder(root: Path) -> Path:
    """24 sprites in three look-alike groups named by class, plus CLASSES.txt."""
    d = save_tiles(root / "tiles", sprites(24), [f"{'abc'[i % 3]}_{i:02d}.png" for i in range(24)])
    (d / "CLASSES.txt").write_text("# test mapping\nalpha: a_*\nbeta: b_*\ngamma: c_0*\n")
    return d


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    from toolkit.data import labelled, load_data
    from toolkit.gan.config import TrainConfig, plan_training
    from toolkit.gan.train import train, train_plan
    root = tmp_path_factory.mktemp("latent")
    plain = root / "plain"
    train(sprites(), plain, TrainConfig(**TINY), steps=2, log=lambda m: None)
    tiles = _labelled_folder(root)
    lab = labelled(str(tiles), load_data(str(tiles)))
    cond = root / "cond"
    plan = plan_training(lab.images, cond, labels=lab.labels, class_names=lab.classes, steps=2,
                         batch_size=8, sample_every=2, checkpoint_every=2,  # as `train --conditional`
                         overrides={k: TINY[k] for k in ("latent_dim", "g_width", "d_width")})
    train_plan(plan, cond, log=lambda m: None)
    return plain, cond, root


def test_conditional_plan_uses_the_conditional_recipe(models):
    from toolkit.gan.config import TrainConfig
    cfg = json.loads((models[1] / "run.json").read_text())["config"]
    assert cfg["num_classes"] == 3 and cfg["shared_fakes"] is False and cfg["batch_size"] == 8
    assert TrainConfig.conditional(3).batch_size == 64 and TrainConfig().batch_size == 32
    assert TrainConfig().shared_fakes and not TrainConfig.plain().shared_fakes


def test_interpolation_endpoints_equal_endpoint_sprites_and_gif_frames(models, tmp_path):
    import imageio.v3 as iio
    plain, _, _ = models
    assert main(["generate", str(plain), "-n", "2", "--seed", "5", "--no-novelty",
                 "--out", str(tmp_path / "g")]) == 0
    assert main(["generate", str(plain), "-n", "1", "--seed", "9", "--no-novelty",
                 "--out", str(tmp_path / "g9")]) == 0
    out = tmp_path / "i"
    assert main(["interpolate", str(plain), "--from", str(tmp_path / "g" / "sprite_001.png"),
                 "--to", "9", "--steps", "7", "--out", str(out)]) == 0
    frames = sorted((out / "frames").glob("frame_*.png"))
    assert len(frames) == 7
    np.testing.assert_array_equal(read_rgba(frames[0]), read_rgba(tmp_path / "g" / "sprite_001.png"))
    np.testing.assert_array_equal(read_rgba(frames[-1]), read_rgba(tmp_path / "g9" / "sprite_000.png"))
    assert iio.imread(out / "loop.gif", index=None).shape[0] == 7
    strip = read_rgba(out / "strip.png")
    assert strip.shape == (32, 7 * 32, 4)
    np.testing.assert_array_equal(strip[:, 32:64], read_rgba(frames[1]))
    assert np.load(out / "latents.npy").shape == (7, TINY["latent_dim"])
    # a bouncing GIF plays there and back without repeating the ends
    assert main(["interpolate", str(plain), "--from", "1", "--to", "2", "--steps", "5", "--bounce",
                 "--lerp", "--out", str(tmp_path / "b")]) == 0
    assert iio.imread(tmp_path / "b" / "loop.gif", index=None).shape[0] == 8
    assert json.loads((tmp_path / "b" / "interpolate.json").read_text())["method"] == "lerp"


def test_arithmetic_outputs_and_identity(models, tmp_path):
    plain, _, _ = models
    assert main(["generate", str(plain), "-n", "3", "--seed", "2", "--no-novelty",
                 "--out", str(tmp_path / "g")]) == 0
    out = tmp_path / "a"
    # x - y + y = x: the result is sprite_002 itself (its length is already typical)
    assert main(["arithmetic", str(plain), "sprite_002 - 4 + 4", "--run", str(tmp_path / "g"),
                 "--keep-length", "--out", str(out)]) == 0
    z = np.load(out / "result.npy")
    np.testing.assert_allclose(z, np.load(tmp_path / "g" / "sprite_002.npy"), atol=1e-5)
    np.testing.assert_array_equal(read_rgba(out / "result.png"), read_rgba(tmp_path / "g" / "sprite_002.png"))
    meta = json.loads((out / "arithmetic.json").read_text())
    assert [t["sign"] for t in meta["terms"]] == [1, -1, 1]
    # default: the result is rescaled to a typical latent's length sqrt(D)
    assert main(["arithmetic", str(plain), "mean(1, 2, 3) - 4 + 5", "--out", str(tmp_path / "b")]) == 0
    assert np.linalg.norm(np.load(tmp_path / "b" / "result.npy")) == pytest.approx(np.sqrt(TINY["latent_dim"]), rel=1e-4)
    grid = read_rgba(tmp_path / "b" / "grid.png")
    # 3 terms + 2 signs + '=' + result = 7 cells of 128 px + padding; mean members add 3 rows
    assert grid.shape[1] == 8 + 7 * (128 + 8) and grid.shape[0] == 8 + 4 * (128 + 8)


def test_conditional_generation_by_class(models, tmp_path, capsys):
    from toolkit.gan.folder import Generator
    _, cond, _ = models
    meta = json.loads((cond / "model.json").read_text())
    assert meta["classes"] == ["alpha", "beta", "gamma"]
    assert meta["config"]["num_classes"] == 3
    with np.load(cond / "train.npz") as f:   # c_02..c_08 match 'c_0*'; c_11..c_23 match no rule
        assert np.bincount(f["labels"]).tolist() == [8, 8, 3] and f["images"].shape[0] == 19
    assert main(["generate", str(cond), "-n", "4", "--class", "beta", "--no-novelty",
                 "--out", str(tmp_path / "g")]) == 0
    gj = json.loads((tmp_path / "g" / "generate.json").read_text())
    assert set(gj["class"].values()) == {"beta"}
    g = Generator(cond)
    z = np.load(tmp_path / "g" / "sprite_001.npy")[None]
    # a one-hot class mix is exactly that class
    onehot = np.eye(3, dtype=np.float32)[[1]]
    np.testing.assert_array_equal(g.mixed(z, onehot), g(z, np.array([1])))
    # morphing classes: the ends are the two classes' sprites of the same latent
    out = tmp_path / "m"
    assert main(["interpolate", str(cond), "--from", str(tmp_path / "g" / "sprite_001.npy"),
                 "--from-class", "alpha", "--to-class", "gamma", "--steps", "4", "--palette", "none",
                 "--out", str(out)]) == 0
    frames = sorted((out / "frames").glob("*.png"))  # --palette none: the raw output
    np.testing.assert_array_equal(read_rgba(frames[0]), g(z, np.array([0]))[0])
    np.testing.assert_array_equal(read_rgba(frames[-1]), g(z, np.array([2]))[0])
    w = json.loads((out / "interpolate.json").read_text())["class_weights"]
    assert w[0] == [1, 0, 0] and w[-1] == [0, 0, 1]
    capsys.readouterr()
    for args, words in [
        (["generate", str(cond), "--class", "axe", "--out", str(tmp_path / "x")], "unknown class 'axe'"),
        (["interpolate", str(cond), "--from", "1", "--to", "nope", "--out", str(tmp_path / "x")],
         "unknown operand 'nope'"),
        (["interpolate", str(cond), "--from", "1", "--out", str(tmp_path / "x")], "give --to"),
        (["arithmetic", str(cond), "1 + (2", "--out", str(tmp_path / "x")], "unbalanced '('"),
    ]:
        assert main(args) == 2, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0], (args, err)
    assert not (tmp_path / "x").exists()


def test_class_check_redraws_sprites_not_read_as_their_class(models, tmp_path, monkeypatch):
    from toolkit.gan import sample
    plain, cond, _ = models
    for flag in ("--class-check", "--no-class-check"):
        out = tmp_path / flag
        assert main(["generate", str(cond), "-n", "12", "--seed", "3", "--no-novelty", flag,
                     "--out", str(out)]) == 0
        gj = json.loads((out / "generate.json").read_text())
        assert ("redrawn_by_class_check" in gj) == (flag == "--class-check")
        if flag == "--class-check":
            redrawn = gj["redrawn_by_class_check"]
            checked = np.stack([read_rgba(out / f"{s}.png") for s in gj["sprites"]])
    assert redrawn > 0  # a 2-step model draws noise, which the class check's judges rarely agree on
    again = sample.generate(cond, 12, 3, novelty=False, batch=5)  # redraws screened 20 at a time, not 12
    assert again.reclassed == redrawn
    np.testing.assert_array_equal(again.images, checked)
    # generate redraws until the judge reads the class drawn: a stand-in judge (a class from the
    # pixel features' sum) passes a third of the noise, so 20 redraws find one for nearly every sprite
    stand_in = lambda f, nearest: (np.round(f.sum(1) * 1000).astype(np.int64) // 7) % 3
    judge = lambda imgs: stand_in(sample.novelty_features(imgs), None)
    monkeypatch.setattr(sample, "class_reader", lambda *a: stand_in)
    want = np.arange(24) % 3
    on, off = (sample.generate(cond, 24, 3, novelty=False, class_check=c).images for c in (True, False))
    assert np.mean(judge(on) == want) >= np.mean(judge(off) == want) + 0.4
    assert main(["generate", str(plain), "-n", "2", "--out", str(tmp_path / "p")]) == 0
    assert "redrawn_by_class_check" not in json.loads((tmp_path / "p" / "generate.json").read_text())


def test_unconditional_model_refuses_classes(models, tmp_path, capsys):
    plain, _, _ = models
    assert main(["generate", str(plain), "--class", "axe", "--out", str(tmp_path / "x")]) == 2
    assert "no classes" in capsys.readouterr().err


def test_bad_latent_file(models, tmp_path, capsys):
    plain, _, _ = models
    np.save(tmp_path / "wrong.npy", np.zeros(5, np.float32))
    (tmp_path / "junk.npy").write_bytes(b"not numpy")
    for f, words in (("wrong.npy", "is 16 numbers, got shape (5,)"), ("junk.npy", "not a latent file")):
        assert main(["interpolate", str(plain), "--from", str(tmp_path / f), "--to", "1",
                     "--out", str(tmp_path / "x")]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0], err


# --------------------------------------------------------------------------- class mapping
