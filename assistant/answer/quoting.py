"""Quotes that stand on their own: a sentence that refers back comes with the sentence it points to,
and a bare leading connective is dropped from the displayed text (never from the citation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from assistant.language.discourse import leans_back, without_connective
from assistant.language.layout import (
    LAYOUT_GLYPH_TOKEN, LINE_END_MARK, LINE_START_MARK, MARKDOWN_BOLD, PRIVATE_USE,
)

MAX_GAP = 40  # characters between a sentence and its antecedent (white space, a skipped short line)
MAX_ANTECEDENTS = 3  # "이 같은 노력이…" <- "이를 통해…" <- "시는 … 기업유치팀을 신설하고": follow at most this far back


class Quotable(Protocol):
    """What quoting needs of a candidate sentence (answer.extractive.Candidate has it)."""

    hit: object
    sentence: object


def absolute_start(c: Quotable) -> int:
    """Where the sentence starts in its document (chunks overlap; sentence offsets are per chunk)."""
    return c.hit.chunk.start + c.sentence.start


def with_antecedents(c: Quotable, before: Callable[[Quotable], Quotable | None]) -> list[Quotable] | None:
    """The sentence preceded by what it refers back to, oldest first; None when that cannot be found."""
    run = [c]
    while leans_back(run[0].sentence.text):
        if len(run) > MAX_ANTECEDENTS:
            return None
        previous = before(run[0])
        if previous is None:
            return None
        run.insert(0, previous)
    return run


def sentence_before_in(candidates: list[Quotable]) -> Callable[[Quotable], Quotable | None]:
    """A lookup of the sentence just before a candidate, among candidates of the same document."""

    def before(c: Quotable) -> Quotable | None:
        start = absolute_start(c)
        same_doc = [x for x in candidates if x.hit.chunk.document_id == c.hit.chunk.document_id
                    and 0 <= start - (x.hit.chunk.start + x.sentence.end) <= MAX_GAP]
        # the nearest sentence; of two copies (chunks overlap), the one in the same passage
        return max(same_doc, key=lambda x: (x.hit.chunk.start + x.sentence.end, x.hit is c.hit), default=None)

    return before


def sentence_after_in(candidates: list[Quotable]) -> Callable[[Quotable], Quotable | None]:
    """A lookup of the sentence just after a candidate, among candidates of the same document."""

    def after(c: Quotable) -> Quotable | None:
        end = c.hit.chunk.start + c.sentence.end
        same_doc = [x for x in candidates if x.hit.chunk.document_id == c.hit.chunk.document_id
                    and 0 <= absolute_start(x) - end <= MAX_GAP]
        return min(same_doc, key=lambda x: (absolute_start(x), x.hit is not c.hit), default=None)

    return after


def shown(sentence_text: str) -> str:
    """The sentence as the answer shows it: without layout marks, trimmed, without a bare leading connective."""
    return without_connective(plain_quote(sentence_text))


def plain_quote(text: str) -> str:
    """A source line as an answer quotes it: heading marks, bullet glyphs and extra spaces removed, nothing else.

    "## □ ○ - 연령: 만 18~39세" -> "연령: 만 18~39세". Only marks are deleted, so the words read in the source's
    order and the quote still lies inside its cited passage (the source card keeps the passage as it is).
    """
    lines = []
    for line in PRIVATE_USE.sub(" ", text).splitlines():
        line = MARKDOWN_BOLD.sub(r"\1", line)
        previous = None
        while previous != line:  # "□ ○ - 연령": marks stacked at a line's start, one after another
            previous = line
            line = LINE_END_MARK.sub("", LINE_START_MARK.sub("", LAYOUT_GLYPH_TOKEN.sub(" ", line).strip()))
        line = " ".join(line.split())
        if line:
            lines.append(line)
    return "\n".join(lines)


def self_contained(chosen: list, before: Callable[[Quotable], Quotable | None], room: int) -> list:
    """The chosen sentences, each after what it refers back to, within `room` sentences.

    Answering sentences keep their rank: a later one is left out when its antecedents do not fit, or
    cannot be found. The result reads in document order, documents in the order first chosen.
    """
    out: list = []
    seen: set[tuple[str, int]] = set()
    for c in chosen:
        run = with_antecedents(c, before)
        if run is None:
            continue
        new = [q for q in run if _key(q) not in seen]
        if out and len(out) + len(new) > room:
            continue
        out.extend(new)
        seen |= {_key(q) for q in new}
    out = out or list(chosen[:1])  # nothing resolvable: the best sentence as it stands
    first_doc: dict[str, int] = {}
    for q in out:
        first_doc.setdefault(q.hit.chunk.document_id, len(first_doc))
    return sorted(out, key=lambda q: (first_doc[q.hit.chunk.document_id], absolute_start(q)))


def _key(c: Quotable) -> tuple[str, int]:
    return c.hit.chunk.document_id, absolute_start(c)
