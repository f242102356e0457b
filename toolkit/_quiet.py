"""Keep TensorFlow's C++ start-up lines (oneDNN, CUDA probing, CPU features) off the console.

TF 2.21 writes them through absl before its log level is read, so TF_CPP_MIN_LOG_LEVEL
alone does not hide them: the first import of ``tensorflow`` and ``keras`` runs with
file descriptor 2 pointed at /dev/null. SPRITEFORGE_DEBUG=1 or SPRITEFORGE_TF_LOGS=1 shows
them again.
"""
from __future__ import annotations

import contextlib
import importlib.abc
import importlib.util
import os
import sys

NAMES = ("tensorflow", "keras")


@contextlib.contextmanager
def stderr_silenced():
    """Point fd 2 (C and Python stderr alike) at /dev/null for the block."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.pending = set(NAMES)

    def find_spec(self, name, path=None, target=None):
        if name not in self.pending:
            return None
        self.pending.discard(name)
        if not self.pending:
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)  # the real one (this finder skips it now)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module):
            with stderr_silenced():
                run(module)
        spec.loader.exec_module = exec_module
        return spec


def install() -> None:
    """Silence the first import of each of NAMES not imported yet (idempotent)."""
    if (os.environ.get("SPRITEFORGE_DEBUG") or os.environ.get("SPRITEFORGE_TF_LOGS")
            or any(isinstance(f, _Finder) for f in sys.meta_path)):
        return
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import logging
    logging.getLogger("tensorflow").setLevel(logging.ERROR)  # its Python warnings (e.g. retracing) too
    finder = _Finder()
    finder.pending -= set(sys.modules)
    if finder.pending:
        sys.meta_path.insert(0, finder)
