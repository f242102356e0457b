"""The datasets shipped in ``datasets/`` and how to load them by name."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import SpriteforgeError
from .sheets.load import TileSet, load_tiles

ROOT = Path(__file__).resolve().parent.parent
DATASETS_DIR = ROOT / "datasets"
TRAINED_DIR = ROOT / "trained"

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
