"""Grouped cross-validation of the answer-or-refuse model (evals/policy_crossval.py) and its use by calibrate."""

from __future__ import annotations

import random

from evals import policy_crossval as crossval
from evals.policy_calibrate import ABLATED, AnswerReading, fit_answer, fit_logistic


def test_questions_of_one_program_share_a_fold_and_folds_are_balanced():
    programs = [f"p{i % 13}" for i in range(100)]
    folds = crossval.program_folds(programs)
    for program in set(programs):
        assert len({f for p, f in zip(programs, folds) if p == program}) == 1
    sizes = [folds.count(f) for f in range(crossval.FOLDS)]
    assert max(sizes) - min(sizes) <= 8  # one program's rows at most
    # a program's fold does not depend on the order the questions come in
    again = crossval.program_folds(list(reversed(programs)))
    assert dict(zip(reversed(programs), again)) == dict(zip(programs, folds))


def test_the_chosen_cut_sits_on_a_flat_stretch_not_on_a_lone_peak():
    curve = [0, 0, 10, 0, 0, 6, 6, 6, 6, 6, 6, 6, 6, 0]
    assert curve.index(max(curve)) == 2
    assert 6 <= crossval.flat_best(curve) <= 11
    assert crossval.flat_best([1, 1, 1, 1, 1]) == 2  # all tied: the middle


def test_the_worth_of_a_cut_counts_answers_above_it_and_refusals_below():
    curve = crossval.cut_curve([0.2, 0.6, 0.9], answered=[1, 1, 0], refused=[0, 0, 2], cuts=(0.1, 0.5, 0.95))
    assert curve == [2.0, 1.0, 2.0]


def _readings(seed=7, programs=20, noise=True):
    """Four readings of each program: two read right (a high `sim_z`), one misread, one without its answering line;
    `named` is noise."""
    rng = random.Random(seed)
    out = []
    for i in range(programs):
        for j in range(4):
            right = j % 2 == 0
            features = {"sim_z": rng.gauss(2.0 if right else 0.0, 0.7), "named": rng.random() if noise else 0.5}
            kind = "natural" if right or j == 1 else ABLATED
            out.append(AnswerReading(features, right, kind, cited=kind == "natural", misread=j == 1, program=f"p{i}"))
    return out


def test_a_reading_is_scored_by_a_model_that_never_saw_its_program():
    readings = _readings()
    rows, labels = [r.features for r in readings], [int(r.right) for r in readings]
    folds = crossval.program_folds([r.program for r in readings])
    fitted = [True] * len(rows)
    before = crossval.out_of_fold(rows, labels, fitted, folds, ["sim_z"], 1.0, fit_logistic)
    flipped = [1 - y if r.program == "p3" else y for r, y in zip(readings, labels)]
    after = crossval.out_of_fold(rows, flipped, fitted, folds, ["sim_z"], 1.0, fit_logistic)
    # p3's own labels do not move p3's probabilities (they do move those of other folds)
    assert [a for a, r in zip(after, readings) if r.program == "p3"] == [b for b, r in zip(before, readings) if r.program == "p3"]
    assert after != before


def test_a_feature_that_only_adds_noise_is_dropped_and_the_one_that_separates_is_kept():
    readings = _readings()
    rows, labels = [r.features for r in readings], [int(r.right) for r in readings]
    folds = crossval.program_folds([r.program for r in readings])
    kept, dropped = crossval.drop_features(rows, labels, [True] * len(rows), folds, ["named", "sim_z"], fit_logistic)
    assert kept == ["sim_z"] and [name for name, _ in dropped] == ["named"]


def test_calibration_reports_the_out_of_fold_figures_of_the_threshold_it_chose():
    readings = _readings(noise=False)
    answer, threshold, checked = fit_answer(readings, ("named", "sim_z"))
    oof = checked["out_of_fold"]
    assert oof["answerable"] == 60 and oof["without_answer"] == 20
    # the readings separate well: most read right are answered and most counterfactuals refused, out of fold
    assert oof["answered_right"] >= 34 and oof["without_answer_refused"] >= 17
    assert oof["answered_right"] + oof["wrongly_refused"] + oof["answered_wrong"] == 60
    assert checked["ridge"] in crossval.STRENGTHS and 0.05 <= threshold < 0.95
    assert set(answer) - {"bias"} == set(checked["answer_features"]) and "sim_z" in answer and answer["sim_z"] > 0
