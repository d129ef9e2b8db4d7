"""`python -m evals calibrate`: fit the line and answer models of answer/meaning.py on the tuning half only.

For each tuning-half question that names one program: every line of that program's document, with
its features, labelled by whether it holds one of the question's facts, fits the line model (its
order within each question, then its scale over all lines); then
each question's best reading, labelled by whether its lines hold every fact group (a `not_stated`
or `no_program` question: never), fits the answer model, and the refusal threshold is the one that gets the most
tuning questions right (answered with the facts, or refused when the document does not say).
The held half is never read here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from assistant.answer.meaning import ANSWER_FEATURES, LINE_FEATURES, Calibration, MeaningReader, probability
from assistant.language.questions import analyze, clean_question
from evals.metrics import missing_fact_groups, normalise
from evals.policy_questions import PolicyQuestion

L2 = 1.0  # ridge on the weights (not the bias), in units of one example
STEPS = 400


def fit_logistic(rows: Sequence[dict[str, float]], labels: Sequence[int], names: Sequence[str]) -> dict[str, float]:
    """Weights (and "bias") of a logistic model of `labels` over the `names` features, by Newton's method with a ridge
    on the standardised features (so a feature of small spread, like cosine similarity, is not shrunk more)."""
    raw = np.asarray([[float(r[n]) for n in names] for r in rows], dtype=np.float64)
    mean, spread = raw.mean(axis=0), raw.std(axis=0)
    spread[spread < 1e-9] = 1.0
    x = np.hstack([np.ones((len(raw), 1)), (raw - mean) / spread])
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(x.shape[1])
    ridge = np.eye(x.shape[1]) * L2
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


def calibrate(assistant, questions: Sequence[PolicyQuestion], start: Calibration | None = None) -> tuple[Calibration, dict]:
    """The fitted calibration and what it was fitted on; `questions` must be the tuning half."""
    programs = assistant.programs
    reader: MeaningReader = programs.reader
    reader.calibration = start or Calibration()
    parsed = [(q, analyze(clean_question(q.row.question), assistant.analyzer)) for q in questions
              if q.row.type in ("natural", "natural_not_stated", "natural_no_program")]
    people = [(q, question) for q, question in parsed if q.row.type == "natural"]
    groups = _line_groups(programs, people)
    line_labels = [y for _, labels in groups for y in labels]
    if len(set(line_labels)) < 2:
        raise ValueError("too few tuning questions naming a program to fit the line model")
    line = fit_ranking(groups, LINE_FEATURES)
    reader.calibration = dataclasses.replace(reader.calibration, line=line)
    answer_rows, answer_labels, kinds = [], [], []
    for q, question in parsed:
        found = programs.reading(question)
        if found is None:
            continue
        program, reading = found
        text = " ".join(c.unit.text for c in reading.chosen)
        right = q.row.type == "natural" and program.source in q.row.sources and not missing_fact_groups(q.row.facts, text)
        answer_rows.append(reading.features)
        answer_labels.append(int(right))
        kinds.append(q.row.type)
    if len(set(answer_labels)) < 2:
        raise ValueError("the tuning questions are all answered or all missed: nothing to calibrate refusals on")
    answer = fit_logistic(answer_rows, answer_labels, ANSWER_FEATURES)
    fitted = Calibration(line, answer)
    threshold = _best_threshold(fitted, answer_rows, answer_labels, kinds)
    note = {"fitted_on": "tune half of questions-natural-dev.jsonl (sha256(id) % 2 == 0)",
            "lines": len(line_labels), "line_positives": sum(line_labels), "readings": len(answer_rows),
            "readings_right": sum(answer_labels)}
    return dataclasses.replace(fitted, threshold=threshold), note


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


def _best_threshold(fitted: Calibration, rows, labels, kinds) -> float:
    """The probability cut that gets the most tuning readings right, answerable and not alike: answered and right,
    or refused when the document does not say (each refusal weighted by how many more answerable rows there are)."""
    probabilities = [probability(fitted.answer, r) for r in rows]
    # each side counts as much as the other (balanced): the refusals to learn are far fewer than the answers
    answerable = sum(1 for k in kinds if k == "natural") or 1
    weight = answerable / max(1, len(kinds) - answerable)
    best, best_right = 0.5, -1.0
    for cut in np.arange(0.05, 0.95, 0.01):
        right = sum(1.0 if y else weight for p, y, k in zip(probabilities, labels, kinds)
                    if (p >= cut and y) or (p < cut and k != "natural"))
        if right > best_right:
            best, best_right = round(float(cut), 2), right
    return best
