"""The studio's state and operations, with no web in it: draw, keep, breed, morph, steer,
encode an upload, export. Every sprite is a latent (and class) of one model, with its lineage;
favourites live in the studio folder and survive a restart.

    STUDIO_DIR/favourites.json   {"sprites": [record, ...]}  (record: id, model, z, label,
                                 class, lineage, command)
    STUDIO_DIR/sprites/ID.png    each favourite's picture (and ID.npy, its latent)
    STUDIO_DIR/exports/NAME.zip  what Export made (and the folder NAME/ it zips)
"""
from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import os
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError
from ..formats import write_bytes_atomic
from ..io import encode_png
from ..limits import check_numbers
from .store import ID_RE, Favourites, StudioError

MAX_UPLOAD = 1 << 20   # bytes of an uploaded PNG
CANDIDATES = 20_000    # sprites kept in memory for keep / breed / morph (oldest dropped)
DIRECTIONS = 6         # PCA directions of the early features per model
PCA_SAMPLES = 1024     # latents the directions are fitted on


def sprite_id(model: str, z: np.ndarray, label) -> str:
    h = hashlib.sha256(model.encode() + np.asarray(z, np.float32).tobytes() + str(label).encode())
    return h.hexdigest()[:16]


def data_url(img: np.ndarray) -> str:
    return "data:image/png;base64," + base64.b64encode(encode_png(img)).decode()


class Studio(Favourites):
    """``Studio(models, folder)``: ``models`` {name: model folder}; ``folder`` the studio folder."""

    def __init__(self, models: dict[str, str | os.PathLike], folder: str | os.PathLike):
        from ..gan.folder import load_config
        if not models:
            raise SpriteforgeError("the studio needs at least one model folder")
        self.paths = {k: Path(v) for k, v in models.items()}
        self.meta = {k: load_config(p) for k, p in self.paths.items()}  # every model checked first
        self.dir = Path(folder)
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "sprites").mkdir(exist_ok=True)
        self._gens: dict = {}
        self._dirs: dict = {}
        self._cands: OrderedDict[str, dict] = OrderedDict()
        self._lock = threading.RLock()  # TensorFlow calls and the favourites file, one at a time

    # ------------------------------------------------------------------ models
    def models(self) -> list[dict]:
        out = []
        for name, m in self.meta.items():
            c = m["config"]
            out.append({"name": name, "classes": m.get("classes", []), "tileable": bool(c.tileable),
                        "size": int(c.size), "conditional": bool(c.num_classes),
                        "named_classes": bool(m.get("classes")) and not c.clusters})
        return out

    def gen(self, model: str):
        if not isinstance(model, str) or model not in self.paths:
            raise StudioError(f"unknown model {model!r}; this studio has: {', '.join(self.paths)}", 404)
        with self._lock:
            if model not in self._gens:
                from ..gan.folder import Generator
                self._gens[model] = Generator(self.paths[model])
            return self._gens[model]

    def warm(self, model: str) -> None:
        """Load ``model``, fit its clean-up and trace its generator: the first page is then quick."""
        with self._lock:
            gen = self.gen(model)
            gen.style.clean(gen(gen.latents(1, 0), gen.default_labels(1, 0)))

    # ------------------------------------------------------------------ drawing
    def _render(self, model: str, z: np.ndarray, labels, lineage: list[dict], weights=None) -> list[dict]:
        with self._lock:
            return self._render_locked(model, z, labels, lineage, weights)

    def _render_locked(self, model, z, labels, lineage, weights):
        gen = self.gen(model)
        raw = gen.mixed(z, weights) if weights is not None else gen(z, labels)
        imgs = gen.style.clean(raw)
        out = []
        for i, (zi, img) in enumerate(zip(z, imgs)):
            lab = None if labels is None else int(labels[i])
            sid = sprite_id(model, zi, (lab, None if weights is None else np.round(weights[i], 6).tolist()))
            rec = {"id": sid, "model": model, "z": np.asarray(zi, np.float32).tolist(), "label": lab,
                   "class": gen.classes[lab] if lab is not None and gen.classes else None,
                   "lineage": lineage[i], "png": data_url(img)}
            if weights is not None:
                rec["weights"] = np.asarray(weights[i], np.float32).tolist()
            self._remember(rec, img)
            out.append(rec)
        return out

    def _remember(self, rec: dict, img: np.ndarray) -> None:
        self._cands[rec["id"]] = {**rec, "image": img}
        self._cands.move_to_end(rec["id"])
        while len(self._cands) > CANDIDATES:
            self._cands.popitem(last=False)

    def sprite(self, sid: str) -> dict:
        """A sprite drawn in this session or kept in an earlier one."""
        if not isinstance(sid, str) or not ID_RE.match(sid):
            raise StudioError(f"not a sprite id: {sid!r}")
        with self._lock:
            if sid in self._cands:
                return self._cands[sid]
        for rec in self.favourites():
            if rec["id"] == sid:
                return rec
        raise StudioError(f"no sprite {sid} in this studio (draw it again)", 404)

    def _z(self, rec: dict) -> np.ndarray:
        return np.asarray(rec["z"], np.float32)

    def _labels(self, model: str, n: int, seed: int, klass: str | None):
        gen = self.gen(model)
        if klass:
            return np.full(n, gen.class_index(klass), np.int32)
        return gen.default_labels(n, seed)

    def draw(self, model: str, n: int = 32, seed: int = 0, klass: str | None = None,
             truncation: float = 1.0) -> list[dict]:
        """``n`` new sprites from latents ``seed`` (as ``generate --seed SEED --no-novelty``)."""
        _count(n)
        check_numbers("studio", {"truncation": truncation})
        gen = self.gen(model)
        z = gen.latents(n, seed) * np.float32(truncation)
        labels = self._labels(model, n, seed, klass)
        cls = f" --class {klass}" if klass else ""
        trunc = f" --truncation {truncation:g}" if truncation != 1 else ""
        lineage = [{"op": "draw", "seed": seed, "index": i, "class": klass, "truncation": truncation,
                    "command": f"spriteforge generate {self.paths[model]} -n {i + 1} --seed {seed}{cls}{trunc} "
                               f"--no-novelty --no-class-check --out DIR  # sprite_{i:03d}"}
                   for i in range(n)]
        return self._render(model, z, labels, lineage)

    def breed(self, parents: list[str], n: int = 16, mutation: float = 0.3, seed: int = 0) -> list[dict]:
        """``n`` children of two or more ``parents`` (one model): each of two parents drawn at
        random, crossed over (each latent number from one of them) or slerped (a random point
        between), plus ``mutation`` times fresh noise; a child keeps a parent's class."""
        from ..latent.paths import slerp
        _count(n)
        if not isinstance(parents, list) or len(parents) < 2:
            raise StudioError("breeding needs two or more parents")
        check_numbers("studio", {"mutation": mutation})
        recs = [self.sprite(p) for p in parents]
        model = recs[0]["model"]
        if any(r["model"] != model for r in recs):
            raise StudioError("parents must come from one model")
        rng = np.random.default_rng([seed, 21])
        zs, labels, lineage = [], [], []
        for _ in range(n):
            a, b = rng.choice(len(recs), 2, replace=False)
            za, zb = self._z(recs[a]), self._z(recs[b])
            if rng.random() < 0.5:
                op, t = "crossover", None
                z = np.where(rng.random(za.shape) < 0.5, za, zb)
            else:
                op, t = "slerp", float(rng.uniform(0.25, 0.75))
                z = slerp(za, zb, np.array([t]))[0]
            z = (z + mutation * rng.standard_normal(za.shape)).astype(np.float32)
            zs.append(z)
            labels.append(recs[a if rng.random() < 0.5 else b]["label"])
            lineage.append({"op": op, "parents": [recs[a]["id"], recs[b]["id"]], "t": t,
                            "mutation": mutation, "seed": seed})
        lab = None if labels[0] is None else np.array(labels, np.int32)
        return self._render(model, np.stack(zs), lab, lineage)

    def morph(self, a: str, b: str, steps: int = 8) -> list[dict]:
        """``steps`` sprites from ``a`` to ``b`` along the great circle (slerp) between their
        latents; between two classes, the class embeddings are mixed as ``interpolate`` does."""
        from ..latent.paths import slerp
        check_numbers("morph", {"steps": steps})
        ra, rb = self.sprite(a), self.sprite(b)
        if ra["model"] != rb["model"]:
            raise StudioError("a morph needs two sprites of one model")
        t = np.linspace(0, 1, steps)
        z = slerp(self._z(ra), self._z(rb), t).astype(np.float32)
        lineage = [{"op": "morph", "parents": [a, b], "t": float(x)} for x in t]
        gen = self.gen(ra["model"])
        if ra["label"] is None:
            return self._render(ra["model"], z, None, lineage)
        if ra["label"] == rb["label"]:
            return self._render(ra["model"], z, np.full(steps, ra["label"], np.int32), lineage)
        w = np.zeros((steps, gen.cfg.num_classes), np.float32)
        w[:, ra["label"]], w[:, rb["label"]] = 1 - t, t
        return self._render(ra["model"], z, np.where(t < 0.5, ra["label"], rb["label"]), lineage, weights=w)

    def variations(self, sid: str, n: int = 16, spread: float = 0.8, seed: int = 0) -> list[dict]:
        """``variations`` of one sprite, from its latent (the model as it is)."""
        from ..latent.encode import Encoded
        from ..latent.variations import variations
        _count(n)
        check_numbers("variations", {"spread": spread})
        rec = self.sprite(sid)
        gen = self.gen(rec["model"])
        z = self._z(rec)[None]
        lab = None if rec["label"] is None else np.array([rec["label"]], np.int32)
        with self._lock:
            enc = Encoded.of_latents(gen, z, lab)
            _, lat, enc = variations(gen, enc.images[0], n, spread=spread, seed=seed, tune_steps=0, encoded=enc)
        labels = None if lab is None else np.full(len(lat), lab[0], np.int32)
        lineage = [{"op": "variation", "parents": [sid], "spread": spread, "seed": seed} for _ in lat]
        return self._render(rec["model"], np.asarray(lat, np.float32), labels, lineage)

    def directions(self, model: str) -> np.ndarray:
        """(DIRECTIONS, D) unit latent directions: the principal components of the generator's
        first features (its first ReLU), carried back to the latent by least squares (as
        GANSpace does). Fitted once per model on PCA_SAMPLES seeded latents."""
        if model not in self._dirs:
            import keras
            gen = self.gen(model)
            layer = next(l for l in gen.G.layers if isinstance(l, keras.layers.ReLU))
            sub = keras.Model(gen.G.inputs, layer.output)
            z = gen.latents(PCA_SAMPLES, 77)
            lab = gen.default_labels(PCA_SAMPLES, 77)
            with self._lock:
                feats = np.concatenate([np.asarray(sub([z[i:i + 256]] + ([] if lab is None else [lab[i:i + 256]]),
                                                       training=False)).reshape(min(256, len(z) - i), -1)
                                        for i in range(0, len(z), 256)])
            f = feats - feats.mean(0)
            _, _, vt = np.linalg.svd(f, full_matrices=False)
            coords = f @ vt[:DIRECTIONS].T                               # (N, K)
            d, *_ = np.linalg.lstsq(z, coords - coords.mean(0), rcond=None)  # (D, K)
            d = d.T / np.linalg.norm(d.T, axis=1, keepdims=True)
            self._dirs[model] = d.astype(np.float32)
        return self._dirs[model]

    def steer(self, sid: str, direction: int, amounts: list[float]) -> list[dict]:
        """The sprite moved along one PCA direction by each of ``amounts`` (latent units)."""
        rec = self.sprite(sid)
        d = self.directions(rec["model"])
        if not isinstance(direction, int) or not 0 <= direction < len(d):
            raise StudioError(f"direction must be 0..{len(d) - 1}, got {direction!r}")
        a = np.asarray(amounts, np.float32)
        if a.ndim != 1 or not 1 <= len(a) <= 64 or not np.all(np.isfinite(a)) or np.abs(a).max() > 10:
            raise StudioError("amounts must be 1..64 finite numbers in -10..10")
        z = self._z(rec)[None] + a[:, None] * d[direction][None]
        labels = None if rec["label"] is None else np.full(len(a), rec["label"], np.int32)
        lineage = [{"op": "steer", "parents": [sid], "direction": direction, "amount": float(x)} for x in a]
        return self._render(rec["model"], z.astype(np.float32), labels, lineage)

    def recolor(self, sid: str, palette: str | None = None) -> list[dict]:
        """The sprite in the five loot tiers, or with ``palette`` (a shipped palette's NAME)
        moved into that palette (``pixelart.recolor``); the new sprites keep its latent."""
        from ..pixelart.palette_files import named_palettes, read_palette
        from ..pixelart.recolor import TIERS, tier_colours, to_palette, to_tier
        rec = self.sprite(sid)
        from ..io import read_rgba
        img = rec["image"] if "image" in rec else read_rgba(self.favourite_png(sid))
        if palette is not None and palette not in named_palettes():
            raise StudioError(f"palette must be one of {', '.join(named_palettes())}, got {palette!r}")
        looks = [(f"palette {palette}", to_palette(img, read_palette(palette))[0])] if palette else \
            [(f"tier {t}", to_tier(img, c)[0]) for t, c in tier_colours(list(TIERS)).items()]
        out = []
        for what, im in looks:
            sid2 = sprite_id(rec["model"], self._z(rec), (rec["label"], what, sid))
            lineage = {"op": "recolor", "parents": [sid], "look": what,
                       "command": f"spriteforge recolor SPRITE.png --{'to ' + palette if palette else 'tiers ' + what[5:]}"
                                  f" --out DIR"}
            new = {**{k: rec[k] for k in ("model", "z", "label", "class")}, "id": sid2, "lineage": lineage,
                   "png": data_url(im)}
            with self._lock:
                self._remember(new, im)
            out.append(new)
        return out

    def upload(self, model: str, data: bytes, n: int = 16, seed: int = 0) -> list[dict]:
        """A PNG of the user's: encoded into ``model`` (its nearest latent), then its variations;
        -> [the encoded sprite, *variations]."""
        from ..io import read_rgba
        from ..latent.encode import check_sprites, encode
        if len(data) > MAX_UPLOAD:
            raise StudioError(f"the upload is {len(data)} bytes; at most {MAX_UPLOAD}", 413)
        gen = self.gen(model)
        up = self.dir / "uploads"
        up.mkdir(exist_ok=True)
        f = up / f"{hashlib.sha256(data).hexdigest()[:16]}.png"
        write_bytes_atomic(f, data)
        try:
            img = read_rgba(f)
        except SpriteforgeError as e:
            raise StudioError(f"the upload is not a usable PNG: {str(e).split(': ', 1)[-1]}") from None
        finally:
            f.unlink(missing_ok=True)
        try:
            check_sprites(gen, [img], ["the upload"])
        except SpriteforgeError as e:
            raise StudioError(str(e)) from None
        with self._lock:
            enc = encode(gen, img[None], seed=seed)
        lab = enc.labels
        first = self._render(model, enc.latents, lab, [{"op": "encode", "seed": seed}])
        return first + self.variations(first[0]["id"], n, seed=seed)

    # ------------------------------------------------------------------ favourites
    @contextlib.contextmanager
    def _locked(self):
        """The favourites file, read and written by one request at a time, across processes too."""
        with self._lock, open(self.dir / ".lock", "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)


def _count(n) -> None:
    if isinstance(n, bool) or not isinstance(n, int):
        raise StudioError(f"n must be an integer, got {n!r}")
    check_numbers("studio", {"n": n})
