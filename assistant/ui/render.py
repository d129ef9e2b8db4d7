"""HTML for the web app. Every string that comes from a document or a user is escaped here, so it is inert.

The fragments contain no blank lines: inside the Chatbot, Markdown would resume after a blank line and
start interpreting document text; as one HTML block it is shown exactly as written.
"""

from __future__ import annotations

import html
import re

from assistant.types import Hit, SourceDocument

_MARKER = re.compile(r"\[(\d{1,2})\]")
CONTEXT_CHARS = 160  # passage text kept before and after the quoted sentences in a chat answer
MAX_DOCUMENT_CHARS = 200_000  # a longer document is cut in the viewer (the index keeps all of it)


def text_html(text: str) -> str:
    """Escaped text with line breaks kept and without blank lines."""
    escaped = html.escape(text or "", quote=True)
    return re.sub(r"\r?\n", "<br>", escaped)


def _markers(escaped: str) -> str:
    return _MARKER.sub(r'<span class="jq-cite">[\1]</span>', escaped)


def answer_html(answer: dict, streaming: bool = False) -> str:
    """One assistant message: the answer (a refusal looks like one), its notes, then its sources."""
    body = _markers(text_html(answer.get("answer", "").strip()))
    if streaming:
        return f'<div class="jq-answer">{body}<span class="jq-typing"> …</span></div>'
    if answer.get("abstained"):
        parts = [f'<div class="jq-refusal"><b>답변할 수 없는 질문입니다</b><br>{body}</div>']
    else:
        parts = [f'<div class="jq-answer">{body}</div>']
    notes = "".join(f"<li>{text_html(n.strip())}</li>" for n in answer.get("notes", []))
    if notes:
        parts.append(f'<ul class="jq-notes">{notes}</ul>')
    citations = answer.get("citations", [])
    if citations:
        items = "".join(citation_html(c) for c in citations)
        parts.append(
            f'<details class="jq-sources" open><summary>출처 {len(citations)}건</summary>{items}</details>'
        )
    return "".join(parts)


def citation_html(c: dict) -> str:
    """[n] title, then municipality · publisher · date, then the passage with the quoted sentences marked."""
    meta = " · ".join(html.escape(x) for x in (c.get("municipality", ""), c.get("publisher", "")) if x)
    date = html.escape(c.get("published") or "날짜 미상")
    meta = f"{meta} · {date}" if meta else date
    title = html.escape(c.get("title") or c.get("source", ""))
    passage = highlighted(c.get("passage") or c.get("snippet", ""), c.get("snippet", ""))
    return (
        f'<div class="jq-source"><div class="jq-source-title"><span class="jq-cite">[{int(c["number"])}]</span> '
        f'{title}</div><div class="jq-meta">{meta} · <code>{html.escape(c.get("source", ""))}</code></div>'
        f'<blockquote class="jq-passage">{passage}</blockquote></div>'
    )


def highlighted(passage: str, snippet: str, context: int = CONTEXT_CHARS) -> str:
    """The passage escaped, each quoted sentence inside <mark>; a long lead-in and tail cut to `context`."""
    spans = _sentence_spans(passage, snippet)
    if not spans:
        return text_html(passage.strip())
    out, at = [], 0
    for start, end in spans:
        gap = passage[at:start]
        out.append(text_html(_tail(gap, context) if at == 0 else gap))
        out.append(f"<mark>{text_html(passage[start:end])}</mark>")
        at = end
    out.append(text_html(_head(passage[at:], context)))
    return "".join(out)


def _tail(text: str, limit: int) -> str:
    """The end of a lead-in, cut at a line break or a space, with … where it was cut."""
    if len(text) <= limit:
        return text.lstrip()
    cut = text[-limit:]
    boundary = cut.find("\n") if "\n" in cut else cut.find(" ")
    return "… " + cut[boundary + 1 :].lstrip()


def _head(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text.rstrip()
    return text[:limit].rsplit(" ", 1)[0].rstrip() + " …"


def _sentence_spans(passage: str, snippet: str) -> list[tuple[int, int]]:
    """Where the snippet's sentences occur in the passage, in order, without overlaps."""
    if not snippet:
        return []
    whole = passage.find(snippet)
    if whole >= 0:
        return [(whole, whole + len(snippet))]
    spans: list[tuple[int, int]] = []
    at = 0
    for sentence in re.split(r"(?<=[.?!다요])\s+|\s*…\s*|\n+", snippet):
        sentence = sentence.strip(" …")
        if len(sentence) < 4:
            continue
        found = passage.find(sentence, at)
        if found >= 0:
            spans.append((found, found + len(sentence)))
            at = found + len(sentence)
    return spans


def hits_html(hits: list[Hit], documents: dict[str, SourceDocument | None]) -> str:
    """Ranked passages for counselors; each opens its whole source document with the passage marked."""
    if not hits:
        return '<p class="jq-empty">조건에 맞는 문단이 없습니다. 검색어나 지역·연도 조건을 바꿔 보세요.</p>'
    return "".join(_hit_html(rank, hit, documents.get(hit.chunk.source)) for rank, hit in enumerate(hits, 1))


def _hit_html(rank: int, hit: Hit, document: SourceDocument | None) -> str:
    chunk = hit.chunk
    meta = " · ".join(html.escape(x) for x in (chunk.meta.municipality, chunk.meta.publisher) if x)
    date = html.escape(chunk.meta.published or "날짜 미상")
    viewer = (
        f'<details class="jq-document"><summary>원문 전체 보기</summary>'
        f'{document_html(document, chunk.start, chunk.end)}</details>'
        if document is not None
        else '<p class="jq-empty">원문을 찾을 수 없습니다.</p>'
    )
    return (
        f'<div class="jq-hit"><div class="jq-source-title">{rank}. {html.escape(chunk.meta.title or chunk.source)}'
        f'</div><div class="jq-meta">{meta} · {date} · <code>{html.escape(chunk.source)}</code> · '
        f"점수 {hit.score:.3f} (어휘 {hit.lexical:.2f}, 의미 {hit.dense:.2f})</div>"
        f'<blockquote class="jq-passage">{text_html(chunk.text)}</blockquote>{viewer}</div>'
    )


def document_html(document: SourceDocument, start: int, end: int) -> str:
    """The whole cleaned document, escaped, with text[start:end] marked as the passage."""
    text = document.text[:MAX_DOCUMENT_CHARS]
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    return (
        f'<div class="jq-doc">{text_html(text[:start])}'
        f'<mark class="jq-passage-mark">{text_html(text[start:end])}</mark>{text_html(text[end:])}</div>'
    )
