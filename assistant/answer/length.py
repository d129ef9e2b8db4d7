"""An answer is an answer, not a quoted page: its text is kept to MAX_ANSWER_CHARS.

A labelled row of a portal page or a long section can hold a whole page of sub-items; quoted whole
beside its neighbours it buries what was asked. A longer answer is cut after the last cited quote
that fits, with "…" saying more follows in the cited source; a first quote longer than the limit on
its own is cut at a clause break and keeps its citation mark. Citations no longer marked in the text
are dropped, so every [n] shown still points at its passage and every citation listed is shown. Only an answer about
one program is cut: a list of programs (the finder's, a place's overview, a comparison) is a list, not a quote, and
is left whole (each caps its own length: at most ten programs, and how many more there are).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.types import Answer

MAX_ANSWER_CHARS = 600
MORE = " …"  # more of the cited source follows
CITATION_MARK = re.compile(r"\[(\d+)\]")
CLAUSE_BREAK = re.compile(r"[.,;·)]\s|\n|\s[-*ㆍ•‣]\s")  # where a long quote may be cut


def within_length(answer: Answer, limit: int = MAX_ANSWER_CHARS) -> Answer:
    """The answer about one program, cut to `limit` characters after a cited quote when it is longer; refusals and
    lists of programs are never cut."""
    if answer.abstained or not answer.program or len(answer.text) <= limit:
        return answer
    room = limit - len(MORE)
    ends = [m.end() for m in CITATION_MARK.finditer(answer.text) if m.end() <= room]
    if ends:
        text = answer.text[: ends[-1]].rstrip() + MORE
    else:  # the first quote alone is longer than the limit: its start, to a clause break, then its mark
        first = CITATION_MARK.search(answer.text)
        mark = f" {first.group(0)}" if first else ""
        text = _to_clause(answer.text[: room - len(mark)]) + MORE + mark
    kept = {int(n) for n in CITATION_MARK.findall(text)}
    return replace(answer, text=text, citations=tuple(c for c in answer.citations if c.number in kept))


def _to_clause(text: str) -> str:
    """The text up to its last clause break (or its last space), so no word is cut in half."""
    breaks = [m.start() + 1 for m in CLAUSE_BREAK.finditer(text)]
    cut = breaks[-1] if breaks and breaks[-1] > len(text) // 2 else text.rfind(" ")
    return text[: cut if cut > 0 else len(text)].rstrip()
