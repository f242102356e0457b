"""Atlas packing: speed on 10,000 tiles, and occupancy on a mixed-size set vs rectpack.

    python benchmarks/atlas.py        (pip install rectpack for the comparison)

Targets (issue 6): 10,000 32x32 tiles packed and written <= 2 s on the 2-core
machine; occupancy >= 90 % on DCSS monsters (32x32 and 32x48) plus 16x16 icons,
printed beside rectpack's MaxRects on the same set in the same run.
"""
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from toolkit.atlas import occupancy, pack_maxrects
from toolkit.atlas.build import build_atlas
from toolkit.io import list_images, read_rgba, save_png

SHARED_MON = Path(__file__).resolve().parents[1].parent / "shared" / "dcss" / "mon"


def speed():
    with tempfile.TemporaryDirectory(dir=".") as d:
        src = Path(d) / "tiles"
        src.mkdir()
        from toolkit.data import load_data
        base = np.concatenate([load_data(n).images for n in ("dcss-floors", "dcss-walls")])
        for i in range(10_000):
            t = base[i % len(base)].copy()
            t[0, 0] = (i % 256, i // 256, 7, 255)  # distinct files
            save_png(src / f"t{i:05d}.png", t)
        times = []
        for k in range(3):
            os.sync()  # flush earlier writes: time our work, not their writeback
            t0 = time.perf_counter()
            build_atlas([str(src)], Path(d) / f"out{k}" / "big")
            times.append(time.perf_counter() - t0)
        print(f"10,000 32x32 tiles packed and written (PNG + TSX + JSON + TRES): best {min(times):.2f} s, "
              f"median {sorted(times)[1]:.2f} s (target <= 2 s)")


def mixed_sizes():
    sizes = []
    if SHARED_MON.is_dir():
        for f in list_images(SHARED_MON):
            img = read_rgba(f)
            sizes.append((img.shape[1], img.shape[0]))
        what = f"{len(sizes)} DCSS monsters"
    else:  # same mix as the DCSS monster folder: mostly 32x32, ~7 % 32x48
        sizes = [(32, 32)] * 1470 + [(32, 48)] * 105
        what = "1575 synthetic monster-sized rects"
    sizes += [(16, 16)] * 300
    names = [f"s{i}" for i in range(len(sizes))]
    t0 = time.perf_counter()
    p = pack_maxrects(names, sizes, 0, 0, 4096, False)
    ours_t = time.perf_counter() - t0
    ours = occupancy(p)
    line = (f"mixed set ({what} + 300 16x16 icons): ours {ours:.1%} occupancy on "
            f"{len(p.pages)} page(s) {p.pages} in {ours_t:.2f} s")
    try:
        import rectpack
        w, h = p.pages[0]
        best = None
        for algo in (rectpack.MaxRectsBssf, rectpack.MaxRectsBaf, rectpack.MaxRectsBlsf):
            packer = rectpack.newPacker(pack_algo=algo, rotation=False)
            for i, (rw, rh) in enumerate(sizes):
                packer.add_rect(rw, rh, rid=i)
            # the smallest height rectpack needs at our page width (binary search on height)
            lo, hi = 1, 4096
            while lo < hi:
                mid = (lo + hi) // 2
                pk = rectpack.newPacker(pack_algo=algo, rotation=False)
                for i, (rw, rh) in enumerate(sizes):
                    pk.add_rect(rw, rh, rid=i)
                pk.add_bin(w, mid)
                pk.pack()
                if len(pk.rect_list()) == len(sizes):
                    hi = mid
                else:
                    lo = mid + 1
            occ = sum(a * b for a, b in sizes) / (w * lo)
            best = max(best or 0, occ)
            line += f"; rectpack {algo.__name__} {occ:.1%} ({w}x{lo})"
        print(line)
    except ImportError:
        print(line + "; rectpack not installed (pip install rectpack) for the comparison")


if __name__ == "__main__":
    speed()
    mixed_sizes()
