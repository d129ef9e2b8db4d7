"""Metrics on small hand-made cases, each including a row that makes the metric fall below 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import metrics

REPO = Path(__file__).resolve().parent.parent
A, B, C = "a.txt", "b.txt", "c.txt"


def test_fact_matching_ignores_spaces_commas_and_case():
    groups = [["2만500", "20,500"], ["58%"]]
    assert metrics.fact_present(groups, "목표 2만 500개 중 58 %를 달성")
    assert metrics.fact_present(groups, "target 20500 jobs, 58% done")
    assert metrics.fact_present([["Rising Box"]], "라이징 박스(rising box)")


def test_fact_matching_needs_every_group():
    groups = [["2만500", "20,500"], ["58%"]]
    assert not metrics.fact_present(groups, "목표는 2만500개입니다")
    assert metrics.missing_fact_groups(groups, "목표는 2만500개입니다") == [["58%"]]
    assert not metrics.fact_present([], "anything")


def test_answer_accuracy_counts_only_answerable_rows_and_abstention_fails():
    facts = [[["58%"]], [["177명"]], [], [["27개"]]]
    answers = ["58%를 달성했습니다 [1]", "100명이 창업했습니다 [1]", "문서에 없습니다", "27개 기업 [1]"]
    answerable = [True, True, False, True]
    abstained = [False, False, True, True]
    result = metrics.answer_accuracy(facts, answers, answerable, abstained)
    assert result["individual_scores"] == [1.0, 0.0, None, 0.0]
    assert result["score"] == pytest.approx(1 / 3)
    assert result["count"] == 3


def test_recall_at_k_and_mrr():
    expected = [[A], [A, B], [C], []]
    ranked = [[B, A, A], [A, C, B], [A, B, B], [A]]
    at1 = metrics.recall_at_k(expected, ranked, 1)
    assert at1["individual_scores"] == [0.0, 0.5, 0.0, None]
    at3 = metrics.recall_at_k(expected, ranked, 3)
    assert at3["individual_scores"] == [1.0, 1.0, 0.0, None]
    assert at3["score"] == pytest.approx(2 / 3)
    result = metrics.mrr(expected, ranked)
    assert result["individual_scores"] == [0.5, 1.0, 0.0, None]
    assert result["score"] == pytest.approx(0.5)
    with pytest.raises(ValueError, match="k must be at least 1, got 0"):
        metrics.recall_at_k(expected, ranked, 0)


def test_citation_precision_and_first_citation():
    expected = [[A], [A, B], [A], [C], []]
    cited = [[A, A], [B, C], [], [C], []]
    answerable = [True, True, True, True, False]
    abstained = [False, False, False, True, True]
    precision = metrics.citation_precision(expected, cited, answerable, abstained)
    assert precision["individual_scores"] == [1.0, 0.5, 0.0, None, None]
    assert precision["score"] == pytest.approx(0.5)
    first = metrics.first_citation_accuracy(expected, cited, answerable, abstained)
    assert first["individual_scores"] == [1.0, 1.0, 0.0, None, None]
    assert first["score"] == pytest.approx(2 / 3)


def test_refusal_precision_and_recall_treat_refusing_as_positive():
    answerable = [False, False, False, True, True]
    abstained = [True, True, False, True, False]
    precision = metrics.refusal_precision(answerable, abstained)
    assert precision["individual_scores"] == [1.0, 1.0, None, 0.0, None]
    assert precision["score"] == pytest.approx(2 / 3)
    recall = metrics.refusal_recall(answerable, abstained)
    assert recall["individual_scores"] == [1.0, 1.0, 0.0, None, None]
    assert recall["score"] == pytest.approx(2 / 3)


def test_metric_with_no_counted_rows_scores_zero_with_count_zero():
    result = metrics.refusal_precision([True, True], [False, False])
    assert result == {"score": 0.0, "individual_scores": [None, None], "count": 0}


def test_latency_percentiles_interpolate():
    latencies = [10.0, 20.0, 30.0, 40.0, 1000.0]
    assert metrics.latency_percentile(latencies, 50)["score"] == 30.0
    assert metrics.latency_percentile(latencies, 95)["score"] == pytest.approx(808.0)
    assert metrics.latency_percentile([], 50)["count"] == 0
    with pytest.raises(ValueError, match="between 0 and 100, got 101"):
        metrics.latency_percentile(latencies, 101)


def _gold_rows() -> list[dict]:
    lines = (REPO / "evals" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_gold_set_rows_are_well_formed_and_cover_every_article():
    rows = _gold_rows()
    assert len({r["id"] for r in rows}) == len(rows) >= 90
    types = {"figure", "date", "place", "program", "eligibility", "comparison", "unanswerable"}
    for row in rows:
        assert row["type"] in types, row["id"]
        assert row["answerable"] == (row["type"] != "unanswerable"), row["id"]
        assert bool(row["sources"]) == row["answerable"] == bool(row["facts"]), row["id"]
        assert row["lang"] in ("ko", "en") and row["style"] in ("formal", "colloquial", "typo"), row["id"]
    articles = sorted(p.name for p in (REPO / "knowledge").glob("*.txt"))
    for article in articles:
        assert sum(article in r["sources"] for r in rows) >= 12, article
    assert sum(not r["answerable"] for r in rows) >= 18


def test_every_gold_fact_is_literally_in_its_sources():
    for row in _gold_rows():
        text = "\n".join((REPO / "knowledge" / s).read_text(encoding="utf-8") for s in row["sources"])
        assert not metrics.missing_fact_groups(row["facts"], text), row["id"]


def test_lists_of_different_lengths_are_an_error_not_silently_cut():
    with pytest.raises(ValueError):
        metrics.answer_accuracy([[["30명"]], [["2011"]]], ["30명을 뽑습니다"], [True, True])
    with pytest.raises(ValueError):
        metrics.mrr([[A], [B]], [[A, B]])
    with pytest.raises(ValueError):
        metrics.refusal_recall([True, False], [False])
