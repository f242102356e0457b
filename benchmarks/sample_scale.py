"""The latent scale models sample at (TrainConfig.sample_scale): coverage against quality.

    python benchmarks/sample_scale.py [--models trained/dcss-weapons,...] [--scales 1,1.15,1.25]
                                      [--seeds 123,124]

Per model, sample seed and scale (latents drawn at that many times N(0, 1), whatever the
model's own sample_scale): `evaluate`'s FD / matched floor, precision, recall, memorised share
and the lowest pixel-art row inside the real 5-95 % range, on its 500 samples.
"""
import argparse

from toolkit.evaluate import evaluate
from toolkit.gan.folder import load_config

MODELS = "trained/dcss-weapons,trained/dcss-weapons-by-class,trained/dcss-weapons-16"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default=MODELS)
    ap.add_argument("--scales", default="1,1.15,1.25")
    ap.add_argument("--seeds", default="123,124")
    args = ap.parse_args()
    for model in args.models.split(","):
        own = load_config(model)["config"].sample_scale
        for seed in (int(s) for s in args.seeds.split(",")):
            for scale in (float(s) for s in args.scales.split(",")):
                m = evaluate(model, 500, seed, latent=False, truncation=scale / own)
                rows = {k: v["inside"] for k, v in m["pixel_art"].items() if isinstance(v, dict) and "inside" in v}
                worst = min(rows, key=rows.get)
                print(f"{model}  seed {seed}  scale {scale:.2f}  FD/floor {m['fd_floor_ratio']:.2f}  "
                      f"precision {m['precision']:.3f}  recall {m['recall']:.3f}  "
                      f"memorised {m['memorised_share']:.1%}  worst row {worst} {rows[worst]:.0%}", flush=True)


if __name__ == "__main__":
    main()
