"""SourceDocument -> Chunks: whole Korean sentences packed to a token budget, one sentence of overlap."""

from __future__ import annotations

from assistant.language.korean import KoreanAnalyzer, Sentence
from assistant.language.tokens import count_tokens
from assistant.types import Chunk, SourceDocument


def chunk_document(
    doc: SourceDocument, analyzer: KoreanAnalyzer, max_tokens: int = 220, overlap: int = 1
) -> list[Chunk]:
    """Split `doc.text` at sentence boundaries into chunks of at most `max_tokens` cl100k tokens.

    Every chunk's text is exactly `doc.text[start:end]`; consecutive chunks share up to `overlap`
    sentences so a fact split across a boundary is still found whole in one of them.
    """
    sentences = [piece for s in analyzer.sentences(doc.text) for piece in _fit(s, max_tokens)]
    spans: list[tuple[int, int]] = []
    i, n = 0, len(sentences)
    while i < n:
        j = i + 1
        while j < n and count_tokens(doc.text[sentences[i].start : sentences[j].end]) <= max_tokens:
            j += 1
        spans.append((sentences[i].start, sentences[j - 1].end))
        if j >= n:
            break
        i = max(j - overlap, i + 1)
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
        )
        for n, (start, end) in enumerate(spans)
    ]


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
