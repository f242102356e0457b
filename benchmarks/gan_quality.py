"""Default recipe vs plain DCGAN, same data, size and time budget, in one script.

    python benchmarks/gan_quality.py [--minutes 10] [--out bench-gan]
    python benchmarks/gan_quality.py --set batch_size=64 --set shared_fakes=0 --skip-plain
    python benchmarks/gan_quality.py --steps 6066 --set lr_g=3e-4 --set lr_d=3e-4 --skip-plain
    python benchmarks/gan_quality.py --clusters 0 --skip-plain     # the unconditional recipe

Trains both on dcss-weapons for --minutes each (one after the other, so each
gets the whole 2-core machine), then prints KID against the real-split floor,
the KID ratio, memorisation before the novelty filter and alpha binarity after
clean-up. Targets (issue 3): KID <= 2x the real-split floor; >= 30 % lower KID than
plain; <= 5 % memorised; >= 99 % binary alpha.

The unbiased KID of two real halves is ~0 by construction, so "2x the floor" is
held against FD at matched sample sizes instead (metrics.matched_split_floor:
half the real set vs the other half, and as many samples vs a half); the KID is
also printed in units of its real-split standard deviation.

``--set KEY=VALUE`` (repeatable) changes one TrainConfig field of the default recipe, to
measure a variant of it under the same budget; ``--skip-plain`` leaves out the baseline.
The default recipe is what `spriteforge train dcss-weapons` trains: conditioned on 24 k-means
clusters of the tiles (toolkit/gan/clusters.py); ``--clusters K`` picks another K, and
``--clusters 0`` trains it without clusters (the default before they were).
``--steps N`` budgets by updates instead of minutes: the fair budget for a variant that does
not change the cost of a step (a learning rate, an augmentation), and independent of how busy
the machine is.
"""
import argparse
import json
from dataclasses import fields
from pathlib import Path

from toolkit.data import load_data
from toolkit.errors import SpriteforgeError
from toolkit.evaluate import evaluate
from toolkit.gan.config import TrainConfig, plan_training
from toolkit.gan.train import train_plan


def overrides(pairs: list[str]) -> dict:
    """["batch_size=64", "shared_fakes=0"] -> {"batch_size": 64, "shared_fakes": False}."""
    kinds = {f.name: f.type for f in fields(TrainConfig)}
    out = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        if key not in kinds:
            raise SystemExit(f"--set: unknown field {key!r}; fields: {', '.join(kinds)}")
        kind = kinds[key]
        try:
            out[key] = (value.lower() in ("1", "true", "yes") if kind == "bool" else
                        int(value) if kind == "int" else float(value) if kind == "float" else value)
        except ValueError:
            raise SystemExit(f"--set: {key} takes {kind} values, got {value!r}") from None
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--steps", type=int, default=None, help="budget by steps instead of minutes")
    ap.add_argument("--out", default="bench-gan")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a TrainConfig field of the default recipe")
    ap.add_argument("--skip-plain", action="store_true", help="train only the default recipe")
    ap.add_argument("--clusters", type=int, default=None, metavar="K",
                    help="k-means clusters the default recipe is conditioned on, as train --clusters "
                         "K (default: train's, 24 on dcss-weapons; 0 = unconditional)")
    args = ap.parse_args()
    if args.steps is not None and args.steps < 1:
        raise SystemExit(f"--steps must be >= 1, got {args.steps}")
    data = load_data("dcss-weapons").images
    out = Path(args.out)
    results = {}
    budget = dict(steps=args.steps) if args.steps is not None else dict(minutes=args.minutes)
    try:  # the recipe `spriteforge train dcss-weapons` picks, with --set's fields over it
        runs = [("default", plan_training(data, out / "default", seed=args.seed, clusters=args.clusters,
                                          overrides=overrides(args.set), **budget))]
        if not args.skip_plain:
            runs.append(("plain", plan_training(data, out / "plain", seed=args.seed, plain=True, **budget)))
    except SpriteforgeError as e:
        raise SystemExit(str(e)) from None
    for name, plan in runs:
        r = train_plan(plan, out / name, log=print, gif=False)
        m = evaluate(out / name)
        m["train_steps"] = r.steps
        results[name] = m
        print(f"{name:8s} steps {r.steps:5d}  KID {m['kid']:.5f}  floor {m['kid_real_split_floor']:.5f}  "
              f"floor sd {m['kid_real_split_std']:.5f} ({(m['kid'] - m['kid_real_split_floor']) / m['kid_real_split_std']:.1f} sd)  "
              f"FD {m['fd']:.3f}  FD/half {m['fd_half']:.3f} vs floor {m['fd_half_floor']:.3f} "
              f"(x{m['fd_floor_ratio']:.2f}, target <= 2)  P {m['precision']:.2f}  "
              f"R {m['recall']:.2f}  memorised {m['memorised_share']:.1%}  "
              f"binary alpha (clean) {m['alpha_binary_share_clean']:.1%}")
    if "plain" in results:
        d, p = results["default"]["kid"], results["plain"]["kid"]
        print(f"default KID is {1 - d / p:.0%} lower than plain (target >= 30 %)")
    (out / "results.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
