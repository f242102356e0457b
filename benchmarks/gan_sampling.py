"""Sampling-side changes on a trained generator, scored like `spriteforge evaluate`.

    python benchmarks/gan_sampling.py [trained/dcss-weapons]

Same 500 latents (seed 123) and clean-up as `evaluate`; prints KID and FD at matched
sizes as a multiple of the real-split floor for: the model as shipped, truncation
(latents scaled by psi), no palette snap, and BatchNorm statistics recomputed for the
EMA weights ("standing statistics": the shipped EMA generator carries the raw
generator's running statistics). None of them beat the model as shipped (README).
"""
import argparse

import numpy as np

from toolkit.errors import SpriteforgeError
from toolkit.gan.metrics import kid, matched_split_floor
from toolkit.gan.folder import Generator
from toolkit.pixelart.cleanup import render
from toolkit.vgg import sprite_features


def standing_statistics(gen: Generator, batches: int = 16, batch: int = 256, seed: int = 99) -> None:
    """Set each BatchNorm layer's moving statistics to the mean of its batch statistics
    over ``batches`` random batches run in training mode (in place)."""
    import keras
    bns = [layer for layer in gen.G.layers if isinstance(layer, keras.layers.BatchNormalization)]
    rng = np.random.default_rng(seed)
    sums = [[0.0, 0.0] for _ in bns]
    for layer in bns:
        layer.momentum = 0.0  # a training-mode call then stores that batch's statistics
    for _ in range(batches):
        gen.G(rng.standard_normal((batch, gen.latent_dim)).astype(np.float32), training=True)
        for s, layer in zip(sums, bns):
            s[0] += layer.moving_mean.numpy() / batches
            s[1] += layer.moving_variance.numpy() / batches
    for s, layer in zip(sums, bns):
        layer.moving_mean.assign(s[0])
        layer.moving_variance.assign(s[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default="trained/dcss-weapons")
    args = ap.parse_args()
    try:
        gen = Generator(args.model)
    except SpriteforgeError as e:
        raise SystemExit(f"error: {e}") from None
    real = gen.train_images
    freal = sprite_features(real)
    pal = gen.style
    z = gen.latents(500, 123)

    def score(name, raw, palette=pal):
        f = sprite_features(render(raw, palette))
        print(f"{name:28s} KID {kid(f, freal):.5f}  FD ratio {matched_split_floor(freal, f)['fd_floor_ratio']:.2f}x",
              flush=True)

    score("as shipped", gen(z))
    score("raw (no clean-up)", gen(z), None)
    for psi in (0.8, 0.9, 1.1):
        score(f"truncation psi {psi}", gen(z * psi))
    standing_statistics(gen)
    score("standing BatchNorm stats", gen(z))


if __name__ == "__main__":
    main()
