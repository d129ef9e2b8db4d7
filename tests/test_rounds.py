"""Rounds of one program that state a fact otherwise are given together, each cited and dated by its own number."""

from assistant.answer.variants import with_rounds
from assistant.types import Answer, Citation


def _cited(number: int, source: str) -> Citation:
    return Citation(number, source, source, "", "", "2025-01-01", "제목", 1.0)


def test_an_older_round_s_answer_and_its_date_note_follow_renumbered_and_a_refused_round_adds_nothing():
    latest = Answer("q", "2차 — 5만원 [1]", False, (_cited(1, "second.md"),), ("[1] 2025년 1월 공고 기준.",))
    older = Answer("q", "1차 — 3만원 [1]", False, (_cited(1, "first.md"),), ("[1] 2024년 1월 공고 기준.",))
    refused = Answer("q", "0차 문서에는 지원 금액 내용이 없습니다 [1].", True, (_cited(1, "zero.md"),),
                     ("[1] 2023년 1월 공고 기준.",), reason="not_in_program")
    both = with_rounds(latest, [refused, older])
    assert both.text == "2차 — 5만원 [1] / 1차 — 3만원 [2]"
    assert [c.source for c in both.citations] == ["second.md", "first.md"]
    assert both.notes == ("[1] 2025년 1월 공고 기준.", "[2] 2024년 1월 공고 기준.")
