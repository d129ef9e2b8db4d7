"""A two-part question about a named program gets each part its page states, each cited; a part the page
does not state is named as missing beside the part it does state (an answer, not a refusal); a question
none of whose parts the page states stays refused for that program."""

import re

import pytest

from assistant.answer.parts import joined_parts
from assistant.types import Answer, Citation
from tests.conftest import assistant_over

# laid out as the program pages are: a "󰏅 label : value" summary, then one heading per field
YEONGJU = """# 영주청년 예비창업가 육성사업


### 사업목적

- 영주시 내 예비 또는 1년이내 초기 청년창업가 대상 창업활동비 지원

### 신청자격

- 연령: 만 19~39세
- 거주지역: 경상북도 영주시 거주자

### 지원사항

󰏅 사업목적 : 참신한 아이디어와 기술력을 가진 청년의 창업 활동 지원
  󰏅 사업대상 : 19세 ~ 39세 이하의 영주시민 / 1년 미만 사업가 지원
  󰏅 사업규모 : 3명
  󰏅 지원내용 : 1인당 사업비 15백만원 및 창업 교육․멘토링 서비스 제공
  󰏅 사 업 비 : 45백만원(도비 13, 시비 32)

### 모집인원

- 3명

### 접수방법

- 창업보육센터 내 공고문 참고
- (담당자 메일로 신청서류 제출)

### 선발방법

- 제출서류 적격여부 검토 후 대면심사
"""


@pytest.fixture(scope="module")
def yeongju(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"yeongju-founders.md": YEONGJU})[1]


@pytest.mark.slow
def test_both_parts_stated_are_both_answered_each_cited(yeongju):
    answer = yeongju.ask("영주 청년 예비창업가 육성사업은 1인당 사업비가 얼마이고 몇 명 선발하나요?")
    assert not answer.abstained, answer.text
    for fact in ("15백만원", "3명"):  # each part's line is followed by its citation mark
        assert re.search(fact + r"[^\[]*\[\d\]", answer.text), answer.text
    cited = " ".join(c.snippet for c in answer.citations)
    assert "15백만원" in cited and "3명" in cited


@pytest.mark.slow
def test_a_part_the_page_does_not_state_is_named_beside_the_part_it_does(yeongju):
    answer = yeongju.ask("영주 청년 예비창업가 육성사업은 1인당 사업비가 얼마이고 사무실은 어디에 있어요?")
    assert not answer.abstained and answer.reason == "", answer.text  # a cited fact is no abstention
    assert re.search(r"15백만원[^\[]*\[1\]", answer.text), answer.text
    assert answer.text.endswith(" 문서에는 사무실 내용이 없습니다."), answer.text  # the word it asks, never used
    assert "15백만원" in answer.citations[0].snippet


@pytest.mark.slow
def test_a_question_none_of_whose_parts_the_page_states_is_refused_for_that_program(yeongju):
    answer = yeongju.ask("영주 청년 예비창업가 육성사업 교육은 몇 주 동안 하고 교육 장소는 어디예요?")
    assert answer.abstained and answer.reason == "not_in_program", answer.text
    assert not answer.citations


def _answer(text: str, snippet: str, source: str = "page.md") -> Answer:
    citation = Citation(1, source, "영주청년 예비창업가 육성사업", "경상북도 영주시", "영주시", "2025-04-01", snippet, 1.0)
    return Answer("q", text, False, (citation,), ("2025년 사업 안내 기준.",))


def test_joined_parts_number_the_second_parts_citations_after_the_first():
    title = "영주청년 예비창업가 육성사업"
    first = _answer(f"{title} — 지원내용 : 1인당 사업비 15백만원 [1]", "지원내용 : 1인당 사업비 15백만원")
    second = _answer(f"{title} — 모집인원 3명 [1]", "모집인원 3명")
    answer = joined_parts("q", title, [first, second], [], "ko")
    assert answer.text == f"{title} — 지원내용 : 1인당 사업비 15백만원 [1] 모집인원 3명 [2]"
    assert [c.number for c in answer.citations] == [1, 2]
    assert answer.notes == ("2025년 사업 안내 기준.",)  # the same source's note once


def test_joined_parts_name_what_the_page_does_not_state():
    title = "영주청년 예비창업가 육성사업"
    first = _answer(f"{title} — 지원내용 : 1인당 사업비 15백만원 [1]", "지원내용 : 1인당 사업비 15백만원")
    answer = joined_parts("q", title, [first], ["기간"], "ko")
    assert answer.text.endswith("[1] 문서에는 기간 내용이 없습니다.")
    assert not answer.abstained and len(answer.citations) == 1


def test_joined_parts_quote_a_line_answering_both_parts_once():
    title = "청년 식품 창업 지원"
    line = "초기 사업비 일부 지원(지원금 100만 원 + 자부담금 50만 원)"
    answer = joined_parts("q", title, [_answer(f"{title} — {line} [1]", line), _answer(f"{title} — {line} [1]", line)],
                          [], "ko")
    assert answer.text == f"{title} — {line} [1]" and len(answer.citations) == 1


# a notice whose fields are spaced to align ("기    간"), its length under the bare label 기간
GWANGJU_INTERN = """「2025 광주시 국제기구 청년인턴 프로그램」 참가자 모집 공고

□ 지원대상
 ㅇ 연령: 30세 미만
 ㅇ 거주지역: 광주광역시 거주자
 ㅇ 가. 파견기구 : 아시아문화협력기구(태국 방콕 사무국)
 ㅇ   나. 기    간 : 2025. 7월 ∼ 2025. 8월(6주)
 ㅇ   다. 인    원 : 3명
 ㅇ   마. 지원내역 : 1인 6,000천원 한도(항공료, 체재비, 보험료 등)

□ 신청기간
 ㅇ 2025년 4월 7일 ~ 2025년 4월 11일
"""


@pytest.fixture(scope="module")
def gwangju(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"gwangju-intern.txt": GWANGJU_INTERN})[1]


@pytest.mark.slow
@pytest.mark.parametrize("question", ["광주시 국제기구 청년인턴 어디로 파견 가고 기간은 몇 주예요?",
                                      "광주시 국제기구 청년인턴 기간은 몇 주예요?"])
def test_a_length_under_the_bare_label_kigan_answers_how_long(gwangju, question):
    # "기간" is the last, most generic name of a duration label: it still names one
    answer = gwangju.ask(question)
    assert not answer.abstained and re.search(r"6주\)[^\[]*\[\d\]", answer.text), answer.text
    assert "2025년 4월 7일" not in answer.text  # the application period says when to apply, not how long
