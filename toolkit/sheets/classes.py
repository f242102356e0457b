"""Class labels for tiles from a checked-in mapping of name globs.

A tile folder may hold ``CLASSES.txt``: one line per class, ``class: glob
glob ...``, '#' comments. Globs match a tile's name (relative to the folder,
'/'-separated, no suffix). Lines are tried in order and the first match wins,
so specific names go before general globs. A class may appear on several
lines. Tiles that no line matches stay unlabelled and are listed.
"""
from __future__ import annotations

import fnmatch
import os
import re
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError

CLASSES_FILE = "CLASSES.txt"
_CLASS_RE = re.compile(r"^[A-Za-z0-9_-]+$")


def read_classes(path: str | os.PathLike) -> list[tuple[str, list[str]]]:
    """Parse a mapping file (or the ``CLASSES.txt`` in a folder) into ordered
    (class, globs) rules. Raises SpriteforgeError naming the line when malformed."""
    p = Path(path)
    if p.is_dir():
        p = p / CLASSES_FILE
    if not p.is_file():
        raise SpriteforgeError(f"{p}: no class mapping (write one line per class: 'class: glob ...')")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SpriteforgeError(f"{p}: not a text file (a class mapping is lines of 'class: glob ...')") from None
    rules = []
    for no, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, globs = line.partition(":")
        name = name.strip()
        if not sep or not _CLASS_RE.match(name) or not globs.split():
            raise SpriteforgeError(f"{p}:{no}: expected 'class: glob glob ...', got {line!r}")
        rules.append((name, globs.split()))
    if not rules:
        raise SpriteforgeError(f"{p}: the class mapping is empty")
    return rules


def class_names(rules: list[tuple[str, list[str]]]) -> list[str]:
    """Distinct classes in order of first appearance (the label index order)."""
    return list(dict.fromkeys(c for c, _ in rules))


def assign_classes(names: list[str], rules: list[tuple[str, list[str]]]) -> list[str | None]:
    """The class of each name (first matching rule), or None when none matches."""
    out = []
    for n in names:
        out.append(next((c for c, globs in rules if any(fnmatch.fnmatchcase(n, g) for g in globs)),
                        None))
    return out


def family(name: str) -> str:
    """A tile's material family from its file name: the stem without its variant number
    (``floors/cobble_blood12`` -> ``cobble_blood``, ``crypt_domino1a`` -> ``crypt_domino``)."""
    stem = name.replace("\\", "/").rsplit("/", 1)[-1]
    return re.sub(r"[_-]?\d+[a-z]?$", "", stem) or stem


def family_labels(names: list[str], min_tiles: int = 3) -> tuple[np.ndarray, list[str]]:
    """Class labels from file-name families (``family``): (N,) int32 and the family names,
    largest first; families of fewer than ``min_tiles`` tiles share the class "other"."""
    fams = [family(n) for n in names]
    counts = {f: fams.count(f) for f in set(fams)}
    fams = [f if counts[f] >= min_tiles else "other" for f in fams]
    order = sorted(set(fams), key=lambda f: (f == "other", -fams.count(f), f))
    return np.array([order.index(f) for f in fams], np.int32), order
