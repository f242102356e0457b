"""Recolouring keeps a sprite's structure: the lightness order of its pixels (Spearman of L*),
its alpha, its palette, and each tier's hue; measured on all 255 shipped DCSS weapons."""
import json

import numpy as np
import pytest

from toolkit.cli import main
from toolkit.pixelart.palette import to_lab
from toolkit.pixelart.palette_files import read_palette
from toolkit.pixelart.recolor import (TIERS, _colours, main_ramp, ramp_colours, tier_colours, to_palette,
                                      to_ramp, to_tier)


def spearman_l(a, b) -> float:
    """Spearman rank correlation of L* over the opaque pixels of two versions of a sprite."""
    m = a[..., 3] >= 128
    la = to_lab(a[m][:, :3].astype(float))[:, 0]
    lb = to_lab(b[m][:, :3].astype(float))[:, 0]
    if len(la) < 3 or np.ptp(la) == 0:
        return 1.0

    def ranks(x):  # average ranks of ties
        order = np.argsort(x, kind="stable")
        r = np.empty(len(x))
        r[order] = np.arange(len(x))
        _, inv = np.unique(x, return_inverse=True)
        return np.bincount(inv, r)[inv] / np.bincount(inv)[inv]
    ra, rb = ranks(la), ranks(lb)
    if np.ptp(rb) == 0:
        return 0.0
    return float(np.corrcoef(ra, rb)[0, 1])


@pytest.fixture(scope="module")
def weapons():
    from toolkit.data import load_data
    return load_data("dcss-weapons").images


def _mean_hue(rgb):
    lab = to_lab(rgb.astype(float))
    return np.degrees(np.arctan2(lab[:, 2].sum(), lab[:, 1].sum())) % 360  # chroma-weighted


def test_tiers_keep_order_alpha_and_reach_their_hue(weapons):
    colours = tier_colours(list(TIERS))
    for name, col in colours.items():
        target = to_lab(col.astype(float).reshape(1, 3))[0]
        for im in weapons:
            out, swap = to_tier(im, col)
            np.testing.assert_array_equal(out[..., 3], im[..., 3])
            assert spearman_l(im, out) >= 0.95, name
            cols, counts, idx = _colours(im)
            main = np.isin(idx, np.flatnonzero(main_ramp(cols, counts)))
            if not main.any():
                continue
            new = out[main][:, :3]
            if name == "common":  # neutral steel
                lab = to_lab(new.astype(float))
                assert np.hypot(lab[:, 1], lab[:, 2]).max() <= 1.5
            else:
                err = abs((_mean_hue(new) - np.degrees(np.arctan2(target[2], target[1])) + 180) % 360 - 180)
                assert err <= 15, (name, err)
            outline = im[..., 3] > 0
            dark = outline & ~main
            np.testing.assert_array_equal(out[dark], im[dark])  # everything off the main ramp kept


@pytest.mark.slow
def test_a_lospec_palette_keeps_the_shading_order_and_only_its_colours(weapons):
    pal = read_palette("db16")
    key = pal.astype(int) @ [65536, 256, 1]
    rs = []
    for im in weapons:
        out, _ = to_palette(im, pal)
        np.testing.assert_array_equal(out[..., 3], im[..., 3])
        vis = out[..., 3] > 0
        assert np.isin(out[vis][:, :3].astype(int) @ [65536, 256, 1], key).all()
        rs.append(spearman_l(im, out))
    rs = np.array(rs)
    print(f"db16: Spearman of L* median {np.median(rs):.3f}, min {rs.min():.3f}, >= 0.95 on {np.mean(rs >= 0.95):.1%}")
    assert np.median(rs) >= 0.98 and np.mean(rs >= 0.95) >= 0.95 and rs.min() >= 0.9


def test_a_ramp_replaces_the_main_material_shade_for_shade(weapons):
    ramp = ramp_colours("gold")
    assert len(ramp) == 5 and np.all(np.diff(to_lab(ramp.astype(float))[:, 0]) > 0)
    for im in weapons[:40]:
        out, swap = to_ramp(im, ramp)
        assert spearman_l(im, out) >= 0.9
        cols, counts, idx = _colours(im)
        main = np.isin(idx, np.flatnonzero(main_ramp(cols, counts)))
        assert {tuple(p) for p in out[main][:, :3].tolist()} <= {tuple(p) for p in ramp.tolist()}
        np.testing.assert_array_equal(out[~main], im[~main])


def test_auto_tiers_follow_how_unusual_a_sprite_is(tmp_path, weapons):
    from toolkit.tiers import AUTO_SHARES, auto_tiers
    got = auto_tiers(weapons, weapons)
    shares = {t: got.count(t) / len(got) for t in set(got)}
    for name, share in AUTO_SHARES:
        assert abs(shares.get(name, 0) - share) <= 0.03, (name, shares)
    odd = np.random.default_rng(1).integers(0, 256, (2, 32, 32, 4), np.uint8)  # noise is no weapon
    few = np.concatenate([weapons[:3], odd])
    tiers = auto_tiers(few, weapons)  # too few to rank among themselves: against the set's spread
    assert tiers[3:] == ["legendary", "legendary"] and "legendary" not in tiers[:3]


def test_recolor_writes_variants_luts_and_tiers_an_atlas_reads(tmp_path, capsys):
    from tests.helpers import write_png
    from toolkit.io import read_rgba
    src = tmp_path / "in"
    src.mkdir()
    from toolkit.data import load_data
    ts = load_data("dcss-weapons")
    for i in (10, 20, 30):
        write_png(src / f"w{i}.png", ts.images[i])
    assert main(["recolor", str(src), "--tiers", "rare,legendary", "--indexed", "--lut", "--out", str(tmp_path / "r")]) == 0
    r = tmp_path / "r"
    meta = json.loads((r / "recolor.json").read_text())
    assert sorted(meta["sprites"]) == sorted(f"w{i}_{t}" for i in (10, 20, 30) for t in ("rare", "legendary"))
    assert meta["tiers"] == {"rare": "#0070dd", "legendary": "#ff8000"}
    for i in (10, 20, 30):
        lut = read_rgba(r / f"w{i}.lut.png")
        base = read_rgba(r / f"w{i}.base.png")
        assert lut.shape[0] == 3 and np.array_equal(base, ts.images[i])
        for row, t in enumerate(("rare", "legendary"), 1):  # each row maps base's entries to the variant
            var = read_rgba(r / f"w{i}_{t}.png")
            lookup = {tuple(a): tuple(b) for a, b in zip(lut[0].tolist(), lut[row].tolist())}
            drawn = np.array([lookup[tuple(p)] for p in np.where(base[..., 3:] == 0, 0, base).reshape(-1, 4).tolist()])
            np.testing.assert_array_equal(drawn.reshape(base.shape), np.where(var[..., 3:] == 0, 0, var))
    assert main(["atlas", f"loot={r}", "--out", str(tmp_path / "a")]) == 0
    tiles = json.loads((tmp_path / "a" / "atlas.json").read_text())["tiles"]
    assert len(tiles) == 6 and {t["tier"] for t in tiles} == {"rare", "legendary"}
    assert 'custom_data_layer_1/name = "tier"' in (tmp_path / "a" / "a.tres").read_text()
    assert '<property name="tier" value="legendary"/>' in (tmp_path / "a" / "a.tsx").read_text()
