"""The networks themselves (gan/model.py); training and sampling are in test_gan.py."""
import numpy as np


def _resize_conv(x, w3):
    import tensorflow as tf
    return tf.nn.conv2d(tf.image.resize(x, (2 * x.shape[1], 2 * x.shape[2]), "nearest"), w3, 1, "SAME")


def test_subpixel_up_with_a_phase_split_kernel_is_the_resize_convolution():
    from toolkit.gan.model import SubPixelUp, phase_kernel
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 5, 6, 3)).astype(np.float32)  # odd sizes: the borders must line up too
    w3 = rng.normal(size=(3, 3, 3, 7)).astype(np.float32)
    layer = SubPixelUp(7)
    layer.build(x.shape)
    layer.kernel.assign(phase_kernel(w3))
    out = np.asarray(layer(x))
    assert out.shape == (2, 10, 12, 7)
    np.testing.assert_allclose(out, _resize_conv(x, w3), atol=1e-4)
    # An untied kernel computes something else: the test above can fail.
    layer.kernel.assign(rng.normal(size=layer.kernel.shape).astype(np.float32))
    assert np.abs(np.asarray(layer(x)) - _resize_conv(x, w3)).max() > 0.1


def test_a_fresh_subpixel_up_starts_as_a_resize_convolution():
    """Its initial kernel lies in the image of phase_kernel (the 9 -> 16 tap map), so the
    layer starts without a checkerboard; a random 2x2x4 kernel does not."""
    import keras
    from toolkit.gan.model import SubPixelUp, phase_kernel
    basis = np.stack([np.asarray(phase_kernel(np.eye(9, dtype=np.float32)[k].reshape(3, 3, 1, 1))).ravel()
                      for k in range(9)], 1)                                # (16, 9)

    def residual(kernel):  # least-squares distance of every (in, out) pair's 16 taps from the image
        cin, f = kernel.shape[2], kernel.shape[3] // 4
        taps = kernel.reshape(2, 2, cin, 4, f).transpose(0, 1, 3, 2, 4).reshape(16, cin * f)
        coef = np.linalg.lstsq(basis, taps, rcond=None)[0]
        return np.abs(basis @ coef - taps).max() / np.abs(taps).max()

    keras.utils.set_random_seed(3)
    layer = SubPixelUp(5)
    layer.build((None, 4, 4, 6))
    kernel = np.asarray(layer.kernel)
    assert residual(kernel) < 1e-5
    assert residual(np.random.default_rng(0).normal(size=kernel.shape)) > 0.1


def test_subpixel_generator_makes_rgba_32x32_in_range_and_is_seeded():
    import keras
    from toolkit.gan.model import build_generator
    outs = []
    for _ in range(2):
        keras.utils.set_random_seed(1)
        G = build_generator(16, 32, num_classes=3, upsample="subpixel")
        z = np.random.default_rng(0).normal(size=(4, 16)).astype(np.float32)
        outs.append(np.asarray(G([z, np.array([0, 1, 2, 0])], training=False)))
    assert outs[0].shape == (4, 32, 32, 4)
    assert np.abs(outs[0]).max() <= 1.0 and outs[0].std() > 0
    np.testing.assert_array_equal(outs[0], outs[1])


def test_minibatch_std_feature_tells_a_collapsed_batch_from_a_varied_one():
    from toolkit.gan.model import MinibatchStdDev
    rng = np.random.default_rng(0)
    varied = rng.normal(size=(8, 4, 4, 16)).astype(np.float32)
    same = np.repeat(varied[:1], 8, 0)
    f_varied = np.asarray(MinibatchStdDev()(varied))
    f_same = np.asarray(MinibatchStdDev()(same))
    assert f_varied.shape == (8, 4, 4, 17)
    np.testing.assert_array_equal(f_varied[..., :16], varied)
    assert f_same[..., 16].max() < 1e-3 and f_varied[..., 16].min() > 0.5


def test_every_size_has_its_own_depth_and_widths():
    from toolkit.gan.model import SIZES, build_discriminator, build_generator, stages
    assert [stages(s) for s in SIZES] == [(4, 2), (3, 3), (4, 3), (3, 4), (4, 4)]
    for s in SIZES:
        G = build_generator(16, 32, size=s)
        D = build_discriminator(8, size=s, minibatch_std=True)
        assert G.output_shape == (None, s, s, 4) and D.input_shape == (None, s, s, 4)
        convs = [l for l in G.layers if "conv" in l.name and l.name != "rgba"]
        assert len(convs) == stages(s)[1] and convs[-1].filters >= 4
    try:
        stages(40)
        raise AssertionError("40 px is not a size the networks are built for")
    except ValueError as e:
        assert "16, 24, 32, 48, 64" in str(e)


def test_wrap_padding_makes_the_output_join_itself_like_its_interior():
    import keras
    from toolkit.gan.folder import to_uint8
    from toolkit.gan.model import build_generator
    from toolkit.pixelart.stats import seam_score
    scores = {}
    for wrap in (True, False):
        keras.utils.set_random_seed(1)
        G = build_generator(16, 32, wrap=wrap)
        x = to_uint8(np.asarray(G(np.random.default_rng(0).normal(size=(8, 16)).astype(np.float32),
                                  training=False)))
        x[..., 3] = 255  # opaque: every pixel's colour counts
        scores[wrap] = seam_score(x)
    assert scores[True].max() < 1.15        # the tile's own seam is no rougher than its interior
    assert scores[False].min() > 1.25       # zero padding leaves an edge: the test can fail
