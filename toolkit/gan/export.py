"""A trained generator as a standalone model for a game's runtime: ONNX, without TensorFlow.

    OUT/generator.onnx    inputs "z" (N, latent_dim) float32 and "label" (N,) int32 (ignored
                          by an unconditional model); output (N, S, S, 4) RGBA in [-1, 1]
    OUT/generator.json    what a runtime needs to draw like `generate`: sizes, classes and how
                          often each is drawn, the seeded latents, how to turn the output into
                          uint8, and the clean-up's files
    OUT/style.npz         the clean-up (``SpriteStyle``): palette, see-through colours, alpha
                          levels, the training set's layouts and colour counts
    OUT/style.json        the same and the clean-up's constants, for runtimes without numpy
                          (the browser example, examples/loot)

``toolkit.gan.runtime.OnnxGenerator(OUT)`` runs it from Python with onnxruntime only.
"""
from __future__ import annotations

import os
from pathlib import Path


from ..errors import OptionError, SpriteforgeError
from ..formats import atomic_dir, save_json, write_bytes_atomic
from .folder import Generator, load_config

FORMATS = ("onnx",)
OPSET = 17  # onnxruntime 1.17+ and onnxruntime-web run it


def check_export(model_dir, fmt: str) -> None:
    """Options checked before TensorFlow loads."""
    if fmt == "tflite":
        raise OptionError("format", "tflite is not supported: TFLite's converter refuses the "
                                    "generator's dynamic-batch Conv2D without TF Select ops; use onnx")
    if fmt not in FORMATS:
        raise OptionError("format", f"must be one of {', '.join(FORMATS)}, got {fmt!r}")
    load_config(model_dir)


def export_model(model_dir: str | os.PathLike, out: str | os.PathLike, *, fmt: str = "onnx",
                 overwrite: bool = False, report=None) -> dict:
    """Write the model folder's EMA generator as OUT/generator.onnx with generator.json and
    style.npz beside it (atomically). -> generator.json's content. ``report(line)``: a line
    as each stage starts."""
    check_export(model_dir, fmt)
    report = report or (lambda line: None)
    try:
        import tf2onnx
    except ImportError:
        raise SpriteforgeError("export needs tf2onnx: pip install 'spriteforge[export]'") from None
    report(f"export: loading {Path(model_dir).name} (TensorFlow)")
    import tensorflow as tf
    gen = Generator(model_dir)
    dim = gen.latent_dim
    sig = [tf.TensorSpec((None, dim), tf.float32, name="z")]
    if gen.cfg.num_classes:
        sig.append(tf.TensorSpec((None,), tf.int32, name="label"))
        fn = tf.function(lambda z, label: gen.G([z, label], training=False), input_signature=sig, autograph=False)
    else:
        fn = tf.function(lambda z: gen.G(z, training=False), input_signature=sig, autograph=False)
    report(f"export: converting the generator to ONNX (tf2onnx, opset {OPSET})")
    proto, _ = tf2onnx.convert.from_function(fn, input_signature=sig, opset=OPSET)
    report("export: writing the clean-up's style beside it")
    labels = gen.train_labels
    meta = {
        "format": "spriteforge-onnx-1", "model": Path(model_dir).name, "file": "generator.onnx",
        "inputs": {"z": [None, dim], **({"label": [None]} if gen.cfg.num_classes else {})},
        "output": [None, gen.cfg.size, gen.cfg.size, 4],
        # tiles that were not S x S squares: [w, h] cut from the centre of the output
        "tile": gen.cfg.tile,
        "to_uint8": "clip(rint((x + 1) * 127.5), 0, 255)",
        "latent_dim": dim, "latents": "numpy default_rng(seed).standard_normal((n, latent_dim))",
        "classes": gen.classes, "clusters": bool(gen.cfg.clusters),
        # generate draws a model's clusters as default_rng([seed, 1]).choice(label_pool, n)
        "label_pool": labels.tolist() if labels is not None and gen.cfg.num_classes else [],
        "style": "style.npz", "style_json": "style.json",
        "clean_up": "toolkit.pixelart.cleanup.SpriteStyle",
    }
    with atomic_dir(out, overwrite) as tmp:
        write_bytes_atomic(tmp / "generator.onnx", proto.SerializeToString())
        gen.style.save(tmp / "style.npz")
        save_json(tmp / "style.json", gen.style.web(), compact=True)
        save_json(tmp / "generator.json", meta)
    return {**meta, "bytes": sum(f.stat().st_size for f in Path(out).iterdir())}
