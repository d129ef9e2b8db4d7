"""Questions naming a program are answered from that program's document: its labelled field, the
candidates when the name fits several, or 'not stated' for that program — never another program's line."""

import re
import shutil

import pytest

from assistant.ui import chat as ui_chat
from assistant.ui.render import answer_text
from tests.test_structure import NOTICE, PAGE

pytestmark = pytest.mark.slow  # builds a real index (about a minute on 2 cores)

TONGYEONG = """# 통영시 청년 스펙-UP 지원사업

- 지역: 통영시
- 지원대상: 통영시 거주 만 18세 ~ 34세 청년
- 지원내용: 어학·자격증 응시료 1인 연 최대 30만원
- 문의: 통영시 일자리정책과 055-650-0000
"""

TAEAN = """# 청년 자격증 응시료 지원

- 지역: 충청남도 태안군
- 지원대상: 태안군에 주소를 둔 만 18세 ~ 45세 청년
- 지원금액: 1인당 최대 10만원 (실비)
- 신청기간: 2025.02.01 ~ 예산 소진 시까지
"""

# A notice with no age limit whose documents list is longer than one passage (about 300 syllables a passage).
MIRYANG = "# 밀양시 청년 첫걸음 면접 지원사업\n\n□ 사업개요\n" + "".join(
    f"○ 밀양시는 지역 청년의 첫 취업을 돕기 위하여 {n}단계 면접 준비 과정을 운영하고 참여 청년에게 상담을 제공합니다.\n"
    for n in range(1, 4)
) + "□ 제출서류\n" + "".join(
    f"○ {paper} 1부 (신청일 기준 1개월 이내 발급분으로 제출하며, 사본은 원본 대조 후 인정하고 누락 시 보완을 요청합니다)\n"
    for paper in ("참여 신청서", "주민등록초본", "최종학력 증명서", "개인정보 수집 이용 동의서", "고용보험 자격이력 내역서")
) + "□ 문의: 밀양시 일자리경제과 055-359-0000\n"

SAMCHEOK_ROWS = [
    ("항목", "내용"),
    ("사업명", "청년 자격증 응시료 지원"),
    ("지역", "강원특별자치도 삼척시"),
    ("지원대상", "삼척시 거주 만 19세 ~ 39세 미취업 청년"),
    ("지원금액", "50천원 (1인 1회)"),
    ("제출서류", "신청서, 주민등록초본, 응시료 영수증"),
]


def _docx(path, rows):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("청년 자격증 응시료 지원 안내")
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.save(path)


@pytest.fixture(scope="module")
def programs(tmp_path_factory, analyzer, embedder):
    """A real index of program documents in three forms beside the seed articles."""
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest
    from tests.conftest import REPO

    source = tmp_path_factory.mktemp("programs")
    seed = "004_f7151f5f38947686.txt"  # a news article beside the programs (titled by its metadata row)
    shutil.copy(REPO / "knowledge" / seed, source / seed)
    metadata = (REPO / "knowledge" / "metadata.csv").read_text(encoding="utf-8").splitlines()
    (source / "metadata.csv").write_text("\n".join([metadata[0]] + [r for r in metadata if r.startswith(seed)]) + "\n", encoding="utf-8")
    (source / "geoje-spec-up.txt").write_text(NOTICE, encoding="utf-8")
    (source / "tongyeong-spec-up.md").write_text(TONGYEONG, encoding="utf-8")
    (source / "jump-up.md").write_text(PAGE, encoding="utf-8")
    (source / "taean-exam-fee.md").write_text(TAEAN, encoding="utf-8")
    (source / "miryang-interview.md").write_text(MIRYANG, encoding="utf-8")
    _docx(source / "samcheok-exam-fee.docx", SAMCHEOK_ROWS)
    settings = load_settings({}, index_dir=tmp_path_factory.mktemp("index"), source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    return Assistant.open(settings, analyzer=analyzer, embedder=embedder)


def test_age_comes_from_the_named_program_not_the_similar_one(programs):
    answer = programs.ask("거제시 청년 스펙업 지원사업은 몇 살까지 신청할 수 있어요?")
    assert not answer.abstained
    assert "39세" in answer.text and "34세" not in answer.text
    assert answer.citations[0].source == "geoje-spec-up.txt"
    assert all(c.source != "tongyeong-spec-up.md" for c in answer.citations)


def test_the_other_city_is_answered_from_its_own_document(programs):
    answer = programs.ask("통영 스펙업 지원사업 나이 제한 있어요? 몇 살까지예요")
    assert "34세" in answer.text and answer.citations[0].source == "tongyeong-spec-up.md"


def test_head_count_and_deadline_are_the_labelled_values(programs):
    count = programs.ask("거제 청년 스펙-UP 지원사업 몇 명 뽑아요?")
    assert "200명" in count.text and count.citations[0].source == "geoje-spec-up.txt"
    deadline = programs.ask("2025 점프업 아카데미 신청 기간이 언제까지예요?")  # romanised, year left out of the title
    assert "20250210" in deadline.text and deadline.citations[0].source == "jump-up.md"


def test_a_field_the_program_does_not_state_is_said_missing_for_that_program(programs):
    answer = programs.ask("거제시 청년 스펙-UP 지원사업 면접수당은 얼마예요?")
    assert answer.abstained and answer.reason == "not_in_program" and not answer.citations
    # a note names the page it read and how old it is, so a reader can look it up and check
    assert answer.notes[0].startswith("확인한 문서: 2025년 거제시 청년 스펙-UP 지원사업 공고 — ") and "확인이 필요" in answer.notes[0]
    assert "거제시 청년 스펙-UP 지원사업" in answer.text and "면접수당" in answer.text
    count = programs.ask("통영시 청년 스펙-UP 지원사업은 몇 명을 뽑나요?")
    assert count.abstained and "200명" not in count.text and "통영시 청년 스펙-UP 지원사업" in count.text


def test_a_table_row_answers_with_its_label_and_value(programs):
    answer = programs.ask("삼척 청년 자격증 응시료 지원은 얼마 받아요?")
    assert "50천원" in answer.text and answer.citations[0].source == "samcheok-exam-fee.docx"
    assert "10만원" not in answer.text  # the other place's amount is never quoted
    papers = programs.ask("삼척시 청년 자격증 응시료 지원 제출서류 뭐예요?")
    assert "주민등록초본" in papers.text


def test_a_name_that_fits_several_programs_lists_them_and_asks_which(programs):
    answer = programs.ask("청년 자격증 응시료 지원은 몇 살까지 돼요?")
    sources = {c.source for c in answer.citations}
    assert sources == {"taean-exam-fee.md", "samcheok-exam-fee.docx"}
    assert "태안" in answer.text and "삼척" in answer.text
    assert "39세" not in answer.text and "45세" not in answer.text  # no guess at which one was meant


def test_a_heading_never_answers(programs):
    answer = programs.ask("거제시 청년 스펙업 지원사업 지원대상은 누구예요?")
    assert not answer.abstained
    assert answer.text.split("—", 1)[-1].strip().rstrip("[1]").strip() != "□ 지원대상"
    assert "19세" in answer.text or "거제시에 주소" in answer.text


def test_where_applicants_live_and_whom_to_ask_come_from_their_labels(programs):
    residence = programs.ask("삼척 청년 자격증 응시료 지원은 어디 사는 사람이 신청할 수 있어요?")
    assert "삼척시" in residence.text and residence.citations[0].source == "samcheok-exam-fee.docx"
    contact = programs.ask("통영시 청년 스펙업 지원사업 문의는 어디로 하면 돼요?")
    assert "055-650-0000" in contact.text and contact.citations[0].source == "tongyeong-spec-up.md"
    papers = programs.ask("통영시 청년 스펙-UP 지원사업 신청할 때 서류 뭐 내요?")
    assert papers.abstained and "통영시 청년 스펙-UP 지원사업" in papers.text and "주민등록초본" not in papers.text


def test_a_refusal_for_a_program_names_the_page_it_read_in_the_chat(programs):
    """The chat shows "that program's document does not say" as a refusal, no source card, with a note naming the page
    it read; the copied text keeps the note, so a counselor can look the page up and check."""
    shown, turns = list(ui_chat.ask_turn(programs, "거제시 청년 스펙-UP 지원사업 면접수당은 얼마예요?", []))[-1]
    html = shown[1]["content"]
    assert 'class="jq-refusal"' in html and 'class="jq-sources"' not in html and "확인한 문서: 2025년 거제시 청년 스펙-UP" in html
    copied = answer_text(turns[0]["answer"])
    assert "※ 확인한 문서: 2025년 거제시 청년 스펙-UP 지원사업 공고 — " in copied and "출처" not in copied, copied


def test_a_field_question_about_a_program_not_indexed_quotes_no_other_program(programs):
    answer = programs.ask("서울시 청년 월세 지원은 한 달에 얼마예요?")
    assert answer.abstained and not answer.citations
    assert "50천원" not in answer.text and "10만원" not in answer.text and "30만원" not in answer.text


def test_whether_an_age_may_apply_is_answered_from_the_age_line_with_a_verdict(programs):
    older = programs.ask("통영시 청년 스펙업 지원사업 40살도 신청 가능해요?")
    assert not older.abstained and older.citations[0].source == "tongyeong-spec-up.md"
    assert "만 18세 ~ 34세" in older.citations[0].snippet
    verdict = older.text.split("[1]", 1)[1]
    assert "만 18세 ~ 34세" in verdict and "40살" in verdict and "해당하지 않습니다" in verdict
    assert verdict.rstrip().endswith("[1]")  # the verdict cites the line that states the limit
    younger = programs.ask("삼척 청년 자격증 응시료 지원 25살인데 받을 수 있나요?")
    assert younger.citations[0].source == "samcheok-exam-fee.docx" and "19세 ~ 39세" in younger.citations[0].snippet
    assert "25살" in younger.text and "들어갑니다" in younger.text and "해당하지 않습니다" not in younger.text


def test_an_age_asked_of_a_program_stating_none_is_said_missing_for_it(programs):
    answer = programs.ask("밀양시 청년 첫걸음 면접 지원사업 40살도 신청 가능해요?")
    assert answer.abstained and not answer.citations and answer.notes[0].startswith("확인한 문서: 밀양시 청년 첫걸음")
    assert "밀양시 청년 첫걸음 면접 지원사업" in answer.text and "나이" in answer.text


def _shown_lines(answer) -> list[tuple[int, str]]:
    """The lines an answer quotes, each with the [n] that follows it (the program name before "—" left out)."""
    body = answer.text.split(" — ", 1)[1]
    out = []
    for piece, number in re.findall(r"(.*?)\[(\d+)\]", body):
        out += [(int(number), line.strip()) for line in re.split(r"\n|\s(?=[○□\-]\s)", piece) if line.strip()]
    return out


def test_every_line_a_field_answer_shows_is_in_the_passage_it_cites(programs):
    papers = programs.ask("밀양시 청년 첫걸음 면접 지원사업 제출서류 뭐예요?")  # the list runs into the next passage
    assert "주민등록초본" in papers.text and "사업개요" not in papers.text and "055-359-0000" not in papers.text
    target = programs.ask("거제시 청년 스펙업 지원사업 지원대상은 누구예요?")
    for answer in (papers, target):
        passages = {c.number: c.passage for c in answer.citations}
        lines = _shown_lines(answer)
        assert lines and all(line in passages[number] for number, line in lines), lines


# 청년도전사업 5주과정 참여자 모집 (완주, dev corpus): an age limit written with a bound it does not admit (46세미만)
WANJU_CHALLENGE = """청년도전사업 5주과정 참여자 모집(~9.30, 선착순)
사업명 | 청년도전사업 5주과정 참여자 모집(~9.30, 선착순)
참여대상 | 연령: 18세이상~46세미만 거주지역: 전북특별자치도 완주군 거주자
지원 내용 | 5주 과정 구직단념청년 지원 프로그램, 참여수당 지급
문의처 | 주관기관: 완주군 일자리경제과
"""


@pytest.fixture(scope="module")
def wanju(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder, {"wanju-challenge.md": WANJU_CHALLENGE})[1]


def test_an_age_limit_under_a_bound_is_also_said_in_the_ages_it_admits(wanju):
    # "46세미만": who asks "몇 살까지" hears 45, and a stated age ("40살인데 …") gets its verdict with the ages admitted
    upto = wanju.ask("완주군 청년도전사업 몇살까지 돼?")
    assert not upto.abstained and "18세이상~46세미만" in upto.text and "18~45세" in upto.text, upto.text
    stated = wanju.ask("완주 사는 40살인데 청년도전사업 5주과정 신청 돼요?")
    assert not stated.abstained and "18~45세" in stated.text and "40살은 나이 조건에 들어갑니다" in stated.text, stated.text


def test_a_limit_written_as_admitted_is_not_restated():
    from assistant.answer.fields import age_limit

    assert age_limit("연령: 15세이상~46세미만").inclusive() == "15~45세"
    assert age_limit("연령: 만 19세 ~ 39세").inclusive() == ""


# 2025년 청년도전지원사업 (남동구) and 목포 청년쉼터 운영 (dev corpus): whom it is for said only in the overview's own
# words ("…을 대상으로"), and the body that runs it only in a 주관기관 line
NAMDONG_CHALLENGE = """# 2025년 청년도전지원사업

- **사업 개요**: 구직단념청년 등을 대상으로 맞춤형 프로그램을 제공하고, 청년의 구직의욕 고취, 노동시장 참여 및 취업촉진을 지원하는 사업

## 참여대상

- 연령: 만 18세 이상 34세 이하
- 거주지역: 인천광역시 거주자
- **지원 내용**: 1:1상담, 취업역량강화 프로그램, 자신감회복 프로그램, 퍼스널컬러 및 이미지메이킹 컨설팅, 자소서 쓰기 및 이력서 쓰기등 취업에 실질적으로 도움이 되는 맞춤형 프로그램을 제공하여 취업 의지를 북돋움
- **선발인원**: 60명 선발

## 문의처

- 운영기관: 남동구
"""
MOKPO_SHELTER = """# 목포 청년쉼터 운영

- 지원 내용: 청년들이 자유롭게 소통하고 휴식을 취할 수 있는 쉼터 공간과 더불어 관내 미취업 청년들에게 창업 공간 제공
- 1층 : 창업공간(카페)
- 거주지역: 목포시

## 문의처

- 주관기관: 미래전략산업국
"""


@pytest.fixture(scope="module")
def stated_in_own_words(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    pages = {"namdong-challenge.md": NAMDONG_CHALLENGE, "mokpo-shelter.md": MOKPO_SHELTER}
    return assistant_over(tmp_path_factory, analyzer, embedder, pages)[1]


def test_whom_a_program_is_for_is_its_own_line_saying_so(stated_in_own_words):
    answer = stated_in_own_words.ask("인천 남동구 청년도전지원사업은 어떤 청년 대상이에요?")
    assert not answer.abstained and "구직단념청년" in answer.text, answer.text


def test_the_body_running_a_program_is_its_labelled_line(stated_in_own_words):
    answer = stated_in_own_words.ask("목포 청년쉼터 어느 부서에서 운영해?")
    assert not answer.abstained and "미래전략산업국" in answer.text, answer.text
