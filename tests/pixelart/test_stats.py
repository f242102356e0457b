"""Each pixel-art statistic on hand-made sprites with a known answer."""
import numpy as np
import pytest

from toolkit.pixelart.stats import (alpha_levels, colours, dark_outline, hues, isolated, islands,
                                    partial_alpha, pixel_stats, scorecard)


def canvas(n=1, size=8):
    return np.zeros((n, size, size, 4), np.uint8)


def paint(img, ys, xs, rgb, a=255):
    img[ys, xs, :3] = rgb
    img[ys, xs, 3] = a


def test_colours_count_solid_pixels_only():
    im = canvas()
    paint(im[0], slice(0, 2), slice(0, 2), (10, 20, 30))
    paint(im[0], 3, 3, (200, 0, 0))
    paint(im[0], 5, 5, (0, 200, 0), a=100)  # see-through: not solid
    assert colours(im).tolist() == [2]


def test_isolated_share():
    im = canvas()
    paint(im[0], slice(0, 2), slice(0, 2), (10, 20, 30))  # a flat 2x2 block: none isolated
    paint(im[0], 0, 2, (200, 0, 0))                       # touches the block, other colour
    paint(im[0], 6, 6, (9, 9, 9))                         # alone: isolated
    assert isolated(im)[0] == pytest.approx(2 / 6)
    checker = canvas()
    checker[0, ..., 3] = 255
    checker[0, ::2, ::2, :3] = 255
    checker[0, 1::2, 1::2, :3] = 255  # every pixel differs from all four neighbours
    assert isolated(checker)[0] == 1.0


def test_alpha_statistics():
    im = canvas()
    paint(im[0], 0, slice(0, 4), (0, 0, 0), a=255)
    paint(im[0], 1, slice(0, 2), (0, 0, 0), a=64)
    paint(im[0], 1, slice(2, 4), (0, 0, 0), a=128)
    assert partial_alpha(im)[0] == pytest.approx(4 / 8)
    assert alpha_levels(im)[0] == 3


def test_islands_are_8_connected_solid_parts():
    im = canvas()
    paint(im[0], 0, 0, (1, 1, 1))
    paint(im[0], 1, 1, (1, 1, 1))   # diagonal neighbour: same island
    paint(im[0], 5, 5, (1, 1, 1))
    paint(im[0], 7, 0, (1, 1, 1), a=60)  # not solid: no island
    assert islands(im).tolist() == [2]


def test_dark_outline_share():
    im = canvas(size=9)
    paint(im[0], slice(1, 8), slice(1, 8), (20, 20, 20))     # a dark ring ...
    paint(im[0], slice(2, 7), slice(2, 7), (200, 200, 200))  # ... round a light interior
    assert dark_outline(im)[0] == 1.0
    flat = canvas(size=9)
    paint(flat[0], slice(1, 8), slice(1, 8), (200, 200, 200))
    assert dark_outline(flat)[0] == 0.0
    thin = canvas(size=9)
    paint(thin[0], 4, slice(0, 9), (20, 20, 20))  # a 1-px line: no interior to compare with
    assert np.isnan(dark_outline(thin)[0])


def test_hues_count_the_sectors_a_sprite_uses():
    im = canvas(3, size=10)
    paint(im[0], slice(0, 10), slice(0, 5), (200, 30, 30))    # red ...
    paint(im[0], slice(0, 10), slice(5, 10), (30, 30, 200))   # ... and blue: two sectors
    paint(im[0], 0, 0, (30, 200, 30))                         # 1 green pixel in 100: under 5 %
    paint(im[1], slice(0, 10), slice(0, 10), (128, 128, 128)) # grey: no hue
    for x, rgb in enumerate([(230, 40, 40), (230, 160, 40), (200, 220, 40), (60, 200, 60), (40, 200, 200),
                             (50, 80, 230), (160, 60, 220), (230, 60, 160), (200, 120, 120), (120, 80, 40)]):
        paint(im[2], slice(0, 10), x, rgb)                    # a rainbow, column by column
    paint(im[1], 0, 0, (200, 30, 30), a=100)                  # see-through: not counted
    got = hues(im)
    assert got[0] == 2 and got[1] == 0 and got[2] >= 6


def test_scorecard_ceiling_is_high_on_real_and_noise_falls_outside():
    rng = np.random.default_rng(0)
    real = canvas(40, 16)
    for i, im in enumerate(real):
        paint(im, slice(3, 13), slice(3, 13), (40, 40, 40))
        paint(im, slice(4, 12), slice(4, 12), (120 + i, 90, 60))
    noise = real.copy()
    noise[..., :3] = rng.integers(0, 256, noise[..., :3].shape, dtype=np.uint8)
    noise[noise[..., 3] == 0] = 0
    card = scorecard(noise, real)
    assert card["isolated"]["ceiling"] == 1.0
    assert card["isolated"]["inside"] == 0.0 and card["colours"]["inside"] == 0.0
    assert scorecard(real, real)["colours"]["inside"] == 1.0
    step = pixel_stats(real)["colour_step"]  # the middle half the colour step's target names
    assert [card["colour_step"][k] for k in ("real_p25", "real_p75")] == list(np.nanpercentile(step, [25, 75]))
    assert set(pixel_stats(real)) == set(card) - {"set_alpha_values"}
    with pytest.raises(ValueError, match="uint8"):
        pixel_stats(real.astype(np.float32))


def test_seam_score_tells_a_tileable_tile_from_a_seamed_one():
    from toolkit.pixelart.stats import seam_score
    yy, xx = np.mgrid[0:32, 0:32]
    tile = np.zeros((2, 32, 32, 4), np.uint8)
    tile[..., 3] = 255
    # a pattern periodic in 32 (tileable) and a ramp (its right edge meets a dark left edge)
    tile[0, ..., 0] = (127 + 100 * np.sin(2 * np.pi * xx / 32) * np.cos(2 * np.pi * yy / 16)).astype(np.uint8)
    tile[1, ..., 0] = (xx * 7 + yy * 3).astype(np.uint8)
    s = seam_score(tile)
    assert s[0] < 1.3 and s[1] > 5
    # two different tiles side by side: the seam between them
    assert seam_score(tile[:1], tile[1:])[0] > 2


def test_colour_step_is_zero_on_flat_sprites_small_on_ramps_and_large_on_noise():
    from toolkit.pixelart.stats import colour_step
    flat = np.zeros((1, 16, 16, 4), np.uint8)
    flat[..., :3], flat[..., 3] = 90, 255
    ramp = flat.copy()
    ramp[0, :, :, :3] = (np.arange(16)[None, :, None] * 8 + 40).astype(np.uint8)  # grey ramp, 8 a step
    noise = flat.copy()
    noise[0, :, :, :3] = np.random.default_rng(0).integers(0, 256, (16, 16, 1))
    empty = np.zeros((1, 16, 16, 4), np.uint8)
    step = colour_step(np.concatenate([flat, ramp, noise, empty]))
    assert step[0] == 0 and 0 < step[1] < 5 < 20 < step[2] and np.isnan(step[3])
