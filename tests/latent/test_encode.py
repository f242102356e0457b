"""encode, variations, and the user's own sprites as operands of interpolate and arithmetic
(on the session's small weapons model, or SPRITEFORGE_LATENT_MODEL: see conftest.py)."""
import json

import numpy as np
import pytest

from tests.helpers import write_png
from toolkit.cli import main
from toolkit.io import read_rgba

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mine(tmp_path_factory, gen, reach, drawn):
    """Two sprites of a user's: a generated one (seed 41) and the real weapon the model draws nearest."""
    d = tmp_path_factory.mktemp("mine")
    write_png(d / "made.png", drawn)
    write_png(d / "real.png", gen.train_images[reach[0]])
    return d


def test_encode_finds_the_latent_of_a_sprite_the_generator_made(gen):
    from toolkit.kmeans import distances
    from toolkit.latent.encode import encode
    from toolkit.vgg import sprite_features
    made = gen.style.clean(gen(gen.latents(3, 41), gen.default_labels(3, 41)))
    enc = encode(gen, made)
    assert enc.latents.shape == (3, gen.latent_dim) and enc.images.shape == made.shape
    # closer than two real sprites typically are, and than any of 256 other samples
    others = gen.style.clean(gen(gen.latents(256, 7), gen.default_labels(256, 7)))
    nearest_other = distances(sprite_features(made), sprite_features(others)).min(1)
    assert np.all(enc.distance < enc.typical) and np.median(enc.distance) < 0.75 * enc.typical
    assert np.all(enc.distance < nearest_other)
    # a second call of the same batch size reuses the optimiser's traced graph (a trace ~ 20 steps)
    step = gen._encode_step
    traced = step.experimental_get_tracing_count()
    encode(gen, made[::-1], steps=3)
    assert gen._encode_step is step and step.experimental_get_tracing_count() == traced


def test_optimising_the_latent_beats_the_best_sample(gen, reach):
    from toolkit.latent.encode import encode
    real = gen.train_images[reach[[0, 32, -1]]]  # drawn near, halfway, farthest
    start, opt = encode(gen, real, steps=0), encode(gen, real, steps=40)
    assert np.all(opt.distance <= start.distance) and opt.distance.mean() < 0.9 * start.distance.mean()


def test_variations_are_seeded_differ_and_are_not_the_sprite(gen, reach):
    from toolkit.gan.metrics import memorisation_threshold, nn_distance
    from toolkit.gan.sample import novelty_features
    from toolkit.latent.encode import encode
    from toolkit.latent.variations import variations
    src = gen.train_images[reach[0]]  # one it draws near (of the farthest, none qualify)
    enc = encode(gen, src[None], steps=20)
    a, za, _ = variations(gen, src, 8, spread=0.3, seed=3, encoded=enc, tune_steps=50)  # tuned: the default path
    b, zb, _ = variations(gen, src, 8, spread=0.3, seed=3, encoded=enc, tune_steps=50)
    c, _, _ = variations(gen, src, 4, spread=0.3, seed=4, encoded=enc, tune_steps=50)
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a[:4], c)
    assert len({x.tobytes() for x in a}) == 8
    threshold = memorisation_threshold(novelty_features(gen.train_images))
    assert nn_distance(novelty_features(a), novelty_features(src[None]))[0].min() >= threshold
    # near their source: closer to it in latent space than a fresh sample is (~1.4 sqrt(D))
    assert np.linalg.norm(za - enc.latents[0], axis=1).max() < 0.8 * np.sqrt(gen.latent_dim)
    # and they read as its variations: nearer to it than to any other training sprite
    from toolkit.kmeans import distances
    from toolkit.vgg import sprite_features
    f = sprite_features(a)
    others = gen.train_images[~(gen.train_images == src).all((1, 2, 3))]
    nearer = distances(f, sprite_features(src[None]))[:, 0] < distances(f, sprite_features(others)).min(1)
    assert nearer.mean() >= 0.75, nearer


def test_variations_of_a_sprite_the_model_cannot_reach_still_differ(gen, reach, monkeypatch):
    import toolkit.latent.variations as E
    from toolkit.kmeans import distances
    from toolkit.latent.encode import encode
    from toolkit.vgg import sprite_features
    src = gen.train_images[reach[-1]]
    enc = encode(gen, src[None], steps=20)
    # no candidate qualifies, as for a sprite the model draws nothing near
    monkeypatch.setattr(E, "_pixel_art_inside", lambda g, images: np.zeros(len(images), bool))

    def spread(shortlist):
        monkeypatch.setattr(E, "FILL_SHORTLIST", shortlist)
        f = sprite_features(E.variations(gen, src, 8, spread=0.3, seed=3, encoded=enc, tune_steps=0)[0])
        return distances(f, f)[np.triu_indices(8, 1)].mean()
    # the fill picks farthest-first among 4x as many input-like candidates: more different
    # from each other than the 8 most input-like alone
    wide, narrow = spread(E.FILL_SHORTLIST), spread(1)
    assert wide > 1.08 * narrow, (wide, narrow)


def test_variations_keep_only_candidates_that_look_like_the_sets_pixel_art(gen):
    from toolkit.latent.variations import _pixel_art_inside
    real = gen.train_images
    assert _pixel_art_inside(gen, real).mean() >= 0.65  # 5-95 % on each of seven statistics (0.69)
    rng = np.random.default_rng(0)
    speckled = real[:8].copy()  # every opaque pixel a random colour
    solid = speckled[..., 3] > 0
    speckled[..., :3][solid] = rng.integers(0, 256, (int(solid.sum()), 3))
    broken = real[:8].copy()  # the silhouette cut into islands by transparent lines
    broken[:, 4::6] = 0
    broken[:, :, 4::6] = 0
    assert not _pixel_art_inside(gen, speckled).any()
    assert not _pixel_art_inside(gen, broken).any()


def test_encode_command_writes_operands_that_interpolate_and_arithmetic_take(mine, gen, latent_model, tmp_path):
    assert main(["encode", str(latent_model), str(mine / "made.png"), str(mine / "real.png"),
                 "--steps", "20", "--out", str(tmp_path / "e")]) == 0
    meta = json.loads((tmp_path / "e" / "encode.json").read_text())
    assert set(meta["sprites"]) == {"made", "real"} and set(meta["class"]) == {"made", "real"}
    assert read_rgba(tmp_path / "e" / "real.png").shape == (32, 32, 4)
    assert np.load(tmp_path / "e" / "real.npy").shape == (gen.latent_dim,)
    # the saved latent is an operand, drawn in its encoded class as generate draws it; the
    # reconstruction is the same latent cleaned into the input's hue families
    assert main(["arithmetic", str(latent_model), str(tmp_path / "e" / "real.npy"), "--keep-length",
                 "--out", str(tmp_path / "a")]) == 0
    from toolkit.latent.encode import _centres, _hue_lists
    z = np.load(tmp_path / "e" / "real.npy")[None]
    raw = gen(z, np.array([gen.classes.index(meta["class"]["real"])]))  # the cluster it was encoded in
    np.testing.assert_array_equal(read_rgba(tmp_path / "a" / "result.png"), gen.style.clean(raw)[0])
    hues = _hue_lists(_centres(read_rgba(mine / "real.png")[None], gen.style.hues))
    np.testing.assert_array_equal(read_rgba(tmp_path / "e" / "real.png"), gen.style.clean(raw, hue_centres=hues)[0])


def test_png_operands_are_encoded_in_arithmetic_and_interpolate(mine, gen, latent_model, tmp_path, monkeypatch):
    import functools

    import toolkit.latent.encode as E
    monkeypatch.setattr(E, "encode", functools.partial(E.encode, steps=20))  # the test's time
    expr = f"{mine / 'real.png'} - {mine / 'made.png'} + 3"
    assert main(["arithmetic", str(latent_model), expr, "--out", str(tmp_path / "a")]) == 0
    terms = json.loads((tmp_path / "a" / "arithmetic.json").read_text())["terms"]
    assert [t["operand"] for t in terms] == [str(mine / "real.png"), str(mine / "made.png"), "3"]
    assert main(["interpolate", str(latent_model), "--from", str(mine / "made.png"), "--to", "5",
                 "--steps", "4", "--out", str(tmp_path / "i")]) == 0
    # the path starts where encode puts the sprite: the model's drawing of its latent
    enc = E.encode(gen, read_rgba(mine / "made.png")[None])
    np.testing.assert_array_equal(read_rgba(tmp_path / "i" / "frames" / "frame_000.png"),
                                  gen.style.clean(gen(enc.latents, enc.labels))[0])


def test_variations_command(mine, gen, latent_model, tmp_path):
    assert main(["variations", str(latent_model), str(mine / "real.png"), "-n", "6", "--seed", "2",
                 "--tune-steps", "40", "--out", str(tmp_path / "v")]) == 0
    names = sorted(p.name for p in (tmp_path / "v").glob("variation_*.png"))
    assert len(names) == 6 and (tmp_path / "v" / "preview.png").is_file()
    assert len({read_rgba(tmp_path / "v" / n).tobytes() for n in names}) == 6
    # drawn by a copy tuned to the sprite: no latents, which the model would draw otherwise
    assert not list((tmp_path / "v").glob("*.npy"))
    assert json.loads((tmp_path / "v" / "variations.json").read_text())["tune_steps"] == 40
    # untuned, each comes with the latent that draws it in the model
    assert main(["variations", str(latent_model), str(mine / "real.png"), "-n", "3", "--seed", "2",
                 "--tune-steps", "0", "--out", str(tmp_path / "w")]) == 0
    klass = json.loads((tmp_path / "w" / "variations.json").read_text())["class"]["variation_000"]
    z = np.load(tmp_path / "w" / "variation_000.npy")[None]
    raw = gen(z, np.array([gen.classes.index(klass)]))
    from toolkit.latent.encode import _centres, _hue_lists
    hues = _hue_lists(_centres(read_rgba(mine / "real.png")[None], gen.style.hues))
    np.testing.assert_array_equal(read_rgba(tmp_path / "w" / "variation_000.png"),
                                  gen.style.clean(raw, hue_centres=hues)[0])


@pytest.mark.parametrize("args,msg", [
    (["--spread", "0"], "--spread must be in (0, 2]"),
    (["-n", "0"], "-n must be 1..10000"),
    (["--tune-steps", "-1"], "--tune-steps must be 0..5000"),
])
def test_variations_options_are_checked_first(args, msg, mine, latent_model, tmp_path, capsys):
    assert main(["variations", str(latent_model), str(mine / "real.png"), *args, "--out", str(tmp_path / "v")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and msg in err


def test_a_sprite_of_another_size_gets_one_line(latent_model, tmp_path, capsys):
    write_png(tmp_path / "big.png", np.zeros((48, 48, 4), np.uint8))
    assert main(["encode", str(latent_model), str(tmp_path / "big.png"), "--out", str(tmp_path / "e")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "is 48x48; this model draws 32x32 sprites" in err
    assert not (tmp_path / "e").exists()


def test_hue_pull_turns_stray_hues_as_the_clean_up_does_and_keeps_gradients_finite():
    import tensorflow as tf

    from toolkit.gan.step import to_float
    from toolkit.latent.encode import hue_pull
    from toolkit.pixelart.steps import HUE_WIDTH
    from toolkit.pixelart.palette import from_lab, to_lab
    hues = np.array([25.0] * 8 + [135.0] * 4 + [0.0] * 4)  # a family at 25 deg, 4 strays, 4 greys
    chroma = np.array([40.0] * 12 + [0.0] * 4)
    lab = np.stack([np.full(16, 55.0), chroma * np.cos(np.radians(hues)), chroma * np.sin(np.radians(hues))], -1)
    img = np.zeros((1, 4, 4, 4), np.uint8)
    img[0, ..., :3] = np.clip(np.rint(from_lab(lab)), 0, 255).reshape(4, 4, 3)
    img[0, ..., 3] = 255
    x = tf.constant(to_float(img))
    centres = tf.constant([[25.0, np.nan]], tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = hue_pull(x, centres)
        total = tf.reduce_sum(y)
    assert np.isfinite(tape.gradient(total, x).numpy()).all()
    out = to_lab((y.numpy()[0, ..., :3].reshape(-1, 3) + 1) * 127.5)
    got = np.degrees(np.arctan2(out[:, 2], out[:, 1])) % 360
    np.testing.assert_allclose(got[8:12], 25 + HUE_WIDTH, atol=0.5)   # strays to the family's edge
    np.testing.assert_allclose(got[:8], 25, atol=0.5)                  # the family kept
    np.testing.assert_allclose(y.numpy()[0].reshape(-1, 4)[12:], x.numpy()[0].reshape(-1, 4)[12:], atol=1e-5)  # greys
    none = hue_pull(x, tf.constant([[np.nan, np.nan]], tf.float32)).numpy()
    np.testing.assert_allclose(none, x.numpy(), atol=1e-5)            # no family: unchanged


def test_variations_and_encode_fit_what_they_write_to_a_palette(gen, reach, latent_model, tmp_path):
    from toolkit.pixelart.palette_files import read_palette
    write_png(tmp_path / "axe.png", gen.train_images[reach[0]])
    assert main(["variations", str(latent_model), str(tmp_path / "axe.png"), "-n", "3", "--tune-steps", "0",
                 "--palette", "db16", "--out", str(tmp_path / "v")]) == 0
    assert main(["encode", str(latent_model), str(tmp_path / "axe.png"), "--steps", "0", "--palette", "db16",
                 "--out", str(tmp_path / "e")]) == 0
    allowed = {tuple(c) for c in read_palette("db16").tolist()}
    for f in [tmp_path / "e" / "axe.png", *sorted((tmp_path / "v").glob("variation_*.png"))]:
        img = read_rgba(f)
        assert img[..., 3].max() == 255 and {tuple(c) for c in img[img[..., 3] > 0][:, :3].tolist()} <= allowed
