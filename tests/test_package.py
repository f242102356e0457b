"""Package-level settings that must hold before TensorFlow loads."""
import os
import subprocess
import sys

import pytest

PROBE = ("import os, {module}\n"
         "from tensorflow.python.util import _pywrap_util_port as port\n"
         "print(os.environ.get('TF_ENABLE_ONEDNN_OPTS', '-'), port.IsMklEnabled())\n")


def _probe(module, **env):
    base = {k: v for k, v in os.environ.items() if k != "TF_ENABLE_ONEDNN_OPTS"}
    out = subprocess.run([sys.executable, "-c", PROBE.format(module=module)],
                         env={**base, "TF_CPP_MIN_LOG_LEVEL": "3", **env},
                         capture_output=True, text=True, check=True).stdout
    return out.split()[-2:]


@pytest.mark.slow
def test_gan_package_turns_onednn_kernels_on():
    # TensorFlow leaves oneDNN off on AVX2-only CPUs; its kernels make a GAN step ~1.5x faster here.
    assert _probe("toolkit.gan") == ["1", "True"]


@pytest.mark.slow
def test_explicit_onednn_off_is_respected():
    assert _probe("toolkit.gan", TF_ENABLE_ONEDNN_OPTS="0") == ["0", "False"]


@pytest.mark.slow
def test_style_transfer_keeps_tensorflows_default():
    # oneDNN made the VGG convolutions of style transfer slower here, so only the GAN sets it.
    assert _probe("toolkit.style.stylize")[0] == "-"
