"""Application periods out of document text: dates as notices write them, whole months, 상시 and 예산 소진."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.language import conditions as rules
from assistant.programs.extraction import UNCLEAR, Fact, Sections


def _date(found: re.Match, year_hint: int | None) -> tuple[dt.date | None, bool]:
    """A DATE match as a date (year from the hint when the text omits it); (None, _) when impossible."""
    raw_year = found.group("year")
    year = (2000 + int(raw_year[1:])) if raw_year and raw_year[0] in "'’" else int(raw_year) if raw_year else year_hint
    if year is None:
        return None, False
    try:
        return dt.date(year, int(found.group("month")), int(found.group("day"))), bool(raw_year)
    except ValueError:
        return None, False


def dates_in(text: str, year_hint: int | None) -> list[dt.date]:
    """Every date written in `text`, in order; a date without its year takes the previous date's year."""
    compact = [(m.start(), dt.date(int(m[1]), int(m[2]), int(m[3]))) for m in rules.COMPACT_DATE.finditer(text)
               if _valid(m)]
    if compact:
        return [d for _, d in compact]
    out: list[dt.date] = []
    for found in rules.DATE.finditer(text):
        day, has_year = _date(found, out[-1].year if out else year_hint)
        if day is not None and out and not has_year and day < out[-1]:  # "2025. 12. 20. ~ 1. 10.": next year
            day = _next_year(day)
        if day is not None:
            out.append(day)
    return out


def _next_year(day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None


def _valid(found: re.Match) -> bool:
    try:
        dt.date(int(found[1]), int(found[2]), int(found[3]))
        return True
    except ValueError:
        return False


def read_period(sections: Sections, year_hint: int | None) -> Fact:
    """The application period: {"start", "end", "note"} (ISO dates; note "상시" / "예산 소진 시까지")."""
    for line in sections.of("period"):
        text = line.text
        if rules.PERIOD_SEPARATOR.search(text):
            days = dates_in(text, year_hint)
            if len(days) >= 2 and days[0] <= days[1]:
                note = "예산 소진 시까지" if rules.UNTIL_BUDGET.search(text) else None
                return Fact.stated({"start": days[0].isoformat(), "end": days[1].isoformat(), "note": note}, line)
            if len(days) == 1:
                return Fact.stated({"start": days[0].isoformat(), "end": None, "note": None}, line, UNCLEAR)
        months = whole_months(text, year_hint)
        if months:
            return Fact.stated({"start": months[0].isoformat(), "end": months[1].isoformat(), "note": None}, line)
        note = period_note(text)
        if note:
            return Fact.stated({"start": None, "end": None, "note": note}, line)
    for line in sections.of("period", "target", "method", "benefit"):
        note = period_note(line.text)
        if note:
            return Fact.stated({"start": None, "end": None, "note": note}, line)
    return Fact({"start": None, "end": None, "note": None})


def whole_months(text: str, year_hint: int | None) -> tuple[dt.date, dt.date] | None:
    """("'25. 4월" -> 4/1..4/30, "2025년 3월 ~ 12월" -> 3/1..12/31) for a line that gives months, not days."""
    if dates_in(text, year_hint):
        return None
    found = list(rules.MONTH.finditer(text))
    if not found or len(found) > 2 or (len(found) == 2 and not rules.PERIOD_SEPARATOR.search(text)):
        return None
    first_year = _year(found[0].group("year"), year_hint)
    if first_year is None:
        return None
    first, last = int(found[0].group("month")), int(found[-1].group("month"))
    last_year = _year(found[-1].group("year"), first_year + (last < first))
    start = dt.date(first_year, first, 1)
    end = dt.date(last_year, last, calendar.monthrange(last_year, last)[1])
    return (start, end) if start <= end else None


def _year(raw: str | None, hint: int | None) -> int | None:
    if not raw:
        return hint
    return 2000 + int(raw[1:]) if raw[0] in "'’" else int(raw)


def period_note(text: str) -> str | None:
    if rules.UNTIL_BUDGET.search(text):
        return "예산 소진 시까지"
    if rules.ALWAYS_OPEN.search(text):
        return "상시"
    return None
