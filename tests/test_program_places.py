"""The place a question names picks the program meant: a city and its district written as one word
("광주남구"), a place Kiwi splits ("세종에") or reads with its 형 as one name ("경남형"), and a district beside its city ("부산 금정구") beat a program of
the same kind in another district of that city. Pages are real dev-policy sentences."""

import pytest

from assistant.language.questions import analyze
from tests.conftest import assistant_over
from tests.dev_pages import NAMGU_CERTIFICATES

YEONGDO = """# 영도 청년 자격증 응시료 지원사업

- 사업개요: 미취업 청년의 취업준비 비용부담 완화 및 구직역량 강화 지원
- 지원대상: 연령: 만 19~39세 거주지역: 부산광역시 영도구 거주자
- 지원내용: 어학시험·국가기술자격증 응시료를 1인 최대 10만원 지원(횟수 무관, 예산 소진 시까지)
- 신청방법: 영도구 홈페이지 '영도 청년 응시료 지원사업' 게시판에 신청서 및 신청서류 업로드
- 문의: 주관기관: 영도구
"""

GEUMJEONG = """# 청년 구직응원 패키지 지원사업

- 참여대상: 연령: 18세이상~40세미만 거주지역: 부산광역시 금정구 거주자
- 지원 내용: 자격증 응시료(10만원 내) 및 이력서 사진촬영비(3만원 내) 지원
- 문의처: 주관기관: 경제교통국
"""



@pytest.mark.parametrize("question, places", [
    ("광주남구 자격증 응시료지원 이메일로 신청하려면 주소 머에요?", ("광주", "남구")),
    ("부산서구 청년 자격증응시료 지원 신청 어디서 하나요", ("부산", "서구")),
    ("대전 사는데 세종에 있는 대학 다니거든요. 청년꿈키움 사관학교 멘티 신청 가능해요?", ("대전", "세종")),
    ("울산 중구 디딤돌 옷드림 한 번 빌리면 며칠이고 1년에 몇 번까지 돼요?", ("울산", "중구")),  # 중구: Kiwi's common noun
    ("예산이 얼마예요? 고양이도 되나요?", ()),  # common nouns as long as the name are not places
    # "<place>형": that place's own program, whether Kiwi splits it ("전북형") or reads it as one name ("경남형")
    ("경남형 청년친화기업 본사가 부산에 있으면 안 돼요?", ("경남", "부산")),
    ("익산형 청년 일자리 지원 뭐예요?", ("익산",)),
    ("전북형 청년친화 기업 육성 뭐예요?", ("전북",)),
    ("세종형 청년 일자리 뭐예요?", ("세종",)),  # read as one common noun
    ("광주형 일자리 신청 어디서 해요?", ("광주",)),
    ("유형이 뭐예요?", ()),  # a word ending in 형 that is no place
])
def test_places_kiwi_does_not_tag_are_read_from_the_words(analyzer, question, places):
    assert analyze(question, analyzer).places == places


@pytest.fixture(scope="module")
def three_districts(tmp_path_factory, analyzer, embedder):
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    source = tmp_path_factory.mktemp("source")
    for name, text in (("yeongdo.md", YEONGDO), ("geumjeong.md", GEUMJEONG), ("namgu.txt", NAMGU_CERTIFICATES)):
        (source / name).write_text(text, encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path_factory.mktemp("index"), source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    return Assistant.open(settings, analyzer=analyzer, embedder=embedder)


@pytest.mark.slow
def test_a_district_named_beside_its_city_picks_that_districts_program(three_districts):
    answer = three_districts.ask("부산 금정구에서 청년 자격증 응시료랑 이력서 사진값 지원해주는 거, 사진 촬영비는 얼마까지예요?")
    assert not answer.abstained and "3만원" in answer.text, answer.text
    assert answer.citations[0].source == "geumjeong.md"


@pytest.mark.slow
def test_a_city_and_district_written_as_one_word_picks_that_districts_program(three_districts):
    answer = three_districts.ask("광주남구 자격증 응시료지원 이메일로 신청하려면 주소 머에요?")
    assert not answer.abstained and "swim0312@korea.kr" in answer.text, answer.text
    assert answer.citations[0].source == "namgu.txt"


GYEONGGI_ROUND_3 = """[2024년 3차 경기도 청년면접수당 모집] 시행 공고

○ (사업명) 2024년 3차 경기도 청년면접수당 모집
○ (참여대상)
∙ 연령: 18세이상~40세미만
∙ 거주지역: 경기도 거주자
○ (지원 내용)
○ 지원내용: 연간 1인 면접 1회 당 5만원, 최대 50만원 지역화폐 지원
○ (제출 서류)
- 신청서 및 개인정보 수집·이용 동의서
- 주민등록표 등본 또는 초본
- 채용공고문
- 면접확인서
"""

GYEONGGI_ROUND_2 = """# 제2차 경기도 청년 면접수당

## 지원대상

- 연령: 18세이상~40세미만
- 거주지역: 경기도 거주자

## 지원내용

□ 지원내용: 연간 1인 면접 1회 당 5만원, 최대 50만원 지역화폐 지원
※ 보다 상세한 내용은 공고문을 확인해주세요.
"""


def test_rounds_called_out_differently_are_one_program():
    from assistant.index.titles import _round_key

    assert _round_key("2024년 3차 경기도 청년면접수당 모집") == _round_key("제2차 경기도 청년 면접수당")
    assert _round_key("2024년 한부모가정 취업촉진 지원사업 대상자 모집") == _round_key("한부모가정 취업촉진 지원사업 모집 안내")


@pytest.fixture(scope="module")
def gyeonggi_rounds(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"round3.txt": GYEONGGI_ROUND_3, "round2.md": GYEONGGI_ROUND_2})[1]


@pytest.mark.slow
def test_a_city_told_beside_its_provinces_program_is_no_comparison(gyeonggi_rounds):
    # where the asker lives (수원) and the program's province (경기도): the program of 경기도 answers, once
    answer = gyeonggi_rounds.ask("어제 회사 면접 보고 온 수원 사는 취준생인데요, 경기도 청년 면접수당 신청할 때 "
                                 "면접 본 증빙은 뭘 내야 해요?")
    assert not answer.abstained and "면접확인서" in answer.text, answer.text
    assert answer.citations[0].source == "round3.txt" and not answer.choices


@pytest.mark.parametrize("places, one", [
    (("광주", "남구"), True), (("부산", "금정"), True), (("수원", "경기"), True),  # a place and what holds it
    (("대전", "마포"), False), (("대전", "세종"), False),  # two places compared
])
def test_a_place_written_with_what_holds_it_is_one_place_not_a_comparison(places, one):
    from assistant.language.questions import one_place

    assert one_place(places) is one


INCHEON_CHALLENGE = """# 2025년 청년도전지원사업

- **사업 개요**: 구직단념청년 등을 대상으로 맞춤형 프로그램을 제공하고, 청년의 구직의욕 고취, 노동시장 참여 및 취업촉진을 지원하는 사업

## 참여대상

- 연령: 만 18세 이상 34세 이하
- 거주지역: 인천광역시 거주자
- **지원 내용**: 1:1상담, 취업역량강화 프로그램, 자신감회복 프로그램, 퍼스널컬러 및 이미지메이킹 컨설팅 등 맞춤형 프로그램을 제공
- **선발인원**: 60명 선발

## 문의처

- 주관기관: 고용노동부
- 운영기관: 남동구
"""

NATIONWIDE_CHALLENGE = """청년도전지원사업 안내

1. 사업명
- 청년도전지원사업
2. 사업목적
- 구직단념청년 등에게 구직의욕 고취 및 자신감 강화를 위한 맞춤형 프로그램 제공, 참여자에게 참여수당.인센티브 지급
3. 신청자격
- 연령: 만 18~34세
- 거주지역: 전국
4. 지원내용
- 참여수당: 1인당 50만원
"""


@pytest.fixture(scope="module")
def challenge(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"incheon.md": INCHEON_CHALLENGE, "nationwide.txt": NATIONWIDE_CHALLENGE})[1]


@pytest.mark.slow
def test_a_district_asks_its_citys_program_of_a_name_and_never_gets_the_nationwide_figure(challenge):
    answer = challenge.ask("남동구 사는 구직단념 청년인데 남동구 청년도전지원사업 참여하면 수당 얼마 받아요?")
    assert answer.abstained and answer.reason == "not_in_program", answer.text
    assert "2025년 청년도전지원사업" in answer.text and "50만원" not in answer.text
    asked = challenge.ask("청년도전지원사업 참여수당 얼마예요?")  # no place: the nationwide program answers
    assert not asked.abstained and "50만원" in asked.text, asked.text


JEONNAM_VILLAGE = """전남 마을로 플러스+ 프로젝트 사업 안내

1. 사업명
- 전남 마을로 플러스+ 프로젝트 사업
2. 사업목적
- 마을단위 기업에 청년활동가를 육성하여 지역경제활성화를 도모하고 약정기간(2년) 근무 후 정규직으로 전환하여 지속가능한 청년일자리 마련
3. 신청자격
- 연령: 만 18~39세
- 거주지역: 전라남도 거주자
- 사업 참여기간 동안 전라남도 내 주민등록 및 유지 필수(타 지역 거주자는 근로계약이후 참여기업 소재지로 전입 필수)
4. 모집인원
- 113명
"""


def test_the_place_the_asker_lives_in_is_not_a_second_place(analyzer):
    from assistant.language.questions import home_place

    assert home_place(analyze("광주 사는데 전남 마을로 플러스 프로젝트 참여하면 전남으로 전입해야 돼요?", analyzer)) == "광주"
    assert home_place(analyze("대전이랑 마포 중에 사회적기업 더 많이 만든 곳은?", analyzer)) == ""


@pytest.mark.slow
def test_a_question_saying_where_the_asker_lives_asks_about_the_other_places_program(tmp_path_factory, analyzer,
                                                                                      embedder):
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    source = tmp_path_factory.mktemp("source")
    (source / "jeonnam.txt").write_text(JEONNAM_VILLAGE, encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path_factory.mktemp("index"), source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    answer = Assistant.open(settings, analyzer=analyzer, embedder=embedder).ask(
        "광주 사는데 전남 마을로 플러스 프로젝트 참여하면 전남으로 전입해야 돼요?")
    assert not answer.abstained and "전입 필수" in answer.text, answer.text
    assert "광주 문서에는" not in answer.text  # no comparison of 광주 with 전남


JUNGGU_SUITS = """[울산 중구 청년 면접정장 무료대여 '디딤돌 옷드림'] 시행 공고

○ (사업명) 울산 중구 청년 면접정장 무료대여 '디딤돌 옷드림'
○ (사업 개요) 청년 실업률 증가와 장기간 취업준비에 따른 경제적 부담 경감
○ (참여대상)
∙ 연령: 만 19세 이상 39세 이하
∙ 거주지역: 울산광역시 중구 거주자
○ (지원 내용)
○ 대여기간 : 3박 4일(연 4회)
○ 대여품목
- 남자 : 재킷, 바지, 셔츠, 넥타이
○ (신청 방법) ○ 대여방법 : 누리집 본인인증 후 신청, 현장방문 대여 및 반납
"""


@pytest.mark.slow
def test_everyday_words_for_a_pages_words_do_not_make_a_described_program_foreign(tmp_path_factory, analyzer, embedder):
    # "빌리면 며칠": the page says 대여기간 3박 4일 — the program is found by what the question says of it
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    source = tmp_path_factory.mktemp("source")
    (source / "junggu.txt").write_text(JUNGGU_SUITS, encoding="utf-8")
    (source / "namgu.txt").write_text(NAMGU_CERTIFICATES, encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path_factory.mktemp("index"), source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    answer = Assistant.open(settings, analyzer=analyzer, embedder=embedder).ask(
        "울산 중구 디딤돌 옷드림 한 번 빌리면 며칠이고 1년에 몇 번까지 돼요?")
    assert not answer.abstained and "3박 4일" in answer.text and "연 4회" in answer.text, answer.text
    assert answer.citations[0].source == "junggu.txt"
