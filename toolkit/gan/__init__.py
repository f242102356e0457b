"""Small-data GAN for RGBA sprites of 16 to 64 px (other tiles padded onto the next square).

config (recipe, plan) -> model (networks) -> step (one update) -> train (the loop, with pick)
-> folder (the saved model) -> sample (generate). metrics, augment and clusters serve them.
"""
import os as _os

# oneDNN kernels: 1.49x the GAN's steps per minute on AVX2-only CPUs, where TensorFlow leaves them
# off; set by the GAN package only, as they slow style transfer (docs/experiments.md, "CPU kernels").
# Read once, at TensorFlow's first import; an explicit TF_ENABLE_ONEDNN_OPTS still wins.
_os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "1")
