"""Write results.json and report.md (summary first, then failures first), and the stdout table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from evals.runner import LATENCY_METRICS, QUALITY_METRICS, Outcome

SNIPPET_CHARS = 300
ANSWER_CHARS = 700
DEFAULT_BREAKDOWNS = {"by_type": "By question type", "by_municipality": "By municipality"}
_SHORT = {
    "answer_accuracy": "acc",
    "recall_at_1": "R@1",
    "recall_at_5": "R@5",
    "mrr": "MRR",
    "citation_precision": "cite P",
    "first_citation_accuracy": "cite[1]",
    "refusal_precision": "refuse P",
    "refusal_recall": "refuse R",
    "latency_p50_ms": "p50 ms",
    "latency_p95_ms": "p95 ms",
}


def write_outputs(
    out_dir: Path, summary: dict, outcomes: Sequence[Outcome], context: dict, breakdowns: dict[str, str] | None = None
) -> None:
    """results.json and report.md; `breakdowns` maps a summary key to its section title."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = {**context, "summary": summary, "questions": [o.to_dict() for o in outcomes]}
    (out_dir / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(summary, outcomes, context, breakdowns), encoding="utf-8")


def summary_table(overall: dict[str, float | None]) -> str:
    """A short plain-text table for stdout: the standard metrics, then any others in `overall`."""
    names = QUALITY_METRICS + LATENCY_METRICS
    names += tuple(name for name in overall if name not in names)
    width = max(len(n) for n in names)
    return "\n".join(f"{name:<{width}}  {_fmt(name, overall.get(name))}" for name in names)


def render_markdown(
    summary: dict, outcomes: Sequence[Outcome], context: dict, breakdowns: dict[str, str] | None = None
) -> str:
    """The summary, failures first, then one table per breakdown (default: by type and by municipality)."""
    breakdowns = breakdowns or DEFAULT_BREAKDOWNS
    names = QUALITY_METRICS + LATENCY_METRICS
    names += tuple(name for name in summary["overall"] if name not in names)
    failures = [o for o in outcomes if not o.passed]
    lines = ["# Eval report", ""]
    lines += [f"- {key}: `{value}`" for key, value in context.items()]
    lines += ["", "## Summary", "", "| metric | score |", "|---|---|"]
    lines += [f"| {name} | {_fmt(name, summary['overall'].get(name))} |" for name in names]
    lines += ["", f"{len(outcomes) - len(failures)} of {len(outcomes)} questions passed.", ""]
    lines += [f"## Failures ({len(failures)})", ""]
    for outcome in failures:
        lines += _failure(outcome)
    for key, title in breakdowns.items():
        lines += _breakdown_table(title, summary[key])
    lines += ["## Passed", ""]
    lines += [f"- {o.row.id} ({o.row.type}): {o.row.question}" for o in outcomes if o.passed]
    return "\n".join(lines) + "\n"


def failure_kind(outcome: Outcome) -> str:
    reason = outcome.answer.get("reason") or "no reason given"
    if not outcome.row.answerable:
        return "answered a question the documents do not answer"
    if outcome.abstained:
        return f"refused ({reason}) although the documents answer it"
    return "answer lacks expected facts"


def _failure(outcome: Outcome) -> list[str]:
    row, answer = outcome.row, outcome.answer
    lines = [
        f"### {row.id} · {row.type} · {row.municipality or '-'} — {failure_kind(outcome)}",
        "",
        f"- **Question:** {row.question}",
        f"- **Answer:** {_clip(answer['answer'], ANSWER_CHARS)}",
    ]
    if row.answerable:
        lines.append(f"- **Expected facts:** {_groups(row.facts)}")
        lines.append(f"- **Missing fact groups:** {_groups(outcome.missing_facts) or '(none)'}")
        lines.append(f"- **Expected sources:** {', '.join(row.sources)}")
    lines.append(f"- **Retrieved (top {len(outcome.ranked_sources)}):** {', '.join(outcome.ranked_sources) or '(none)'}")
    for citation in answer["citations"][:3]:
        lines.append(f"- **Cited [{citation['number']}]** {citation['source']}: {_clip(citation['snippet'], SNIPPET_CHARS)}")
    return lines + [""]


def _breakdown_table(title: str, groups: dict[str, dict]) -> list[str]:
    names = ("answer_accuracy", "recall_at_5", "mrr", "first_citation_accuracy", "citation_precision", "refusal_recall",
             "latency_p50_ms")
    lines = [f"## {title}", "", "| group | n | " + " | ".join(_SHORT[n] for n in names) + " |"]
    lines.append("|---|---|" + "---|" * len(names))
    for group, values in groups.items():
        cells = " | ".join(_fmt(n, values.get(n)) for n in names)
        lines.append(f"| {group} | {values['count']} | {cells} |")
    return lines + [""]


def _fmt(name: str, value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if name.endswith("_ms") else f"{value:.3f}"


def _groups(groups) -> str:
    return "; ".join(" / ".join(f"`{form}`" for form in group) for group in groups)


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
