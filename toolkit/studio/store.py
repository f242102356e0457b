"""The studio's folder: its errors, sprite ids, the kept sprites (favourites.json, each
favourite's PNG) and their export as a folder ``atlas`` packs (and a zip of it)."""
from __future__ import annotations

import io as _io
import re
import zipfile
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError
from ..formats import atomic_dir, read_json, save_json, write_bytes_atomic
from ..io import save_png

ID_RE = re.compile(r"^[0-9a-f]{16}$")
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class StudioError(SpriteforgeError):
    """A bad request: the page shows the message; the server answers 4xx (``status``)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


class Favourites:
    """The favourites half of ``session.Studio`` (it supplies ``dir``, ``sprite``, ``_locked``...)."""

    def favourites(self) -> list[dict]:
        f = self.dir / "favourites.json"
        if not f.is_file():
            return []
        return list(read_json(f, "studio favourites file", ("sprites",))["sprites"])

    def keep(self, sid: str) -> dict:
        rec = self.sprite(sid)
        if rec["model"] not in self.paths:
            raise StudioError(f"sprite {sid} is of a model this studio was not started with", 409)
        with self._locked():
            favs = self.favourites()
            if any(r["id"] == sid for r in favs):
                return next(r for r in favs if r["id"] == sid)
            save_png(self.dir / "sprites" / f"{sid}.png", rec["image"])
            buf = _io.BytesIO()
            np.save(buf, self._z(rec))
            write_bytes_atomic(self.dir / "sprites" / f"{sid}.npy", buf.getvalue())
            keep = {k: v for k, v in rec.items() if k not in ("image", "png")}
            keep["png"] = f"/api/sprites/{sid}.png"
            save_json(self.dir / "favourites.json", {"sprites": favs + [keep]})
            return keep

    def drop(self, sid: str) -> None:
        if not ID_RE.match(sid or ""):
            raise StudioError(f"not a sprite id: {sid!r}")
        with self._locked():
            favs = self.favourites()
            if not any(r["id"] == sid for r in favs):
                raise StudioError(f"sprite {sid} is not a favourite", 404)
            save_json(self.dir / "favourites.json", {"sprites": [r for r in favs if r["id"] != sid]})

    def favourite_png(self, sid: str) -> Path:
        if not ID_RE.match(sid or ""):
            raise StudioError(f"not a sprite id: {sid!r}")
        f = self.dir / "sprites" / f"{sid}.png"
        if not f.is_file():
            raise StudioError(f"no picture of sprite {sid}", 404)
        return f

    # ------------------------------------------------------------------ export
    def export(self, name: str, ids: list[str] | None = None) -> Path:
        """Favourites (``ids``, default all) to STUDIO_DIR/exports/NAME/: NAME_k.png and .npy,
        studio.json (lineage and the command that redraws each), and an atlas (Tiled, Phaser /
        PixiJS, Godot) in atlas/; zipped to exports/NAME.zip. -> the zip."""
        from ..atlas import build_atlas
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise StudioError("an export name is 1-64 letters, digits, - or _")
        favs = self.favourites()
        if ids is not None:
            favs = [r for r in favs if r["id"] in set(ids)]
        if not favs:
            raise StudioError("nothing to export: keep some sprites first")
        exports = self.dir / "exports"
        exports.mkdir(exist_ok=True)
        out = exports / name
        with atomic_dir(out, overwrite=True) as tmp:
            (tmp / "sprites").mkdir()
            meta = []
            for k, r in enumerate(favs):
                stem = f"{name}_{k:03d}"
                (tmp / "sprites" / f"{stem}.png").write_bytes(self.favourite_png(r["id"]).read_bytes())
                (tmp / "sprites" / f"{stem}.npy").write_bytes((self.dir / "sprites" / f"{r['id']}.npy").read_bytes())
                cmd = r["lineage"].get("command") or (f"spriteforge arithmetic {self.paths[r['model']]} "
                                                     f"sprites/{stem}.npy --out DIR")
                meta.append({"file": f"sprites/{stem}.png", "latent": f"sprites/{stem}.npy", "id": r["id"],
                             "model": str(self.paths[r["model"]]), "class": r["class"],
                             "lineage": r["lineage"], "command": cmd})
            save_json(tmp / "studio.json", {"sprites": meta})
            build_atlas([f"sprite={tmp / 'sprites'}"], tmp / "atlas", name=name, overwrite=True)
        buf = _io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for p in sorted(out.rglob("*")):
                if p.is_file():
                    z.write(p, f"{name}/{p.relative_to(out).as_posix()}")
        return write_bytes_atomic(exports / f"{name}.zip", buf.getvalue())

    def export_zip(self, name: str) -> Path:
        if not NAME_RE.match(name or ""):
            raise StudioError("not an export name")
        f = self.dir / "exports" / f"{name}.zip"
        if not f.is_file():
            raise StudioError(f"no export {name}", 404)
        return f
