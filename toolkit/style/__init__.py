"""Photo -> pixel-art sprite: ``stylize`` (downscale, palette, clean-up), ``transfer``
(optional VGG16 style transfer), ``dream`` (deep dream), ``score`` (the scorecard)."""
