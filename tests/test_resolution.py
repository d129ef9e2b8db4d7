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


SUIT_LOAN = """# 청년 면접정장 무료 대여

- 지역: 경상남도
- 지원대상: 도내 거주 만 18세 ~ 39세 구직 청년
- 지원내용: 면접용 정장 무료 대여 (연 3회)
- 신청방법: 정장 대여점 방문 예약
"""

PROVINCE_SUIT_LOAN = """# 경상남도 청년 면접정장 무료대여

- 지역: 경상남도
- 지원대상: 경상남도 거주 만 18세 ~ 39세 취업준비 청년
- 지원내용: 면접 정장 및 구두 대여 (1회 3박 4일)
- 유의사항: 대학원 입시 면접, 아르바이트 면접은 대여 불가
"""


@pytest.fixture(scope="module")
def suits(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"suit-loan.md": SUIT_LOAN, "province-suit-loan.md": PROVINCE_SUIT_LOAN})[1]


def test_a_name_held_whole_yields_to_the_program_whose_longer_name_the_question_holds(suits):
    """"경남 … 면접정장 무료대여" holds all of the one title and more of the other's (경상남도 written 경남 aside):
    search reads the question and ranks the second first, so it is the program meant."""
    answer = suits.ask("경남 청년 면접정장 무료대여, 대학원 입시 면접 때도 빌릴 수 있어요?")
    assert answer.citations and answer.citations[0].source == "province-suit-loan.md"
    assert "대여 불가" in answer.text
    # and the first one is still found when its name is what the question holds
    plain = suits.ask("청년 면접정장 무료 대여 신청방법 알려주세요")
    assert plain.citations and plain.citations[0].source == "suit-loan.md"


SEOGWIPO_FEE = """# 청년 자격증 응시료 지원

- 지역: 제주특별자치도 서귀포시
- 지원대상: 서귀포시 거주 만 18세 ~ 39세 미취업 청년
- 지원금액: 1인당 연 최대 20만원
"""

SAMCHEOK_FEE = """# 청년 자격증 응시료 지원

- 지역: 강원특별자치도 삼척시
- 지원대상: 삼척시 거주 만 19세 ~ 39세 미취업 청년
- 지원금액: 1인당 최대 5만원
"""


@pytest.fixture(scope="module")
def fees(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"seogwipo-fee.md": SEOGWIPO_FEE, "samcheok-fee.md": SAMCHEOK_FEE})[1]


def test_a_misspelt_place_still_picks_its_own_program_among_same_named_ones(fees):
    answer = fees.ask("서귀표 청년 자격증 응시료 지원 얼마까지 받아요?")
    assert not answer.choices and answer.citations[0].source == "seogwipo-fee.md"
    assert "20만원" in answer.text
    other = fees.ask("삼척 청년 자격증 응시료 지원 얼마까지 받아요?")
    assert not other.choices and other.citations[0].source == "samcheok-fee.md"


GWANGJU_NAMGU_FEE = """# 청년 자격증 응시료 지원

- 지역: 광주광역시 남구
- 지원대상: 광주광역시 남구 거주 만 18세 ~ 39세 청년
- 지원금액: 1인당 연 최대 15만원
"""

DAEGU_NAMGU_FEE = """# 청년 자격증 응시료 지원

- 지역: 대구광역시 남구
- 지원대상: 대구광역시 남구 거주 만 19세 ~ 34세 청년
- 지원금액: 1인당 최대 10만원
"""


@pytest.fixture(scope="module")
def district_fees(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"gwangju-namgu-fee.md": GWANGJU_NAMGU_FEE, "daegu-namgu-fee.md": DAEGU_NAMGU_FEE})[1]


def test_a_two_syllable_city_misspelt_before_its_district_picks_that_citys_program(district_fees):
    """"광쭈" is too short to read alone (a slip there makes another word); the 남구 after it settles that 광주 is
    meant, and of the two 남구 programs the answer is 광주's."""
    answer = district_fees.ask("광쭈 남구 청년 자격증 응시료 지원 얼마까지 받아요?")
    assert not answer.choices and answer.citations[0].source == "gwangju-namgu-fee.md"
    assert "15만원" in answer.text
    # spelt right, the same: of two programs of one name, the one whose place holds both places asked
    right = district_fees.ask("광주 남구 청년 자격증 응시료 지원 얼마까지 받아요?")
    assert not right.choices and right.citations[0].source == "gwangju-namgu-fee.md"
    # a district alone that both hold still asks which
    assert district_fees.ask("남구 청년 자격증 응시료 지원 얼마까지 받아요?").choices


def test_no_program_can_outname_one_whose_name_the_question_holds_more_than_any_other():
    """The bound `heaviest_named_weight` gives is every program's own: a question holding one name whole and
    nothing of another's leaves the other nothing to outname it with, so resolution need not search."""
    titles = ProgramTitles(programs=[
        Program("a", "청년 면접정장 무료 대여", "경상남도", "a.md", (0,), "경남"),
        Program("b", "경상남도 청년 면접정장 무료대여", "경상남도", "b.md", (1,), "경남"),
        Program("c", "NCS 특강", "전국", "c.md", (2,), ""),
    ])
    for question in ("경남 청년 면접정장 무료대여 몇 번 빌려요?", "엔씨에스 특강 몇 명?", "청년 면접정장 며칠 빌려요?",
                     "오늘 날씨 어때요?"):
        weights = [titles.named_weight(question, p.source) for p in titles.programs]
        assert titles.heaviest_named_weight(question) == pytest.approx(max(weights))


# Real dev-policy titles (온통청년, 2025): the programs a named-in-part question is told apart from
DEV_TITLES = [
    ("중소기업 정규직 프로젝트(구미시)", "경상북도 구미시"), ("청년성장 프로젝트", "경상북도 구미시"),
    ("2025년 청년 면접정장 무료대여사업", "경상남도 창원시"), ("미래형 신산업기업 청년일자리사업", "경상북도"),
    ("청년창업기업 보증", "전국"), ("완도군 청년 자격증 응시료 지원사업", "전라남도 완도군"),
    ("서귀포시 스타트업베이 운영", "제주특별자치도 서귀포시"), ("강원 로컬벤처기업 육성", "강원특별자치도"),
    ("강진군 청년 창업 지원사업", "전라남도 강진군"), ("NCS 기반 능력중심 채용", "전국"),
    ("취업성공 디딤돌 청년인턴 사업", "전국"), ("대학일자리플러스센터 지원사업", "전국"),
    ("강진품애 청년 일자리장려금 지원사업", "전라남도 강진군"), ("직장적응 지원", "경상남도"),
    ("청년식품 창업성장 지원", "전국"), ("2025년 청년도전지원사업", "경상북도 구미시"), ("익산형 근로청년수당", "전북특별자치도 익산시"),
    ("청년창업지원센터 운영", "경상북도 구미시"), ("조기재취업수당", "전국"), ("2025년 청년 희망이음 일자리 지원사업", "경상북도 구미시"),
]


@pytest.fixture(scope="module")
def dev_programs():
    from types import SimpleNamespace

    from assistant.language.regions import PROVINCE_SHORT

    def place_text(title, place):  # as an ingest writes it: title and place, compact, with the province's short name
        head = f"{title} {place} " + " ".join(short for long, short in PROVINCE_SHORT.items() if long in place)
        return head.replace(" ", "")

    programs = [Program(f"d{i}", title, place, f"d{i}.md", (i,), place_text(title, place))
                for i, (title, place) in enumerate(DEV_TITLES)]
    # words every program page has
    pages = [SimpleNamespace(text=f"{title} {place} 청년 일자리 지원 신청") for title, place in DEV_TITLES]
    return SimpleNamespace(titles=ProgramTitles(programs=programs), chunks=pages, named=lambda question: [],
                           unstated_detail=lambda question, program: "")


def _first_found(*document_ids):
    """search() as it returns when it ranks those documents' passages first, in that order."""
    from types import SimpleNamespace

    return lambda: [SimpleNamespace(chunk=SimpleNamespace(document_id=d), score=1.0) for d in document_ids]


@pytest.mark.parametrize("question, document_id", [
    ("구미 정규직 누가 신청할 수 있어요?", "d0"),  # 중소기업 정규직 프로젝트(구미시)
    ("지금 38살이고 일 안 하는데 경북 신산업기업 해당되나요?", "d3"),  # 미래형 신산업기업 청년일자리사업
])
def test_a_program_search_finds_whose_name_the_question_holds_in_part_is_named_in_its_refusal(
        dev_programs, analyzer, question, document_id):
    """Too short a part for the title match alone, but the page search ranks first: the program is named in part,
    so when its document does not answer, the refusal names it rather than naming no program."""
    from assistant.answer.conversation import Conversation
    from assistant.answer.resolution import resolve
    from assistant.language.questions import analyze

    asked = analyze(question, analyzer)
    assert dev_programs.titles.match(asked.text, asked.places) == []  # the title match alone does not find it
    found = resolve(asked, dev_programs, Conversation(), _first_found(document_id))
    assert found is not None and [p.document_id for p in found.programs] == [document_id]
    assert found.in_part


def test_a_program_search_finds_by_words_any_title_has_stays_described(dev_programs, analyzer):
    """"구미 청년 일자리 …" writes only words many titles hold: the page search ranks first is still only
    described, answered from its passages that hold the question's words."""
    from assistant.answer.conversation import Conversation
    from assistant.answer.resolution import resolve
    from assistant.language.questions import analyze

    asked = analyze("구미 청년 일자리 누가 신청할 수 있어요?", analyzer)
    found = resolve(asked, dev_programs, Conversation(), _first_found("d19"))
    assert found is not None and found.described and not found.in_part


def test_words_every_page_has_describe_no_program_surely(dev_programs, analyzer):
    """"구미 청년 일자리" is on every page search ranks high: found, but not sure, so a refusal from its page gives way
    to the answer for a question naming no program."""
    from assistant.answer.conversation import Conversation
    from assistant.answer.resolution import resolve
    from assistant.language.questions import analyze

    asked = analyze("구미 청년 일자리 누가 신청할 수 있어요?", analyzer)
    found = resolve(asked, dev_programs, Conversation(), _first_found("d19", "d15"))
    assert found is not None and found.described and not found.sure


def _paged(pages):
    """A generation of program pages (title, place, text), as resolution reads them."""
    from types import SimpleNamespace

    from assistant.language.regions import PROVINCE_SHORT

    def place_text(title, place):
        shorts = " ".join(s for long, s in PROVINCE_SHORT.items() if long in place)
        return f"{title} {place} {shorts}".replace(" ", "")

    rows = [(t, p, x) for t, p in DEV_TITLES for x in [f"{t} {p} 청년 일자리 지원 신청"]] + list(pages)
    programs = [Program(f"d{i}", t, p, f"d{i}.md", (i,), place_text(t, p)) for i, (t, p, _) in enumerate(rows)]
    return SimpleNamespace(titles=ProgramTitles(programs=programs), chunks=[SimpleNamespace(text=x) for *_, x in rows],
                           named=lambda question: [], unstated_detail=lambda question, program: ""), \
        [f"d{len(DEV_TITLES) + i}" for i in range(len(pages))]


def _resolved(analyzer, programs, question, *ranked):
    from assistant.answer.conversation import Conversation
    from assistant.answer.resolution import resolve
    from assistant.language.questions import analyze

    return resolve(analyze(question, analyzer), programs, Conversation(), _first_found(*ranked))


def test_a_name_held_only_in_part_yields_to_the_program_the_question_describes_clearly(analyzer):
    """"울산 중구 …" holds a part of one title (its place), but every word said of the program (남자 재킷, 스커트) is
    on another page of 울산 중구 alone: that program is meant, and resolution is sure of it."""
    programs, (challenge, suits) = _paged([
        ("울산 중구 2025년 청년도전지원사업 (중기)", "울산광역시 중구", "구직단념 청년에게 도전 프로그램과 참여수당을 지원합니다"),
        ("디딤돌 옷드림", "울산광역시 중구", "면접 정장 무료 대여: 남자 재킷, 바지, 셔츠, 여자 재킷, 스커트. 1인 연 3회"),
    ])
    question = "울산 중구 남자 재킷 스커트 빌려주는 거 몇 번까지 돼요?"
    assert [p.document_id for p in programs.titles.match(question, ("울산", "중구"))] == [challenge]  # the weak name match
    found = _resolved(analyzer, programs, question, suits, challenge)
    assert [p.document_id for p in found.programs] == [suits] and found.described and found.sure


def test_a_long_noun_is_on_a_page_only_where_the_page_writes_it_whole(analyzer):
    """"직업상담사" is not on a page saying only "전문직업상담사": the page where 직업상담사 come to people is the one
    described, though search ranks the other first."""
    programs, (center, visits) = _paged([
        ("세종 청년 취업 지원", "세종특별자치시", "전문직업상담사 배치, 취업 상담 및 이력서 첨삭"),
        ("찾아가는 청년 일자리 상담", "세종특별자치시", "직업상담사가 대학과 마을로 찾아가 1:1 취업 상담"),
    ])
    found = _resolved(analyzer, programs, "세종에서 직업상담사가 찾아와서 1:1 상담해주는 거 언제 해요?", center, visits)
    assert [p.document_id for p in found.programs] == [visits] and found.sure


def test_an_invented_program_whose_words_lie_apart_on_a_page_is_not_described_clearly(analyzer):
    """"청년도약계좌" is written whole: a page holding 청년, 계좌 and 가입 apart is not surely that program."""
    programs, (fee,) = _paged([
        ("미취업 청년 자격증 응시료 지원", "전국", "고용보험 미가입 청년, 응시료를 본인 계좌로 지급"),
    ])
    found = _resolved(analyzer, programs, "청년도약계좌 가입 조건이 뭐예요?", fee)
    assert found is None or not found.sure


def test_the_place_a_person_lives_in_is_not_where_the_program_they_ask_about_runs(analyzer):
    """"의정부 사는데 서울 …": a program of 의정부 whose name the question holds more of does not outname 서울's."""
    from assistant.answer.resolution import _outnamed
    from assistant.language.questions import analyze, home_place

    programs, (seoul, home) = _paged([
        ("청년 면접정장 무료 대여", "서울특별시", "면접 정장 무료 대여, 연 3회"),
        ("청년 면접정장 무료대여 옷장", "경기도 의정부시", "면접 정장 무료 대여, 연 5회"),
    ])
    asked = analyze("의정부 사는데 서울 청년 면접정장 무료대여 옷장 몇 번 빌려요?", analyzer)
    named = [programs.titles.at(f"{seoul}.md")]
    assert home_place(asked) == "의정부"
    assert [p.document_id for p in _outnamed(asked, programs.titles, named, _first_found(home))] == [home]  # as a place
    assert [p.document_id for p in _outnamed(asked, programs.titles, named, _first_found(home), "의정부")] == [seoul]


VISITING_COUNSEL = """# 찾아가는 청년 일자리 상담

- 지역: 세종특별자치시
- 지원내용: 직업상담사가 대학과 마을로 찾아가 1:1 취업 상담
- 운영시간: 매주 화·목 14시~17시
"""

COUNSEL_CENTER = """# 세종 청년 취업 지원

- 지역: 세종특별자치시
- 지원내용: 전문직업상담사 배치, 취업 상담 및 이력서 첨삭
- 신청방법: 세종시 일자리센터 방문
"""


@pytest.fixture(scope="module")
def counsel(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"visiting.md": VISITING_COUNSEL, "center.md": COUNSEL_CENTER})[1]


def test_a_program_described_clearly_answers_or_says_its_document_does_not(counsel):
    """Described, not named: its page answers what it states, and what it does not state is refused naming it."""
    answer = counsel.ask("세종에서 직업상담사가 찾아와서 1:1 상담해주는 거 무슨 요일에 해요?")
    assert answer.citations and answer.citations[0].source == "visiting.md" and "화·목" in answer.text
    refused = counsel.ask("세종에서 직업상담사가 찾아와서 1:1 상담해주는 거 신청기간 언제까지예요?")
    assert refused.abstained and refused.program == "visiting.md"
    assert "찾아가는 청년 일자리 상담" in refused.text


def test_who_may_apply_in_a_titles_brackets_does_not_name_the_program():
    """"…참가자(예비창업자) 모집": the bracket says who is called, so a question about another program for 예비창업자
    is not about this one; a bracket holding a second name ("(메타버스 아카데미)") still names it."""
    titles = ProgramTitles(programs=[
        Program("a", "경남 CKL 콘텐츠 창업지원 원스톱 프로그램 참가자(예비창업자) 모집", "경상남도", "a.md", (0,), "경남"),
        Program("b", "지식재산 기반 창업촉진(IP 디딤돌 프로그램)", "전국", "b.md", (1,), ""),
        Program("c", "가상융합기술 아카데미(메타버스 아카데미)", "전국", "c.md", (2,), ""),
    ])
    assert titles.match("특허청에서 예비창업자 아이디어 특허 컨설팅 해주는 거, 상담 전화번호 뭐예요?") == []
    assert [p.source for p in titles.match("메타버스 아카데미 교육기간 얼마예요?")] == ["c.md"]
    assert [p.source for p in titles.match("경남 CKL 콘텐츠 창업지원 원스톱 프로그램 언제까지 신청해요?")] == ["a.md"]


@pytest.mark.parametrize("page, place", [
    # a 지역 field written inside another field, as two dev pages render it
    ("청년농업인 유치 임대스마트팜 건립\n사업명 | 청년농업인 유치 임대스마트팜 건립\n"
     "참여대상 | 거주지역: 전북특별자치도 전주시 완산구, 전북특별자치도 군산시\n", "전북특별자치도 전주시 완산구"),
    ("[탐나는 디지털 창작소 운영사업] 시행 공고\n○ (사업명) 탐나는 디지털 창작소 운영사업\n"
     "○ (참여대상) 거주지역: 제주특별자치도 거주자\n", "제주특별자치도 거주자"),
    ("# 청년 면접정장 대여\n- 거주지역: 경상남도 창원시 거주자\n", "경상남도 창원시 거주자"),
])
def test_where_a_program_runs_is_read_from_a_place_field_written_inside_another(page, place):
    from assistant.documents.structure import read_units
    from assistant.index.titles import _stated_place

    assert _stated_place(read_units(page)).startswith(place)


# 미래내일 일경험: a district's call for interns and the national program, as the dev corpus renders them
GANGDONG_INTERNS = """# 미래내일 일경험 인턴 모집

- **사업 개요**: 강동구 연계 기업에서 직무경험 제공 등 맞춤형 일경험 프로그램 제공 사업
## 지원 내용
- 프로그램 내용(인턴형): 기업에서 직접 과업을 수행하면서 청년의 실전 직무역량을 강화
- 운영기간: 4주~ 12주
"""
NATIONAL_WORK_EXPERIENCE = """# 미래내일 일경험 사업

- **사업 개요**: 민·관협업을 기반으로 미취업 청년에게 다양한 일경험 기회를 제공하여 원활한 노동시장 진입을 지원
## 지원 내용
- ③ 인턴형 일경험
-      기업에서 직접 현업을 수행하여 청년의 직무경험, 직무역량 향상을 지원합니다.(1~5개월 내외) 기업에는 참여청년 1인당 5만원(주)을 지원합니다. 참여청년에는 참여수당 35만원(주)을 지원합니다.
"""


@pytest.fixture(scope="module")
def work_experience(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"gangdong-interns.md": GANGDONG_INTERNS, "national.md": NATIONAL_WORK_EXPERIENCE})[1]


def test_a_program_named_nearly_as_plainly_that_states_the_detail_asked_answers_it(work_experience):
    """The district's call is the name held whole, but it never mentions 참여수당; the national program, whose name
    the question holds nearly as much of, states it: that page answers, not "the document does not say"."""
    answer = work_experience.ask("미래내일 일경험 인턴형으로 참여하면 청년은 참여수당 얼마 받아요?")
    assert not answer.abstained and answer.citations[0].source == "national.md", answer.text
    # a detail neither page states is still refused for the program named
    refused = work_experience.ask("미래내일 일경험 인턴 모집 교통비 얼마 받아요?")
    assert refused.abstained and "미래내일 일경험 인턴 모집 문서에는" in refused.text, refused.text


def test_a_name_written_whole_names_the_unplaced_program_over_ones_of_the_place_holding_part_of_it():
    """"전북 청년창업농 정책자금 이차보전": the program of that whole name, whose page states no place, not a 전북
    program that holds only part of the words; a program of the place named as much as the whole still wins."""
    titles = ProgramTitles(programs=[
        Program("a", "청년창업농 정책자금 이차보전", "", "a.docx", (0,), "청년창업농정책자금이차보전"),
        Program("b", "청년창업농 영농정착지원사업", "전북특별자치도", "b.json", (1,), "전북특별자치도"),
        Program("c", "전북특별자치도 기술창업 활성화 금융지원 이차보전", "전북특별자치도", "c.md", (2,), "전북특별자치도"),
        Program("d", "완도군 청년 자격증 응시료 지원사업", "전라남도 완도군", "d.md", (3,), "전라남도완도군"),
        Program("e", "청년 자격증 응시료 지원", "전국", "e.md", (4,), ""),
    ])
    asked = "전북 청년창업농 정책자금 이차보전은 납부한 대출이자 중 몇 %를 지원합니까?"
    assert [p.source for p in titles.match(asked, ("전북",))] == ["a.docx"]
    assert [p.source for p in titles.match("완도 청년 자격증 응시료 지원 얼마예요?", ("완도",))] == ["d.md"]


def test_a_place_written_inside_a_word_picks_among_programs_of_one_name():
    """"울산대 대학일자리플러스센터": 울산's center, whose name the question holds the most rare weight of, not the two
    of other provinces whose names it holds a larger share of; with no place written the choice stays with those."""
    titles = ProgramTitles(programs=[
        Program("a", "대학일자리플러스센터 지원 안내", "강원특별자치도 거주자", "a.txt", (0,), "강원특별자치도"),
        Program("b", "대학일자리플러스센터 지원", "경상북도 거주자", "b.docx", (1,), "경상북도"),
        Program("c", "울산대학교 대학일자리플러스센터(거점형)", "울산광역시", "c.json", (2,), "울산광역시"),
        Program("e", "대학일자리플러스센터 운영지원", "광주광역시 거주자", "e.md", (4,), "광주광역시"),
        Program("h", "대학일자리플러스센터 지원사업", "경주시", "h.json", (7,), "경주시"),
        Program("i", "부산 대학일자리플러스센터 운영", "부산광역시", "i.md", (8,), "부산광역시"),
        Program("f", "청년 일자리 지원 안내", "전국", "f.md", (5,), ""),
        Program("g", "대학 창업 거점형 지원", "전국", "g.md", (6,), ""),
        Program("d", "청년 자격증 응시료 지원", "전국", "d.md", (3,), ""),
    ])
    assert [p.source for p in titles.match("울산대 대학일자리플러스센터 전화번호 뭐예요?")] == ["c.json"]
    assert [p.source for p in titles.match("대학일자리플러스센터 전화번호 뭐예요?")] == ["a.txt", "b.docx"]


ENERGY_JOBS = """# 에너지성장 플러스 청년일자리

- 지역: 경상남도
- 지원대상: (청년) 도내 주소를 둔 39세 이하 미취업 청년
- 지원내용: (청년) 교통복지비(월 10만원), 주거지원금(월 30만원) 등 지원
"""

CITY_JOBS = """# 청년일자리 성장 프로젝트

- 지역: 경상남도 창원시
- 지원대상: 창원시 미취업 청년 및 중소기업 임·직원(15 ~ 34세)
- 지원내용: 구직활동 지원 및 취업 역량 강화 맞춤형 프로그램 제공
"""


@pytest.fixture(scope="module")
def province_and_city(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"energy-jobs.md": ENERGY_JOBS, "city-jobs.md": CITY_JOBS})[1]


def test_a_province_program_named_whole_is_meant_over_a_city_program_named_in_part(province_and_city):
    """"창원 사는 … 에너지성장 플러스 청년일자리": 경상남도's program of that whole name, which runs in 창원 too, not
    창원's own program whose name the question holds only part of; that one is still named when asked for."""
    whole = province_and_city.ask("창원 사는 미취업 26살인데 에너지성장 플러스 청년일자리로 취업하면 주거지원금 나와요?")
    assert whole.citations and whole.citations[0].source == "energy-jobs.md", whole.text
    assert "30만원" in whole.text, whole.text
    city = province_and_city.ask("창원 청년일자리 성장 프로젝트 지원대상이 누구예요?")
    assert city.citations and city.citations[0].source == "city-jobs.md", city.text


FOOD_CENTER = """# 청년쿡 비즈니스센터 식품제조 스타트업 지원

- 주관기관: 청년사업담당관
- 거주지역: 서울특별시
- 연령: 만 19세 ~ 34세

## 지원 내용

- 센터 내 사무 공간 제공(기업당 1석)
- 제품 생산·판매를 위한 주방 및 냉장·냉동실 사용

## 추가 자격 조건

입주기업
- 공고일 기준 19~39세(대표자), (시)제품을 보유한 (예비)창업팀
- 즉석판매제조가공업만 지원가능
- 서울 외 지역 거주 청년 지원 가능(입주 후 센터주소로 사업자등록 혹은 지점 설립 필수)
"""

GYEONGGI_ROOMS = """# 경기 청년 창업공간 입주 지원

- 지역: 경기도
- 지원대상: 경기도 거주 만 19~39세 예비창업자
- 지원내용: 창업공간 입주 및 멘토링 지원
"""


@pytest.fixture(scope="module")
def food_center(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"food-center.md": FOOD_CENTER, "gyeonggi-rooms.md": GYEONGGI_ROOMS})[1]


def test_where_the_asker_lives_does_not_rule_out_a_program_of_elsewhere_named_in_part(food_center):
    """"경기도 사는데 청년쿡 비즈니스센터 …": the place is where the asker lives, not where the program runs, so the
    서울 program whose name the question writes in part answers (and it says residents elsewhere may apply)."""
    answer = food_center.ask("경기도 사는데 청년쿡 비즈니스센터 입주기업으로 지원 가능해요?")
    assert answer.citations and answer.citations[0].source == "food-center.md", answer.text
    assert "서울 외 지역 거주 청년 지원 가능" in answer.text, answer.text



def test_a_name_that_names_no_program_does_not_rule_out_the_program_search_finds(analyzer):
    """"… 지원해주는 중기부 사업, 일반형은 …": "중기부 사업" is written as a name but names no program, so it describes
    the program search ranks first (창업도약패키지(일반형)) rather than ruling it out; a name of another program still
    does ("… 청년창업기업 보증은 …")."""
    programs, (general, partner) = _paged([
        ("창업도약패키지(일반형) 창업기업 모집", "전국", "도약기 창업기업 지원사항 사업화자금(최대3억원) 투자유치"),
        ("창업도약패키지(대기업협업형) 창업기업 모집", "전국", "도약기 창업기업 사업화자금(최대 2억원) 대기업 협업"),
    ])
    asked = "도약기 창업기업 비즈니스모델 혁신 지원해주는 중기부 사업, 일반형은 사업화자금 최대 얼마예요?"
    found = _resolved(analyzer, programs, asked, general, partner)
    assert found is not None and [p.document_id for p in found.programs] == [general]
    other = _resolved(analyzer, programs, "도약기 창업기업 지원해주는 청년창업기업 보증은 사업화자금 얼마예요?", general)
    assert other is None or [p.document_id for p in other.programs] != [general]


def test_a_city_asked_finds_the_program_of_that_name_its_province_runs(analyzer):
    """"포항에서 … 대학일자리센터 허브": 경상북도's program of that name, whose page never writes 포항, not 울산대학교's,
    nor no program at all (as "포항에서 대학 다니는데 학교 대학일자리플러스센터 가면 뭐 도와줘요?" of the dev set)."""
    programs, (province, ulsan) = _paged([
        ("대학일자리센터 허브 지원", "경상북도 거주자", "대학일자리센터 허브를 통한 종합적인 취창업지원서비스 제공"),
        ("울산대학교 대학일자리센터 허브(거점형)", "울산광역시", "울산대학교 취업 상담"),
    ])
    found = _resolved(analyzer, programs, "포항에서 대학 다니는데 학교 대학일자리센터 허브 가면 뭐 도와줘요?",
                      province, ulsan)
    assert found is not None and [p.document_id for p in found.programs] == [province]


def test_a_name_whose_every_word_the_page_of_the_place_writes_is_that_programs(analyzer):
    """"충남에서 중소기업 신입직원 직장 적응 교육 해주는 청년 프로그램": the name fits a nationwide 직장적응 지원 best,
    but 충남's page search ranks first writes every word of it (중소기업, 신입직원, 직장적응, 교육), so it is meant."""
    programs, (nationwide, chungnam) = _paged([
        ("직장적응 지원", "전국", "산업단지 입주기업 CEO 대상 청년친화 조직문화 교육 및 직장적응 프로그램 제공"),
        ("청년일자리 성장 프로젝트", "충청남도 천안시",
         "도내 미취업 청년 및 중소기업 임·직원(15 ~ 34세) 직장적응 지원, 신입직원 조직문화 교육 프로그램"),
    ])
    asked = "충남에서 중소기업 신입직원 직장 적응 교육 해주는 청년 프로그램 있던데 몇살까지 참여돼요?"
    found = _resolved(analyzer, programs, asked, chungnam, nationwide)
    assert found is not None and [p.document_id for p in found.programs] == [chungnam]


def test_a_page_that_states_no_place_but_writes_every_word_said_of_it_is_the_one_described(analyzer):
    """"경남에서 축제 때 청년 창업가들 프리마켓 열어주는 거": the page search ranks first (청춘마켓) states no place but writes
    every word said of it, so it is meant over a 경남 page ranked lower; a question saying a word it lacks is not."""
    programs, (market, contest) = _paged([
        ("청춘마켓", "", "청년 창업가 및 소상공인 등이 주도한 프리마켓 개최, 지역 축제 연계 판로 확대 지원"),
        ("경남 청년일자리 도전 우수사례 수기 공모전", "경상남도", "경남도 지원사업으로 취업에 성공한 청년의 수기 공모"),
    ])
    found = _resolved(analyzer, programs, "경남에서 축제 때 청년 창업가들 프리마켓 열어주는 거 누구 대상이에요?",
                      market, contest)
    assert found is not None and [p.document_id for p in found.programs] == [market]
    other = _resolved(analyzer, programs, "경남에서 축제 때 청년 창업가들 푸드트럭 열어주는 거 누구 대상이에요?",
                      market, contest)
    assert other is None or [p.document_id for p in other.programs] != [market]


def test_a_name_held_only_in_words_any_title_has_yields_to_the_program_search_finds_that_states_the_detail(
        analyzer):
    """"… 임업진흥원 프로그램, 수료하려면 교육시수 …" holds a 청년 일자리 지원 프로그램's name in plain words only, and its
    page never writes 교육시수: the program search ranks first, named in part (산림, 임업진흥원) and stating it, is
    meant; a question writing the first name whole still asks of it."""
    programs, (plain, forest) = _paged([
        ("2025년 청년 일자리 지원 프로그램", "전국", "청년 일자리 지원 프로그램 참여자 모집, 취업 상담"),
        ("산림산업 창업지원_청년 산림인 성장지원", "",
         "산림분야 일자리에 관심이 있는 청년 대상 교육, 운영기관 한국임업진흥원, 교육시수 70% 이상 참여 시 수료"),
    ])
    programs.unstated_detail = lambda question, program: "" if program.document_id == forest else "교육시수"
    asked = "산림 분야 일자리 관심있는 청년들 교육해주는 임업진흥원 프로그램, 수료하려면 교육시수 몇 % 이상 들어야돼요?"
    assert [p.document_id for p in programs.titles.match(asked)] == [plain]  # the plain-word name match
    found = _resolved(analyzer, programs, asked, forest, plain)
    assert found is not None and [p.document_id for p in found.programs] == [forest]
    whole = _resolved(analyzer, programs, "청년 일자리 지원 프로그램 수료하려면 교육시수 몇 % 이상이에요?", forest, plain)
    assert [p.document_id for p in whole.programs] == [plain]


def test_a_program_named_only_as_where_it_is_done_yields_to_the_one_asked_of(analyzer):
    """"국내해외취업센터 상담 예약은 … 월드잡플러스에서 되나": 월드잡플러스 (whose whole name is held) is where the
    booking is made; the program asked of is 국내해외취업센터. Asked of by itself, 월드잡플러스 is still the one named."""
    programs, (center, portal) = _paged([
        ("국내해외취업센터 운영", "전국", "해외취업 상담 제공, 직접 방문 또는 월드잡플러스를 통해 예약 가능"),
        ("월드잡플러스(해외통합정보망)", "전국", "해외취업을 희망하는 청년들에게 해외일자리 정보 제공"),
    ])
    found = _resolved(analyzer, programs, "국내해외취업센터 상담 예약은 어떻게 하나요? 월드잡플러스에서 되나", portal, center)
    assert [p.document_id for p in found.programs] == [center]
    found = _resolved(analyzer, programs, "월드잡플러스에서 해외취업 정보 찾을 수 있어요?", portal, center)
    assert [p.document_id for p in found.programs] == [portal]


def test_an_everyday_name_finds_the_program_the_pages_call_otherwise(analyzer):
    """"실업급여" is what people call 구직급여: the question asks of 구직급여, though search ranks first the page of
    실업크레딧, which speaks of 구직급여 too."""
    programs, (allowance, credit) = _paged([
        ("구직급여", "전국", "1일 구직급여 지급액은 퇴직 전 3개월간의 1일 평균임금의 60퍼센트"),
        ("(국민연금) 실업크레딧 지원", "전국", "구직급여 수혜기간 동안 국민연금보험료의 일부를 지원"),
    ])
    found = _resolved(analyzer, programs, "다음달 퇴사 예정인데 실업급여 1일 금액이 평균임금의 몇 퍼센트예요?", credit, allowance)
    assert found is not None and [p.document_id for p in found.programs] == [allowance]


def test_a_name_held_in_part_yields_to_the_program_whose_page_writes_more_of_what_is_said(analyzer):
    """"경북에서 대학생들 무역 실무교육이랑 현장실습 시켜주는 사업": the question holds 대학, 교육 and 사업 of 창업교육
    혁신선도대학 사업, but 경북's 무역전문가 page search ranks first writes every word of the question that page writes
    and more (무역, 실무, 현장실습): that program is meant; a question saying nothing the other page lacks keeps the
    name it holds."""
    programs, (startup, trade) = _paged([
        ("창업교육 혁신선도대학 사업", "경상북도", "도내 대학 창업교육 혁신선도대학 선정, 주관기관 교육부"),
        ("2025 지역대학 글로벌 무역전문가 양성지원", "경상북도 거주자",
         "GTEP 사업단 선정 대학인 영남대학교, 동국대학교 학생의 무역실무교육 및 무역현장 마케팅 실습, 현장실습"),
    ])
    asked = "경북에서 대학생들 무역 실무교육이랑 현장실습 시켜주는 사업 있던데 어느 학교 학생이 할 수 있어요?"
    assert [p.document_id for p in programs.titles.match(asked, ("경북",))] == [startup]  # the weak name match
    found = _resolved(analyzer, programs, asked, trade, startup)
    assert found is not None and [p.document_id for p in found.programs] == [trade]
    kept = _resolved(analyzer, programs, "경북 창업교육 선도대학 주관기관 어디예요?", trade, startup)
    assert kept is not None and [p.document_id for p in kept.programs] == [startup]


def test_a_program_of_another_district_of_the_city_asked_yields_to_the_districts_own(analyzer):
    """"부산 금정구에서 … 시험 응시료랑 이력서 사진값 대주는 거": 부산 서구's 응시료 program, whose name the question
    holds in part, does not run in 금정구; 금정구's 구직응원 패키지 search ranks first is meant."""
    programs, (west, package) = _paged([
        ("청년 자격증 시험 응시료 지원 사업", "부산광역시 서구", "부산 서구 청년 자격증 시험 응시료 지원, 만 19세 ~ 34세"),
        ("청년 구직응원 패키지 지원사업", "부산광역시 금정구",
         "자격증 응시료(10만원 내) 및 이력서 사진촬영비(3만원 내) 지원, 18세이상~40세미만"),
    ])
    asked = "부산 금정구에서 청년들 시험 응시료랑 이력서 사진값 대주는 거 몇살까지 돼요?"
    assert [p.document_id for p in programs.titles.match(asked, ("부산", "금정"))] == [west]  # the name it holds part of
    found = _resolved(analyzer, programs, asked, package, west)
    assert found is not None and [p.document_id for p in found.programs] == [package]


def test_the_city_the_asker_lives_in_does_not_pick_the_program_named_of_another_place(analyzer):
    """"대구 사는데 경북에 … 경북 농지임대료 지원 …": 경상북도's program, whose name the question holds in part, is meant,
    not 대구's 청년농업인 program search ranks first nor a placeless 임대료 program whose name it holds more of."""
    programs, (rent, province, daegu) = _paged([
        ("창업 청년 임대료 지원사업", "", "관내 창업 청년 임대료 월 30만원 지원"),
        ("경상북도 청년농업인 농지임대료 지원", "경상북도", "한국농어촌공사 농지은행 농지 임대차 계약 시 임대료 지원"),
        ("청년농업인 맞춤 지원", "대구광역시", "농지소재지 구군을 통한 공모 신청, 청년농업인 영농 지원"),
    ])
    asked = "대구 사는데 경북에 농지 빌려서 농사짓는 청년이거든요 경북 농지임대료 지원 받을 수 있어요? 신청은 언제 해요?"
    found = _resolved(analyzer, programs, asked, daegu, province, rent)
    assert found is not None and [p.document_id for p in found.programs] == [province]


def test_a_program_of_the_province_holding_the_city_asked_is_the_one_described_there(analyzer):
    """"여수 … 학자금 대출 갚는거 도와주는 지원": 전라남도's 학자금 대출 상환지원, which search ranks first and whose page never
    writes 여수, runs in 여수 too; 여수's job fair ranked lower is not the program described."""
    programs, (loan, fair) = _paged([
        ("지역 중소기업 취업청년 학자금 대출 상환지원", "전라남도", "중소기업 취업 청년 학자금 대출 상환 1인당 월 최대 100천원"),
        ("2024년 여수시 일자리 박람회", "전라남도 여수시", "여수시 구인기업과 구직자 현장 면접, 취업 상담"),
    ])
    found = _resolved(analyzer, programs, "여수 중소기업 취업한 26살인데 학자금 대출 갚는거 도와주는 지원 한달에 얼마까지 나와요?",
                      loan, fair)
    assert found is not None and [p.document_id for p in found.programs] == [loan]


def test_a_district_program_named_yields_to_the_citys_own_when_the_question_names_the_city_alone(analyzer):
    """"서울 캠퍼스타운 창업 지원 군대 다녀왔으면 …": 강서구's 서울 캠퍼스타운 사업 holds more of the name, but the question
    names 서울 alone, so 서울특별시's 캠퍼스타운 program search ranks first is meant; a question naming 강서구 keeps
    강서구's."""
    programs, (district, city) = _paged([
        ("서울 캠퍼스타운 사업", "서울특별시 강서구", "메이커스페이스 조성(3D프린터 등), 창업보육공간 운영, 만 19세 ~ 39세"),
        ("캠퍼스타운 혁신 및 청년희망·지역경제 활성화 안내", "서울특별시 거주자",
         "대학과 함께 청년 창업 지원, 만 19세 이상 39세 이하, 제대군인은 연령 상한 연장"),
    ])
    found = _resolved(analyzer, programs, "서울 캠퍼스타운 창업 지원 군대 다녀왔으면 39살 넘어도 신청 가능해요?",
                      city, district)
    assert found is not None and [p.document_id for p in found.programs] == [city]
    kept = _resolved(analyzer, programs, "강서구 캠퍼스타운 창업 보육공간은 어느 대학이 운영함?", city, district)
    assert kept is not None and [p.document_id for p in kept.programs] == [district]


def test_a_program_listing_cities_of_the_province_is_the_one_named_in_a_city_it_may_not_list(analyzer):
    """"군산 … 지역주도형 청년일자리 3년 채우면 …": 전북's 지역주도형 청년일자리사업(시군), whose 지역 as stored lists some of
    the province's cities but not 군산, is the program named (most of its name) that search ranks first; 군산's own
    청년기업 인증사업, whose name the question holds in 청년 alone, is not. Asked of 울산 (another province), it is not
    found there."""
    programs, (province, city) = _paged([
        ("지역주도형 청년일자리사업(시군) 안내", "전북특별자치도 전주시 완산구, 전북특별자치도 전주시 덕진구",
         "전북 지역주도형 청년일자리사업 청년 3년 만기 참여 시 1천만원 인센티브 지원"),
        ("2025년 군산시 청년기업 인증사업", "군산시", "군산시 중소기업 벤처 청년기업 인증, 만 18세 ~ 39세"),
    ])
    asked = "군산 중소기업 다니는 청년인데 지역주도형 청년일자리 3년 채우면 나한테 얼마 나와요?"
    found = _resolved(analyzer, programs, asked, province, city)
    assert found is not None and [p.document_id for p in found.programs] == [province]
    elsewhere = _resolved(analyzer, programs, asked.replace("군산", "울산"), province, city)
    assert elsewhere is None or [p.document_id for p in elsewhere.programs] != [province]


def test_a_title_bracket_writing_a_place_and_a_name_leaves_the_name_outside_it_whole():
    """"청년기업 디자인 지원사업(세종시 맞춤형디자인 지원사업)": the bracket is another name of the program (with its place),
    not a place alone, so "세종 청년기업 디자인 지원" names it by the name outside the bracket; a bracket holding a place
    alone ("(광주 남구)") still names nothing."""
    titles = ProgramTitles(programs=[
        Program("a", "청년기업 디자인 지원사업(세종시 맞춤형디자인 지원사업)", "전국", "a.md", (0,), "세종"),
        Program("b", "청년 행정인턴", "세종특별자치시", "b.md", (1,), "세종"),
        Program("c", "청년 자격증 응시료 지원(광주 남구)", "광주광역시 남구", "c.md", (2,), "광주남구"),
    ])
    asked = "사업장은 대전인데 세종에 2년째 살고 있는 예비창업자예요. 세종 청년기업 디자인 지원 받을 수 있어요?"
    assert [p.source for p in titles.match(asked)] == ["a.md"]
    assert (titles.named_share("세종 청년기업 디자인 지원 받을 수 있어요?", "a.md") or 0.0) >= 0.8
    assert titles.named_share("광주 남구 청년 응시료 얼마?", "c.md") < 0.9


def test_a_district_program_named_yields_to_the_citys_own_search_ranks_near_the_top(analyzer):
    """"서울 캠퍼스타운 창업 지원 군대 다녀왔으면 39살 넘어도 …": when search ranks 강서구's 서울 캠퍼스타운 사업 first and
    서울특별시's 캠퍼스타운 program next, the question still names 서울 alone, so the city's own program is meant; one
    naming 서울 강서구 asks of 강서구's."""
    programs, (district, city) = _paged([
        ("서울 캠퍼스타운 사업", "서울특별시 강서구", "메이커스페이스 조성(3D프린터 등), 창업보육공간 운영, 만 19세 ~ 39세"),
        ("캠퍼스타운 혁신 및 청년희망·지역경제 활성화 안내", "서울특별시 거주자",
         "대학과 함께 청년 창업 지원, 만 19세 이상 39세 이하, 제대군인은 연령 상한 연장"),
    ])
    found = _resolved(analyzer, programs, "서울 캠퍼스타운 창업 지원 군대 다녀왔으면 39살 넘어도 신청 가능해요?",
                      district, city)
    assert found is not None and [p.document_id for p in found.programs] == [city]
    kept = _resolved(analyzer, programs, "강서구 캠퍼스타운 창업 보육공간은 어느 대학이 운영함?", district, city)
    assert kept is not None and [p.document_id for p in kept.programs] == [district]
    own = _resolved(analyzer, programs, "서울 강서구 캠퍼스타운 창업 보육공간은 어느 대학이 운영함?", district, city)
    assert own is not None and [p.document_id for p in own.programs] == [district]  # its own district named too


def test_a_district_program_is_kept_when_the_question_names_its_district_too(analyzer):
    """"광주 남구 면접정장 대여 며칠 …": 광주 남구's 면접용 정장대여 is asked of (its district is named), not 광주광역시's
    청년 면접정장 대여 지원 search ranks next, though the question names 광주 as well."""
    programs, (district, city) = _paged([
        ("면접용 정장대여(광주 남구)", "광주광역시 남구", "광주 남구 청년 면접정장 대여, 대여기간 3박 4일, 1인 연간 3회"),
        ("청년 면접정장 대여 지원", "광주광역시 거주자", "광주광역시 청년 면접정장 무료대여, 연 10회"),
    ])
    own = _resolved(analyzer, programs, "광주 남구 면접정장 대여 며칠 빌릴 수 있고 1년에 몇 번까지 돼요?", district, city)
    assert own is not None and [p.document_id for p in own.programs] == [district]


def test_a_program_whose_page_states_no_place_is_meant_when_its_name_is_held_more_than_one_of_the_place(analyzer):
    """"전북 사회적경제 청년혁신가 …": the question holds most of the name of 사회적경제 청년혁신가 지원사업, whose page
    states no place (it may well run in 전북), and less of 전북's 시군 청년혁신가 예비창업지원: the first is meant; a
    program of that name whose page says it runs in another province is not."""
    programs, (social, county) = _paged([
        ("사회적경제 청년혁신가 육성 지원사업", "", "사회적경제 사업장 실무인력 양성 및 청년 일자리 창출, 모집기간 2025년 1월 1일 ~ 12월 31일"),
        ("시군 청년혁신가 예비창업지원 안내", "전북특별자치도 전주시", "청년혁신가 예비창업 지원, 접수기간 2025.03.01 ~ 2025.04.30"),
    ])
    asked = "전북 사회적경제 청년혁신가 신청 기간 언제까지야?"
    assert [p.document_id for p in programs.titles.match(asked, ("전북",))] == [county]  # the place's weaker name
    found = _resolved(analyzer, programs, asked, social, county)
    assert found is not None and [p.document_id for p in found.programs] == [social]
    elsewhere, (social_gyeongnam, county) = _paged([
        ("사회적경제 청년혁신가 육성 지원사업", "경상남도", "경남 사회적경제 사업장 실무인력 양성, 모집기간 2025년 1월 1일"),
        ("시군 청년혁신가 예비창업지원 안내", "전북특별자치도 전주시", "청년혁신가 예비창업 지원, 접수기간 2025.03.01 ~ 2025.04.30"),
    ])
    kept = _resolved(analyzer, elsewhere, asked, social_gyeongnam, county)
    assert kept is None or [p.document_id for p in kept.programs] != [social_gyeongnam]


def test_a_name_search_ranks_first_too_is_not_left_for_another_that_states_the_detail(analyzer):
    """"인하대 반도체 패키징 연구소 … 인건비 얼마": the question holds part of the name of 반도체 패키징 분야
    대학중점연구소 지원, search ranks its page first, and it never writes 인건비; a program named by 청년 and 연구 alone
    that states 인건비 is not what is asked, so the refusal names the 연구소 program. Ranked first itself, that
    program is the one meant."""
    programs, (chips, friends) = _paged([
        ("반도체 패키징 분야 대학중점연구소 지원", "인천광역시 거주자", "인하대학교 반도체 패키징 분야 대학중점연구소 참여 연구원 지원"),
        ("청년 연구인력 채용 지원사업", "전국", "청년 연구인력 신규 채용 시 인건비 월 200만원씩 24개월 지원, 참여 청년"),
    ])
    programs.unstated_detail = lambda question, program: "인건비" if program.document_id == chips else ""
    found = _resolved(analyzer, programs, "인하대 반도체 패키징 연구소 참여하는 청년 연구원 인건비 얼마 받나요?",
                      chips, friends)
    assert found is not None and [p.document_id for p in found.programs] == [chips]
    instead = _resolved(analyzer, programs, "인하대 반도체 패키징 연구소 참여하는 청년 연구원 인건비 얼마 받나요?",
                        friends, chips)
    assert instead is not None and [p.document_id for p in instead.programs] == [friends]


def test_a_described_program_yields_to_the_one_ranked_near_it_whose_page_writes_more_of_what_is_said(analyzer):
    """"전북 시군에서 청년 채용한 기업 인건비 대주는 사업 … 인센티브": search ranks 청년친화 친구기업 a hair above
    지역주도형 청년일자리사업(시군), whose page writes every word the other's does and 시군, a word of its name, too: that
    one is meant. A page of another district ("울산 북구 …": 울주군's) does not replace the district's own, whatever it
    writes."""
    programs, (friends, regional) = _paged([
        ("청년친화 친구기업 지원사업", "전북특별자치도 전주시",
         "기업 : 청년 신규 채용 시 인건비 월 200만원씩 24개월 지원, 청년 : 3년 근속 시 인센티브 지급"),
        ("지역주도형 청년일자리사업(시군) 안내", "전북특별자치도 전주시",
         "시군별 청년 신규채용 기업 인건비 월 200만원 24개월 지원, 3년차 고용유지 시 인센티브 1천만원"),
    ])
    asked = "전북 시군에서 청년 채용한 기업 인건비 대주는 사업 있는데, 청년이 3년 다 채우면 인센티브 얼마 받아요?"
    found = _resolved(analyzer, programs, asked, friends, regional)
    assert found is not None and [p.document_id for p in found.programs] == [regional]
    districts, (bukgu, uljugun) = _paged([
        ("울산 북구 청년 1:1 자기소개서 및 면접 컨설팅", "울산광역시 북구", "장소: 울산 북구 청년공간 와락, 면접 컨설팅"),
        ("울주군 청년센터 1:1 개인 맞춤형 취업컨설팅", "울산광역시 울주군", "청년 자소서 첨삭, 면접 컨설팅, 교육장소 울주군 청년센터"),
    ])
    kept = _resolved(analyzer, districts, "울산 북구 청년 자소서 면접 컨설팅 어디서 받는 거야?", bukgu, uljugun)
    assert kept is not None and [p.document_id for p in kept.programs] == [bukgu]
    # words any page may write ("며칠 동안") are no word of the other's name: the page search ranks first stays
    counsel, (short, hope) = _paged([
        ("단기집단상담프로그램 안내", "전국", "고용센터 구직자 집단상담, 과정별 3시간, 온라인 고용24 취업역량강화 메뉴에서 신청"),
        ("취업희망프로그램 안내", "전국", "고용센터 구직자 집단상담, 4일 동안 총 24시간, 며칠 과정, 온라인 고용24 메뉴에서 신청"),
    ])
    asked = "고용센터에서 구직자 여러명 모아서 며칠동안 같이 상담하고 취업 준비시키는 거 온라인으로는 어디 메뉴에서 신청해요?"
    stays = _resolved(analyzer, counsel, asked, short, hope)
    assert stays is not None and [p.document_id for p in stays.programs] == [short]


def test_a_program_named_by_the_place_asked_alone_does_not_outname_the_one_matched(analyzer):
    """"세종시에서 청년 창업자 배달앱 수수료 돌려주는 사업": of 청년기업 디자인 지원사업(세종시 맞춤형디자인 지원사업),
    which search ranks first, the question holds little but 세종, the place asked, so it does not outname a program
    matched by name; a question writing 맞춤형디자인 too names it in part, and it does."""
    from assistant.answer.resolution import _outnamed
    from assistant.language.questions import analyze

    programs, (design, farmers) = _paged([
        ("청년기업 디자인 지원사업(세종시 맞춤형디자인 지원사업)", "전국", "세종시 청년창업자, 청년농업인 디자인 개발 지원"),
        ("청년농업인 종합지원(행정도우미 등)", "세종특별자치시 거주자", "농업경영체 등록 확인서, 주민등록초본"),
    ])
    startup = programs.titles.match("청년창업기업 보증")
    asked = analyze("세종시에서 청년 창업자 배달앱 수수료 돌려주는 사업 있다던데 신청 어디서 해요?", analyzer)
    assert _outnamed(asked, programs.titles, startup, _first_found(design)) == startup
    asked = analyze("세종 사는 청년농업인인데 맞춤형디자인 지원 신청할때 농업경영체 등록 확인서 말고 뭐 더 내야돼요?", analyzer)
    named = [programs.titles.at(f"{farmers}.md")]
    assert [p.document_id for p in _outnamed(asked, programs.titles, named, _first_found(design))] == [design]


GANGWON_LOAN = """# 2025년 청년창업자금 무이자 대출 지원 사업

- 지역: 강원특별자치도
- 사업 개요: 창업을 희망하는 도내 청년에게 창업자금을 지원하여 지역 정착 유도 및 청년일자리 창출 기대
- 지원내용: 업체(개인)당 최대 5천만원이내 대출 지원, 5년간 대출이자 전액 지원
- 신청방법: 온라인 서류신청(보증드림) -> 자격심사 및 보증서 발급 -> 대출신청 및 실행
- 추가 자격: (지원대상) 주소지 및 사업장이 강원특별자치도로 되어 있는 18~45세 청년(법인 제외)으로 예비 및 업력 7년 미만의 사업자
"""


SEOUL_SUITS = """# 취업날개 서비스 (면접정장 무료대여)

- 지역: 서울특별시
- 지원대상: 서울시 거주 만 18세 ~ 39세 취업준비 청년
- 지원내용: 면접용 정장 무료 대여 (연 10회)
"""


@pytest.fixture(scope="module")
def gangwon_loan(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"gangwon-loan.md": GANGWON_LOAN, "seoul-suits.md": SEOUL_SUITS})[1]


def test_words_read_back_as_meant_stand_for_the_search_when_no_program_is_named(gangwon_loan):
    """"무이쟈", "사업쟝": marked vowels in words no page writes are read as 무이자, 사업장, and the question so read
    is the one searched, though it names no program outright (서울 is where the asker lives)."""
    answer = gangwon_loan.ask("강원 청년창업자금 무이쟈 대출 주소는 서울이고 사업쟝만 강원도여도 되나여?")
    assert answer.citations and answer.citations[0].source == "gangwon-loan.md"
    assert "주소지 및 사업장" in answer.text
