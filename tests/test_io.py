import numpy as np
import pytest
from PIL import Image

from tests.helpers import huge_header_png, write_png
from toolkit.errors import SpriteforgeError
from toolkit.formats import atomic_dir
from toolkit.io import encode_png, read_rgba, save_png


def test_encode_png_round_trips_every_channel_count(tmp_path):
    rng = np.random.default_rng(0)
    for shape in [(5, 7), (5, 7, 2), (5, 7, 3), (5, 7, 4)]:
        a = rng.integers(0, 256, shape, dtype=np.uint8)
        p = tmp_path / f"x{len(shape)}{shape[-1]}.png"
        p.write_bytes(encode_png(a))
        back = np.asarray(Image.open(p))
        assert back.shape == a.shape and np.array_equal(back, a)


def test_encode_png_is_deterministic():
    a = np.random.default_rng(1).integers(0, 256, (32, 32, 4), dtype=np.uint8)
    assert encode_png(a) == encode_png(a.copy())


@pytest.mark.parametrize("maker, words", [
    (lambda p: None, "no such file"),
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_text("hello, I am not a picture\n"), "not an image"),
    (lambda p: huge_header_png(p), "too large|over the limit"),
])
def test_read_rgba_bad_files_raise_one_clear_error(tmp_path, maker, words):
    p = tmp_path / "bad.png"
    maker(p)
    with pytest.raises(SpriteforgeError, match=words):
        read_rgba(p)


def test_read_rgba_truncated_png(tmp_path):
    p = write_png(tmp_path / "ok.png", np.random.default_rng(2).integers(0, 256, (64, 64, 4), dtype=np.uint8))
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(SpriteforgeError, match="truncated|corrupt"):
        read_rgba(p)


def test_atomic_dir_leaves_nothing_on_failure(tmp_path):
    out = tmp_path / "out"
    with pytest.raises(RuntimeError):
        with atomic_dir(out) as tmp:
            save_png(tmp / "a.png", np.zeros((2, 2, 4), np.uint8))
            raise RuntimeError("boom")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_atomic_dir_refuses_file_and_nonempty_folder(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(SpriteforgeError, match="is a file"):
        with atomic_dir(f):
            pass
    d = tmp_path / "d"
    d.mkdir()
    (d / "keep.txt").write_text("x")
    with pytest.raises(SpriteforgeError, match="not empty"):
        with atomic_dir(d):
            pass
    with atomic_dir(d, overwrite=True) as tmp:
        (tmp / "new.txt").write_text("y")
    assert sorted(p.name for p in d.iterdir()) == ["new.txt"]


def test_stale_temporaries_of_killed_runs_are_removed_and_live_ones_kept(tmp_path):
    import os
    import subprocess
    import sys
    from toolkit.formats import atomic_dir
    from toolkit.io import save_png
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()  # a PID that has exited
    stale = tmp_path / f".out.{dead}-abc.tmp"
    stale.mkdir()
    (stale / "sprite_000.png").write_bytes(b"half")
    stale_file = tmp_path / f".out.{dead}-xyz.tmp"
    stale_file.write_bytes(b"half")
    live = tmp_path / f".out.{os.getppid()}-def.tmp"  # our parent is alive
    live.mkdir()
    other = tmp_path / ".other.123-abc.tmp"
    other.mkdir()
    with atomic_dir(tmp_path / "out") as tmp:
        save_png(tmp / "a.png", np.zeros((2, 2, 4), np.uint8))
    assert not stale.exists() and not stale_file.exists()
    assert live.exists() and other.exists()
    assert (tmp_path / "out" / "a.png").is_file()
