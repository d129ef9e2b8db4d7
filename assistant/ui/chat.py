"""The citizens' chat: stream an answer into the conversation, keep the turns, take 👍/👎 with a comment.

The conversation lives in a list of turns ({"question", "answer": Answer.to_dict(), "feedback_id",
"conversation": Conversation.to_dict()}), each holding what the conversation had settled after it (its program,
the choice it offered); the Chatbot's messages are drawn from it, two per turn (question, answer), so message
2i+1 is turn i. When the last answer asks to choose among programs, its message carries them as options the
person can click (the Chatbot's option_select sends the choice as the next question).
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.answer.conversation import HISTORY_TURNS, Conversation
from assistant.answer.situation import situation_in
from assistant.errors import AssistantError
from assistant.language.regions import load_regions
from assistant.types import Answer
from assistant.ui.places import ALL, place_filter
from assistant.ui.render import answer_html, text_html

MAX_TURNS = 30  # older turns drop out of the page state (and out of follow-up context)


class ChatError(AssistantError):
    """Something the person asking should see as an error message (the app shows it as gr.Error)."""


def messages(turns: list[dict], pending: tuple[dict, str] | None = None) -> list[dict]:
    """Chatbot messages for the turns, plus a question ({"question", "cut_at"}) whose answer is still streaming."""
    out: list[dict] = []
    for number, turn in enumerate(turns):
        out.append({"role": "user", "content": question_html(turn)})
        out.append({"role": "assistant", "content": answer_html(turn["answer"], turn=number,
                                                                facts=finder_facts(turn["question"]))})
    choices = turns[-1]["answer"].get("choices") if turns and pending is None else None
    if choices:  # the last answer asks which program: each one a button that answers it
        out[-1]["options"] = [{"value": choice_reply(n), "label": c["label"]} for n, c in enumerate(choices, start=1)]
    if pending is not None:
        asked, partial = pending
        out.append({"role": "user", "content": question_html(asked)})
        out.append({"role": "assistant", "content": answer_html({"answer": partial}, streaming=True)})
    return out


def question_html(turn: dict) -> str:
    """The question as asked; when it was cut at the length limit, a line saying where."""
    shown = text_html(turn["question"])
    if turn.get("cut_at"):
        shown += f'<div class="jq-cut">질문이 길어 앞 {int(turn["cut_at"]):,}자까지만 읽었습니다.</div>'
    return shown


def finder_facts(question: str) -> dict[str, str]:
    """What a program-list question says about the asker, as the 맞춤 사업 찾기 form takes it ({"age": "27",
    "place": "충주", "status": "미취업", "gender": "여성"}); {} when it says nothing. A "N개 더 보기" button under the
    list opens the form with these filled in."""
    situation = situation_in(question or "", load_regions())
    if situation is None:
        return {}
    facts = {"age": situation.age, "place": situation.residence, "status": situation.status,
             "gender": situation.gender}
    return {name: str(value) for name, value in facts.items() if value not in (None, "")}


def cut_question(question: str, max_chars: int | None) -> tuple[str, int | None]:
    """(question, None) or, past `max_chars`, (its first max_chars characters, max_chars)."""
    if max_chars and len(question) > max_chars:
        return question[:max_chars].rstrip(), max_chars
    return question, None


def history_of(turns: list[dict]) -> list[tuple[str, str]]:
    """(question, answer text) of the last answered turns: what a follow-up question may refer to."""
    answered = [(t["question"], t["answer"]["answer"]) for t in turns if not t["answer"]["abstained"]]
    return answered[-HISTORY_TURNS:]


def conversation_of(turns: list[dict]) -> Conversation:
    """What the conversation had settled after its last turn (turns from before it was kept: their history)."""
    if turns and isinstance(turns[-1].get("conversation"), dict):
        return Conversation.from_dict(turns[-1]["conversation"])
    return Conversation(history=tuple(history_of(turns)))


def choice_reply(number: int) -> str:
    """What a clicked choice sends as the next question: its number, read by the engine as that pick."""
    return f"{number}번"


def municipality_filter(choice: str | None) -> str | None:
    """A municipality name as given (the HTTP API's), None for 전체; the page's 지역 choice goes through place_filter."""
    return None if not choice or choice == ALL else choice


def ask_turn(assistant, question: str, turns: list[dict] | None, municipality: str | None = None,
             max_chars: int | None = None) -> Iterator[tuple]:
    """Yield (messages, turns) as the answer streams in; the last yield holds the finished turn.

    An empty question yields the conversation unchanged; the engine's refusals are ordinary answers. A
    question longer than `max_chars` is cut there, and its turn says so.
    """
    turns = list(turns or [])
    question, cut_at = cut_question((question or "").strip(), max_chars)
    if not question:
        yield messages(turns), turns
        return
    asked, partial = {"question": question, "cut_at": cut_at}, ""
    final: Answer | None = None
    yield messages(turns, (asked, partial)), turns
    before = conversation_of(turns)
    try:
        for piece in assistant.stream(question, place_filter(assistant, municipality), conversation=before):
            if isinstance(piece, Answer):
                final = piece
                break
            partial += piece
            yield messages(turns, (asked, partial)), turns
    except AssistantError as exc:
        raise ChatError(f"답변을 만들지 못했습니다: {exc}") from None
    if final is None:
        raise ChatError("답변을 만들지 못했습니다. 잠시 뒤 다시 물어봐 주세요.")
    turn = {"question": question, "answer": final.to_dict(), "feedback_id": None, "cut_at": cut_at,
            "conversation": before.after(question, final).to_dict()}
    turns = (turns + [turn])[-MAX_TURNS:]
    yield messages(turns), turns


def ask_api(assistant, question: str, municipality: str = "", history: list | None = None,
            conversation: dict | None = None) -> dict:
    """The API form of a chat turn: Answer.to_dict() (answer text, citations, notes, abstained, reason, program,
    choices) and "conversation", the state to send back with the next question (it supersedes `history`)."""
    if isinstance(conversation, dict):
        before = Conversation.from_dict(conversation)
    else:
        pairs = [(str(q), str(a)) for q, a in (history or [])[-HISTORY_TURNS:]]
        before = Conversation(history=tuple(pairs))
    answer = assistant.ask(question or "", place_filter(assistant, municipality), conversation=before)
    return {**answer.to_dict(), "conversation": before.after(question or "", answer).to_dict()}


def turn_of(index, turns: list[dict]) -> int | None:
    """The turn a Chatbot message index belongs to (a like carries the index of the answer message)."""
    if isinstance(index, (list, tuple)):
        index = index[0]
    if not isinstance(index, int) or index < 0:
        return None
    turn = index // 2
    return turn if turn < len(turns) else None


def rate(store, turns: list[dict], index, liked) -> tuple[list[dict], int | None, str]:
    """Store 👍/👎 for the answer at `index` (again on the same answer: change the verdict).

    Returns the turns (with the row id kept in the turn), that row id, and a message for the person.
    """
    turn_no = turn_of(index, turns)
    if turn_no is None or liked not in (True, False):
        return turns, None, ""
    turns = [dict(t) for t in turns]
    turn = turns[turn_no]
    verdict = "up" if liked else "down"
    if turn.get("feedback_id"):
        store.update(turn["feedback_id"], verdict=verdict)
    else:
        answer = turn["answer"]
        turn["feedback_id"] = store.record(turn["question"], answer["answer"], answer["citations"], verdict)
    thanks = "도움이 되었다니 다행입니다." if liked else "알려 주셔서 고맙습니다. 무엇이 부족했는지 적어 주시면 개선에 쓰겠습니다."
    return turns, turn["feedback_id"], thanks + " (의견은 선택입니다. 이름·연락처 같은 개인정보는 적지 마세요.)"


def add_comment(store, row_id: int | None, comment: str) -> str:
    """Attach a comment to the verdict just given; the message to show."""
    comment = (comment or "").strip()
    if not row_id:
        return "먼저 답변 아래의 좋아요(엄지 위) 또는 아쉬워요(엄지 아래) 버튼을 눌러 주세요."
    if not comment:
        return "의견을 입력해 주세요."
    store.update(row_id, comment=comment)
    return "의견이 저장되었습니다. 고맙습니다."
