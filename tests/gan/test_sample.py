"""generate: clean sprites, seeded, streamed."""
import json

import numpy as np

from tests.helpers import sprites
from toolkit.cli import main


def test_generate_same_seed_same_bytes_and_clean_alpha(tiny_model, tmp_path, capsys):
    model, _ = tiny_model
    for d in ("g1", "g2"):
        assert main(["generate", str(model), "-n", "12", "--seed", "7", "--out", str(tmp_path / d)]) == 0
    files = sorted(p.name for p in (tmp_path / "g1").iterdir())
    assert "sheet.png" in files and "sprite_000.npy" in files and "sprite_011.png" in files
    for f in files:
        assert (tmp_path / "g1" / f).read_bytes() == (tmp_path / "g2" / f).read_bytes(), f
    from toolkit.io import read_rgba
    img = read_rgba(tmp_path / "g1" / "sprite_000.png")
    assert set(np.unique(img[..., 3])) <= {0, 255}
    # without the novelty filter, sprite 3 is exactly G(latent 3), cleaned
    assert main(["generate", str(model), "-n", "4", "--seed", "7", "--no-novelty",
                 "--out", str(tmp_path / "raw")]) == 0
    z = np.load(tmp_path / "raw" / "sprite_003.npy")
    from toolkit.gan.folder import Generator, seed_latents
    g = Generator(model)
    np.testing.assert_array_equal(z, seed_latents(4, 7, g.latent_dim)[3])
    meta = json.loads((tmp_path / "raw" / "generate.json").read_text())
    assert meta["replaced_by_novelty_filter"] == 0 and meta["novelty_threshold"] is None
    np.testing.assert_array_equal(g.style.clean(g(z[None]))[0], read_rgba(tmp_path / "raw" / "sprite_003.png"))


def test_generate_checks_n_and_out_before_the_model_loads(tiny_model, tmp_path, capsys, monkeypatch):
    import toolkit.gan.sample as sample
    model, _ = tiny_model

    def never(*a, **k):
        raise AssertionError("the model was loaded before the options were checked")
    monkeypatch.setattr(sample, "Generator", never)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.png").write_bytes(b"x")
    for args, words in [(["-n", "100001"], "-n must be 1..100000"), (["-n", "0"], "-n must be"),
                        (["--truncation", "0"], "--truncation must be in (0, 1]"),
                        (["--truncation", "1.5"], "--truncation must be in (0, 1]"),
                        (["--out", str(tmp_path / "full")], "not empty")]:
        argv = ["generate", str(model), "--out", str(tmp_path / "g")] + args
        assert main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0], err
    assert not (tmp_path / "g").exists()


def test_generate_streams_in_batches_with_the_same_bytes(tiny_model, tmp_path, monkeypatch):
    import toolkit.gan.output as output
    import toolkit.gan.sample as sample
    model, _ = tiny_model
    # every sprite counts as a near-copy once: its redraw must not depend on the batching
    monkeypatch.setattr(sample, "memorisation_threshold", lambda f: float("inf"))
    metas = [output.write_generated(sample.generate_batches(model, 12, 3, batch=b, max_rounds=1),
                                    tmp_path / str(b), seed=3) for b in (256, 5)]
    assert [m["replaced_by_novelty_filter"] for m in metas] == [12, 12]
    for f in sorted((tmp_path / "256").iterdir()):
        assert f.read_bytes() == (tmp_path / "5" / f.name).read_bytes(), f.name
    from toolkit.io import read_rgba
    gathered = sample.generate(model, 12, 3, max_rounds=1)  # the API's arrays: the same sprites
    assert gathered.replaced == 12
    np.testing.assert_array_equal(gathered.images[7], read_rgba(tmp_path / "5" / "sprite_007.png"))
    first = np.load(tmp_path / "5" / "sprite_000.npy")
    assert not np.array_equal(first, sample.seed_latents(12, 3, first.shape[0])[0])  # it was redrawn


def test_a_failed_sprite_write_surfaces_and_leaves_no_folder(tiny_model, tmp_path, monkeypatch):
    import pytest

    import toolkit.gan.output as output
    import toolkit.gan.sample as sample
    model, _ = tiny_model
    real, calls = output._write_sprites, []

    def second_fails(folder, names, *a):  # the files are written on a thread: its error must reach us
        calls.append(names)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(folder, names, *a)
    monkeypatch.setattr(output, "_write_sprites", second_fails)
    with pytest.raises(OSError, match="No space"):
        output.write_generated(sample.generate_batches(model, 12, 3, batch=5), tmp_path / "g", seed=3)
    assert len(calls) >= 2 and list(tmp_path.iterdir()) == []  # no output folder, no temp


def test_a_tileable_family_model_draws_a_family_and_names_the_others(tmp_path, capsys):
    from tests.helpers import TINY
    from toolkit.gan.config import plan_training
    from toolkit.gan.train import train_plan
    from toolkit.io import read_rgba
    from toolkit.sheets.classes import family_labels
    tiles = sprites(24)
    tiles[..., 3] = 255  # floors are opaque
    labels, names = family_labels([f"{'crypt' if i % 2 else 'lava'}{i}" for i in range(24)])
    plan = plan_training(tiles, tmp_path / "m", labels=labels, class_names=names, steps=2,
                         tileable=True, overrides=TINY)
    train_plan(plan, tmp_path / "m", log=lambda m: None)
    # the run chose its clean-up, texture (error diffusion) or sprite, and generate uses it
    from toolkit.gan.folder import Generator
    from toolkit.pixelart.steps import DITHER
    texture = json.loads((tmp_path / "m" / "model.json").read_text())["texture_style"]
    assert Generator(tmp_path / "m").style.dither == (DITHER if texture else 0.0)
    assert main(["generate", str(tmp_path / "m"), "--family", "crypt", "-n", "3", "--tileable",
                 "--out", str(tmp_path / "g")]) == 0
    meta = json.loads((tmp_path / "g" / "generate.json").read_text())
    assert set(meta["class"].values()) == {"crypt"} and len(meta["seam_score"]) == 3
    tiled = read_rgba(tmp_path / "g" / "tiled" / "sprite_000.png")
    one = read_rgba(tmp_path / "g" / "sprite_000.png")
    np.testing.assert_array_equal(tiled, np.tile(one, (4, 4, 1)))
    # a bad option is refused before any tile is generated: no tiles folder is left behind
    assert main(["level", "--floors", str(tmp_path / "m"), "--walls", str(tmp_path / "m"), "--size",
                 "3x3", "--out", str(tmp_path / "bad" / "l.tmx")]) == 2
    assert not (tmp_path / "bad" / "l-tiles").exists()
    # a level whose floors and walls are new tiles of the model
    assert main(["level", "--floors", str(tmp_path / "m"), "--walls", str(tmp_path / "m"), "--size",
                 "20x16", "--items", "0", "--out", str(tmp_path / "l" / "l.tmx")]) == 0
    atlas = json.loads((tmp_path / "l" / "l-tiles" / "atlas.json").read_text())
    assert sorted({t["class"] for t in atlas["tiles"]}) == ["floor", "wall"] and len(atlas["tiles"]) == 18
    assert read_rgba(tmp_path / "l" / "l.png").shape == (16 * 32, 20 * 32, 4)
    assert not [p for p in (tmp_path / "l").iterdir() if p.name.startswith(".")]  # no temp left
    capsys.readouterr()
    assert main(["generate", str(tmp_path / "m"), "--family", "cobble", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "cobble" in err and "crypt" in err and "lava" in err


def test_truncation_scales_every_latent_redraws_included(tiny_model, tmp_path, monkeypatch):
    import toolkit.gan.output as output
    import toolkit.gan.sample as sample
    model, _ = tiny_model
    plain = sample.generate(model, 6, 2, novelty=False)
    half = sample.generate(model, 6, 2, novelty=False, truncation=0.5)
    np.testing.assert_array_equal(half.latents, plain.latents * np.float32(0.5))
    from toolkit.gan.folder import Generator
    g = Generator(model)
    np.testing.assert_array_equal(half.images, g.style.clean(g(half.latents)))
    monkeypatch.setattr(sample, "memorisation_threshold", lambda f: float("inf"))  # every sprite redrawn once
    redrawn = sample.generate(model, 6, 2, max_rounds=1, truncation=0.5)
    full = sample.generate(model, 6, 2, max_rounds=1)
    np.testing.assert_array_equal(redrawn.latents, full.latents * np.float32(0.5))
    meta = output.write_generated(sample.generate_batches(model, 3, 2, novelty=False, truncation=0.5),
                                  tmp_path / "g", seed=2)
    assert meta["truncation"] == 0.5


def test_redraw_rules_flag_near_copies_and_off_class_sprites():
    from toolkit.gan.sample import novelty_features, rejected
    train = np.zeros((4, 32, 32, 4), np.uint8)
    for i, (y, x, c) in enumerate([(2, 2, (200, 0, 0)), (18, 18, (200, 0, 0)),
                                   (2, 18, (0, 0, 200)), (18, 2, (0, 0, 200))]):
        train[i, y:y + 12, x:x + 12] = (*c, 255)
    ftrain = novelty_features(train)
    query = train[[0, 2, 2]].copy()
    query[:, 0:2, 0:2] = (90, 90, 90, 255)   # a corner pixel off: near its source, not a copy
    exact = train[1:2]
    imgs, lab = np.concatenate([query, exact]), np.array([0, 0, 1, 0])
    read = lambda f, i: np.array([0, 1, 1, 0])              # what the class reader makes of them
    near, off = rejected(imgs, lab, ftrain=ftrain, threshold=1e-6, read=read)
    assert near.tolist() == [False, False, False, True]      # only the exact copy is a near-copy
    assert off.tolist() == [False, True, False, False]       # a blue sprite drawn as class 0
    near, off = rejected(imgs, lab, ftrain=ftrain, threshold=None, read=lambda f, i: np.full(4, -1))
    assert not near.any() and off[:3].all()                  # one the reader is unsure of is off-class
    near, off = rejected(imgs, lab, ftrain=ftrain, threshold=None, read=None)
    assert not near.any() and not off.any()                  # both rules off


def test_class_reader_reads_its_classes_and_is_unsure_of_what_lies_between():
    """The class check reads the training sprites as their own classes (their nearest is
    themselves, and the probe is as sure as for 4 in 5 of them, cross-validated), and neither
    class for a sprite half one class, half another."""
    from toolkit.gan.metrics import nn_distance
    from toolkit.gan.sample import class_reader, novelty_features
    rng = np.random.default_rng(0)
    train = np.zeros((40, 32, 32, 4), np.uint8)
    labels = np.repeat([0, 1], 20)
    for i, c in enumerate(labels):                            # red squares top-left, blue bottom-right
        y, x = (rng.integers(2, 6, 2) if c == 0 else rng.integers(16, 20, 2))
        train[i, y:y + 10, x:x + 10] = ((200, 30, 30, 255) if c == 0 else (30, 30, 200, 255))
    ftrain = novelty_features(train)
    judge = class_reader(ftrain, labels, 2)

    def read(images):
        f = novelty_features(images)
        return judge(f, nn_distance(f, ftrain)[1])
    got = read(train)
    assert np.mean(got == labels) >= 0.8 and not np.any((got != labels) & (got != -1))
    mix = (train[0].astype(int) + train[20]) // 2             # between the two: a faint purple pair
    assert read(mix[None].astype(np.uint8))[0] == -1
