"""Every example question the home page offers is answered right: what people click first must work.

Each example has the fact a right answer holds, written here by hand from the seed article it is about,
and the sentence a wrong pick would quote instead where there is one.
"""

from __future__ import annotations

import pytest

from assistant.ui.webapp import EXAMPLES

RIGHT = {  # example -> (facts the answer must hold, text it must not lead with)
    "수원시 시니어 기술창업센터는 언제 개소했나요?": (["2011년 3월"], None),
    "고양시 취업성공장려금은 누구를 위한 사업인가요?": (["취약계층 구직자"], None),
    "강남 취업경진대회는 몇 살 청년이 참가할 수 있나요?": (["만 18~32세", "청년구직자"], "강남구에서는 실제 대기업들의"),
    "의정부시 청년일자리 플랫폼에서는 어떤 프로그램을 하나요?": (["직무교육", "창업스쿨", "면접캠프"], None),
}


def test_every_example_on_the_page_has_a_checked_answer():
    assert set(EXAMPLES) == set(RIGHT)


@pytest.mark.parametrize("question", EXAMPLES)
def test_an_example_question_is_answered_right(knowledge_assistant, question):
    facts, wrong_lead = RIGHT[question]
    answer = knowledge_assistant.ask(question)
    assert not answer.abstained and answer.citations, answer.text
    assert all(f in answer.text for f in facts), answer.text
    assert wrong_lead is None or not answer.text.startswith(wrong_lead), answer.text
    assert all(c.snippet and c.snippet in c.passage for c in answer.citations)
