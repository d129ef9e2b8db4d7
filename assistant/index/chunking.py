"""SourceDocument -> Chunks: prose as whole Korean sentences, program documents as whole sections, to a token budget.

Every chunk's text is exactly `doc.text[start:end]`. News prose packs sentences with one sentence of
overlap. A document of labelled fields, bullets and table rows packs whole structural units and
starts a chunk where a section starts when it can, so a section stays together and the chunk
records it (`Chunk.section`).
"""

from __future__ import annotations

from assistant.documents.structure import Unit, read_units
from assistant.language.korean import KoreanAnalyzer, Sentence
from assistant.language.tokens import count_tokens
from assistant.types import Chunk, SourceDocument

STRUCTURED_KINDS = {"heading", "label", "field", "row"}
MIN_STRUCTURED_UNITS = 3  # a document with fewer labelled lines or headings is read as prose
MIN_STRUCTURED_SHARE = 0.2  # ... or with a smaller share of them among its lines
SECTION_FILL = 0.5  # a chunk this full starts afresh at the next section rather than split it


def chunk_document(
    doc: SourceDocument, analyzer: KoreanAnalyzer, max_tokens: int = 220, overlap: int = 1
) -> list[Chunk]:
    """Split `doc.text` into chunks of at most `max_tokens` cl100k tokens (see the module docstring).

    Consecutive prose chunks share up to `overlap` sentences so a fact split across a boundary is
    still found whole in one of them.
    """
    units = read_units(doc.text)
    if is_structured(units):
        spans = _unit_spans(doc.text, units, max_tokens)
    else:
        spans = [(start, end, "") for start, end in _sentence_spans(doc.text, analyzer, max_tokens, overlap)]
    return [
        Chunk(
            chunk_id=f"{doc.document_id}:{n}",
            document_id=doc.document_id,
            index=n,
            text=doc.text[start:end],
            start=start,
            end=end,
            source=doc.source,
            meta=doc.meta,
            section=section,
        )
        for n, (start, end, section) in enumerate(spans)
    ]


def is_structured(units: list[Unit]) -> bool:
    """Whether a document reads as labelled fields and sections rather than prose."""
    labelled = sum(1 for u in units if u.kind in STRUCTURED_KINDS)
    return labelled >= MIN_STRUCTURED_UNITS and labelled >= MIN_STRUCTURED_SHARE * len(units)


def _sentence_spans(text: str, analyzer: KoreanAnalyzer, max_tokens: int, overlap: int) -> list[tuple[int, int]]:
    sentences = [piece for s in analyzer.sentences(text) for piece in _fit(s, max_tokens)]
    spans: list[tuple[int, int]] = []
    i, n = 0, len(sentences)
    while i < n:
        j = i + 1
        while j < n and count_tokens(text[sentences[i].start : sentences[j].end]) <= max_tokens:
            j += 1
        spans.append((sentences[i].start, sentences[j - 1].end))
        if j >= n:
            break
        i = max(j - overlap, i + 1)
    return spans


def _unit_spans(text: str, units: list[Unit], max_tokens: int) -> list[tuple[int, int, str]]:
    """Whole units packed greedily; a new section starts a new chunk once the current one is half full."""
    pieces = [p for u in units for p in _fit_unit(u, max_tokens)]
    spans: list[tuple[int, int, str]] = []
    first = 0
    for i in range(1, len(pieces) + 1):
        if i < len(pieces):
            size = count_tokens(text[pieces[first].start : pieces[i].end])
            opens_section = pieces[i].kind in ("heading", "label")
            filled = count_tokens(text[pieces[first].start : pieces[i - 1].end]) >= SECTION_FILL * max_tokens
            if size <= max_tokens and not (opens_section and filled):
                continue
        last = i - 1
        if i < len(pieces) and last > first and pieces[last].kind in ("heading", "label"):
            last -= 1  # a heading goes with its lines into the next chunk, never ends one
        head = pieces[first]
        section = head.label if head.kind in ("heading", "label") else head.section
        spans.append((head.start, pieces[last].end, section))
        first = last + 1
    return spans


def _fit_unit(unit: Unit, max_tokens: int) -> list[Unit]:
    """A unit longer than the budget is cut into pieces that fit (each keeps the unit's section)."""
    if count_tokens(unit.text) <= max_tokens:
        return [unit]
    pieces = _fit(Sentence(unit.text, unit.start, unit.end), max_tokens)
    return [Unit("line", p.text, p.start, p.end, "", p.text, unit.label or unit.section) for p in pieces]


def _fit(sentence: Sentence, max_tokens: int) -> list[Sentence]:
    """A sentence longer than the budget is cut into the longest prefixes that fit."""
    pieces, pos, text = [], 0, sentence.text
    while pos < len(text):
        end = min(len(text), pos + max_tokens * 2)
        while end > pos + 1 and count_tokens(text[pos:end]) > max_tokens:
            end = pos + max(1, (end - pos) * 3 // 4)
        pieces.append(Sentence(text[pos:end], sentence.start + pos, sentence.start + end))
        pos = end
    return pieces
