"""Finding the program a person means and keeping it through the conversation, driven through the chat.

A program named the way people type it (케이무브, K무브스쿨, 점프업), described instead of named, or
shared by a nationwide program and a regional variant; a reply that is only a choice ("제주요", "2번");
a follow-up after a refusal ("그거 신청은?").
"""

import pytest

from assistant.answer.conversation import Conversation
from assistant.language.discourse import chosen_among
from assistant.language.figures import AWARD, asked_kind, states_kind
from assistant.types import Answer, Choice
from assistant.ui import chat as ui_chat

NATIONWIDE = """# 국민취업지원제도

- 지역: 전국
- 지원대상: 만 15세 ~ 69세 구직자
- 지원내용: 구직촉진수당 월 50만원씩 6개월 지급
- 문의: 고용노동부 고객상담센터 1350
"""

JEJU = """# 국민취업지원제도

- 지역: 제주특별자치도
- 지원대상: 제주특별자치도에 주소를 둔 만 18세 ~ 34세 청년
- 지원내용: 제주 청년 추가 수당 월 30만원 지급
"""

KMOVE = """# K-Move 스쿨

- 지역: 전국
- 지원대상: 해외취업을 희망하는 만 34세 이하 청년
- 모집인원: 300명
- 지원내용: 어학·직무 교육과 해외 취업 알선
- 신청방법: 월드잡플러스 누리집에서 온라인 신청
"""

JUMP_UP = """# 청년 JUMP-UP 아카데미

- 지역: 부산광역시
- 지원대상: 부산에 사는 만 18세 ~ 39세 청년
- 모집인원: 40명
- 지원내용: 직무 교육 4주와 취업 멘토링
"""

SEJONG = """# 세종 찾아가는 일자리 상담소

- 지역: 세종특별자치시
- 사업내용: 직업상담사가 청년이 있는 곳으로 직접 방문하여 1:1 맞춤형 취업 상담을 제공합니다.
- 신청방법: 세종시 일자리센터에 전화로 신청 (044-300-0000)
"""


CARD = """# 국민내일배움카드

- 지역: 전국
- 지원대상: 직업훈련이 필요한 국민 누구나 (공무원, 사립학교 교직원 등 제외)
- 지원내용: 1인당 300만원~500만원까지 훈련비의 45~85% 지원
"""


def _round(number: int, people: int) -> str:
    return f"""# 2025년 울산 청년 일경험 드림 {number}차 모집

- 지역: 울산광역시
- 지원대상: 울산에 사는 만 18세 ~ 34세 미취업 청년
- 모집인원: {people}명
- 지원내용: 지역 기업에서 3개월 일경험과 월 200만원 참여수당
"""


PAGES = {
    "national-employment.md": NATIONWIDE, "national-employment-jeju.md": JEJU, "k-move-school.md": KMOVE,
    "jump-up.md": JUMP_UP, "sejong-visiting-counsel.md": SEJONG, "learning-card.md": CARD,
    "ulsan-work-1.md": _round(1, 30), "ulsan-work-2.md": _round(2, 50),
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, analyzer, embedder):
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    source = tmp_path_factory.mktemp("programs")
    for name, text in PAGES.items():
        (source / name).write_text(text, encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path_factory.mktemp("index"), source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    return Assistant.open(settings, analyzer=analyzer, embedder=embedder)


def _turn(assistant, question, turns):
    shown, turns = list(ui_chat.ask_turn(assistant, question, turns))[-1]
    return shown, turns, turns[-1]["answer"]


def _sources(answer: dict) -> list[str]:
    return [c["source"] for c in answer["citations"]]


# -- replies that are only a choice (no index) ---------------------------------------------------------------


def test_a_bare_place_or_number_picks_among_the_offered_programs():
    options = [("국민취업지원제도 (전국)", "전국"), ("국민취업지원제도 (제주특별자치도)", "제주특별자치도")]
    assert chosen_among("전국이요", options) == 0
    assert chosen_among("제주요", options) == 1
    assert chosen_among("제주도로 할게요", options) == 1
    assert chosen_among("2번", options) == 1
    assert chosen_among("첫 번째요", options) == 0
    assert chosen_among("3번", options) is None  # no third program was offered
    assert chosen_among("서울이요", options) is None
    assert chosen_among("제주 청년 추가 수당은 얼마예요?", options) is None  # a question, not a choice


def test_the_conversation_keeps_its_program_across_a_refusal_and_drops_it_for_another_topic():
    about = Answer("q", "K-Move 스쿨 — 300명 [1]", False, program="k-move-school.md")
    refused = Answer("q2", "K-Move 스쿨 문서에는 면접수당 내용이 없습니다.", True, program="k-move-school.md")
    elsewhere = Answer("q3", "모르는 내용입니다.", True)
    other = Answer("q4", "수원시는 … [1]", False)
    state = Conversation().after("케이무브 몇 명", about).after("면접수당은?", refused).after("날씨는?", elsewhere)
    assert state.program == "k-move-school.md" and [q for q, _ in state.history] == ["케이무브 몇 명"]
    assert state.after("수원 일자리센터는?", other).program == ""
    offered = Answer("q5", "어느 사업인가요?", False, choices=(Choice("A (전국)", "a.md", "전국"), Choice("A (제주)", "b.md", "제주")))
    asked = Conversation().after("A 얼마?", offered)
    assert asked.pick("제주요").source == "b.md" and asked.question == "A 얼마?"
    assert Conversation.from_dict(asked.to_dict()) == asked
    assert Conversation.from_dict({"choices": [{"label": "no source"}], "history": [["only one"]]}) == Conversation()


def test_an_award_question_wants_a_sentence_stating_the_award_given():
    assert asked_kind("수원하고 의정부는 각각 무슨 상 받았어?") == AWARD
    assert asked_kind("두 도시 중 어디가 상을 탔어?") == AWARD
    assert states_kind("의정부시가 일자리대상 시상식에서 우수상에 선정되는 쾌거를 거뒀다.", AWARD)
    assert states_kind("수원시는 일자리 대상에서 최우수상을 수상한 바 있다.", AWARD)
    assert not states_kind("일자리 대상은 우수 지자체를 선정하는 일자리 분야 최고의 상이다.", AWARD)


# -- through the chat, on a real index --------------------------------------------------------------------------


@pytest.mark.slow
def test_a_nationwide_program_answers_and_a_place_reply_picks_its_regional_variant(assistant):
    shown, turns, first = _turn(assistant, "국민취업지원제도 얼마 받아요?", [])
    assert not first["abstained"] and "50만원" in first["answer"]
    assert _sources(first)[0] == "national-employment.md"  # the nationwide one, not a question back
    assert any("제주" in note for note in first["notes"])  # the regional variant is named
    assert [o["label"] for o in shown[-1]["options"]] == ["국민취업지원제도 (제주특별자치도)"]  # and clickable
    _, turns, jeju = _turn(assistant, "제주요", turns)
    assert "30만원" in jeju["answer"] and _sources(jeju)[0] == "national-employment-jeju.md"
    _, _, again = _turn(assistant, "국민취업지원제도 얼마 받아요?", turns)
    assert "50만원" in again["answer"]  # asking again gets the answer again, never a loop of questions


@pytest.mark.slow
def test_a_clicked_choice_settles_the_question_it_answers(assistant):
    shown, turns, first = _turn(assistant, "국민취업지원제도 누가 신청할 수 있어요?", [])
    value = shown[-1]["options"][0]["value"]  # what clicking the first choice sends
    _, _, picked = _turn(assistant, value, turns)
    assert _sources(picked)[0] == "national-employment-jeju.md" and "34세" in picked["answer"]


@pytest.mark.slow
def test_names_written_in_hangul_for_latin_find_the_program(assistant):
    for question in ("케이무브 스쿨 몇 명 뽑아요?", "K무브스쿨 모집인원은?"):
        answer = assistant.ask(question)
        assert "300명" in answer.text and answer.citations[0].source == "k-move-school.md", question
    jump = assistant.ask("청년 점프업 아카데미 몇 명 뽑아요?")
    assert "40명" in jump.text and "점프업 내용" not in jump.text


@pytest.mark.slow
def test_a_name_shortened_to_a_syllable_a_part_finds_the_program(assistant):
    answer = assistant.ask("내배카 1인당 얼마까지 지원돼?")
    assert "500만원" in answer.text and answer.citations[0].source == "learning-card.md"


@pytest.mark.slow
def test_a_program_described_instead_of_named_is_found(assistant):
    answer = assistant.ask("세종에서 직업상담사가 찾아와서 1:1 상담해주는 거 어떻게 신청해요?")
    assert not answer.abstained and answer.citations[0].source == "sejong-visiting-counsel.md"
    assert "전화" in answer.text


@pytest.mark.slow
def test_rounds_of_one_program_stating_the_same_answer_once_from_the_latest(assistant):
    answer = assistant.ask("울산 청년 일경험 드림 지원대상은 누구예요?")
    assert "34세" in answer.text and {c.source for c in answer.citations} == {"ulsan-work-2.md"}
    assert answer.text.count("34세") == 1 and any("1차" in note for note in answer.notes)


@pytest.mark.slow
def test_rounds_of_one_program_stating_it_differently_give_each_with_its_round(assistant):
    answer = assistant.ask("울산 청년 일경험 드림 몇 명 뽑아요?")
    assert answer.citations[0].source == "ulsan-work-2.md"  # the latest first
    assert answer.text.index("2차") < answer.text.index("50명") < answer.text.index("1차") < answer.text.index("30명")
    assert {c.source for c in answer.citations} == {"ulsan-work-1.md", "ulsan-work-2.md"}


@pytest.mark.slow
def test_a_follow_up_after_a_refusal_stays_on_the_program(assistant):
    _, turns, refused = _turn(assistant, "케이무브 스쿨 면접수당은 얼마예요?", [])
    assert refused["abstained"] and "K-Move" in refused["answer"]
    _, turns, apply = _turn(assistant, "그거 신청은?", turns)
    assert not apply["abstained"] and "월드잡플러스" in apply["answer"], apply["answer"]
    assert _sources(apply)[0] == "k-move-school.md"


# -- comparisons and the press release, on the seed articles ------------------------------------------------------


@pytest.mark.slow
def test_asked_which_award_each_place_won_each_gets_its_award_sentence(knowledge_assistant):
    answer = knowledge_assistant.ask("의정부랑 수원은 일자리 대상에서 어떤 상을 받았나요?")
    assert "의정부시 —" in answer.text and "수원시 —" in answer.text
    assert "우수상에 선정" in answer.text and "최우수상" in answer.text
    assert "최고의 상이다" not in answer.text  # the sentence describing the award says nothing of who won what


@pytest.mark.slow
def test_a_press_release_asked_by_its_new_name_is_answered_from_the_sentence_in_other_words(tmp_path, analyzer,
                                                                                             embedder):
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest
    from tests.test_hwp import NOORI

    if not NOORI.is_file():
        pytest.skip(f"real HWP sample absent: {NOORI}")
    source = tmp_path / "knowledge"
    source.mkdir()
    (source / "press.hwp").write_bytes(NOORI.read_bytes())
    settings = load_settings({}, source_dir=source, index_dir=tmp_path / "index")
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assistant = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    # the sentence says "동 명칭 공모에는 약 6,300여명의 국민이 참여": neither 누리호 nor 이름
    answer = assistant.ask("누리호 이름 공모에 몇 명이 참여했어?")
    assert not answer.abstained and "6,300" in answer.text and answer.citations[0].source == "press.hwp"


@pytest.mark.slow
def test_the_api_form_returns_the_conversation_to_send_back(assistant):
    first = ui_chat.ask_api(assistant, "케이무브 스쿨 면접수당은 얼마예요?")
    assert first["abstained"] and first["conversation"]["program"] == "k-move-school.md"
    follow = ui_chat.ask_api(assistant, "그거 신청은?", conversation=first["conversation"])
    assert "월드잡플러스" in follow["answer"] and follow["program"] == "k-move-school.md"


def test_program_resolution_counts_a_refusal_about_the_right_program_as_found_but_not_cited():
    from evals.program_resolution import is_held, judge, summary

    row = {"id": "nX1", "kind": "natural", "style": "short_name", "facts": [["300명"]]}
    refused = Answer("q", "K-Move 스쿨 문서에는 그 내용이 없습니다.", True, program="k-move.md")
    verdict = judge(row, refused, {"k-move.md"})
    assert verdict["found"] and not verdict["cited_first"] and not verdict["right"]
    other = judge(row, Answer("q", "300 명 [1]", False, program="other.md"), {"k-move.md"})
    assert other["right"] and not other["found"]  # the figure, from another program, is not finding it
    assert is_held("nA001") == (int(__import__("hashlib").sha256(b"nA001").hexdigest(), 16) % 2 == 1)
    assert summary([verdict])[verdict["half"]]["program_found"] == 1.0
