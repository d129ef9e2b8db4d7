"""The natural-question eval scores as the set's README says: facts for natural rows, a refusal *for that
program* for not_stated rows, any refusal for invented programs; and splits by a fixed hash of the id."""

import json

from evals.dataset import GoldRow
from evals.policy_natural import half_of, load_natural, natural_figures, natural_passed
from evals.runner import Outcome


def _outcome(kind: str, answer: str, abstained: bool, reason: str = "", facts=(("8시간",),), cited=("a.md",)) -> Outcome:
    row = GoldRow("x", "q", kind == "natural", ("a.md",) if kind != "natural_no_program" else (), facts if kind == "natural" else (),
                  kind)
    citations = [] if abstained else [{"source": s} for s in cited]
    return Outcome(row, {"answer": answer, "abstained": abstained, "citations": citations, "reason": reason}, (), 0.0, 0.0)


def test_not_stated_counts_only_when_refused_for_that_program():
    assert natural_passed(_outcome("natural_not_stated", "X 문서에는 그 내용이 없습니다", True, "not_in_program"))
    assert not natural_passed(_outcome("natural_not_stated", "제공된 문서에는 그 내용이 나와 있지 않습니다", True, "not_stated"))
    assert not natural_passed(_outcome("natural_not_stated", "다른 사업 30만원 [1]", False))


def test_natural_figures_count_facts_first_citation_and_lengths():
    outcomes = [_outcome("natural", "근무시간: 1일 8 시간 [1]", False), _outcome("natural", "근무기간: 2개월 [1]", False, cited=("b.md",)),
                _outcome("natural_no_program", "없는 사업입니다", True, "off_topic")]
    figures = natural_figures(outcomes)
    assert figures["natural_accuracy"] == 0.5 and figures["natural_first_citation"] == 0.5
    assert figures["natural_invented_refused"] == 1.0 and figures["natural_answer_chars_max"] == len("근무시간: 1일 8 시간 [1]")


def test_the_halves_come_from_a_hash_of_the_id_and_rows_outside_the_corpus_are_left_out(tmp_path):
    path = tmp_path / "q.jsonl"
    rows = [{"id": f"n{i}", "kind": "natural", "question": "q", "plcyNo": "1" if i % 3 else "9", "facts": [["a"]],
             "style": "typo", "asks": "amount"} for i in range(40)]
    rows.append({"id": "z1", "kind": "no_program", "question": "q", "plcyNo": None, "facts": [], "style": "formal", "asks": "other"})
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    truths = [{"plcyNo": "1", "source": "a.md", "region_names": ["서울특별시"], "form": "md"}]
    questions = load_natural(path, truths)
    assert len(questions) == sum(1 for r in rows[:40] if r["plcyNo"] == "1") + 1
    assert {q.split for q in questions} == {"tune", "held"}  # both halves occur among 27 ids
    assert all(q.split == half_of(q.row.id) for q in questions)
    assert all(q.kind == "amount" for q in questions if q.row.type == "natural")
