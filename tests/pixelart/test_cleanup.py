"""The pixel-art clean-up: alpha kept on the set's levels, colours from the set,
specks and lone noisy pixels gone, a real sprite kept."""
import numpy as np
import pytest

from toolkit.pixelart.cleanup import SpriteStyle
from toolkit.pixelart.steps import (HUE_WIDTH, alpha_shares, alpha_table, alpha_values, close_outline, despeckle,
                                   drop_specks, hue_families, layout_features, snap_alpha)
from toolkit.pixelart.palette import to_lab
from toolkit.pixelart.stats import dark_outline, isolated, pixel_stats


def weapon_like(n=24, size=16, shadow=True, seed=0):
    """Hand-made 'sprites': a dark-outlined bar in one of three ramps, with a soft shadow."""
    rng = np.random.default_rng(seed)
    ramps = [[(40, 20, 10), (120, 70, 30), (200, 140, 80)], [(20, 20, 60), (60, 60, 160), (150, 150, 240)],
             [(30, 30, 30), (120, 120, 120), (230, 230, 230)]]
    out = np.zeros((n, size, size, 4), np.uint8)
    for i in range(n):
        r = ramps[i % 3]
        y0 = 3 + rng.integers(0, 4)
        if shadow:
            out[i, y0 + 3:y0 + 6, 4:14] = (0, 0, 0, 96)
        out[i, y0:y0 + 5, 2:12] = (*r[0], 255)
        out[i, y0 + 1:y0 + 4, 3:11] = (*r[1], 255)
        out[i, y0 + 1, 4:10] = (*r[2], 255)
    return out


def test_alpha_values_keep_binary_sets_binary_and_sum_up_soft_ones():
    binary = weapon_like(shadow=False)
    assert alpha_values(binary).tolist() == [0, 255]
    assert alpha_values(weapon_like()).tolist() == [0, 96, 255]
    ramp = np.zeros((1, 16, 16, 4), np.uint8)
    ramp[0, ..., 3] = np.arange(256).reshape(16, 16)
    lv = alpha_values(ramp, max_levels=6)
    assert len(lv) == 6 and lv[0] == 0 and lv[-1] == 255
    assert snap_alpha(np.array([0, 40, 120, 250]), np.array([0, 96, 255])).tolist() == [0, 0, 96, 255]


def test_alpha_snap_leans_to_the_levels_the_set_uses_most():
    lv = np.array([0, 12, 244, 255])
    share = np.array([0.6, 0.02, 0.02, 0.36])  # faint and near-opaque are rare, as in DCSS
    near, weighted = alpha_table(lv), alpha_table(lv, share)
    assert weighted[lv].tolist() == lv.tolist()             # every level stays itself
    assert (np.diff(weighted.astype(int)) >= 0).all()      # monotone
    assert near[7] == 12 and weighted[7] == 0              # a faint 7 goes to the common 0
    assert near[250] == 255 and near[248] == 244 and weighted[248] == 255
    assert weighted[13] == 12 and weighted[243] == 244     # beside a level, the level
    binary = np.array([0, 255])  # no partial levels: the solid threshold stays at 128
    assert alpha_table(binary, np.array([0.9, 0.1])).tolist() == alpha_table(binary).tolist()
    assert alpha_table(binary)[127] == 0 and alpha_table(binary)[128] == 255
    set_ = weapon_like()
    assert alpha_shares(set_, alpha_values(set_)).sum() == pytest.approx(1.0)


def test_clean_keeps_binary_alpha_binary_and_soft_shadows_soft():
    rng = np.random.default_rng(1)
    for shadow, allowed in ((False, {0, 255}), (True, {0, 96, 255})):
        real = weapon_like(shadow=shadow)
        raw = np.clip(real.astype(int) + rng.integers(-30, 31, real.shape), 0, 255).astype(np.uint8)
        clean = SpriteStyle.fit(real).clean(raw)
        assert set(np.unique(clean[..., 3])) <= allowed
        assert set(np.unique(clean[..., 3])) == allowed  # the shadow survives where the set has one
        assert (clean[clean[..., 3] == 0] == 0).all()


def test_clean_maps_noise_onto_the_sets_colours_and_removes_flecks():
    real = weapon_like()
    style = SpriteStyle.fit(real)
    rng = np.random.default_rng(2)
    raw = np.clip(real.astype(int) + rng.integers(-25, 26, real.shape), 0, 255).astype(np.uint8)
    raw[..., 3] = real[..., 3]
    clean = style.clean(raw)
    solid = clean[..., 3] >= 128
    pal = {tuple(c) for c in style.palette.tolist()}
    assert all(tuple(c) in pal for c in clean[solid][:, :3].tolist())
    assert isolated(raw).mean() > 0.5 and isolated(clean).mean() <= isolated(real).mean() + 0.05
    assert (pixel_stats(clean)["colours"] <= pixel_stats(real)["colours"] + 1).all()


def test_clean_keeps_a_real_sprite():
    real = weapon_like()
    clean = SpriteStyle.fit(real).clean(real)
    np.testing.assert_array_equal(clean, real)


def _lab_hc(hue_deg, chroma=40.0, L=50.0):
    h = np.radians(np.asarray(hue_deg, float))
    return np.stack([np.full(h.shape, L), chroma * np.cos(h), chroma * np.sin(h)], -1)


def hue_of(lab):
    return np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360


def test_hue_families_pull_stray_hues_to_the_main_ones_and_keep_value_and_chroma():
    # 60 % at 25 deg, 30 % at 205 deg (a second family), 10 % strays at 105 deg, plus greys
    hues = [25] * 60 + [205] * 30 + [105] * 10  # at hue-bin centres (10-degree bins)
    lab = np.concatenate([_lab_hc(hues), [[30.0, 2.0, -3.0], [70.0, -1.0, 1.0]]])
    out = hue_families(lab)
    h = hue_of(out[:100])
    assert np.allclose(h[:90], hues[:90])                          # both families kept as they are
    np.testing.assert_allclose(h[90:], 25 + HUE_WIDTH)                # strays: to the nearer family's edge
    np.testing.assert_allclose(out[:, 0], lab[:, 0])               # L* kept
    np.testing.assert_allclose(np.hypot(out[:, 1], out[:, 2]), np.hypot(lab[:, 1], lab[:, 2]))  # C* kept
    np.testing.assert_array_equal(out[100:], lab[100:])            # greys untouched
    # a second hue under the share is not a family: its pixels join the main one's
    few = hue_families(_lab_hc([25] * 90 + [185] * 10))
    np.testing.assert_allclose(hue_of(few[90:]), 25 + HUE_WIDTH)
    # one family only: everything within HUE_WIDTH of it
    one = hue_families(_lab_hc(hues), families=1)
    assert np.abs((hue_of(one) - 25 + 180) % 360 - 180).max() <= HUE_WIDTH + 1e-6


def test_hue_families_leave_a_ramp_within_the_width_alone():
    ramp = _lab_hc(np.linspace(45, 45 + 2 * HUE_WIDTH - 10, 30))  # a hue-shifted ramp, one family
    np.testing.assert_array_equal(hue_families(ramp), ramp)


def test_clean_turns_a_rainbow_sprite_into_one_or_two_hues_and_round_trips(tmp_path):
    from dataclasses import replace
    from toolkit.pixelart.palette import from_lab
    shape = weapon_like(shadow=False)[..., 3] > 0                 # (24, 16, 16) bars
    L = np.where(shape, 35.0 + 30.0 * (np.arange(16)[None, :, None] % 3 == 1), 0)

    def paint(hue):  # (24, 16, 16) hue in degrees -> RGBA sprites, chroma 40
        lab = np.stack([L, 40 * np.cos(np.radians(hue)), 40 * np.sin(np.radians(hue))], -1)
        rgba = np.zeros(shape.shape + (4,), np.uint8)
        rgba[..., :3] = np.clip(np.rint(from_lab(lab)), 0, 255)
        rgba[..., 3] = np.where(shape, 255, 0)
        rgba[~shape] = 0
        return rgba
    real = paint(np.broadcast_to((np.arange(24) * 15.0)[:, None, None], shape.shape))  # one hue each
    style = SpriteStyle.fit(real)
    assert style.hues == 2 and SpriteStyle.fit(real, texture=True).hues == 0
    rainbow = paint(np.random.default_rng(1).uniform(0, 360, shape.shape))

    def hue_spread(images):  # chroma-weighted resultant length of the solid pixels' hues: 1 = one hue
        out = []
        for im in images:
            lab = to_lab(im[im[..., 3] >= 128][:, :3].astype(float))
            c = np.hypot(lab[:, 1], lab[:, 2])
            out.append(np.abs((c * np.exp(1j * np.arctan2(lab[:, 2], lab[:, 1]))).sum()) / c.sum())
        return np.array(out)
    on, off = style.clean(rainbow), replace(style, hues=0).clean(rainbow)
    assert np.median(hue_spread(on)) > np.median(hue_spread(off)) + 0.2
    np.testing.assert_array_equal(style.clean(real), real)        # one-hue sprites kept
    style.save(tmp_path / "style.npz")
    assert SpriteStyle.load(tmp_path / "style.npz").hues == 2
    # given centres (encode: the user's sprite's), the sprite is pulled into those, not its own
    given = style.clean(rainbow[:4], hue_centres=[[200.0]] * 4)
    mine = style.clean(rainbow[:4])
    def gap_to_200(im):
        lab = to_lab(im[im[..., 3] >= 128][:, :3].astype(float))
        lab = lab[np.hypot(lab[:, 1], lab[:, 2]) > 20]
        return np.median(np.abs((np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) - 200 + 180) % 360 - 180))
    assert all(gap_to_200(im) <= HUE_WIDTH + 5 for im in given)
    assert np.mean([gap_to_200(im) for im in mine]) > HUE_WIDTH + 20  # their own hues lie elsewhere


def test_specks_dropped_and_lone_noise_despeckled():
    solid = np.zeros((10, 10), bool)
    solid[2:8, 2:8] = True
    solid[0, 9] = True  # a 1-px speck far away
    kept = drop_specks(solid)
    assert kept.sum() == 36 and not kept[0, 9]
    idx = np.zeros((5, 5), np.int64)
    idx[2, 2] = 1
    lab = np.array([[50.0, 0, 0], [52.0, 0, 0]])
    raw_lab = np.broadcast_to(lab[0], (5, 5, 3)).copy()
    raw_lab[2, 2] = lab[1]
    full = np.ones((5, 5), bool)
    assert despeckle(idx, full, raw_lab, lab, threshold=10)[2, 2] == 0   # noise: joins its neighbours
    far = np.array([[50.0, 0, 0], [95.0, 0, 0]])
    raw_lab[2, 2] = far[1]
    assert despeckle(idx, full, raw_lab, far, threshold=10)[2, 2] == 1   # a highlight: stays


def test_sharpen_lightness_gives_a_small_feature_its_contrast_back_and_keeps_flat_areas():
    from toolkit.pixelart.steps import sharpen_lightness
    lab = np.zeros((9, 9, 3))
    lab[..., 0] = 60.0
    lab[..., 1:] = (5.0, -3.0)
    solid = np.ones((9, 9), bool)
    assert np.allclose(sharpen_lightness(lab, solid, 1.0), lab)          # flat stays flat
    lab[4, 4, 0] = 50.0                                                   # a faint dark dot
    out = sharpen_lightness(lab, solid, 1.0)
    assert out[4, 4, 0] < 50.0 - 5                                        # darker than it was
    assert np.allclose(out[..., 1:], lab[..., 1:])                        # a*, b* kept
    assert np.allclose(sharpen_lightness(lab, solid, 0.0), lab)           # amount 0: unchanged
    # transparent pixels do not count: a dark background does not brighten the edge
    solid[:, :3] = False
    lab[:, :3, 0] = 0.0
    edge = sharpen_lightness(lab, solid, 1.0)
    assert abs(edge[0, 3, 0] - 60.0) < 0.01 and (edge[:, :3] == lab[:, :3]).all()


def test_diffusion_keeps_the_mean_of_a_flat_tone_and_the_colours_of_a_palette_tile():
    from toolkit.pixelart.steps import diffuse
    grey = np.full((1, 16, 16, 3), 40.0)           # L* 40 between black (0) and white (100)
    cols = np.array([[[0.0, 0, 0], [100.0, 0, 0]]])
    idx = diffuse(grey, np.ones((1, 16, 16), bool), cols)
    assert abs(idx.mean() - 0.4) < 0.03            # 40 % white: the tone survives as a dither
    assert (diffuse(grey, np.ones((1, 16, 16), bool), cols, strength=0) == 0).all()  # nearest only
    exact = np.broadcast_to(cols[0, 1], (1, 16, 16, 3))
    assert (diffuse(exact, np.ones((1, 16, 16), bool), cols) == 1).all()  # no error, no dither
    padded = np.concatenate([cols, np.full((1, 1, 3), np.inf)], 1)        # a shorter set, padded
    np.testing.assert_array_equal(diffuse(grey, np.ones((1, 16, 16), bool), padded), idx)


def test_texture_style_dithers_smooth_output_on_the_sets_colours_and_round_trips(tmp_path):
    rng = np.random.default_rng(3)
    real = np.zeros((12, 16, 16, 4), np.uint8)    # grainy 'floors': two browns at random
    real[..., 3] = 255
    real[..., :3] = np.where(rng.random((12, 16, 16, 1)) < 0.5, (90, 60, 30), (130, 90, 50))
    smooth = real.copy()
    smooth[..., :3] = (110, 75, 40)                # a generator's blur of that grain
    flat = SpriteStyle.fit(real).clean(smooth)
    style = SpriteStyle.fit(real, texture=True)
    grain = style.clean(smooth)
    assert isolated(flat).mean() < 0.05 and isolated(grain).mean() > 0.3  # the grain comes back
    pal = {tuple(c) for c in style.palette.tolist()}
    assert {tuple(c) for c in grain[..., :3].reshape(-1, 3).tolist()} <= pal
    np.testing.assert_array_equal(style.clean(smooth[:1]), grain[:1])    # sprites independent
    style.save(tmp_path / "style.npz")
    assert SpriteStyle.load(tmp_path / "style.npz").dither == style.dither > 0


def test_layout_features_pad_sides_off_the_cell_with_transparency():
    img = weapon_like(n=2, size=18)
    f = layout_features(img)
    assert f.shape == (2, 5 * 5 * 4)  # 18 px -> 5 cells of 4 a side
    padded = np.zeros((2, 20, 20, 4), np.uint8)
    padded[:, :18, :18] = img
    np.testing.assert_array_equal(f, layout_features(padded))
    solid = np.full((1, 18, 18, 4), 255, np.uint8)
    a = layout_features(solid).reshape(5, 5, 4)[..., 3]
    assert a[:4, :4].min() == 1 and a[4, :4].max() == 0.5 and a[4, 4] == 0.25  # edge cells half padding


def _ring_sprite():
    """A 6x6 light block (colour 1) in a 10x10 frame: 20 silhouette pixels, all scored."""
    idx = np.full((10, 10), -1)
    idx[2:8, 2:8] = 1
    return idx, idx >= 0


def test_close_outline_darkens_the_silhouette_up_to_the_target_and_no_further():
    idx, solid = _ring_sprite()
    lab = np.array([[30.0, 0, 0], [80.0, 0, 0], [30.0, 25, 0]])
    lum = np.array([40.0, 200.0, 45.0])
    full = close_outline(idx, solid, lab, lum, 1.0)
    ring = solid & ~np.pad(np.ones((4, 4), bool), 3)
    assert (full[ring] != 1).all() and (full[~ring] == idx[~ring]).all()
    assert set(full[ring]) == {0}               # the dark colour nearest the light one in Lab
    half = close_outline(idx, solid, lab, lum, 0.5)
    assert ((half != idx) & ring).sum() == 10    # ceil(0.5 * 20) silhouette pixels, no more
    assert (close_outline(idx, solid, lab, lum, np.nan) == idx).all()
    assert (close_outline(idx, solid, lab, np.array([190.0, 200.0, 195.0]), 1.0) == idx).all()  # none dark enough


def test_close_outline_continues_a_neighbours_outline_colour_and_leaves_full_tiles_alone():
    idx, solid = _ring_sprite()
    idx[2, 2:5] = 2                              # an outline begun in colour 2
    lab = np.array([[30.0, 0, 0], [80.0, 0, 0], [30.0, 25, 0]])
    lum = np.array([40.0, 200.0, 45.0])
    out = close_outline(idx, solid, lab, lum, 1.0)
    assert out[2, 5] == 2                        # beside the begun outline: its colour, not the nearer 0
    tile = np.ones((10, 10), int)                # fills its frame: no silhouette borders transparency
    assert (close_outline(tile, tile > 0, lab, lum, 1.0) == tile).all()


def test_clean_draws_the_outline_its_look_alikes_have_and_keeps_real_outlines():
    real = weapon_like(shadow=False)
    style = SpriteStyle.fit(real)
    assert np.isfinite(style.outlines).all() and style.outlines.min() > 0.5
    faded = real.copy()
    for im in faded:                             # the outline's top row and left side in the light tone
        rows = np.flatnonzero((im[..., 3] == 255).any(1))
        light = im[rows[0] + 1, 4, :3].copy()
        im[rows[0], 2:12, :3] = light
        im[rows, 2, :3] = light
    assert (dark_outline(faded) < style.outlines_for(faded) - 0.2).all()
    cleaned = style.clean(faded)
    assert (dark_outline(cleaned) >= style.outlines_for(faded) - 1e-9).all()
    np.testing.assert_array_equal(style.clean(real), real)


def test_parts_beyond_the_look_alikes_count_go_unless_they_are_major():
    solid = np.zeros((2, 16, 16), bool)
    solid[:, 2:10, 2:10] = True                  # 64 px
    solid[:, 12:15, 12:16] = True                # a 12 px fragment: above MIN_ISLAND, under 30 % of 64
    assert drop_specks(solid).sum() == 2 * 76    # the size rule alone keeps it
    kept = drop_specks(solid, parts=np.array([1, 2]))
    assert kept[0].sum() == 64 and kept[1].sum() == 76
    big = solid.copy()
    big[:, 11:16, 11:16] = True                  # 25 px: a major part (39 % of the largest) stays
    assert drop_specks(big, parts=np.array([1, 1])).sum() == 2 * (64 + 25)


def test_clean_drops_a_floating_fragment_when_its_look_alikes_are_one_piece():
    real = weapon_like(shadow=False)
    style = SpriteStyle.fit(real)
    assert (style.islands == 1).all()
    raw = real.copy()
    raw[:, 13:16, 12:16] = (200, 140, 80, 255)   # 12 px floating below the bar
    assert (pixel_stats(style.clean(raw))["islands"] == 1).all()
    two = SpriteStyle.fit(raw)                   # a set drawn in two pieces keeps its second piece
    assert (pixel_stats(two.clean(raw))["islands"] == 2).all()


def test_ink_edges_draw_a_darker_shade_of_the_dark_side_as_lines_not_dots():
    from toolkit.pixelart.steps import ink_edges
    from toolkit.pixelart.palette import to_lab
    red, dark_red, light, grey = (200, 60, 50), (70, 20, 20), (240, 230, 210), (120, 120, 120)
    s = np.zeros((12, 12, 4), np.uint8)
    s[..., :3], s[..., 3] = light, 255
    s[:, :6, :3] = red                       # a red half against a light half: a strong edge at col 5|6
    s[:, :6][:, :, :3][0, 0] = dark_red      # the sprite owns a darker red
    s[9, 9, :3] = grey                       # a lone darker pixel inside the light half
    s[11, 11, 3] = 0                         # a transparent pixel is no lighter side
    out = ink_edges(s)
    assert (out[1:, 5, :3] == dark_red).all()                   # the red side of the edge, as a line
    assert (out[:, :5, :3] == s[:, :5, :3]).all() and (out[:, 6:] == s[:, 6:]).all()
    assert (out[9, 9] == s[9, 9]).all()                          # a dot is not inked
    cols = {tuple(c) for c in out[..., :3][out[..., 3] > 0].tolist()}
    assert cols <= {tuple(c) for c in s[..., :3][s[..., 3] > 0].tolist()}  # the sprite's own colours
    L = to_lab(np.array([red, dark_red], float))[:, 0]
    assert L[1] < L[0] - 15
    assert (ink_edges(s, edge=200) == s).all()                   # no edge that strong: unchanged
