"""HTML of the counselors' search results: passages with the query's words marked, scores in words, citations to copy.

Escaped like the chat (render.py): every string from a document or the query is inert.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from assistant.types import Chunk, Hit, SourceDocument
from assistant.ui.render import COPY_LABEL, UNDATED, shown_value, text_html, web_link

MAX_DOCUMENT_CHARS = 200_000  # a longer document is cut in the viewer (the index keeps all of it)
MIN_TERM_CHARS = 2  # one-syllable morphemes ("실", "수") would mark half of every passage
# Lexical match in words, from the share of the query's words a passage contains (best first).
WORD_MATCH_LEVELS = ((1.0, "높음"), (0.5, "보통"), (0.01, "낮음"), (0.0, "없음"))
# Meaning similarity in words, from the passage's place among these results by the embedder's score (top third
# "높음"): cosine values of one embedder sit in a narrow band, so only their order means something to a reader.
MEANING_LEVELS = ("높음", "보통", "낮음")


def marked_terms(terms: Sequence[str]) -> list[str]:
    """The query's words worth marking: two syllables or more, longest first, each once."""
    kept = {t for t in terms if len(t) >= MIN_TERM_CHARS}
    return sorted(kept, key=lambda t: (-len(t), t))


def found_terms(text: str, terms: Sequence[str]) -> list[str]:
    """Which of the terms occur in the text."""
    return [t for t in terms if t in text]


def with_terms_marked(text: str, terms: Sequence[str]) -> str:
    """The text escaped, every occurrence of a term inside <mark class="jq-term">."""
    if not terms:
        return text_html(text)
    pattern = re.compile("|".join(re.escape(t) for t in terms))
    out, at = [], 0
    for m in pattern.finditer(text):
        out.append(text_html(text[at : m.start()]))
        out.append(f'<mark class="jq-term">{text_html(m[0])}</mark>')
        at = m.end()
    out.append(text_html(text[at:]))
    return "".join(out)


def word_match(found: int, asked: int) -> str:
    share = found / asked if asked else 0.0
    return next(word for floor, word in WORD_MATCH_LEVELS if share >= floor)


def meaning_levels(hits: Sequence[Hit]) -> list[str]:
    """높음/보통/낮음 for each hit by its dense score's rank among the hits (thirds)."""
    order = sorted(range(len(hits)), key=lambda i: -hits[i].dense)
    levels = [""] * len(hits)
    for place, i in enumerate(order):
        levels[i] = MEANING_LEVELS[min(len(MEANING_LEVELS) - 1, place * len(MEANING_LEVELS) // len(hits))]
    return levels


def citation_text(chunk: Chunk) -> str:
    """A formatted citation: 「title」, publisher, date, municipality, link — what a counselor pastes under a quote."""
    meta = chunk.meta
    parts = [f"「{meta.title}」" if meta.title else "제목 없는 자료", shown_value(meta.publisher),
             meta.published or UNDATED, shown_value(meta.municipality), web_link(meta.url)]
    return ", ".join(p for p in parts if p)


def hits_html(hits: list[Hit], documents: dict[str, SourceDocument | None], terms: Sequence[str] = ()) -> str:
    """Ranked passages grouped by document (ranked by its best passage): each document once, with how many of the
    passages matched in it, its best passage shown and the others folded under it."""
    if not hits:
        return '<p class="jq-empty">조건에 맞는 문단이 없습니다. 검색어나 지역·연도 조건을 바꿔 보세요.</p>'
    terms = marked_terms(terms)
    meanings = meaning_levels(hits)
    groups: dict[str, list[tuple[int, Hit, str]]] = {}
    for rank, (hit, meaning) in enumerate(zip(hits, meanings, strict=True), 1):
        groups.setdefault(hit.chunk.source, []).append((rank, hit, meaning))
    head = f'<p class="jq-result-count">문단 {len(hits)}개 · 문서 {len(groups)}개</p>'
    return head + "".join(
        _document_group_html(number, members, documents.get(source), terms)
        for number, (source, members) in enumerate(groups.items(), 1)
    )


def _document_group_html(number: int, members: list[tuple[int, Hit, str]], document: SourceDocument | None,
                         terms: list[str]) -> str:
    """One document: its title, meta and passage count, its best passage, then the rest folded."""
    _, best, _ = members[0]
    title = html.escape(best.chunk.meta.title or "제목 없는 자료")
    count = f'<span class="jq-match-count">일치한 문단 {len(members)}개</span>'
    passages = [_hit_html(rank, hit, document, terms, meaning) for rank, hit, meaning in members]
    more = (f'<details class="jq-more-passages"><summary>같은 문서의 다른 문단 {len(members) - 1}개 보기</summary>'
            f'{"".join(passages[1:])}</details>' if len(members) > 1 else "")
    return (f'<div class="jq-hit-group"><div class="jq-source-title">{number}. {title} · {count}</div>'
            f'<div class="jq-meta">{_meta_html(best.chunk)}</div>{passages[0]}{more}</div>')


def _meta_html(chunk: Chunk) -> str:
    meta = " · ".join(html.escape(x) for x in (shown_value(chunk.meta.municipality), shown_value(chunk.meta.publisher)) if x)
    meta = f"{meta} · {html.escape(chunk.meta.published or UNDATED)}" if meta else html.escape(chunk.meta.published or UNDATED)
    link = web_link(chunk.meta.url)
    if link:
        meta += f' · <a class="jq-link" href="{html.escape(link, quote=True)}">원문 링크</a>'
    return meta


def _hit_html(rank: int, hit: Hit, document: SourceDocument | None, terms: list[str], meaning: str) -> str:
    """One passage: its rank among all passages, its scores in words, the passage marked, a citation to copy, and
    its whole document with the passage marked."""
    chunk = hit.chunk
    found = found_terms(chunk.text, terms)
    scores = (f'<span title="검색어 {len(terms)}개 중 {len(found)}개가 들어 있음">어휘 일치 '
              f'{word_match(len(found), len(terms))}</span> · <span title="이 검색 결과 안에서 뜻이 가까운 순서">'
              f"의미 유사 {meaning}</span>")
    if terms and not found:
        scores += ' · <span class="jq-no-terms">검색어가 들어 있지 않음 (뜻만 비슷한 문단)</span>'
    plain = f"“{chunk.text.strip()}”\n— {citation_text(chunk)}"
    kind = "jq-hit jq-hit-unmatched" if terms and not found else "jq-hit"
    viewer = (
        f'<details class="jq-document"><summary>원문 전체 보기</summary>'
        f'{document_html(document, chunk.start, chunk.end)}</details>'
        if document is not None
        else '<p class="jq-empty">원문을 찾을 수 없습니다.</p>'
    )
    return (
        f'<div class="{kind} jq-copyable"><div class="jq-scores">문단 {rank} · {scores}</div>'
        f'<blockquote class="jq-passage">{with_terms_marked(chunk.text, terms)}</blockquote>'
        f'<div class="jq-actions"><button type="button" class="jq-copy">인용 {COPY_LABEL}</button></div>'
        f'<div class="jq-plain" hidden>{text_html(plain)}</div>{viewer}</div>'
    )


def document_html(document: SourceDocument, start: int, end: int) -> str:
    """The whole cleaned document, escaped, with text[start:end] marked as the passage."""
    text = document.text[:MAX_DOCUMENT_CHARS]
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    return (
        f'<div class="jq-doc">{text_html(text[:start])}'
        f'<mark class="jq-passage-mark">{text_html(text[start:end])}</mark>{text_html(text[end:])}</div>'
    )
