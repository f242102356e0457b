"""Photo -> pixel-art sprite: palette, mask, outline, the transfer itself, bad input."""
import json
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from toolkit.cli import main
from toolkit.errors import SpriteforgeError
from toolkit.io import read_rgba
from toolkit.pixelart.palette import choose_colours, map_to_palette, sheet_palette
from toolkit.style.stylize import sprite_size


def _photo(h=72, w=96, seed=0):
    """A photo-like picture: smooth gradients, a disc, a few edges, some noise."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w] / max(h, w)
    img = np.stack([200 * x + 30, 160 * y + 40, 120 + 60 * np.sin(6 * x)], -1)
    disc = (y - 0.35) ** 2 + (x - 0.5) ** 2 < 0.04
    img[disc] = (230, 200, 60)
    img[h // 2:h // 2 + 3] = (20, 20, 30)
    img += rng.normal(0, 6, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)


def _style_dir(root, transparent=False):
    """Eight 16x16 pixel-art tiles: a 5-colour palette, checker dither, outlines."""
    d = root / "style"
    d.mkdir()
    pal = np.array([[20, 12, 28], [68, 36, 52], [133, 76, 48], [210, 125, 44], [218, 212, 94]], np.uint8)
    rng = np.random.default_rng(1)
    for i in range(8):
        t = np.zeros((16, 16, 4), np.uint8)
        idx = rng.integers(1, 5, (4, 4)).repeat(4, 0).repeat(4, 1)
        idx[(np.add.outer(np.arange(16), np.arange(16)) % 2 == 0) & (idx == 3)] = 2
        t[..., :3] = pal[idx]
        t[..., 3] = 255
        t[0, :, :3] = t[-1, :, :3] = t[:, 0, :3] = t[:, -1, :3] = pal[0]
        if transparent:
            t[..., 3] = 0
        Image.fromarray(t, "RGBA").save(d / f"t{i}.png")
    return d, pal


@given(st.lists(st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)),
                min_size=3, max_size=40, unique=True),
       st.integers(1, 8), st.integers(0, 10))
def test_choose_and_map_stay_in_palette(pal, k, seed):
    pal = np.array(pal, np.uint8)
    rgb = np.random.default_rng(seed).uniform(0, 255, (50, 3))
    chosen = choose_colours(rgb, pal, k, seed)
    assert 1 <= len(chosen) <= k and len(np.unique(chosen, axis=0)) == len(chosen)
    assert {tuple(c) for c in chosen.tolist()} <= {tuple(c) for c in pal.tolist()}
    mapped = map_to_palette(rgb, chosen)
    assert {tuple(c) for c in mapped.tolist()} <= {tuple(c) for c in chosen.tolist()}


def test_lightness_weight_keeps_the_value_structure():
    # Greys of L* 40..60 and a palette of a dark grey (L* 35), a light grey (65) and
    # a pinkish colour of L* 50: in plain Lab the middle greys go to the greys of the
    # wrong lightness; with L* weighted x2 they go to the colour of their own value.
    from skimage.color import lab2rgb
    from toolkit.pixelart.palette import to_lab
    pal = np.rint(lab2rgb(np.array([[[35.0, 0, 0], [65.0, 0, 0], [50.0, 14, 0]]]))[0] * 255)
    ramp = lab2rgb(np.stack([np.linspace(40, 60, 21), np.zeros(21), np.zeros(21)], -1)[None])[0] * 255
    err = {}
    for w in (1.0, 2.0):
        mapped = map_to_palette(ramp, pal.astype(np.uint8), lightness=w)
        err[w] = np.abs(to_lab(mapped)[:, 0] - to_lab(ramp)[:, 0]).mean()
    assert err[2.0] < 0.7 * err[1.0]


def test_sheet_palette_ignores_transparent_pixels():
    t = np.zeros((2, 4, 4, 4), np.uint8)
    t[0, 0, 0] = (9, 9, 9, 255)
    t[1, 1, 1] = (5, 5, 5, 100)   # mostly transparent: not a palette colour
    assert sheet_palette(t).tolist() == [[9, 9, 9]]


def test_sprite_size_rules():
    assert sprite_size((400, 600), "64") == (43, 64)
    assert sprite_size((600, 400), "64") == (64, 43)
    assert sprite_size((400, 600), "32x32") == (32, 32)
    assert sprite_size((400, 600), "48x32") == (32, 48)  # WxH as everywhere; (h, w) back
    for bad, words in (("0", ">= 1"), ("700", "larger than the photo"), ("ax", "32 or 32x48")):
        with pytest.raises(SpriteforgeError, match=words):
            sprite_size((400, 600), bad)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    root = tmp_path_factory.mktemp("style")
    style, pal = _style_dir(root)
    photo = root / "photo.png"
    Image.fromarray(_photo()).save(photo)
    return root, style, pal, photo


@pytest.mark.slow
def test_stylize_is_pixel_art_and_reproducible(made, tmp_path):
    root, style, pal, photo = made
    outs = []
    for name in ("a.png", "b.png"):
        assert main(["stylize", str(photo), "--style", str(style), "--size", "32", "--iterations", "5",
                     "--out", str(tmp_path / name), "--keep-full"]) == 0
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]                                    # same seed, same bytes
    s = read_rgba(tmp_path / "a.png")
    assert s.shape == (24, 32, 4)                                # 96x72 photo, longer side 32
    assert set(np.unique(s[..., 3])) <= {0, 255}
    opaque = s[s[..., 3] == 255][:, :3]
    assert {tuple(c) for c in opaque.tolist()} <= {tuple(c) for c in pal.tolist()}  # 100 % palette
    full = read_rgba(tmp_path / "a_full.png")
    assert full.shape[:2] == (24 * 4, 32 * 4)                    # k = 128 / 32 work px per sprite px


def test_mask_alpha_and_dark_outline(made, tmp_path):
    root, style, pal, photo = made
    m = np.zeros((72, 96), np.uint8)
    m[18:54, 24:72] = 255
    Image.fromarray(m).save(tmp_path / "mask.png")
    assert main(["stylize", str(photo), "--style", str(style), "--size", "32", "--iterations", "2",
                 "--mask", str(tmp_path / "mask.png"), "--outline", "--colors", "3",
                 "--out", str(tmp_path / "s.png")]) == 0
    s = read_rgba(tmp_path / "s.png")
    a = s[..., 3] > 0
    # the mask covers rows 6..17, cols 8..23 at sprite size; the outline adds one ring around it
    assert not a[:5].any() and not a[19:].any() and a[6:18, 8:24].all()
    ring = a.copy()
    ring[6:18, 8:24] = False
    assert ring.any() and (s[ring][:, :3] == pal[0]).all()      # the darkest palette colour
    inner = s[6:18, 8:24][..., :3].reshape(-1, 3)
    assert len(np.unique(inner, axis=0)) <= 3                    # --colors 3


@pytest.mark.slow
def test_transfer_moves_the_gram_statistics_towards_the_style(made):
    from toolkit.style.stylize import load_style, stylize
    from toolkit.style.transfer import style_distance, style_grams
    root, style, pal, photo = made
    before = stylize(photo, style, "32", iterations=0)
    after = stylize(photo, style, "32", iterations=30)
    g = style_grams(load_style(style), after["k"])
    d0 = style_distance(before["full"], g)
    d1 = style_distance(after["full"], g)
    assert d1 < 0.5 * d0, (d0, d1)
    # and the content stays: structurally the result is still its photo, not another one
    from skimage.metrics import structural_similarity as ssim
    stripes = np.zeros((72, 96, 3), np.uint8)
    stripes[:, ::8] = 255
    other = stylize(stripes, style, "32", iterations=0)["full"]
    lum = lambda a: a.astype(float).mean(-1)   # noqa: E731
    same = ssim(lum(after["full"]), lum(before["full"]), data_range=255)
    assert same > 2 * ssim(lum(other), lum(before["full"]), data_range=255) and same > 0.3


def test_edge_term_keeps_the_sprite_scale_edges_of_the_photo(made):
    from toolkit.style.stylize import area_resize, load_style
    from toolkit.style.transfer import style_grams, transfer
    root, style, pal, photo = made
    k = 4
    work = area_resize(_photo()[:64, :64].astype(float), (64, 64))
    g = style_grams(load_style(style), k)

    def edge_error(img):  # luminance gradients at sprite scale (16x16), vs the photo's
        def grads(a):
            s = a.mean(-1).reshape(16, k, 16, k).mean((1, 3))
            return np.concatenate([np.diff(s, axis=0).ravel(), np.diff(s, axis=1).ravel()])
        return np.sum((grads(img) - grads(work)) ** 2) / np.sum(grads(work) ** 2)

    free = transfer(work, g, iterations=20, style_weight=10.0, k=k)
    kept = transfer(work, g, iterations=20, style_weight=10.0, edge_weight=20.0, k=k)
    assert edge_error(kept) < 0.5 * edge_error(free), (edge_error(kept), edge_error(free))


def test_remove_background_finds_an_object_on_a_plain_background():
    from toolkit.style.mask import remove_background
    img = np.full((60, 80, 3), 235.0)
    yy, xx = np.mgrid[0:60, 0:80]
    obj = (yy - 30) ** 2 / 400 + (xx - 40) ** 2 / 625 < 1
    img[obj] = (150, 40, 30)
    m = remove_background(img)
    assert (m == obj).mean() > 0.98


def test_evaluate_style_scorecard(made, tmp_path, capsys):
    root, style, pal, photo = made
    assert main(["evaluate-style", str(photo), "--style", str(style), "--size", "32",
                 "--iterations", "5", "--json", str(tmp_path / "s.json"),
                 "--out", str(tmp_path / "cmp.png")]) == 0
    r = json.loads((tmp_path / "s.json").read_text())
    assert set(r) == {"stylize", "nearest", "palette_fit"}
    for m in r.values():
        assert m["palette_adherence"] == 1.0 and m["alpha_binary"] == 1.0
        assert 0 <= m["edge_f1"] <= 1 and m["gram_distance"] > 0
    assert "gram_distance" in capsys.readouterr().out
    assert read_rgba(tmp_path / "cmp.png").shape[1] > 3 * 32


def test_bad_input_one_line_exit_2_and_nothing_written(made, tmp_path, capsys):
    root, style, pal, photo = made
    empty_style, _ = _style_dir(tmp_path, transparent=True)
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"this is not an image")
    out = tmp_path / "o.png"
    cases = [
        ([str(junk), "--style", str(style)], "junk.png"),
        ([str(tmp_path / "missing.png"), "--style", str(style)], "missing.png"),
        ([str(photo), "--style", str(empty_style)], "no opaque pixels"),
        ([str(photo), "--style", str(style), "--size", "0"], ">= 1"),
        ([str(photo), "--style", str(style), "--size", "500"], "larger than the photo"),
        ([str(photo), "--style", str(style), "--colors", "0"], "--colors"),
        ([str(photo), "--style", str(style), "--grain", "1.5"], "--grain"),
        ([str(photo), "--style", str(style), "--bogus"], "bogus"),
    ]
    for args, words in cases:
        code = main(["stylize", *args, "--out", str(out), "--iterations", "1"])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2 and len(err) == 1 and words in err[0], (args, err)
        assert not out.exists()


def test_flat_photo_gives_a_flat_sprite(made, tmp_path):
    root, style, pal, photo = made
    flat = np.full((48, 48, 3), (120, 90, 60), np.uint8)
    Image.fromarray(flat).save(tmp_path / "flat.png")
    assert main(["stylize", str(tmp_path / "flat.png"), "--style", str(style), "--size", "16",
                 "--iterations", "3", "--out", str(tmp_path / "f.png")]) == 0
    s = read_rgba(tmp_path / "f.png")
    assert len(np.unique(s[..., :3].reshape(-1, 3), axis=0)) == 1


def test_detail_keeping_downscale_keeps_a_thin_dark_line():
    from toolkit.style.stylize import downscale
    full = np.full((16, 16, 3), 200.0)
    full[:, 5] = 10.0                      # a 1-px dark line, a quarter of each 4x4 block's width
    small = downscale(full, 4)
    assert (small[:, 1] == 10.0).all()     # averaging would give 152.5 there
    assert (small[:, [0, 2, 3]] == 200.0).all()
    assert np.allclose(downscale(full, 4, detail=0)[:, 1], 152.5)


def test_colour_cast_of_the_sheet_is_removed():
    from toolkit.pixelart.palette import to_lab
    from toolkit.style.stylize import remove_cast
    rng = np.random.default_rng(0)
    photo = rng.uniform(60, 200, (8, 8, 3))
    tinted = np.clip(photo + np.array([40.0, -20.0, 40.0]), 0, 255)  # a purple wash
    m = np.ones((8, 8), bool)
    fixed = remove_cast(tinted, photo, m)
    ab = lambda x: to_lab(x)[..., 1:].reshape(-1, 2).mean(0)  # noqa: E731
    assert np.linalg.norm(ab(tinted) - ab(photo)) > 10
    assert np.linalg.norm(ab(fixed) - ab(photo)) < 1.0


@pytest.mark.parametrize("size,iterations", [("1", "2"), ("8", "0")])  # the transfer at the worst size
@pytest.mark.slow
def test_peak_memory_is_bounded_at_tiny_sizes(made, tmp_path, size, iterations):
    root, style, pal, photo = made
    # VmHWM (peak RSS of this process image): ru_maxrss would carry the forking parent's over exec
    code = ("import re, sys; from toolkit.cli import main; "
            f"rc = main(['stylize', {str(photo)!r}, '--style', 'dcss-weapons', '--size', {size!r}, "
            f"'--iterations', {iterations!r}, '--out', {str(tmp_path / 's.png')!r}]); "
            "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)); "
            "sys.exit(rc)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.split()[-1]) < 2 * 1024 * 1024          # KiB: under 2 GB peak
    assert read_rgba(tmp_path / "s.png").shape[1] == int(size)


def test_quantise_true_hue_undoes_the_palettes_pull_on_the_mean_hue():
    from toolkit.pixelart.palette import from_lab, to_lab
    from toolkit.style.stylize import quantise, quantise_true_hue
    rng = np.random.default_rng(0)
    lab = np.stack([rng.uniform(30, 80, (16, 16)), rng.normal(0, 8, (16, 16)), np.zeros((16, 16))], -1)
    photo = from_lab(lab)
    # each grey level comes leaning red (a* +6) or, further off, green (a* -9): plain mapping drifts red
    levels = np.arange(25, 90, 5.0)
    pal = np.clip(np.rint(from_lab(np.array([[L, a, 0] for L in levels for a in (6, -9)]))), 0, 255).astype(np.uint8)
    mask = np.ones((16, 16), bool)
    target = to_lab(photo[mask])[:, 1:].mean(0)

    def cast(s):
        return np.hypot(*(to_lab(s[..., :3][mask].astype(float))[:, 1:].mean(0) - target))
    plain = quantise(photo, mask, pal, 12, seed=0, outline=False, clean=True)
    fixed = quantise_true_hue(photo, mask, pal, 12, target, seed=0, outline=False, clean=True)
    assert cast(fixed) < 0.6 * cast(plain), (cast(plain), cast(fixed))
    assert {tuple(c) for c in fixed[..., :3].reshape(-1, 3).tolist()} <= {tuple(c) for c in pal.tolist()}


def test_default_stylize_needs_no_tensorflow(made, tmp_path):
    """The default path is numpy only: a fresh process never imports TensorFlow."""
    root, style, pal, photo = made
    code = ("import sys; from toolkit.style.stylize import stylize; "
            f"r = stylize({str(photo)!r}, {str(style)!r}, '32'); "
            "assert r['sprite'].shape == (24, 32, 4); print('tensorflow' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr


def test_outlined_sheets_ink_strong_edges_and_texture_sheets_lay_their_grain(tmp_path):
    from toolkit.pixelart.palette import to_lab
    from toolkit.style.stylize import is_texture, outlined, sheet_grain, stylize
    pal = np.array([[0, 0, 0], [90, 40, 30], [200, 90, 60], [235, 225, 205], [120, 120, 130]], np.uint8)
    sprites = np.zeros((6, 16, 16, 4), np.uint8)                 # outlined sprites on transparency
    sprites[:, 4:12, 4:12] = (*pal[0], 255)
    sprites[:, 5:11, 5:11, :3] = pal[2]
    sprites[:, 6:8, 6:10, :3] = pal[1]
    sprites[:, 8:10, 6:10, :3] = pal[3]
    walls = np.zeros((6, 16, 16, 4), np.uint8)                   # grainy grey tiles that fill the frame
    rng = np.random.default_rng(0)
    walls[..., :3] = (100 + 6 * rng.integers(0, 10, (6, 16, 16)))[..., None]
    walls[..., 3] = 255
    assert outlined(sprites) and not is_texture(sprites)
    assert is_texture(walls) and not outlined(walls)
    g = sheet_grain(walls, (10, 13), seed=3)
    assert g.shape == (10, 13) and g.std() > 5 and (g == sheet_grain(walls, (10, 13), seed=3)).all()
    assert not (sheet_grain(sprites[:, :, :, :] * [1, 1, 1, 0], (10, 13)) != 0).any()  # nothing opaque
    for name, tiles in (("sprites", sprites), ("walls", walls)):
        (tmp_path / name).mkdir()
        for i, t in enumerate(tiles):
            Image.fromarray(t, "RGBA").save(tmp_path / name / f"{i}.png")
    sprites, walls = tmp_path / "sprites", tmp_path / "walls"
    # a light disc on a mid-red ground: the sprite sheet inks the dark side of its rim
    y, x = np.mgrid[0:64, 0:64]
    photo = np.zeros((64, 64, 3), np.uint8)
    photo[:] = pal[2]
    photo[(y - 32) ** 2 + (x - 32) ** 2 < 15 ** 2] = pal[3]
    inked = stylize(photo, sprites, "32", colors=4)["sprite"]
    plain = stylize(photo, sprites, "32", colors=4, outline=False)["sprite"]
    Li, Lp = (to_lab(s[..., :3].astype(float))[..., 0] for s in (inked, plain))
    rim = np.zeros((32, 32), bool)
    rim[(np.hypot(*np.mgrid[0:32, 0:32] - 15.75) - 7.5) ** 2 < 2 ** 2] = True
    assert (Li < Lp - 10).sum() > 10 and (Li < Lp - 10)[~rim].sum() == 0  # dark lines, on the rim only
    flat = np.full((48, 48, 3), 128, np.uint8)
    grainy = stylize(flat, walls, "16", colors=6)["sprite"]
    assert len(np.unique(grainy[..., :3].reshape(-1, 3), axis=0)) > 1      # the sheet's grain
    assert len(np.unique(stylize(flat, walls, "16", colors=6, grain=0)["sprite"][..., :3].reshape(-1, 3),
                         axis=0)) == 1
