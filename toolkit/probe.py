"""A class probe over sprite features: which class a sprite reads as, and how surely.

``evaluate`` judges readability and class accuracy with it (VGG16 or held-out features);
``generate``'s class check reads its sprites with it (pixel features). Plain functions over
(N, D) feature arrays and (N,) int labels in [0, num_classes).
"""
from __future__ import annotations

import numpy as np


class ClassProbe:
    """A small classifier on real sprites: softmax regression over standardised sprite
    features (VGG16, held-out or pixel), L2-regularised, fitted by full-batch gradient
    descent. It is the judge of whether ``generate --class X`` draws an X."""

    def __init__(self, l2: float = 1e-2, steps: int = 500, lr: float = 0.5):
        self.l2, self.steps, self.lr = l2, steps, lr

    def fit(self, feats: np.ndarray, labels: np.ndarray, num_classes: int) -> "ClassProbe":
        x = np.asarray(feats, np.float64)
        self.mu, self.sd = x.mean(0), x.std(0) + 1e-6
        x = (x - self.mu) / self.sd
        n, d = x.shape
        y = np.eye(num_classes)[labels]
        # classes are unbalanced (12 daggers, 46 swords): weight each by 1/count
        cw = (n / (num_classes * np.maximum(y.sum(0), 1)))[labels][:, None]
        self.W = np.zeros((d, num_classes))
        self.b = np.zeros(num_classes)
        for _ in range(self.steps):
            p = self._softmax(x @ self.W + self.b)
            g = cw * (p - y) / n
            self.W -= self.lr * (x.T @ g + self.l2 * self.W)
            self.b -= self.lr * g.sum(0)
        return self

    @staticmethod
    def _softmax(a):
        a = a - a.max(1, keepdims=True)
        e = np.exp(a)
        return e / e.sum(1, keepdims=True)

    def proba(self, feats: np.ndarray) -> np.ndarray:
        """(N, C) class probabilities."""
        x = (np.asarray(feats, np.float64) - self.mu) / self.sd
        return self._softmax(x @ self.W + self.b)

    def predict(self, feats: np.ndarray) -> np.ndarray:
        x = (np.asarray(feats, np.float64) - self.mu) / self.sd
        return (x @ self.W + self.b).argmax(1)


def probe_cv_proba(feats: np.ndarray, labels: np.ndarray, num_classes: int, folds: int = 5,
                   seed: int = 0) -> np.ndarray:
    """(N, C) each real sprite's class probabilities under a probe fitted on the other folds:
    its argmax says how far to trust the probe, class by class (the ceiling of a class's
    accuracy); its max, how surely the probe reads sprites it never saw."""
    idx = np.random.default_rng(seed).permutation(len(feats))
    proba = np.zeros((len(feats), num_classes))
    for k in range(folds):
        test = idx[k::folds]
        train = np.setdiff1d(idx, test)
        proba[test] = ClassProbe().fit(feats[train], labels[train], num_classes).proba(feats[test])
    return proba


READ_QUANTILE = 0.2  # a sprite reads as its kind when the probe is as sure as for 80 % of real ones
