"""Pivotal tuning: a copy of the generator fitted to one sprite (on the session's small weapons
model, or SPRITEFORGE_LATENT_MODEL: see conftest.py)."""
import numpy as np
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pivot(gen, reach):
    """A training weapon the model draws far from (of the first 64, the one five sixths of the
    way from nearest to farthest: far, not an outlier), and its encoded latent and class."""
    from toolkit.latent.encode import encode
    src = gen.train_images[reach[len(reach) * 5 // 6]]
    enc = encode(gen, src[None], steps=20)
    return src, enc.latents[0], int(enc.labels[0])


def _distance(a, src):
    from toolkit.vgg import sprite_features
    return float(np.linalg.norm(sprite_features(a)[0] - sprite_features(src[None])[0]))


def _spread(images):
    """Mean pairwise VGG16 distance between sprites."""
    from toolkit.kmeans import distances
    from toolkit.vgg import sprite_features
    f = sprite_features(images)
    return float(distances(f, f)[np.triu_indices(len(images), 1)].mean())


def test_only_the_layout_layers_are_tuned(gen):
    from toolkit.latent.tune import layout_layers
    names = [type(layer).__name__ for layer in layout_layers(gen.G)]
    assert names == ["Embedding", "Dense", "BatchNormalization", "Conv2D", "BatchNormalization"]


def test_tuning_makes_the_pivot_draw_the_sprite_and_leaves_the_model_as_it_was(gen, pivot):
    from toolkit.latent.encode import psnr
    from toolkit.latent.tune import tune
    src, z, lab = pivot
    before = gen(z[None], np.array([lab]))
    tuned = tune(gen, src, z, lab, steps=60)
    after = tuned(z[None], np.array([lab]))
    np.testing.assert_array_equal(gen(z[None], np.array([lab])), before)  # its own network
    # in VGG space much nearer it; the pixels move slower
    assert _distance(after, src) < 0.6 * _distance(before, src)
    assert psnr(after, src[None])[0] > psnr(before, src[None])[0] - 0.5
    # the same inputs, the same weights (same seed -> same bytes downstream)
    np.testing.assert_array_equal(tune(gen, src, z, lab, steps=60)(z[None], np.array([lab])), after)


def test_the_tuned_copy_draws_more_like_the_sprite_around_its_latent(gen, pivot):
    from toolkit.latent.tune import tune
    from toolkit.latent.variations import SPREAD
    from toolkit.vgg import sprite_features
    src, z, lab = pivot
    tuned = tune(gen, src, z, lab, steps=100)
    zs = z + SPREAD * np.random.default_rng(1).standard_normal((16, len(z))).astype(np.float32)
    labels = np.full(16, lab, np.int32)
    f = sprite_features(src[None])[0]
    d_plain = np.linalg.norm(sprite_features(gen.style.clean(gen(zs, labels))) - f, axis=1)
    d_tuned = np.linalg.norm(sprite_features(gen.style.clean(tuned(zs, labels))) - f, axis=1)
    # where variations draw their candidates, the copy's sprites are nearer the source
    assert np.median(d_tuned) < 0.85 * np.median(d_plain), (d_tuned, d_plain)


def test_a_copy_that_draws_nothing_clean_falls_back_to_the_models_own_variations(gen, pivot, monkeypatch):
    import toolkit.latent.tune as T
    from toolkit.latent.encode import Encoded
    from toolkit.latent.variations import variations
    src, z, lab = pivot
    enc = Encoded(z[None], np.array([lab], np.int32), src[None], np.zeros(1), np.zeros(1), 1.0)

    def broken(gen, *a, **kw):  # a copy that draws blank sprites: none qualifies
        out = gen.copy()
        out.G.set_weights([np.zeros_like(w) for w in out.G.get_weights()])
        return out
    monkeypatch.setattr(T, "tune", broken)
    fell_back = variations(gen, src, 4, seed=2, encoded=enc, tune_steps=5)[0]
    own = variations(gen, src, 4, seed=2, encoded=enc, tune_steps=0)[0]
    np.testing.assert_array_equal(fell_back, own)


def test_mix_picks_from_the_copy_and_the_model(gen, drawn):
    from toolkit.latent.encode import encode
    from toolkit.latent.variations import variations
    src = drawn  # one it drew: its own variations qualify as the copy's do
    enc = encode(gen, src[None], steps=20)
    copy = variations(gen, src, 8, seed=1, encoded=enc, tune_steps=100)[0]
    mixed = variations(gen, src, 8, seed=1, encoded=enc, tune_steps=100, mix=True)[0]
    from_copy = {v.tobytes() for v in copy}
    others = sum(v.tobytes() not in from_copy for v in mixed)
    assert 0 < others < 8  # some of the model's own, some of the copy's
    assert len({v.tobytes() for v in mixed}) == 8
    # and they differ more from each other than the copy's alone (the gain on a shipped model:
    # docs/benchmarks.md "--mix"; on the session's small model about 2.2 -> 2.6 in VGG16 distance)
    assert _spread(mixed) > 1.05 * _spread(copy), (_spread(mixed), _spread(copy))


def test_mix_where_the_model_draws_nothing_near_gives_the_copys_variations(gen, pivot, monkeypatch):
    import toolkit.latent.variations as V
    from toolkit.latent.encode import Encoded
    src, z, lab = pivot
    enc = Encoded(z[None], np.array([lab], np.int32), src[None], np.zeros(1), np.zeros(1), 1.0)
    qualifying = V._qualifying

    def none_of_the_models(g, ctx):  # the model's own candidates: none qualifies
        out = qualifying(g, ctx)
        return {**out, "pool": tuple(x[:0] for x in out["pool"])} if g is ctx["base"] else out
    monkeypatch.setattr(V, "_qualifying", none_of_the_models)
    np.testing.assert_array_equal(V.variations(gen, src, 4, seed=2, encoded=enc, tune_steps=30, mix=True)[0],
                                  V.variations(gen, src, 4, seed=2, encoded=enc, tune_steps=30)[0])
