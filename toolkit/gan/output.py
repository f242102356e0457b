"""What ``generate`` writes: a folder of sprites (PNG + latent), sheet.png, preview.png and
generate.json, written as ``sample.generate_batches``' stream comes, atomically."""
from __future__ import annotations

import io
import os

import numpy as np

from ..formats import atomic_dir, save_json
from ..io import encode_indexed_png, encode_png, save_png
from .sample import Stream

PREVIEW_MAX = 1024      # sprites in preview.png (sheet.png holds them all)

TILED_PREVIEWS = 64  # tiles whose 2x2 repeat goes into tiled.png


def write_generated(stream: Stream, out: str | os.PathLike, *, seed: int, overwrite: bool = False,
                    prefix: str = "sprite", progress=None, tileable: bool = False, indexed: bool = False,
                    palette: np.ndarray | None = None) -> dict:
    """Write ``generate_batches``' ``stream`` to ``out`` as it comes: a PNG per sprite + its
    latent (.npy) beside it (none for quilted tiles), then sheet.png, preview.png and generate.json; atomically (the
    folder appears whole or not at all). ``progress(k)`` is called per batch of k.
    ``tileable``: also tiled/NAME.png (the tile repeated 4x4), tiled.png (the first 64, each
    repeated 2x2) and each tile's seam score in generate.json. ``indexed``: the sprites as
    indexed PNGs (``io.encode_indexed_png``), ``palette`` (P, 3) their shared first entries.
    -> generate.json's content."""
    import functools
    encode = functools.partial(encode_indexed_png, palette=palette) if indexed else encode_png
    from ..sheets import contact_sheet, pack_sheet
    width = max(3, len(str(stream.n - 1)))
    names, imgs, classes, replaced, reclassed = [], [], {}, 0, 0
    with atomic_dir(out, overwrite) as tmp, _Writer() as writer:
        if tileable:
            (tmp / "tiled").mkdir()
        for b in stream.batches:
            first = len(names)
            for img, li in zip(b.images, b.labels if b.labels is not None else [None] * len(b.images)):
                name = f"{prefix}_{len(names):0{width}d}"
                names.append(name)
                if li is not None and stream.classes:
                    classes[name] = stream.classes[int(li)]
            writer.submit(_write_sprites, tmp, names[first:], b.images, b.latents, tileable, encode)
            imgs.append(b.images)
            replaced += b.replaced
            reclassed += b.reclassed
            if progress:
                progress(len(b.images))
        imgs = np.concatenate(imgs)
        cols = min(16, len(imgs))
        save_png(tmp / "sheet.png", pack_sheet(imgs, cols))
        save_png(tmp / "preview.png", contact_sheet(imgs[:PREVIEW_MAX], cols=cols, scale=2))
        meta = {"seed": seed, "n": len(imgs), "replaced_by_novelty_filter": replaced,
                "novelty_threshold": stream.threshold, "sprites": names}
        if classes:
            meta["class"] = classes
        if stream.class_check:
            meta["redrawn_by_class_check"] = reclassed
        if stream.truncation != 1:
            meta["truncation"] = stream.truncation
        if stream.method != "gan":
            meta["method"] = stream.method
        if indexed:
            meta["indexed"] = True
        if tileable:
            from ..pixelart.stats import seam_score
            meta["seam_score"] = dict(zip(names, np.round(seam_score(imgs), 3).tolist()))
            two = np.stack([np.tile(t, (2, 2, 1)) for t in imgs[:TILED_PREVIEWS]])
            save_png(tmp / "tiled.png", contact_sheet(two, cols=min(8, len(two)), scale=2))
        writer.wait()
        save_json(tmp / "generate.json", meta)
    return meta


def _write_sprites(folder, names, images, latents, tileable, encode=encode_png) -> None:
    """NAME.png and NAME.npy per sprite (and tiled/NAME.png); plain writes, as the folder
    itself appears atomically."""
    for k, (name, img) in enumerate(zip(names, images)):
        (folder / f"{name}.png").write_bytes(encode(img))
        if latents is not None:  # quilted tiles have none
            buf = io.BytesIO()
            np.save(buf, latents[k].astype(np.float32))
            (folder / f"{name}.npy").write_bytes(buf.getvalue())
        if tileable:
            (folder / "tiled" / f"{name}.png").write_bytes(encode_png(np.tile(img, (4, 4, 1))))


class _Writer:
    """One thread that writes the sprite files while the main thread draws the next batch
    (the file writes and zlib release the GIL, as TensorFlow's generator calls do).
    ``wait`` re-raises the first failed write; leaving the block waits for every write."""

    def __enter__(self):
        from concurrent.futures import ThreadPoolExecutor
        self.pool, self.futures = ThreadPoolExecutor(1), []
        return self

    def submit(self, fn, *args) -> None:
        """Queue ``fn(*args)``; a write that has already failed raises here, before more work."""
        for f in [f for f in self.futures if f.done()]:
            f.result()
            self.futures.remove(f)
        self.futures.append(self.pool.submit(fn, *args))

    def wait(self) -> None:
        for f in self.futures:
            f.result()

    def __exit__(self, *exc):
        self.pool.shutdown(wait=True, cancel_futures=exc[0] is not None)
        return False
