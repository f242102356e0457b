"""The class probe's cross-validated predictions: the per-class ceiling evaluate prints."""
import numpy as np
import pytest

from toolkit.probe import probe_cv_proba


def test_probe_cv_proba_tells_separable_classes_apart_and_not_identical_ones():
    rng = np.random.default_rng(0)
    centres = np.array([[4.0] * 8, [-4.0] * 8, [-4.0] * 8])  # classes 1 and 2 look alike
    labels = np.repeat([0, 1, 2], 30)
    pred = probe_cv_proba(centres[labels] + rng.normal(0, 1, (90, 8)), labels, 3).argmax(1)
    assert np.all(pred[labels == 0] == 0)
    look_alike = labels > 0
    assert np.all(pred[look_alike] > 0)  # never taken for class 0 ...
    assert 0.3 < np.mean(pred[look_alike] == labels[look_alike]) < 0.7  # ... but a coin toss between 1 and 2


@pytest.mark.slow
def test_evaluate_prints_each_class_beside_its_real_ceiling(tmp_path, capsys):
    import json

    from tests.helpers import TINY, sprites
    from toolkit.cli import main
    from toolkit.gan.config import TrainConfig
    from toolkit.gan.train import train
    labels = np.arange(24) % 3
    train(sprites(), tmp_path / "m", TrainConfig(**TINY, num_classes=3, pick_best=0.0), steps=2,
          labels=labels, class_names=["a", "b", "c"], log=lambda m: None)
    assert main(["evaluate", str(tmp_path / "m"), "-n", "12", "--json", str(tmp_path / "e.json")]) == 0
    m = json.loads((tmp_path / "e.json").read_text())
    ceiling = m["probe_cv_accuracy_real_per_class"]
    assert set(ceiling) == set(m["class_accuracy_per_class"]) == {"a", "b", "c"}
    assert m["probe_cv_accuracy_real"] == pytest.approx(np.mean(list(ceiling.values())))  # 8 a class
    out = capsys.readouterr().out
    assert "probe_cv_accuracy_real_per_class" not in out  # shown in the table, not as lines of its own
    table = out.split("class_accuracy_per_class:\n")[1].splitlines()
    assert table[0].split() == ["class", "ours", "ceiling"]
    for row, c in zip(table[1:4], "abc"):
        assert row.split() == [c, f"{m['class_accuracy_per_class'][c]:.2f}", f"{ceiling[c]:.2f}"]
    # readability, per class, in the held-out space; the coverage table beside the real halves
    assert set(m["readability_per_class"]) == {"a", "b", "c"} and 0 <= m["readability"] <= 1
    assert m["readability_real"] == pytest.approx(0.8, abs=0.1)
    cov = out.split("\ncoverage")[1].splitlines()
    assert cov[1].split()[:3] == ["VGG16", f"{m['precision']:.2f}", f"({m['real_half_precision']:.2f})"]
    assert cov[2].split()[3:] == [f"{m['held_out_recall']:.2f}", f"({m['held_out_real_half_recall']:.2f})"]
    assert cov[3].startswith("readability") and f"(real sprites {m['readability_real']:.0%})" in cov[3]
    for row, c in zip(cov[4:7], "abc"):  # per class, each beside its real sprites
        v, real = m["readability_per_class"][c], m["readability_real_per_class"][c]
        assert row.split() == [c, f"{v:.0%}", "(real", f"{real:.0%})"]
    assert "readability_per_class" not in out
    step = m["pixel_art"]["colour_step"]
    inside = step["real_p25"] <= step["fake_median"] <= step["real_p75"]
    assert cov[7].split()[:3] == ["colour", "step", f"{step['fake_median']:.1f}"]
    assert f"{'inside' if inside else 'outside'} the real IQR {step['real_p25']:.1f}-{step['real_p75']:.1f}" in cov[7]


@pytest.mark.slow
def test_evaluate_truncation_scores_the_scaled_samples_and_checks_its_value(tmp_path, capsys, monkeypatch):
    from tests.helpers import TINY, sprites
    from toolkit import evaluate as ev
    from toolkit.cli import main
    from toolkit.gan.config import TrainConfig
    from toolkit.gan.train import train
    train(sprites(), tmp_path / "m", TrainConfig(**TINY, pick_best=0.0), steps=2, log=lambda m: None)
    seen = []
    real_pr = ev.precision_recall
    monkeypatch.setattr(ev, "precision_recall", lambda a, b: seen.append(b) or real_pr(a, b))
    one, half = ev.evaluate(tmp_path / "m", 12, latent=False), ev.evaluate(tmp_path / "m", 12, latent=False,
                                                                         truncation=0.5)
    assert "truncation" not in one and half["truncation"] == 0.5
    assert not np.array_equal(seen[0], seen[1])  # other samples were scored
    assert main(["evaluate", str(tmp_path / "m"), "--truncation", "2"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--truncation must be in (0, 1]" in err[0]


def test_readability_is_about_80_percent_for_real_like_sprites_and_low_for_unclear_ones():
    from toolkit.evaluate import readability
    rng = np.random.default_rng(1)
    centres = rng.normal(0, 6, (4, 16))
    y = np.repeat(np.arange(4), 40)
    real = centres[y] + rng.normal(0, 1, (160, 16))
    fy = np.repeat(np.arange(4), 50)
    like_real = centres[fy] + rng.normal(0, 1, (200, 16))
    between = (centres[fy] + centres[(fy + 1) % 4]) / 2 + rng.normal(0, 1, (200, 16))  # half one, half another
    r = readability(real, y, list("abcd"), like_real, fy)
    assert r["readability_real"] == pytest.approx(0.8, abs=0.02)  # by construction
    assert 0.65 <= r["readability"] <= 0.95 and r["read_as_drawn"] >= 0.6
    assert set(r["readability_per_class"]) == set("abcd")
    real_per = r["readability_real_per_class"]  # each class's ceiling; together they make the 80 %
    assert np.average([real_per[c] for c in "abcd"], weights=np.bincount(y)) == pytest.approx(r["readability_real"])
    unclear = readability(real, y, list("abcd"), between, fy)
    assert unclear["readability"] < 0.3 < r["readability"] - 0.3
