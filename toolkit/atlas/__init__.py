"""Stage 5: level-ready atlases (Tiled TSX/TMX, TexturePacker JSON for Phaser/PixiJS, Godot 4 TRES)."""
from .build import Sprite, build_atlas, collect, pack
from .level import dungeon, make_level
from .pack import MaxRects, Packing, Placement, occupancy, pack_grid, pack_maxrects, render_pages

__all__ = ["MaxRects", "Packing", "Placement", "Sprite", "build_atlas", "collect", "dungeon",
           "make_level", "occupancy", "pack", "pack_grid", "pack_maxrects", "render_pages"]
