"""Run pixeloe on photos for benchmarks/stylize.py, in a Python that has it (never imported
by spriteforge itself; pixeloe needs torch).

    PYTHON_WITH_PIXELOE benchmarks/pixeloe_run.py IN.npz OUT.npz SIZE

IN.npz: photos as (H, W, 3) uint8 arrays (already cropped to the sprite's aspect).
OUT.npz: each photo pixelised to SIZE px on its longer side, (h, w, 3) uint8, and
"seconds:NAME": the wall time of the pixelize call (the process and torch are warm).
As a user would call it: the photo at its own resolution (resized by less than one
sprite pixel so the patches tile it), pixel_size = photo side / sprite side.
"""
import sys
import time

import numpy as np
import torch
from PIL import Image
from pixeloe.torch.pixelize import pixelize


def main():
    src, dst, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    torch.set_num_threads(2)
    torch.manual_seed(0)
    out = {}
    photos = dict(np.load(src))
    pixelize(torch.rand(1, 3, 32, 32), pixel_size=4, thickness=1, no_post_upscale=True)  # warm up
    for name, img in photos.items():
        h, w = img.shape[:2]
        sh, sw = (size, max(1, round(size * w / h))) if h >= w else (max(1, round(size * h / w)), size)
        px = max(1, round(max(h, w) / size))
        big = np.array(Image.fromarray(img).resize((sw * px, sh * px), Image.LANCZOS))
        t = torch.from_numpy(big).permute(2, 0, 1)[None].float() / 255
        t0 = time.perf_counter()
        res = pixelize(t, pixel_size=px, thickness=2, mode="contrast", no_post_upscale=True,
                       backend="torch")
        out["seconds:" + name] = np.array(time.perf_counter() - t0)
        res = res[0] if isinstance(res, (tuple, list)) else res
        arr = (res[0].permute(1, 2, 0).clamp(0, 1).numpy() * 255).round().astype(np.uint8)
        out[name] = arr[:sh, :sw]
    np.savez(dst, **out)


if __name__ == "__main__":
    main()
