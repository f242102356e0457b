"""The generator the encode, variations and tuning tests work on: a small clustered model
trained once per test session on the shipped weapons (1,000 steps, about a minute and a half; a 4-step
tiny model draws too few distinct sprites to tell near from far). Every figure the tests
compare with is computed from that model, so any other model passes them too:
``SPRITEFORGE_LATENT_MODEL=trained/dcss-weapons pytest tests/latent`` checks a shipped one."""
import fcntl
import os
from pathlib import Path

import numpy as np
import pytest

SMALL = dict(latent_dim=32, g_width=64, d_width=16, batch_size=32)  # ~12 steps/s on two cores
SMALL_STEPS = 1000
SMALL_CLUSTERS = 9  # as the weapons model shipped when these tests were written


@pytest.fixture(scope="session")
def latent_model(tmp_path_factory, worker_id):
    """The model folder: trained by the first test worker that asks, read by the others."""
    if os.environ.get("SPRITEFORGE_LATENT_MODEL"):
        return Path(os.environ["SPRITEFORGE_LATENT_MODEL"]).resolve()
    from toolkit.data import load_data
    from toolkit.gan.config import plan_training
    from toolkit.gan.train import train_plan
    root = tmp_path_factory.getbasetemp()
    root = root if worker_id == "master" else root.parent  # shared by the xdist workers
    out = root / "latent-model"
    with open(root / "latent-model.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (out / "model.json").is_file():
            plan = plan_training(load_data("dcss-weapons").images, out, clusters=SMALL_CLUSTERS,
                                 steps=SMALL_STEPS, sample_every=SMALL_STEPS,
                                 checkpoint_every=SMALL_STEPS, overrides=SMALL)
            train_plan(plan, out, log=lambda m: None)
    return out


@pytest.fixture(scope="session")
def gen(latent_model):
    from toolkit.gan.folder import Generator
    return Generator(latent_model)


@pytest.fixture(scope="session")
def reach(gen):
    """Indices of the first 64 training sprites, from the one the model draws nearest (its best
    sample, VGG16 distance) to the one it draws farthest from."""
    from toolkit.latent.encode import encode
    return np.argsort(encode(gen, gen.train_images[:64], steps=0).distance, kind="stable")


@pytest.fixture(scope="session")
def drawn(gen):
    """A sprite the model drew (seed 41), cleaned as generate cleans it: (32, 32, 4) uint8."""
    return gen.style.clean(gen(gen.latents(1, 41), gen.default_labels(1, 41)))[0]
