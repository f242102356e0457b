"""Small builders shared by tests: PNG files of every awkward kind."""
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image


def noise_tiles(rng: np.random.Generator, n: int, w: int, h: int) -> np.ndarray:
    """n distinct RGBA noise tiles; ~10 % transparent pixels stored as (0,0,0,0)."""
    t = rng.integers(0, 256, (n, h, w, 4), dtype=np.uint8)
    t[..., 3] = np.where(rng.random((n, h, w)) < 0.1, 0, 255)
    t[t[..., 3] == 0] = 0
    return t


def write_png(path: Path, rgba: np.ndarray) -> Path:
    Image.fromarray(rgba, "RGBA").save(path)
    return path


def huge_header_png(path: Path, w: int = 100_000, h: int = 100_000) -> Path:
    """A tiny file whose header claims a giant image (a decompression bomb)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))
    return path
