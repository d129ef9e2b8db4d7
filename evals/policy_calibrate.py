"""`python -m evals calibrate`: fit the line and answer models of answer/meaning.py on the tuning half only.

For each tuning-half question that names one program: every line of that program's document, with
its features, labelled by whether it holds one of the question's facts, fits the line model (its
order within each question, then its scale over all lines); then
each question's best reading, labelled by whether its lines hold every fact group (a `not_stated`
or `no_program` question: never), fits the answer model. Its features, ridge strength and refusal threshold are
chosen by 5-fold cross-validation grouped by program (`evals/policy_crossval.py`): the threshold is the cut whose
out-of-fold worth, averaged over its neighbours, is best (answered with the facts, or refused when the document
does not say), so it is never tuned on the question it scores, nor on another question of the same program.

The answer model also learns from counterfactuals: every question read right is read once more against its
document with the lines holding its facts taken out (`_without_answer`), a reading that must refuse. That gives
as many "not stated" readings as right ones, in the people's own styles, where the hand-written not-stated
questions are a few dozen. A question whose program is found but whose line is misread is left out of the fit
(its document does answer, so it is no "not stated" example, and its reading is no right one); it still counts
for the threshold, where answering it cites the right program first (`CITED_FIRST`). Everything here is
deterministic: the same code, index and tune half give the same coefficients.
The held half is never read here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.answer.meaning import ANSWER_FEATURES, LINE_FEATURES, Calibration, MeaningReader, Reading
from assistant.language.questions import analyze, clean_question
from evals.metrics import missing_fact_groups, normalise
from evals import policy_crossval as crossval
from evals.policy_questions import PolicyQuestion

L2 = 1.0  # ridge on the weights (not the bias), in units of one example
STEPS = 400
ABLATED = "natural_ablated"  # a tuning question read against its document without the lines that answer it
# what answering a question from the right program's document is worth when its line is not the right one, against
# 1 for an answer with the facts: the right program cited first is a floor of its own
CITED_FIRST = 1.0


def fit_logistic(rows: Sequence[dict[str, float]], labels: Sequence[int], names: Sequence[str],
                 l2: float = L2) -> dict[str, float]:
    """Weights (and "bias") of a logistic model of `labels` over the `names` features, by Newton's method with a ridge
    of strength `l2` on the standardised features (so a feature of small spread, like cosine similarity, is not
    shrunk more)."""
    raw = np.asarray([[float(r[n]) for n in names] for r in rows], dtype=np.float64)
    mean, spread = raw.mean(axis=0), raw.std(axis=0)
    spread[spread < 1e-9] = 1.0
    x = np.hstack([np.ones((len(raw), 1)), (raw - mean) / spread])
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(x.shape[1])
    ridge = np.eye(x.shape[1]) * l2
    ridge[0, 0] = 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge + np.eye(x.shape[1]) * 1e-6
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    weights = w[1:] / spread  # back to the raw features' units
    bias = w[0] - float(weights @ mean)
    return {"bias": round(float(bias), 4), **{n: round(float(v), 4) for n, v in zip(names, weights)}}


def fit_ranking(groups: Sequence[tuple[Sequence[dict[str, float]], Sequence[int]]], names: Sequence[str]) -> dict[str, float]:
    """Weights of a logistic line model whose order is fitted per question (a conditional logit: within each
    question's lines, the fact-holding ones should come first) and whose scale and bias are then fitted on all
    lines alike (so its probabilities still mean "this line answers"). Groups without a fact-holding line are skipped."""
    kept = [(rows, labels) for rows, labels in groups if any(labels) and not all(labels)]
    if not kept:
        raise ValueError("no tuning question has both a line holding its facts and one not: nothing to rank lines by")
    every = [r for rows, _ in kept for r in rows]
    raw = np.asarray([[float(r[n]) for n in names] for r in every], dtype=np.float64)
    mean, spread = raw.mean(axis=0), raw.std(axis=0)
    spread[spread < 1e-9] = 1.0
    blocks, start = [], 0
    for rows, labels in kept:
        x = (raw[start : start + len(rows)] - mean) / spread
        y = np.asarray(labels, dtype=np.float64)
        blocks.append((x, y / y.sum()))
        start += len(rows)
    w = np.zeros(len(names))
    for _ in range(STEPS):
        gradient, hessian = L2 * w, np.eye(len(names)) * (L2 + 1e-6)
        for x, target in blocks:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            gradient += x.T @ (p - target)
            hessian += (x * p[:, None]).T @ x - np.outer(x.T @ p, x.T @ p)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    weights = w / spread
    order = [{"s": float(weights @ row)} for row in raw]
    scale = fit_logistic(order, [y for _, labels in kept for y in labels], ("s",))
    return {"bias": round(scale["bias"], 4), **{n: round(float(v) * scale["s"], 4) for n, v in zip(names, weights)}}


def _holds_fact(text: str, facts) -> bool:
    haystack = normalise(text)
    return any(normalise(form) in haystack for group in facts for form in group)


@dataclass(frozen=True)
class AnswerReading:
    """One reading the answer model learns from: its features, whether its lines hold every fact group, what kind of
    question it reads (natural, natural_not_stated, natural_no_program, or ABLATED), whether it is read from the
    right program's document without its facts (`misread`: left out of the fit, counted for the threshold) and the
    program it is about (cross-validation keeps a program's readings in one fold)."""

    features: dict[str, float]
    right: bool
    kind: str
    cited: bool = False  # read from a program the question is about
    misread: bool = False
    program: str = ""


def calibrate(assistant, questions: Sequence[PolicyQuestion], start: Calibration | None = None,
              sets: Sequence[str] = ("questions-natural-dev.jsonl",), keep_line: bool = False) -> tuple[Calibration, dict]:
    """The fitted calibration and what it was fitted on; `questions` must be the tuning half of `sets`.

    `keep_line`: keep the line model of `start` and fit only the answer model (whether the document answers) on the
    readings it makes: which line answers and whether any does are then judged apart."""
    if keep_line and start is None:
        raise ValueError("keeping the line model needs the calibration to keep it from")
    programs = assistant.programs
    reader: MeaningReader = programs.reader
    reader.calibration = start or Calibration()
    parsed = [(q, analyze(clean_question(q.row.question), assistant.analyzer)) for q in questions
              if q.row.type in ("natural", "natural_not_stated", "natural_no_program")]
    people = [(q, question) for q, question in parsed if q.row.type == "natural"]
    groups = _line_groups(programs, people)
    line_labels = [y for _, labels in groups for y in labels]
    if len(set(line_labels)) < 2 and not keep_line:
        raise ValueError("too few tuning questions naming a program to fit the line model")
    line = dict(start.line) if keep_line and start else fit_ranking(groups, LINE_FEATURES)
    reader.calibration = dataclasses.replace(reader.calibration, line=line)
    readings = _answer_readings(programs, parsed)
    answer, threshold, checked = fit_answer(readings)
    note = {"fitted_on": f"tune half of {' and '.join(sets)} (sha256(id) % 2 == 0)",
            "lines": len(line_labels), "line_positives": sum(line_labels), "line_model": "kept" if keep_line else "fitted",
            "readings": sum(not r.misread for r in readings),
            "readings_right": sum(r.right for r in readings if not r.misread),
            "readings_without_answer": sum(r.kind == ABLATED for r in readings),
            "readings_misread": sum(r.misread for r in readings), **checked}
    return Calibration(line, answer, threshold), note


def fit_answer(readings: Sequence[AnswerReading], names: Sequence[str] = ANSWER_FEATURES) -> tuple[dict[str, float], float, dict]:
    """The answer model's weights and threshold, and what grouped cross-validation over the readings said of them:
    the features kept (the best step of a backward elimination by out-of-fold log loss), the ridge strength (by the
    same loss), the cut with the best flat out-of-fold worth, and the out-of-fold counts at that cut."""
    fitted = [not r.misread for r in readings]
    if len({r.right for r, f in zip(readings, fitted) if f}) < 2:
        raise ValueError("the tuning questions are all answered or all missed: nothing to calibrate refusals on")
    rows, labels = [r.features for r in readings], [int(r.right) for r in readings]
    folds = crossval.program_folds([r.program for r in readings])
    answered, refused = _worth(readings)
    kept, dropped = crossval.drop_features(rows, labels, fitted, folds, names, fit_logistic)
    choice = crossval.choose(rows, labels, fitted, folds, kept, answered, refused, fit_logistic)
    train = [i for i, f in enumerate(fitted) if f]
    answer = fit_logistic([rows[i] for i in train], [labels[i] for i in train], kept, choice.strength)
    gone = [name for name, _ in dropped if name not in kept]
    checked = {"answer_features": kept, "dropped_by_crossval": gone,
               "crossval_log_loss": choice.loss,
               "crossval_path": [[name, round(w, 2)] for name, w in dropped],  # each left out in turn, log loss after
               "ridge": choice.strength, "folds": crossval.FOLDS,
               "out_of_fold": out_of_fold_counts(readings, choice.probabilities, choice.threshold),
               "out_of_fold_worth_by_cut": {f"{c:.2f}": w for c, w in zip(crossval.CUTS, choice.curve)
                                            if abs(c - choice.threshold) < 0.055}}
    return answer, choice.threshold, checked


def _worth(readings: Sequence[AnswerReading]) -> tuple[list[float], list[float]]:
    """What each reading is worth answered and refused: answered with the facts (1), answered from the right program's
    document (CITED_FIRST more), or refused when the document does not say (balanced: each refusal weighted by how
    many more answerable readings there are)."""
    answerable = sum(1 for r in readings if r.kind == "natural") or 1
    weight = answerable / max(1, len(readings) - answerable)
    answered = [float(r.right) + CITED_FIRST * r.cited for r in readings]
    refused = [0.0 if r.kind == "natural" else weight for r in readings]
    return answered, refused


def out_of_fold_counts(readings: Sequence[AnswerReading], probabilities: Sequence[float], cut: float) -> dict[str, int]:
    """How the readings fare at `cut` with out-of-fold probabilities: people's questions answered right, answered
    wrong and refused although their document answers; written not-stated/invented ones and counterfactuals refused."""
    natural = [(r, p) for r, p in zip(readings, probabilities) if r.kind == "natural"]
    written = [p for r, p in zip(readings, probabilities) if r.kind not in ("natural", ABLATED)]
    ablated = [p for r, p in zip(readings, probabilities) if r.kind == ABLATED]
    return {"answerable": len(natural), "answered_right": sum(r.right and p >= cut for r, p in natural),
            "answered_wrong": sum(not r.right and p >= cut for r, p in natural),
            "wrongly_refused": sum(p < cut for _, p in natural),
            "not_stated": len(written), "not_stated_refused": sum(p < cut for p in written),
            "without_answer": len(ablated), "without_answer_refused": sum(p < cut for p in ablated)}


def _answer_readings(programs, parsed) -> list[AnswerReading]:
    """Each question's best reading, and for each one read right its counterfactual without the answering lines."""
    readings = []
    for q, question in parsed:
        found = programs.reading(question)
        if found is None:
            continue
        program, reading = found
        text = " ".join(c.unit.text for c in reading.chosen)
        about = q.row.type == "natural" and program.source in q.row.sources
        right = about and not missing_fact_groups(q.row.facts, text)
        group = q.row.sources[0] if q.row.sources else program.source  # an invented program: the one it was read as
        readings.append(AnswerReading(reading.features, right, q.row.type, about, about and not right, group))
        if right:  # its counterfactual: the same question of the document without the lines that answer it
            negative = _without_answer(programs, question, q.row.facts)
            if negative is not None:
                readings.append(AnswerReading(negative.features, False, ABLATED, program=group))
    return readings


def _without_answer(programs, question, facts) -> Reading | None:
    """The reading of the question's program with every line holding one of its facts taken out: the document
    then truly does not state it, so the reading must refuse. These negatives are asked in exactly the people's
    own styles, one for every question read right, where hand-written not-stated questions are few."""
    found = programs.reading(question, without=lambda unit: _holds_fact(unit.text, facts))
    return None if found is None else found[1]


def _line_groups(programs, parsed) -> list[tuple[list[dict], list[int]]]:
    """For each part of each question naming the right program: every line's features, and whether it holds one of
    the question's facts (a question naming the wrong program, or none, says nothing about which line answers)."""
    groups = []
    for q, question in parsed:
        found = programs.reading(question)
        if found is None or found[0].source not in q.row.sources:
            continue
        for part in found[1].ranked:
            groups.append(([c.features for c in part], [int(_holds_fact(c.unit.text, q.row.facts)) for c in part]))
    return groups
