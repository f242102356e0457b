import pytest

from tests.helpers import TINY, sprites
from toolkit.gan.config import TrainConfig
from toolkit.gan.train import train


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """A 4-step tiny model folder and its TrainResult, shared by the GAN tests."""
    out = tmp_path_factory.mktemp("m") / "model"
    res = train(sprites(), out, TrainConfig(**TINY), steps=4, log=lambda m: None)
    return out, res
