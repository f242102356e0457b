"""Installed as users install it: the wheel in a fresh venv, run from a folder that is not the
checkout, with the shipped data named; and the ONNX runtime in a venv without TensorFlow,
scipy or scikit-image drawing generate's bytes for a sprite, a texture and a class model."""
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from toolkit.cli import main

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
SITE = Path(np.__file__).resolve().parents[1]  # the test venv's site-packages
RUNTIME_DEPS = ("numpy", "numpy.libs", "PIL", "pillow.libs", "onnxruntime")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    (whl,) = out.glob("spriteforge-*.whl")
    return whl


def _venv(where: Path, wheel: Path, deps: list[Path]) -> Path:
    """A new venv with the wheel installed (no dependencies fetched): ``deps`` are put on its
    path by a .pth file. -> its bin folder."""
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, timeout=300)
    site = next((where / "lib").glob("python3*/site-packages"))
    (site / "deps.pth").write_text("".join(f"{d}\n" for d in deps))
    r = subprocess.run([str(where / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    return where / "bin"


def test_the_wheel_carries_every_module_and_the_shipped_data_and_stays_lean(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for p in (ROOT / "toolkit").rglob("*.py"):
        assert p.relative_to(ROOT).as_posix() in names, p
    for model in ("dcss-weapons", "dcss-floors", "dcss-walls", "dcss-weapons-by-class", "dcss-weapons-16"):
        for f in ("model.json", "generator.weights.h5", "train.npz"):
            assert f"toolkit/_shipped/trained/{model}/{f}" in names
    assert "toolkit/_shipped/datasets/photos/chelsea.jpg" in names
    assert "toolkit/_shipped/datasets/dcss/weapons/CLASSES.txt" in names
    assert "toolkit/_shipped/tilesets/dcss-dungeon/atlas.json" in names
    assert not any("/checkpoints/" in n or n.endswith(".gif") for n in names)
    assert wheel.stat().st_size < 24e6


def test_the_installed_tool_runs_the_readme_from_any_folder_by_name(wheel, tmp_path):
    bin_ = _venv(tmp_path / "venv", wheel, [SITE])
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": ""}

    def run(*args):
        return subprocess.run([str(bin_ / "spriteforge"), *args], cwd=work, env=env, capture_output=True,
                              text=True, timeout=600)
    r = subprocess.run([str(bin_ / "python"), "-c", "import toolkit; print(toolkit.__file__)"], cwd=work,
                       env=env, capture_output=True, text=True)
    assert Path(r.stdout.strip()).is_relative_to(tmp_path / "venv")  # the installed copy, not the checkout
    for args in (["generate", "dcss-weapons", "-n", "4", "--seed", "7", "--out", "new"],
                 ["atlas", "weapon=dcss-weapons", "item=new", "--prefix", "--out", "atlas"],
                 ["stylize", "chelsea", "--style", "dcss-walls", "--size", "32", "--out", "cat.png"],
                 ["level", "dcss-dungeon", "--out", "levels/d.tmx", "--size", "20x15"],
                 ["generate", "dcss-weapons-by-class", "--class", "axe", "-n", "2", "--out", "axes"]):
        r = run(*args)
        assert r.returncode == 0, (args, r.stderr[-2000:])
    assert len(list((work / "new").glob("sprite_*.png"))) == 4
    assert json.loads((work / "atlas" / "atlas.json").read_text())
    assert (work / "cat.png").is_file() and (work / "levels" / "d.tmx").is_file()
    r = run("datasets")
    assert r.returncode == 0 and "dcss-walls" in r.stdout and "919" in r.stdout
    r = run("generate", "dcss-nothing", "-n", "2", "--out", "x")
    assert r.returncode == 2 and "shipped: dcss-weapons" in r.stderr and "Traceback" not in r.stderr
    assert not (work / "x").exists()


RUNTIME = """
import json, sys
import numpy as np
from toolkit.gan.runtime import OnnxGenerator
jobs = json.loads(sys.argv[1])
out = {}
for name, folder in jobs.items():
    g = OnnxGenerator(folder)
    out[name] = g.sprites(24, 5)
np.savez(sys.argv[2], **out)
print(json.dumps(sorted(m for m in ("tensorflow", "scipy", "skimage", "keras") if m in sys.modules)))
"""


def test_the_runtime_needs_onnxruntime_numpy_and_pillow_only(wheel, tmp_path):
    from toolkit.gan.folder import Generator
    from toolkit.io import read_rgba
    deps = tmp_path / "deps"
    deps.mkdir()
    for d in RUNTIME_DEPS:  # only these packages on the runtime venv's path
        (deps / d).symlink_to(SITE / d)
    bin_ = _venv(tmp_path / "venv", wheel, [deps])
    r = subprocess.run([str(bin_ / "python"), "-c", "import scipy"], capture_output=True, text=True)
    assert r.returncode != 0  # truly without scipy (and so without scikit-image)
    models = {"sprite": ROOT / "trained" / "dcss-weapons", "texture": ROOT / "trained" / "dcss-floors",
              "classes": ROOT / "trained" / "dcss-weapons-by-class"}
    jobs = {}
    for name, model in models.items():
        assert main(["export", str(model), "--out", str(tmp_path / name)]) == 0
        jobs[name] = str(tmp_path / name)
    r = subprocess.run([str(bin_ / "python"), "-c", RUNTIME, json.dumps(jobs), str(tmp_path / "got.npz")],
                       cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout.strip().splitlines()[-1]) == []
    got = np.load(tmp_path / "got.npz")
    for name, model in models.items():
        extra = ["--method", "gan"] if name == "texture" else []
        assert main(["generate", str(model), "-n", "24", "--seed", "5", "--no-novelty", "--no-class-check",
                     *extra, "--out", str(tmp_path / f"g-{name}")]) == 0
        ref = np.stack([read_rgba(tmp_path / f"g-{name}" / f"sprite_{i:03d}.png") for i in range(24)])
        gen = Generator(model)
        raw = gen(gen.latents(24, 5), gen.default_labels(24, 5))
        from toolkit.gan.runtime import OnnxGenerator
        onnx = OnnxGenerator(tmp_path / name)
        same = (onnx(gen.latents(24, 5), onnx.labels(24, 5)) == raw).all((1, 2, 3))
        assert same.sum() >= 20, name  # ONNX and Keras kernels may round one raw level apart
        np.testing.assert_array_equal(got[name][same], ref[same], err_msg=name)
