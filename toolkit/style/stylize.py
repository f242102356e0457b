"""Photo -> pixel-art sprite in a sheet's style.

    photo --resize--> work image (k px per sprite px)
          --optional Gatys transfer, --iterations N (style tiles enlarged by k;
            see transfer.py; off by default: docs/benchmarks.md measures what it adds)-->
          --detail-keeping downscale by k (a block with a thin dark line takes
            the line's colour, so it survives)--> sprite-size RGB
          --the photo's a*, b* with the transfer's L* (or, --sheet-colors, the
            transfer's colours less the sheet's mean hue)-->
          --L* unsharp-masked (small features keep their contrast), a*, b* smoothed,
            K colours chosen from the sheet's palette, nearest-colour map (Lab,
            lightness weighted x2), lone noisy pixels despeckled
            (toolkit/pixelart/cleanup.py, shared with `generate`)-->
          (a texture sheet's own fine L* detail laid on first, GRAIN)
          --binary alpha from a mask, 1-px dark outline where the sheet has them;
            the palette's pull on the mean hue undone (a*, b* shifted, mapped again)-->
          --outlined sheets: a darker shade on the dark side of strong edges-->  RGBA sprite
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ..errors import OptionError, SpriteforgeError
from ..io import read_rgba
from ..kmeans import nearest
from ..pixelart.palette import choose_lab, from_lab, sheet_palette, to_lab
from ..pixelart.palette_files import read_palette
from ..pixelart.stats import colours_per_tile
from ..pixelart.steps import LIGHTNESS, despeckle, ink_edges, sharpen_lightness, smooth_chroma
from ..sheets import parse_size
from .mask import add_outline, read_mask, remove_background

WORK_SIDE = 128     # the optimised image's longer side (pixels)
MAX_K = 8           # work pixels per sprite pixel, at most: bounds memory at tiny --size
MAX_STYLE_TILES = 96
DETAIL = 60.0       # luma drop (0..255) below a block's mean that marks a thin dark line (40 blotched faces)
OUTLINED = 0.5      # the sheet's median dark-outline share from which sprites get outlines
TEXTURE = 0.95      # opaque share of the median tile from which a sheet is a texture (walls, floors)
GRAIN = 0.15        # share of a texture sheet's fine L* detail laid on the sprite (0.25 lost edges)
GRAIN_PATCH = 4     # px pieces of it: no brick or mortar line is copied whole (8 drew bricks in skies)

# Why these values: docs/experiments.md, "Photo -> sprite: the weights".
STYLE_WEIGHT = 3.0      # style vs content at strength 1: 10 lost edges
TV_WEIGHT = 1.0
ITERATIONS = 0          # Adam steps of the neural transfer: off unless asked (little gain for most of the time)
EDGE_WEIGHT = 20.0      # keeps the photo's sprite-scale edges
SHARPEN = 1.0           # L* unsharp amount at sprite scale (2: crisper, grainier)
HUE_ROUNDS = 5          # re-mappings that undo the palette's pull on the mean hue (3: 1.6 left on one photo)


def load_style(source: str | os.PathLike, seed: int = 0) -> np.ndarray:
    """Style tiles (N, h, w, 4) uint8 from a sheet, a folder of tiles or a shipped
    dataset name; at most MAX_STYLE_TILES (a seeded sample). Raises when the
    style holds no opaque pixel."""
    from ..data import load_data
    src = str(source)
    try:
        tiles = load_data(src, "fit").images
    except SpriteforgeError as e:
        if "no non-empty tiles" in str(e) or "no images" in str(e):
            raise SpriteforgeError(f"{src}: the style holds no opaque pixels") from None
        raise
    tiles = tiles[(tiles[..., 3] >= 128).any(axis=(1, 2))]
    if len(tiles) == 0:
        raise SpriteforgeError(f"{src}: the style holds no opaque pixels")
    if len(tiles) > MAX_STYLE_TILES:
        pick = np.sort(np.random.default_rng(seed).choice(len(tiles), MAX_STYLE_TILES, replace=False))
        tiles = tiles[pick]
    return tiles


def sprite_size(photo_hw: tuple[int, int], size: str | int) -> tuple[int, int]:
    """(h, w) of the sprite: "64" = longer side 64 keeping the aspect; "64x48" exact."""
    H, W = photo_hw
    w, h = parse_size(size, "{size}")
    if "x" not in str(size).lower():  # N: the longer side, the aspect kept
        s = w
        w, h = (s, max(1, round(s * H / W))) if W >= H else (max(1, round(s * W / H)), s)
    if min(w, h) < 1:
        raise OptionError("size", f"must be >= 1, got {size!r}")
    if w > W or h > H:
        raise OptionError("size", f"{w}x{h} is larger than the photo ({W}x{H})")
    return h, w


def _crop_to_aspect(rgb: np.ndarray, h: int, w: int) -> np.ndarray:
    H, W = rgb.shape[:2]
    if abs(W / H - w / h) < 1e-6:
        return rgb
    if W / H > w / h:
        nw = round(H * w / h)
        x0 = (W - nw) // 2
        return rgb[:, x0:x0 + nw]
    nh = round(W * h / w)
    y0 = (H - nh) // 2
    return rgb[y0:y0 + nh]


def area_resize(rgb: np.ndarray, hw: tuple[int, int]) -> np.ndarray:
    """Anti-aliased (area-like) resize of float RGB 0..255."""
    from skimage.transform import resize
    return resize(rgb.astype(np.float64), hw, order=1, anti_aliasing=True, preserve_range=True)


def default_colours(tiles: np.ndarray) -> int:
    """The sheet's median colours per tile, 4..32: what a sprite of it typically uses."""
    return int(np.clip(np.median(colours_per_tile(tiles)), 4, 32))


def downscale(full: np.ndarray, k: int, detail: float | None = None) -> np.ndarray:
    """(h*k, w*k, 3) float RGB -> (h, w, 3): each k x k block's mean colour, or, where
    the block's darkest pixel is more than ``detail`` luma below its mean (a thin dark
    line that averaging would wash out), that pixel's colour. ``detail`` defaults to DETAIL."""
    from ..pixelart.stats import luma
    detail = DETAIL if detail is None else detail
    hk, wk = full.shape[:2]
    h, w = hk // k, wk // k
    blocks = full.reshape(h, k, w, k, 3).transpose(0, 2, 1, 3, 4).reshape(h, w, k * k, 3)
    mean = blocks.mean(2)
    if k == 1 or detail <= 0:
        return mean
    y = luma(blocks)
    darkest = np.take_along_axis(blocks, y.argmin(2)[..., None, None], 2)[:, :, 0]
    line = y.min(2) < luma(mean) - detail
    return np.where(line[..., None], darkest, mean)


def remove_cast(small: np.ndarray, photo_small: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Shift the a*, b* of (h, w, 3) RGB ``small`` so their mean over ``mask`` is the
    photo's: the sheet's texture and shading stay, its average hue does not."""
    lab, ref = to_lab(small), to_lab(photo_small)
    lab[..., 1:] += ref[mask][:, 1:].mean(0) - lab[mask][:, 1:].mean(0)
    return from_lab(lab)


def quantise(rgb: np.ndarray, mask: np.ndarray, palette: np.ndarray, colors: int, *, seed: int,
             outline: bool, lightness: float | None = None, clean: bool = False) -> np.ndarray:
    """Sprite-size RGB float + mask -> RGBA uint8 with every opaque pixel from
    ``palette`` (K = ``colors`` of them), binary alpha, optional outline.
    ``lightness``: the L* weight of colour choice and mapping (default
    LIGHTNESS; the scorecard's baselines use plain Lab, 1). ``clean``:
    sharpen L* (SHARPEN) and smooth a*, b* before choosing, despeckle after mapping."""
    lightness = LIGHTNESS if lightness is None else lightness
    lab = to_lab(np.asarray(rgb, np.float64))
    if clean:
        lab = smooth_chroma(sharpen_lightness(lab, mask, SHARPEN), mask)
    lab = lab * np.array([lightness, 1.0, 1.0])
    pal_lab = to_lab(palette.astype(np.float64), lightness)
    chosen = choose_lab(lab[mask], pal_lab, colors, seed) if len(palette) > colors \
        else np.arange(len(palette))
    idx = nearest(lab.reshape(-1, 3), pal_lab[chosen]).reshape(mask.shape)
    if clean:
        idx = despeckle(idx, mask, lab, pal_lab[chosen])
    out = np.zeros(rgb.shape[:2] + (4,), np.uint8)
    out[..., :3] = palette[chosen[idx]]
    out[..., 3] = np.where(mask, 255, 0)
    out[~mask] = 0
    if outline:
        dark = palette[np.argmin(to_lab(palette.astype(np.float64))[:, 0])]
        out = add_outline(out, dark)
    return out


def quantise_true_hue(rgb: np.ndarray, mask: np.ndarray, palette: np.ndarray, colors: int,
                      target_ab: np.ndarray, rounds: int | None = None, **kw) -> np.ndarray:
    """``quantise`` (with ``kw``), then up to ``rounds`` more times: shift the input's a*, b*
    against how far the best sprite's mean a*, b* (opaque pixels) lies from ``target_ab``
    (half as far after a shift that made it worse) and map again; the sprite with the
    smallest such cast is returned. A sheet palette short of some hue pulls every colour
    the same way; this pulls back. ``rounds`` defaults to HUE_ROUNDS."""
    rounds = HUE_ROUNDS if rounds is None else rounds
    lab = to_lab(np.asarray(rgb, np.float64))
    best = best_cast = base = None
    shift, step = np.zeros(2), 1.0
    for _ in range(rounds + 1):
        moved = lab.copy()
        moved[..., 1:] += shift
        sprite = quantise(from_lab(moved), mask, palette, colors, **kw)
        cast = to_lab(sprite[sprite[..., 3] > 0][:, :3].astype(np.float64))[:, 1:].mean(0) - target_ab
        if best is None or np.hypot(*cast) < np.hypot(*best_cast):
            best, best_cast, base = sprite, cast, shift
        else:
            step /= 2
        shift = base - step * best_cast
    return best


def check_options(colors: int | None, iterations: int | None, strength: float,
                  grain: float | None = None) -> int:
    """The numeric options of stylize, checked before any work; returns the
    number of Adam steps (ITERATIONS when ``iterations`` is None)."""
    iterations = ITERATIONS if iterations is None else iterations
    if grain is not None and not 0 <= grain <= 1:
        raise OptionError("grain", f"must be in 0..1, got {grain}")
    if iterations < 0:
        raise OptionError("iterations", f"must be >= 0, got {iterations}")
    if strength < 0:
        raise OptionError("strength", f"must be >= 0, got {strength}")
    if colors is not None and colors < 1:
        raise OptionError("colors", f"must be >= 1, got {colors}")
    return iterations


def check_out(out: str | os.PathLike, overwrite: bool = True) -> Path:
    """The sprite's output path: a .png file, not a folder; an existing file only with
    ``overwrite``."""
    from ..formats import check_output_file
    return check_output_file(out, overwrite, ".png")


def prepare(photo: str | os.PathLike | np.ndarray, size, mask=None, remove_bg: bool = False):
    """Read and check the photo; return (photo RGB cropped to the sprite's aspect,
    that at work res, (h, w), k, mask_work, mask_sprite)."""
    rgba = read_rgba(photo) if not isinstance(photo, np.ndarray) else photo
    if rgba.shape[-1] == 3:
        rgba = np.concatenate([rgba, np.full(rgba.shape[:2] + (1,), 255, np.uint8)], -1)
    h, w = sprite_size(rgba.shape[:2], size)
    rgb = _crop_to_aspect(rgba[..., :3], h, w).astype(np.float64)
    k = int(np.clip(round(WORK_SIDE / max(h, w)), 1, MAX_K))
    work = area_resize(rgb, (h * k, w * k))
    if mask is not None:
        m_sprite = read_mask(mask, (h, w))
    elif remove_bg:
        m_sprite = area_resize(remove_background(rgb).astype(np.float64)[..., None] * 255,
                               (h, w))[..., 0] >= 127.5
    else:
        photo_alpha = _crop_to_aspect(rgba[..., 3:4], h, w)[..., 0]
        m_sprite = area_resize(photo_alpha[..., None].astype(np.float64), (h, w))[..., 0] >= 127.5
    if not m_sprite.any():
        raise SpriteforgeError("the foreground mask is empty at this {size}")
    m_work = m_sprite.repeat(k, 0).repeat(k, 1)
    return rgb, work, (h, w), k, m_work, m_sprite


def _opaque_share(tiles: np.ndarray) -> np.ndarray:
    return (tiles[..., 3] >= 128).mean((1, 2))


def is_texture(tiles: np.ndarray) -> bool:
    """Whether a sheet's tiles fill their frames (walls, floors: textures, not sprites)."""
    return bool(np.median(_opaque_share(tiles)) >= TEXTURE)


def outlined(tiles: np.ndarray) -> bool:
    """Whether a sheet draws dark outlines round its sprites (median dark-outline share of
    its tiles with a silhouette, toolkit/pixelart/stats.py, >= OUTLINED); tiles that fill
    their frame have no silhouette to judge (a wall's darker border is not an outline), and a
    texture sheet (``is_texture``) has none."""
    from ..pixelart.stats import dark_outline
    if is_texture(tiles):
        return False
    d = dark_outline(tiles[_opaque_share(tiles) < TEXTURE])
    return bool(np.any(~np.isnan(d)) and np.nanmedian(d) >= OUTLINED)


def sheet_grain(tiles: np.ndarray, hw: tuple[int, int], seed: int = 0, patch: int | None = None,
                sigma: float = 1.0) -> np.ndarray:
    """(h, w) float: a sheet's fine lightness detail (its tiles' L* less their Gaussian blur,
    ``sigma`` px) in ``patch`` x ``patch`` pieces drawn (seeded) from wholly opaque areas of
    its (N, th, tw, 4) uint8 ``tiles``; zeros if no such area exists."""
    from scipy import ndimage as ndi
    patch = GRAIN_PATCH if patch is None else patch
    h, w = hw
    n, th, tw = tiles.shape[:3]
    if patch > min(th, tw):
        return np.zeros(hw)
    L = to_lab(tiles[..., :3].astype(np.float64))[..., 0]
    detail = L - ndi.gaussian_filter(L, (0, sigma, sigma), mode="wrap")
    opaque = (tiles[..., 3] >= 128).astype(np.int64)
    c = np.pad(opaque.cumsum(1).cumsum(2), ((0, 0), (1, 0), (1, 0)))
    full = (c[:, patch:, patch:] - c[:, :-patch, patch:] - c[:, patch:, :-patch]
            + c[:, :-patch, :-patch]) == patch * patch  # (n, th-p+1, tw-p+1): patch wholly opaque
    where = np.argwhere(full)
    if len(where) == 0:
        return np.zeros(hw)
    gy, gx = -(-h // patch), -(-w // patch)
    pick = where[np.random.default_rng(seed).integers(len(where), size=gy * gx)]
    pieces = np.stack([detail[i, y:y + patch, x:x + patch] for i, y, x in pick])
    field = pieces.reshape(gy, gx, patch, patch).transpose(0, 2, 1, 3).reshape(gy * patch, gx * patch)
    return field[:h, :w]


def stylize(photo, style, size="64", *, colors: int | None = None, mask=None, remove_bg: bool = False,
            outline: bool | None = None, strength: float = 1.0, keep_colors: bool = True,
            iterations: int | None = None, grain: float | None = None, seed: int = 0,
            palette=None, progress=None) -> dict:
    """Make a pixel-art sprite of ``photo`` in the style of ``style`` (sheet,
    tile folder or dataset name). ``outline``: dark outlines (round a masked sprite and
    along strong edges inside; default: where the sheet's sprites have them). ``grain``:
    share of the sheet's fine lightness detail laid on (default GRAIN for a texture sheet,
    else 0). ``palette``: a palette FILE or shipped NAME whose colours replace the sheet's
    (``palette_files.read_palette``). Returns {"sprite": (h, w, 4) uint8,
    "full": (h*k, w*k, 3) uint8 (the optimised image), "palette", "colors" (asked), "colors_used" (in the sprite), "k",
    "tiles", "mask" (h, w) bool, "crop" (the photo cropped to the sprite's aspect)}.
    """
    from ..limits import check_numbers
    check_numbers("stylize", {"strength": strength, "seed": seed, "grain": grain, "colors": colors,
                              "iterations": iterations})
    iterations = check_options(colors, iterations, strength, grain)
    own = None if palette is None else read_palette(palette)  # a bad file: one line before the work
    crop, work, (h, w), k, m_work, m_sprite = prepare(photo, size, mask, remove_bg)
    tiles = load_style(style, seed)
    palette = sheet_palette(tiles) if own is None else own
    K = colors or default_colours(tiles)
    from .transfer import style_grams, transfer
    full = transfer(work, style_grams(tiles, k), m_work.astype(np.float32), iterations=iterations,
                    style_weight=strength * STYLE_WEIGHT, tv_weight=TV_WEIGHT,
                    edge_weight=EDGE_WEIGHT, k=k, seed=seed,
                    progress=progress) \
        if iterations else work
    photo_down = downscale(work, k)
    small = photo_down if full is work else downscale(full, k)
    photo_mean = work.reshape(h, k, w, k, 3).mean((1, 3))  # the photo at sprite size
    if keep_colors:  # the transfer's lightness, the photo's a*, b* (Gatys et al. 2016)
        small = from_lab(np.concatenate([to_lab(small)[..., :1], to_lab(photo_down)[..., 1:]], -1))
    else:  # the sheet's colours, without its average hue
        small = remove_cast(small, photo_mean, m_sprite)
    if grain is None:
        grain = GRAIN if is_texture(tiles) else 0.0
    if grain:  # the sheet's texture where the downscale left the photo smooth
        lab = to_lab(small)
        lab[..., 0] += grain * sheet_grain(tiles, (h, w), seed)
        small = from_lab(lab)
    if outline is None:
        outline = outlined(tiles)
    target = to_lab(photo_mean[m_sprite])[:, 1:].mean(0)
    sprite = quantise_true_hue(small, m_sprite, palette, K, target, seed=seed, outline=outline, clean=True)
    if outline:  # after the hue re-mapping: it would recolour the rest to offset the lines' hue
        sprite = ink_edges(sprite)
    return {"sprite": sprite, "full": np.clip(np.rint(full), 0, 255).astype(np.uint8),
            "palette": palette, "colors": K, "k": k, "tiles": tiles, "crop": crop,
            "mask": m_sprite, "colors_used": int(len(np.unique(sprite[sprite[..., 3] > 0].reshape(-1, 4), axis=0)))}


def write_stylized(result: dict, out: str | os.PathLike, keep_full: bool = False,
                   scale: int = 4, indexed: bool = False) -> list[Path]:
    """Write the sprite PNG (atomically; ``indexed``: an indexed PNG whose first entries are
    the palette's), and with ``keep_full`` the optimised full-resolution image."""
    from ..formats import write_bytes_atomic
    from ..io import encode_indexed_png, save_png
    out = check_out(out)  # overwriting was decided by the caller
    out.parent.mkdir(parents=True, exist_ok=True)
    if indexed:
        pal = result["palette"] if len(result["palette"]) <= 255 else None
        written = [write_bytes_atomic(out, encode_indexed_png(result["sprite"], pal))]
    else:
        written = [save_png(out, result["sprite"])]
    if keep_full:
        full = result["full"]
        written.append(save_png(out.with_name(out.stem + "_full.png"),
                                np.concatenate([full, np.full(full.shape[:2] + (1,), 255, np.uint8)], -1)))
    return written
