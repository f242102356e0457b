"""Issue 50's scorecard for the shipped weapon models: coverage in VGG16 space (which the
snapshot pick, the novelty filter and the clean-up select with) and in the held-out space
(HOG + Lab histogram, which nothing selects with), each beside its real-half ceiling;
readability under a probe fitted on the real sprites' classes (held-out space); the colour
step; two sample seeds, 500 samples each.

    python benchmarks/coverage.py                  # both models, seeds 123 and 7
    python benchmarks/coverage.py --n 200 --models dcss-weapons
"""
import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["dcss-weapons", "dcss-weapons-by-class"])
    ap.add_argument("--seeds", nargs="+", type=int, default=[123, 7])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    from toolkit.evaluate import evaluate
    rows = []
    for m in a.models:
        for seed in a.seeds:
            t = time.time()
            r = evaluate(ROOT / "trained" / m, a.n, seed, latent=False)
            step = r["pixel_art"]["colour_step"]
            rows.append({"model": m, "seed": seed, "seconds": round(time.time() - t, 1),
                         "vgg_recall": r["recall"], "vgg_recall_ceiling": r["real_half_recall"],
                         "vgg_precision": r["precision"], "vgg_precision_ceiling": r["real_half_precision"],
                         "held_out_recall": r["held_out_recall"],
                         "held_out_recall_ceiling": r["held_out_real_half_recall"],
                         "held_out_precision": r["held_out_precision"],
                         "held_out_precision_ceiling": r["held_out_real_half_precision"],
                         "held_out_fd_floor_ratio": r["held_out_fd_floor_ratio"], "fd_floor_ratio": r["fd_floor_ratio"],
                         "readability": r.get("readability"), "readability_real": r.get("readability_real"),
                         "readability_per_class": r.get("readability_per_class"),
                         "readability_real_per_class": r.get("readability_real_per_class"),
                         "read_as_drawn": r.get("read_as_drawn"),
                         "colour_step": step["fake_median"], "colour_step_real": step["real_median"],
                         "colour_step_real_p5_p95": [step["real_p5"], step["real_p95"]],
                         "colour_step_real_iqr": [step["real_p25"], step["real_p75"]],
                         "colour_step_inside": step["inside"], "colour_step_ceiling": step["ceiling"],
                         "scorecard_inside": {k: round(v["inside"], 3) for k, v in r["pixel_art"].items()
                                              if isinstance(v, dict) and "inside" in v},
                         "scorecard_ceiling": {k: round(v["ceiling"], 3) for k, v in r["pixel_art"].items()
                                               if isinstance(v, dict) and "ceiling" in v}})
            x = rows[-1]
            print(f"{m:22s} seed {seed:4d}: recall VGG {x['vgg_recall']:.2f} (ceiling {x['vgg_recall_ceiling']:.2f}), "
                  f"held-out {x['held_out_recall']:.2f} (ceiling {x['held_out_recall_ceiling']:.2f}, "
                  f"{x['held_out_recall'] / x['held_out_recall_ceiling']:.2f} of it); readability "
                  f"{x['readability']:.0%} (real {x['readability_real']:.0%}); colour step {x['colour_step']:.1f} "
                  f"(real {x['colour_step_real']:.1f}, IQR {step['real_p25']:.1f}-{step['real_p75']:.1f}); "
                  f"{x['seconds']} s", flush=True)
            if x["readability_per_class"]:
                real = x["readability_real_per_class"]
                print("    per class (real): " + ", ".join(f"{k} {v:.0%} ({real[k]:.0%})"
                                                   for k, v in x["readability_per_class"].items())
                      + f"; read as drawn {x['read_as_drawn']:.0%}", flush=True)
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
