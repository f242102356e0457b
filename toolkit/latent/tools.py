"""Interpolation strips/GIFs and latent arithmetic over a trained generator.

Operands name latents: a seed ``7`` is the latent of ``generate --seed 7
-n 1`` (the first draw of that seed's stream); ``DIR/sprite_007.npy`` or
``DIR/sprite_007.png`` is a latent saved by ``generate`` (or ``encode``); with
``run=DIR`` a bare ``sprite_007`` is looked up there. Any other ``.png`` is a
sprite of the user's: it is encoded (``encode.py``) and stands for its latent
and class.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ..errors import OptionError, SpriteforgeError
from ..gan.folder import Generator, class_index, load_config, seed_latents
from ..formats import atomic_dir, read_json, save_json
from ..io import encode_gif, save_png
from ..pixelart.cleanup import palette_option, render
from ..sheets import contact_sheet, pack_sheet
from . import expr as E
from .paths import latent_path, path_segments

BACKGROUND = (40, 40, 48, 255)


# --------------------------------------------------------------------------- operands

def _sprite_class(npy: Path) -> str | None:
    """The class recorded by ``generate`` (or ``encode``) for a saved sprite, if any."""
    for name in ("generate.json", "encode.json", "variations.json"):
        meta = npy.parent / name
        if meta.is_file():
            try:
                return read_json(meta).get("class", {}).get(npy.stem)
            except (SpriteforgeError, AttributeError):  # no class known: the operand's own
                return None
    return None


def png_operand(text: str, run=None) -> Path | None:
    """The user's sprite an operand names: a .png with no latent saved beside it (None
    otherwise). SpriteforgeError when the file is missing or not an image."""
    p = Path(text)
    if p.suffix.lower() != ".png" or find_latent_file(text, run) is not None:
        return None
    if not p.is_file():
        raise SpriteforgeError(f"{p}: no such sprite (and no latent .npy beside it)")
    from ..io import read_rgba
    read_rgba(p)  # unreadable: one line now, before the model loads
    return p


def encode_operands(gen, texts: list[str], run=None) -> dict[str, tuple[np.ndarray, int | None]]:
    """{operand: (latent (D,), class index or None)} for the user's sprites among ``texts``,
    encoded in one batch (seed 0, so the same file always stands for the same latent)."""
    from ..io import read_rgba
    from .encode import check_sprites, encode
    pngs = list(dict.fromkeys(t for t in texts if png_operand(t, run)))
    if not pngs:
        return {}
    imgs = [read_rgba(p) for p in pngs]
    check_sprites(gen, imgs, pngs)
    enc = encode(gen, np.stack(imgs))
    return {t: (enc.latents[i], None if enc.labels is None else int(enc.labels[i]))
            for i, t in enumerate(pngs)}


def find_latent_file(text: str, run: str | os.PathLike | None = None) -> Path | None:
    """The .npy an operand names, or None when it names no file."""
    cands = []
    p = Path(text)
    if p.suffix == ".npy":
        cands.append(p)
    elif p.suffix == ".png":
        cands.append(p.with_suffix(".npy"))
    else:
        cands.append(Path(text + ".npy"))
    if run is not None:
        cands += [Path(run) / c.name for c in list(cands)]
    return next((c for c in cands if c.is_file()), None)


def resolve(text: str, latent_dim: int, run: str | os.PathLike | None = None) -> np.ndarray:
    """(D,) float32 latent of an operand: a seed, a saved latent, or a generated sprite."""
    if text.isdigit():
        return seed_latents(1, int(text), latent_dim)[0]
    f = find_latent_file(text, run)
    if f is None:
        hint = "" if run else " (bare sprite names need {run} DIR)"
        raise SpriteforgeError(f"unknown operand {text!r}: not a seed, a saved latent (.npy) or a "
                               f"sprite written by generate{hint}")
    try:
        z = np.load(f, allow_pickle=False)
    except ValueError:  # numpy's wording here is about pickles: say what the file is not
        raise SpriteforgeError(f"{f}: not a latent file (not a NumPy .npy array of numbers)") from None
    except Exception as e:
        raise SpriteforgeError(f"{f}: not a latent file ({str(e).splitlines()[0]})") from None
    z = np.asarray(z)
    if z.ndim == 2 and z.shape[0] == 1:  # a (1, D) batch of one
        z = z[0]
    if z.dtype.kind not in "fiu" or z.ndim != 1 or z.shape[0] != latent_dim:
        raise SpriteforgeError(f"{f}: a latent for this model is {latent_dim} numbers, got "
                               f"{'shape ' + str(np.shape(z)) if z.dtype.kind in 'fiu' else z.dtype}")
    bad = int(np.sum(~np.isfinite(z)))
    if bad:
        raise SpriteforgeError(f"{f}: {bad} of its {latent_dim} numbers are NaN or infinite")
    return z.astype(np.float32)


def operand_class(text: str, run=None) -> str | None:
    f = None if text.isdigit() else find_latent_file(text, run)
    return _sprite_class(f) if f else None


def point_class(gen, text: str, run=None, encoded: dict | None = None) -> int:
    """Class index an operand is drawn in on a model trained on clusters: a saved sprite's
    recorded class; a seed's is the cluster ``generate --seed N -n 1`` draws for it, so
    seed N renders here as it does there; a user's sprite, the one it was encoded in;
    anything else, the biggest cluster."""
    if encoded and text in encoded:
        return encoded[text][1]
    name = operand_class(text, run)
    if name in gen.classes:
        return gen.classes.index(name)
    if text.isdigit():
        return int(gen.cluster_draws(1, int(text))[0])
    return 0


# --------------------------------------------------------------------------- rendering

def _render(gen, z: np.ndarray, weights: np.ndarray | None, palette) -> np.ndarray:
    raw = gen.mixed(z, weights) if weights is not None else gen(z)
    return render(raw, palette)


def _class_weights(classes: list[str], n: int, klass: str | None, t: np.ndarray | None = None,
                   from_class: str | None = None, to_class: str | None = None) -> np.ndarray | None:
    """(n, C) class weights for a conditional model (None for an unconditional one).
    Unknown class names raise SpriteforgeError (checked before the model loads)."""
    if not classes:
        if klass or from_class or to_class:
            class_index(classes, klass or from_class or to_class)  # raises: no classes
        return None
    w = np.zeros((n, len(classes)), np.float32)
    if from_class or to_class:
        a = class_index(classes, from_class or klass or to_class)
        b = class_index(classes, to_class or klass or from_class)
        w[:, a] += 1 - t
        w[:, b] += t
        return w
    w[:, class_index(classes, klass) if klass else 0] = 1
    return w


# --------------------------------------------------------------------------- interpolate

def interpolate(model_dir, start: str | None, end: str | None, *, via: list[str] | None = None,
                steps: int = 16, method: str = "slerp", klass: str | None = None,
                from_class: str | None = None, to_class: str | None = None,
                palette: str = "training", run=None) -> dict:
    """Frames along a latent path from ``start`` through ``via`` to ``end``.

    With ``from_class``/``to_class`` (conditional models) the class embedding
    morphs linearly from one class to the other; the latent path is then
    optional (``end`` defaults to ``start``, ``start`` to seed 0).
    Returns images (steps, H, W, 4) uint8, latents (steps, D), class weights.
    """
    if steps < 2 or steps > 1000:
        raise OptionError("steps", f"must be in 2..1000, got {steps}")
    morph = bool(from_class or to_class)
    if start is None and not morph:
        raise SpriteforgeError("give {from} (and {to}), or {from_class} and {to_class}")
    if end is None and not morph:
        raise SpriteforgeError("give {to}: the end of the path")
    start = start if start is not None else "0"
    end = end if end is not None else start
    meta = load_config(model_dir)  # everything is checked before TensorFlow loads
    classes, dim = meta.get("classes", []), meta["config"].latent_dim
    path = [start, *(via or []), end]
    lat = {p: resolve(p, dim, run) for p in path if png_operand(p, run) is None}
    t = np.linspace(0.0, 1.0, steps, dtype=np.float32)
    clustered = bool(classes and meta["config"].clusters and not (klass or morph))
    if not clustered:  # (checks class names before the model loads)
        _class_weights(classes, steps, klass, t, from_class, to_class)
    gen = Generator(model_dir)
    encoded = encode_operands(gen, path, run)
    lat.update({k: v[0] for k, v in encoded.items()})
    z = latent_path([lat[p] for p in path], steps, method)
    if classes and not (klass or morph or clustered):
        klass = (classes[encoded[start][1]] if start in encoded else operand_class(start, run)) \
            or classes[0]
    if not clustered:
        w = _class_weights(classes, steps, klass, t, from_class, to_class)
    point_classes = None
    if clustered:  # each point in its own cluster, the embedding morphing between them
        # (point_class needs the model's training labels, so these weights come after it loads)
        idx = np.array([point_class(gen, p, run, encoded) for p in path])
        point_classes = [classes[i] for i in idx]
        k, tk = path_segments(len(path), steps)  # the latent path's own segments
        w = np.zeros((steps, len(classes)), np.float32)
        np.add.at(w, (np.arange(steps), idx[k]), 1 - tk)
        np.add.at(w, (np.arange(steps), idx[k + 1]), tk)
    imgs = _render(gen, z, w, palette_option(palette, gen.train_images, gen.texture))
    return {"images": imgs, "latents": z, "class_weights": w, "classes": classes,
            "path": path, "method": method, "class": klass, "point_classes": point_classes,
            "from_class": from_class, "to_class": to_class}


MAX_SCALE = 64  # preview enlargement: a 32 px sprite becomes 2048 px


def check_gif_options(fps: float, scale: int) -> None:
    if fps <= 0 or fps > 100:
        raise OptionError("fps", f"must be in (0, 100], got {fps}")
    check_scale(scale)


def check_scale(scale: int) -> None:
    if not 1 <= scale <= MAX_SCALE:
        raise OptionError("scale", f"must be 1..{MAX_SCALE}, got {scale}")


def gif_frames(images: np.ndarray, scale: int = 4) -> np.ndarray:
    """Sprites over the preview background, enlarged: (T, h*scale, w*scale, 3)."""
    return np.stack([contact_sheet(im[None], 1, scale, pad=0, background=BACKGROUND)[..., :3]
                     for im in images])


def write_interpolation(result: dict, out, *, fps: float = 10.0, scale: int = 4, bounce: bool = False,
                        overwrite: bool = False) -> Path:
    """frames/frame_NNN.png (native size, atlas-ready), strip.png (native, one
    row), preview.png (enlarged), loop.gif, latents.npy, interpolate.json."""
    check_gif_options(fps, scale)
    imgs = result["images"]
    n = len(imgs)
    width = max(3, len(str(n - 1)))
    with atomic_dir(out, overwrite) as tmp:
        (tmp / "frames").mkdir()
        for i, img in enumerate(imgs):
            save_png(tmp / "frames" / f"frame_{i:0{width}d}.png", img)
        save_png(tmp / "strip.png", pack_sheet(imgs, n))
        save_png(tmp / "preview.png", contact_sheet(imgs, cols=min(n, 16), scale=scale))
        seq = np.concatenate([imgs, imgs[-2:0:-1]]) if bounce and n > 2 else imgs
        (tmp / "loop.gif").write_bytes(encode_gif(gif_frames(seq, scale), int(round(1000 / fps))))
        with open(tmp / "latents.npy", "wb") as f:
            np.save(f, result["latents"].astype(np.float32))
        meta = {k: result[k] for k in ("path", "method", "class", "from_class", "to_class")}
        if result.get("point_classes"):
            meta["point_classes"] = result["point_classes"]
        meta.update(frames=n, gif_frames=len(seq), fps=fps)
        if result["class_weights"] is not None:
            meta["classes"] = result["classes"]
            meta["class_weights"] = np.round(result["class_weights"], 4).tolist()
        save_json(tmp / "interpolate.json", meta)
    return Path(out)


# --------------------------------------------------------------------------- arithmetic

MAX_OPERANDS = 64  # one grid row of terms and their members


def arithmetic(model_dir, text: str, *, klass: str | None = None, palette: str = "training",
               run=None, keep_length: bool = False) -> dict:
    """Evaluate a latent expression (see ``toolkit.latent.expr``) and render it.

    A sum of three latents is ~sqrt(3) times longer than any latent the
    generator was trained on (saturated, noisy sprites), so the result is
    rescaled to the typical length sqrt(D) unless ``keep_length``.

    Returns the parsed expression, the result latent and sprite, and for the
    grid each top-level term: (sign, caption, sprite, member sprites of a mean).
    """
    node = E.parse(text)
    if len(E.names(node)) > MAX_OPERANDS:
        raise SpriteforgeError(f"the expression has {len(E.names(node))} operands; at most "
                               f"{MAX_OPERANDS} fit one grid")
    meta = load_config(model_dir)  # everything is checked before TensorFlow loads
    classes, dim = meta.get("classes", []), meta["config"].latent_dim
    cache: dict[str, np.ndarray] = {}

    def res(name):
        if name not in cache:
            cache[name] = resolve(name, dim, run)
        return cache[name]

    pngs = [nm for nm in E.names(node) if png_operand(nm, run) is not None]
    for nm in E.names(node):  # every operand checked before the model loads
        if nm not in pngs:
            res(nm)

    def nonzero():
        z = E.evaluate(node, res)
        if np.linalg.norm(z) < 1e-6 * np.sqrt(dim):
            raise SpriteforgeError(f"{E.show(node)} is the zero vector (its terms cancel): there is "
                                   f"no sprite to draw")
        return z

    if not pngs:
        nonzero()
    gen = Generator(model_dir)
    encoded = encode_operands(gen, pngs, run)
    cache.update({k: v[0] for k, v in encoded.items()})
    z = nonzero()
    if not keep_length:
        z = z * (np.sqrt(dim) / np.linalg.norm(z))
    z = z.astype(np.float32)
    terms = node.terms if isinstance(node, E.Sum) else ((1, node),)
    lat = [E.evaluate(t, res).astype(np.float32) for _, t in terms]
    members = [[res(n) for n in E.names(t)] if isinstance(t, E.Mean) else [] for _, t in terms]
    clustered = bool(classes and meta["config"].clusters and not klass)
    if classes and not (klass or clustered):
        named = (classes[encoded[n][1]] if n in encoded else operand_class(n, run) for n in E.names(node))
        klass = next((c for c in named if c), classes[0])
    allz = np.stack([z, *lat, *[m for ms in members for m in ms]])
    if clustered:  # the first operand's cluster, as generate draws it for a seed
        klass = classes[point_class(gen, E.names(node)[0], run, encoded)]
    w = _class_weights(classes, len(allz), klass)
    imgs = _render(gen, allz, w, palette_option(palette, gen.train_images, gen.texture))
    k = 1 + len(lat)
    out_terms, j = [], k
    for (s, t), im, ms in zip(terms, imgs[1:k], members):
        out_terms.append({"sign": s, "text": E.show(t), "image": im, "members": imgs[j:j + len(ms)]})
        j += len(ms)
    return {"expression": E.show(node), "latent": z, "image": imgs[0], "terms": out_terms,
            "class": klass, "rescaled": not keep_length}


def _glyph(kind: str, size: int) -> np.ndarray:
    """A plus, minus or equals sign on the preview background: (size, size, 4)."""
    g = np.empty((size, size, 4), np.uint8)
    g[:] = BACKGROUND
    c, th, half = size // 2, max(2, size // 16), size // 4
    ink = (230, 230, 230, 255)
    if kind in "+-":
        g[c - th // 2:c - th // 2 + th, c - half:c + half] = ink
    if kind == "+":
        g[c - half:c + half, c - th // 2:c - th // 2 + th] = ink
    if kind == "=":
        for y in (c - size // 10, c + size // 10):
            g[y - th // 2:y - th // 2 + th, c - half:c + half] = ink
    return g


def arithmetic_grid(result: dict, scale: int = 4) -> np.ndarray:
    """Top row: term sprites with their signs, '=' and the result. Below a mean:
    its members, smaller rows of the same column."""
    h, w = result["image"].shape[:2]
    ch, cw = h * scale, w * scale  # a sprite's cell
    g = min(ch, cw)                # a glyph's square, centred in a cell
    pad = 2 * scale
    cols = []  # (glyph or sprite column)
    for i, t in enumerate(result["terms"]):
        if i or t["sign"] < 0:
            cols.append(("glyph", "+" if t["sign"] > 0 else "-"))
        cols.append(("term", t))
    cols += [("glyph", "="), ("result", result["image"])]
    rows = 1 + max([len(t["members"]) for t in result["terms"]] + [0])
    H = pad + rows * (ch + pad)
    W = pad + len(cols) * (cw + pad)
    out = np.empty((H, W, 4), np.uint8)
    out[:] = BACKGROUND
    for ci, (kind, v) in enumerate(cols):
        x = pad + ci * (cw + pad)
        if kind == "glyph":
            y0, x0 = pad + (ch - g) // 2, x + (cw - g) // 2
            out[y0:y0 + g, x0:x0 + g] = _glyph(v, g)
            continue
        stack = [v] if kind == "result" else [v["image"], *v["members"]]
        for ri, im in enumerate(stack):
            y = pad + ri * (ch + pad)
            out[y:y + ch, x:x + cw] = contact_sheet(im[None], 1, scale, pad=0,
                                                    background=BACKGROUND)
        if kind == "result":  # a frame marks the answer
            out[pad - scale:pad, x:x + cw] = (250, 200, 80, 255)
            out[pad + ch:pad + ch + scale, x:x + cw] = (250, 200, 80, 255)
    return out


def write_arithmetic(result: dict, out, scale: int = 4, overwrite: bool = False) -> Path:
    """grid.png, result.png (native), result.npy, arithmetic.json."""
    with atomic_dir(out, overwrite) as tmp:
        save_png(tmp / "grid.png", arithmetic_grid(result, scale))
        save_png(tmp / "result.png", result["image"])
        with open(tmp / "result.npy", "wb") as f:
            np.save(f, result["latent"])
        save_json(tmp / "arithmetic.json", {
            "expression": result["expression"], "class": result["class"],
            "rescaled_to_typical_length": result["rescaled"],
            "terms": [{"sign": t["sign"], "operand": t["text"], "members": len(t["members"])}
                      for t in result["terms"]]})
    return Path(out)
