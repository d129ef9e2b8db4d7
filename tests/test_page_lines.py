"""A page's lines settle a question by their own form, however unsure the meaning reader is: the line of the round a
question names ("2기 근무기간"), the list item that is the asker's case ("통장사본도 필요해요?"), the line writing the
asker's case word ("건강관리에도 써져요?") or case phrase ("청년 소상공인도 …?"), the line naming a body's role as the question
does ("협력기관 어디에요?"), the section labelled with what is asked ("구비서류" for "신청 서류 뭐 필요해요?"), the field under the
part of the program named, the line of the asker's age bracket, the line extending the age limit for military service. The
pages are lines of real dev policies, as their documents write them."""

import pytest

from assistant.answer.fields import best_units, round_markers
from assistant.answer.meaning import LineChoice
from assistant.answer.page_lines import (
    age_exception_lines,
    case_word_line,
    in_age_bracket,
    listed_line,
    page_settling_line,
    role_line,
)
from assistant.documents.structure import read_units
from assistant.language.asking import asker_ages
from tests.conftest import assistant_over

INTERN_ROUNDS = """# 취업성공 디딤돌 청년인턴 사업

### 지원사항
- 근로기간: 5개월
- 모집시기
-   &middot; (1기) 채용공고: 1월 / 근무기간: 25.2월 ~ 6월
-   &middot; (2기) 채용공고: 6월 / 근무기간: 25.7월 ~ 11월
- 급여수준 : 일 92,000원 (25년 생활임금 11,500원 적용, 시급제)
"""

LOAN_DOCUMENTS = """지역 중소기업 취업청년 학자금 대출 상환지원
□ 제출 서류
① 신청서
② 주민등록등본, 가족관계증명서
③ 학자금대출 상환 확인서
⑥ 통장사본
⑦ 건강보험료 납부확인서
"""

PAGES = {
    "highschool-incentive.md": """# 고교 취업연계 장려금

□ 지원 내용
중소·중견 기업 재직기간에 따라 1인 500만원 분할 지급
- (1차) 사업기준일(2025.10.1.)로 부터 1년 이내 3개월 재직 시 200만원 지급
(2차) 사업기준일(2025.10.1.)로 부터 30개월 이내 추가 9개월(총 1년) 재직 시 300만원 추가 지급
□ 신청 방법
한국장학재단 홈페이지 또는 모바일 앱을 통해 회원가입 및 신청완료
""",
    "gangwon-vacant-shops.txt": """2025년 강원혁신도시 소외상권 활성화 지원(임차료 등) 사업 안내
1. 사업명
- 2025년 강원혁신도시 소외상권 활성화 지원(임차료 등) 사업
2. 사업목적
- 청년창업자 임차료 지원(마케팅, 컨설팅, 필수기자재 지원)
- 임차료 월 30만원(최대 12개월)
4. 지원사항
- 청년창업자들의 강원혁신도시 사업대상지 내 공실상가 임차 지원
- 창업을 준비중인 예비창업자
6. 접수기간
- 2025. 2. 28.(금) ~ 3. 21.(금)
9. 구비서류
- 세부사항 공고문 참조
10. 문의처
- 주관기관: 재단법인강원혁신도시발전지원센터
""",
}


@pytest.fixture(scope="module")
def programs(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, PAGES)[1]


# -- the lines themselves (no index) ----------------------------------------------------------------------


@pytest.mark.parametrize("question, title, rounds", [
    ("고교 취업연계 장려금 1차 2차 각각 얼마씩 받는 거예요?", "고교 취업연계 장려금", ["1차", "2차"]),
    ("인천 서구 디딤돌 청년인턴 2기 근무기간은 언제부터 언제까지예요?", "취업성공 디딤돌 청년인턴 사업", ["2기"]),
    ("경북 미래형 신산업기업 청년일자리 3년차 되면 인센티브 나오나요?", "미래형 신산업기업 청년일자리사업", []),  # a year, no round
    ("용인 희망드림일자리 1단계 하려는데 시급 얼마예요?", "2025년 1단계 희망드림일자리 참여자 모집 공고", []),  # the name's
    ("1년에 2차례 받을 수 있어요?", "청년 월세 지원", []),  # how often, no round
    ("4차 산업혁명 교육 수강료 얼마예요?", "청년 디지털 아카데미", []),  # an era's name, no round
])
def test_the_rounds_a_question_names_are_read_apart_from_the_programs_name(question, title, rounds):
    assert round_markers(question, title) == rounds


def test_the_line_of_the_round_asked_answers_not_the_first_rounds():
    units = read_units(INTERN_ROUNDS)
    found = best_units(units, ("period",), ["근무기간", "2기"])
    assert "(2기)" in found[0].unit.text and "25.7월 ~ 11월" in found[0].unit.text


def test_a_list_item_that_is_the_asked_thing_settles_whether_it_is_needed():
    units = read_units(LOAN_DOCUMENTS)
    assert listed_line(units, ["통장사본"]).text.strip() == "⑥ 통장사본"
    assert listed_line(units, ["가족관계증명서"]) is None  # written beside another document: not that item alone
    assert listed_line(units, ["신분증"]) is None  # a document the list never names


def test_the_best_line_writing_the_askers_case_word_is_found_among_the_readers_lines():
    lines = [LineChoice(u, {}) for u in read_units("○ 1인당 100만원 복지포인트 지원\n"
                                                   "○ 문화여가, 자기계발, 건강관리 3개 분야 사용 가능\n")]
    assert "건강관리" in case_word_line(lines, ["건강관리"], "부산청년 일하는 기쁨카드").text
    assert case_word_line(lines, ["복지포인트"], "복지포인트 지원") is None  # a word of the name names the program


def test_a_role_the_question_names_is_the_line_writing_it_when_no_field_is_labelled_so():
    lines = [LineChoice(u, {}) for u in read_units(
        "- 주관기관: 울산광역시 북구 경제일자리과 기업투자팀(052-241-7713)\n- 운영기관: 울산테크노파크(052-219-8500)\n"
        "□ 추진방법 : 위탁운영(울산테크노파크) / 협력기관(금향산업협동조합)\n")]
    assert "금향산업협동조합" in role_line(lines, "울산 북구 스타 비즈니스 센터 협력기관 어디에요?").text
    assert role_line(lines, "스타 비즈니스 센터 운영기관 어디에요?") is None  # labelled so: the field answers


def test_a_yes_no_question_is_settled_by_the_line_writing_the_askers_case_phrase():
    units = read_units("사업목적 | 청년 창업가 및 소상공인 등이 주도한 프리마켓 개최\n"
                       "지원사항 | ○ 도내 청년 창업가 및 청년 소상공인 ○ 지역 청년 창업가 교류 및 판로 확대 지원\n")
    question = "경남 청춘마켓은 창업가만 되나요? 청년 소상공인도 참여할 수 있어요?"
    assert page_settling_line(units, question, [], ["yes_no"], False).label == "지원사항"
    assert page_settling_line(units, question, [], ["eligibility"], False) is None  # no yes or no asked
    # a phrase of the program's name names the program: its title line settles nothing
    title = "청년 자격증 시험 응시료 지원 사업"
    page = read_units(f"{title}\n(국가공인민간자격증 x)\n")
    asked = "부산 서구 사는 24살인데 국가공인민간자격증 시험 응시료도 지원받을 수 있어요?"
    assert page_settling_line(page, asked, [], ["yes_no"], False, title) is None


ULSAN_PARTS = """□ 지원 내용
□ 전기자동차 정비실무인력 양성사업
- 내용 : 전기자동차 정비실무인력 양성사업을 통한 일자리 창출
- 사업기간 : 4월~8월 (일정변경 가능)
□ 자동차 시트제작 전문인력 양성사업
- 내용 : 자동차 시트제작 전문인력 양성을 통한 일자리 창출
- 사업기간 : 4월~6월, 6월~7월 (일정변경 가능)
"""


def test_the_field_under_the_part_of_the_program_a_question_names_answers():
    found = best_units(read_units(ULSAN_PARTS), ("duration", "period"), ["자동차", "시트", "제작", "전문", "인력", "양성"])
    assert "4월~6월" in found[0].unit.text
    contact = read_units(ULSAN_PARTS.replace("(일정변경 가능)\n□ 자동차", "(일정변경 가능)\n- 문의 : (사)울산산업기술인력양성협회(☎266-2171)\n□ 자동차")
                         + "- 문의 : (사)청산(☎903-4444)\n")
    found = best_units(contact, ("contact",), ["자동차", "시트", "제작", "인력", "양성"])
    assert "903-4444" in found[0].unit.text  # though the other part's line writes 인력양성


YONGIN_HOURS = """○ 근무시간
※  65세 미만자(1960. 1. 3.이후 출생자) : 주25시간(1일 5시간, 5일 근무)
※  65세 이상자(1960. 1. 2.이전 출생자) : 주15시간(1일 3시간, 5일 근무)
"""


def test_the_line_of_the_askers_age_bracket_stands_for_the_one_leaving_it_out():
    units = read_units(YONGIN_HOURS)
    ages = asker_ages("용인 희망드림일자리 1단계 하려는데 40대면 하루 몇 시간 일하고")
    assert ages == (40, 49)
    assert "1일 5시간" in in_age_bracket(units, [units[2]], ages)[0].text
    assert in_age_bracket(units, [units[2]], asker_ages("하루 몇 시간 일해요?")) == [units[2]]  # no age given


def test_a_decade_straddling_the_bracket_bound_keeps_the_line_shown():
    """"50대인데" may be 57: a "55세 미만자" line does not stand for the "55세 이상자" one, nor the other way."""
    units = read_units(YONGIN_HOURS.replace("65세", "55세"))
    ages = asker_ages("50대인데 하루 몇 시간 일해요?")
    assert in_age_bracket(units, [units[2]], ages) == [units[2]]
    assert in_age_bracket(units, [units[1]], ages) == [units[1]]
    assert "1일 5시간" in in_age_bracket(units, [units[2]], asker_ages("40대면 하루 몇 시간"))[0].text


CAMPUS_TOWN_AGES = """- 연령: 만 19세 이상 39세 이하
- 연령기준 : 19세 이상~39세 이하
※ 의무복무 제대군인은「제대군인 지원에 관한 법률 시행령」제19조에 따라
-         연령 상한 연장 적용
- 지원대상 : 예비 및 초기 청년 창업자
"""


def test_a_line_extending_another_period_is_no_exception_to_the_age_limit():
    units = read_units("- 연령: 만 19세 이상 39세 이하\n※ 병역의무 이행자\n- 군 복무로 인한 휴직 시 지원기간 연장\n")
    lines = age_exception_lines(units, "군대 다녀왔으면 39살 넘어도 신청 가능해요?", "청년 월세 지원")
    assert all("지원기간 연장" not in u.text for u in lines), [u.text for u in lines]


def test_an_exception_to_the_age_limit_asked_is_the_line_naming_it_and_what_it_does():
    units = read_units(CAMPUS_TOWN_AGES)
    title = "캠퍼스타운 혁신 및 청년희망·지역경제 활성화 안내"
    lines = age_exception_lines(units, "서울 캠퍼스타운 창업 지원 군대 다녀왔으면 39살 넘어도 신청 가능해요?", title)
    assert [u.text.strip() for u in lines] == ["※ 의무복무 제대군인은「제대군인 지원에 관한 법률 시행령」제19조에 따라",
                                               "-         연령 상한 연장 적용"]
    assert age_exception_lines(units, "캠퍼스타운 창업 지원 40살도 신청 가능해요?", title) == []  # no exception asked
    # a word of the program's name names the program, not an exception to its age limit
    assert age_exception_lines(read_units("# 병역진로설계 안내\n- 연령: 만 18세 ~ 29세\n"), "병역진로설계 몇 살까지 돼요?",
                               "병역진로설계 안내") == []
    # a line naming military service for another thing says nothing of the age limit
    assert age_exception_lines(read_units("- 연령: 만 18세 ~ 29세\n- (병역진로상담) 1:1 상담\n"),
                               "입대 예정인 20살인데 1:1 상담도 해줘요?", "병역진로설계 안내") == []


# -- answers (one index) ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_each_round_named_gets_its_own_line(programs):
    answer = programs.ask("고교 취업연계 장려금 1차 2차 각각 얼마씩 받는 거예요?")
    assert not answer.abstained and "200만원" in answer.text and "300만원" in answer.text, answer.text


@pytest.mark.slow
def test_a_section_labelled_with_the_asked_kind_answers_however_unsure_the_reader(programs):
    answer = programs.ask("강원혁신도시 공실상가에서 창업 준비 중인데 소외상권 임차료 지원 신청 서류 뭐 필요해요?")
    assert not answer.abstained and "공고문 참조" in answer.text, answer.text
    assert answer.text.index("공고문 참조") < answer.text.index("[1]")  # the 구비서류 line leads
