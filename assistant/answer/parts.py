"""The answers to each part of a two-part question -> one Answer about the program.

"…사업비가 얼마이고 몇 명 선발하나요?" asked of a page that states both gets both lines, each cited; of a page
that states one, that one (cited) and a plain sentence naming the kind of the other that the page does not
state. Such an answer gives a cited fact, so it is no abstention; a question none of whose parts the page
states stays refused for that program (the caller keeps that refusal).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.types import Answer

UNSTATED_KO = " 문서에는 {names} 내용이 없습니다."
UNSTATED_EN = " The document does not state the {names}."


def joined_parts(question: str, title: str, answered: list[Answer], unstated: list[str], lang: str) -> Answer:
    """One answer quoting each answered part under the program's title once (a part whose lines are already
    quoted, once), the citations numbered in turn, followed by what the document does not state (`unstated`:
    the kind of each such part, by name)."""
    first = answered[0]
    bodies, citations, hits = [], [], []
    for answer in answered:
        if {c.snippet for c in answer.citations} <= {c.snippet for c in citations}:
            continue  # one line answers both parts ("지원금 100만 원 + 자부담금 50만 원"): it is shown once
        offset = len(citations)
        body = answer.text.split(" — ", 1)[1] if answer.text.startswith(f"{title} — ") else answer.text
        bodies.append(re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", body))
        citations += [replace(c, number=c.number + offset) for c in answer.citations]
        hits += answer.hits
    text = f"{title} — " + " ".join(bodies)
    if unstated:
        names = ", ".join(dict.fromkeys(unstated)) if lang == "en" else "·".join(dict.fromkeys(unstated))
        text += (UNSTATED_EN if lang == "en" else UNSTATED_KO).format(names=names)
    notes = tuple(dict.fromkeys(n for a in answered for n in a.notes))
    return replace(first, question=question, text=text, abstained=False, citations=tuple(citations), notes=notes,
                   hits=tuple(hits), reason="")
