"""formats.py: temporaries a killed run left are swept, whatever file they were for; JSON
files read back with one line for a broken one; FILES lists files the toolkit really writes."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.errors import SpriteforgeError
from toolkit.formats import FILES, read_json, save_json, sweep_temps

ROOT = Path(__file__).resolve().parents[1]


def dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_a_killed_runs_temporaries_are_swept_and_a_live_ones_kept(tmp_path):
    dead = dead_pid()
    (tmp_path / "generator.weights.h5").write_bytes(b"w")
    left = [f".generator.weights.h5.{dead}-keras.tmp.weights.h5", f".run.json.{dead}-x1y2.tmp",
            f".sprite_0001.png.{dead}-abc.tmp"]
    live = f".run.json.{os.getpid()}-q.tmp"
    for name in left + [live]:
        (tmp_path / name).write_bytes(b"half")
    assert sweep_temps(tmp_path) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live, "generator.weights.h5"])


def test_save_weights_atomic_leaves_no_temporary_and_removes_it_on_failure(tmp_path):
    from toolkit.formats import save_weights_atomic

    class Model:
        def __init__(self, fail):
            self.fail = fail

        def save_weights(self, path):
            assert path.endswith(".weights.h5")  # Keras refuses other names
            Path(path).write_bytes(b"weights")
            if self.fail:
                raise OSError("disk full")
    save_weights_atomic(Model(False), tmp_path / "g.weights.h5")
    with pytest.raises(OSError):
        save_weights_atomic(Model(True), tmp_path / "h.weights.h5")
    assert [p.name for p in tmp_path.iterdir()] == ["g.weights.h5"]


@pytest.mark.parametrize("text, words", [("{oops", "not a readable thing (JSONDecodeError"),
                                         ("[1, 2]", "not a valid thing (no sprites)"),
                                         ('{"other": 1}', "not a valid thing (no sprites)")])
def test_read_json_names_the_file_and_what_is_wrong(tmp_path, text, words):
    f = tmp_path / "x.json"
    f.write_text(text)
    with pytest.raises(SpriteforgeError) as e:
        read_json(f, "thing", ("sprites",))
    assert str(e.value).startswith(f"{f}: {words}") and "\n" not in str(e.value)
    save_json(f, {"sprites": ["a"]})
    assert read_json(f, "thing", ("sprites",)) == {"sprites": ["a"]}


def test_every_listed_file_is_named_where_the_table_says_it_is_written():
    for name, (writer, _) in FILES.items():
        src = (ROOT / "toolkit" / writer).read_text()
        assert re.search(rf'["/]{re.escape(name)}"', src), f"{name} is not written by {writer}"
