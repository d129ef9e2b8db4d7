"""The place a question names picks the program meant: a city and its district written as one word
("광주남구"), a place Kiwi splits ("세종에"), and a district beside its city ("부산 금정구") beat a program of
the same kind in another district of that city. Pages are real dev-policy sentences."""

import pytest

from assistant.language.questions import analyze

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

NAMGU = """자격증 취득 지원(광주 남구)
주관기관: 경제재정국
거주지역: 광주광역시 남구
연령: 만 19세 ~ 39세

□ 정책 설명
2025년 광주 남구 미취업 청년 자격증 취득 지원
□ 지원 내용
❍ 지원대상 : 광주 남구에 거주(주민등록)하는 미취업 청년(19세~39세)
❍ 지원내용 : 자격증 시험 응시료 지원(1인 연 2회, 최대 20만원 한도)
□ 신청 방법
❍ 신청방법: 방문 또는 이메일 신청
 - 방 문: 남구청 일자리정책과 청년정책팀(남구 봉선로 1, 6층)
 - e-mail: swim0312@korea.kr
"""


@pytest.mark.parametrize("question, places", [
    ("광주남구 자격증 응시료지원 이메일로 신청하려면 주소 머에요?", ("광주", "남구")),
    ("부산서구 청년 자격증응시료 지원 신청 어디서 하나요", ("부산", "서구")),
    ("대전 사는데 세종에 있는 대학 다니거든요. 청년꿈키움 사관학교 멘티 신청 가능해요?", ("대전", "세종")),
    ("예산이 얼마예요? 고양이도 되나요?", ()),  # common nouns as long as the name are not places
])
def test_places_kiwi_does_not_tag_are_read_from_the_words(analyzer, question, places):
    assert analyze(question, analyzer).places == places


@pytest.fixture(scope="module")
def three_districts(tmp_path_factory, analyzer, embedder):
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    source = tmp_path_factory.mktemp("source")
    for name, text in (("yeongdo.md", YEONGDO), ("geumjeong.md", GEUMJEONG), ("namgu.txt", NAMGU)):
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
