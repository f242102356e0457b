"""Bad input and faults, one row each: one line on stderr, exit 2, nothing written.

To add a case, add one row to CASES: (id, setup, argv, words on the error line). ``setup``
gets the test's tmp_path and monkeypatch and may make files; ``{tmp}`` in argv is tmp_path.
"""
import errno
import shutil
from pathlib import Path

import pytest

from toolkit.cli import main

MODEL = Path(__file__).resolve().parents[1] / "trained" / "dcss-weapons"


def model_copy(tmp, drop=None, model_json=None):
    d = tmp / "model"
    shutil.copytree(MODEL, d, ignore=shutil.ignore_patterns("checkpoints", "samples", "logs"))
    if drop:
        (d / drop).unlink()
    if model_json is not None:
        (d / "model.json").write_text(model_json)


def read_only_disk(tmp, monkeypatch):
    import toolkit.io

    def refuse(path, data):
        raise OSError(errno.EROFS, "Read-only file system", str(path))
    monkeypatch.setattr(toolkit.io, "write_bytes_atomic", refuse)


CASES = [
    ("contact-out-is-a-folder", lambda t, m: (t / "d").mkdir(),
     ["contact", "dcss-weapons", "--out", "{tmp}/d"], "--out must be a .png file path"),
    ("contact-out-not-png", None, ["contact", "dcss-weapons", "--out", "{tmp}/x.jpg"],
     "--out must be a .png file path"),
    ("contact-negative-cols", None, ["contact", "dcss-weapons", "--out", "{tmp}/x.png", "--cols", "-3"],
     "--cols must be >= 1"),
    ("read-only-disk", read_only_disk, ["contact", "dcss-weapons", "--out", "{tmp}/x.png"],
     "Read-only file system"),
    ("model-json-corrupt", lambda t, m: model_copy(t, model_json="{bad json"),
     ["generate", "{tmp}/model", "-n", "2", "--out", "{tmp}/g"], "not a valid model.json"),
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
