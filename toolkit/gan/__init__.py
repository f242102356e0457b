"""Small-data DCGAN for 32x32 RGBA sprites: model, train, sample, metrics, augment."""
import os as _os

# TensorFlow turns its oneDNN CPU kernels on by itself only on CPUs with AVX-512 VNNI or newer;
# on AVX2-only CPUs (this project's 2-core AMD EPYC machines) it runs Eigen kernels, whose
# convolution gradients are 2-3x slower at sprite sizes. With oneDNN a default GAN step takes
# 76 ms instead of 113 ms, 1.49x the steps per minute (benchmarks/onednn.py). The switch is
# read once, when TensorFlow is first imported, and applies to the whole process, so it is set
# here, by the GAN package, and not for the package as a whole: the same benchmark found style
# transfer's large VGG convolutions 12 % slower with oneDNN (16.5 vs 14.7 s per photo). An
# explicit TF_ENABLE_ONEDNN_OPTS (0 or 1) in the environment still wins.
_os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "1")
