"""The default recipe's quality over training time, to choose a budget from.

    python benchmarks/gan_curve.py [--minutes 10,20,30,45,60] [--out bench-curve] [--seed 0] [--clusters K]

Trains `spriteforge train dcss-weapons` (the default recipe) in stages, each resuming the last
with a larger --steps budget (3,700 steps = 10 minutes on this 2-core machine, uncontended; a
budget in steps makes the curve independent of how busy the machine is), and after each
stage runs `spriteforge evaluate` (500 samples, seed 123) on what the stage exported: the FD
ratio to the matched real-split floor, precision, recall, memorised share and the pixel-art
scorecard's worst statistic. Each stage exports the best snapshot of its own last 30 %.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

STEPS_PER_MINUTE = 370
STATS = ("colours", "isolated", "partial_alpha", "alpha_levels", "islands", "dark_outline")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", default="10,20,30,45,60")
    ap.add_argument("--out", default="bench-curve")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--clusters", type=int, default=None, help="train's --clusters; its default if unset")
    args = ap.parse_args()
    out = Path(args.out)
    cli = [sys.executable, "-m", "toolkit"]
    print(f"{'minutes':>7s} {'steps':>6s} {'picked':>6s} {'FD/floor':>8s} {'prec':>5s} {'recall':>6s} "
          f"{'memor.':>6s} {'worst pixel-art inside (stat)':>30s}", flush=True)
    for m in (float(x) for x in args.minutes.split(",")):
        steps = round(m * STEPS_PER_MINUTE)
        subprocess.run(cli + ["train", "dcss-weapons", "--out", str(out), "--steps", str(steps),
                              "--seed", str(args.seed)]
                       + ([] if args.clusters is None else ["--clusters", str(args.clusters)]), check=True, stderr=subprocess.DEVNULL)
        js = out / f"eval-{steps}.json"
        subprocess.run(cli + ["evaluate", str(out), "--json", str(js)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        e = json.loads(js.read_text())
        picked = json.loads((out / "model.json").read_text()).get("picked_step", steps)
        worst = min(STATS, key=lambda s: e["pixel_art"][s]["inside"])
        print(f"{m:7.0f} {steps:6d} {picked:6d} {e['fd_floor_ratio']:8.2f} {e['precision']:5.2f} "
              f"{e['recall']:6.2f} {e['memorised_share']:6.1%} "
              f"{e['pixel_art'][worst]['inside']:>22.0%} ({worst})", flush=True)


if __name__ == "__main__":
    main()
