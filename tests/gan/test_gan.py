"""GAN stage with tiny models and few steps (the real recipe is measured in benchmarks/)."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from toolkit.cli import main
from toolkit.errors import SpriteforgeError
from toolkit.gan.train import TrainConfig, train

TINY = dict(latent_dim=16, g_width=32, d_width=8, batch_size=8, sample_every=2, checkpoint_every=2)


def sprites(n=24, seed=0):
    """n distinct sprite-like 32x32 RGBA tiles: a coloured blob on transparency."""
    rng = np.random.default_rng(seed)
    out = np.zeros((n, 32, 32, 4), np.uint8)
    for i in range(n):
        y0, x0 = rng.integers(2, 14, 2)
        h, w = rng.integers(8, 16, 2)
        out[i, y0:y0 + h, x0:x0 + w, :3] = rng.integers(0, 256, 3)
        out[i, y0:y0 + h, x0:x0 + w, 3] = 255
        out[i, y0 + 1, x0 + 1] = (255, 255, 255, 255)
    return out


def weights(model_dir):
    import h5py
    vals = []
    with h5py.File(Path(model_dir) / "generator.weights.h5") as f:
        f.visititems(lambda n, o: vals.append(np.array(o)) if hasattr(o, "shape") else None)
    return vals


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("m") / "model"
    res = train(sprites(), out, TrainConfig(**TINY), steps=4, log=lambda m: None)
    return out, res


def test_training_losses_finite_and_outputs_written(tiny_model):
    out, res = tiny_model
    assert res["steps"] == 4 and np.isfinite(res["d_loss"]) and np.isfinite(res["g_loss"])
    for f in ("model.json", "generator.weights.h5", "train.npz", "progress.gif", "run.json"):
        assert (out / f).is_file(), f
    assert len(list((out / "samples").glob("step_*.png"))) == 2
    assert list((out / "logs").iterdir())  # TensorBoard event file
    import imageio.v3 as iio
    assert iio.imread(out / "progress.gif", index=None).shape[0] == 2


@pytest.mark.parametrize("shared_fakes", [True, False])
def test_resume_equals_uninterrupted(tmp_path, shared_fakes):
    data = sprites()
    cfg = dict(TINY, shared_fakes=shared_fakes)
    train(data, tmp_path / "a", TrainConfig(**cfg), steps=6, log=lambda m: None)
    train(data, tmp_path / "b", TrainConfig(**cfg), steps=4, log=lambda m: None)
    logs = []
    train(data, tmp_path / "b", TrainConfig(**cfg), steps=6, log=logs.append)
    assert any("resumed" in m and "step 4" in m for m in logs)
    for wa, wb in zip(weights(tmp_path / "a"), weights(tmp_path / "b")):
        np.testing.assert_array_equal(wa, wb)


def fake_pick_scores(monkeypatch, scores: dict) -> list:
    """Make BestSnapshot score step s as scores[s] (so a test can name the winner; the real
    score is FD). -> the list of steps offered, filled as training runs."""
    from toolkit.gan import train as tr
    asked = []
    monkeypatch.setattr(tr.BestSnapshot, "score", lambda self, G: scores[asked[-1]])
    real_offer = tr.BestSnapshot.offer

    def offer(self, G, step):
        asked.append(step)
        return real_offer(self, G, step)

    monkeypatch.setattr(tr.BestSnapshot, "offer", offer)
    return asked


def test_best_snapshot_is_exported_and_a_stopped_run_ends_on_the_same_pick(tmp_path, monkeypatch):
    """With pick_best the run exports its best-scoring checkpoint, not its last."""
    fake_pick_scores(monkeypatch, {2: 3.0, 4: 1.0, 6: 2.0})
    data = sprites()
    cfg = TrainConfig(**TINY, pick_best=1.0)
    train(data, tmp_path / "four", TrainConfig(**TINY), steps=4, log=lambda m: None)
    logs = []
    train(data, tmp_path / "a", cfg, steps=6, log=logs.append)
    assert any("exported the generator of step 4" in m for m in logs)
    assert json.loads((tmp_path / "a" / "model.json").read_text())["picked_step"] == 4
    assert json.loads((tmp_path / "a" / "model.json").read_text())["steps"] == 6
    for wa, w4 in zip(weights(tmp_path / "a"), weights(tmp_path / "four")):
        np.testing.assert_array_equal(wa, w4)      # step 4's EMA generator, not step 6's
    done = [0]

    def stop_at_5(n, **kw):
        done[0] += n
        if done[0] == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        train(data, tmp_path / "b", cfg, steps=6, log=lambda m: None, progress=stop_at_5)
    train(data, tmp_path / "b", cfg, steps=6, log=lambda m: None)
    assert json.loads((tmp_path / "b" / "checkpoints" / "best.json").read_text())["step"] == 4
    for wa, wb in zip(weights(tmp_path / "a"), weights(tmp_path / "b")):
        np.testing.assert_array_equal(wa, wb)


def test_pick_every_offers_the_steps_between_checkpoints(tmp_path, monkeypatch):
    """pick_every=1 with checkpoints every 2 steps: step 3, no checkpoint, can win."""
    asked = fake_pick_scores(monkeypatch, {1: 4.0, 2: 3.0, 3: 1.0, 4: 2.0})
    data = sprites()
    train(data, tmp_path / "at-ckpt", TrainConfig(**TINY, pick_best=1.0), steps=4, log=lambda m: None)
    assert asked == [2, 4]                          # the default: at each checkpoint
    train(data, tmp_path / "three", TrainConfig(**TINY), steps=3, log=lambda m: None)
    del asked[:]
    train(data, tmp_path / "a", TrainConfig(**TINY, pick_best=1.0, pick_every=1), steps=4,
          log=lambda m: None)
    assert asked == [1, 2, 3, 4]
    assert json.loads((tmp_path / "a" / "model.json").read_text())["picked_step"] == 3
    for wa, w3 in zip(weights(tmp_path / "a"), weights(tmp_path / "three")):
        np.testing.assert_array_equal(wa, w3)      # step 3's EMA generator


def test_snapshot_score_prefers_the_training_sprites_to_noise():
    from toolkit.gan.train import BestSnapshot
    data = sprites(32)
    picker = BestSnapshot(Path("/nonexistent"), data, None, TrainConfig(**TINY), n=32)

    class Fixed:  # a "generator" that returns given images in [-1, 1]
        def __init__(self, imgs):
            self.imgs = imgs.astype(np.float32) / 127.5 - 1

        def __call__(self, z, training=False):
            return self.imgs[np.arange(len(z)) % len(self.imgs)]

    noise = np.random.default_rng(1).integers(0, 256, data.shape, dtype=np.uint8)
    assert picker.score(Fixed(sprites(32, seed=5))) < 0.5 * picker.score(Fixed(noise))


def test_shared_fakes_step_runs_the_generator_once():
    """The default step trains G on the fakes D just saw (one G forward pass per
    step); the alternating step of the plain recipe draws fresh fakes for G."""
    from toolkit.gan.train import SpriteGAN
    calls = {}
    for shared in (True, False):
        gan = SpriteGAN(TrainConfig(**TINY, shared_fakes=shared))
        n = [0]
        call = gan.G.call
        gan.G.call = lambda *a, **k: (n.__setitem__(0, n[0] + 1), call(*a, **k))[1]
        d, g = gan.train_step(sprites(8).astype(np.float32) / 127.5 - 1)
        assert np.isfinite(d) and np.isfinite(g)
        calls[shared] = n[0]
    assert calls == {True: 1, False: 2}


def test_balanced_batches_draw_every_class_equally_and_repeat():
    from toolkit.gan.train import batch_indices
    labels = np.array([0] * 40 + [1] * 5 + [2] * 3 + [0] * 12)     # 52 : 5 : 3
    idx = np.concatenate([batch_indices(0, s, len(labels), 64, labels) for s in range(200)])
    share = np.bincount(labels[idx], minlength=3) / len(idx)
    np.testing.assert_allclose(share, [1 / 3] * 3, atol=0.02)
    assert set(idx[labels[idx] == 2]) == {45, 46, 47}                # every member drawn, only members
    plain = np.concatenate([batch_indices(0, s, len(labels), 64) for s in range(200)])
    assert np.bincount(labels[plain], minlength=3)[2] / len(plain) < 0.1   # unbalanced: 3/60
    np.testing.assert_array_equal(batch_indices(3, 17, 60, 64, labels), batch_indices(3, 17, 60, 64, labels))


def test_conditional_with_class_loss_resumes_exactly_and_records_its_head(tmp_path):
    data = sprites()
    labels = np.arange(24) % 3
    cfg = dict(TINY, num_classes=3, aux_weight=0.5)
    kw = dict(labels=labels, class_names=["a", "b", "c"], log=lambda m: None)
    res = train(data, tmp_path / "a", TrainConfig(**cfg), steps=4, **kw)
    assert np.isfinite(res["d_loss"]) and np.isfinite(res["g_loss"])
    train(data, tmp_path / "b", TrainConfig(**cfg), steps=2, **kw)
    train(data, tmp_path / "b", TrainConfig(**cfg), steps=4, **kw)
    for wa, wb in zip(weights(tmp_path / "a"), weights(tmp_path / "b")):
        np.testing.assert_array_equal(wa, wb)
    assert json.loads((tmp_path / "a" / "run.json").read_text())["architecture"]["aux_classifier"]
    with pytest.raises(SpriteforgeError, match="another architecture"):   # D without the head
        train(data, tmp_path / "a", TrainConfig(**{**cfg, "aux_weight": 0.0}), steps=6, **kw)


def test_minibatch_std_feature_tells_a_collapsed_batch_from_a_varied_one():
    from toolkit.gan.model import MinibatchStdDev
    rng = np.random.default_rng(0)
    varied = rng.normal(size=(8, 4, 4, 16)).astype(np.float32)
    same = np.repeat(varied[:1], 8, 0)
    f_varied = np.asarray(MinibatchStdDev()(varied))
    f_same = np.asarray(MinibatchStdDev()(same))
    assert f_varied.shape == (8, 4, 4, 17)
    np.testing.assert_array_equal(f_varied[..., :16], varied)
    assert f_same[..., 16].max() < 1e-3 and f_varied[..., 16].min() > 0.5


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
        "import sys, numpy as np; from toolkit.gan.train import TrainConfig, train; "
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
    r = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data.npz"), str(out), str(saved + 2)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "resumed from" in r.stdout and f"at step {saved}" in r.stdout
    assert json.loads((out / "model.json").read_text())["steps"] == saved + 2


def test_refuses_resume_with_other_data_or_architecture(tmp_path):
    train(sprites(), tmp_path / "m", TrainConfig(**TINY), steps=2, log=lambda m: None)
    with pytest.raises(SpriteforgeError, match="different training data"):
        train(sprites(seed=1), tmp_path / "m", TrainConfig(**TINY), steps=4, log=lambda m: None)
    with pytest.raises(SpriteforgeError, match="another architecture"):
        train(sprites(), tmp_path / "m", TrainConfig(**{**TINY, "g_width": 64}), steps=4,
              log=lambda m: None)


def test_generator_kinds_round_trip_and_older_models_stay_resize(tmp_path, tiny_model):
    from toolkit.gan.sample import Generator
    from toolkit.gan.train import SpriteGAN
    cfg = TrainConfig(**{**TINY, "g_upsample": "subpixel"})
    train(sprites(), tmp_path / "sp", cfg, steps=2, log=lambda m: None)
    assert json.loads((tmp_path / "sp" / "run.json").read_text())["architecture"]["g_upsample"] == "subpixel"
    z = np.random.default_rng(0).normal(size=(3, TINY["latent_dim"])).astype(np.float32)
    g = Generator(tmp_path / "sp")  # rebuilds the subpixel network and loads its weights
    assert g.cfg.g_upsample == "subpixel" and g(z).shape == (3, 32, 32, 4)
    with pytest.raises(SpriteforgeError, match="another architecture"):
        train(sprites(), tmp_path / "sp", TrainConfig(**{**TINY, "g_upsample": "resize"}), steps=4,
              log=lambda m: None)
    # A model.json written before the option existed has no g_upsample: it is a resize model.
    old, _ = tiny_model
    meta = json.loads((old / "model.json").read_text())
    meta["config"].pop("g_upsample", None)
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "model.json").write_text(json.dumps(meta))
    for f in ("generator.weights.h5", "train.npz"):
        (tmp_path / "old" / f).write_bytes((old / f).read_bytes())
    assert Generator(tmp_path / "old").cfg.g_upsample == "resize"
    assert SpriteGAN(TrainConfig(**TINY)).G.count_params() != SpriteGAN(cfg).G.count_params()


def test_generate_same_seed_same_bytes_and_clean_alpha(tiny_model, tmp_path, capsys):
    model, _ = tiny_model
    for d in ("g1", "g2"):
        assert main(["generate", str(model), "-n", "12", "--seed", "7", "--out", str(tmp_path / d)]) == 0
    files = sorted(p.name for p in (tmp_path / "g1").iterdir())
    assert "sheet.png" in files and "sprite_000.npy" in files and "sprite_011.png" in files
    for f in files:
        assert (tmp_path / "g1" / f).read_bytes() == (tmp_path / "g2" / f).read_bytes(), f
    from toolkit.io import read_rgba
    img = read_rgba(tmp_path / "g1" / "sprite_000.png")
    assert set(np.unique(img[..., 3])) <= {0, 255}
    z = np.load(tmp_path / "g1" / "sprite_003.npy")
    from toolkit.gan.sample import Generator
    g = Generator(model)
    meta = json.loads((tmp_path / "g1" / "generate.json").read_text())
    if meta["replaced_by_novelty_filter"] == 0:  # then sprite 3 is exactly G(z3), cleaned
        again = g.style.clean(g(z[None]))[0]
        np.testing.assert_array_equal(again, read_rgba(tmp_path / "g1" / "sprite_003.png"))


def test_kid_of_real_vs_real_is_near_zero_and_vs_noise_large():
    from toolkit.data import load_data
    from toolkit.gan.metrics import kid, split_halves_kid
    from toolkit.vgg import sprite_features
    real = load_data("dcss-weapons").images
    f = sprite_features(real)
    rng = np.random.default_rng(0)
    noise = rng.integers(0, 256, real.shape, dtype=np.uint8)
    floor = split_halves_kid(f)
    k_noise = kid(sprite_features(noise), f)
    assert abs(floor) < 0.05 * k_noise
    assert k_noise > 100 * max(abs(floor), 1e-6)


def test_checkerboard_power_is_one_for_noise_and_flags_a_period_two_pattern():
    from toolkit.gan.metrics import checkerboard_power
    noise = np.random.default_rng(0).normal(size=(100, 32, 32, 4))
    assert 0.9 < checkerboard_power(noise) < 1.1
    free = sprites(400).astype(np.float32)           # blobs at random offsets, sharp edges
    assert checkerboard_power(free) < 1.2
    phase = np.zeros((32, 32))
    phase[::2, ::2] = 1                               # one output phase of every 2x2 brighter
    assert checkerboard_power(free * (0.8 + 0.4 * phase)[None, :, :, None]) > 1.4
    assert checkerboard_power(free[:, ::2, ::2].repeat(2, 1).repeat(2, 2)) < 0.05  # blocky x2
    with pytest.raises(ValueError, match="even sizes"):
        checkerboard_power(free[:, :31])


def test_matched_split_floor_ratio_is_one_for_the_same_distribution_and_large_for_another():
    from toolkit.gan.metrics import matched_split_floor
    rng = np.random.default_rng(0)
    real = rng.standard_normal((200, 16))
    same = matched_split_floor(real, rng.standard_normal((500, 16)))
    shifted = matched_split_floor(real, rng.standard_normal((500, 16)) + 0.5)
    assert same["fd_half_floor"] > 0  # finite samples: FD's floor is positive, unlike KID's
    assert 0.7 < same["fd_floor_ratio"] < 1.3
    assert shifted["fd_floor_ratio"] > 2
    with pytest.raises(ValueError):
        matched_split_floor(real, real[:50])


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
         "unreadable run state"),
        (["train", str(few), "--out", str(tmp_path / "o1"), "--steps", "1"], "at least 16"),
        (["train", str(mixed), "--out", str(tmp_path / "o2"), "--steps", "1"], "not 32x32"),
        (["train", str(few), "--out", str(tmp_path / "o3"), "--steps", "0"], ">= 1"),
        (["generate", str(tmp_path / "nomodel"), "--out", str(tmp_path / "g")], "no such model"),
        (["generate", str(few), "--out", str(tmp_path / "g")], "not a trained model"),
        (["evaluate", str(tmp_path / "nomodel")], "no such model"),
        (["train", str(mixed), "--out", str(tmp_path / "o4"), "--clusters", "0", "--class-loss", "0.5"],
         "needs classes"),
        (["train", str(mixed), "--out", str(tmp_path / "o5"), "--conditional", "--class-loss", "-1"],
         "weight >= 0"),
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
from toolkit.gan.train import TrainConfig, train, SpriteGAN, _strategy
from tests.gan.test_gan import sprites, TINY
s = _strategy(["/cpu:0", "/cpu:1"])
assert s.num_replicas_in_sync == 2
res = train(sprites(), sys.argv[1], TrainConfig(**TINY), steps=3, devices=["/cpu:0", "/cpu:1"], log=print)
print("RESULT", res["steps"], np.isfinite(res["d_loss"]) and np.isfinite(res["g_loss"]))
"""
    r = subprocess.run([sys.executable, "-c", script, str(tmp_path / "m")], capture_output=True,
                       text=True, timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert "RESULT 3 True" in r.stdout, r.stderr[-3000:]


def test_generate_checks_n_and_out_before_the_model_loads(tiny_model, tmp_path, capsys, monkeypatch):
    import toolkit.gan.sample as sample
    model, _ = tiny_model

    def never(*a, **k):
        raise AssertionError("the model was loaded before the options were checked")
    monkeypatch.setattr(sample, "Generator", never)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.png").write_bytes(b"x")
    for args, words in [(["-n", "100001"], "-n must be 1..100000"), (["-n", "0"], "-n must be"),
                        (["--out", str(tmp_path / "full")], "not empty")]:
        argv = ["generate", str(model), "--out", str(tmp_path / "g")] + args
        assert main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0], err
    assert not (tmp_path / "g").exists()


def test_generate_streams_in_batches_with_the_same_bytes(tiny_model, tmp_path, monkeypatch):
    import toolkit.gan.sample as sample
    model, _ = tiny_model
    # every sprite counts as a near-copy once: its redraw must not depend on the batching
    monkeypatch.setattr(sample, "memorisation_threshold", lambda f: float("inf"))
    metas = [sample.write_generated(sample.generate_batches(model, 12, 3, batch=b, max_rounds=1),
                                    tmp_path / str(b), 12, 3) for b in (256, 5)]
    assert [m["replaced_by_novelty_filter"] for m in metas] == [12, 12]
    for f in sorted((tmp_path / "256").iterdir()):
        assert f.read_bytes() == (tmp_path / "5" / f.name).read_bytes(), f.name
    from toolkit.io import read_rgba
    gathered = sample.generate(model, 12, 3, max_rounds=1)  # the API's arrays: the same sprites
    assert gathered["replaced"] == 12
    np.testing.assert_array_equal(gathered["images"][7], read_rgba(tmp_path / "5" / "sprite_007.png"))
    first = np.load(tmp_path / "5" / "sprite_000.npy")
    assert not np.array_equal(first, sample.seed_latents(12, 3, first.shape[0])[0])  # it was redrawn
