"""spriteforge: game art from sprite sheets.

Pipeline stages, each a subpackage: ``sheets`` (slice sheets into training
sets), ``gan`` (small-data DCGAN), ``latent`` (interpolation, arithmetic),
``style`` (photo -> pixel-art sprite), ``atlas`` (engine-ready tilesets).
"""
from . import _quiet

_quiet.install()  # TensorFlow's start-up log lines stay off the console

from .data import DATASETS, load_data
from .errors import OptionError, SpriteforgeError
from .sheets import (Grid, TileSet, contact_sheet, detect_grid, detect_upscale, load_tiles,
                     pack_sheet, slice_files, slice_sheet)

__version__ = "0.1.0"

__all__ = ["DATASETS", "Grid", "OptionError", "SpriteforgeError", "TileSet", "contact_sheet", "detect_grid",
           "detect_upscale", "load_data", "load_tiles", "pack_sheet", "slice_files", "slice_sheet"]
