"""plan_training: the one place that turns `train`'s options into a recipe."""
import json

import numpy as np
import pytest

from tests.helpers import sprites
from toolkit.cli import main
from toolkit.errors import OptionError, SpriteforgeError
from toolkit.gan.clusters import cluster_labels, cluster_names
from toolkit.gan.config import TrainConfig, check_train_options, plan_training
from toolkit.gan.run import fingerprint


def fingerprint_of(images, k):
    """The data fingerprint of a run on k clusters of ``images``."""
    labels = cluster_labels(images, k)
    return fingerprint(images, labels, cluster_names(labels))


def test_the_recipe_follows_the_data_and_the_options(tmp_path):
    many, few = sprites(60), sprites(24)
    plan = plan_training(many, tmp_path / "a")
    assert plan.kind == "clusters" and plan.cfg.clusters == 6 == plan.cfg.num_classes
    assert plan.cfg.batch_size == 64 and plan.cfg.aux_weight == 0 and plan.minutes == 10
    assert len(plan.labels) == 60 and plan.class_names[0] == "cluster-1"
    plan = plan_training(few, tmp_path / "b", steps=5)  # under 50 tiles: unconditional
    assert plan.kind == "" and plan.labels is None and plan.cfg == TrainConfig()
    assert plan.steps == 5 and plan.minutes is None
    plan = plan_training(many, tmp_path / "c", plain=True)
    assert plan.kind == "" and plan.cfg == TrainConfig.plain()
    labels = np.arange(24) % 3
    plan = plan_training(few, tmp_path / "d", labels=labels, class_names=["a", "b", "c"], class_loss=0.5)
    assert plan.kind == "classes" and plan.cfg == TrainConfig.conditional(3, aux_weight=0.5)
    plan = plan_training(few, tmp_path / "e", overrides={"g_width": 8})
    assert plan.cfg.g_width == 8


def test_the_sample_scale_follows_the_recipe_and_older_models_keep_unit_latents(tmp_path):
    many, few = sprites(60), sprites(24)
    assert plan_training(many, tmp_path / "a").cfg.sample_scale == 1.3   # clusters
    assert plan_training(many, tmp_path / "t", tileable=True).cfg.sample_scale == 1.15
    assert plan_training(few, tmp_path / "b").cfg.sample_scale == 1.15   # unconditional
    assert plan_training(many, tmp_path / "c", plain=True).cfg.sample_scale == 1.0
    named = plan_training(few, tmp_path / "d", labels=np.arange(24) % 3, class_names=["a", "b", "c"])
    assert named.cfg.sample_scale == 1.0  # the wider draw blurs named classes
    saved = json.loads(json.dumps(vars(TrainConfig())))
    assert TrainConfig.from_dict(saved).sample_scale == 1.15
    del saved["sample_scale"]  # a model.json from before the option: drawn as it was drawn
    assert TrainConfig.from_dict(saved).sample_scale == 1.0


def test_clustered_runs_translate_d_views_and_resumed_runs_keep_their_augmentation(tmp_path):
    many, few = sprites(60), sprites(24)
    assert plan_training(many, tmp_path / "a").cfg.augment == "translation"  # clusters
    assert "cutout" in plan_training(few, tmp_path / "b").cfg.augment       # unconditional: as measured before
    named = plan_training(few, tmp_path / "c", labels=np.arange(24) % 3, class_names=["a", "b", "c"])
    assert "color" in named.cfg.augment and "cutout" in named.cfg.augment
    assert plan_training(many, tmp_path / "d", tileable=True).cfg.augment == "color,roll,cutout"
    out = tmp_path / "old"  # a clustered run begun with the former policy resumes with it
    out.mkdir()
    began = TrainConfig.clustered(4, clusters=4, augment="color,translation,cutout")
    (out / "run.json").write_text(json.dumps({"config": began.__dict__, "architecture": began.architecture(),
                                              "data": fingerprint_of(many, 4)}))
    assert plan_training(many, out).cfg.augment == "color,translation,cutout"


def test_a_resumed_run_keeps_its_clusters_and_class_loss(tmp_path):
    images = sprites(60)
    out = tmp_path / "run"
    out.mkdir()
    began = TrainConfig.clustered(4, clusters=4, aux_weight=0.3)
    (out / "run.json").write_text(json.dumps({"config": began.__dict__, "architecture": began.architecture(),
                                              "data": fingerprint_of(images, 4)}))
    plan = plan_training(images, out)  # no flags: as the run began, not the default for 60 tiles
    assert plan.cfg.clusters == 4 and plan.cfg.aux_weight == 0.3
    assert plan_training(images, out, clusters=4, class_loss=0.3).cfg.aux_weight == 0.3
    (out / "run.json").write_text(json.dumps({"config": TrainConfig().__dict__,
                                              "architecture": TrainConfig().architecture(),
                                              "data": fingerprint(images)}))
    assert plan_training(images, out).kind == ""  # an unconditional run stays so


@pytest.mark.parametrize("kw, param", [
    (dict(steps=0), "steps"), (dict(minutes=-1.0), "minutes"), (dict(batch_size=0), "batch_size"),
    (dict(clusters=1), "clusters"), (dict(class_loss=-1.0), "class_loss"),
    (dict(clusters=0, class_loss=0.5), "class_loss"), (dict(plain=True, class_loss=0.5), "class_loss"),
])
def test_bad_options_name_their_parameter(kw, param, tmp_path):
    with pytest.raises(OptionError) as e:
        check_train_options(**kw)
    assert e.value.param == param and str(e.value).startswith(param + " ")
    with pytest.raises(OptionError):
        plan_training(sprites(60), tmp_path / "x", **kw)
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("args", [["--steps", "0"], ["--minutes", "-1"], ["--batch-size", "0"],
                                  ["--clusters", "1"], ["--class-loss", "-1"]])
def test_the_cli_names_the_flag_and_checks_it_before_the_data(args, tmp_path, capsys):
    assert main(["train", "no-such-data", "--out", str(tmp_path / "y")] + args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"spriteforge: error: {args[0]} "), err
    assert not (tmp_path / "y").exists()


def test_resuming_refuses_a_recipe_option_that_differs_and_keeps_what_is_left_out(tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    images = sprites(60)
    began = TrainConfig(seed=3, batch_size=16, flip=True)
    (out / "run.json").write_text(json.dumps({"config": began.__dict__, "architecture": began.architecture(),
                                              "data": fingerprint(images)}))
    for kw, param in [(dict(seed=4), "seed"), (dict(batch_size=32), "batch_size"),
                      (dict(flip=False), "flip"), (dict(clusters=6), "clusters")]:
        with pytest.raises(OptionError) as e:
            plan_training(images, out, **kw)
        assert e.value.param == param and "differs from the run being resumed" in str(e.value)
    plan = plan_training(images, out, seed=3, flip=True)  # the same values are fine
    assert plan.resumes and plan.cfg == began  # and the plan says what the run continues with
    with pytest.raises(SpriteforgeError, match="different training data"):
        plan_training(sprites(60, seed=1), out)  # refused before any training starts


@pytest.mark.parametrize("shape", [(80, 80), (4, 16), (70, 32)])
def test_tiles_no_network_fits_are_refused_naming_the_sizes(shape, tmp_path):
    tiles = np.zeros((16, *shape, 4), np.uint8)
    with pytest.raises(SpriteforgeError, match="16, 24, 32, 48, 64 px squares.*slice"):
        plan_training(tiles, tmp_path / "m", steps=2)
