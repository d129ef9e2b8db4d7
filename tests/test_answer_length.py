"""Answers stay answers: a long labelled row or section is not quoted whole. An answer over the limit is cut after
its last cited quote that fits, every [n] left in it still points at its passage, and no citation is listed that
the text no longer shows; refusals are never cut."""

import re

import pytest

from assistant.answer.length import MAX_ANSWER_CHARS, within_length
from assistant.types import Answer, Chunk, Citation, DocumentMeta, Hit
from tests.conftest import assistant_over

# the 구직급여 record's 지원내용 (dev policies), as the portal writes it: one row holding a page of sub-items
SUPPORT = ("* 1일 구직급여 지급액 1일 구직급여 지급액은 퇴직 전 3개월간의 1일 평균임금의 60퍼센트 상한액은 1일 66,000원 "
           "하한액은 1일 구직급여 수급액이 최저임금일액의 80퍼센트 미만인 경우에는 최저임금일액의 80퍼센트로 계산(1일 평균 "
           "소정근로시간이 8시간인 경우 2025.1.1. 이후 이직한 사람은 64,192원, 2024.1.1. 이후는 63,104원, 2023.1.1. 이후는 "
           "61,568원) (이직일이 2019.10.1 이전은 1일 구직급여 수급액이 최저임금일액의 90퍼센트 미만인 경우에는 최저임금일액의 "
           "90퍼센트로 계산) 최저 구직급여일액은 가입종료일을 기준으로 해당연도 최저임금일액으로 계산 * 자영업자의 경우 구직급여, "
           "직업능력개발수당, 광역구직활동비, 이주비는 적용되나, 연장급여, 조기재취업수당 등은 적용되지 않음 * 예상지급일 수 "
           "예상지급일 수는 퇴직 당시 연령 과 고용보험 가입기간에 따라 최소 120일에서 최대 270일까지로 계산 됩니다. "
           "실업인정 차수별 재취업활동 횟수와 범위를 달리하고, 수급자별 특성에 맞게 차별하여 적용 "
           "고용보험 근로자가 실직하여 재취업 활동을 하는 기간에 소정의 급여를 지급함으로써 실업으로 인한 생계불안을 극복하고 "
           "생활의 안정을 도와주며 재취업의 기회를 지원해주는 제도")
PAGE = f"""# 구직급여

- 주관기관: 고용노동부
- 지원내용: {SUPPORT}
- 신청방법: 실업(고용보험 피보험자격 상실) > 고용24 구직등록 > 거주지 관할 고용센터 방문 > 수급자격인정신청 > 구직급여신청
- 선정방법: 관할 고용센터 심사 후 발표
"""


def _answer(parts: list[str]) -> Answer:
    """An answer quoting each part as its own cited passage, "part [n]" in turn."""
    citations = []
    for n, part in enumerate(parts, start=1):
        chunk = Chunk(f"jobseeker:{n}", "jobseeker", n, part, 0, len(part), "구직급여.md", DocumentMeta(title="구직급여"))
        citations.append(Citation.quote(n, Hit(chunk, 1.0), part))
    text = "구직급여 — " + " ".join(f"{p} [{n}]" for n, p in enumerate(parts, start=1))
    return Answer("실업급여 하루 최대 얼마까지 받을 수 있어요?", text, False, tuple(citations), program="구직급여.md")


def _marks(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\[(\d+)\]", text)}


def test_a_long_answer_is_cut_after_the_last_cited_quote_that_fits():
    halves = [SUPPORT[:300], SUPPORT[300:], "관할 고용센터 심사 후 발표"]  # the three together are too long
    cut = within_length(_answer(halves))
    assert len(cut.text) <= MAX_ANSWER_CHARS
    assert cut.text.endswith("[1] …")  # the first quote whole, and a sign that more follows in the source
    assert _marks(cut.text) == {c.number for c in cut.citations} == {1}


def test_one_quote_longer_than_the_limit_keeps_its_start_and_its_citation():
    cut = within_length(_answer([SUPPORT + " " + SUPPORT]))
    assert len(cut.text) <= MAX_ANSWER_CHARS
    assert "1일 평균임금의 60퍼센트" in cut.text and cut.text.endswith("… [1]")
    assert [c.number for c in cut.citations] == [1]


def test_a_short_answer_and_a_refusal_are_left_whole():
    short = _answer(["상한액은 1일 66,000원"])
    assert within_length(short) is short
    refusal = Answer("q", "가" * (MAX_ANSWER_CHARS + 50), True, reason="not_in_program")
    assert within_length(refusal) is refusal


@pytest.mark.slow
def test_a_row_holding_a_page_of_sub_items_is_not_quoted_whole(tmp_path_factory, analyzer, embedder):
    _, assistant = assistant_over(tmp_path_factory, analyzer, embedder, {"구직급여.md": PAGE})
    answer = assistant.ask("실업급여 하루 최대 얼마까지 받을 수 있어요?")
    assert not answer.abstained
    assert len(answer.text) <= MAX_ANSWER_CHARS
    assert "60퍼센트" in answer.text
    assert _marks(answer.text) == {c.number for c in answer.citations}


def test_a_list_of_programs_is_left_whole():
    # the finder's list of ten programs a person can apply for, each a line with its citations, is no quoted page
    line = "• 청년취업박람회 — 우수한 지역 중견‧중소기업과 청년 간 만남의 장을 제공하여 상호 간 이해도 제고… (2025년 기준 — 올해 운영 여부 확인)"
    lines = [f"{line} [{2 * n - 1}] [{2 * n}]" for n in range(1, 11)]
    listed = Answer("충주에 사는 27살 미취업인데 신청할 수 있는 사업 뭐 있어요?", "\n".join(lines), False, generator="finder")
    assert len(listed.text) > MAX_ANSWER_CHARS
    assert within_length(listed) is listed
