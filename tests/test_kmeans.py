"""The one k-means and its distances."""
import numpy as np

from toolkit.kmeans import distances, kmeans, nearest, sq_distances


def test_distances_match_the_definition():
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(7, 5)), rng.normal(size=(4, 5))
    want = ((x[:, None] - y[None]) ** 2).sum(-1)
    np.testing.assert_allclose(sq_distances(x, y), want, atol=1e-9)
    np.testing.assert_allclose(distances(x, y), np.sqrt(want), atol=1e-9)
    assert (nearest(x, y) == want.argmin(1)).all()


def test_kmeans_finds_separated_blobs_is_seeded_and_a_fixed_point():
    rng = np.random.default_rng(1)
    centres = np.array([[0, 0], [10, 0], [0, 10]], float)
    x = np.concatenate([c + rng.normal(size=(40, 2)) for c in centres])
    c, labels = kmeans(x, 3, seed=3)
    assert sorted(np.bincount(labels).tolist()) == [40, 40, 40]
    assert np.abs(np.sort(c[:, 0] + 3 * c[:, 1]) - [0, 10, 30]).max() < 1
    c2, labels2 = kmeans(x, 3, seed=3)
    np.testing.assert_array_equal(labels, labels2)
    np.testing.assert_array_equal(c, c2)
    assert (nearest(x, c) == labels).all()  # the labels are the returned centres'
    np.testing.assert_allclose(c, [x[labels == j].mean(0) for j in range(3)])


def test_kmeans_from_given_starts_in_one_dimension():
    x = np.array([1, 2, 3, 100, 101, 102], float)[:, None]
    c, labels = kmeans(x, 2, init=np.array([0.0, 50.0]))
    np.testing.assert_allclose(c[:, 0], [2, 101])
    assert labels.tolist() == [0, 0, 0, 1, 1, 1]
