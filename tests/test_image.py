"""Compositing: RGBA over a background, and over another RGBA."""
import numpy as np

from toolkit.image import composite, over


def test_composite_weights_colour_by_alpha():
    px = np.array([[[200, 100, 0, 255], [200, 100, 0, 0], [200, 100, 0, 51]]], np.uint8)
    out = composite(px, (10, 20, 30))
    np.testing.assert_allclose(out[0, 0], [200, 100, 0])
    np.testing.assert_allclose(out[0, 1], [10, 20, 30])
    np.testing.assert_allclose(out[0, 2], [0.2 * 200 + 0.8 * 10, 0.2 * 100 + 0.8 * 20, 0.8 * 30], rtol=1e-5)


def test_over_is_porter_duff_with_straight_alpha():
    src = np.array([255, 0, 0, 128], np.float32)
    clear = np.zeros(4, np.float32)
    np.testing.assert_allclose(over(src, clear), src, atol=1e-3)  # onto nothing: itself
    opaque = np.array([0, 0, 255, 255], np.float32)
    out = over(src, opaque)
    a = 128 / 255
    np.testing.assert_allclose(out, [255 * a, 0, 255 * (1 - a), 255], atol=1e-3)
    half = np.array([0, 0, 255, 128], np.float32)
    oa = a + a * (1 - a)
    np.testing.assert_allclose(over(src, half)[3], 255 * oa, atol=1e-3)
    np.testing.assert_allclose(over(src, half)[0] / 255, a / oa, atol=1e-3)
