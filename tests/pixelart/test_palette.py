"""Colour choice from a large palette: the grid index chooses what the full scan does, and
the clean-up's numpy parts give scikit-image's and scipy's answers without them."""
import numpy as np

from toolkit.pixelart.palette import PaletteIndex, _rgb2lab, choose_lab


def test_index_lookup_chooses_the_colours_the_full_scan_does():
    rng = np.random.default_rng(0)
    pal = rng.uniform((0, -80, -80), (200, 80, 80), (6000, 3))
    for seed in range(4):
        x = pal[rng.choice(len(pal), 400)] + rng.normal(0, 4, (400, 3))
        full = choose_lab(x, pal, 40, seed)
        assert len(full) == 40
        np.testing.assert_array_equal(choose_lab(x, pal, 40, seed, index=PaletteIndex(pal)), full)


def test_index_breaks_ties_and_runs_out_as_the_scan_does():
    # integer colours: many exact ties; a ball of pixels far smaller than the spacing takes
    # every colour near it, so later centres search outward ring after ring
    rng = np.random.default_rng(1)
    pal = rng.integers(-40, 40, (3000, 3)).astype(np.float64)
    index = PaletteIndex(pal)
    for c in rng.integers(-60, 60, (200, 3)).astype(np.float64):
        used = rng.random(len(pal)) < 0.5
        d = ((pal - c) ** 2).sum(1)
        d[used] = np.inf
        assert index.nearest_free(c, used) == int(d.argmin())  # lowest index among the nearest
    assert index.nearest_free(np.zeros(3), np.ones(len(pal), bool)) == -1
    x = pal[7] + rng.normal(0, 0.01, (48, 3))
    full = choose_lab(x, pal, 48, 0)
    assert len(np.unique(full)) == 48
    np.testing.assert_array_equal(choose_lab(x, pal, 48, 0, index=index), full)


def test_numpy_lab_is_scikit_images_to_the_bit():
    from skimage.color import rgb2lab
    v = np.arange(0, 256, 3)
    g = np.stack(np.meshgrid(v, v, v, indexing="ij"), -1).reshape(-1, 1, 3) / 255.0
    np.testing.assert_array_equal(_rgb2lab(g), rgb2lab(g))


def test_numpy_labelling_is_scipys():
    from scipy import ndimage as ndi

    from toolkit.pixelart.steps import label8
    rng = np.random.default_rng(2)
    st = np.zeros((3, 3, 3), bool)
    st[1] = True  # 8-connected within an image, never across images
    for p in (0.2, 0.5, 0.7):
        m = rng.random((40, 24, 24)) < p
        lab, n, first = label8(m)
        ref, nref = ndi.label(m, st)
        assert n == nref
        np.testing.assert_array_equal(lab, ref)
        np.testing.assert_array_equal(first, [np.flatnonzero(ref.ravel() == i)[0] for i in range(1, n + 1)])
    snake = np.zeros((1, 32, 32), bool)  # one part that winds through the whole image
    snake[0, ::2] = True
    snake[0, 1::4, -1] = True
    snake[0, 3::4, 0] = True
    assert label8(snake)[1] == 1
