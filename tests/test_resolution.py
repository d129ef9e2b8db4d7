"""Finding the program a question means: Latin initials read aloud in hangul, the round a question writes."""

import pytest

from assistant.index.titles import Program, ProgramTitles

pytestmark = pytest.mark.slow  # builds a real index

ROUND_TWO = """# 제2차 경기도 청년 면접수당

- 지역: 경기도
- 지원내용: 면접 1회당 5만원, 지역화폐로 지급
- 신청기간: 2025.05.01 ~ 2025.05.31
"""

ROUND_THREE = """# 2024년 3차 경기도 청년면접수당 모집

- 지역: 경기도
- 지원내용: 면접 1회당 7만원, 지역화폐로 지급
- 신청기간: 2024.09.01 ~ 2024.09.30
"""


def test_latin_initials_are_named_as_read_aloud():
    """Two names alike but for their initials, and a name that is mostly its initials."""
    titles = ProgramTitles(programs=[
        Program("a", "경남 CKL 창업 아카데미", "경상남도", "a.md", (0,), "경남"),
        Program("b", "경남 BTS 창업 아카데미", "경상남도", "b.md", (1,), "경남"),
        Program("c", "NCS 특강", "전국", "c.md", (2,), ""),
        Program("d", "청년 직무역량 특강", "전국", "d.md", (3,), ""),
    ])
    assert [p.source for p in titles.match("경남 씨케이엘 창업 아카데미 신청 언제?")] == ["a.md"]
    assert [p.source for p in titles.match("엔씨에스 특강 몇 명?")] == ["c.md"]
    assert [p.source for p in titles.match("NCS 특강 몇 명?")] == ["c.md"]  # as written, too


@pytest.fixture(scope="module")
def rounds(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"round-two.md": ROUND_TWO, "round-three.md": ROUND_THREE})[1]


def test_the_round_a_question_writes_is_the_one_answered(rounds):
    second = rounds.ask("경기도 청년 면접수당 2차, 면접 한 번에 얼마예요?")
    assert second.citations and second.citations[0].source == "round-two.md"
    assert "5만원" in second.text
    third = rounds.ask("2024년 경기도 청년 면접수당 면접 한 번에 얼마예요?")
    assert third.citations and third.citations[0].source == "round-three.md"
    assert "7만원" in third.text
