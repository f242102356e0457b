"""loot.js runs the clean-up's steps (cleanup.STEPS) as Python does, and each step makes the
same thing: compared step by step on raw output of the shipped sprite, texture, big-palette
and class models, so a divergence is reported at the step where it starts."""
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import portable
from toolkit.pixelart.cleanup import STEPS

pytestmark = pytest.mark.clients
ROOT = Path(__file__).resolve().parents[2]
N = 12


PYTHON_SIDE = """
from toolkit.gan.folder import Generator
gen = Generator(model)
raw = gen(gen.latents(n, 11), gen.default_labels(n, 11))
seen = {}
gen.style.clean(raw, seed=0, trace=lambda step, value: seen.setdefault(step, value))
out = raw, seen, gen.style.web()
"""


def _python_steps(model):
    """(raw output (N, H, W, 4), each clean-up step's trace, the style loot.js is given), from a
    process on NumPy's portable kernels (tests.helpers.portable)."""
    return portable(PYTHON_SIDE, model=str(ROOT / "trained" / model), n=N)


def _loot_steps(web_style, raw, seed, tmp):
    node = shutil.which("node")
    assert node, "node is needed: run `make clients` (make test does)"
    job = tmp / "job.json"
    job.write_text(json.dumps({"style": web_style, "raw": raw.reshape(len(raw), -1).tolist(),
                               "w": raw.shape[2], "h": raw.shape[1], "seed": seed}))
    r = subprocess.run([node, str(Path(__file__).with_name("loot_steps.mjs")), str(job)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout)


@pytest.mark.parametrize("model, expect", [
    ("dcss-weapons", {"hues", "despeckle", "outline"}),          # sprites: every step
    ("dcss-floors", {"map"}),                                     # texture: error diffusion
    ("dcss-walls", {"map"}),                                      # 77k colours: the grid index
    ("dcss-weapons-by-class", {"hues", "despeckle", "outline"}),  # a class model
])
def test_loot_js_makes_what_each_python_step_makes(model, expect, tmp_path):
    raw, py, web_style = _python_steps(model)  # the model loads once, in that process
    js = _loot_steps(web_style, raw, 0, tmp_path)
    assert list(py) == [s for s in STEPS if s in py] and expect <= set(py)
    for i, sprite in enumerate(js):
        assert [s for s, _ in sprite] == list(py), f"sprite {i}: loot.js ran other steps"
        solid = py["specks"][i]
        for step, value in sprite:  # the first step that differs is the one named
            ref = py[step][i]
            if step == "hues":
                got = np.array([v if v is not None else [np.nan] * 3 for v in value], float).reshape(ref.shape)
                np.testing.assert_allclose(got[solid], ref[solid], atol=1e-9, err_msg=f"sprite {i}: {step}")
            elif step == "choose":
                assert list(value) == ref.tolist(), f"sprite {i}: {step}"
            else:
                np.testing.assert_array_equal(np.asarray(value).reshape(ref.shape), ref,
                                              err_msg=f"sprite {i}: {step}")
