"""Asked what places did ("어떻게 지원했나요?"), a comparison quotes each place's action, not the prize or rank it
won for it; every quote is cited with the exact, non-empty passage text it shows, whatever order its sentences
come in."""

import pytest

from assistant.language.figures import states_rank

pytestmark = pytest.mark.slow  # the seed articles' index


def test_a_place_gets_what_it_did_not_the_rank_it_was_given(knowledge_assistant):
    answer = knowledge_assistant.ask("대전시와 마포구는 사회적기업을 어떻게 지원했나요?")
    mapo = answer.text.split("마포구 — ", 1)[-1]
    assert "QR" in mapo and "46개" in mapo, answer.text
    assert "최우수" not in mapo or mapo.index("QR") < mapo.index("최우수"), answer.text  # the action first
    for c in answer.citations:
        assert c.snippet.strip() and c.snippet in c.passage, c


def test_a_rank_given_reads_as_a_rank_and_an_action_does_not():
    assert states_rank("최우수구로 선정된 마포구는 사회적기업 발굴․육성 등 4개 분야에서 가장 높은 점수를 받았다.")
    assert not states_rank("마포구는 관내 46개 사회적기업을 대상으로 직원이 직접 QR코드집을 제작하여 적극적인 홍보를 실시하였다.")
