"""In prose, the sentence that says what is asked answers, not only the one repeating the question's words:
"…취업경진대회를 개최하였다." names the contest, the next sentence says who may take part. An English
question's words the glossary cannot read are words no sentence holds, so a question about a program in a
city the documents never name is refused, not answered from any youth job sentence."""

import pytest

pytestmark = pytest.mark.slow  # the seed articles' index

GANGNAM = "003_42356f59f6b58290.txt"


@pytest.mark.parametrize("question", [
    "강남 취업경진대회에는 누가 참가할 수 있어요?",
    "Who can take part in the Gangnam job contest?",
])
def test_who_may_join_is_answered_by_the_sentence_saying_it_after_the_one_naming_the_contest(knowledge_assistant, question):
    answer = knowledge_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "18~32세" in answer.text and "청년구직자" in answer.text, answer.text
    assert {c.source for c in answer.citations} == {GANGNAM}
    assert all(c.snippet in c.passage for c in answer.citations)


def test_what_a_center_gives_comes_with_the_sentence_naming_its_facilities(knowledge_assistant):
    answer = knowledge_assistant.ask("수원 시니어 기술창업센터는 어떤 지원을 해줘요?")
    assert not answer.abstained, answer.text
    assert "공동사무실" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "What is the monthly allowance of the Osaka youth job program?",
    "What is the Uijeongbu youth center monthly rent subsidy?",
])
def test_an_english_question_about_what_no_document_names_is_refused(knowledge_assistant, question):
    answer = knowledge_assistant.ask(question)
    assert answer.abstained, answer.text
    assert not answer.citations


def test_an_english_question_the_glossary_reads_whole_is_still_answered(knowledge_assistant):
    answer = knowledge_assistant.ask("What job programs does Goyang run for young people?")
    assert not answer.abstained, answer.text
    assert answer.citations
