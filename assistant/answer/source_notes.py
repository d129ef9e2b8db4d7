"""What a note under an answer says about a cited source: its kind and date, and a period that has ended.

"[1] 2025년 3월 공고 기준 (경기도)." — never the stored file name; "신청 기간이 2025-03-15에 끝났습니다(마감)."
"""

from __future__ import annotations

import datetime as dt

from assistant.language.layout import (
    APPLY_PERIOD_LABEL, NEWS_PUBLISHER, NEWS_SENTENCE_END, NEWS_SENTENCES, NOTICE_TITLE,
)
from assistant.programs.periods import dates_in
from assistant.types import Citation

KINDS_EN = {"공고": "notice", "기사": "news article", "사업 안내": "program page"}


def document_kind(c: Citation) -> str:
    """공고 (a notice), 기사 (a news article) or 사업 안내 (a program page), from the title, publisher and passage."""
    if NOTICE_TITLE.search(c.title or ""):
        return "공고"
    if NEWS_PUBLISHER.search(c.publisher or "") or len(NEWS_SENTENCE_END.findall(c.passage or c.snippet)) >= NEWS_SENTENCES:
        return "기사"
    return "사업 안내"


def date_ko(published: str) -> str:
    """"2025-03-02" -> "2025년 3월 2일"; "2025-03" -> "2025년 3월"; "2025" -> "2025년"."""
    parts = [int(p) for p in published.split("-") if p.isdigit()]
    return " ".join(f"{n}{unit}" for n, unit in zip(parts, ("년", "월", "일")))


def ended_period(c: Citation, today: dt.date) -> dt.date | None:
    """The last day of an application period the cited lines state, when it is before `today`."""
    year = int(c.published[:4]) if c.published[:4].isdigit() else None
    for line in c.snippet.splitlines() or [c.snippet]:
        found = APPLY_PERIOD_LABEL.search(line)
        if not found:
            continue
        days = dates_in(line[found.end():], year)
        if days and max(days) < today:
            return max(days)
    return None
