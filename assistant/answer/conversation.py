"""What a conversation has settled so far: the program it is about and the choice it last offered.

The chat keeps one per page (in its turns), an HTTP client may send one back with its next question: the
engine reads it, never stores it. A refusal about a program ("그 사업 문서에는 … 없습니다") keeps the
program, so "그거 신청은?" after it still asks about that program; a reply that is only a place or a
number ("전국이요", "2번") picks among the programs the last answer listed and settles the question it
answered.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.language.discourse import chosen_among
from assistant.types import Answer, Choice

HISTORY_TURNS = 3  # answered turns a follow-up question may lean on


@dataclass(frozen=True)
class Conversation:
    """The state a next question is read against."""

    program: str = ""  # source of the program the last answers were about
    question: str = ""  # the last question asked: what a bare choice answers
    choices: tuple[Choice, ...] = ()  # programs the last answer asked to choose among
    history: tuple[tuple[str, str], ...] = ()  # (question, answer text) of the last answered turns

    def after(self, question: str, answer: Answer) -> Conversation:
        """The state once `answer` was given to `question`."""
        history = self.history if answer.abstained else (self.history + ((question, answer.text),))[-HISTORY_TURNS:]
        picked = bool(self.choices) and self.pick(question) is not None
        return Conversation(
            # a refusal that names no program keeps the one before; an answer about something else ends it
            program=answer.program or ("" if answer.choices or not answer.abstained else self.program),
            question=self.question if picked and answer.choices else question,
            choices=answer.choices,
            history=history,
        )

    def pick(self, reply: str) -> Choice | None:
        """The offered program a reply that is only a choice ("2번", "제주요", "전국이요") picks; else None."""
        if not self.choices:
            return None
        found = chosen_among(reply, [(c.label, c.place) for c in self.choices])
        return None if found is None else self.choices[found]

    def to_dict(self) -> dict:
        return {
            "program": self.program,
            "question": self.question,
            "choices": [c.to_dict() for c in self.choices],
            "history": [list(pair) for pair in self.history],
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> Conversation:
        """The state as `to_dict` wrote it (or as a client sent it back): unknown or malformed parts are dropped."""
        data = data if isinstance(data, dict) else {}
        choices = tuple(
            Choice(str(c.get("label", "")), str(c.get("source", "")), str(c.get("place", "")))
            for c in data.get("choices") or () if isinstance(c, dict) and c.get("source")
        )
        history = tuple(
            (str(pair[0]), str(pair[1])) for pair in data.get("history") or ()
            if isinstance(pair, (list, tuple)) and len(pair) == 2
        )
        return cls(str(data.get("program") or ""), str(data.get("question") or ""), choices, history[-HISTORY_TURNS:])
