"""The counselors' search: ranked passages for a query, filtered by municipality and years, each with its document."""

from __future__ import annotations

import datetime as dt

from assistant.language.questions import analyze, clean_question
from assistant.ui.places import place_filter
from assistant.ui.results import hits_html

DEFAULT_K = 8
MAX_K = 30


class SearchInputError(ValueError):
    """A filter value the search cannot use; the message is shown to the counselor."""


def year_or_none(value) -> int | None:
    """A year typed in a Textbox (text, a number or None); SearchInputError outside 1900..next year."""
    if value in (None, "", 0):
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise SearchInputError(f"연도는 숫자로 입력하세요: {value!r}") from None
    if not 1900 <= year <= dt.date.today().year + 1:
        raise SearchInputError(f"연도는 1900년부터 {dt.date.today().year + 1}년 사이로 입력하세요: {year}")
    return year


def search_passages(assistant, query: str, municipality=None, year_from=None, year_to=None, k=DEFAULT_K) -> str:
    """HTML of the ranked passages; a message instead when the query or the filters cannot be used."""
    query = (query or "").strip()
    if not query:
        return '<p class="jq-empty">검색어를 입력하세요.</p>'
    try:
        start, end = year_or_none(year_from), year_or_none(year_to)
    except SearchInputError as exc:
        return f'<p class="jq-empty">{exc}</p>'
    if start and end and start > end:
        return f'<p class="jq-empty">시작 연도({start})가 끝 연도({end})보다 늦습니다.</p>'
    k = max(1, min(int(k or DEFAULT_K), MAX_K))
    hits = assistant.retrieve(query, k=k, municipality=place_filter(assistant, municipality), year_from=start, year_to=end)
    documents = {hit.chunk.source: assistant.document(hit.chunk.source) for hit in hits}
    return hits_html(hits, documents, query_terms(assistant, query))


def query_terms(assistant, query: str) -> tuple[str, ...]:
    """The query's content words, the same ones retrieval matches on (to mark them in the results)."""
    return analyze(clean_question(query), assistant.analyzer).terms
