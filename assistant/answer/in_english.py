"""An answer to an English question, given in Korean by the same pipeline, framed in English.

The cited Korean lines stay exactly as the documents write them, marked (원문), so every quoted line is still
inside its cited passage; the labels, states and verdicts around them, and the lines under a list, are English.
"""

from __future__ import annotations

import dataclasses

from assistant.language.english import english_line, english_note, field_frame
from assistant.types import Answer


def in_english(answer: Answer, question: str, asks: str) -> Answer:
    """`answer` (to the Korean question) framed for the English `question`; `asks` is "programs" or the detail's kind."""
    lines = answer.text.splitlines()
    if asks != "programs" and lines:
        framed = [field_frame(asks, lines[0]), *(english_line(line) for line in lines[1:])]
    else:
        framed = [english_line(line) for line in lines]
    return dataclasses.replace(answer, question=question, text="\n".join(framed),
                               notes=tuple(english_note(n) for n in answer.notes))
