"""The files spriteforge writes and reads between commands: every write is atomic, every
JSON file it exchanges has one reader here, and a temporary a killed run left is swept.

Every file goes through a temporary name beside it and :func:`os.replace` (a folder: a
temporary folder swapped in by ``atomic_dir``), so a crash never leaves half a file; the
temporaries' names carry the writer's PID (``.NAME.PID-*.tmp``), so ``remove_stale_temps``
and ``sweep_temps`` know which ones a dead run left. ``FILES`` lists each JSON file, who
writes it and who reads it; ``read_json`` is the one way to read one back (one line on
stderr for a broken file, never a traceback).
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from .errors import SpriteforgeError

FILES = {  # name: (written by, read by), the contracts between commands (docs/architecture.md)
    "manifest.json": ("sheets/slicer.py", "atlas/build.py"),
    "model.json": ("gan/folder.py", "gan/folder.py"),
    "run.json": ("gan/train.py", "gan/config.py (resume)"),
    "best.json": ("gan/pick.py", "gan/pick.py (resume; in checkpoints/)"),
    "generate.json": ("gan/output.py", "atlas/build.py, latent/tools.py"),
    "generator.json": ("gan/export.py", "gan/runtime.py, examples/loot/loot.js"),
    "style.json": ("gan/export.py", "examples/loot/loot.js"),
    "encode.json": ("latent/encode.py", "latent/tools.py"),
    "variations.json": ("latent/variations.py", "latent/tools.py"),
    "interpolate.json": ("latent/tools.py", "users"),
    "arithmetic.json": ("latent/tools.py", "users"),
    "tiles.json": ("tiles/model.py", "tiles/model.py"),
    "recolor.json": ("tiers.py", "atlas/build.py"),
    "atlas.json": ("atlas/build.py", "atlas/level.py"),
    "studio.json": ("studio/store.py", "users"),
    "favourites.json": ("studio/store.py", "studio/store.py"),
}


def read_json(path: str | os.PathLike, what: str | None = None, keys: tuple[str, ...] = ()) -> dict:
    """A JSON object spriteforge wrote -> dict; ``keys`` it must have. One-line SpriteforgeError
    naming the file and ``what`` it should be (default: its name) when it cannot be read, is
    not JSON, is not an object or lacks a key."""
    p = Path(path)
    what = what or p.name
    try:
        data = json.loads(p.read_text())
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise SpriteforgeError(f"{p}: not a readable {what} ({type(e).__name__}: {e})") from None
    if not isinstance(data, dict) or any(k not in data for k in keys):
        missing = [k for k in keys if not isinstance(data, dict) or k not in data]
        raise SpriteforgeError(f"{p}: not a valid {what}" + (f" (no {', '.join(missing)})" if missing else ""))
    return data


STALE_AGE_S = 600  # a temporary of ours without a PID in its name is stale after this long


def _temp_prefix(p: Path) -> str:
    """``.NAME.PID-``: our temporaries' names say which process made them."""
    return f".{p.name}.{os.getpid()}-"


def _alive(pid: int) -> bool:
    """Whether process ``pid`` (another than this one) is still running."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def remove_stale_temps(p: Path) -> int:
    """Remove temporaries left beside ``p`` by runs that were killed (``.NAME.PID-*.tmp``
    whose process is gone, or older ones without a PID past STALE_AGE_S), and the previous
    ``p`` that ``atomic_dir``'s swap set aside (``.NAME.old-PID``): put back where the kill
    came before the new folder took its place, else removed. -> how many."""
    import re
    import time
    removed = 0
    if not p.parent.is_dir():
        return 0
    old = re.compile(re.escape(f".{p.name}.old-") + r"(\d+)$")
    for q in sorted(p.parent.iterdir()):
        m = old.match(q.name)
        if m and not _alive(int(m.group(1))):
            if not p.exists() and not p.is_symlink():
                os.replace(q, p)  # the swap was cut between its two renames: the user's folder back
            else:
                shutil.rmtree(q, ignore_errors=True)
            removed += 1
    pat = re.compile(re.escape(f".{p.name}.") + r"(?:(\d+)-)?[^/]*\.tmp(?:\.weights\.h5)?$")
    for q in p.parent.iterdir():
        m = pat.match(q.name)
        if not m:
            continue
        if m.group(1):
            if _alive(int(m.group(1))):
                continue  # its run is still going (or is this one)
        else:
            try:
                if time.time() - q.stat().st_mtime < STALE_AGE_S:
                    continue
            except OSError:
                continue
        if q.is_dir() and not q.is_symlink():
            shutil.rmtree(q, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                q.unlink()
        removed += 1
    return removed


def sweep_temps(folder: str | os.PathLike) -> int:
    """``remove_stale_temps`` for every name in ``folder``: the temporaries of any file a
    killed run was writing there (weights, PNGs, JSON). -> how many."""
    import re
    d = Path(folder)
    if not d.is_dir():
        return 0
    ours = re.compile(r"^\.(.+?)\.(?:\d+-[^/]*\.tmp(?:\.weights\.h5)?|old-\d+)$")
    names = {m.group(1) for q in d.iterdir() if (m := ours.match(q.name))}
    return sum(remove_stale_temps(d / n) for n in sorted(names))


def _through(tmp, p: Path, write) -> Path:
    """``write(tmp)``, then ``tmp`` takes ``p``'s place; on any failure ``tmp`` is removed."""
    try:
        write(tmp)
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return p


def save_weights_atomic(model, path: str | os.PathLike) -> Path:
    """``model.save_weights(path)`` through a temporary beside it (Keras wants the name to end
    in .weights.h5), so ``path`` is never half-written."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    return _through(p.with_name(f"{_temp_prefix(p)}keras.tmp.weights.h5"), p,
                    lambda tmp: model.save_weights(str(tmp)))


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(p), suffix=".tmp", dir=p.parent)

    def write(tmp):
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
    return _through(tmp, p, write)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def save_json(path: str | os.PathLike, obj, compact: bool = False) -> Path:
    """Atomically write key-sorted JSON (stable bytes for the same data).

    ``compact`` skips indentation: Python's C encoder only runs without it,
    which is ~5x faster for manifests of tens of thousands of entries.
    """
    text = json.dumps(obj, indent=None if compact else 2, sort_keys=True,
                      separators=(",", ":") if compact else None) + "\n"
    return write_bytes_atomic(path, text.encode())


def check_output_dir(out: str | os.PathLike, overwrite: bool = False) -> Path:
    """Validate an output folder path before any work is done (after putting back a folder
    that a killed run's swap set aside: ``remove_stale_temps``)."""
    p = Path(out)
    if p.parent.is_dir() and os.access(p.parent, os.W_OK):
        remove_stale_temps(p)
    if p.exists() and not p.is_dir():
        raise SpriteforgeError(f"{p}: output path exists and is a file, not a folder")
    if p.is_dir() and any(p.iterdir()) and not overwrite:
        raise SpriteforgeError(f"{p}: output folder is not empty (use {{overwrite}} to replace it)")
    check_writable(p)
    return p


def check_output_file(out: str | os.PathLike, overwrite: bool = False, suffix: str | None = None,
                      param: str = "out") -> Path:
    """An output file's path (the parameter ``param``), checked before any work: not a
    folder, ``suffix`` (".png") if given, writable, and an existing file only with
    ``overwrite`` (a user's file is never replaced without it)."""
    p = Path(out)
    if p.is_dir() or (suffix and p.suffix.lower() != suffix):
        raise SpriteforgeError(f"{p}: {{{param}}} must be a{' ' + suffix if suffix else ''} file path")
    if p.exists() and not overwrite:
        raise SpriteforgeError(f"{p}: exists (use {{overwrite}} to replace it)")
    check_writable(p)
    return p


def check_writable(path: str | os.PathLike) -> None:
    """SpriteforgeError, before any work, when ``path`` could not be written: its nearest
    existing folder is read-only (a read-only file system, or no permission)."""
    p = Path(path).absolute()
    folder = p.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        try:
            ro = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        except OSError:
            ro = False
        why = "on a read-only file system" if ro else "not writable"
        raise SpriteforgeError(f"{p}: cannot write here ({folder} is {why})")


@contextlib.contextmanager
def atomic_dir(out: str | os.PathLike, overwrite: bool = False):
    """Yield a temporary folder that becomes ``out`` only if the block succeeds.

    The temporary folder sits beside ``out`` (same file system, so the final
    rename is atomic). On any error it is deleted and ``out`` is untouched.
    """
    p = Path(out)
    if p.parent.is_dir():
        stale = remove_stale_temps(p)  # first: it may put back a folder a killed swap set aside
        if stale:
            from .progress import info
            info(f"cleaned up {stale} temporary folder(s) that an interrupted run left beside {p}")
    p = check_output_dir(out, overwrite)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=_temp_prefix(p), suffix=".tmp", dir=p.parent))
    os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes 0700
    try:
        yield tmp
        if p.exists():
            old = p.with_name(f".{p.name}.old-{os.getpid()}")
            os.replace(p, old)
            os.replace(tmp, p)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, p)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
