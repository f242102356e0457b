"""Latent-space tools: interpolation paths, vector arithmetic, class morphs."""
from .expr import Mean, Name, Scaled, Sum, parse
from .paths import latent_path, lerp, slerp

__all__ = ["Mean", "Name", "Scaled", "Sum", "parse", "latent_path", "lerp", "slerp"]
