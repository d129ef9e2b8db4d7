"""A prose document presenting several programs, one paragraph each (the Suwon seed article: its senior
technology startup center, its 3D-printer center for one-person businesses, its startup support centers):
every question it answers is answered from the paragraph of the program asked about, and every detail
it never states of a program is refused, never answered with another program's sentence."""

import re

import pytest

pytestmark = pytest.mark.slow  # the seed articles' index

BOOKLET = "000_3e53feb907e695fd.txt"
# Each program's paragraphs, by a phrase only each holds.
SENIOR = ("시니어 기술창업센터는 2011년 3월 개소해",)
PRINTER = ("경기지방중소기업청, 창업진흥원과 협력체계", "총 20개의 사무공간", "입주기업에게는 경기중소기업청에서")
STARTUP = ("창업지원센터와 창업성장지원센터는",)

ANSWERED = [
    ("시니어 기술창업센터 보육실에는 몇 개 기업이 입주할 수 있어요?", "27개", SENIOR),
    ("시니어 기술창업센터는 언제 문을 열었어요?", "2011년 3월", SENIOR),
    ("3D 프린터 특화형 1인 창조기업 비즈니스센터 사무공간은 몇 개예요?", "20개", PRINTER),
    ("3D 프린터 비즈니스센터에 들어가면 마케팅교육도 받을 수 있어요?", "마케팅교육", PRINTER),
    ("창업지원센터에는 어떤 기업이 입주할 수 있나요?", "3년 이내", STARTUP),
    ("창업성장지원센터는 어떤 프로그램을 제공해요?", "컨설팅", STARTUP),
]
NOT_STATED = [
    "시니어 기술창업센터 입주 신청 마감일은 언제예요?",
    "3D 프린터 특화형 1인 창조기업 비즈니스센터 입주비는 얼마예요?",
    "창업지원센터 상담 전화번호가 뭐예요?",
    "시니어 기술창업센터 입주 신청은 몇 살부터 할 수 있어요?",
]


def _paragraphs(assistant, phrases: tuple[str, ...]) -> list[str]:
    text = assistant.document(BOOKLET).text
    return [p for p in text.split("\n\n") if any(phrase in p for phrase in phrases)]


@pytest.mark.parametrize("question,fact,program", ANSWERED)
def test_each_program_is_answered_from_its_own_paragraphs(knowledge_assistant, question, fact, program):
    answer = knowledge_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert fact in answer.text
    own = _paragraphs(knowledge_assistant, program)
    for citation in answer.citations:
        assert citation.source == BOOKLET
        for sentence in re.split(r"(?<=다\.)\s+", citation.snippet.strip()):
            # every quoted sentence lies in the paragraphs of the program asked about
            assert any(sentence in p for p in own), (sentence, own)


@pytest.mark.parametrize("question", NOT_STATED)
def test_a_detail_the_booklet_never_states_of_a_program_is_refused(knowledge_assistant, question):
    answer = knowledge_assistant.ask(question)
    assert answer.abstained, answer.text
    assert not answer.citations  # no other program's sentence offered instead
