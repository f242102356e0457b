"""Palette files, read and written: GIMP ``.gpl``, Lospec / Paint.NET ``.hex`` and ``.txt``,
JASC ``.pal``, Adobe ``.act``, and images (a PNG swatch strip, or any image: its distinct opaque
colours in order of first appearance); and the named palettes shipped in ``palettes/``.

A palette is (P, 3) uint8 RGB in the file's order, duplicates dropped (first kept), 2..MAX_COLOURS
colours. Bad files raise ``SpriteforgeError`` naming the file, the line and what is wrong.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError

SHIPPED = Path(__file__).resolve().parent / "palettes"
TEXT_FORMATS = (".gpl", ".hex", ".txt", ".pal")
FORMATS = TEXT_FORMATS + (".act", ".png")  # what write_palette writes; read_palette also reads other images
MAX_COLOURS = 4096  # a palette, not a photo's colours: more is refused with a line saying so
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


def named_palettes() -> dict[str, Path]:
    """{name: file} of the shipped palettes (``pico-8``, ``db16``, ...)."""
    return {p.stem: p for p in sorted(SHIPPED.glob("*.hex"))}


def read_palette(source: str | os.PathLike) -> np.ndarray:
    """A palette file or image, or a shipped palette's name -> (P, 3) uint8, in the file's
    order. Raises naming the file and what is wrong (unknown name, unreadable, broken line,
    fewer than 2 or more than MAX_COLOURS colours)."""
    p = Path(source)
    if not p.exists():
        named = named_palettes()
        if str(source) in named:
            p = named[str(source)]
        else:
            raise SpriteforgeError(f"{source}: no such palette file, and no shipped palette of that name "
                                   f"(shipped: {', '.join(named)}; files: {', '.join(FORMATS)} or an image)")
    if p.is_dir():
        raise SpriteforgeError(f"{p}: a folder, not a palette file")
    suffix = p.suffix.lower()
    if suffix == ".act":
        colours = _read_act(p)
    elif suffix in TEXT_FORMATS:
        try:
            text = p.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise SpriteforgeError(f"{p}: not a text palette file (not UTF-8 text)") from None
        colours = {".gpl": _read_gpl, ".pal": _read_jasc}.get(suffix, _read_hex)(p, text)
    else:
        colours = _read_image(p)
    return _checked(p, colours)


def _checked(p: Path, colours: list) -> np.ndarray:
    if not colours:
        raise SpriteforgeError(f"{p}: the palette holds no colours")
    arr = np.array(colours, np.uint8).reshape(-1, 3)
    _, first = np.unique(arr, axis=0, return_index=True)
    arr = arr[np.sort(first)]  # duplicates dropped, the file's order kept
    if len(arr) < 2:
        raise SpriteforgeError(f"{p}: the palette holds one colour; a palette needs at least 2")
    if len(arr) > MAX_COLOURS:
        raise SpriteforgeError(f"{p}: {len(arr)} colours; a palette holds at most {MAX_COLOURS} "
                               f"(to take a sheet's style, give it as {{style}})")
    return arr


def _rgb_from_hex(p: Path, n: int, token: str) -> tuple[int, int, int]:
    m = _HEX.match(token)
    if not m:
        raise SpriteforgeError(f"{p}: line {n}: expected a colour RRGGBB, got {token[:40]!r}")
    v = int(m.group(1), 16)
    return v >> 16, (v >> 8) & 255, v & 255


def _read_hex(p: Path, text: str) -> list:
    """Lospec .hex (RRGGBB a line) and Paint.NET .txt (AARRGGBB a line, ';' comments)."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split(";", 1)[0].strip()
        if not line:
            continue
        if len(line) == 8 and re.fullmatch(r"[0-9a-fA-F]{8}", line):  # Paint.NET: alpha first
            line = line[2:]
        out.append(_rgb_from_hex(p, n, line))
    return out


def _ints(p: Path, n: int, parts: list[str], what: str) -> tuple[int, int, int]:
    try:
        rgb = tuple(int(x) for x in parts[:3])
    except ValueError:
        rgb = ()
    if len(rgb) != 3 or not all(0 <= v <= 255 for v in rgb):
        raise SpriteforgeError(f"{p}: line {n}: expected {what}, got {' '.join(parts)[:40]!r}")
    return rgb


def _read_gpl(p: Path, text: str) -> list:
    """GIMP palette: "GIMP Palette", optional Name:/Columns: lines, '#' comments, then
    "R G B [name]" lines."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "GIMP Palette":
        raise SpriteforgeError(f"{p}: line 1: a GIMP palette starts with 'GIMP Palette'")
    out = []
    for n, line in enumerate(lines[1:], 2):
        s = line.strip()
        if not s or s.startswith("#") or re.match(r"^(Name|Columns)\s*:", s):
            continue
        out.append(_ints(p, n, s.split(), "R G B [name] with values 0..255"))
    return out


def _read_jasc(p: Path, text: str) -> list:
    """JASC-PAL: "JASC-PAL", "0100", the colour count, then "R G B" lines."""
    lines = [ln.strip() for ln in text.splitlines()]
    if len(lines) < 3 or lines[0] != "JASC-PAL":
        raise SpriteforgeError(f"{p}: line 1: a JASC palette starts with 'JASC-PAL'")
    try:
        count = int(lines[2])
    except ValueError:
        raise SpriteforgeError(f"{p}: line 3: expected the colour count, got {lines[2][:40]!r}") from None
    rows = [(n, ln) for n, ln in enumerate(lines[3:], 4) if ln]
    if len(rows) != count:
        raise SpriteforgeError(f"{p}: says {count} colours, holds {len(rows)}")
    return [_ints(p, n, ln.split(), "R G B with values 0..255") for n, ln in rows]


def _read_act(p: Path) -> list:
    """Adobe Color Table: 256 RGB triplets (768 bytes), then optionally the count of colours
    used and the transparent index (2 bytes each, big-endian)."""
    data = p.read_bytes()
    if len(data) not in (768, 772):
        raise SpriteforgeError(f"{p}: an .act file is 768 or 772 bytes, this one {len(data)}")
    count = int.from_bytes(data[768:770], "big") if len(data) == 772 else 256
    if not 0 < count <= 256:
        raise SpriteforgeError(f"{p}: the colour count must be 1..256, got {count}")
    return np.frombuffer(data[:768], np.uint8).reshape(256, 3)[:count].tolist()


def _read_image(p: Path) -> list:
    from ..io import read_rgba
    img = read_rgba(p)
    px = img[img[..., 3] >= 128][:, :3]
    return px.tolist() if len(px) <= 4 * MAX_COLOURS else \
        np.unique(px, axis=0)[:MAX_COLOURS + 1].tolist()  # a photo: only its count matters (refused)


def write_palette(path: str | os.PathLike, colours: np.ndarray, name: str = "spriteforge") -> Path:
    """Write (P, 3) uint8 ``colours`` (P <= 256 for .act) in the format ``path``'s suffix names
    (FORMATS; .png: a 1-pixel-high strip); atomically."""
    from ..formats import write_bytes_atomic
    from ..io import encode_png
    p = Path(path)
    c = np.asarray(colours, np.uint8).reshape(-1, 3)
    suffix = p.suffix.lower()
    hexes = [f"{r:02x}{g:02x}{b:02x}" for r, g, b in c.tolist()]
    if suffix == ".gpl":
        body = "".join(f"{r:3d} {g:3d} {b:3d}\t#{h}\n" for (r, g, b), h in zip(c.tolist(), hexes))
        data = f"GIMP Palette\nName: {name}\nColumns: {min(16, len(c))}\n#\n{body}".encode()
    elif suffix == ".hex":
        data = "".join(f"{h}\n" for h in hexes).encode()
    elif suffix == ".txt":
        data = (f";paint.net Palette File\n;Palette Name: {name}\n;Colors: {len(c)}\n"
                + "".join(f"FF{h.upper()}\n" for h in hexes)).encode()
    elif suffix == ".pal":
        data = ("JASC-PAL\r\n0100\r\n" + f"{len(c)}\r\n"
                + "".join(f"{r} {g} {b}\r\n" for r, g, b in c.tolist())).encode()
    elif suffix == ".act":
        if len(c) > 256:
            raise SpriteforgeError(f"{p}: an .act file holds at most 256 colours, got {len(c)}")
        table = np.zeros((256, 3), np.uint8)
        table[:len(c)] = c
        data = table.tobytes() + len(c).to_bytes(2, "big") + b"\xff\xff"  # no transparent index
    elif suffix == ".png":
        strip = np.concatenate([c, np.full((len(c), 1), 255, np.uint8)], 1)[None]
        data = encode_png(strip)
    else:
        raise SpriteforgeError(f"{p}: unknown palette format {p.suffix!r}; write one of {', '.join(FORMATS)}")
    return write_bytes_atomic(p, data)
