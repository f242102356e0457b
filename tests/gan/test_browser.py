"""The exported generator in a game: examples/loot's Phaser page in headless Chromium runs it with
onnxruntime-web and cleans its sprites in JavaScript, and the result is Python's, byte for byte.

`make test` installs the clients (Debian chromium; npm phaser, onnxruntime-web, playwright-core);
a missing client is a failure here, never a skip.
"""
import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import portable
from toolkit.cli import main

pytestmark = [pytest.mark.slow, pytest.mark.clients]
ROOT = Path(__file__).resolve().parents[2]
LOOT = ROOT / "examples" / "loot"
HARNESS = ROOT / "tests" / "atlas" / "phaser"
N = 64  # enough that the island step changes some: none of the first 24 on the 60-minute model, 3 of 64



def _python_clean(folder: Path, raw: np.ndarray) -> np.ndarray:
    """What Python's clean-up makes of ``raw`` with the exported style, on NumPy's portable
    kernels as loot.js is (tests.helpers.portable)."""
    return portable("from toolkit.gan.runtime import OnnxGenerator\nout = OnnxGenerator(folder).style.clean(raw)",
                    folder=str(folder), raw=raw)


def _serve(model: Path):
    spec = importlib.util.spec_from_file_location("loot_serve", LOOT / "serve.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.start(0, model)


@pytest.fixture(scope="module")
def page_run(tmp_path_factory):
    """Export the shipped generator, open the loot page, run N fixed latents and press SPACE
    six times (one new weapon per chest). -> (what the page reported, latents, labels, model)."""
    node = shutil.which("node")
    assert node and Path(os.environ.get("CHROMIUM", "/usr/bin/chromium")).exists(), \
        "node and chromium are needed: run `make clients` (make test does)"
    for pkg in ("phaser", "onnxruntime-web"):
        assert (LOOT / "node_modules" / pkg).is_dir(), f"run `make clients` (npm install in {LOOT})"
    tmp = tmp_path_factory.mktemp("loot")
    model = ROOT / "trained" / "dcss-weapons"
    assert main(["export", str(model), "--out", str(tmp / "x")]) == 0
    z = np.random.default_rng(5).standard_normal((N, 128)).astype(np.float32)
    classes = len(json.loads((model / "model.json").read_text())["classes"])
    labels = np.random.default_rng(6).integers(0, classes, N)
    job = tmp / "job.json"
    job.write_text(json.dumps({"z": z.ravel().tolist(), "labels": labels.tolist(), "presses": 6}))
    server = _serve(tmp / "x")
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/examples/loot/index.html?model=/model/"
        r = subprocess.run([node, str(HARNESS / "loot.mjs"), url, str(job)], capture_output=True,
                           text=True, timeout=300, cwd=HARNESS)
    finally:
        server.shutdown()
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1]), z, labels, tmp / "x"


def test_the_page_loads_everything_from_the_local_server(page_run):
    out, *_ = page_run
    assert out["failed"] == [] and out["outside"] == []


def test_the_browser_runtime_matches_keras_within_one_level(page_run):
    from toolkit.gan.folder import Generator
    out, z, labels, _ = page_run
    keras = Generator(ROOT / "trained" / "dcss-weapons")
    ref = keras.G([z, labels.astype(np.int32)], training=False).numpy()
    got = np.asarray(out["float"], np.float32).reshape(ref.shape)
    assert np.abs(got - ref).max() * 127.5 <= 1.0  # within 1/255 of the [0, 255] scale


def test_the_browser_clean_up_is_pythons_byte_for_byte(page_run):
    from toolkit.gan.runtime import OnnxGenerator
    out, z, labels, folder = page_run
    onnx = OnnxGenerator(folder)
    raw = np.asarray(out["raw"], np.uint8).reshape(N, 32, 32, 4)
    assert np.abs(raw.astype(int) - onnx(z, labels)).max() <= 1
    js = np.asarray(out["clean"], np.uint8).reshape(N, 32, 32, 4)
    np.testing.assert_array_equal(js, _python_clean(folder, raw))  # same raw in: same bytes out
    from dataclasses import replace
    for step, off in (("outlines", None), ("islands", None), ("hues", 0)):  # these steps ran in the page too
        assert (replace(onnx.style, **{step: off}).clean(raw) != js).any((1, 2, 3)).sum() >= 1, step


def test_the_browser_draws_what_generate_draws_for_the_same_latents(page_run):
    from toolkit.gan.folder import Generator
    out, z, labels, _ = page_run
    keras = Generator(ROOT / "trained" / "dcss-weapons")
    raw = keras(z, labels)
    # what generate writes for these latents, on NumPy's portable kernels as loot.js is
    ours = portable("from toolkit.gan.folder import Generator\nout = Generator(model).style.clean(raw)",
                    model=str(ROOT / "trained" / "dcss-weapons"), raw=raw)
    js = np.asarray(out["clean"], np.uint8).reshape(N, 32, 32, 4)
    # float32 kernels differ by ~2e-5, so rint may flip one raw level, and a flipped level can move
    # its sprite's colour choice; every sprite whose raw output is Keras' is generate's, byte for byte
    same = (np.asarray(out["raw"], np.uint8).reshape(raw.shape) == raw).all((1, 2, 3))
    print(f"raw output identical to Keras' for {same.sum()}/{N} sprites")
    assert same.mean() >= 0.75
    np.testing.assert_array_equal(js[same], ours[same])


def test_each_chest_opened_shows_a_new_clean_weapon(page_run):
    from toolkit.gan.runtime import OnnxGenerator
    out, _, _, folder = page_run
    style = OnnxGenerator(folder).style
    chests = [np.asarray(c, np.uint8).reshape(32, 32, 4) for c in out["chests"]]
    assert len(chests) == 6
    colours = {tuple(c) for c in np.concatenate([style.palette, style.see_through]).tolist()}
    for c in chests:
        assert set(np.unique(c[..., 3])) <= set(style.alphas.tolist())
        solid = c[..., 3] >= 128
        assert solid.sum() >= 20
        assert {tuple(p) for p in c[c[..., 3] > 0][:, :3].tolist()} <= colours
    assert len({c.tobytes() for c in chests}) == 6  # six different weapons
