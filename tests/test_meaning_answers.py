"""A named program's question is answered by the line that means the answer, not the one sharing its words;
two-part questions get both parts cited; what the document lacks is refused for that program; refusals
carry `abstained` in --json; the refusal model is read from its calibration file and can be refitted."""

import json
import re

import pytest

from assistant.answer.meaning import Calibration
from evals.policy_calibrate import fit_logistic
from evals.policy_natural import half_of
from tests.conftest import assistant_over
from tests.dev_pages import GUMI_GROWTH, NAMGU_CERTIFICATES

pytestmark = pytest.mark.slow  # builds a real index with line vectors

CHANGWON = """# 창원시 방학 대학생 아르바이트

- 지역: 경상남도 창원시
- 신청서: 창원시_방학_대학생_아르바이트_신청서.hwp
- 신청기간: 2025.06.02 ~ 2025.06.13
- 근무기간: 7월 1일부터 8월 29일까지 2개월
- 근무시간: 1일 8시간(09:00~18:00), 주 5일
- 근무장소: 창원시청 및 읍면동 행정복지센터
- 보수: 2025년 창원시 생활임금 적용
- 선발방법: 전산 추첨, 기초생활수급자 우선 선발
"""


def indexed_page(tmp_path_factory, analyzer, embedder, file_name: str, text: str):
    """(settings, Assistant) over a fresh index of one program page."""
    return assistant_over(tmp_path_factory, analyzer, embedder, {file_name: text})


@pytest.fixture(scope="module")
def changwon(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "changwon-student-job.md", CHANGWON)


def test_the_line_answering_in_other_words_beats_the_one_repeating_the_question(changwon):
    _, assistant = changwon
    answer = assistant.ask("창원 방학 대학생 아르바이트 하루에 몇시간 일하는 거야?")
    assert not answer.abstained
    assert "8시간" in answer.text
    assert ".hwp" not in answer.text and "2025.06.02" not in answer.text  # neither the form's name nor the period


def test_a_two_part_question_gets_both_parts_each_cited(changwon):
    _, assistant = changwon
    answer = assistant.ask("창원 방학 대학생 아르바이트는 몇 달 동안 하고 하루 몇 시간 근무해요?")
    assert "2개월" in answer.text and "8시간" in answer.text
    for fact in ("2개월", "8시간"):  # each part's line is followed by its citation mark
        assert re.search(fact + r"[^\[]*\[\d\]", answer.text)
    cited = " ".join(c.snippet for c in answer.citations)
    assert "2개월" in cited and "8시간" in cited


def test_what_the_document_does_not_say_is_refused_for_that_program(changwon):
    _, assistant = changwon
    answer = assistant.ask("창원 방학 대학생 아르바이트 하면 기숙사 숙소도 제공해 줘요?")
    assert answer.abstained and answer.reason == "not_in_program"
    assert "창원시 방학 대학생 아르바이트 문서에는" in answer.text
    assert not answer.citations


def test_a_refusal_is_abstained_true_in_json(changwon, capsys):
    from assistant.cli import main as cli_main

    settings, _ = changwon
    code = cli_main(["ask", "창원 방학 대학생 아르바이트 하면 기숙사 숙소도 제공해 줘요?", "--json",
                     "--index-dir", str(settings.index_dir)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["abstained"] is True and out["reason"] == "not_in_program"


def test_the_answerer_reads_the_calibration_file(tmp_path, changwon):
    _, assistant = changwon
    reader = assistant.programs.reader
    strict = Calibration(threshold=1.0)  # nothing is ever sure enough: every question is refused
    strict.write(tmp_path / "calibration.json", {"fitted_on": "test"})
    saved = reader.calibration
    try:
        reader.calibration = Calibration.read(tmp_path / "calibration.json")
        assert reader.calibration.threshold == 1.0
        answer = assistant.ask("창원 방학 대학생 아르바이트 하루에 몇시간 일하는 거야?")
        assert answer.abstained and answer.reason == "not_in_program"
    finally:
        reader.calibration = saved


def test_refitting_on_a_tiny_set_learns_which_way_a_feature_points():
    rows = [{"a": x, "b": 0.0} for x in (0.1, 0.2, 0.3, 0.7, 0.8, 0.9)]
    weights = fit_logistic(rows, [0, 0, 1, 0, 1, 1], ("a", "b"))
    assert weights["a"] > 0 and set(weights) == {"bias", "a", "b"}


def test_the_calibrate_command_writes_coefficients_the_answerer_reads(tmp_path, changwon):
    from evals.dataset import GoldRow
    from evals.policy_calibrate import calibrate
    from evals.policy_questions import PolicyQuestion

    _, assistant = changwon
    source = "changwon-student-job.md"
    asked = [("창원 방학 대학생 아르바이트 하루에 몇시간 일하는 거야?", [["8시간"]]),
             ("창원 방학 대학생 아르바이트 어디서 일해요?", [["행정복지센터"]]),
             ("창원 방학 대학생 아르바이트 어떻게 뽑아요?", [["추첨"]]),
             ("창원 방학 대학생 아르바이트 기숙사 나와요?", [])]
    questions = [PolicyQuestion(GoldRow(f"t{i}", q, bool(f), (source,), tuple(map(tuple, f)),
                                        "natural" if f else "natural_not_stated"), "other", "md", "tune", "natural")
                 for i, (q, f) in enumerate(asked)]
    saved = assistant.programs.reader.calibration
    try:
        fitted, note = calibrate(assistant, questions)
    finally:
        assistant.programs.reader.calibration = saved
    fitted.write(tmp_path / "c.json", note)
    again = Calibration.read(tmp_path / "c.json")
    assert again.line == fitted.line and again.answer == fitted.answer and 0 < again.threshold < 1
    assert note["readings"] == 4 + note["readings_without_answer"]  # the four questions and the counterfactuals of those read right


def test_the_halves_are_fixed_by_a_hash_of_the_id():
    assert {half_of("nA001"), half_of("nA002"), half_of("nA003"), half_of("nA004")} <= {"tune", "held"}
    import hashlib

    for qid in ("nA001", "nB045", "x"):
        assert (half_of(qid) == "held") == (int(hashlib.sha256(qid.encode()).hexdigest(), 16) % 2 == 1)


BUSAN = """# 부산 청년 면접지원 사업

- 지역: 부산광역시
- 신청기간: 2025.03.01 ~ 2025.03.31
- 지원내용: 면접수당 1회 5만원(1인 연간 최대 2회)
- 융자금리 : 연 1%
- 근무장소: 부산시청 청년정책과
- (인턴 고용기간 4개월)
- 문의: 051-123-4567
"""


@pytest.fixture(scope="module")
def busan(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "busan-interview.md", BUSAN)[1]


def test_one_line_answering_both_parts_answers_a_two_part_question_once(busan):
    answer = busan.ask("부산 청년 면접지원 사업 한 번에 얼마 주고 1년에 몇 번까지 받을 수 있어요?")
    assert not answer.abstained, answer.text
    assert "5만원" in answer.text and "2회" in answer.text
    assert answer.text.count("5만원") == 1  # the line is shown once, not once per part


@pytest.mark.parametrize("question, fact", [
    ("부산 청년 면접지원 사업 금리 몇퍼예요?", "1%"),  # "몇퍼": a share, said the way people say it
    ("부산 청년 면접지원 사업 인턴은 몇 개월 일해요?", "4개월"),  # a line the layout reads as a label, but it states the length
])
def test_everyday_ways_of_asking_a_figure_find_the_line_stating_it(busan, question, fact):
    answer = busan.ask(question)
    assert not answer.abstained and fact in answer.text, answer.text


def test_a_described_program_is_answered_by_meaning_and_named(busan):
    # no name given: search finds the program, and the answer says which program its line comes from
    answer = busan.ask("부산에서 면접 보면 수당 주는 거 1년에 몇 번까지 받아요?")
    assert not answer.abstained and "2회" in answer.text, answer.text
    assert answer.text.startswith("부산 청년 면접지원 사업 — "), answer.text


GYEONGNAM = """# 경남 청년일자리플랫폼 운영사업 취업컨설팅 프로그램

○ 사업목적 : 취업 통합 서비스 지원 전문가와 함께하는 컨설팅 프로그램
□ 운영일정 : 8월~11월(월,화)
□ 프로그램 시간 : 14:00~16:00
□ 프로그램 신청하기 : 청년일자리프렌즈 홈페이지
*원하는 일정보다 3일 전에 신청해주셔야 컨설팅 진행이 가능합니다.
- 모집인원: 회차별 10명
"""


@pytest.fixture(scope="module")
def consulting(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "gyeongnam-consulting.md", GYEONGNAM)[1]


def test_a_day_of_the_week_asked_is_answered_by_the_line_naming_the_days(consulting):
    # "무슨 요일": the line naming the days, not the hours nor the lead time
    answer = consulting.ask("경남 청년일자리플랫폼 취업컨설팅 무슨 요일에 하고 며칠 전에 신청해야 돼요?")
    assert not answer.abstained and "(월,화)" in answer.text and "3일 전" in answer.text, answer.text


def test_each_sentence_of_a_two_sentence_question_gets_its_line(consulting):
    answer = consulting.ask("경남 청년일자리플랫폼 취업컨설팅 무슨 요일에 해요? 몇 명 뽑아요?")
    assert not answer.abstained and "(월,화)" in answer.text and "10명" in answer.text, answer.text


def test_with_whom_a_program_is_done_is_the_line_naming_the_expert(consulting):
    answer = consulting.ask("경남 청년일자리플랫폼 취업컨설팅은 누구랑 같이 하는 거예요?")
    assert not answer.abstained and "전문가와 함께하는" in answer.text, answer.text


# 창업교육 혁신선도대학 사업 and 대학생 아르바이트 운영 (서산, dev corpus): a ministry over the body that runs it, and both
# written in one 문의처 row
LEADING_UNIVERSITY = """창업교육 혁신선도대학 사업
주관기관: 교육부
운영기관: 영남대학교
분야: 일자리 · 창업
거주지역: 경상북도
□ 정책 설명
지역과 대학간 협업을 통해 지역특화 산업과 연계한 창업교육 활성화
□ 지원 내용
(지원내용) 지역주력산업과 연계한 특화교육 프로그램 운영, 창업교육 선도모델 개발, 실전 맞춤형 창업교육 지원 등
"""
SEOSAN_PART_TIME = """대학생 아르바이트 운영
관내 대학생에게 일자리 제공을 통한 행정업무 체험 기회 제공 및 시정 홍보

| 사업명 | 대학생 아르바이트 운영 |
| 참여대상 | 거주지역: 충청남도 서산시 거주자 보훈대상자 및 사회적약자 우선 선발 |
| 지원 내용 | ▪ 지원대상 : 대학생 ▪ 지원내용 : 근무자의 전공 분야 등을 고려하여 행정업무 보조 |
| 문의처 | 주관기관: 서산시 운영기관: 자치행정국 |
"""


@pytest.fixture(scope="module")
def organisers(tmp_path_factory, analyzer, embedder):
    pages = {"leading-university.txt": LEADING_UNIVERSITY, "seosan-part-time.md": SEOSAN_PART_TIME}
    return assistant_over(tmp_path_factory, analyzer, embedder, pages)[1]


@pytest.mark.parametrize("question", ["경북 창업교육 혁신선도대학 주관 대학 어디야", "창업교육 혁신선도대학 사업 운영 어디가 해?",
                                      "창업교육 혁신선도대학은 어느 대학이 운영함?"])
def test_the_university_or_body_running_it_leads_not_the_ministry(organisers, question):
    answer = organisers.ask(question)
    assert not answer.abstained and "영남대학교" in answer.text, answer.text
    assert "교육부" not in answer.text or answer.text.index("영남대학교") < answer.text.index("교육부"), answer.text


def test_the_office_in_charge_is_read_from_a_contact_row(organisers):
    answer = organisers.ask("서산시 대학생 아르바이트 어디 담당이에요?")
    assert not answer.abstained and "자치행정국" in answer.text, answer.text


# 경남콘텐츠코리아랩 콘텐츠 창작 캠프 and 청년전용창업자금 (dev corpus): a venue named over its address, and what a loan
# programme gives said under its overview heading
CREATION_CAMP = """경남콘텐츠코리아랩 콘텐츠 창작 캠프 1차 참가자 모집 안내
4. 지원사항
□ 지원내용
○ 캠프명: 콘텐츠×AI 창작캠프
○ 캠프일정: 2024. 8. 24.(토) ~ 8. 26.(월) / 2박 3일
○ 캠프장소: 한국선비문화연구원
- (*주소: 경남 산청군 남명로 240번길 33)
○ 참가자혜택: 캠프 참가비 무료 / 시상금 총 400만원 / 기념품 증정
"""
YOUTH_FOUNDER_FUND = """# 청년전용창업자금

## 사업개요

> 청년창업기업 성장을 위한 자금 지원

## 지원대상

- 연령: 40세 미만
- 거주지역: 전국

## 지원내용

- 신용 및 담보력이 부족한 청년 창업가를 대상으로 원부자재 구임, 인건비, 시설자금 등 융자 지원
"""

INTERVIEW_SUITS = """면접정장 무료대여 지원사업
주관기관: 제천시
거주지역: 제천시
□ 정책 설명
❍ (목적) 취업난과 구직활동 부담 등 경제적 어려움을 겪고 있는 구직자에게 면접에 필요한 정장을 대여함으로써 구직활동 비용을 절감
□ 지원 내용
❍ (사업대상) 제천시에 거주(활동)하는 면접 예정자(지원업체 소재지 제한 없음)
❍ (사업내용) 취업을 위한 면접에 필요한 의류일체 무료대여
"""


@pytest.fixture(scope="module")
def venues_and_overviews(tmp_path_factory, analyzer, embedder):
    pages = {"creation-camp.txt": CREATION_CAMP, "youth-founder-fund.md": YOUTH_FOUNDER_FUND,
             "interview-suits.txt": INTERVIEW_SUITS, "namgu-certificates.txt": NAMGU_CERTIFICATES}
    return assistant_over(tmp_path_factory, analyzer, embedder, pages)[1]


def test_where_a_camp_is_held_is_its_venue_not_only_the_address(venues_and_overviews):
    answer = venues_and_overviews.ask("경남콘텐츠코리아랩 콘텐츠 창작 캠프 어디서 해요?")
    assert not answer.abstained and "한국선비문화연구원" in answer.text, answer.text


def test_where_to_go_to_apply_in_person_is_the_line_under_the_ways_to_apply(venues_and_overviews):
    answer = venues_and_overviews.ask("광주 남구 자격증 취득 지원 방문 신청하려면 어디로 가요?")
    assert not answer.abstained and "일자리정책과 청년정책팀" in answer.text, answer.text


def test_what_a_program_is_for_asked_as_its_aim_is_its_purpose_line(venues_and_overviews):
    answer = venues_and_overviews.ask("제천 면접정장 무료대여 무슨 취지로 하는거에요?")
    assert not answer.abstained and "구직활동 비용을 절감" in answer.text, answer.text


def test_what_a_program_gives_includes_the_line_under_its_overview_heading(venues_and_overviews):
    answer = venues_and_overviews.ask("청년전용창업자금 뭐 해주는거에요")
    assert not answer.abstained and "자금 지원" in answer.text and "융자 지원" in answer.text, answer.text


MENTORING = """# 창조경제혁신센터 멘토링 프로그램 운영

창조경제혁신센터를 통해 분야별 전문가 멘토링 및 창업상담 제공

| 사업명 | 창조경제혁신센터 멘토링 프로그램 운영 |
| 참여대상 | 거주지역: 전국 |
| 지원 내용 | 창조경제혁신센터를 통해 분야별 전문가 멘토링 및 창업상담 제공 |
| 문의처 | 주관기관: 중소벤처기업부 홈페이지: https://ccei.creativekorea.or.kr/ |
"""


@pytest.fixture(scope="module")
def mentoring(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "mentoring.md", MENTORING)[1]


@pytest.mark.parametrize("question", ["창조경제혁신센터 멘토링 프로그램 운영의 소관 부처는 어디입니까?",
                                      "창조경제혁신센터 멘토링 프로그램 어느 부처 거예요?"])
def test_the_body_running_a_program_is_answered_by_its_organiser_line(mentoring, question):
    answer = mentoring.ask(question)
    assert not answer.abstained and "중소벤처기업부" in answer.text, answer.text


# 3주만에 촘촘히 뽀개는 취뽀전략 (의정부시), as the dev corpus renders the portal's page: the days are a heading over the
# programme's hours and place
UIJEONGBU = """3주만에 촘촘히 뽀개는 취뽀전략(의정부시)
주관기관: □ 의정부시 청년센터(031-828-2438)
분야: 일자리 · 취업
거주지역: 의정부시
연령: 만 19세 ~ 39세
신청기간: 2024.01.22 ~ 2024.08.13

□ 정책 설명
의정부시 청년센터 취창업 프로그램

□ 지원 내용
□ 2024.08.14~08.28 매주 수요일
□ 프로그램 시간 : 19:00~21:00
□ 회차 : 3회차
□ 장소 : 청년공감터 4층 다목적실
□ 수강생 참가비 무료
참고 URL: https://www.ui4u.go.kr/youthcenter/
"""


@pytest.fixture(scope="module")
def uijeongbu(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "uijeongbu-job-strategy.md", UIJEONGBU)[1]


def test_a_heading_stating_the_days_answers_which_day(uijeongbu):
    # the heading "매주 수요일" is the only line naming a day: it answers, not "not stated"
    answer = uijeongbu.ask("의정부 취뽀전략 프로그램 무슨 요일에 해요?")
    assert not answer.abstained and "수요일" in answer.text, answer.text


def test_whether_a_charge_is_paid_is_settled_by_the_heading_saying_so(uijeongbu):
    # "□ 수강생 참가비 무료" is written as a heading; it still says whether the asker pays
    answer = uijeongbu.ask("의정부 취뽀전략 참가비 있어?")
    assert not answer.abstained and "참가비 무료" in answer.text, answer.text


# 사상구 청년자격증 등 응시료 지원사업 (dev corpus): how long one must have lived there is a condition, not 사업기간
SASANG = """# 사상구 청년자격증 등 응시료 지원사업

> 청년의 진로 및 직업능력 강화를 위한 어학시험 및 자격증 응시료 비용 지원으로 경제적 부담완화 및 고용촉진의 기회 마련

## 참여대상
- 거주지역: 부산광역시 사상구 거주자
- (신청자격) 사상구 1년 이상 거주, 소득제한 없음

## 지원 내용
○ (사업기간) 2025. 1. ~ 12. ※ 예산 소진시 사업 종료
○ (지원내용) 연 1회 1인당 10만원 이내 응시료 실비지원
"""


@pytest.fixture(scope="module")
def sasang(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "sasang-exam-fee.md", SASANG)[1]


def test_how_long_one_must_have_lived_there_is_not_answered_by_how_long_the_program_runs(sasang):
    answer = sasang.ask("사상구 청년 응시료 지원 사상구에 몇년 살아야되요?")
    assert not answer.abstained and "1년 이상 거주" in answer.text and "사업기간" not in answer.text, answer.text


# 구직자 면접비 지원 사업 (부안, dev corpus): how the money comes is its 지급방법 line, not the application line
BUAN = """# [부안군] 구직자 면접비 지원 사업

## 참여대상
- 거주지역: 전북특별자치도 부안군 거주자
- **지원 내용**: 면접비 5만원(최대 2회) 계좌이체로 지급
- **모집기간**: 2024년 1월 1일 ~ 2024년 12월 31일

## 신청 방법
- 부안군 로컬JOB센터 방문접수, 홈페이지 신청

## 심사방법
- 지원범위 : 1인 1회 5만원, 최대 2회 지원가능
- 지급방법 : 대상자 월별 취합 후, 계좌이체로 지급

## 제출 서류
- 면접활동비 참여신청서
- 면접확인서
- 신분증 사본
"""


@pytest.fixture(scope="module")
def buan(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "buan-interview-fee.md", BUAN)[1]


def test_how_the_money_comes_is_answered_by_the_line_saying_its_form(buan):
    answer = buan.ask("부안 구직자 면접비 신청할 때 내야 하는 서류 뭐고 돈은 어떻게 들어와요?")
    assert not answer.abstained and "계좌이체" in answer.text and "면접" in answer.text, answer.text
    assert "방문접수" not in answer.text, answer.text


# 국제기구 직업체험 프로그램 (인천, the portal's page) and 강원혁신도시 소외상권 활성화 지원 (a .txt notice), dev corpus
INCHEON_INTERNSHIP = """국제기구 직업체험 프로그램
주관기관: 국제협력과
거주지역: 인천광역시
연령: 만 18세 ~ 39세

□ 정책 설명
인천 청년들의 국제기구 진출 발판 마련 및 경력 형성 제고를 위해 국제기구에서의 직업체험(청년인턴십) 기회 제공

□ 지원 내용
○ 대상기관: 인천 소재 국제기구 15개소
○ 지원사항
- 참가확인서 발급 및 활동시간에 따른 활동비 지급
"""
GANGWON_SHOPS = """2025년 강원혁신도시 소외상권 활성화 지원(임차료 등) 사업 안내
1. 사업목적
- 임차료 월 30만원(최대 12개월)
- 마케팅 최초1회 최대 50만원
2. 신청자격
- 거주지역: 강원특별자치도 거주자
- 창업을 준비중인 예비창업자
- 공고일 기준 폐업 후 1개월이 지난 자
"""


@pytest.fixture(scope="module")
def counted(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"incheon-internship.md": INCHEON_INTERNSHIP, "gangwon-shops.txt": GANGWON_SHOPS})[1]


@pytest.mark.parametrize("question, fact", [
    ("인천 국제기구 직업체험 참여하는 기관 몇 군데예요?", "15개소"),
    ("강원혁신도시 소외상권 임차료 지원, 가게 폐업하고 얼마나 지나야 신청할 수 있어요?", "1개월이 지난"),  # no sum asked
])
def test_a_count_of_places_and_a_time_after_are_answered_by_their_lines(counted, question, fact):
    answer = counted.ask(question)
    assert not answer.abstained and fact in answer.text, answer.text


# 청년성장 프로젝트 (구미): what it gives is the 지원사항 lines, the one about 초기상담 among them
@pytest.fixture(scope="module")
def gumi(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "gumi-growth.md", GUMI_GROWTH)[1]


def test_what_a_step_of_the_program_gives_shows_the_line_naming_it(gumi):
    answer = gumi.ask("구미 청년성장 프로젝트는 초기상담 하면 뭐 해줘요?")
    assert not answer.abstained and "초기상담을 통해 개인 맞춤형 프로그램" in answer.text, answer.text


def test_a_line_restating_the_section_is_not_shown_twice(mentoring):
    answer = mentoring.ask("창조경제혁신센터 멘토링 프로그램 운영 정확히 뭘 받을 수 있어요?")
    assert not answer.abstained and answer.text.count("분야별 전문가 멘토링") == 1, answer.text


# 제9회 스타트업 전북 창업대전 (dev corpus): the event's days are written only in its title, in brackets
JEONBUK_FAIR = """제9회 스타트업(Start-up) 전북 창업대전 개최 안내(행사일:10.21~10.22) 안내
구분 | 내용
사업명 | 제9회 스타트업(Start-up) 전북 창업대전 개최 안내(행사일:10.21~10.22)
사업목적 | -
신청자격 | 거주지역: 전북특별자치도 거주자 -
지원사항 | -
접수기간 | 2024. 10. 21.(월) ~ 10. 22.(화)
문의처 | 주관기관: 전북창조경제혁신센터 운영기관: 전북창조경제혁신센터
"""

# 디딤돌 창업전문기관 R&D 사업설명회 (dev corpus): an event's day and place as spaced labels under two glyphs
BRIEFING = """[2024년 창업성장기술개발사업 디딤돌 ‘창업전문기관 R&D' 사업설명회] 시행 공고
○ (사업명) 2024년 창업성장기술개발사업 디딤돌 ‘창업전문기관 R&D' 사업설명회
○ (참여대상)
∙ 거주지역: 경상북도 거주자
○ (지원 내용)
∙ ● 지원대상 - 창업 7년 이하이면서, 최근년도 매출액 20억 미만인 창업기업으로 중소벤처기업부 R&D를 처음 수행하는 기업
∙ ● 일 시 : 2024.8.7.(수), 13:30 ~ 17:00
∙ ● 장 소 : 경북테크노파크 본원 국제회의실(2층)
∙ ● 주요내용 : 1부) 사업 공고 세부 내용 설명 및 신청방법 안내
○ (문의처)
∙ 주관기관: (재)경북테크노파크
∙ 운영기관: (재)경북테크노파크 혁신기업지원센터
"""


@pytest.fixture(scope="module")
def events(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"jeonbuk-startup-fair.txt": JEONBUK_FAIR, "didimdol-briefing.txt": BRIEFING})[1]


def test_an_events_day_written_only_in_its_title_answers_when(events):
    answer = events.ask("제9회 전북 창업대전 며칠에 해요?")
    assert not answer.abstained and "10.21~10.22" in answer.text, answer.text


def test_an_events_day_field_answers_when_it_is_held(events):
    answer = events.ask("경북테크노파크 디딤돌 창업전문기관 R&D 사업설명회 언제 해요?")
    assert not answer.abstained and "2024.8.7." in answer.text, answer.text


def test_where_an_event_is_held_is_its_venue_not_who_runs_it(events):
    # "운영기관: …혁신기업지원센터" reads like a place but names who runs it: the 장소 line answers "어디서"
    answer = events.ask("경북테크노파크 디딤돌 창업전문기관 R&D 사업설명회 언제 어디서 해요?")
    assert not answer.abstained and "2024.8.7." in answer.text and "국제회의실" in answer.text, answer.text


# Lines of two real 2025 dev policies, as their pages write them: a pay stated by the month beside an hourly rate, and
# an e-mail address asked beside a fax number.
SEJONG_INTERN = """# 청년 행정인턴

□ 행정인턴 모집개요
  ○ (모집인원) 41명(동계 20명, 하계 21명)
  ○ (근무시간) 주5일, 1일 6시간(9:00~16:00 / 점심시간제외)
  ○ (근무부서) 시청, 사업소, 읍·면·동, 출자·출연기관 등
  ○ (임    금) 만근 시 금1,698,480원(실근무 20일+주휴수당 4일)
    - ’25년 세종시 생활임금 시간당 11,795원(6시간 70,770원)
    - 결근·조퇴·외출 등의 사유 발생 시 임금 변동
"""
CHUNGJU_BONUS = """# 충주시 관내학교 졸업생 장기근속 장려금 지원

- 지원내용: 관내 학교 졸업 후 관내 기업에 장기근속 하는 경우 장려금 지원
○ 신청방법
 - 방문: 충주시일자리종합지원센터
 - 전자메일: goodjob16@korea.kr
 - 홈페이지: https://job.chungju.go.kr
 - 팩스: 043-848-9169
"""
# ... and a period asked as whether one may still apply
POHANG_JOBS = """미래형 신산업기업 청년일자리사업 안내
구분 | 내용
사업명 | 미래형 신산업기업 청년일자리사업
사업목적 | 미래 신산업 분야 미취업 청년 경쟁력 강화 및 일자리 창출
신청자격 | 연령: 만 19세 ~ 39세 거주지역: 경상북도 거주자
지원사항 | (1~2년차)참여 청년 인건비, 직무교육 지원, (3년차) 참여청년 인센티브 지원 등
접수기간 | 2022년 3월 1일 ~ 2024년 12월 31일
문의처 | 주관기관: 행정안전부
"""
# ... and a count asked of one sub-program beside the total, and a count asked per firm beside the total
ULSAN_TOURISM = """울산관광기업지원센터 운영

  ○ 사업기간 : 연중
  ※ 총 사업기간(2022. ~ 2026.(5년간))
  ○ 지원인원
    - 관광스타트업 선정기업 내 신규 인력 채용 및 일자리 매칭 : 10명
    - 울산관광스타트업 창업 아카데미 : 20명
    - 울산 관광 일자리 인턴 지원 : 25명
  ○ 수행기관 : 울산문화관광재단

□ 지원규모
 ㅇ 총 80명
"""
CHEONGSONG_HIRING = """2025년 지역인재채용 인센티브 지원사업

□ 지원내용
 ㅇ 1. 지원대상 : 청송군 소재 상시근로자 3인 이상 고용보험 가입 업체
 ㅇ 2. 지원내용
  - 지원금액 : 월 임금의 50%(최고 1백만원 한도) 지원금 지급, 업체 당 최대 2명
  - 지원기간 : 총 12개월(6개월분 × 2회)

□ 지원규모
 ㅇ 5명
"""


@pytest.fixture(scope="module")
def figure_pages(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"sejong-intern.md": SEJONG_INTERN, "chungju-bonus.md": CHUNGJU_BONUS,
                           "울산관광기업지원센터_운영.txt": ULSAN_TOURISM,
                           "2025년_지역인재채용_인센티브_지원사업.txt": CHEONGSONG_HIRING,
                           "미래형_신산업기업_청년일자리사업.txt": POHANG_JOBS})[1]


def test_a_monthly_pay_asked_is_the_monthly_sum_not_the_hourly_rate(figure_pages):
    answer = figure_pages.ask("세종 청년 행정인턴 한달 월급 얼마고 하루 몇 시간 일해요?")
    assert not answer.abstained, answer.text
    assert "1,698,480원" in answer.text and "6시간(9:00" in answer.text, answer.text


def test_an_email_asked_beside_a_fax_gets_both_lines(figure_pages):
    answer = figure_pages.ask("충주 관내학교 졸업생 장기근속 장려금 이메일 주소랑 팩스번호 알려줘요")
    assert not answer.abstained, answer.text
    assert "goodjob16@korea.kr" in answer.text and "043-848-9169" in answer.text, answer.text


def test_a_count_asked_of_a_sub_program_is_its_own_line_not_the_total(figure_pages):
    answer = figure_pages.ask("울산관광기업지원센터 창업 아카데미 몇명이고 사업기간은 언제까지예요?")
    assert not answer.abstained, answer.text
    assert "20명" in answer.text and "2026" in answer.text, answer.text
    assert "총 80명" not in answer.text


def test_a_count_asked_per_firm_is_the_rate_not_the_total(figure_pages):
    answer = figure_pages.ask("청송군 지역인재채용 인센티브 업체 한 곳당 최대 몇 명까지 지원돼요?")
    assert not answer.abstained, answer.text
    assert "최대 2명" in answer.text and "ㅇ 5명" not in answer.text, answer.text


def test_whether_one_may_still_apply_is_answered_with_the_application_period(figure_pages):
    answer = figure_pages.ask("포항 사는데 미래형 신산업기업 청년일자리 아직 신청 돼요? 기간이 어떻게 돼요?")
    assert not answer.abstained, answer.text
    assert "2024년 12월 31일" in answer.text, answer.text


# the same page as laid out with every line a heading: "□ 수강생 참가비 무료" has only another heading under it
UIJEONGBU_HEADINGS = """# 3주만에 촘촘히 뽀개는 취뽀전략(의정부시)

의정부시 청년센터 취창업 프로그램
- 주관기관: 의정부시 청년센터(031-828-2438)
□ 지원 내용
□ 2024.08.14~08.28 매주 수요일
□ 프로그램 시간 : 19:00~21:00
□ 장소 : 청년공감터 4층 다목적실
□ 수강생 참가비 무료
□ 매주 사전과제 있음(자소서, 면접 준비 등)
"""


@pytest.fixture(scope="module")
def uijeongbu_headings(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "uijeongbu-job-strategy.md", UIJEONGBU_HEADINGS)[1]


def test_a_heading_with_nothing_under_it_is_a_line_that_answers(uijeongbu_headings):
    # "□ 수강생 참가비 무료" is laid out as a heading, but the next line is a heading too: it says something itself
    answer = uijeongbu_headings.ask("의정부 취뽀전략 참가비 있어?")
    assert not answer.abstained and "참가비 무료" in answer.text, answer.text


TAEAN = """# 태안군 취업자격증 취득지원 사업

-   ❍ 신청자 본인이 실제 지출한 응시료 실비로 산정 및 지급
-   ❍ 1회 지원 상한액(5만원) 초과 시, 초과금액 미지급

## 신청기간

- 2024-07-02 ~ 2024-12-20

## 신청방법

□ 신청방법 : 방문, 전자우편 中 택1
-   ❍ 방문접수 : 태안군청 경제진흥과 일자리사회적경제팀
-       (주소) 충청남도 태안군 태안읍 군청로 1, (태안군청 3층 경제진흥과)
-   ❍ 전자우편 접수 : kyh511@korea.kr
"""


@pytest.fixture(scope="module")
def taean(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "taean-certificates.md", TAEAN)[1]


def test_a_floor_asked_when_applying_in_person_is_the_line_naming_the_floor(taean):
    # "방문접수하면 … 몇층": applying frames the question; the floor is asked, and the address line holds it
    answer = taean.ask("태안 자격증 응시료 지원 방문접수하면 군청 몇층으로 가요?")
    assert not answer.abstained and "3층" in answer.text, answer.text


SEOUL_FIRMS = """서울형 강소기업 육성 지원 안내

1. 사업명
- 서울형 강소기업 육성 지원
2. 사업목적
- 청년에게는 우수 중소기업에서 일할 기회를, 중소기업에게는 청년 인재를 채용할 기회를 제공하여 청년과 중소기업의 일자리 미스매치 해소를 통한 청년 일자리 확대에 기여
4. 지원사항
ㅇ (추진 경과)
- (‘16년)「서울형 강소기업 선정을 통한 청년채용지원 및 일자리질 개선계획」수립
- (‘19년) 서울특별시 강소기업 육성 및 지원 조례 제정
ㅇ (사업 대상) 서울시 소재 중소기업 중 공공기관 인증을 받은 기업
※ 주요 공공기관 인증 : 하이서울브랜드, 청년친화강소기업, 가족친화인증기업, 이노비즈(기술혁신기업), 메인비즈(경영혁신기업), 벤처기업
ㅇ (사업비) 1,010백만원 (지방비 100%)
5. 접수기간
- 2025.06.01 ~ 2025.06.30
"""


@pytest.fixture(scope="module")
def seoul_firms(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "seoul-strong-firms.md", SEOUL_FIRMS)[1]


def test_a_which_question_is_answered_by_the_line_labelled_with_what_it_names(seoul_firms):
    # "어떤 인증": the line labelled "주요 공공기관 인증" lists them, not the line about the plan to choose firms
    answer = seoul_firms.ask("서울형 강소기업으로 선정되려면 어떤 인증이 있어야 되나요?")
    assert not answer.abstained and "하이서울브랜드" in answer.text, answer.text


ANGEL_WORKSHOPS = """엔젤공방거리 조성
주관기관: 강동구청 기획경제국 일자리정책과
거주지역: 서울특별시 강동구

□ 정책 설명
성내도서관 주변 변종업소로 어둡던 골목을 정비하고 사회적경제 방식의 일자리창출로 강동구 사회적경제 생태계 확대에 기여

□ 신청 방법
모집방법: 강동구청 홈페이지 고시/공고 게재
신청접수 및 절차: 기타 자세한 사항은 강동구청 사회적경제과(02-3425-5822)로 문의

□ 심사 방법
- 서류심사
- 면접심사
- 입주
"""


@pytest.fixture(scope="module")
def angel_workshops(tmp_path_factory, analyzer, embedder):
    return indexed_page(tmp_path_factory, analyzer, embedder, "angel-workshops.md", ANGEL_WORKSHOPS)[1]


def test_a_which_noun_that_is_part_of_a_field_name_leaves_the_field_to_its_kind(angel_workshops):
    # "어떤 절차로": 절차 is part of 선발절차, a field the kind asked reads; the line merely labelled "신청접수 및 절차"
    # (a referral to a phone number) does not take the answer from the steps listed under 심사 방법
    answer = angel_workshops.ask("강동구 엔젤공방거리 입주자 선발은 어떤 절차로 진행됩니까?")
    assert not answer.abstained and "서류심사" in answer.text and "면접심사" in answer.text, answer.text

