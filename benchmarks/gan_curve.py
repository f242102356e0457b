"""The default recipe's quality over training time, to choose a budget from.

    python benchmarks/gan_curve.py [--minutes 10,30,60,120] [--out bench-curve] [--seeds 0,1] [--clusters K]

Trains `spriteforge train dcss-weapons` (the default recipe) in stages, each resuming the last
with a larger --steps budget (3,700 steps = 10 minutes on this 2-core machine, uncontended; a
budget in steps makes the curve independent of how busy the machine is), and after each
stage runs `spriteforge evaluate` (500 samples, seed 123) on what the stage exported: the FD
ratio to the matched real-split floor, precision, recall, memorised share and the pixel-art
scorecard's worst statistic, and issue 50's axes: recall in the held-out space beside its real
half, readability (real sprites: 80 %) and the colour step. Each stage exports the best
snapshot of its own last 30 %. Each training seed trains into OUT/seed-N.
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
    ap.add_argument("--minutes", default="10,30,60,120")
    ap.add_argument("--out", default="bench-curve")
    ap.add_argument("--seeds", default="0,1")
    ap.add_argument("--clusters", type=int, default=None, help="train's --clusters; its default if unset")
    args = ap.parse_args()
    cli = [sys.executable, "-m", "toolkit"]
    print(f"{'seed':>4s} {'minutes':>7s} {'steps':>6s} {'picked':>6s} {'FD/floor':>8s} {'prec':>5s} {'recall':>6s} "
          f"{'held-out recall (ceiling)':>26s} {'readable':>8s} {'step':>5s} "
          f"{'memor.':>6s} {'worst pixel-art inside (stat)':>30s}", flush=True)
    for seed, m in ((int(s), float(x)) for s in args.seeds.split(",") for x in args.minutes.split(",")):
        out = Path(args.out) / f"seed-{seed}"
        steps = round(m * STEPS_PER_MINUTE)
        subprocess.run(cli + ["train", "dcss-weapons", "--out", str(out), "--steps", str(steps),
                              "--seed", str(seed)]
                       + ([] if args.clusters is None else ["--clusters", str(args.clusters)]), check=True, stderr=subprocess.DEVNULL)
        js = out / f"eval-{steps}.json"
        subprocess.run(cli + ["evaluate", str(out), "--json", str(js)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        e = json.loads(js.read_text())
        picked = json.loads((out / "model.json").read_text()).get("picked_step", steps)
        worst = min(STATS, key=lambda s: e["pixel_art"][s]["inside"])
        print(f"{seed:4d} {m:7.0f} {steps:6d} {picked:6d} {e['fd_floor_ratio']:8.2f} {e['precision']:5.2f} "
              f"{e['recall']:6.2f} {e['held_out_recall']:19.2f} ({e['held_out_real_half_recall']:.2f}) "
              f"{e.get('readability', float('nan')):8.0%} {e['pixel_art']['colour_step']['fake_median']:5.1f} "
              f"{e['memorised_share']:6.1%} "
              f"{e['pixel_art'][worst]['inside']:>22.0%} ({worst})", flush=True)


if __name__ == "__main__":
    main()
