"""Run an exported generator (``export.py``) without TensorFlow, scipy or scikit-image:
onnxruntime, numpy and pillow only (``pip install --no-deps spriteforge onnxruntime numpy
pillow``), for games and tools scripted in Python (pygame, arcade). Tested in such a venv."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from ..errors import SpriteforgeError
from ..pixelart.cleanup import SpriteStyle
from .config import crop_tile
from .folder import default_labels


class OnnxGenerator:
    """``OnnxGenerator("exported/")(z, labels) -> (N, H, W, 4) uint8`` raw sprites;
    ``.sprites(n, seed)`` clean ones, as ``generate --no-novelty --no-class-check`` draws them."""

    def __init__(self, folder: str | os.PathLike):
        self.dir = Path(folder)
        f = self.dir / "generator.json"
        if not f.is_file():
            raise SpriteforgeError(f"{self.dir}: not an exported generator (no generator.json); make one "
                                   f"with 'spriteforge export'")
        try:
            self.meta = json.loads(f.read_text())
            model = self._inside(self.meta["file"])
            self._inside(self.meta["style"])
            self.latent_dim = int(self.meta["latent_dim"])
            self.classes: list[str] = list(self.meta["classes"])
            inputs = list(self.meta["inputs"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
            raise SpriteforgeError(f"{f}: not a valid generator.json ({type(e).__name__}: {e})") from None
        if not model.is_file():
            raise SpriteforgeError(f"{model}: no such file (the export in {self.dir} is incomplete)")
        try:
            import onnxruntime as ort
        except ImportError:
            raise SpriteforgeError("running an exported model needs onnxruntime: "
                                   "pip install 'spriteforge[export]'") from None
        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        try:
            self.session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        except Exception as e:  # onnxruntime's InvalidProtobuf, NoSuchFile, Fail ...
            raise SpriteforgeError(f"{model}: not a loadable ONNX model ({str(e).splitlines()[0][:200]})") from None
        self.meta["inputs"] = inputs
        self._style = None

    def _inside(self, name) -> Path:
        """A file the export names, refused unless it lies inside the export's folder."""
        if not isinstance(name, str) or not name:
            raise ValueError(f"file names must be strings, got {name!r}")
        p = (self.dir / name).resolve()
        if not p.is_relative_to(self.dir.resolve()):
            raise ValueError(f"{name!r} lies outside {self.dir}")
        return p

    @property
    def style(self) -> SpriteStyle:
        if self._style is None:
            f = self._inside(self.meta["style"])
            try:
                self._style = SpriteStyle.load(f)
            except SpriteforgeError:
                raise
            except Exception as e:  # a damaged style file: npz / json errors
                raise SpriteforgeError(f"{f}: not a valid clean-up style ({type(e).__name__}: {e})") from None
        return self._style

    def __call__(self, z: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
        feed = {"z": np.asarray(z, np.float32)}
        if "label" in self.meta["inputs"]:
            if labels is None:
                raise SpriteforgeError("this generator is conditional: give a class label per latent")
            feed["label"] = np.asarray(labels, np.int32)
        x = self.session.run(None, feed)[0]
        return crop_tile(np.clip(np.rint((x + 1.0) * 127.5), 0, 255).astype(np.uint8), self.meta.get("tile"))

    def labels(self, n: int, seed: int) -> np.ndarray | None:
        """The classes ``generate --seed seed -n n`` draws: by size for clusters, else in turn."""
        pool = np.asarray(self.meta["label_pool"]) if self.meta.get("clusters") else None
        return default_labels(n, seed, len(self.classes), pool)

    def sprites(self, n: int, seed: int = 0) -> np.ndarray:
        """(n, H, W, 4) uint8 clean sprites from seed ``seed``'s latents."""
        z = np.random.default_rng(seed).standard_normal((n, self.latent_dim)).astype(np.float32)
        return self.style.clean(self(z, self.labels(n, seed)))
