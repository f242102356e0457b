import os

import pytest

from hypothesis import HealthCheck, settings

# CI runs at least 200 examples per property; locally the same unless told otherwise.
settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


TRAINED_FIXTURES = {"tiny_model", "models", "latent_model"}  # fixtures that train a GAN first


def pytest_collection_modifyitems(items):
    """Tests on a freshly trained model are slow whatever they check."""
    for item in items:
        if TRAINED_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """A 4-step tiny model folder and its TrainResult, shared by the GAN and latent tests."""
    from tests.helpers import TINY, sprites
    from toolkit.gan.config import TrainConfig
    from toolkit.gan.train import train
    out = tmp_path_factory.mktemp("m") / "model"
    res = train(sprites(), out, TrainConfig(**TINY), steps=4, log=lambda m: None)
    return out, res
