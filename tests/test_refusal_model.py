"""When the answer model answers and when it refuses: a line saying the asked thing in other words is answered; the
same question of the document without that line is refused for that program ("… 문서에는 … 없습니다"); the
calibration learns that difference from the tuning questions read again without their answering lines, and does so
the same way every run. The pages are real dev-policy pages (../shared/data/youth-policies)."""

import pytest

from assistant.answer.meaning import Calibration
from assistant.language.questions import analyze, clean_question
from evals.dataset import GoldRow
from evals.policy_calibrate import calibrate
from evals.policy_questions import PolicyQuestion
from tests.conftest import assistant_over
from tests.dev_pages import GUMI_GROWTH

pytestmark = pytest.mark.slow  # builds real indexes with line vectors

# 20250715005400211285: the length of the internship is said only as "(고용기간 4개월)"
INTERNSHIP = """# 지방공기업 체험형 청년인턴 제도 운영


## 사업개요

> 청년 대상 일자리 경험 제공 및 취업역량 강화

## 지원대상

- 연령: 만 19세 ~ 34세
- 거주지역: 전국
- 청년(19~34세) 취업준비생,
- 채용 공고 시 별도로 정하는 요건 만족(거주지 등)

## 지원내용

- 체혐형 청년인턴 제도 운영
- (고용기간 4개월)

## 신청기간

- 2025-05-13 ~ 2025-05-25

## 문의

- 주관기관: 기획조정실
- 운영기관: 충청남도개발공사
- 홈페이지: https://www.cndc.kr/index.do
"""
LENGTH_LINE = "- (고용기간 4개월)\n"
ASKED_LENGTH = "지방공기업 체험형 청년인턴 하면 몇 개월 일하는 거야?"


@pytest.fixture(scope="module")
def internship(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"internship.md": INTERNSHIP})[1]


@pytest.fixture(scope="module")
def internship_without_length(tmp_path_factory, analyzer, embedder):
    page = INTERNSHIP.replace(LENGTH_LINE, "")
    assert page != INTERNSHIP
    return assistant_over(tmp_path_factory, analyzer, embedder, {"internship.md": page})[1]


def test_a_length_said_in_other_words_is_answered(internship):
    answer = internship.ask(ASKED_LENGTH)  # "몇 개월 일하는" against "고용기간 4개월": no asked word but the unit
    assert not answer.abstained, answer.text
    assert "4개월" in answer.text and answer.citations


def test_the_same_question_without_its_answering_line_is_refused_for_that_program(internship_without_length):
    answer = internship_without_length.ask(ASKED_LENGTH)
    assert answer.abstained and answer.reason == "not_in_program", answer.text
    assert answer.text.startswith("지방공기업 체험형 청년인턴 제도 운영 문서에는 운영 기간 내용이 없습니다"), answer.text
    assert not answer.citations  # nothing from another line or program stands in


def test_taking_the_answering_line_out_turns_a_sure_reading_into_a_refusal(internship):
    """What calibration does with every tune question read right: the reading of the document without the lines
    holding the facts finds no value of the asked kind anywhere, and the model refuses it."""
    programs = internship.programs
    question = analyze(clean_question(ASKED_LENGTH), internship.analyzer)
    _, whole = programs.reading(question)
    _, without = programs.reading(question, without=lambda unit: "4개월" in unit.text)
    assert any("4개월" in c.unit.text for c in whole.chosen)
    assert not any("4개월" in c.unit.text for line in without.ranked for c in line)
    assert whole.features["value_absent"] == 0.0 and without.features["value_absent"] == 1.0
    assert programs.reader.answers(whole) and not programs.reader.answers(without)


SOURCE = "growth.md"


@pytest.fixture(scope="module")
def growth(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {SOURCE: GUMI_GROWTH})[1]


def _tune(rows):
    return [PolicyQuestion(GoldRow(f"t{i}", q, bool(f), (SOURCE,), tuple(map(tuple, f)),
                                   "natural" if f else "natural_not_stated"), "other", "md", "tune", "natural")
            for i, (q, f) in enumerate(rows)]


TUNE = [("구미 청년성장 프로젝트 몇 명 뽑아요?", [["1100명"]]),
        ("구미 청년성장 프로젝트 몇 살까지 돼요?", [["39세"]]),
        ("구미 청년성장 프로젝트 가면 1:1 상담도 해주나요?", [["1:1 상담", "초기상담"]]),
        ("구미 청년성장 프로젝트 신청 언제까지예요?", [["12월"]]),
        ("구미 청년성장 프로젝트 참여하면 한 달에 얼마 줘요?", [])]


def test_calibration_reads_every_question_read_right_again_without_its_answer(growth):
    reader = growth.programs.reader
    saved = reader.calibration
    try:
        fitted, note = calibrate(growth, _tune(TUNE))
        again, note_again = calibrate(growth, _tune(TUNE))
    finally:
        reader.calibration = saved
    # one counterfactual for each reading that held its facts, so "not stated" is learned in the same words
    assert note["readings_without_answer"] == note["readings_right"] == 4
    assert note["readings"] == 4 + 4 + 1  # the four read right, their four counterfactuals, the one never stated
    # the same questions and index give the same coefficients (the lead re-runs it after merging)
    assert (again.line, again.answer, again.threshold) == (fitted.line, fitted.answer, fitted.threshold)
    assert note == note_again and 0 < fitted.threshold < 1


def test_a_refitted_model_answers_the_question_read_right_and_refuses_the_one_never_stated(growth, tmp_path):
    reader = growth.programs.reader
    saved = reader.calibration
    try:
        fitted, note = calibrate(growth, _tune(TUNE))
        fitted.write(tmp_path / "calibration.json", note)
        reader.calibration = Calibration.read(tmp_path / "calibration.json")
        answered = growth.ask("구미 청년성장 프로젝트 몇 명 뽑아요?")
        refused = growth.ask("구미 청년성장 프로젝트 참여하면 한 달에 얼마 줘요?")
    finally:
        reader.calibration = saved
    assert not answered.abstained and "1100명" in answered.text, answered.text
    assert refused.abstained and refused.text.startswith("청년성장 프로젝트 문서에는"), refused.text


def test_keeping_the_line_model_fits_only_whether_the_document_answers(growth):
    """`python -m evals calibrate --keep-line`: the lines ranked as the shipped model ranks them, the answer model
    fitted again on the readings that ranking makes."""
    reader = growth.programs.reader
    saved = reader.calibration
    start = Calibration()  # the hand-set line weights stand for the shipped ones
    try:
        fitted, note = calibrate(growth, _tune(TUNE), start, keep_line=True)
        with pytest.raises(ValueError, match="keep it from"):
            calibrate(growth, _tune(TUNE), keep_line=True)
    finally:
        reader.calibration = saved
    assert fitted.line == start.line and note["line_model"] == "kept"
    assert fitted.answer != start.answer and note["readings_right"] == 4


# shaped after dev policy 20250119005400210335 (청년농업인 스마트팜 자립기반 구축, a tuning-half question of
# evals/natural_blind2.jsonl): the lease a site needs is said only as "12년 이상 장기임대 계약", never
# with the word "임대면" people ask by
FARM = """# 청년농업인 스마트팜 자립기반 구축

- 지역: 전라남도
- 지원대상: 만 18세 이상 40세 미만 청년농업인
- 지원내용: 스마트팜 온실 1,500㎡ 이상 신축비용 지원 (1개소당 최대 5억원)

부지는 본인 소유이거나, 사업시행 연도기준 12년 이상 장기임대 계약이 원칙입니다.
문의: 전라남도 농업정책과 061-286-0000
"""
LEASE_LINE = "부지는 본인 소유이거나, 사업시행 연도기준 12년 이상 장기임대 계약이 원칙입니다.\n"
ASKED_LEASE = "전남 청년농 스마트팜 자립기반 구축 부지 임대면 몇 년 이상 계약해야 해요?"
ALLOWANCE_LINE = "참여수당: 교육 참여 시 월 30만원\n"


def test_a_line_the_reader_is_sure_of_answers_though_the_question_names_a_word_the_page_never_writes(tmp_path_factory,
                                                                                                    analyzer, embedder):
    """"임대면 몇 년" (임대 with 면, if) of a page saying "12년 이상 장기임대 계약" is answered by that line; "온실 신축기준
    몇 ㎡예요?" of a page saying "스마트팜 온실 1,500㎡ 이상 신축비용 지원" is answered by the line the reader is sure of,
    saying the page never writes 신축기준, so the person judges whether that is it; but a sum named by a word the page
    never writes is refused by that word, whatever line the reader finds ("교육수당 얼마예요?" of a page paying a
    참여수당; "교육비"); and the page without the lease line is refused for that program."""
    farm = assistant_over(tmp_path_factory, analyzer, embedder, {"farm.md": FARM + ALLOWANCE_LINE})[1]
    lease = farm.ask(ASKED_LEASE)
    assert not lease.abstained and "12년 이상 장기임대" in lease.text and lease.citations, lease.text
    assert "임대면" not in lease.text  # 임대 is written: no word of the question is said missing
    size = farm.ask("전남 청년농 스마트팜 자립기반 구축 온실 신축기준 몇 ㎡예요?")
    assert not size.abstained and "1,500㎡" in size.text, size.text
    assert "'신축기준'에 대한 내용은 명시되어 있지 않습니다" in size.text
    allowance = farm.ask("전남 청년농 스마트팜 자립기반 구축 교육수당 얼마예요?")
    assert allowance.abstained and "교육수당 내용이 없습니다" in allowance.text and not allowance.citations, allowance.text
    fee = farm.ask("전남 청년농 스마트팜 자립기반 구축 교육비 얼마예요?")
    assert fee.abstained and fee.reason == "not_in_program" and "교육비" in fee.text, fee.text
    without = assistant_over(tmp_path_factory, analyzer, embedder, {"farm.md": FARM.replace(LEASE_LINE, "")})[1]
    refused = without.ask(ASKED_LEASE)
    assert refused.abstained and refused.reason == "not_in_program" and not refused.citations, refused.text
