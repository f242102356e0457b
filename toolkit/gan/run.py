"""A run's folder between starts: the training set's fingerprint, run.json (what a run
began with, read to resume it exactly) and the lock that keeps one run per folder."""
from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import replace
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError
from ..formats import read_json


def fingerprint(images: np.ndarray, labels: np.ndarray | None = None,
                class_names: list[str] | None = None) -> str:
    """Identity of a training set (with its labels and class names, when conditional)."""
    h = hashlib.sha256(np.ascontiguousarray(images).tobytes())
    if labels is not None:
        h.update(np.asarray(labels, np.int32).tobytes())
        h.update("\0".join(class_names or []).encode())
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------- resuming

LOCK_FILE = ".train.lock"


def read_run_state(out: str | os.PathLike) -> dict | None:
    """The run.json of the run already in ``out`` (None if none); SpriteforgeError if unreadable."""
    f = Path(out) / "run.json"
    if not f.is_file():
        return None
    try:
        state = read_json(f, "run state", ("config",))
    except SpriteforgeError as e:
        raise SpriteforgeError(f"{e}; use a new {{out}} folder") from None
    if not isinstance(state.get("config"), dict):
        raise SpriteforgeError(f"{f}: not a spriteforge run state; use a new {{out}} folder")
    return state


def resume_config(out: str | os.PathLike, cfg, data: str):
    """The ``TrainConfig`` a run into ``out`` continues with: ``cfg`` for a new run; for a run
    already there, its own config (with ``cfg``'s sample and checkpoint intervals).
    SpriteforgeError when that run is on other data (``data``: its ``fingerprint``) or
    has another architecture."""
    old = read_run_state(out)
    if old is None:
        return cfg
    # Runs from before these options existed had none of them.
    conf = {"class_balance": False, "aux_weight": 0.0, "minibatch_std": False,
            "shared_fakes": False, "pick_best": 0.0, **old["config"]}
    if "minibatch_std" not in old.get("architecture", {}) and cfg.minibatch_std:
        cfg = replace(cfg, minibatch_std=False)
    if old.get("data") != data:
        raise SpriteforgeError(
            f"{out} holds a run on different training data ({old.get('n_images')} images, "
            f"fingerprint {old.get('data')}); use a new {{out}} folder")
    if old.get("architecture") != cfg.architecture():
        was, now = old.get("architecture") or {}, cfg.architecture()

        def show(d, k):
            v = d.get(k)
            return "off" if v in (None, False) else "on" if v is True else repr(v)
        diff = [k for k in dict.fromkeys([*now, *was]) if show(was, k) != show(now, k)]
        what = ", ".join(f"{{{k}}} {show(was, k)} there, {show(now, k)} now" for k in diff[:3])
        raise SpriteforgeError(f"{out} holds a run of another architecture ({what}); resume it with the "
                               f"options it began with, or use a new {{out}} folder")
    return type(cfg).from_dict({**conf, "sample_every": cfg.sample_every,
                                  "checkpoint_every": cfg.checkpoint_every})


@contextlib.contextmanager
def run_lock(out: Path):
    """Hold OUT/.train.lock while a run trains: a second run into the same folder is refused
    (SpriteforgeError) instead of training into the same files. The OS drops the lock when a
    process dies, so a killed run never leaves it held; a run that ends removes the file."""
    import fcntl
    path = out / LOCK_FILE
    for _ in range(3):
        f = open(path, "a+")
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.seek(0)
            pid = f.read().strip() or "?"
            f.close()
            raise SpriteforgeError(f"{out} is being trained by another process (pid {pid}); wait for it "
                                   f"to finish or use another {{out}} folder") from None
        if path.is_file() and os.stat(path).st_ino == os.fstat(f.fileno()).st_ino:
            break
        f.close()  # locked a file that a run ending just now removed: take the new one
    else:
        raise SpriteforgeError(f"{out}: could not take {LOCK_FILE}; runs keep starting and ending there")
    try:
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        yield
    finally:
        path.unlink(missing_ok=True)  # still ours: removed before the lock is let go
        f.close()


def check_unlocked(out: str | os.PathLike) -> None:
    """SpriteforgeError when another process is training into ``out`` now."""
    if (Path(out) / LOCK_FILE).is_file():
        with run_lock(Path(out)):
            pass
