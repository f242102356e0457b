"""Stage 1: sprite and tile sheets -> clean training sets."""
from .contact import contact_sheet, pack_sheet
from .detect import Grid, background_mask, detect_grid, grid_from_options
from .pixels import detect_upscale
from .load import TileSet, fit_tile, load_tiles
from .slicer import SliceResult, empty_tiles, parse_size, slice_files, slice_sheet, tile_hash

__all__ = ["Grid", "SliceResult", "TileSet", "background_mask", "contact_sheet", "detect_grid",
           "detect_upscale", "empty_tiles", "fit_tile", "grid_from_options", "load_tiles",
           "pack_sheet", "parse_size", "slice_files", "slice_sheet", "tile_hash"]
