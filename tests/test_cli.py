"""The CLI: bad input gives one line on stderr, exit 2, and nothing written."""
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import huge_header_png, noise_tiles, write_png
from toolkit.cli import main

ROOT = Path(__file__).resolve().parents[1]
from toolkit.sheets import pack_sheet


def _run(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture
def sheet(tmp_path):
    return write_png(tmp_path / "sheet.png", pack_sheet(noise_tiles(np.random.default_rng(0), 6, 8, 8), 3, 1, 1))


def test_slice_detects_and_reports(tmp_path, sheet, capsys):
    code, out, err = _run(capsys, "slice", sheet, "--out", tmp_path / "tiles")
    assert code == 0
    assert "tile 8, margin 1, spacing 1: 3 x 2 tiles" in err
    assert len(list((tmp_path / "tiles").glob("*.png"))) == 6
    assert (tmp_path / "tiles" / "manifest.json").is_file()


def _bad_inputs(tmp_path, sheet):
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "text.png").write_text("not an image")
    data = sheet.read_bytes()
    (tmp_path / "trunc.png").write_bytes(data[: len(data) // 2])
    huge_header_png(tmp_path / "bomb.png")
    (tmp_path / "afile").write_text("x")
    (tmp_path / "emptydir").mkdir()
    out = tmp_path / "out"
    return [
        (["slice", tmp_path / "missing.png", "--out", out], "no such file"),
        (["slice", tmp_path / "empty.png", "--out", out], "empty"),
        (["slice", tmp_path / "trunc.png", "--out", out], "truncated|corrupt"),
        (["slice", tmp_path / "text.png", "--out", out], "not an image"),
        (["slice", tmp_path / "bomb.png", "--out", out], "too large|over the limit"),
        (["slice", sheet, "--out", out, "--tile", "7"], "does not fit"),
        (["slice", sheet, "--out", out, "--tile", "0"], "must be positive"),
        (["slice", sheet, "--out", out, "--tile", "-8"], "must be positive"),
        (["slice", sheet, "--out", out, "--tile", "abc"], "32 or 32x48"),
        (["slice", sheet, "--out", tmp_path / "afile"], "is a file"),
        (["slice", sheet, "--out", out, "--scale", "two"], "integer"),
        (["slice", sheet, "--out", out, "--bogus"], "No such option"),
        (["slice", sheet, tmp_path / "text.png", "--out", out], "not an image"),
        (["contact", tmp_path / "emptydir", "--out", tmp_path / "c.png"], "no images"),
        (["contact", "no-such-dataset", "--out", tmp_path / "c.png"], "no such file"),
    ]


def test_bad_input_one_line_exit_2_nothing_written(tmp_path, sheet, capsys):
    for args, words in _bad_inputs(tmp_path, sheet):
        before = sorted(p.name for p in tmp_path.iterdir())
        code, out, err = _run(capsys, *args)
        assert code == 2, (args, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("spriteforge: error:"), (args, err)
        import re
        assert re.search(words, lines[0]), (args, lines[0])
        assert "Traceback" not in err
        assert sorted(p.name for p in tmp_path.iterdir()) == before, args  # nothing (half-)written


def test_real_process_exit_code_and_stderr(tmp_path):
    (tmp_path / "text.png").write_text("no")
    r = subprocess.run([sys.executable, "-m", "toolkit", "slice", str(tmp_path / "text.png"),
                        "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "not an image" in r.stderr
    assert not (tmp_path / "o").exists()


def test_help_explains_every_subcommand(capsys):
    from toolkit.cli import app
    code, out, err = _run(capsys, "--help")
    assert code == 0
    names = [c.name for c in app.registered_commands]
    assert {"slice", "contact", "datasets", "train", "generate", "evaluate", "classes", "interpolate",
            "arithmetic", "stylize", "dream", "filters", "evaluate-style", "atlas", "level"} <= set(names)
    for c in app.registered_commands:
        summary = " ".join(c.callback.__doc__.split())[:30]
        assert c.name in out, c.name
        code, o, _ = _run(capsys, c.name, "--help")
        assert code == 0 and f"Usage: spriteforge {c.name}" in o, c.name
        assert summary in " ".join(o.split()), c.name  # its docstring, as the user reads it
        options = [line for line in o.splitlines() if line.strip().startswith("--")]
        assert all(len(line.strip()) > 2 for line in options) and "--help" in o, c.name


def test_contact_sheet_of_shipped_dataset(tmp_path, capsys):
    from toolkit.io import read_rgba
    code, out, err = _run(capsys, "contact", "dcss-weapons", "--out", tmp_path / "c.png", "--cols", "16",
                          "--scale", "1", "--limit", "32")
    assert code == 0
    img = read_rgba(tmp_path / "c.png")
    # 16 columns x 2 rows of 32 px tiles with 2 px padding
    assert img.shape == (2 + 2 * 34, 2 + 16 * 34, 4)


@pytest.mark.slow
def test_no_tensorflow_log_lines_on_the_console(tmp_path):
    model = Path(__file__).resolve().parents[1] / "trained" / "dcss-weapons"
    r = subprocess.run([sys.executable, "-m", "toolkit", "generate", str(model), "-n", "2", "--seed", "0",
                        "--out", str(tmp_path / "g")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert lines and all("oneDNN" not in ln and "cuda" not in ln.lower() and "absl" not in ln
                         and not ln.startswith(("I0000", "W0000", "E0000")) for ln in lines), lines
    assert lines[-1].startswith("wrote 2 sprites")


@pytest.mark.slow
def test_tensorflows_python_warnings_stay_off_the_console():
    # a new network per call (variations' tuned copies) makes TensorFlow warn about retracing
    model = Path(__file__).resolve().parents[1] / "trained" / "dcss-weapons"
    code = ("import numpy as np, toolkit\n"
            "from toolkit.gan.folder import Generator\n"
            f"g = Generator({str(model)!r})\n"
            "for _ in range(8):\n"
            "    g.copy()(np.zeros((2, g.latent_dim), np.float32), np.zeros(2, np.int32))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "WARNING" not in r.stderr and "retracing" not in r.stderr, r.stderr[-500:]


def test_progress_is_plain_lines_when_stderr_is_not_a_terminal(tmp_path):
    """A log file gets a line every SPRITEFORGE_PROGRESS_EVERY seconds, not a bar's escapes."""
    import os
    tiles = tmp_path / "tiles"
    tiles.mkdir()
    for i, t in enumerate(noise_tiles(np.random.default_rng(1), 40, 8, 8)):
        write_png(tiles / f"t{i:02d}.png", t)
    sheet = write_png(tmp_path / "s.png", pack_sheet(noise_tiles(np.random.default_rng(2), 64, 8, 8), 8))
    env = {**os.environ, "SPRITEFORGE_PROGRESS_EVERY": "0"}
    r = subprocess.run([sys.executable, "-m", "toolkit", "slice", str(sheet), "--tile", "8",
                        "--out", str(tmp_path / "o")], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("writing tiles:")]
    assert lines and lines[-1].startswith("writing tiles: 64 in ") and "\x1b" not in r.stderr


def test_library_messages_name_parameters_and_the_cli_names_flags(tmp_path, capsys):
    from toolkit.errors import SpriteforgeError
    from toolkit.sheets.slicer import slice_sheet
    with pytest.raises(SpriteforgeError) as e:  # the Python API: the parameters' names
        slice_sheet(np.random.default_rng(0).integers(0, 256, (64, 64, 4), dtype=np.uint8), margin=1)
    assert str(e.value).startswith("margin and spacing need tile (") and "--" not in str(e.value)
    sheet = ROOT / "datasets" / "sheets" / "dcss-weapons-2x.png"
    assert main(["slice", str(sheet), "--margin", "1", "--out", str(tmp_path / "o")]) == 2
    assert "error: --margin and --spacing need --tile (" in capsys.readouterr().err  # the command line: flags
