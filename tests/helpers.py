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
    Image.fromarray(rgba, "RGBA").save(path, format="PNG")
    return path


def huge_header_png(path: Path, w: int = 100_000, h: int = 100_000) -> Path:
    """A tiny file whose header claims a giant image (a decompression bomb)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))
    return path


# tiny GAN networks: a few seconds per run
TINY = dict(latent_dim=16, g_width=32, d_width=8, batch_size=8, sample_every=2, checkpoint_every=2)


def sprites(n=24, seed=0):
    """n distinct sprite-like 32x32 RGBA tiles: a coloured blob on transparency."""
    rng = np.random.default_rng(seed)
    out = np.zeros((n, 32, 32, 4), np.uint8)
    for i in range(n):
        y0, x0 = rng.integers(2, 14, 2)
        h, w = rng.integers(8, 16, 2)
        out[i, y0:y0 + h, x0:x0 + w, :3] = rng.integers(0, 256, 3)
        out[i, y0:y0 + h, x0:x0 + w, 3] = 255
        out[i, y0 + 1, x0 + 1] = (255, 255, 255, 255)
    return out


def weights(model_dir):
    import h5py
    vals = []
    with h5py.File(Path(model_dir) / "generator.weights.h5") as f:
        f.visititems(lambda n, o: vals.append(np.array(o)) if hasattr(o, "shape") else None)
    return vals


def save_tiles(folder: Path, images: np.ndarray, names: list[str] | None = None) -> Path:
    """Write (N, H, W, 4) uint8 tiles as PNGs into a new ``folder`` (t00.png ... or ``names``)."""
    folder.mkdir()
    for i, im in enumerate(images):
        write_png(folder / (names[i] if names else f"t{i:02d}.png"), im)
    return folder


# NumPy's AVX-512 kernels (SVML pow and cbrt, in Lab) can round an ulp off the C library's,
# which loot.js matches, and tip a near tie; references loot.js is held to run on portable kernels.
PORTABLE_NUMPY = {"NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512F AVX512_SKX AVX512_ICL AVX512_SPR"}


def portable(code: str, **inputs):
    """Run ``code`` in a Python process on NumPy's portable kernels: it sees ``inputs`` as
    globals and leaves its answer in ``out``, which comes back (pickled)."""
    import os
    import pickle
    import subprocess
    import sys
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.pkl", Path(tmp) / "out.pkl"
        src.write_bytes(pickle.dumps(inputs))
        script = ("import pickle, sys\nglobals().update(pickle.loads(open(sys.argv[1], 'rb').read()))\n"
                  + code + "\nopen(sys.argv[2], 'wb').write(pickle.dumps(out))\n")
        r = subprocess.run([sys.executable, "-c", script, str(src), str(dst)], env={**os.environ, **PORTABLE_NUMPY},
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr[-2000:]
        return pickle.loads(dst.read_bytes())
