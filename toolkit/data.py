"""The datasets shipped in ``datasets/`` and how to load them by name."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import OptionError, SpriteforgeError
from .sheets.classes import CLASSES_FILE, assign_classes, class_names, read_classes
from .sheets.load import TileSet, load_tiles
from .shipped import root

DATASETS_DIR = root() / "datasets"

#: name -> (folder under datasets/, size policy). The odd-sized DCSS files are
#: centred on a 32x32 canvas ("fit") rather than rejected.
DATASETS = {
    "dcss-weapons": ("dcss/weapons", "fit"),
    "dcss-floors": ("dcss/floors", "fit"),
    "dcss-walls": ("dcss/walls", "fit"),
}


def dataset_path(name: str) -> Path:
    if name not in DATASETS:
        raise SpriteforgeError(f"unknown dataset {name!r}; shipped: {', '.join(DATASETS)}")
    return DATASETS_DIR / DATASETS[name][0]


def load_data(source: str | os.PathLike, on_size: str | None = None) -> TileSet:
    """Load a shipped dataset by name (``dcss-weapons``) or any folder / sheet path."""
    if str(source) in DATASETS:
        folder, policy = DATASETS[str(source)]
        return load_tiles(DATASETS_DIR / folder, size=(32, 32), on_size=on_size or policy)
    return load_tiles(source, on_size=on_size or "reject")


@dataclass
class Labelled:
    """The labelled part of a tile set: ``images`` (N, H, W, 4) uint8, ``labels``
    (N,) int32 indices into ``classes``; ``unmapped``: names no rule matched."""
    images: np.ndarray
    names: list[str]
    labels: np.ndarray
    classes: list[str]
    unmapped: list[str]


def labelled(source: str | os.PathLike, ts: TileSet, mapping: str | os.PathLike | None = None) -> Labelled:
    """Label ``ts`` (loaded from ``source``) with a class mapping: ``mapping`` or
    the CLASSES.txt beside the tiles. Classes with no tile are dropped."""
    if mapping is None:
        src = dataset_path(str(source)) if str(source) in DATASETS else Path(source)
        if not src.is_dir():
            raise SpriteforgeError(f"{source}: class labels need a folder with {CLASSES_FILE} "
                                   f"or {{classes}} FILE")
        mapping = src / CLASSES_FILE
    rules = read_classes(mapping)
    got = assign_classes(ts.names, rules)
    names = [c for c in class_names(rules) if c in set(got)]
    if not names:
        raise SpriteforgeError(f"{mapping}: no tile matches any class")
    keep = [i for i, c in enumerate(got) if c is not None]
    return Labelled(ts.images[keep], [ts.names[i] for i in keep],
                    np.array([names.index(got[i]) for i in keep], np.int32), names,
                    [n for n, c in zip(ts.names, got) if c is None])


@dataclass
class TrainingData:
    """What ``train`` learns from: ``images`` (N, H, W, 4) uint8, their ``names`` (all the
    tiles', for the quilting recipes), ``labels`` (N,) int32 and ``classes`` (None: the GAN
    makes its own clusters), and the tiles ``unmapped`` to any class (left out)."""
    images: np.ndarray
    names: list[str]
    labels: np.ndarray | None
    classes: list[str] | None
    unmapped: list[str]


def check_label_options(conditional: bool, classes=None, families: bool = False, clusters: int = 0) -> None:
    """Where ``train``'s classes come from, checked before any data loads: one source at most."""
    if classes is not None and not conditional:
        raise OptionError("classes", "needs {conditional}")
    if families and (conditional or clusters):
        raise OptionError("families", "and {conditional} or {clusters} both set the classes: give one")


def training_data(source: str | os.PathLike, on_size: str | None = None, *, conditional: bool = False,
                  classes: str | os.PathLike | None = None, families: bool = False) -> TrainingData:
    """``source`` (a shipped dataset's name, a folder or a sheet) with its classes: the
    CLASSES.txt rules (or ``classes``) with ``conditional``, each tile's family (its name's
    stem) with ``families``, else none."""
    check_label_options(conditional, classes, families)
    ts = load_data(source, on_size)
    if conditional:
        lab = labelled(source, ts, classes)
        return TrainingData(lab.images, lab.names, lab.labels, lab.classes, lab.unmapped)
    if families:
        from .sheets.classes import family_labels
        labels, names = family_labels(ts.names)
        return TrainingData(ts.images, ts.names, labels, names, [])
    return TrainingData(ts.images, ts.names, None, None, [])
