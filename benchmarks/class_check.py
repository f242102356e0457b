"""generate's class check on a model trained on named classes: class accuracy, and what it
costs in coverage.

    python benchmarks/class_check.py [--model trained/dcss-weapons-by-class] [--seeds 123,124]

Per sample seed, with the check off and on: precision, recall and FD / matched floor of 500
samples (classes as often as in the training set, no novelty filter: `evaluate`'s samples, but
drawn through `generate`), the class-check redraws, and `evaluate`'s class accuracy (50 a class,
the probe fitted on the training sprites) overall and per class, the probe's cross-validated
accuracy on the real sprites as the ceiling.
"""
import argparse

from toolkit import seeds
from toolkit.evaluate import class_accuracy
from toolkit.gan.folder import Generator
from toolkit.gan.metrics import matched_split_floor, precision_recall
from toolkit.gan.sample import generate
from toolkit.vgg import sprite_features


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="trained/dcss-weapons-by-class")
    ap.add_argument("--seeds", default="123,124")
    args = ap.parse_args()
    gen = Generator(args.model)
    freal = gen.train_features
    for seed in (int(s) for s in args.seeds.split(",")):
        labels = gen.training_labels(500, [seed, seeds.EVAL_CLASSES])
        for check in (False, True):
            g = generate(gen, 500, seed, novelty=False, labels=labels, class_check=check)
            f = sprite_features(g.images)
            prec, rec = precision_recall(freal, f)
            fd = matched_split_floor(freal, f)["fd_floor_ratio"]
            ca = class_accuracy(gen, 50, seed, freal, 1.0, check)
            print(f"seed {seed} class check {'on ' if check else 'off'}  precision {prec:.2f}  recall {rec:.2f}  "
                  f"FD/floor {fd:.2f}  redrawn {g.reclassed}  class accuracy {ca['class_accuracy']:.2f}  "
                  + " ".join(f"{k} {v:.2f}" for k, v in ca["class_accuracy_per_class"].items()), flush=True)
    print("ceiling (probe on real sprites, cross-validated): " + " ".join(
        f"{k} {v:.2f}" for k, v in ca["probe_cv_accuracy_real_per_class"].items()))


if __name__ == "__main__":
    main()
