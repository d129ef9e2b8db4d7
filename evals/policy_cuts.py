"""`python -m evals.policy_cuts`: the natural figures of the TUNE halves at several refusal cuts of one calibration.

A calibration (answer/calibration.json or a refit written elsewhere by `python -m evals calibrate --out`) is judged
by what the whole assistant does at its cut, not by the answer model alone: a refused first reading sends a
question on to other readings (its parts, another program), so a cut's figures cannot be read off the answer
model's probabilities. This asks every tune-half question once per cut, as `python -m evals policies --only
natural` does (retrieval first: it can change the answer), and prints the same figures (right, right program cited
first, refused though answerable, not stated refused, invented refused) per set and cut, about 45 s per cut for the
217 tune questions of natural_blind2.jsonl. Held-half questions are never asked: a cut is chosen on tune halves only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from assistant.answer.meaning import CALIBRATION, Calibration
from evals.policy_natural import NATURAL_QUESTIONS, load_natural, natural_figures
from evals.policy_questions import PolicyQuestion
from evals.runner import run_rows

SHOWN = (("natural_accuracy", "right"), ("natural_first_citation", "cited[1]"),
         ("natural_refused_answerable", "refused"), ("natural_not_stated_refused", "not-stated"),
         ("natural_invented_refused", "invented"))


def tune_only(questions: Iterable[PolicyQuestion]) -> list[PolicyQuestion]:
    """The tune-half questions; the held half is what the figures claim and is never asked here."""
    return [q for q in questions if q.split == "tune"]


def figures_by_cut(assistant, sets: dict[str, Sequence[PolicyQuestion]], cuts: Sequence[float],
                   calibration: Calibration) -> dict[float, dict[str, dict]]:
    """cut -> set name -> natural figures of that set's tune half asked with `calibration` at that cut."""
    reader = assistant.programs.reader
    shipped = reader.calibration
    out: dict[float, dict[str, dict]] = {}
    try:
        for cut in cuts:
            reader.calibration = replace(calibration, threshold=cut)
            out[cut] = {name: natural_figures(run_rows(assistant, [q.row for q in tune_only(questions)]))
                        for name, questions in sets.items()}
    finally:
        reader.calibration = shipped
    return out


def render(table: dict[float, dict[str, dict]]) -> str:
    """One line per cut and set: the figures the policies eval prints for a half."""
    lines = [f"{'cut':>5} {'set':<28} " + " ".join(f"{short:>10}" for _, short in SHOWN)]
    for cut, by_set in table.items():
        for name, values in by_set.items():
            cells = " ".join("         –" if values.get(key) is None else f"{values[key]:>10.3f}" for key, _ in SHOWN)
            lines.append(f"{cut:>5.2f} {name:<28} {cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from assistant.config import load_settings
    from evals.policy_eval import prepare
    from evals.runner import open_or_build

    parser = argparse.ArgumentParser(prog="python -m evals.policy_cuts", description=__doc__.splitlines()[0])
    parser.add_argument("--calibration", type=Path, default=CALIBRATION,
                        help="coefficients to read (default: the shipped ones)")
    parser.add_argument("--cuts", default="", help="comma-separated cuts (default: the calibration's threshold)")
    parser.add_argument("--natural", type=Path, action="append",
                        help=f"question sets (repeat; default {NATURAL_QUESTIONS})")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default data/policy-eval)")
    parser.add_argument("--index-dir", type=Path, help="index directory (default CORPUS/index)")
    args = parser.parse_args(argv)
    if not args.calibration.exists():
        print(f"error: no calibration at {args.calibration} — write one with `python -m evals calibrate --out PATH`",
              file=sys.stderr)
        return 2
    calibration = Calibration.read(args.calibration)
    try:
        cuts = [float(c) for c in args.cuts.split(",") if c.strip()] or [calibration.threshold]
    except ValueError:
        print(f"error: --cuts must be numbers separated by commas, got {args.cuts!r}", file=sys.stderr)
        return 2
    truths, source, index = prepare(None, args.corpus, args.index_dir, False)
    sets = {path.name: load_natural(path, truths) for path in (args.natural or [NATURAL_QUESTIONS])}
    assistant = open_or_build(load_settings(index_dir=index, source_dir=source))
    print(render(figures_by_cut(assistant, sets, cuts, calibration)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
