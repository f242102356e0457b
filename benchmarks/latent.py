"""CLASSES.txt-conditional vs the default generator, and slerp vs lerp, in one script.

    python benchmarks/latent.py [--cond trained/dcss-weapons-by-class] [--base trained/dcss-weapons]

Evaluates both shipped models with the same samples count and seed: KID (the
conditional model's classes drawn as often as in the training set), per-class
accuracy of `--class X` samples under a classifier fitted on the real sprites,
and the path-length proxy for slerp and lerp. Targets (issue 4): >= 70 % of
`--class X` samples labelled X; KID within 20 % of the unconditional model (the shipped
default when issue 4 was measured; the default now conditions on k-means clusters, and
`--base DIR` compares against any other model, e.g. one trained with `--clusters 0`).
Compare another conditional run with `--cond DIR` (how the class-loss weight
of the recipe was chosen: 0.1, 0.25 and 0.5 at 2,896 steps).
"""
import argparse

from toolkit.evaluate import evaluate


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cond", default="trained/dcss-weapons-by-class")
    ap.add_argument("--base", default="trained/dcss-weapons")
    ap.add_argument("-n", type=int, default=500)
    args = ap.parse_args()
    u = evaluate(args.base, args.n)
    c = evaluate(args.cond, args.n)
    print(f"base          {args.base}: steps {u['steps']}, KID {u['kid']:.5f}, "
          f"PPL slerp {u['ppl_slerp']:.1f} lerp {u['ppl_lerp']:.1f}")
    print(f"conditional   {args.cond}: steps {c['steps']}, KID {c['kid']:.5f} "
          f"({c['kid'] / u['kid'] - 1:+.0%} vs base; target <= +20 % vs an unconditional one), "
          f"PPL slerp {c['ppl_slerp']:.1f} lerp {c['ppl_lerp']:.1f}")
    print(f"class accuracy {c['class_accuracy']:.1%} (chance {c['chance']:.1%}; the classifier's "
          f"cross-validated accuracy on real sprites {c['probe_cv_accuracy_real']:.1%}); per class:")
    for name, a in c["class_accuracy_per_class"].items():
        print(f"  {name:10s} {a:6.1%}{'' if a >= 0.7 else '   < 70 %'}")


if __name__ == "__main__":
    main()
