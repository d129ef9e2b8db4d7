"""Ask every gold question, time it, and score the outcomes overall and by type and municipality."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evals import metrics
from evals.dataset import GoldRow

RETRIEVE_K = 5
QUALITY_METRICS = (
    "answer_accuracy",
    "recall_at_1",
    "recall_at_5",
    "mrr",
    "citation_precision",
    "first_citation_accuracy",
    "refusal_precision",
    "refusal_recall",
)
LATENCY_METRICS = ("latency_p50_ms", "latency_p95_ms")


@dataclass(frozen=True)
class Outcome:
    """What the assistant did with one gold row."""

    row: GoldRow
    answer: dict  # Answer.to_dict()
    ranked_sources: tuple[str, ...]  # source of each retrieve(k=5) hit, best first
    retrieve_ms: float
    ask_ms: float

    @property
    def abstained(self) -> bool:
        return bool(self.answer["abstained"])

    @property
    def cited_sources(self) -> list[str]:
        return [c["source"] for c in self.answer["citations"]]

    @property
    def missing_facts(self) -> list[list[str]]:
        return metrics.missing_fact_groups(self.row.facts, self.answer["answer"]) if self.row.answerable else []

    @property
    def passed(self) -> bool:
        """Answerable: answered with every fact group. Unanswerable: refused."""
        if not self.row.answerable:
            return self.abstained
        return not self.abstained and not self.missing_facts

    def to_dict(self) -> dict:
        return {
            "id": self.row.id,
            "question": self.row.question,
            "type": self.row.type,
            "municipality": self.row.municipality,
            "answerable": self.row.answerable,
            "expected_sources": list(self.row.sources),
            "expected_facts": [list(g) for g in self.row.facts],
            **self.answer,
            "retrieved_sources": list(self.ranked_sources),
            "verdicts": {"passed": self.passed, "missing_facts": self.missing_facts},
            "latency_ms": {"retrieve": round(self.retrieve_ms, 1), "ask": round(self.ask_ms, 1)},
        }


def run_rows(assistant, rows: Sequence[GoldRow], on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """retrieve(k=5) then ask for each row, each timed with perf_counter."""
    outcomes = []
    for row in rows:
        start = time.perf_counter()
        hits = assistant.retrieve(row.question, k=RETRIEVE_K)
        middle = time.perf_counter()
        answer = assistant.ask(row.question)
        end = time.perf_counter()
        outcome = Outcome(
            row=row,
            answer=answer.to_dict(),
            ranked_sources=tuple(hit.chunk.source for hit in hits),
            retrieve_ms=(middle - start) * 1000,
            ask_ms=(end - middle) * 1000,
        )
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return outcomes


def score(outcomes: Sequence[Outcome]) -> dict[str, dict]:
    """Every metric over these outcomes, as metrics.* results keyed by metric name."""
    expected = [o.row.sources for o in outcomes]
    ranked = [o.ranked_sources for o in outcomes]
    answerable = [o.row.answerable for o in outcomes]
    abstained = [o.abstained for o in outcomes]
    cited = [o.cited_sources for o in outcomes]
    latencies = [o.ask_ms for o in outcomes]
    answers = [o.answer["answer"] for o in outcomes]
    return {
        "answer_accuracy": metrics.answer_accuracy([o.row.facts for o in outcomes], answers, answerable, abstained),
        "recall_at_1": metrics.recall_at_k(expected, ranked, 1),
        "recall_at_5": metrics.recall_at_k(expected, ranked, 5),
        "mrr": metrics.mrr(expected, ranked),
        "citation_precision": metrics.citation_precision(expected, cited, answerable, abstained),
        "first_citation_accuracy": metrics.first_citation_accuracy(expected, cited, answerable, abstained),
        "refusal_precision": metrics.refusal_precision(answerable, abstained),
        "refusal_recall": metrics.refusal_recall(answerable, abstained),
        "latency_p50_ms": metrics.latency_percentile(latencies, 50),
        "latency_p95_ms": metrics.latency_percentile(latencies, 95),
    }


def figures(results: dict[str, dict]) -> dict[str, float | None]:
    """Metric name -> score, None where no row counted (nothing to compare)."""
    return {name: (round(r["score"], 4) if r["count"] else None) for name, r in results.items()}


def summarize(outcomes: Sequence[Outcome]) -> dict:
    """Figures overall, by question type and by municipality (comparisons/off-topic under "(none)")."""
    return {
        "overall": figures(score(outcomes)),
        "count": len(outcomes),
        "by_type": breakdown(outcomes, lambda o: o.row.type),
        "by_municipality": breakdown(outcomes, lambda o: o.row.municipality or "(none)"),
    }


def breakdown(outcomes: Sequence[Outcome], key: Callable[[Outcome], str]) -> dict[str, dict]:
    """Figures per group of outcomes, groups named by `key` and sorted."""
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(key(outcome), []).append(outcome)
    return {name: {"count": len(group), **figures(score(group))} for name, group in sorted(groups.items())}


def open_or_build(settings, analyzer=None, embedder=None):
    """The Assistant over settings.index_dir, first indexing settings.source_dir if there is no index."""
    from assistant.engine import Assistant
    from assistant.errors import IndexNotBuiltError
    from assistant.index.build import run_ingest

    try:
        return Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    except IndexNotBuiltError:
        run_ingest(settings, progress=False, analyzer=analyzer, embedder=embedder)
        return Assistant.open(settings, analyzer=analyzer, embedder=embedder)
