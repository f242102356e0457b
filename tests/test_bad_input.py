"""Bad input and faults, one row each: one line on stderr, exit 2, nothing written.

To add a case, add one row to CASES: (id, setup, argv, words on the error line). ``setup``
gets the test's tmp_path and monkeypatch and may make files; ``{tmp}`` in argv is tmp_path.
"""
import errno
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import write_png
from toolkit.cli import main

MODEL = Path(__file__).resolve().parents[1] / "trained" / "dcss-weapons"


def write(path, rgba=None, data=None):
    """A file for a case: an RGBA image (PNG) or raw bytes."""
    if rgba is not None:
        from PIL import Image
        Image.fromarray(rgba, "RGBA").save(path, format="PNG")
    else:
        path.write_bytes(data)


def flat(size):
    import numpy as np
    return np.full((size, size, 4), (10, 10, 10, 255), np.uint8)


def latent(tmp, values):
    import numpy as np
    np.save(tmp / "z.npy", np.asarray(values, np.float32))


def model_copy(tmp, drop=None, model_json=None):
    d = tmp / "model"
    shutil.copytree(MODEL, d, ignore=shutil.ignore_patterns("checkpoints", "samples", "logs"))
    if drop:
        (d / drop).unlink()
    if model_json is not None:
        (d / "model.json").write_text(model_json)


def with_scale(value):
    """The model's model.json with its sample_scale set to ``value``."""
    meta = json.loads((MODEL / "model.json").read_text())
    meta["config"]["sample_scale"] = value
    return json.dumps(meta)


def broken_json(folder, name, text):
    """A folder as a command left it, but with ``name`` broken (a sprite beside it)."""
    folder.mkdir()
    (folder / name).write_text(text)
    write_png(folder / "s.png", np.zeros((32, 32, 4), np.uint8))


def read_only_disk(tmp, monkeypatch):
    import toolkit.formats
    import toolkit.io

    def refuse(path, data):
        raise OSError(errno.EROFS, "Read-only file system", str(path))
    for mod in (toolkit.io, toolkit.formats):  # PNGs and JSON
        monkeypatch.setattr(mod, "write_bytes_atomic", refuse)


def full_disk(tmp, monkeypatch):
    import toolkit.formats
    import toolkit.io

    def refuse(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))
    for mod in (toolkit.io, toolkit.formats):  # PNGs and JSON
        monkeypatch.setattr(mod, "write_bytes_atomic", refuse)


def read_only_dir(tmp, monkeypatch):
    """``tmp`` on a read-only file system, as os.access reports it."""
    import os
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p).startswith(str(tmp))
                        else real(p, mode, **kw))


def corrupt_train_npz(tmp, monkeypatch):
    model_copy(tmp)
    (tmp / "model" / "train.npz").write_bytes(b"PK\x03\x04 not a zip")


def nearly_full_disk(tmp, monkeypatch):
    """The disk reports 1 MB free (an injected ENOSPC before h5py would hit it)."""
    import collections
    import toolkit.gan.train
    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(toolkit.gan.train.shutil, "disk_usage", lambda p: usage(10 ** 9, 10 ** 9, 2 ** 20))


def transparent_sprite(tmp, monkeypatch):
    import numpy as np
    write(tmp / "blank.png", np.zeros((32, 32, 4), np.uint8))


PHOTO = str(MODEL.parents[1] / "datasets" / "photos" / "chelsea.jpg")
SEED_ARGS = {  # every command with a --seed, with the rest of a valid command line
    "generate": ["generate", str(MODEL), "--out", "{tmp}/g"],
    "tiles": ["tiles", str(MODEL.parents[1] / "datasets" / "dcss" / "floors" / "acidic_floor0.png"), "--out", "{tmp}/g"],
    "evaluate": ["evaluate", str(MODEL)],
    "encode": ["encode", str(MODEL), PHOTO, "--out", "{tmp}/g"],
    "variations": ["variations", str(MODEL), PHOTO, "--out", "{tmp}/g"],
    "stylize": ["stylize", PHOTO, "--style", "dcss-walls", "--out", "{tmp}/s.png"],
    "evaluate-style": ["evaluate-style", PHOTO, "--style", "dcss-walls"],
    "dream": ["dream", PHOTO, "--out", "{tmp}/d.png"],
    "filters": ["filters", "--out", "{tmp}/f.png"],
    "level": ["level", str(MODEL.parents[1] / "tilesets" / "dcss-dungeon"), "--out", "{tmp}/l.tmx"],
    "train": ["train", "dcss-weapons", "--out", "{tmp}/t"],
}

CASES = [
    ("contact-out-is-a-folder", lambda t, m: (t / "d").mkdir(),
     ["contact", "dcss-weapons", "--out", "{tmp}/d"], "--out must be a .png file path"),
    ("contact-out-not-png", None, ["contact", "dcss-weapons", "--out", "{tmp}/x.jpg"],
     "--out must be a .png file path"),
    ("contact-negative-cols", None, ["contact", "dcss-weapons", "--out", "{tmp}/x.png", "--cols", "-3"],
     "--cols must be >= 1"),
    ("read-only-disk", read_only_disk, ["contact", "dcss-weapons", "--out", "{tmp}/x.png"],
     "Read-only file system"),
    ("full-disk", full_disk, ["contact", "dcss-weapons", "--out", "{tmp}/x.png"], "No space left on device"),
    ("atlas-input-generate-json-broken", lambda t, m: broken_json(t / "g", "generate.json", "{oops"),
     ["atlas", "{tmp}/g", "--out", "{tmp}/a"], "generate.json: not a readable generate record"),
    ("level-atlas-json-not-an-object", lambda t, m: broken_json(t / "ts", "atlas.json", "[1]"),
     ["level", "{tmp}/ts", "--out", "{tmp}/l.tmx"], "atlas.json: not a valid atlas summary"),
    ("model-json-corrupt", lambda t, m: model_copy(t, model_json="{bad json"),
     ["generate", "{tmp}/model", "-n", "2", "--out", "{tmp}/g"], "not a valid model.json"),
    ("model-json-sample-scale-not-a-number", lambda t, m: model_copy(t, model_json=with_scale("x")),
     ["generate", "{tmp}/model", "-n", "2", "--out", "{tmp}/g"], "sample_scale must be a positive number"),
    ("model-json-sample-scale-zero", lambda t, m: model_copy(t, model_json=with_scale(0)),
     ["generate", "{tmp}/model", "-n", "2", "--out", "{tmp}/g"], "sample_scale must be a positive number"),
    ("model-without-train-npz", lambda t, m: model_copy(t, drop="train.npz"),
     ["generate", "{tmp}/model", "-n", "2", "--out", "{tmp}/g"], "train.npz missing"),
    ("classes-file-not-text", lambda t, m: (t / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe"),
     ["classes", "dcss-weapons", "--classes", "{tmp}/c.png"], "not a text file"),
    ("arithmetic-nested-5000-deep", None,
     ["arithmetic", str(MODEL), "(" * 5000 + "1" + ")" * 5000, "--out", "{tmp}/a"], "nested too deeply"),
    ("stylize-out-exists", lambda t, m: (t / "s.png").write_bytes(b"mine"),
     ["stylize", str(MODEL.parents[1] / "datasets" / "photos" / "chelsea.jpg"), "--style", "dcss-weapons",
      "--out", "{tmp}/s.png"], "exists (use --overwrite"),
    ("generate-n-too-large", None, ["generate", str(MODEL), "-n", "1000000", "--out", "{tmp}/g"],
     "-n must be 1..100000"),
    ("generate-read-only-dir", read_only_dir, ["generate", str(MODEL), "-n", "4", "--out", "{tmp}/g"],
     "cannot write here"),
    ("stylize-read-only-dir", read_only_dir, ["stylize", str(MODEL.parents[1] / "datasets" / "photos" /
     "chelsea.jpg"), "--style", "dcss-walls", "--out", "{tmp}/s.png"], "cannot write here"),
    ("train-read-only-dir", read_only_dir, ["train", "dcss-weapons", "--out", "{tmp}/t", "--steps", "1"],
     "cannot write here"),
    ("export-tflite", None, ["export", str(MODEL), "--out", "{tmp}/x", "--format", "tflite"],
     "--format tflite is not supported"),
    ("runtime-not-an-export", None, ["export", "{tmp}/nomodel", "--out", "{tmp}/x"], "no such model folder"),
    ("slice-flat-sheet", lambda t, m: write(t / "flat.png", flat(600)), ["slice", "{tmp}/flat.png",
     "--out", "{tmp}/o"], "one flat colour"),
    ("slice-transparent-sheet", lambda t, m: write(t / "e.png", flat(64) * 0), ["slice", "{tmp}/e.png",
     "--tile", "16", "--out", "{tmp}/o"], "one flat colour"),
    ("latent-nan", lambda t, m: latent(t, [float("nan")] * 128),
     ["interpolate", str(MODEL), "--from", "{tmp}/z.npy", "--to", "3", "--out", "{tmp}/i"],
     "128 of its 128 numbers are NaN"),
    ("latent-text-file", lambda t, m: write(t / "z.npy", data=b"hello"),
     ["interpolate", str(MODEL), "--from", "{tmp}/z.npy", "--to", "3", "--out", "{tmp}/i"],
     "not a NumPy .npy array"),
    ("latent-wrong-length", lambda t, m: latent(t, [0.5] * 7),
     ["arithmetic", str(MODEL), "{tmp}/z.npy", "--out", "{tmp}/a"], "128 numbers, got shape (7,)"),
    ("arithmetic-zero-vector", None, ["arithmetic", str(MODEL), "3 - 3", "--out", "{tmp}/a"],
     "is the zero vector"),
    ("arithmetic-too-many-operands", None,
     ["arithmetic", str(MODEL), " + ".join(str(i) for i in range(100)), "--out", "{tmp}/a"],
     "100 operands; at most 64"),
    ("arithmetic-scale-huge", None, ["arithmetic", str(MODEL), "3", "--out", "{tmp}/a", "--scale",
     "100000"], "--scale must be 1..64"),
    ("interpolate-out-exists", lambda t, m: (t / "i").mkdir() or (t / "i" / "x").write_text("x"),
     ["interpolate", str(MODEL), "--from", "1", "--to", "3", "--out", "{tmp}/i"], "not empty"),
    ("contact-scale-huge", None, ["contact", "dcss-weapons", "--out", "{tmp}/x.png", "--scale", "100000"],
     "use a smaller --scale"),
    ("level-items-huge", None, ["level", str(MODEL.parents[1] / "tilesets" / "dcss-dungeon"), "--out",
     "{tmp}/l.tmx", "--items", "100000"], "--items must be 0..1000"),
    ("train-resume-other-seed", lambda t, m: (t / "run").mkdir() or (t / "run" / "run.json").write_text(
        '{"config": {"seed": 0, "flip": false, "batch_size": 64, "clusters": 24, "aux_weight": 0.0}}'),
     ["train", "dcss-weapons", "--out", "{tmp}/run", "--seed", "5"], "--seed 5 differs from the run"),
    ("train-resume-flip", lambda t, m: (t / "run").mkdir() or (t / "run" / "run.json").write_text(
        '{"config": {"seed": 0, "flip": false, "batch_size": 64, "clusters": 24, "aux_weight": 0.0}}'),
     ["train", "dcss-weapons", "--out", "{tmp}/run", "--flip"], "--flip on differs from the run"),
    # round three (issue 53): a user's files are never replaced without --overwrite
    ("contact-out-exists", lambda t, m: (t / "c.png").write_bytes(b"mine"),
     ["contact", "dcss-weapons", "--out", "{tmp}/c.png"], "exists (use --overwrite"),
    ("level-out-exists", lambda t, m: (t / "l.tmx").write_text("mine"),
     ["level", str(MODEL.parents[1] / "tilesets" / "dcss-dungeon"), "--out", "{tmp}/l.tmx"], "exists (use --overwrite"),
    ("level-preview-exists", lambda t, m: (t / "l.png").write_text("mine"),
     ["level", str(MODEL.parents[1] / "tilesets" / "dcss-dungeon"), "--out", "{tmp}/l.tmx"], "l.png: exists"),
    ("level-tiles-folder-exists", lambda t, m: (t / "l-tiles").mkdir() or (t / "l-tiles" / "a.png").write_text("x"),
     ["level", "--floors", str(MODEL.parents[1] / "trained" / "dcss-floors"), "--walls",
      str(MODEL.parents[1] / "trained" / "dcss-walls"), "--out", "{tmp}/l.tmx"], "l-tiles: exists"),
    ("evaluate-json-exists", lambda t, m: (t / "e.json").write_text("{}"),
     ["evaluate", str(MODEL), "--json", "{tmp}/e.json"], "exists (use --overwrite"),
    ("evaluate-json-is-a-folder", lambda t, m: (t / "e.json").mkdir(),
     ["evaluate", str(MODEL), "--json", "{tmp}/e.json"], "--json must be a .json file path"),
    ("evaluate-style-out-exists", lambda t, m: (t / "e.png").write_text("x"),
     ["evaluate-style", PHOTO, "--style", "dcss-walls", "--out", "{tmp}/e.png"], "exists (use --overwrite"),
    # values no option should take: one declared range each (toolkit/limits.py), NaN and inf refused
    *[(f"{cmd}-seed-negative", None, [*argv, "--seed", "-1"], "--seed must be 0..4294967295, got -1")
      for cmd, argv in SEED_ARGS.items()],
    ("generate-seed-huge", None, [*SEED_ARGS["generate"], "--seed", str(2 ** 40)], "--seed must be 0..4294967295"),
    ("train-minutes-nan", None, ["train", "dcss-weapons", "--out", "{tmp}/t", "--minutes", "nan"],
     "--minutes must be a finite number"),
    ("train-minutes-inf", None, ["train", "dcss-weapons", "--out", "{tmp}/t", "--minutes", "inf"],
     "--minutes must be a finite number"),
    ("train-minutes-a-year", None, ["train", "dcss-weapons", "--out", "{tmp}/t", "--minutes", "525600"],
     "--minutes must be in (0, 10080]"),
    ("train-class-loss-nan", None, ["train", "dcss-weapons", "--out", "{tmp}/t", "--class-loss", "nan"],
     "--class-loss must be a finite number"),
    ("train-batch-size-huge", None, ["train", "dcss-weapons", "--out", "{tmp}/t", "--batch-size", "100000"],
     "--batch-size must be 1..1024"),
    ("train-full-disk", nearly_full_disk, ["train", "dcss-weapons", "--out", "{tmp}/t", "--steps", "2"],
     "the disk is nearly full"),
    ("stylize-strength-nan", None, ["stylize", PHOTO, "--style", "dcss-walls", "--strength", "nan", "--out",
     "{tmp}/s.png"], "--strength must be a finite number"),
    ("stylize-strength-inf", None, ["stylize", PHOTO, "--style", "dcss-walls", "--strength", "inf", "--out",
     "{tmp}/s.png"], "--strength must be a finite number"),
    ("interpolate-fps-inf", None, ["interpolate", str(MODEL), "--from", "1", "--to", "3", "--fps", "inf",
     "--out", "{tmp}/i"], "--fps must be a finite number"),
    ("variations-spread-nan", None, ["variations", str(MODEL), "3", "--spread", "nan", "--out", "{tmp}/v"],
     "--spread must be a finite number"),
    ("generate-truncation-nan", None, [*SEED_ARGS["generate"], "--truncation", "nan"],
     "--truncation must be a finite number"),
    ("evaluate-n-huge", None, ["evaluate", str(MODEL), "-n", "100000"], "-n must be 10..10000"),
    ("evaluate-n-small", None, ["evaluate", str(MODEL), "-n", "5"], "-n must be 10..10000"),
    ("atlas-padding-huge", None, ["atlas", "dcss-weapons", "--out", "{tmp}/a", "--padding", "100000"],
     "--padding must be 0..256"),
    # damaged model folders and inputs
    ("model-train-npz-corrupt", corrupt_train_npz, ["generate", "{tmp}/model", "-n", "2", "--out", "{tmp}/g"],
     "train.npz: cannot read the training set"),
    ("level-mixed-tile-sizes", None, ["level", "--floors", str(MODEL.parents[1] / "trained" / "dcss-floors"),
     "--walls", str(MODEL.parents[1] / "trained" / "dcss-weapons-16"), "--out", "{tmp}/new/l.tmx"],
     "a level needs one tile size"),
    ("variations-transparent-sprite", transparent_sprite,
     ["variations", str(MODEL), "{tmp}/blank.png", "--out", "{tmp}/v"], "fully transparent"),
    # palette files and recolor
    ("palette-empty", lambda t, m: (t / "p.hex").write_text("; nothing\n"),
     ["generate", str(MODEL), "-n", "2", "--palette", "{tmp}/p.hex", "--out", "{tmp}/g"], "holds no colours"),
    ("palette-one-colour", lambda t, m: (t / "p.gpl").write_text("GIMP Palette\nName: x\n10 20 30\n"),
     ["recolor", "dcss-weapons", "--to", "{tmp}/p.gpl", "--out", "{tmp}/r"], "holds one colour"),
    ("palette-100000-colours", lambda t, m: (t / "p.hex").write_text(
        "".join(f"{i * 167:06x}\n" for i in range(100000))),
     ["stylize", PHOTO, "--style", "dcss-walls", "--palette", "{tmp}/p.hex", "--out", "{tmp}/s.png"],
     "100000 colours; a palette holds at most 4096"),
    ("palette-gpl-broken-line", lambda t, m: (t / "p.gpl").write_text("GIMP Palette\n1 2 3\n4 five 6\n"),
     ["recolor", "dcss-weapons", "--to", "{tmp}/p.gpl", "--out", "{tmp}/r"], "p.gpl: line 3: expected R G B"),
    ("palette-jasc-count", lambda t, m: (t / "p.pal").write_text("JASC-PAL\n0100\n3\n1 2 3\n4 5 6\n"),
     ["generate", str(MODEL), "-n", "2", "--palette", "{tmp}/p.pal", "--out", "{tmp}/g"], "says 3 colours, holds 2"),
    ("palette-act-size", lambda t, m: (t / "p.act").write_bytes(b"\0" * 100),
     ["recolor", "dcss-weapons", "--to", "{tmp}/p.act", "--out", "{tmp}/r"], "768 or 772 bytes"),
    ("palette-unknown-name", None, ["recolor", "dcss-weapons", "--to", "pico-9", "--out", "{tmp}/r"],
     "no shipped palette of that name (shipped: cga, db16"),
    ("recolor-unknown-tier", None, ["recolor", "dcss-weapons", "--tiers", "rare,mythic", "--out", "{tmp}/r"],
     "--tiers unknown tier 'mythic'"),
    ("recolor-two-modes", None, ["recolor", "dcss-weapons", "--tiers", "rare", "--to", "db16", "--out", "{tmp}/r"],
     "give one of --to PALETTE"),
    ("recolor-lut-alone", None, ["recolor", "dcss-weapons", "--tiers", "rare", "--lut", "--out", "{tmp}/r"],
     "--lut goes with --indexed"),
    ("recolor-bad-ramp", None, ["recolor", "dcss-weapons", "--ramp", "#12345g,#000000", "--out", "{tmp}/r"],
     "--ramp expected #rrggbb colours"),
    ("recolor-bad-tier-color", None, ["recolor", "dcss-weapons", "--tiers", "rare", "--tier-colors", "rare=blue",
                                      "--out", "{tmp}/r"], "--tier-colors expected #rrggbb"),
    ("variations-palette-unknown", None, ["variations", str(MODEL), "3", "--palette", "db17", "--out", "{tmp}/v"],
     "db17: no such palette file"),
    ("encode-palette-one-colour", lambda t, m: (t / "p.hex").write_text("ffffff\nFFFFFF\n"),
     ["encode", str(MODEL), PHOTO, "--palette", "{tmp}/p.hex", "--out", "{tmp}/e"], "holds one colour"),
    ("generate-tiers-unknown", None, ["generate", str(MODEL), "-n", "2", "--tiers", "shiny", "--out", "{tmp}/g"],
     "--tiers unknown tier 'shiny'"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_one_line_exit_2_nothing_written(case, tmp_path, monkeypatch, capsys):
    _, setup, argv, words = case
    if setup:
        setup(tmp_path, monkeypatch)
    before = set(tmp_path.rglob("*"))
    code = main([a.replace("{tmp}", str(tmp_path)) for a in argv])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and err[0].startswith("spriteforge: error:") and words in err[0], err
    assert set(tmp_path.rglob("*")) == before  # nothing written, no temp folder left


def test_version(capsys):
    from toolkit import __version__
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"spriteforge {__version__}"
