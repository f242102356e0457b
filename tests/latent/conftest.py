"""The shipped generator, loaded once per test module (a tiny model draws too few distinct
sprites to tell near from far)."""
from pathlib import Path

import pytest

MODEL = Path(__file__).resolve().parents[2] / "trained" / "dcss-weapons"


@pytest.fixture(scope="module")
def gen():
    from toolkit.gan.folder import Generator
    return Generator(MODEL)
