"""Seamless floors and walls from exemplar tiles: quilting per material (``quilt``), the
recipe each material keeps whole (``exemplar``), and a model folder's ``tiles.json`` (``model``)."""
from .exemplar import Recipe, copy_threshold, fit_recipe, new_tiles
from .model import TileModel, fit_tiles, has_tiles, uses_tiles
from .quilt import check_exemplars, quilt

__all__ = ["Recipe", "TileModel", "check_exemplars", "copy_threshold", "fit_recipe", "fit_tiles",
           "has_tiles", "new_tiles", "quilt", "uses_tiles"]
