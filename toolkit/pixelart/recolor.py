"""Recolouring a sprite by its colour ramps, keeping its shading order, outline and alpha.

A ramp is a group of the sprite's colours of one hue (or the neutral greys), ordered by
lightness, as pixel artists build them. The main ramp is the one with the most pixels among
colours lighter than OUTLINE_L (the outline and the deepest shadows are never recoloured).

- ``to_palette``: every colour to a palette colour, nearest in Lab with L* weighted
  (LIGHTNESS) and, within a ramp, never darker than the shade below it: the order stays.
- ``to_ramp``: the main ramp onto a target ramp, shade by shade (lightness quantiles).
- ``to_tier``: the main ramp turned to a loot tier's hue (the white / green / blue / purple /
  orange convention of Diablo and World of Warcraft) at its own lightness, chroma raised to
  the tier's and lowered only as far as sRGB needs; "common" is neutral steel.
Each returns the new sprite and the colour map {old RGB: new RGB} (a palette swap).
"""
from __future__ import annotations

import numpy as np

from ..errors import OptionError
from .palette import from_lab, to_lab
from .stats import HUE_CHROMA

OUTLINE_L = 22.0     # colours darker than this (L*) are outline or deepest shadow: kept
LIGHTNESS = 2.0      # L* weight when fitting colours to a palette (value structure first)
FAMILY_WIDTH = 40.0  # degrees of hue within which two colours share a ramp
CANDIDATES = 8       # palette colours each colour may take (to_palette), nearest first
MERGE = 80.0          # weight of a ramp step lost when two shades take one colour (to_palette)
TIER_CHROMA = 45.0   # the least chroma a tier's main ramp takes (where sRGB allows)
TIERS = {"common": "#c8c8c8", "uncommon": "#1eff00", "rare": "#0070dd", "epic": "#a335ee",
         "legendary": "#ff8000"}  # the convention's colours; --tier-colors overrides
RAMPS = {  # named material ramps for --ramp, dark to light (spriteforge's own, CC0)
    "bronze": ["#3b2414", "#6e4322", "#a0662f", "#c98f4a", "#e8c07a"],
    "iron": ["#23262b", "#464b53", "#6d747e", "#9aa2ac", "#cdd3da"],
    "gold": ["#4a2e08", "#8a5a12", "#c8901e", "#eec443", "#fff0a0"],
    "mithril": ["#1c2b3a", "#37546e", "#5f8aa8", "#94c1dc", "#d6f0ff"],
    "obsidian": ["#0d0a14", "#221a30", "#3b2d52", "#5b4a78", "#8a78a8"],
    "ruby": ["#3a0610", "#6e0f22", "#a8203a", "#dc4a5e", "#ff9aa6"],
}


def parse_colours(text: str, what: str = "ramp") -> np.ndarray:
    """"#rrggbb,#rrggbb,..." -> (K, 3) uint8; OptionError naming ``what`` on a bad entry."""
    out = []
    for tok in (t.strip() for t in str(text).split(",")):
        h = tok.lstrip("#")
        if len(h) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in h):
            raise OptionError(what, f"expected #rrggbb colours separated by commas, got {tok[:20]!r}")
        v = int(h, 16)
        out.append((v >> 16, (v >> 8) & 255, v & 255))
    return np.array(out, np.uint8)


def ramp_colours(ramp: str) -> np.ndarray:
    """A ramp NAME (RAMPS) or "#hex,..." (at least 2) -> (K, 3) uint8, dark to light."""
    c = parse_colours(",".join(RAMPS[ramp]) if ramp in RAMPS else ramp, "ramp")
    if len(c) < 2:
        raise OptionError("ramp", f"needs at least 2 colours (or a name: {', '.join(RAMPS)}), got {ramp!r}")
    return c[np.argsort(to_lab(c.astype(np.float64))[:, 0], kind="stable")]


def tier_colours(tiers: list[str], overrides: str | None = None) -> dict[str, np.ndarray]:
    """Tier names -> their (3,) uint8 colour: TIERS, with ``overrides`` "name=#hex,..." first."""
    table = {k: parse_colours(v, "tier_colors")[0] for k, v in TIERS.items()}
    for item in (overrides.split(",") if overrides else []):
        name, sep, hexv = item.partition("=")
        if not sep or not name.strip():
            raise OptionError("tier_colors", f"expected name=#rrggbb, got {item[:30]!r}")
        table[name.strip()] = parse_colours(hexv, "tier_colors")[0]
    unknown = [t for t in tiers if t not in table]
    if unknown:
        raise OptionError("tiers", f"unknown tier {unknown[0]!r}; tiers: {', '.join(table)} "
                                   f"(or name one with {{tier_colors}} NAME=#rrggbb), or auto")
    return {t: table[t] for t in tiers}


def _colours(rgba: np.ndarray):
    """The sprite's visible colours: (C, 3) uint8 unique RGB, (C,) pixel counts, (H, W) index
    into them (-1 where alpha is 0)."""
    vis = rgba[..., 3] > 0
    cols, inv, counts = np.unique(rgba[vis][:, :3], axis=0, return_inverse=True, return_counts=True)
    idx = np.full(rgba.shape[:2], -1, np.int64)
    idx[vis] = inv.ravel()
    return cols, counts, idx


def ramps(rgb: np.ndarray) -> np.ndarray:
    """(C, 3) uint8 colours -> (C,) ramp id: 0 for the neutral greys (C* <= HUE_CHROMA), else
    1 + the hue family (colours within FAMILY_WIDTH degrees of a family's first, taken by
    chroma, strongest first)."""
    lab = to_lab(rgb.astype(np.float64))
    c = np.hypot(lab[:, 1], lab[:, 2])
    h = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360
    out = np.zeros(len(rgb), np.int64)
    centres: list[float] = []
    for i in np.argsort(-c, kind="stable"):
        if c[i] <= HUE_CHROMA:
            continue
        gaps = [abs((h[i] - x + 180) % 360 - 180) for x in centres]
        if gaps and min(gaps) <= FAMILY_WIDTH:
            out[i] = 1 + int(np.argmin(gaps))
        else:
            centres.append(float(h[i]))
            out[i] = len(centres)
    return out


def main_ramp(rgb: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """(C,) bool: the colours of the ramp with the most pixels among those lighter than
    OUTLINE_L (the main material); all False when every colour is darker."""
    lab = to_lab(rgb.astype(np.float64))
    light = lab[:, 0] >= OUTLINE_L
    if not light.any():
        return light
    r = ramps(rgb)
    best = np.bincount(r[light], weights=counts[light]).argmax()
    return light & (r == best)


def _apply(rgba: np.ndarray, idx: np.ndarray, cols: np.ndarray, new: np.ndarray):
    out = rgba.copy()
    vis = idx >= 0
    out[vis, :3] = new[idx[vis]]
    swap = {tuple(a): tuple(b) for a, b in zip(cols.tolist(), new.tolist()) if tuple(a) != tuple(b)}
    return out, swap


def _in_gamut(L: np.ndarray, c: np.ndarray, h: np.ndarray) -> np.ndarray:
    """The most chroma up to ``c`` each (L*, hue h radians) takes inside sRGB (bisection)."""
    lo, hi = np.zeros_like(c), c.copy()
    ok = _fits(L, hi, h)
    lo[ok] = hi[ok]
    for _ in range(20):
        mid = (lo + hi) / 2
        f = _fits(L, mid, h)
        lo = np.where(f, mid, lo)
        hi = np.where(f, hi, mid)
    return lo


def _fits(L, c, h) -> np.ndarray:
    from .palette import _D65, _RGB_FROM_XYZ
    fy = (L + 16) / 116
    f = np.stack([fy + c * np.cos(h) / 500, fy, fy - c * np.sin(h) / 200], -1)
    xyz = np.where(f > 6 / 29, f ** 3, (f - 16 / 116) / 7.787) * _D65
    lin = xyz @ _RGB_FROM_XYZ.T
    return ((lin >= -1e-6) & (lin <= 1 + 1e-6)).all(-1)


def to_tier(rgba: np.ndarray, colour: np.ndarray) -> tuple[np.ndarray, dict]:
    """(H, W, 4) uint8 sprite -> its main ramp in ``colour``'s hue, each shade at its own L*
    with chroma max(its own, TIER_CHROMA, the tier colour's) where sRGB allows (a near-grey
    ``colour``: neutral, chroma 0). Alpha and every other colour unchanged."""
    cols, counts, idx = _colours(rgba)
    if not len(cols):
        return rgba.copy(), {}
    main = main_ramp(cols, counts)
    lab = to_lab(cols.astype(np.float64))
    t = to_lab(np.asarray(colour, np.float64).reshape(1, 3))[0]
    tc, th = np.hypot(t[1], t[2]), np.arctan2(t[2], t[1])
    new = cols.copy()
    if main.any():
        L = lab[main, 0]
        want = np.zeros(len(L)) if tc <= HUE_CHROMA else \
            np.maximum(np.maximum(np.hypot(lab[main, 1], lab[main, 2]), TIER_CHROMA), tc)
        c = _in_gamut(L, want, np.full(len(L), th))
        moved = from_lab(np.stack([L, c * np.cos(th), c * np.sin(th)], -1))
        new[main] = np.clip(np.rint(moved), 0, 255).astype(np.uint8)
    return _apply(rgba, idx, cols, new)


def to_ramp(rgba: np.ndarray, ramp: np.ndarray) -> tuple[np.ndarray, dict]:
    """The main ramp's shades (by L*) onto ``ramp`` (K, 3) dark to light: n shades take the
    min(n, K) consecutive ramp steps whose mean L* is nearest theirs, the i-th lightest the step
    at the same quantile, so the order stays (within the ramp and, mostly, against the rest)."""
    cols, counts, idx = _colours(rgba)
    if not len(cols):
        return rgba.copy(), {}
    main = np.flatnonzero(main_ramp(cols, counts))
    new = cols.copy()
    if len(main):
        L = to_lab(cols[main].astype(np.float64))[:, 0]
        order = main[np.argsort(L, kind="stable")]
        k = min(len(order), len(ramp))  # as many ramp steps as shades, where they lie: the window of
        rl = to_lab(ramp.astype(np.float64))[:, 0]  # k steps whose mean L* is nearest the shades'
        start = int(np.argmin([abs(rl[i:i + k].mean() - L.mean()) for i in range(len(ramp) - k + 1)]))
        q = np.arange(len(order)) / max(len(order) - 1, 1)
        new[order] = ramp[start + np.rint(q * (k - 1)).astype(int)]
    return _apply(rgba, idx, cols, new)


def to_palette(rgba: np.ndarray, palette: np.ndarray) -> tuple[np.ndarray, dict]:
    """Every visible colour to a ``palette`` (P, 3) colour, keeping the shading order. The
    colours, dark to light, are cut into runs, each run taking one palette colour lighter than
    the run's below (so the order stays), from each colour's CANDIDATES nearest (Lab, L*
    weighted by LIGHTNESS); the cut is the cheapest by dynamic programming: pixels x squared
    distance, plus MERGE^2 for each pair of pixels of different shades that a run makes one
    (shading lost), over the sprite's pixel count."""
    cols, counts, idx = _colours(rgba)
    if not len(cols):
        return rgba.copy(), {}
    w = np.array([LIGHTNESS, 1.0, 1.0])
    lab = to_lab(cols.astype(np.float64)) * w
    pal = np.asarray(palette, np.uint8)
    plab = to_lab(pal.astype(np.float64)) * w
    order = np.argsort(lab[:, 0], kind="stable")
    lab, n = lab[order], counts[order].astype(np.float64)
    d = ((lab[:, None] - plab[None]) ** 2).sum(-1)                                  # (m, P)
    cand = np.unique(np.argsort(d, axis=1, kind="stable")[:, :min(CANDIDATES, len(pal))])
    cand = cand[np.lexsort((cand, plab[cand, 0]))]                                  # by L*, then index
    cost = np.concatenate([np.zeros((1, len(cand))), np.cumsum(n[:, None] * d[:, cand], 0)])
    sn, sq = np.concatenate([[0.0], np.cumsum(n)]), np.concatenate([[0.0], np.cumsum(n * n)])
    m, L = len(n), plab[cand, 0]
    below = L[None] > L[:, None]  # below[c', c]: c' is darker than c, so a run of c may follow it
    best = np.full((m, len(cand)), np.inf)
    back = np.zeros((m, len(cand), 2), np.int64)
    low = np.zeros((m, len(cand)))               # low[r, c]: the cheapest row-r end a run of c may follow
    arg = np.zeros((m, len(cand)), np.int64)     # and which colour that end had
    for b in range(m):  # runs a..b for every start a at once; the first cheapest a wins a tie
        a = np.arange(b + 1)
        run = cost[b + 1][None] - cost[a] + (MERGE ** 2 * ((sn[b + 1] - sn[a]) ** 2 - (sq[b + 1] - sq[a]))
                                            / 2 / sn[-1])[:, None]
        total = run + np.concatenate([np.zeros((1, len(cand))), low[:b]])
        start = total.argmin(0)
        best[b] = total[start, np.arange(len(cand))]
        back[b, :, 0] = start
        back[b, :, 1] = np.where(start == 0, -1, arg[np.maximum(start - 1, 0), np.arange(len(cand))])
        options = np.where(below, best[b][:, None], np.inf)                          # (c', c)
        low[b], arg[b] = options.min(0), options.argmin(0)
    pick = np.empty(m, np.int64)
    b, c = m - 1, int(best[m - 1].argmin())
    while b >= 0:
        a, prev = back[b, c]
        pick[a:b + 1] = cand[c]
        b, c = a - 1, prev
    new = cols.copy()
    new[order] = pal[pick]
    return _apply(rgba, idx, cols, new)
