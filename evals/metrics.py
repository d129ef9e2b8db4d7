"""Evaluation metrics as pure functions: each returns {"score", "individual_scores", "count"}.

`individual_scores` has one entry per row, `None` where the row does not count for that metric
(an unanswerable question has no recall); `score` is the mean of the entries that count and
`count` says how many did (0.0 with count 0 when none did).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

_IGNORED = re.compile(r"[\s,]")

FactGroups = Sequence[Sequence[str]]


def normalise(text: str) -> str:
    """The form facts are matched in: no whitespace, no commas, case-folded."""
    return _IGNORED.sub("", text).casefold()


def missing_fact_groups(groups: FactGroups, text: str) -> list[list[str]]:
    """The fact groups of which `text` contains no accepted form."""
    haystack = normalise(text)
    return [list(group) for group in groups if not any(normalise(form) in haystack for form in group)]


def fact_present(groups: FactGroups, text: str) -> bool:
    """True when `text` contains at least one accepted form of every group (and there is a group)."""
    return bool(groups) and not missing_fact_groups(groups, text)


def _result(individual: list[float | None]) -> dict:
    counted = [s for s in individual if s is not None]
    score = sum(counted) / len(counted) if counted else 0.0
    return {"score": score, "individual_scores": individual, "count": len(counted)}


def answer_accuracy(
    facts_list: Sequence[FactGroups],
    answers: Sequence[str],
    answerable_list: Sequence[bool],
    abstained_list: Sequence[bool] | None = None,
) -> dict:
    """Share of answerable questions whose answer holds every fact group (an abstention scores 0)."""
    abstained_list = abstained_list or [False] * len(answers)
    individual: list[float | None] = []
    for facts, answer, answerable, abstained in zip(facts_list, answers, answerable_list, abstained_list, strict=True):
        if not answerable:
            individual.append(None)
        else:
            individual.append(float(not abstained and fact_present(facts, answer)))
    return _result(individual)


def recall_at_k(
    expected_sources_list: Sequence[Sequence[str]],
    ranked_sources_list: Sequence[Sequence[str]],
    k: int,
) -> dict:
    """Share of a row's expected sources among its first k retrieved hits; rows with none expected skip."""
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    individual: list[float | None] = []
    for expected, ranked in zip(expected_sources_list, ranked_sources_list, strict=True):
        if not expected:
            individual.append(None)
            continue
        found = set(ranked[:k]) & set(expected)
        individual.append(len(found) / len(set(expected)))
    return _result(individual)


def mrr(expected_sources_list: Sequence[Sequence[str]], ranked_sources_list: Sequence[Sequence[str]]) -> dict:
    """Mean reciprocal rank of the first hit from an expected source (0 when none was retrieved)."""
    individual: list[float | None] = []
    for expected, ranked in zip(expected_sources_list, ranked_sources_list, strict=True):
        if not expected:
            individual.append(None)
            continue
        rank = next((i for i, source in enumerate(ranked, 1) if source in expected), None)
        individual.append(1.0 / rank if rank else 0.0)
    return _result(individual)


def citation_precision(
    expected_sources_list: Sequence[Sequence[str]],
    cited_sources_list: Sequence[Sequence[str]],
    answerable_list: Sequence[bool],
    abstained_list: Sequence[bool],
) -> dict:
    """Share of distinct cited sources that are expected, over answered answerable questions.

    An answer that cites nothing scores 0: an uncited answer is not grounded.
    """
    individual: list[float | None] = []
    rows = zip(expected_sources_list, cited_sources_list, answerable_list, abstained_list, strict=True)
    for expected, cited, answerable, abstained in rows:
        if not answerable or abstained:
            individual.append(None)
            continue
        distinct = set(cited)
        individual.append(len(distinct & set(expected)) / len(distinct) if distinct else 0.0)
    return _result(individual)


def first_citation_accuracy(
    expected_sources_list: Sequence[Sequence[str]],
    cited_sources_list: Sequence[Sequence[str]],
    answerable_list: Sequence[bool],
    abstained_list: Sequence[bool],
) -> dict:
    """Share of answered answerable questions whose citation [1] points at an expected source."""
    individual: list[float | None] = []
    rows = zip(expected_sources_list, cited_sources_list, answerable_list, abstained_list, strict=True)
    for expected, cited, answerable, abstained in rows:
        if not answerable or abstained:
            individual.append(None)
        else:
            individual.append(float(bool(cited) and cited[0] in expected))
    return _result(individual)


def refusal_precision(answerable_list: Sequence[bool], abstained_list: Sequence[bool]) -> dict:
    """Of the questions it refused, the share that should have been refused."""
    individual = [
        (None if not abstained else float(not answerable))
        for answerable, abstained in zip(answerable_list, abstained_list, strict=True)
    ]
    return _result(individual)


def refusal_recall(answerable_list: Sequence[bool], abstained_list: Sequence[bool]) -> dict:
    """Of the questions that should be refused, the share it refused."""
    individual = [
        (None if answerable else float(abstained)) for answerable, abstained in zip(answerable_list, abstained_list, strict=True)
    ]
    return _result(individual)


def latency_percentile(latencies_ms: Sequence[float], percentile: float) -> dict:
    """The given percentile (0-100) of the latencies, linearly interpolated between ranks."""
    if not 0 <= percentile <= 100:
        raise ValueError(f"percentile must be between 0 and 100, got {percentile}")
    values = sorted(latencies_ms)
    if not values:
        return {"score": 0.0, "individual_scores": [], "count": 0}
    position = (len(values) - 1) * percentile / 100
    low, high = math.floor(position), math.ceil(position)
    score = values[low] + (values[high] - values[low]) * (position - low)
    return {"score": score, "individual_scores": list(latencies_ms), "count": len(values)}
