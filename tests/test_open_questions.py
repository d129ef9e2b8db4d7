"""An open question — what a program is or gives, whom it is for, what it is for, whether a case may join — is
answered from the program's own lines however unsure the meaning reader is of the question as a whole: a program's
page says what it is in its own words, so its closest lines answer (each cited). A question after a value a page may
simply not state (a sum, a charge, a date, how to apply) is still refused for that program when the reader is unsure.
The page is a real dev-policy page (../shared/data/youth-policies, 20250704005400110435)."""

import pytest

from assistant.answer.meaning import asks_open
from tests.conftest import assistant_over
from tests.dev_pages import GUMI_GROWTH

pytestmark = pytest.mark.slow  # builds a real index with line vectors

NCS_HIRING = """# NCS 기반 능력중심 채용


### 사업목적

- NCS 기반으로 분석한 직무의 상세 내용 및 직무능력 평가 기준을 바탕으로, 학벌 등 불필요한 스펙(Over-spec)이 아닌, 직무 수행 현장에서 원하는 직업능력, 즉 해당 직무에 맞는 스펙(On-spec)을 갖추었는지 평가하여 직무에 적합한 인재를 선발하는 채용 방식

### 신청자격

- 거주지역: 전국

### 지원사항

- (지원내용) 관계부처 합동으로 평등한 기회, 공정한 과정을 위한 블라인드 채용 추진방안(17.7월) 발표, 부문별 가이드라인 제공 및 공공/민간 컨설팅, 정보제공 등 지원
- (전달체계) 지방공기업(행정안전부), 공공기관(고용노동부.기획재정부), 공무원(인사혁신처) 등 역할분담을 통해 추진

### 문의처

- 주관기관: 고용노동부
- 운영기관: 한국산업인력공단
- 홈페이지: https://www.ncs.go.kr/index.do
"""
SOURCE = "ncs.md"
# 20240806005400200002 서울 캠퍼스타운 사업 (강서구): what it offers, a machine named with a digit among it
CAMPUS_TOWN = """# 서울 캠퍼스타운 사업


### 사업목적

- 대학의 인적,물적 자산을 활용하여 청년창업 및 지역의 활성화를 도모하는 사업

### 신청자격

- 연령: 만 19세 ~ 39세
- 거주지역: 서울특별시 강서구

### 지원사항

- 1. 메이커스페이스 조성(3D프린터 등)
- 2. 창업보육공간 운영
- 3. 단계별 창업 멘토링
- 4. 분야별 창업 교육 실시
- 5. 판로 및 매출 활성화 지원

### 신청방법

- 1. 분야별 신청기간 확인
- 2. 개별 참여기간 확인 후 캠퍼스타운사업단으로 참여신청

### 문의처

- 주관기관: 강서구청 일자리정책과
- 운영기관: 강서대학교
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {SOURCE: NCS_HIRING, "gumi.md": GUMI_GROWTH, "campus.md": CAMPUS_TOWN})[1]


def test_what_a_program_is_is_answered_from_its_own_lines(assistant):
    answer = assistant.ask("NCS 능력중심채용이 뭐예요? 스펙 대신 뭘 보는 건가요")
    assert not answer.abstained, answer.text
    assert "직무능력" in answer.text or "On-spec" in answer.text, answer.text
    assert answer.citations and answer.citations[0].source == SOURCE


def test_whether_a_case_is_met_is_answered_with_what_the_page_says_and_the_word_it_never_writes(assistant):
    answer = assistant.ask("NCS 기반 능력중심 채용 숙소도 제공되나요?")
    assert not answer.abstained, answer.text
    assert "문서에 '숙소'에 대한 내용은 명시되어 있지 않습니다" in answer.text, answer.text  # said unknown, not guessed
    assert answer.citations and answer.citations[0].source == SOURCE


@pytest.mark.parametrize("question, word", [
    ("NCS 기반 능력중심 채용 회사 다니면서 해도 돼요?", "회사"),  # 다니 is 다니다's stem, not a thing
    ("서울 캠퍼스타운 사업 사무실 제공돼요?", "사무실"),  # 제공 of 제공돼요 asks whether, the thing is 사무실
    ("서울 캠퍼스타운 사업 사무실 제공 돼요?", "사무실"),  # ... however it is spaced
])
def test_the_word_said_unknown_is_a_noun_the_question_asks_with_not_a_verb(assistant, question, word):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert answer.text.endswith(f"문서에 '{word}'에 대한 내용은 명시되어 있지 않습니다."), answer.text


@pytest.mark.parametrize("question", [
    "NCS 기반 능력중심 채용 참여하면 활동비 나와요?",  # money the page never names
    "NCS 기반 능력중심 채용 문의 전화번호 알려줘",  # a number the page never gives
    "NCS 기반 능력중심 채용으로 한 번에 몇 명 뽑아요?",  # a count it never gives
    "NCS 기반 능력중심 채용 한 달 80만원 맞아요?",  # a figure checked, which it never states
])
def test_a_value_the_page_does_not_state_is_still_refused_for_that_program(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained and answer.reason == "not_in_program", answer.text
    assert answer.text.startswith("NCS 기반 능력중심 채용 문서에는"), answer.text


def test_a_digit_written_into_a_name_is_no_figure_asked():
    assert asks_open("캠퍼스타운 3D프린터 써도 돼요?", "서울 캠퍼스타운 사업")  # names a machine
    assert not asks_open("캠퍼스타운 170cm 이상이어야 돼요?", "서울 캠퍼스타운 사업")  # a figure, in Latin units


@pytest.mark.parametrize("question", ["캠퍼스타운 3D프린터 써도 돼요?", "강서구 캠퍼스타운에서 3D프린터 같은 거 쓸 수 있어요?",
    "서울 캠퍼스타운 사업 3D프린터도 있나요?", "캠퍼스타운 창업공간에 3D프린터 있어?", "강서구에 대학이랑 같이 하는 창업 지원 3D프린터 쓸 수 있어요?"])
def test_whether_a_thing_is_offered_is_answered_by_the_line_naming_it_first(assistant, question):
    # "3D프린터" names a machine: the question asks what the program gives, and the line naming it says so, first
    # (not the reader's closest line, "2. 창업보육공간 운영")
    answer = assistant.ask(question)
    assert answer.text.startswith("서울 캠퍼스타운 사업 — 1. 메이커스페이스 조성(3D프린터 등)"), answer.text
    assert answer.citations and answer.citations[0].source == "campus.md"
