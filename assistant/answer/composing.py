"""Sections of quotes -> an Answer: each quote shown self-contained and cited with its exact source text.

Comparisons (one section per place) and overviews (one section per program) share this; a section
may also be a plain line with no quote, saying what a place's documents do not say.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.answer.quoting import shown
from assistant.answer.refusals import age_notes
from assistant.types import Answer, Citation, Hit


@dataclass
class Section:
    """A labelled group of quotes (sentences of one passage, in text order), or a line with none."""

    label: str
    quotes: list = field(default_factory=list)  # Candidate-like: .hit, .sentence
    line: str = ""  # shown instead of quotes when there are none ("수원시 문서에는 … 없습니다.")


def compose_sections(question, sections: list[Section], hits: list[Hit], today: dt.date, stale_after_years: int,
                     intro: str = "", bullets: bool = False) -> Answer:
    """One line (or bullet) per section, each quote run cited [n] with the exact passage text it shows."""
    citations: list[Citation] = []
    numbers: dict[tuple[str, int, int], int] = {}
    lines = [intro] if intro else []
    for section in sections:
        body = section.line
        if section.quotes:
            runs = _runs(section.quotes)
            body = " ".join(f"{' '.join(shown(q.sentence.text) for q in run)} [{_number(run, numbers, citations)}]"
                            for run in runs)
        lines.append(f"- {section.label}: {body}" if bullets else f"{section.label} — {body}" if section.label else body)
    text = ("\n" if bullets else " ").join(lines)
    if question.lang == "en":
        text = f"The documents (in Korean) say: {text}"
    notes = age_notes(citations, today, stale_after_years, question.lang)
    return Answer(question.original, text, False, tuple(citations), tuple(notes), hits=tuple(hits))


def _runs(quotes: list) -> list[list]:
    """Quotes grouped into runs of adjacent sentences of one passage, so each run is exact source text."""
    runs: list[list] = []
    for q in quotes:
        last = runs[-1][-1] if runs else None
        # (a quote that comes earlier in the passage starts a run of its own: a run is text read forwards)
        if last is not None and last.hit.chunk.chunk_id == q.hit.chunk.chunk_id and \
                q.sentence.start >= last.sentence.end and not q.hit.chunk.text[last.sentence.end:q.sentence.start].strip():
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def _number(run: list, numbers: dict, citations: list[Citation]) -> int:
    chunk = run[0].hit.chunk
    key = (chunk.chunk_id, run[0].sentence.start, run[-1].sentence.end)
    if key not in numbers:
        numbers[key] = len(numbers) + 1
        snippet = chunk.text[run[0].sentence.start:run[-1].sentence.end].strip()
        citations.append(Citation.quote(numbers[key], run[0].hit, snippet))
    return numbers[key]
