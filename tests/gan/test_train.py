"""Training: the loop, resuming after a stop or a kill, and what a run refuses."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import TINY, sprites, weights
from toolkit.cli import main
from toolkit.errors import SpriteforgeError
from toolkit.gan.config import TrainConfig, plan_training
from toolkit.gan.train import train, train_plan

pytestmark = pytest.mark.slow


def test_training_losses_finite_and_outputs_written(tiny_model):
    out, res = tiny_model
    assert res.steps == 4 and np.isfinite(res.d_loss) and np.isfinite(res.g_loss)
    for f in ("model.json", "generator.weights.h5", "train.npz", "progress.gif", "run.json"):
        assert (out / f).is_file(), f
    assert len(list((out / "samples").glob("step_*.png"))) == 2
    assert list((out / "logs").iterdir())  # TensorBoard event file
    import imageio.v3 as iio
    assert iio.imread(out / "progress.gif", index=None).shape[0] == 2


@pytest.mark.parametrize("shared_fakes", [True, False])
def test_resume_equals_uninterrupted(tmp_path, shared_fakes):
    """Training resumes exactly (the pick is off: extending a run keeps its pick, test_pick.py)."""
    data = sprites()
    cfg = dict(TINY, shared_fakes=shared_fakes, pick_best=0.0)
    train(data, tmp_path / "a", TrainConfig(**cfg), steps=6, log=lambda m: None)
    train(data, tmp_path / "b", TrainConfig(**cfg), steps=4, log=lambda m: None)
    logs, bar = [], []
    train(data, tmp_path / "b", TrainConfig(**cfg), steps=6, log=logs.append,
          progress=lambda n=1, **kw: bar.append(n))
    assert any("resumed" in m and "step 4" in m for m in logs)
    assert bar == [4, 1, 1]  # the bar starts at the resumed step and ends at 6 of 6
    for wa, wb in zip(weights(tmp_path / "a"), weights(tmp_path / "b")):
        np.testing.assert_array_equal(wa, wb)


def test_conditional_with_class_loss_resumes_exactly_and_records_its_head(tmp_path):
    data = sprites()
    labels = np.arange(24) % 3
    cfg = dict(TINY, num_classes=3, aux_weight=0.5, pick_best=0.0)
    kw = dict(labels=labels, class_names=["a", "b", "c"], log=lambda m: None)
    res = train(data, tmp_path / "a", TrainConfig(**cfg), steps=4, **kw)
    assert np.isfinite(res.d_loss) and np.isfinite(res.g_loss)
    train(data, tmp_path / "b", TrainConfig(**cfg), steps=2, **kw)
    train(data, tmp_path / "b", TrainConfig(**cfg), steps=4, **kw)
    for wa, wb in zip(weights(tmp_path / "a"), weights(tmp_path / "b")):
        np.testing.assert_array_equal(wa, wb)
    assert json.loads((tmp_path / "a" / "run.json").read_text())["architecture"]["aux_classifier"]
    with pytest.raises(SpriteforgeError, match="another architecture"):   # D without the head
        train(data, tmp_path / "a", TrainConfig(**{**cfg, "aux_weight": 0.0}), steps=6, **kw)


def test_runs_from_before_minibatch_std_resume_with_their_own_settings(tmp_path):
    old = dict(TINY, minibatch_std=False)
    train(sprites(), tmp_path / "m", TrainConfig(**old), steps=2, log=lambda m: None)
    run = json.loads((tmp_path / "m" / "run.json").read_text())
    del run["config"]["minibatch_std"]                       # as an older version wrote it
    (tmp_path / "m" / "run.json").write_text(json.dumps(run))
    logs = []
    train(sprites(), tmp_path / "m", TrainConfig(**{**TINY, "minibatch_std": True}), steps=4, log=logs.append)
    assert any("resumed" in m for m in logs)
    run = json.loads((tmp_path / "m" / "run.json").read_text())
    assert run["config"]["minibatch_std"] is False and "minibatch_std" not in run["architecture"]


def test_sigkill_then_resume_loses_at_most_one_interval(tmp_path):
    """A real process killed with SIGKILL mid-run continues from its last checkpoint."""
    np.savez(tmp_path / "data.npz", images=sprites())
    out = tmp_path / "run"
    script = (
        "import sys, numpy as np; from toolkit.gan.config import TrainConfig; from toolkit.gan.train import train; "
        f"cfg = TrainConfig(**{TINY!r}); "
        "train(np.load(sys.argv[1])['images'], sys.argv[2], cfg, steps=int(sys.argv[3]), log=print)")
    p = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "data.npz"), str(out), "100000"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    ckpts = out / "checkpoints"
    deadline = time.time() + 120
    while time.time() < deadline and len(list(ckpts.glob("ckpt-*.index"))) < 2:
        time.sleep(0.2)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    newest = max(int(f.name.split("-")[1].split(".")[0]) for f in ckpts.glob("ckpt-*.index"))
    # The last checkpoint is the one the manager registered in its state file. A kill between
    # TF writing ckpt-N.index and updating that file leaves ckpt-N unregistered, so the one
    # registered may be one interval older than the newest file, never more.
    import tensorflow as tf
    saved = int(tf.train.latest_checkpoint(str(ckpts)).rsplit("-", 1)[1])
    assert newest - TINY["checkpoint_every"] <= saved <= newest
    tmp = tmp_path / "tmp"  # the resumed run's temp folder: TensorFlow's autograph left files there
    tmp.mkdir()
    r = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data.npz"), str(out), str(saved + 2)],
                       capture_output=True, text=True, timeout=300, env={**os.environ, "TMPDIR": str(tmp)})
    assert r.returncode == 0, r.stderr[-2000:]
    assert "resumed from" in r.stdout and f"at step {saved}" in r.stdout
    assert json.loads((out / "model.json").read_text())["steps"] == saved + 2
    assert not list(tmp.iterdir())  # and nothing is left behind


def test_refuses_resume_with_other_data_or_architecture(tmp_path):
    train(sprites(), tmp_path / "m", TrainConfig(**TINY), steps=2, log=lambda m: None)
    with pytest.raises(SpriteforgeError, match="different training data"):
        train(sprites(seed=1), tmp_path / "m", TrainConfig(**TINY), steps=4, log=lambda m: None)
    with pytest.raises(SpriteforgeError, match="another architecture"):
        train(sprites(), tmp_path / "m", TrainConfig(**{**TINY, "g_width": 64}), steps=4,
              log=lambda m: None)


def test_bad_input_one_line_exit_2(tmp_path, capsys):
    from PIL import Image
    few = tmp_path / "few"
    few.mkdir()
    for i in range(3):
        Image.fromarray(sprites(3)[i], "RGBA").save(few / f"{i}.png")
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for i in range(20):
        Image.fromarray(sprites(20)[i], "RGBA").save(mixed / f"{i}.png")
    Image.fromarray(np.zeros((16, 16, 4), np.uint8), "RGBA").save(mixed / "small.png")
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "run.json").write_text("{not json")
    cases = [
        (["train", str(mixed), "--out", str(corrupt), "--on-size", "skip", "--steps", "1"],
         "not a readable run state"),
        (["train", str(few), "--out", str(tmp_path / "o1"), "--steps", "1"], "at least 16"),
        (["train", str(mixed), "--out", str(tmp_path / "o2"), "--steps", "1"], "not 32x32"),
        (["train", str(few), "--out", str(tmp_path / "o3"), "--steps", "0"], "--steps must be 1..10000000, got 0"),
        (["generate", str(tmp_path / "nomodel"), "--out", str(tmp_path / "g")], "no such model"),
        (["generate", str(few), "--out", str(tmp_path / "g")], "not a trained model"),
        (["evaluate", str(tmp_path / "nomodel")], "no such model"),
        (["train", str(mixed), "--out", str(tmp_path / "o4"), "--clusters", "0", "--class-loss", "0.5"],
         "needs classes"),
        (["train", str(mixed), "--out", str(tmp_path / "o5"), "--conditional", "--class-loss", "-1"],
         "--class-loss must be 0..100, got -1"),
    ]
    for args, words in cases:
        code = main(args)
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2 and len(err) == 1 and words in err[0], (args, err)
    assert not (tmp_path / "g").exists()
    assert not (tmp_path / "o4").exists() and not (tmp_path / "o5").exists()
    assert [p.name for p in corrupt.iterdir()] == ["run.json"]  # left as it was


def test_two_virtual_cpu_devices_mirrored_strategy(tmp_path):
    """The training step runs under tf.distribute.MirroredStrategy across two devices."""
    script = r"""
import sys, numpy as np, tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
from toolkit.gan.config import TrainConfig, plan_training
from toolkit.gan.train import train, train_plan
from toolkit.gan.step import strategy_for
from tests.helpers import sprites, TINY
s = strategy_for(["/cpu:0", "/cpu:1"])
assert s.num_replicas_in_sync == 2
res = train(sprites(), sys.argv[1], TrainConfig(**TINY), steps=3, devices=["/cpu:0", "/cpu:1"], log=print)
print("RESULT", res.steps, np.isfinite(res.d_loss) and np.isfinite(res.g_loss))
"""
    r = subprocess.run([sys.executable, "-c", script, str(tmp_path / "m")], capture_output=True,
                       text=True, timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert "RESULT 3 True" in r.stdout, r.stderr[-3000:]


def test_one_run_per_folder_and_a_killed_checkpoint_write_is_cleaned(tmp_path, capsys):
    from tests.helpers import save_tiles
    from toolkit.gan.run import run_lock
    out = tmp_path / "m"
    out.mkdir()
    data = save_tiles(tmp_path / "tiles", sprites())
    with run_lock(out):  # another process is training into out
        assert main(["train", str(data), "--out", str(out), "--steps", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is being trained by another process" in err[0], err
    train(sprites(), out, TrainConfig(**TINY), steps=2, log=lambda m: None)
    (out / "checkpoints" / "ckpt-4_temp").mkdir()  # what a kill during a checkpoint write leaves
    (out / "checkpoints" / "ckpt-4_temp" / "part-0.data").write_bytes(b"half")
    from tests.test_formats import dead_pid
    half = out / "checkpoints" / f".best.weights.h5.{dead_pid()}-keras.tmp.weights.h5"  # the snapshot pick's
    half.write_bytes(b"half")
    logs = []
    train(sprites(), out, TrainConfig(**TINY), steps=4, log=logs.append)
    assert not (out / "checkpoints" / "ckpt-4_temp").exists() and not half.exists()
    assert any("removed 2 unfinished write(s) of a killed run" in m for m in logs), logs
    assert not (out / ".train.lock").exists()  # a run that ends leaves no lock file behind


@pytest.mark.parametrize("size", [16, 24, 48, 64])
def test_the_gan_trains_and_generates_at_each_size(size, tmp_path):
    from toolkit.gan.folder import Generator

    rng = np.random.default_rng(size)
    tiles = np.zeros((16, size, size, 4), np.uint8)
    for i in range(16):
        y, x = rng.integers(0, size // 2, 2)
        tiles[i, y:y + size // 2, x:x + size // 3] = (*rng.integers(0, 256, 3), 255)
    plan = plan_training(tiles, tmp_path / "m", steps=2, overrides=TINY)
    assert plan.cfg.size == size and plan.cfg.tile is None
    train_plan(plan, tmp_path / "m", log=lambda m: None)
    gen = Generator(tmp_path / "m")
    out = gen.style.clean(gen(gen.latents(3, 0), gen.default_labels(3, 0)))
    assert out.shape == (3, size, size, 4)
    assert set(np.unique(out[..., 3])) <= {0, 255}  # a binary set stays binary


def test_non_square_tiles_train_padded_and_come_back_at_their_own_size(tmp_path):
    from toolkit.gan.folder import Generator

    tiles = np.zeros((16, 48, 32, 4), np.uint8)  # DCSS monsters are 32 wide, 48 tall
    for i in range(16):
        tiles[i, 4 + i:30 + i, 6:26] = (40 * (i % 6), 90, 200, 255)
    plan = plan_training(tiles, tmp_path / "m", steps=2, overrides=TINY)
    assert plan.cfg.size == 48 and plan.cfg.tile == [32, 48]
    assert plan.images.shape[1:] == (48, 48, 4) and not plan.images[:, :, :8].any()  # padded
    train_plan(plan, tmp_path / "m", log=lambda m: None)
    gen = Generator(tmp_path / "m")
    assert gen.train_images.shape[1:] == (48, 32, 4)
    np.testing.assert_array_equal(gen.train_images, tiles)
    assert gen(gen.latents(2, 0), gen.default_labels(2, 0)).shape == (2, 48, 32, 4)


@pytest.mark.parametrize("shape", [(18, 18), (30, 22)])
def test_tiles_off_the_clean_up_grid_train_generate_and_clean(shape, tmp_path):
    from toolkit.gan.folder import Generator

    h, w = shape  # not multiples of the clean-up's 4-px layout cell
    tiles = np.zeros((16, h, w, 4), np.uint8)
    for i in range(16):
        tiles[i, 2 + i % 5:h - 3, 3:w - 2 - i % 4] = (15 * i, 200 - 9 * i, 90, 255)
        tiles[i, h - 3:, 3:w - 2 - i % 4, 3] = 0
    plan = plan_training(tiles, tmp_path / "m", steps=2, overrides=TINY)
    train_plan(plan, tmp_path / "m", log=lambda m: None)
    gen = Generator(tmp_path / "m")
    out = gen.style.clean(gen(gen.latents(3, 0), gen.default_labels(3, 0)))
    assert out.shape == (3, h, w, 4)
    assert set(np.unique(out[..., 3])) <= {0, 255}
    np.testing.assert_array_equal(gen.style.clean(tiles[:4]), tiles[:4])  # real tiles come back unchanged
