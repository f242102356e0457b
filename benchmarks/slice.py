"""Slice a 4096x4096 sheet of 32x32 tiles (16,384 tiles) and write them.

Target (issue 2): <= 2 s on the 2-core dev/CI machine. Prints the figures.
    python benchmarks/slice.py [--detect]
"""
import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from toolkit.io import save_png
from toolkit.sheets import slice_files


def make_sheet(path: Path, seed: int = 0) -> None:
    """A 4096x4096 sheet of 16,384 distinct real-looking 32x32 tiles.

    Real DCSS weapons, floors and walls, each in up to 48 variants (8 flips /
    rotations x 6 colour-channel orders), so no tile is empty or a duplicate
    and every one is written, with the compressibility of real pixel art.
    """
    from toolkit.data import load_data
    base = np.concatenate([load_data(n).images for n in ("dcss-weapons", "dcss-floors", "dcss-walls")])
    rng = np.random.default_rng(seed)
    perms = [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
    combos = rng.permutation(len(base) * 48)[:16384]
    tiles = np.empty((16384, 32, 32, 4), np.uint8)
    for i, c in enumerate(combos):
        t = base[c // 48]
        v, p = divmod(c % 48, 6)
        t = np.rot90(t, v % 4)
        t = t[:, ::-1] if v >= 4 else t
        tiles[i] = t[..., list(perms[p]) + [3]]
    sheet = tiles.reshape(128, 128, 32, 32, 4).transpose(0, 2, 1, 3, 4).reshape(4096, 4096, 4)
    save_png(path, sheet)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # Written under the current folder: on these machines /tmp is a much slower
    # file system (3x for 16k small files), which would measure the disk, not us.
    with tempfile.TemporaryDirectory(dir=".") as d:
        d = Path(d)
        make_sheet(d / "big.png")
        for mode, tile in (("given --tile 32", (32, 32)), ("detected", None)):
            times = []
            for i in range(args.repeat):
                os.sync()  # flush the previous repeat's files: time our work, not their writeback
                t = time.perf_counter()
                man = slice_files([d / "big.png"], d / f"out{mode[0]}{i}", tile=tile)
                times.append(time.perf_counter() - t)
            n = len(man["tiles"])
            g = man["sheets"][0]["grid"]
            print(f"slice 4096x4096 -> {n} tiles ({g['tile_w']}x{g['tile_h']}), {mode}: "
                  f"best {min(times):.2f} s, median {sorted(times)[len(times) // 2]:.2f} s "
                  f"(target <= 2 s)")


if __name__ == "__main__":
    main()
