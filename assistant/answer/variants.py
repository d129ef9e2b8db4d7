"""One program's answer among the programs of its name: other rounds that state it otherwise, other places named.

When a name fits a nationwide program and its regional variants, or several rounds or years of one program, the
answer is about one of them; the rounds that state something else are given too, each under its own title and
cited, and the other variants are named and offered as clickable choices.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.index.titles import Program
from assistant.types import Answer, Choice


def program_choices(programs: list[Program]) -> tuple[Choice, ...]:
    """The programs as clickable choices: title and place, the place alone picking it when the titles are alike."""
    return tuple(Choice(_program_label(p), p.source, p.municipality.replace(";", "·")) for p in programs)


def _program_label(program: Program) -> str:
    place = program.municipality.replace(";", "·")
    return f"{program.title} ({place})" if place and place not in program.title else program.title


def with_rounds(latest: Answer, older: list[Answer]) -> Answer:
    """The latest round's answer, followed by each older round's answer that states something else (each
    quoted under its own title, so its round shows, and cited), newest first."""
    said = {_fact(latest)}
    texts, citations, hits, notes = [latest.text], list(latest.citations), list(latest.hits), list(latest.notes)
    for answer in older:
        if answer.abstained or _fact(answer) in said:
            continue  # (a refusal's note on the page it read is not shown beside another round's answer)
        said.add(_fact(answer))
        offset = len(citations)
        texts.append(_renumbered(answer.text, offset))
        citations += [replace(c, number=c.number + offset) for c in answer.citations]
        notes += [_renumbered(n, offset) for n in answer.notes]  # "[1] 2024년 … 기준" of that round is its [n]
        hits += answer.hits
    if len(texts) == 1:
        return latest
    return replace(latest, text=" / ".join(texts), citations=tuple(citations), hits=tuple(hits),
                   notes=tuple(dict.fromkeys(notes)))


def _renumbered(text: str, offset: int) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", text)


def _fact(answer: Answer) -> str:
    """What an answer states, without the program title it opens with or its [n] markers."""
    return re.sub(r"\s+|\[\d+\]", "", answer.text.split(" — ", 1)[-1])


def with_variants(answer: Answer, others: list[Program], lang: str) -> Answer:
    """The answer about one program, naming the others of its name (regions, rounds) it did not answer for,
    each offered as a choice."""
    names = ", ".join(_program_label(p) for p in others)
    note = (f"Programs of the same name elsewhere or in other rounds: {names}. Name one (or its place) to ask about it."
            if lang == "en" else f"같은 이름의 다른 지역·차수 사업도 있습니다: {names}. 그 사업을 물으시려면 지역이나 번호로 골라 주세요.")
    return replace(answer, notes=answer.notes + (note,), choices=program_choices(others))
