"""Palette files: each format round-trips, hand-made files in each format read as their authors
meant, Pillow's own GIMP reader agrees, and indexed PNGs decode to the RGBA sprites."""
import io

import numpy as np
import pytest
from PIL import Image

from toolkit.errors import SpriteforgeError
from toolkit.io import encode_indexed_png, indexed_palette
from toolkit.pixelart.palette_files import FORMATS, named_palettes, read_palette, write_palette

COLOURS = np.array([[0, 0, 0], [255, 0, 77], [41, 173, 255], [255, 241, 232], [18, 52, 86]], np.uint8)


@pytest.mark.parametrize("suffix", FORMATS)
def test_each_format_round_trips_in_order(tmp_path, suffix):
    p = write_palette(tmp_path / f"p{suffix}", COLOURS)
    np.testing.assert_array_equal(read_palette(p), COLOURS)


HAND_MADE = {  # as GIMP, Lospec, Paint.NET and Paint Shop Pro write them
    "p.gpl": "GIMP Palette\nName: Test\nColumns: 4\n#\n  0   0   0\tBlack\n255   0  77\tRed\n 41 173 255\n",
    "p.hex": "000000\nff004d\n29ADFF\n",
    "p.txt": ";paint.net Palette File\n;Colors: 3\nFF000000\nFFFF004D\nff29adff\n",
    "p.pal": "JASC-PAL\r\n0100\r\n3\r\n0 0 0\r\n255 0 77\r\n41 173 255\r\n",
}


@pytest.mark.parametrize("name", sorted(HAND_MADE))
def test_hand_made_files_read_as_written(tmp_path, name):
    (tmp_path / name).write_text(HAND_MADE[name], newline="")
    np.testing.assert_array_equal(read_palette(tmp_path / name), COLOURS[:3])


def test_act_and_png_strips_hand_made(tmp_path):
    table = np.zeros((256, 3), np.uint8)
    table[:3] = COLOURS[:3]
    (tmp_path / "p.act").write_bytes(table.tobytes() + (3).to_bytes(2, "big") + b"\xff\xff")
    np.testing.assert_array_equal(read_palette(tmp_path / "p.act"), COLOURS[:3])
    (tmp_path / "full.act").write_bytes(table.tobytes())  # 768 bytes: all 256 (zeros drop as duplicates)
    np.testing.assert_array_equal(read_palette(tmp_path / "full.act"), COLOURS[:3])
    strip = np.repeat(np.concatenate([COLOURS, np.full((5, 1), 255, np.uint8)], 1)[None], 8, 1)  # 8x wide swatches
    Image.fromarray(np.repeat(strip, 8, 0), "RGBA").save(tmp_path / "lospec-8x.png")
    np.testing.assert_array_equal(read_palette(tmp_path / "lospec-8x.png"), COLOURS)


def test_pillow_reads_our_gimp_palette(tmp_path):
    from PIL.GimpPaletteFile import GimpPaletteFile
    with open(write_palette(tmp_path / "p.gpl", COLOURS), "rb") as f:
        data, mode = GimpPaletteFile(f).getpalette()
    assert mode == "RGB"
    np.testing.assert_array_equal(np.frombuffer(data, np.uint8)[:15].reshape(5, 3), COLOURS)


def test_shipped_palettes_resolve_by_name_with_their_sources():
    names = named_palettes()
    assert {"pico-8", "db16", "gameboy", "cga", "zx-spectrum"} <= set(names)
    source = (next(iter(names.values())).parent / "SOURCE.md").read_text()
    for n in names:
        assert f"`{n}`" in source  # each palette's origin and terms are written down
    p8 = read_palette("pico-8")
    assert len(p8) == 16 and tuple(p8[8]) == (255, 0, 77)


def test_bad_files_name_the_file_and_the_fault(tmp_path):
    cases = {"a.gpl": ("GIMP Palette\n1 2 3\n4 5 300\n", "line 3"), "b.gpl": ("JASC-PAL\n", "starts with 'GIMP Palette'"),
             "c.hex": ("ff00zz\n", "line 1: expected a colour RRGGBB"), "d.hex": ("", "holds no colours"),
             "e.pal": ("JASC-PAL\n0100\nthree\n", "line 3: expected the colour count")}
    for name, (text, words) in cases.items():
        (tmp_path / name).write_text(text)
        with pytest.raises(SpriteforgeError, match=words) as e:
            read_palette(tmp_path / name)
        assert name in str(e.value)
    (tmp_path / "bin.gpl").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SpriteforgeError, match="not UTF-8 text"):
        read_palette(tmp_path / "bin.gpl")


def test_indexed_png_decodes_to_the_rgba_sprite_and_keeps_a_shared_palettes_order():
    from toolkit.data import load_data
    ims = load_data("dcss-weapons").images[:60]
    shared = read_palette("db16")
    for im in ims:
        try:
            data = encode_indexed_png(im, shared)
        except SpriteforgeError:  # a few DCSS sprites hold more than 256 colour + alpha pairs
            assert len(indexed_palette(im, shared)) > 256
            continue
        pil = Image.open(io.BytesIO(data))
        assert pil.mode == "P"
        np.testing.assert_array_equal(np.asarray(pil.convert("RGBA")), np.where(im[..., 3:] == 0, 0, im))
        pal = np.frombuffer(bytes(pil.getpalette()), np.uint8).reshape(-1, 3)
        np.testing.assert_array_equal(pal[1:17], shared)  # index 0 transparent, then db16 in order
    many = np.random.default_rng(0).integers(0, 256, (32, 32, 4), np.uint8)
    with pytest.raises(SpriteforgeError, match="holds 256 colours"):
        encode_indexed_png(many)
