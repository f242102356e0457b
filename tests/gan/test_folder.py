"""The model folder: export and load."""
import json

import numpy as np
import pytest

from tests.helpers import TINY, sprites
from toolkit.errors import SpriteforgeError
from toolkit.gan.config import TrainConfig
from toolkit.gan.train import train

pytestmark = pytest.mark.slow


def test_generator_kinds_round_trip_and_older_models_stay_resize(tmp_path, tiny_model):
    from toolkit.gan.folder import Generator
    from toolkit.gan.step import SpriteGAN
    cfg = TrainConfig(**{**TINY, "g_upsample": "subpixel"})
    train(sprites(), tmp_path / "sp", cfg, steps=2, log=lambda m: None)
    assert json.loads((tmp_path / "sp" / "run.json").read_text())["architecture"]["g_upsample"] == "subpixel"
    z = np.random.default_rng(0).normal(size=(3, TINY["latent_dim"])).astype(np.float32)
    g = Generator(tmp_path / "sp")  # rebuilds the subpixel network and loads its weights
    assert g.cfg.g_upsample == "subpixel" and g(z).shape == (3, 32, 32, 4)
    with pytest.raises(SpriteforgeError, match="another architecture"):
        train(sprites(), tmp_path / "sp", TrainConfig(**{**TINY, "g_upsample": "resize"}), steps=4,
              log=lambda m: None)
    # A model.json written before the option existed has no g_upsample: it is a resize model.
    old, _ = tiny_model
    meta = json.loads((old / "model.json").read_text())
    meta["config"].pop("g_upsample", None)
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "model.json").write_text(json.dumps(meta))
    for f in ("generator.weights.h5", "train.npz"):
        (tmp_path / "old" / f).write_bytes((old / f).read_bytes())
    assert Generator(tmp_path / "old").cfg.g_upsample == "resize"
    assert SpriteGAN(TrainConfig(**TINY)).G.count_params() != SpriteGAN(cfg).G.count_params()


@pytest.mark.parametrize("classes", [0, 3])
def test_a_loaded_model_draws_at_its_sample_scale(tmp_path, classes):
    from toolkit.gan.folder import Generator, run_generator
    from toolkit.gan.model import build_generator
    cfg = TrainConfig(**TINY, num_classes=classes, sample_scale=1.3)
    labels = (np.arange(24) % 3).astype(np.int32) if classes else None
    train(sprites(), tmp_path / "m", cfg, steps=2, labels=labels, class_names=["a", "b", "c"] if classes else None,
          log=lambda m: None)
    g = Generator(tmp_path / "m")
    raw = build_generator(cfg.latent_dim, cfg.g_width, num_classes=classes)
    raw.load_weights(str(tmp_path / "m" / "generator.weights.h5"))  # the weights as trained
    z = np.random.default_rng(0).normal(size=(8, cfg.latent_dim)).astype(np.float32)
    lab = None if labels is None else labels[:8]
    drawn = g(z, lab).astype(int)
    assert np.abs(drawn - run_generator(raw, 1.3 * z, lab).astype(int)).max() <= 1  # float rounding
    assert np.abs(drawn - run_generator(raw, z, lab).astype(int)).max() > 2  # the scale changes what it draws
