"""Grouped cross-validation for the answer-or-refuse model: which ridge strength, threshold and features to keep.

Pure functions over readings already made (`evals/policy_calibrate.py` reads the tuning half once and hands its
features in). Folds keep every reading of one program together (its question, its counterfactual without the
answering lines, its other questions), so a threshold or a feature is never judged on a question whose own
program the model was fitted on. A reading is worth `answered[i]` when its probability reaches the cut and
`refused[i]` below it; the out-of-fold probabilities give one curve of worth over the cuts, and the cut chosen is
the best of that curve averaged over its neighbours (`FLAT`), so a lone peak between two falls is not taken.
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


@dataclass(frozen=True)
class Choice:
    """What cross-validation chose: the ridge strength, the cut, and the out-of-fold curve and probabilities at it."""

    strength: float
    threshold: float
    worth: float  # the flat (neighbour-averaged) out-of-fold worth at the threshold
    curve: tuple[float, ...]  # out-of-fold worth at each of CUTS, with this strength
    probabilities: tuple[float, ...]  # each reading's out-of-fold probability, with this strength
    by_strength: tuple[tuple[float, float], ...]  # (strength, its best flat worth) for every strength tried


def choose(rows: Sequence[dict[str, float]], labels: Sequence[int], fitted: Sequence[bool], folds: Sequence[int],
           names: Sequence[str], answered: Sequence[float], refused: Sequence[float], fit: Fit,
           strengths: Sequence[float] = STRENGTHS, cuts: Sequence[float] = CUTS) -> Choice:
    """The strength and cut with the best flat out-of-fold worth; of tied strengths, the strongest ridge."""
    best: Choice | None = None
    tried = []
    for strength in strengths:
        probabilities = out_of_fold(rows, labels, fitted, folds, names, strength, fit)
        curve = cut_curve(probabilities, answered, refused, cuts)
        at = flat_best(curve)
        flat = round(float(np.mean(curve[max(0, at - FLAT) : at + FLAT + 1])), 6)
        tried.append((strength, flat))
        if best is None or flat >= best.worth:
            best = Choice(strength, cuts[at], flat, tuple(curve), tuple(probabilities), ())
    assert best is not None
    return Choice(best.strength, best.threshold, best.worth, best.curve, best.probabilities, tuple(tried))


def drop_features(rows: Sequence[dict[str, float]], labels: Sequence[int], fitted: Sequence[bool],
                  folds: Sequence[int], names: Sequence[str], answered: Sequence[float], refused: Sequence[float],
                  fit: Fit, strengths: Sequence[float] = STRENGTHS) -> tuple[list[str], list[tuple[str, float]]]:
    """Backward elimination: while leaving one feature out does not lower the flat out-of-fold worth, leave out the
    one whose absence is worth most. Returns the features kept and, in order, each dropped one with the worth after."""
    kept = list(names)
    worth = choose(rows, labels, fitted, folds, kept, answered, refused, fit, strengths).worth
    dropped = []
    while len(kept) > 1:
        trials = [(choose(rows, labels, fitted, folds, [n for n in kept if n != name], answered, refused, fit,
                          strengths).worth, -i, name) for i, name in enumerate(kept)]
        best, _, name = max(trials)
        if best < worth:
            break
        kept.remove(name)
        worth = best
        dropped.append((name, best))
    return kept, dropped
