"""Faults a user meets: Ctrl-C (SIGINT) and SIGKILL at the worst moment. Every interrupt
exits 130 with one line and leaves nothing half-written; a killed swap loses nothing."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from toolkit import formats

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "trained" / "dcss-weapons"
KILL_AT = """
import os, signal, sys
import toolkit.formats as formats
real, calls = os.replace, []
def replace(a, b):
    real(a, b)
    calls.append(1)
    if len(calls) == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
with formats.atomic_dir(sys.argv[1], overwrite=True) as tmp:
    (tmp / "new.txt").write_text("new")
"""


def _killed_swap(out: Path, at: int) -> None:
    out.mkdir()
    (out / "mine.txt").write_text("mine")
    r = subprocess.run([sys.executable, "-c", KILL_AT, str(out), str(at)], cwd=ROOT)
    assert r.returncode == -signal.SIGKILL


def test_a_swap_killed_between_its_renames_gives_the_users_folder_back(tmp_path):
    out = tmp_path / "g"
    _killed_swap(out, 1)  # the old folder set aside, the new one not yet in its place
    assert not out.exists() and list(tmp_path.glob(".g.old-*"))
    from toolkit.errors import SpriteforgeError
    with pytest.raises(SpriteforgeError, match="not empty"):
        formats.check_output_dir(out)  # without --overwrite: the folder is back and kept
    assert (out / "mine.txt").read_text() == "mine"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # nothing stale left


def test_a_swap_killed_after_its_renames_leaves_no_old_copy(tmp_path):
    out = tmp_path / "g"
    _killed_swap(out, 2)  # the new folder in place, the old one not yet removed
    assert (out / "new.txt").exists() and list(tmp_path.glob(".g.old-*"))
    with formats.atomic_dir(out, overwrite=True) as tmp:
        (tmp / "newer.txt").write_text("x")
    assert [p.name for p in tmp_path.iterdir()] == ["g"] and (out / "newer.txt").exists()


def _interrupt_when(args, ready, tmp_path, limit=120):
    """Run spriteforge ARGS, send SIGINT once ``ready()`` holds; -> (rc, stderr)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    p = subprocess.Popen([sys.executable, "-m", "toolkit", *args], cwd=tmp_path, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    t0 = time.time()
    while not ready() and time.time() - t0 < limit and p.poll() is None:
        time.sleep(0.05)
    assert p.poll() is None, p.communicate()
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    return p.returncode, err


@pytest.mark.slow
def test_ctrl_c_during_generate_exits_130_with_one_line_and_no_output(tmp_path):
    out = tmp_path / "g"
    rc, err = _interrupt_when(["generate", str(MODEL), "-n", "20000", "--out", str(out)],
                              lambda: any(tmp_path.glob(".g.*.tmp")), tmp_path)
    assert rc == 130 and err.strip().splitlines()[-1] == "spriteforge: interrupted", err
    assert "Traceback" not in err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".g")]


@pytest.mark.slow
def test_ctrl_c_during_train_exits_130_and_the_run_resumes(tmp_path):
    from tests.helpers import sprites, write_png
    data = tmp_path / "data"
    data.mkdir()
    for i, s in enumerate(sprites(24)):
        write_png(data / f"s{i:02d}.png", s)
    out = tmp_path / "run"
    args = ["train", str(data), "--out", str(out), "--steps", "100000", "--checkpoint-every", "1",
            "--sample-every", "1000", "--batch-size", "8"]
    rc, err = _interrupt_when(args, lambda: any((out / "checkpoints").glob("*.index")), tmp_path, 300)
    assert rc == 130 and err.strip().splitlines()[-1] == "spriteforge: interrupted", err
    assert "Traceback" not in err and not (out / ".train.lock").exists()
    r = subprocess.run([sys.executable, "-m", "toolkit", *args[:4], "--steps", "1", "--checkpoint-every", "1",
                        "--sample-every", "1000", "--batch-size", "8"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0 and "resum" in r.stderr, r.stderr


def test_a_damaged_export_folder_gets_one_clear_error_naming_the_file(tmp_path):
    import json
    from toolkit.errors import SpriteforgeError
    from toolkit.gan.runtime import OnnxGenerator
    good = {"file": "generator.onnx", "style": "style.npz", "latent_dim": 8, "classes": [], "inputs": ["z"]}
    cases = {"bad json": ("{oops", None, "not a valid generator.json"),
             "no key": (json.dumps({k: v for k, v in good.items() if k != "latent_dim"}), None,
                        "not a valid generator.json"),
             "outside": (json.dumps({**good, "file": "../../etc/passwd"}), None, "lies outside"),
             "missing onnx": (json.dumps(good), None, "no such file"),
             "corrupt onnx": (json.dumps(good), b"not a protobuf", "not a loadable ONNX model")}
    for name, (meta, onnx, words) in cases.items():
        d = tmp_path / name.replace(" ", "-")
        d.mkdir()
        (d / "generator.json").write_text(meta)
        if onnx is not None:
            (d / "generator.onnx").write_bytes(onnx)
        with pytest.raises(SpriteforgeError, match=words):
            OnnxGenerator(d)


def test_a_refused_resume_names_the_option_not_an_architecture_dict(tmp_path):
    from dataclasses import replace
    from toolkit.errors import SpriteforgeError
    from toolkit.gan.config import TrainConfig
    from toolkit.gan.run import resume_config
    from toolkit.formats import save_json
    cfg = TrainConfig()
    save_json(tmp_path / "run.json", {"data": "fp", "n_images": 3, "architecture": cfg.architecture(),
                                      "config": {}})
    from toolkit.cli import _flag
    with pytest.raises(SpriteforgeError, match=r"\(tileable off there, on now\)") as e:
        resume_config(tmp_path, replace(cfg, tileable=True), "fp")
    assert "{" not in str(e.value)  # the API names the parameter, the command line its flag:
    assert "(--tileable off there, on now); resume it" in e.value.render(_flag)


def test_fd_floor_is_matched_when_the_real_set_is_over_twice_the_samples():
    import numpy as np
    from toolkit.gan.metrics import matched_split_floor
    rng = np.random.default_rng(0)
    real, fake = rng.normal(size=(1600, 6)), rng.normal(size=(500, 6))
    r = matched_split_floor(real, fake)  # 800-row halves against 500 samples: halves of 500
    assert 0.5 < r["fd_floor_ratio"] < 2.0
    r2 = matched_split_floor(real, rng.normal(size=(500, 6)) + 3)
    assert r2["fd_floor_ratio"] > 10


@pytest.mark.slow
def test_stylize_reports_the_colours_it_used_not_the_ones_asked(tmp_path, capsys):
    import numpy as np
    from toolkit.cli import main
    from toolkit.io import read_rgba
    out = tmp_path / "s.png"
    assert main(["stylize", str(ROOT / "datasets" / "photos" / "chelsea.jpg"), "--style", "dcss-weapons",
                 "--colors", "100000", "--size", "24", "--out", str(out)]) == 0
    img = read_rgba(out)
    used = len(np.unique(img[img[..., 3] > 0].reshape(-1, 4), axis=0))
    assert f"with {used} colours (100000 asked)" in capsys.readouterr().err and used < 1000
