"""An answer to an English question, given in Korean by the same pipeline, framed in English.

The cited Korean lines stay exactly as the documents write them, marked (원문), so every quoted line is still
inside its cited passage; the labels, states and verdicts around them, and the lines under a list, are English.
A question the Korean pipeline cannot answer gets the English refusal, never the Korean one.
"""

from __future__ import annotations

import dataclasses
import re

from assistant.answer.quoting import plain_quote
from assistant.answer.refusals import REFUSALS_EN, Refusal
from assistant.language.english import (
    FIELD_LABEL_EN, ORIGINAL_MARK, RESIDENCE_FRAMES_EN, english_around_korean, RESIDENCE_WORD, age_verdict, english_line, english_note, field_frame,
    place_left,
)
from assistant.language.regions import load_regions
from assistant.types import Answer

QUOTED_LEAD = "The documents (in Korean) say:"
HANGUL = re.compile(r"[가-힣]")
_MARKERS = re.compile(r"((?:\s*\[\d+\])+)\s*")
# Refusals whose English form says the same: the documents do not say it (pointers it cites stay cited). Others (a
# place no document names, a filter that leaves nothing) are left to the English pipeline, which words them itself.
_NOT_SAID = (Refusal.NOT_STATED, Refusal.NOT_IN_PROGRAM)


def in_english(answer: Answer, question: str, asks: str) -> Answer | None:
    """`answer` (to the Korean question) framed for the English `question`; `asks` is "programs", a detail's kind,
    or a condition checked ("age_check", "residence_check"). None for a refusal English words otherwise."""
    if answer.abstained:
        return _refusal(answer, question, asks)
    lines = answer.text.splitlines()
    if asks == "age_check" and lines:
        framed = _age_checked(lines)
    elif asks == "residence_check" and lines:
        framed = _residence_checked(answer, question, lines)
    elif asks != "programs" and lines:
        framed = [field_frame(asks, lines[0]), *(english_line(line) for line in lines[1:])]
    else:
        framed = [english_line(line) for line in lines]
    return dataclasses.replace(answer, question=question, text="\n".join(framed),
                               notes=tuple(english_note(n) for n in answer.notes))


def framed_for_english(answer: Answer, question: str) -> Answer:
    """An answer the pipeline gave an English question written around Korean names, which it read as Korean: its
    Korean lines marked (원문) under "The documents (in Korean) say:", a refusal in English. Other answers as they are."""
    if not english_around_korean(question) or not HANGUL.search(answer.text) or answer.text.startswith(QUOTED_LEAD):
        return answer
    if answer.abstained:
        english = _refusal(answer, question, "")
        reason = Refusal(answer.reason) if answer.reason in set(Refusal) else Refusal.NOT_STATED
        text = REFUSALS_EN.get(reason, REFUSALS_EN[Refusal.NOT_STATED])
        fallback = text if "{" not in text else REFUSALS_EN[Refusal.NOT_STATED]
        return english or dataclasses.replace(answer, text=fallback)
    lines = [english_line(line) for line in answer.text.splitlines()]
    return dataclasses.replace(answer, text="\n".join([QUOTED_LEAD, *lines]),
                               notes=tuple(english_note(n) for n in answer.notes))


def _refusal(answer: Answer, question: str, asks: str) -> Answer | None:
    """The English refusal for a Korean one that says the documents do not state it (naming the program when the
    Korean one does); None for other refusals, which the English pipeline words from what it read."""
    if answer.reason not in _NOT_SAID:
        return None
    program = re.match(r"^(.+?) 문서에는 ", answer.text)
    if answer.reason == Refusal.NOT_IN_PROGRAM and program:
        detail = FIELD_LABEL_EN.get(asks, "that").lower()
        text = REFUSALS_EN[Refusal.NOT_IN_PROGRAM].format(program=f"{program.group(1)} {ORIGINAL_MARK}",
                                                         detail=f"the {detail}" if detail != "that" else detail)
    else:
        text = REFUSALS_EN[Refusal.NOT_STATED]
    return dataclasses.replace(answer, question=question, text=text, notes=tuple(english_note(n) for n in answer.notes))


def _age_checked(lines: list[str]) -> list[str]:
    """The verdict on the asked age first, in English, then the line stating the limit: "Yes, by age — a 35-year-old
    is within the age limit '만 18세 ~ 39세' (원문) [1]" / "Age limit — the document says (원문): … [1]"."""
    first = lines[0]
    parts = [p.strip() for p in _MARKERS.split(first) if p.strip()]
    stated, refs = (parts[0], parts[1]) if len(parts) > 1 else (first, "")
    verdicts = []
    for sentence, marks in zip(parts[2::2], parts[3::2]):
        english = age_verdict(sentence)
        if english:
            verdicts.append(f"{english} {marks}")
    head = verdicts or ["The document states this age condition; it does not say plainly whether your age fits"]
    return [*head, field_frame("age_check", f"{stated} {refs}".strip()), *(english_line(line) for line in lines[1:])]


def _residence_checked(answer: Answer, question: str, lines: list[str]) -> list[str]:
    """Whether someone living outside a place can apply: the line of a cited passage that states where applicants
    must live (its words, its [n]) under an English verdict; when no cited passage says, that the document does not."""
    left = place_left(question)
    for citation in answer.citations:
        for line in (plain_quote(x) for x in (citation.passage or citation.snippet).splitlines()):
            if RESIDENCE_WORD not in line:
                continue
            if left is not None and _names(line, left[1]):
                frame = RESIDENCE_FRAMES_EN["only_there"].format(place=left[0])
            else:
                frame = RESIDENCE_FRAMES_EN["stated"]
            return [f"{frame} {ORIGINAL_MARK}: {line} [{citation.number}]", field_frame("residence_check", lines[0]),
                    *(english_line(x) for x in lines[1:])]
    return [RESIDENCE_FRAMES_EN["unstated"] + ".", field_frame("residence_check", lines[0]),
            *(english_line(x) for x in lines[1:])]


def _names(line: str, place: str) -> bool:
    """Whether a line names `place` in any common form ("경기도 거주" names 경기도; so does "경기 거주")."""
    regions = load_regions()
    region = regions.resolve(place)
    if region is None:
        return place in line
    words = re.findall(r"[가-힣]{2,}", line)
    return any(regions.resolve(form) == region for word in words for form in (word, re.sub(r"(에|의|내|거주)$", "", word)))
