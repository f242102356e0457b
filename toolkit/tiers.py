"""``spriteforge recolor``: palette swaps, material ramps and loot tiers over folders of sprites.

Inputs are what ``atlas`` takes (folders, ``generate`` outputs, PNGs, shipped dataset names).
Each sprite is recoloured by ``pixelart.recolor`` and written as OUT/NAME.png (``--to``,
``--ramp``, ``--tiers auto``) or OUT/NAME_TIER.png (one per named tier), with recolor.json
(each file's source, tier and colour swap), preview.png, and with ``lut`` a palette lookup
texture per sprite (NAME.lut.png: row 0 the indexed colours of NAME.base.png, the sprite as it
came, then one row per variant) for engines that swap palettes at run time (docs/engines.md).

``--tiers auto`` gives each sprite the tier of how unusual it is against a reference set, in
``evaluate.held_out_features`` (HOG + Lab histogram: a space the generator, its snapshot
pick, novelty filter and clean-up never select with): its mean distance to its AUTO_K nearest
reference sprites. A batch of AUTO_BATCH or more is ranked within itself, fewer sprites among the
reference sprites' own leave-one-out distances; the top AUTO_SHARES are legendary, epic, rare,
uncommon, the rest common.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .errors import OptionError, SpriteforgeError

AUTO_K = 3  # reference neighbours a sprite's unusualness is measured against
AUTO_SHARES = (("legendary", 0.03), ("epic", 0.07), ("rare", 0.15), ("uncommon", 0.25))  # rest: common
AUTO_BATCH = 20  # sprites from which a batch is ranked within itself
MAX_INPUTS = 100_000
PREVIEW_ROWS = 16


def check_recolor(to: str | None, ramp: str | None, tiers: str | None, tier_colors: str | None,
                  lut: bool = False, indexed: bool = False):
    """The mode's options, checked before any sprite is read -> (mode, argument): ("to",
    (P, 3) palette), ("ramp", (K, 3) ramp), ("tiers", {name: colour}) or ("auto", {name:
    colour})."""
    from .pixelart.palette_files import read_palette
    from .pixelart.recolor import TIERS, ramp_colours, tier_colours
    given = [k for k, v in (("to", to), ("ramp", ramp), ("tiers", tiers)) if v]
    if len(given) != 1:
        raise OptionError("to", "give one of {to} PALETTE, {ramp} NAME|#hex,... or {tiers} "
                                "NAME,...|auto" + (f" (got {', '.join('{' + g + '}' for g in given)})" if given else ""))
    if lut and not indexed:
        raise OptionError("lut", "goes with {indexed} (the lookup rows follow the indexed colours)")
    if to:
        return "to", read_palette(to)
    if ramp:
        return "ramp", ramp_colours(ramp)
    names = [t.strip() for t in tiers.split(",")]
    if names == ["auto"]:
        return "auto", tier_colours(list(TIERS), tier_colors)
    if not all(names) or len(set(names)) != len(names):
        raise OptionError("tiers", f"expected distinct names separated by commas, got {tiers!r}")
    return "tiers", tier_colours(names, tier_colors)


def auto_tiers(images: np.ndarray, reference: np.ndarray) -> list[str]:
    """A tier per (N, H, W, 4) sprite from its unusualness against ``reference`` (M, H', W', 4)
    (see the module docstring); identical reference sprites are not counted as neighbours."""
    from .evaluate import held_out_features
    from .kmeans import distances
    if len(reference) < AUTO_K + 1:
        raise SpriteforgeError(f"{{tiers}} auto needs a reference set of at least {AUTO_K + 1} sprites, "
                               f"got {len(reference)}")
    size = reference.shape[1:3]
    if images.shape[1:3] != size:
        from .sheets import fit_tile
        images = np.stack([fit_tile(im, size[1], size[0]) for im in images])
    fr, fx = held_out_features(reference), held_out_features(images)

    def score(d):  # mean distance to the AUTO_K nearest, exact copies left out
        d = np.where(d < 1e-9, np.inf, d)
        return np.sort(d, 1)[:, :AUTO_K].mean(1)
    got = score(distances(fx, fr))
    # a batch is ranked within itself (its own loot table: a generator's sprites all sit farther
    # from the set than its members from each other); a few sprites against the set's spread
    ref = got if len(got) >= AUTO_BATCH else score(distances(fr, fr))
    cuts, tiers = [], []
    share = 0.0
    for name, s in AUTO_SHARES:
        share += s
        cuts.append((name, np.quantile(ref, 1 - share)))
    for v in got:
        tiers.append(next((name for name, cut in cuts if v >= cut), "common"))
    return tiers


def recolor(inputs: list[str], out: str | os.PathLike, *, to: str | None = None, ramp: str | None = None,
            tiers: str | None = None, tier_colors: str | None = None, against: str = "dcss-weapons",
            indexed: bool = False, lut: bool = False, overwrite: bool = False, report=None,
            progress=None) -> dict:
    """Recolour every sprite of ``inputs`` into ``out`` (atomically) -> recolor.json's content.
    ``progress(k)``: called per sprite written."""
    from .atlas.build import collect
    from .formats import atomic_dir, check_output_dir, save_json
    from .io import encode_indexed_png, encode_png, indexed_palette, save_png
    from .pixelart.recolor import to_palette, to_ramp, to_tier
    from .sheets import contact_sheet
    mode, arg = check_recolor(to, ramp, tiers, tier_colors, lut, indexed)
    check_output_dir(out, overwrite)
    sprites = collect(inputs, report=report)
    if len(sprites) > MAX_INPUTS:
        raise SpriteforgeError(f"{len(sprites)} sprites; recolor takes at most {MAX_INPUTS} at once")
    auto = None
    if mode == "auto":
        auto = auto_tiers(_stack([s.image for s in sprites]), _reference(against))
    files, rows = {}, []
    shared = arg if mode == "to" and len(arg) <= 255 else None
    with atomic_dir(out, overwrite) as tmp:
        for k, sp in enumerate(sprites):
            if mode == "to":
                variants = [(None, *to_palette(sp.image, arg))]
            elif mode == "ramp":
                variants = [(None, *to_ramp(sp.image, arg))]
            elif mode == "auto":
                variants = [(auto[k], *to_tier(sp.image, arg[auto[k]]))]
            else:
                variants = [(t, *to_tier(sp.image, c)) for t, c in arg.items()]
            if lut:
                base = indexed_palette(sp.image)
                if len(base) > 256:
                    raise SpriteforgeError(f"{sp.name}: {len(base)} colours; a lookup row holds 256")
                table = [base] + [_swapped(base, swap) for _, _, swap in variants]
                save_png(tmp / f"{sp.name}.lut.png", np.stack(table))
                (tmp / f"{sp.name}.base.png").write_bytes(encode_indexed_png(sp.image))  # its entries: row 0
            for tier, img, swap in variants:
                name = sp.name if tier is None or mode == "auto" else f"{sp.name}_{tier}"
                data = encode_indexed_png(img, shared) if indexed else encode_png(img)
                (tmp / f"{name}.png").write_bytes(data)
                files[name] = {"source": sp.props.get("origin") or sp.name, "tier": tier,
                               "swap": {_hex(a): _hex(b) for a, b in sorted(swap.items())}}
            if len(rows) < PREVIEW_ROWS:
                rows.append([sp.image] + [v[1] for v in variants])
            if progress:
                progress(1)
        cols = max(len(r) for r in rows)
        grid = [im for r in rows for im in r + [np.zeros_like(r[0])] * (cols - len(r))]
        save_png(tmp / "preview.png", contact_sheet(_stack(grid), cols=cols, scale=3))
        meta = {"mode": mode, "sprites": files, "indexed": indexed, "lut": lut}
        if mode in ("tiers", "auto"):
            meta["tiers"] = {t: _hex(c) for t, c in arg.items()}
        if mode == "auto":
            meta["against"] = str(against)
        save_json(tmp / "recolor.json", meta)
    return meta


def _hex(c) -> str:
    return "#" + "".join(f"{int(v):02x}" for v in c)


def _swapped(entries: np.ndarray, swap: dict) -> np.ndarray:
    """The (E, 4) indexed entries with their colours swapped (alpha kept)."""
    out = entries.copy()
    for i, (r, g, b, a) in enumerate(entries.tolist()):
        if a and (r, g, b) in swap:
            out[i, :3] = swap[(r, g, b)]
    return out


def _stack(images: list[np.ndarray]) -> np.ndarray:
    """Sprites of several sizes on one canvas size (centred), for previews and features."""
    h = max(im.shape[0] for im in images)
    w = max(im.shape[1] for im in images)
    out = np.zeros((len(images), h, w, 4), np.uint8)
    for o, im in zip(out, images):
        y, x = (h - im.shape[0]) // 2, (w - im.shape[1]) // 2
        o[y:y + im.shape[0], x:x + im.shape[1]] = im
    return out


def _reference(against: str) -> np.ndarray:
    """--against: a shipped dataset name, a trained model folder (its training set) or a folder
    of sprites -> (M, H, W, 4)."""
    from .data import DATASETS, load_data
    from .shipped import models
    p = Path(against)
    if not p.exists() and against in models():
        p = models()[against]
    if (p / "train.npz").is_file():
        with np.load(p / "train.npz") as f:
            return f["images"]
    if against in DATASETS and not p.exists():
        return load_data(against).images
    if not p.exists():
        raise OptionError("against", f"{against}: no such dataset, model or folder (datasets: {', '.join(DATASETS)})")
    return load_data(p, "fit").images
