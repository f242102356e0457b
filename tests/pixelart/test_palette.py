"""Colour choice from a large palette: the k-d tree lookup chooses what the full scan does."""
import numpy as np

from toolkit.pixelart.palette import NEAREST, choose_lab, palette_tree


def test_tree_lookup_chooses_the_colours_the_full_scan_does():
    rng = np.random.default_rng(0)
    pal = rng.uniform((0, -80, -80), (200, 80, 80), (6000, 3))  # continuous: no exact ties
    for seed in range(4):
        x = pal[rng.choice(len(pal), 400)] + rng.normal(0, 4, (400, 3))
        full = choose_lab(x, pal, 40, seed)
        assert len(full) == 40
        np.testing.assert_array_equal(choose_lab(x, pal, 40, seed, tree=palette_tree(pal)), full)


def test_tree_lookup_falls_back_to_the_whole_palette_when_a_centres_nearest_are_taken():
    # 3 * NEAREST pixels in a ball far smaller than the palette's spacing: every centre has the
    # same NEAREST nearest colours, so the centres after the first NEAREST find them all taken
    rng = np.random.default_rng(1)
    pal = rng.uniform((0, -80, -80), (200, 80, 80), (3000, 3))
    x = pal[7] + rng.normal(0, 0.01, (3 * NEAREST, 3))
    full = choose_lab(x, pal, 3 * NEAREST, 0)
    assert len(np.unique(full)) == 3 * NEAREST
    np.testing.assert_array_equal(choose_lab(x, pal, 3 * NEAREST, 0, tree=palette_tree(pal)), full)
