"""English questions get the answers Korean ones get (issue 22, citizens 6): the same pipeline asked in Korean,
its cited Korean lines marked (원문) under English labels and verdicts, and an English refusal when the documents
do not say. Over the seed articles plus one program page of 경기도 written the way real pages are."""

from __future__ import annotations

import re
import shutil

import pytest

from assistant.answer.conversation import Conversation
from assistant.answer.quoting import plain_quote

PAGE = """# 경기도 청년 면접수당

## □ 지원대상
- 연령: 만 18~39세
- 거주지역: 경기도
## □ 신청기간
- 신청기간: 2030. 3. 1. ~ 3. 31.
## □ 지원내용
- 지원금액: 면접 1회당 5만원, 최대 6회 지원
## □ 신청방법
- 잡아바 누리집(apply.jobaba.net)에서 온라인 신청
## □ 제출서류
- 신청서, 주민등록초본, 면접확인서
## □ 문의
- 경기도일자리재단 청년팀 031-270-9600
"""
PAGE_FILE = "gyeonggi-interview.md"
HANGUL = re.compile(r"[가-힣]")


@pytest.fixture(scope="module")
def assistant(knowledge_settings, analyzer, embedder, tmp_path_factory):
    from assistant.config import load_settings
    from assistant.documents.uploads import append_metadata
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest
    from assistant.types import DocumentMeta

    scratch = tmp_path_factory.mktemp("english")
    knowledge = scratch / "knowledge"
    shutil.copytree(knowledge_settings.source_dir, knowledge)
    (knowledge / PAGE_FILE).write_text(PAGE, encoding="utf-8")
    append_metadata(knowledge, [PAGE_FILE], DocumentMeta(title="경기도 청년 면접수당", municipality="경기도",
                                                         publisher="경기도일자리재단", published="2030-02-01"))
    shutil.copytree(knowledge_settings.index_dir, scratch / "index")
    settings = load_settings({}, index_dir=scratch / "index", source_dir=knowledge)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    return Assistant.open(settings, analyzer=analyzer, embedder=embedder)


def _quoted_inside_citations(answer) -> None:
    """Every Korean stretch the answer shows lies inside a passage it cites (after layout marks are removed)."""
    passages = [plain_quote(c.passage or c.snippet) for c in answer.citations]
    for line in answer.text.splitlines():
        for stretch in re.findall(r"[가-힣][^\[\]()']*[가-힣0-9]", line.split("(원문):")[-1].replace("(원문)", "")):
            for part in stretch.split(" — "):  # "title — quoted line"
                inside = any(part in p for p in passages) or any(part in c.title for c in answer.citations)
                assert inside, (part, line)


# (English question, the Korean a resident asks, the English label the answer leads with)
FIELDS = [
    ("When does the interview allowance in Gyeonggi close?", "경기도 면접수당 신청 기간은 언제예요?", "Application period"),
    ("Who can apply for the interview allowance in Gyeonggi?", "경기도 면접수당은 누가 신청할 수 있어요?", "Who can apply"),
    ("How old do I have to be for the Gyeonggi interview allowance?", "경기도 면접수당은 몇 살까지 신청할 수 있어요?", "Age limit"),
    ("Where do I apply for the interview allowance in Gyeonggi?", "경기도 면접수당은 어떻게 신청해요?", "How to apply"),
    ("What documents do I need for the Gyeonggi interview allowance?", "경기도 면접수당 제출 서류는 뭐예요?", "Documents to submit"),
    ("Who do I contact about the interview allowance in Gyeonggi?", "경기도 면접수당 문의처는 어디예요?", "Contact"),
]


@pytest.mark.parametrize("english,korean,label", FIELDS, ids=[f[2] for f in FIELDS])
def test_an_english_detail_question_gets_the_korean_answer_under_an_english_label(assistant, english, korean, label):
    answer, asked = assistant.ask(english), assistant.ask(korean)
    assert not asked.abstained and not answer.abstained, (asked.text, answer.text)
    assert answer.text.startswith(f"{label} — the document says (원문): "), answer.text
    assert [c.source for c in answer.citations] == [c.source for c in asked.citations]
    first = answer.text.split("(원문): ", 1)[1]
    assert first in asked.text.splitlines()[0] or asked.text.splitlines()[0] in first  # the same quoted line
    for line in answer.text.splitlines()[1:]:
        assert not HANGUL.search(line) or "(원문)" in line, line  # every Korean line marked as the document's
    _quoted_inside_citations(answer)


@pytest.mark.parametrize("question,verdict", [
    ("Can a 35-year-old apply for the interview allowance in Gyeonggi?", "Yes, by age — a 35-year-old is within"),
    ("Can I get the Gyeonggi interview allowance if I'm 45?", "No, by age — a 45-year-old is outside"),
])
def test_an_english_age_condition_gets_an_english_verdict_on_the_documents_limit(assistant, question, verdict):
    answer = assistant.ask(question)
    assert answer.text.startswith(verdict) and "'만 18~39세' (원문) [1]" in answer.text.splitlines()[0], answer.text
    assert answer.text.splitlines()[1].startswith("Age limit — the document says (원문): ")
    _quoted_inside_citations(answer)


def test_living_outside_the_place_gets_a_no_quoting_the_residence_line_and_a_follow_up_reads_the_program(assistant):
    answer = assistant.ask("Can I apply for the Gyeonggi interview allowance if I live outside Gyeonggi?")
    first = answer.text.splitlines()[0]
    assert first.startswith("No — the document limits it to residents of Gyeonggi (원문): 거주지역: 경기도 ["), answer.text
    _quoted_inside_citations(answer)
    before = Conversation()
    asked = "How much is the interview allowance in Gyeonggi?"
    after = before.after(asked, assistant.ask(asked, conversation=before))
    follow = assistant.ask("Can I apply if I live outside Gyeonggi?", conversation=after)
    assert follow.text.splitlines()[0].startswith("No — the document limits it to residents of Gyeonggi"), follow.text


def test_a_question_the_documents_do_not_answer_is_refused_in_english(assistant):
    korean = assistant.ask("경기도 면접수당은 몇 명 뽑아요?")
    answer = assistant.ask("How many people does the interview allowance in Gyeonggi take?")
    assert korean.abstained, korean.text  # the page does not say how many
    assert answer.abstained and "does not state the number of places, and I will not guess" in answer.text, answer.text
    assert not answer.citations and answer.notes[0].startswith("Document read: 경기도 청년 면접수당")  # the page it read
    unmarked = answer.text.replace("'맞춤 사업 찾기'", "").replace("경기도 청년 면접수당 (원문)", "")
    assert not HANGUL.search(unmarked), answer.text  # English, the program's Korean name marked as the document's


@pytest.mark.parametrize("question,lead", [
    ("How old can I be to join 경기도 청년 면접수당?", "Age limit — the document says (원문): "),
    ("Can a 45-year-old apply for 경기도 청년 면접수당?", "No, by age — a 45-year-old is outside"),
])
def test_an_english_question_naming_the_program_in_korean_gets_the_english_frame(assistant, question, lead):
    answer = assistant.ask(question)
    assert answer.text.startswith(lead) and "경기도 청년 면접수당" in answer.citations[0].title, answer.text
    _quoted_inside_citations(answer)


def test_an_english_question_naming_the_program_in_korean_is_refused_in_english_naming_it(assistant):
    answer = assistant.ask("How many people does 경기도 청년 면접수당 take?")  # the page does not say
    assert answer.abstained and answer.text.startswith("The document of 경기도 청년 면접수당 (원문) does not state"), answer.text
    assert "the number of places" in answer.text


def test_an_english_question_around_a_korean_name_the_layer_does_not_ask_is_still_answered_in_english(assistant):
    """"Tell me about …" is no detail the layer asks in Korean: the pipeline reads it as Korean, and its answer (or
    refusal) still comes framed in English, the Korean lines marked (원문)."""
    answer = assistant.ask("Tell me about 경기도 청년 면접수당")
    if answer.abstained:
        assert answer.text.startswith("The document"), answer.text
    else:
        assert answer.text.startswith("The documents (in Korean) say:"), answer.text
        assert all("(원문)" in line for line in answer.text.splitlines()[1:] if HANGUL.search(line))
