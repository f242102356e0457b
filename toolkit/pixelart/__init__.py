"""Palettes and pixel-art clean-up shared by the GAN and the stylizer, and the
pixel-art scorecard that measures both."""
