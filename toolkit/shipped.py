"""What spriteforge ships (datasets/, trained/, tilesets/) and how a name finds it, in a
checkout and in an installed wheel alike. One home for "where is the shipped data"."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import SpriteforgeError

_CHECKOUT = Path(__file__).resolve().parent.parent
_INSTALLED = Path(__file__).resolve().parent / "_shipped"  # where the wheel puts them (pyproject.toml)
PHOTO_TYPES = (".jpg", ".jpeg", ".png")


def root() -> Path:
    """The folder that holds ``datasets/``, ``trained/`` and ``tilesets/``: the installed
    copy when the package was installed from a wheel, else the checkout."""
    return _INSTALLED if (_INSTALLED / "datasets").is_dir() else _CHECKOUT


def models() -> dict[str, Path]:
    """{name: folder} of the shipped trained models, dcss-weapons first."""
    top = root() / "trained"
    found = [p for p in top.iterdir() if (p / "model.json").is_file()] if top.is_dir() else []
    return {p.name: p for p in sorted(found, key=lambda p: (p.name != "dcss-weapons", p.name))}


def photos() -> dict[str, Path]:
    """{name: file} of the shipped sample photos (``chelsea`` -> datasets/photos/chelsea.jpg)."""
    top = root() / "datasets" / "photos"
    found = [p for p in top.iterdir() if p.suffix.lower() in PHOTO_TYPES] if top.is_dir() else []
    return {p.stem: p for p in sorted(found)}


def tilesets() -> dict[str, Path]:
    """{name: folder} of the shipped example atlases (tilesets/NAME with an atlas.json)."""
    top = root() / "tilesets"
    found = [p for p in top.iterdir() if (p / "atlas.json").is_file()] if top.is_dir() else []
    return {p.name: p for p in sorted(found)}


def _named(text: str, kind: str, table: dict[str, Path]) -> Path | None:
    """The shipped entry ``text`` names: NAME, NAME.ext (photos), or the checkout's relative
    path to it (``trained/NAME``, ``datasets/photos/NAME.jpg``) used from another folder."""
    p = Path(text)
    key = p.stem if kind == "photo" else p.name
    if key not in table:
        return None
    got = table[key]
    rel = got.relative_to(root())
    if len(p.parts) == 1 and (kind != "photo" or p.suffix in ("", got.suffix)):
        return got
    return got if p.as_posix() == rel.as_posix() else None


def resolve(text: str | os.PathLike, kind: str) -> Path:
    """A user's argument -> a path: an existing file or folder as given, else the shipped
    ``kind`` ("model", "photo" or "tileset") of that name. Raises naming what exists when
    it is neither."""
    tables = {"model": models, "photo": photos, "tileset": tilesets}
    if kind not in tables:
        raise ValueError(f"kind must be one of {', '.join(tables)}, got {kind!r}")
    p = Path(text)
    if p.exists():
        return p
    table = tables[kind]()
    got = _named(str(text), kind, table)
    if got is not None:
        return got
    what = {"model": "model folder", "photo": "photo", "tileset": "atlas folder"}[kind]
    names = ", ".join(table) or "none installed"
    raise SpriteforgeError(f"{text}: no such {what}, and no shipped {kind} of that name (shipped: {names})")
