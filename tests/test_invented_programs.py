"""A question naming, by a place and a kind of aid, a program no document is about ("울산 남구 청년 운전면허 취득비
지원사업", "부산 해운대구 청년 서핑강사 양성 일자리 사업") is refused as such, never answered with a neighbour of the
same place or kind; the real programs asked by their names, spaced or misspelt, are still answered. Pages are
real dev-policy sentences (portal records of 광주 남구, 해운대구 and 울산)."""

import pytest

from assistant.answer.invented import invented_name
from assistant.index.titles import Program
from assistant.language.questions import analyze
from tests.conftest import assistant_over
from tests.dev_pages import NAMGU_CERTIFICATES


HAEUNDAE = """# 해운대구 청년취업 멘토링 콘서트

- 지역: 부산광역시 해운대구
- 정책 설명: 지역 청년 구직자들을 위한 글로벌기업·대기업의 최신 채용 트렌드와 맞춤형 취업전략을 제공할 「해운대구 청년 취업 멘토링 콘서트」
- 지원 내용: 공개 모의면접, 취업특강, 취업패널 Q&A, 그룹멘토링
- 신청기간: 2024.08.24 ~ 2024.08.24
- 지원 규모: 200명
"""

TALKTALK = """# 울산 톡톡팩토리 운영

- 지역: 울산광역시
- 정책 설명: 청년창업기업들에게 소규모 제조 공간을 제공해 사업성공 가능성을 확대시키고 창업기업들의 성장을 통해 지역 경제 활성화
- 지원내용: 제조 및 사무공간 무상제공(전기세 등 관리비 기업부담, 보증금 100만원)
- 남구점(복합제조업) : 울산 남구 돋질로 390번길 7 (삼산동)
"""


def _program(title: str) -> Program:
    return Program(document_id="d", title=title, municipality="", source="d.md", rows=(), place_text="")


@pytest.mark.parametrize("question, page, title, name", [
    ("울산 남구 청년 운전면허 취득비 지원사업은 1인당 얼마까지 지원되나요?", NAMGU_CERTIFICATES, "자격증 취득 지원(광주 남구)",
     "울산 남구 청년 운전면허 취득비 지원사업"),
    ("부산 해운대구 청년 서핑강사 양성 일자리 사업 모집 언제해?", HAEUNDAE, "해운대구 청년취업 멘토링 콘서트",
     "부산 해운대구 청년 서핑강사 양성 일자리 사업"),
    ("경북 청년 반려동물미용사 자격취득 지원 몇살까지 돼요?", NAMGU_CERTIFICATES, "자격증 취득 지원(광주 남구)",
     "경북 청년 반려동물미용사 자격취득 지원"),
])
def test_a_name_whose_words_the_cited_page_lacks_is_an_invented_program(analyzer, question, page, title, name):
    assert invented_name(analyze(question, analyzer), _program(title), page, analyzer) == name


@pytest.mark.parametrize("question, page, title", [
    ("광주 남구 청년 자격증 취득 지원 얼마까지 해줘요?", NAMGU_CERTIFICATES, "자격증 취득 지원(광주 남구)"),
    ("광주 남구 청년 자격증 츼득 지원 얼마까지 돼요?", NAMGU_CERTIFICATES, "자격증 취득 지원(광주 남구)"),  # a vowel slip
    ("해운대구 청년 취업멘토링 콘서트 몇 명 뽑아요?", HAEUNDAE, "해운대구 청년취업 멘토링 콘서트"),  # no head: no name
    ("27살인데 광주 남구 자격증 응시료 지원 신청 어디서 해요?", NAMGU_CERTIFICATES, "자격증 취득 지원(광주 남구)"),
    ("울산 남구에 사는데 취업 준비할 때 받을 수 있는 지원 있어요?", NAMGU_CERTIFICATES, "자격증 취득 지원(광주 남구)"),  # no name
])
def test_a_name_the_cited_page_writes_or_no_name_at_all_is_not_invented(analyzer, question, page, title):
    assert invented_name(analyze(question, analyzer), _program(title), page, analyzer) == ""


CHANGWON_WOMEN = """# 창원시 창업 패키지 교육(창업여성창업보육사업)

- 지역: 경상남도 창원시
- 주관기관: 창원여성새로일하기센터 055-283-3221
- 교육내용: 창업 기초 준비반 - 창업의 이해, 창업트렌드 분석, 사업계획서 작성법
"""


def test_a_center_shortened_as_people_shorten_it_is_the_one_the_page_names(analyzer):
    question = analyze("창원 여성새일센터 창업 패키지 교육 기초반에선 뭐 배워?", analyzer)
    program = _program("창원시 창업 패키지 교육(창업여성창업보육사업)")
    assert invented_name(question, program, CHANGWON_WOMEN, analyzer) == ""
    assert invented_name(analyze("창원 여성드론센터 창업 패키지 교육 기초반에선 뭐 배워?", analyzer), program,
                         CHANGWON_WOMEN, analyzer) != ""  # a centre the page never names


@pytest.fixture(scope="module")
def three_places(tmp_path_factory, analyzer, embedder):
    files = {"namgu.txt": NAMGU_CERTIFICATES, "haeundae.md": HAEUNDAE, "talktalk.md": TALKTALK}
    return assistant_over(tmp_path_factory, analyzer, embedder, files)[1]


@pytest.mark.slow
@pytest.mark.parametrize("question, name", [
    ("울산 남구 청년 운전면허 취득비 지원사업은 1인당 얼마까지 지원되나요?", "운전면허 취득비"),
    ("부산 해운대구 청년 서핑강사 양성 일자리 사업 모집 언제해?", "서핑강사 양성"),
])
def test_an_invented_program_is_refused_as_one_the_documents_lack(three_places, question, name):
    answer = three_places.ask(question)
    assert answer.abstained and answer.reason == "no_program" and not answer.citations, answer.text
    assert name in answer.text and "사업은 제공된 문서에 없습니다" in answer.text


@pytest.mark.slow
def test_the_real_program_of_that_kind_is_still_answered(three_places):
    answer = three_places.ask("광주 남구 청년 자격증 취득 지원 1인당 얼마까지 돼요?")
    assert not answer.abstained and "20만원" in answer.text, answer.text
    assert answer.citations[0].source == "namgu.txt"



@pytest.mark.slow
def test_an_invented_program_is_not_refused_in_a_neighbours_name(three_places):
    answer = three_places.ask("부산 해운대구 청년 서핑강사 양성 일자리 사업 참가비 얼마예요?")
    assert answer.reason == "no_program" and "멘토링 콘서트" not in answer.text, answer.text


@pytest.mark.slow
def test_a_detail_the_real_programs_page_lacks_is_still_refused_for_that_program(three_places):
    answer = three_places.ask("해운대구 청년취업 멘토링 콘서트 참가비 얼마예요?")
    assert answer.reason == "not_in_program" and answer.text.startswith("해운대구 청년취업 멘토링 콘서트 문서에는")


# a dev page whose 지역 field is empty, but whose title and rows say it is 홍천군's (20240826005400200001)
HONGCHEON = """홍천군 청년창업 지원 사업 연장 공고 안내
구분 | 내용
사업명 | 홍천군 청년창업 지원 사업 연장 공고
사업목적 | 홍천군 청년창업가의 신규 창업 지원 및 장려를 통한 지역경제 활성화 및 청년의 경제활동 참여 유도
신청자격 | 연령: 만 19세 이상 47세 이하 거주지역: 강원특별자치도 홍천군 거주자 -
지원사항 | < 1인(팀)당 1,800만원 이내 > - 시설개선비(600만원/1회 한도), 임대료(50만원/월 한도, 24회) - 홍천군청년창업지원센터 창업교육 프로그램 제공
접수기간 | 2024. 8. 26.(월) ~ 8. 30.(금)
"""


@pytest.fixture(scope="module")
def hongcheon(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"hongcheon-startup.txt": HONGCHEON, "haeundae.md": HAEUNDAE})[1]


@pytest.mark.slow
def test_a_described_program_of_another_place_is_not_the_one_asked(hongcheon):
    # the only startup page is 홍천군's: a 충주 question describing a startup rent grant is about no program here
    answer = hongcheon.ask("충주에서 청년들 창업하면 월세 대주는 사업 있다던데 나이 제한 있어요?")
    assert answer.abstained
    assert "47세" not in answer.text and "홍천" not in answer.text


@pytest.mark.slow
def test_the_described_program_of_its_own_place_is_still_answered(hongcheon):
    answer = hongcheon.ask("홍천에서 청년들 창업하면 월세 대주는 사업 있다던데 나이 제한 있어요?")
    assert not answer.abstained
    assert "47세" in answer.text
