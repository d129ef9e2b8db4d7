"""Grouped cross-validation for the answer-or-refuse model: which ridge strength, threshold and features to keep.

Pure functions over readings already made (`evals/policy_calibrate.py` reads the tuning half once and hands its
features in). Folds keep every reading of one program together (its question, its counterfactual without the
answering lines, its other questions), so a threshold or a feature is never judged on a question whose own
program the model was fitted on. A reading is worth `answered[i]` when its probability reaches the cut and
`refused[i]` below it. Features and the ridge strength are judged by out-of-fold log loss (a proper score, steady
where counts at one cut jump); the out-of-fold probabilities then give one curve of worth over the cuts, and the
cut chosen is the best of that curve averaged over its neighbours (`FLAT`), so a lone peak between two falls is
not taken.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

FOLDS = 5
STRENGTHS = (0.3, 1.0, 3.0, 10.0, 30.0)  # ridge strengths tried, in units of one reading (standardised features)
CUTS = tuple(round(float(c), 2) for c in np.arange(0.05, 0.95, 0.01))
FLAT = 3  # a cut is judged by the mean worth of the cuts up to this many steps (0.01 each) on either side
Fit = Callable[[Sequence[dict[str, float]], Sequence[int], Sequence[str], float], dict[str, float]]


def program_folds(programs: Sequence[str], k: int = FOLDS) -> list[int]:
    """Each row's fold: rows of one program share it; programs go, most rows first (ties in the order of a hash of
    the name, not of the input), to the fold with fewest rows so far. The same programs give the same folds."""
    sizes = Counter(programs)
    order = sorted(sizes, key=lambda p: (-sizes[p], hashlib.sha256(p.encode()).hexdigest()))
    load, fold_of = [0] * k, {}
    for program in order:
        fold = min(range(k), key=lambda f: (load[f], f))
        fold_of[program] = fold
        load[fold] += sizes[program]
    return [fold_of[p] for p in programs]


def out_of_fold(rows: Sequence[dict[str, float]], labels: Sequence[int], fitted: Sequence[bool], folds: Sequence[int],
                names: Sequence[str], strength: float, fit: Fit) -> list[float]:
    """Each row's probability from a model fitted, with this ridge `strength`, on the `fitted` rows of the other folds.
    When the other folds hold one label only (too few programs to hold one out), the fit is on every fitted row:
    in-sample, as without cross-validation."""
    out = [0.0] * len(rows)
    for fold in sorted(set(folds)):
        train = [i for i in range(len(rows)) if folds[i] != fold and fitted[i]]
        if len({labels[i] for i in train}) < 2:
            train = [i for i in range(len(rows)) if fitted[i]]
        weights = fit([rows[i] for i in train], [labels[i] for i in train], names, strength)
        for i in range(len(rows)):
            if folds[i] == fold:
                out[i] = _probability(weights, rows[i], names)
    return out


def _probability(weights: dict[str, float], row: dict[str, float], names: Sequence[str]) -> float:
    z = weights.get("bias", 0.0) + sum(weights.get(n, 0.0) * float(row[n]) for n in names)
    return 1.0 / (1.0 + float(np.exp(-min(30.0, max(-30.0, z)))))


def cut_curve(probabilities: Sequence[float], answered: Sequence[float], refused: Sequence[float],
              cuts: Sequence[float] = CUTS) -> list[float]:
    """The readings' total worth at each cut: `answered[i]` when probability i reaches it, else `refused[i]`."""
    p = np.asarray(probabilities)
    a, r = np.asarray(answered, dtype=np.float64), np.asarray(refused, dtype=np.float64)
    return [round(float(np.where(p >= cut, a, r).sum()), 6) for cut in cuts]


def flat_best(curve: Sequence[float], flat: int = FLAT) -> int:
    """The index of the best cut by the curve's mean over `flat` neighbours on either side; of tied ones, the middle
    of the first run (as far as can be from where the worth changes)."""
    values = np.asarray(curve, dtype=np.float64)
    smooth = [round(float(values[max(0, i - flat) : i + flat + 1].mean()), 6) for i in range(len(values))]
    first = smooth.index(max(smooth))
    last = first
    while last + 1 < len(smooth) and smooth[last + 1] == smooth[first]:
        last += 1
    return (first + last) // 2


def log_loss(probabilities: Sequence[float], labels: Sequence[int], fitted: Sequence[bool]) -> float:
    """The summed negative log-likelihood of the fitted rows' labels: a proper score, far less noisy than counts at a
    cut, so it judges features and ridge strengths; the cut is then judged by worth."""
    return round(sum(-float(np.log(max(1e-9, p if y else 1.0 - p)))
                     for p, y, f in zip(probabilities, labels, fitted) if f), 6)


def best_strength(rows: Sequence[dict[str, float]], labels: Sequence[int], fitted: Sequence[bool], folds: Sequence[int],
                  names: Sequence[str], fit: Fit, strengths: Sequence[float] = STRENGTHS) -> tuple[float, float, list[float]]:
    """The ridge strength with the lowest out-of-fold log loss (of tied ones, the strongest), that loss and the
    out-of-fold probabilities with it."""
    best: tuple[float, float, list[float]] | None = None
    for strength in strengths:
        probabilities = out_of_fold(rows, labels, fitted, folds, names, strength, fit)
        loss = log_loss(probabilities, labels, fitted)
        if best is None or loss <= best[1]:
            best = (strength, loss, probabilities)
    assert best is not None
    return best


@dataclass(frozen=True)
class Choice:
    """What cross-validation chose: the ridge strength, the cut, and the out-of-fold curve and probabilities at it."""

    strength: float
    threshold: float
    loss: float  # out-of-fold log loss with this strength
    worth: float  # the flat (neighbour-averaged) out-of-fold worth at the threshold
    curve: tuple[float, ...]  # out-of-fold worth at each of CUTS
    probabilities: tuple[float, ...]  # each reading's out-of-fold probability


def choose(rows: Sequence[dict[str, float]], labels: Sequence[int], fitted: Sequence[bool], folds: Sequence[int],
           names: Sequence[str], answered: Sequence[float], refused: Sequence[float], fit: Fit,
           strengths: Sequence[float] = STRENGTHS, cuts: Sequence[float] = CUTS) -> Choice:
    """The ridge strength by out-of-fold log loss, then the cut with the best flat out-of-fold worth."""
    strength, loss, probabilities = best_strength(rows, labels, fitted, folds, names, fit, strengths)
    curve = cut_curve(probabilities, answered, refused, cuts)
    at = flat_best(curve)
    flat = round(float(np.mean(curve[max(0, at - FLAT) : at + FLAT + 1])), 6)
    return Choice(strength, cuts[at], loss, flat, tuple(curve), tuple(probabilities))


def drop_features(rows: Sequence[dict[str, float]], labels: Sequence[int], fitted: Sequence[bool],
                  folds: Sequence[int], names: Sequence[str], fit: Fit,
                  strengths: Sequence[float] = STRENGTHS) -> tuple[list[str], list[tuple[str, float]]]:
    """Backward elimination down to one feature, each step leaving out the feature whose absence keeps the out-of-fold
    log loss lowest; the features kept are those of the best step (of tied steps, the fewest features), so a feature
    that only helps once another is gone is not kept for it. Returns them and the whole path: each feature left out,
    in order, with the loss after."""
    def loss(kept: list[str]) -> float:
        return best_strength(rows, labels, fitted, folds, kept, fit, strengths)[1]

    kept = list(names)
    path: list[tuple[str, float]] = []
    best, best_at = loss(kept), 0
    while len(kept) > 1:
        after, _, name = min((loss([n for n in kept if n != name]), i, name) for i, name in enumerate(kept))
        kept.remove(name)
        path.append((name, after))
        if after <= best:
            best, best_at = after, len(path)
    gone = {name for name, _ in path[:best_at]}
    return [n for n in names if n not in gone], path
