"""The loot page with a texture model (error diffusion, a 20,000+ colour palette searched through
the grid index) and a class model (classes in turn, or one picked by URL or the C key): the page
cleans as Python does, byte for byte, and draws the classes generate draws."""
import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import portable
from toolkit.cli import main

from .test_browser import HARNESS, LOOT, ROOT, _python_clean, _serve

pytestmark = [pytest.mark.slow, pytest.mark.clients]
N = 16


def _page(tmp: Path, model: str, job: dict, query: str = "") -> dict:
    node = shutil.which("node")
    assert node and Path(os.environ.get("CHROMIUM", "/usr/bin/chromium")).exists(), \
        "node and chromium are needed: run `make clients` (make test does)"
    assert (LOOT / "node_modules" / "onnxruntime-web").is_dir(), f"run `make clients` (npm install in {LOOT})"
    if not (tmp / "x").is_dir():
        assert main(["export", str(ROOT / "trained" / model), "--out", str(tmp / "x")]) == 0
    (tmp / "job.json").write_text(json.dumps(job))
    server = _serve(tmp / "x")
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/examples/loot/index.html?model=/model/{query}"
        r = subprocess.run([node, str(HARNESS / "loot.mjs"), url, str(tmp / "job.json")], capture_output=True,
                           text=True, timeout=300, cwd=HARNESS)
    finally:
        server.shutdown()
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_a_texture_models_tiles_are_pythons_byte_for_byte_and_fast(tmp_path):
    from toolkit.gan.runtime import OnnxGenerator
    z = np.random.default_rng(5).standard_normal((N, 128)).astype(np.float32)
    labels = np.random.default_rng(6).integers(0, 24, N)
    out = _page(tmp_path, "dcss-floors", {"z": z.ravel().tolist(), "labels": labels.tolist(), "bench": 48, "benchScan": 12})
    onnx = OnnxGenerator(tmp_path / "x")
    assert onnx.style.dither > 0 and len(onnx.style.palette) > 20000  # diffusion, and the index in use
    raw = np.asarray(out["raw"], np.uint8).reshape(N, 32, 32, 4)
    js = np.asarray(out["clean"], np.uint8).reshape(N, 32, 32, 4)
    np.testing.assert_array_equal(js, _python_clean(tmp_path / "x", raw))  # same raw in: same bytes out
    from dataclasses import replace
    assert (replace(onnx.style, dither=0.0).clean(raw) != js).any((1, 2, 3)).sum() >= N // 2  # diffusion ran
    each = np.array(out["bench"]["clean_each_ms"])
    pairs = np.array(out["bench"]["pairs_ms"])  # (index, scan) per tile, timed back to back
    ratio = np.median(pairs[:, 1]) / np.median(pairs[:, 0])
    print(f"loot.js cleans a floor tile in {np.median(each):.1f} ms (median of {len(each)}; mean "
          f"{each.mean():.1f}, p90 {np.percentile(each, 90):.1f}); scanning the palette: "
          f"{np.median(pairs[:, 1]):.1f} ms, {ratio:.0f}x")
    # the target is <= 5 ms (met alone on this machine: docs/benchmarks.md); a parallel test run
    # beside it can double any time here, so the bound has that slack; the index must beat the scan
    # timed tile by tile under the same load (2.4x alone when written; 1.48x beside CI on an
    # AVX-512 FP16 machine, whose scan is faster)
    assert ratio >= 1.2 and np.median(each) <= 10


def test_a_class_model_draws_classes_in_turn_or_the_one_picked(tmp_path):
    classes = json.loads((ROOT / "trained" / "dcss-weapons-by-class" / "model.json").read_text())["classes"]
    axe = classes.index("axe")
    z = np.random.default_rng(7).standard_normal((N, 128)).astype(np.float32)
    labels = np.arange(N) % len(classes)
    out = _page(tmp_path, "dcss-weapons-by-class", {"z": z.ravel().tolist(), "labels": labels.tolist(),
                                                    "presses": 4})
    assert out["labels"][:4] == [0, 1, 2, 3]  # in turn, as generate -n 4 draws them
    from toolkit.gan.runtime import OnnxGenerator
    onnx = OnnxGenerator(tmp_path / "x")
    raw = np.asarray(out["raw"], np.uint8).reshape(N, 32, 32, 4)
    assert np.abs(raw.astype(int) - onnx(z, labels)).max() <= 1  # the class input reached the model
    np.testing.assert_array_equal(np.asarray(out["clean"], np.uint8).reshape(N, 32, 32, 4),
                                  _python_clean(tmp_path / "x", raw))
    out = _page(tmp_path, "dcss-weapons-by-class", {"z": [], "labels": [], "presses": 3}, "&class=axe")
    assert out["labels"][:3] == [axe] * 3 and "class: axe" in out["status"]
    out = _page(tmp_path, "dcss-weapons-by-class", {"z": [], "labels": [], "presses": 2, "classKeys": 2})
    assert out["labels"][:2] == [1, 1] and f"class: {classes[1]}" in out["status"]  # C, C: any -> 0 -> 1
    style = onnx.style
    chests = [np.asarray(c, np.uint8).reshape(32, 32, 4) for c in out["chests"][:2]]
    colours = {tuple(c) for c in np.concatenate([style.palette, style.see_through]).tolist()}
    for c in chests:
        assert (c[..., 3] >= 128).sum() >= 20 and {tuple(p) for p in c[c[..., 3] > 0][:, :3].tolist()} <= colours


def test_a_click_swaps_a_chests_weapon_through_the_loot_tiers_as_python_does(tmp_path):
    from toolkit.pixelart.recolor import TIERS
    out = _page(tmp_path, "dcss-weapons", {"z": [], "labels": [], "presses": 1, "tierClicks": 6})
    rolled = np.asarray(out["tier0"]["rolled"], np.uint8).reshape(32, 32, 4)
    tiered = portable("from toolkit.pixelart.recolor import TIERS, tier_colours, to_tier\n"
                      "c = tier_colours(list(TIERS))\nout = {t: to_tier(rolled, c[t])[0] for t in TIERS}",
                      rolled=rolled)  # on NumPy's portable kernels, as loot.js is
    for k, name in enumerate(list(TIERS) + [None]):  # five tiers, then back to the weapon as rolled
        got = out[f"tier{k}"]
        assert got["tier"] == name
        want = rolled if name is None else tiered[name]
        np.testing.assert_array_equal(np.asarray(got["pixels"], np.uint8).reshape(32, 32, 4), want)
    assert not np.array_equal(tiered["epic"], rolled)  # the swap shows
