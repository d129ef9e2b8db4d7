"""An exported policy record -> program facts: the structured fields win, the rendered text supplies the quote."""

from __future__ import annotations

import datetime as dt
import re

from assistant.documents.policies import NO_END, is_placeholder_date
from assistant.language import conditions as rules
from assistant.language.regions import NATIONWIDE, Region, RegionTable
from assistant.programs import extraction as ex
from assistant.programs.extraction import STATED, UNCLEAR, Fact, Line, Sections
from assistant.programs.periods import dates_in, period_note
from assistant.programs.pages import page_facts
from assistant.types import SourceDocument

NO_UPPER_AGE = 99  # the portal writes 99 for "no upper limit"


def record_facts(doc: SourceDocument, sections: Sections, regions: RegionTable) -> tuple[dict, list]:
    """page_facts of the rendered text, with name, operator, regions, age, period and head count from the fields."""
    facts, checks = page_facts(doc, sections, regions)
    record, lines = doc.record, sections.lines
    name = _text(record, "plcyNm")
    facts["name"] = Fact.stated(name, line_with(lines, name) or (lines[0] if lines else None))
    operator = _text(record, "operInstCdNm") or _text(record, "sprvsnInstCdNm")
    if operator:
        facts["operator"] = Fact.stated(operator, line_with(lines, operator))
    names = region_names(record, regions)
    if names:
        shown = record.get("regions") or names
        facts["regions"] = Fact.stated(names, line_with(lines, str(shown[0]).split()[-1]))
    facts["age"] = _age(record, sections, facts["age"])
    facts["period"] = _period(record, sections, facts["period"])
    count = _int(record.get("sprtSclCnt"))
    if count > 0:
        facts["head_count"] = Fact.stated(count, line_with(lines, f"{count:,}명") or line_with(lines, f"{count}명"))
    return facts, checks


def _text(record: dict, name: str) -> str:
    value = record.get(name)
    return "" if value is None else str(value).strip()


def _int(value) -> int:
    text = str(value or "").replace(",", "").strip()
    return int(text) if text.isdigit() else 0


def line_with(lines: list[Line], *needles: str) -> Line | None:
    """The first line holding every needle (spaces ignored)."""
    wanted = [re.sub(r"\s+", "", n) for n in needles if n]
    if not wanted:
        return None
    for line in lines:
        compact = re.sub(r"\s+", "", line.text)
        if all(n in compact for n in wanted):
            return line
    return None


def region_names(record: dict, regions: RegionTable) -> list[str]:
    """Full region names of the record's 시군구 codes ("전국", "경기도", "경기도 의정부시")."""
    codes = [c.strip() for c in _text(record, "zipCd").split(",") if c.strip()]
    listed = [r for r in (regions.by_code(c) for c in codes) if r is not None]
    names = []
    for short in regions.describe(codes):
        full = NATIONWIDE if short == NATIONWIDE else _full_name(short, listed)
        if full and full not in names:
            names.append(full)
    return names


def _full_name(short: str, listed: list[Region]) -> str | None:
    for r in listed:
        if short == r.province:
            return r.province
        if short == r.city:
            return f"{r.province} {r.city}"
        if short == r.short:
            return r.name
    return None


def _age(record: dict, sections: Sections, from_text: Fact) -> Fact:
    """The fields' limits (0/0 = not stated; flag N = a stated "no limit"), quoted from the line that renders them."""
    flag = _text(record, "sprtTrgtAgeLmtYn").upper()
    if flag == "N":
        line = next((x for x in sections.lines if rules.NO_AGE_LIMIT.search(x.text)), None)
        return Fact.stated((None, None), line) if line else Fact((None, None))
    if flag not in ("Y", ""):
        return Fact((None, None))
    low, high = _int(record.get("sprtTrgtMinAge")), _int(record.get("sprtTrgtMaxAge"))
    value = (low or None, high if 0 < high < NO_UPPER_AGE else None)
    if value == (None, None):  # 0/0 or 0/99: the flag says Y but no limit is given
        return Fact((None, None))
    if value[0] and value[1] and value[0] > value[1]:  # min 40 / max 30: a typo, no limit to judge by
        return Fact((None, None), UNCLEAR, *_quote(line_with(sections.lines, str(low), "세")))
    if from_text.value == value:
        return Fact(value, STATED, from_text.evidence, from_text.start)
    line = _line_with_age(sections, value) or line_with(sections.lines, str(low or high), "세")
    return Fact.stated(value, line)


def _quote(line: Line | None) -> tuple[str, int]:
    return (line.text.strip(), line.start) if line else ("", -1)


def _line_with_age(sections: Sections, value: tuple) -> Line | None:
    for line in sections.lines:
        if ex.age_in(line.text) == value:
            return line
    return None


def _no_end(start_text: str, sections: Sections) -> Fact:
    """An end of 99991231 is the portal's "no end": 상시 from the start date (if a real one), no end date."""
    start = None
    if not is_placeholder_date(start_text):
        try:
            start = dt.datetime.strptime(start_text, "%Y%m%d").date().isoformat()
        except ValueError:
            start = None
    line = line_with(sections.lines, NO_END)
    return Fact.stated({"start": start, "end": None, "note": "상시"}, line)


def _period(record: dict, sections: Sections, from_text: Fact) -> Fact:
    """aplyYmd as dates; empty means 상시 or not stated, so only the free text's 상시 / 예산 소진 counts."""
    found = re.fullmatch(r"\s*(\d{8})\s*~\s*(\d{8})\s*", _text(record, "aplyYmd"))
    if found and is_placeholder_date(found.group(2)):
        return _no_end(found.group(1), sections)
    if found:
        try:
            start, end = (dt.datetime.strptime(x, "%Y%m%d").date() for x in found.groups())
        except ValueError:
            start = end = None
        if start and end and start <= end and end.year <= 2100:
            value = {"start": start.isoformat(), "end": end.isoformat(), "note": None}
            line = next((ln for ln in sections.lines if dates_in(ln.text, start.year)[:2] == [start, end]), None)
            return Fact.stated(value, line or line_with(sections.lines, found.group(1)[:4]))
        return Fact({"start": None, "end": None, "note": None}, UNCLEAR, from_text.evidence, from_text.start)
    field_line = {x.start for x in sections.of("period")[:1]}  # "신청기간: 상시 또는 명시되지 않음" says neither
    for line in sections.lines:
        if line.start in field_line:
            continue
        note = period_note(line.text)
        if note:
            return Fact.stated({"start": None, "end": None, "note": note}, line)
    return Fact({"start": None, "end": None, "note": None})
