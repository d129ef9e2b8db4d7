"""People's own questions about the dev policies (questions-natural-dev.jsonl): tune/held halves and their figures.

The halves are fixed by a hash of each question's id, set before any failure was looked at:
held when `int(sha256(id).hexdigest(), 16) % 2 == 1`, tune otherwise. Tune rules and the refusal
calibration on the tune half only; the held half is what the figures claim.

Scoring (the set's README): a `natural` question is right when the answer holds one alternative of
every fact group (ignoring spaces, commas and case); a `not_stated` one when it is refused *for that
program* (reason `not_in_program`: "<program> 문서에는 … 내용이 없습니다"); a `no_program` one when it
is refused at all.
"""

from __future__ import annotations

import hashlib
import json
import statistics
from collections.abc import Sequence
from pathlib import Path

from evals.dataset import DatasetError, GoldRow
from evals.policy_facts import DEFAULT_POLICIES
from evals.policy_questions import PolicyQuestion
from evals.runner import Outcome

NATURAL_QUESTIONS = DEFAULT_POLICIES.parent / "questions-natural-dev.jsonl"
NATURAL_KINDS = ("natural", "not_stated", "no_program")
TYPE_OF_KIND = {"natural": "natural", "not_stated": "natural_not_stated", "no_program": "natural_no_program"}
FOR_PROGRAM = "not_in_program"  # the refusal reason naming the program whose document lacks the fact
NATURAL_METRICS = (
    "natural_accuracy", "natural_first_citation", "natural_not_stated_refused", "natural_invented_refused",
)
LENGTH_METRICS = ("natural_answer_chars_median", "natural_answer_chars_p90", "natural_answer_chars_max")


def half_of(question_id: str) -> str:
    """"held" or "tune", fixed by a hash of the id (the i18 helpers share this rule)."""
    return "held" if int(hashlib.sha256(question_id.encode()).hexdigest(), 16) % 2 == 1 else "tune"


def load_natural(path: Path, truths: Sequence[dict]) -> list[PolicyQuestion]:
    """The natural questions about policies in this corpus (others left out) and every no_program one."""
    by_number = {truth["plcyNo"]: truth for truth in truths}
    questions, seen = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(path, number, f"not JSON ({exc.msg})") from None
        if raw.get("kind") not in NATURAL_KINDS or not raw.get("id") or raw["id"] in seen:
            raise DatasetError(path, number, f"needs a unique id and a kind of {', '.join(NATURAL_KINDS)}")
        seen.add(raw["id"])
        truth = by_number.get(raw.get("plcyNo") or "")
        if raw.get("plcyNo") and truth is None:
            continue  # about a policy outside this --limit
        answerable = raw["kind"] == "natural"
        row = GoldRow(id=raw["id"], question=raw["question"], answerable=answerable,
                      sources=(truth["source"],) if truth else (),
                      facts=tuple(tuple(group) for group in raw.get("facts") or ()), type=TYPE_OF_KIND[raw["kind"]],
                      municipality=(truth["region_names"] or [None])[0] if truth else None,
                      style=raw.get("style", "colloquial"))
        # its kind is what it asks (amount, duration…); its split, its half
        questions.append(PolicyQuestion(row, raw.get("asks", "other"), truth["form"] if truth else "-",
                                        half_of(raw["id"]), "natural", raw.get("plcyNo") or ""))
    return questions


def natural_passed(outcome: Outcome) -> bool:
    """Right by the set's README: the facts for `natural`, refused for that program for `not_stated`, refused for `no_program`."""
    if outcome.row.type == "natural_not_stated":
        return outcome.abstained and outcome.answer.get("reason") == FOR_PROGRAM
    return outcome.passed


def natural_figures(outcomes: Sequence[Outcome]) -> dict[str, float | None]:
    """Accuracy, right program cited first, not-stated refused for that program, invented refused, answer lengths."""
    def share(picked: list[Outcome], test) -> float | None:
        return round(sum(1 for o in picked if test(o)) / len(picked), 4) if picked else None

    natural = [o for o in outcomes if o.row.type == "natural"]
    not_stated = [o for o in outcomes if o.row.type == "natural_not_stated"]
    invented = [o for o in outcomes if o.row.type == "natural_no_program"]
    lengths = sorted(len(o.answer["answer"]) for o in natural if not o.abstained)
    return {
        "natural_accuracy": share(natural, natural_passed),
        "natural_first_citation": share(natural, lambda o: bool(o.cited_sources) and o.cited_sources[0] in o.row.sources),
        "natural_refused_answerable": share(natural, lambda o: o.abstained),
        "natural_not_stated_refused": share(not_stated, natural_passed),
        "natural_not_stated_any_refusal": share(not_stated, lambda o: o.abstained),
        "natural_invented_refused": share(invented, natural_passed),
        "natural_answer_chars_median": statistics.median(lengths) if lengths else None,
        "natural_answer_chars_p90": lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))] if lengths else None,
        "natural_answer_chars_max": lengths[-1] if lengths else None,
    }


def natural_breakdown(outcomes: Sequence[Outcome], key) -> dict[str, dict]:
    """natural_figures per group named by `key` (half, style, asks), sorted by name."""
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(key(outcome), []).append(outcome)
    return {name: {"count": len(group), **natural_figures(group)} for name, group in sorted(groups.items())}


def summarize_natural(outcomes: Sequence[Outcome], questions: Sequence[PolicyQuestion]) -> dict:
    """Figures over the natural questions: both halves together, by half, by half and style, by half and asks."""
    half = {q.row.id: q.split for q in questions if q.origin == "natural"}
    asks = {q.row.id: q.kind for q in questions}
    mine = [o for o in outcomes if o.row.id in half]
    return {
        "overall": natural_figures(mine),
        "by_half": natural_breakdown(mine, lambda o: half[o.row.id]),
        "by_style": natural_breakdown(mine, lambda o: f"{half[o.row.id]} · {o.row.style}"),
        "by_asks": natural_breakdown(mine, lambda o: f"{half[o.row.id]} · {asks[o.row.id]}"),
    }


def render_natural(summary: dict) -> str:
    """Plain-text tables of the natural figures by half, style and asks (for stdout and report.md)."""
    names = ("natural_accuracy", "natural_first_citation", "natural_refused_answerable", "natural_not_stated_refused",
             "natural_invented_refused", "natural_answer_chars_median", "natural_answer_chars_p90", "natural_answer_chars_max")
    short = ("acc", "cite[1]", "refused-ans", "not-stated", "invented", "len p50", "len p90", "len max")
    lines = []
    for key, title in (("by_half", "natural questions by half"), ("by_style", "by half · style"),
                       ("by_asks", "by half · asks")):
        lines += ["", f"{title}:", f"{'group':<26} {'n':>4} " + " ".join(f"{s:>11}" for s in short)]
        for group, values in summary[key].items():
            cells = " ".join(f"{_fmt(values.get(n)):>11}" for n in names)
            lines.append(f"{group:<26} {values['count']:>4} {cells}")
    return "\n".join(lines)


def held_overall(summary: dict) -> dict[str, float | None]:
    """The gated natural figures: those of the held half, under their metric names."""
    return {name: summary["by_half"].get("held", {}).get(name) for name in NATURAL_METRICS}


def _fmt(value) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) and value <= 1 else f"{value:.0f}"
