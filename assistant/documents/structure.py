"""Text -> structural units: headings, bullet items, `label: value` fields and table rows, each with its section.

Program pages and notices are labelled fields more than prose: "- 지원대상: 만 19~39세", "○ (사업대상) …",
"□ 신청방법", "지원규모 | 30명". A field or a row answers like a sentence; a heading or a bare label
("지원내용:") names a topic and answers nothing alone — the lines under it carry it as their section.
Every unit's text is exactly `text[start:end]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.language.layout import (
    BRACKETED_FIELD,
    BULLET,
    HEADER_ROW,
    HEADING_GLYPH,
    LABEL_GLYPH,
    LABEL_VALUE,
    LINE_FIGURE,
    MARKDOWN_HEADING,
    NUMBERED,
    PAREN_LABEL,
    TABLE_CELL,
    TITLE_LABELS,
    VERBAL_LINE_END,
)
from assistant.language.fields import FIELD_NAMES, NAMED_FIELD

MAX_HEADING_CHARS = 30  # a □ or numbered line longer than this is an item, not a heading
MAX_LABEL_CHARS = 15  # a first table cell longer than this is content, not a field name


@dataclass(frozen=True)
class Unit:
    """One structural line of a document."""

    kind: str  # "heading", "label" (a bare label whose value follows), "field", "row", "item", "line"
    text: str  # exactly text[start:end]
    start: int
    end: int
    label: str = ""  # the unit's own label ("지원대상") for field, row and label units
    value: str = ""  # what follows the label
    section: str = ""  # the nearest heading or label above it

    @property
    def answers(self) -> bool:
        """Whether the unit can answer alone: not a heading, not a bare label."""
        return self.kind not in ("heading", "label") and bool(self.value.strip() or self.kind in ("item", "line"))


def read_units(text: str) -> list[Unit]:
    """The document's lines as units, each with the section (nearest heading or label) it sits under."""
    lines: list[list[Unit]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        start = pos + (len(line) - len(line.lstrip()))
        pos += len(raw)
        if stripped:
            pairs = read_row_pairs(stripped, start, "") if "|" in stripped else None
            lines.append(pairs or [_read_line(stripped, start, "")])
    return _with_sections([u for units in _read_lists(lines) for u in units])


def _read_lists(lines: list[list[Unit]]) -> list[list[Unit]]:
    """Short lines numbered alike one after another ("① 신청서", "② 등본") are a list's items, not headings with
    nothing under them; an unmarked field name right above such a list ("제출서류") is its label."""
    out = [list(units) for units in lines]
    for run in _numbered_runs(lines):
        for i in run:
            out[i] = [replace(out[i][0], kind="item", label="")]
        above = out[run.start - 1] if run.start > 0 else []
        if len(above) == 1 and above[0].kind == "line" and _is_label(above[0].text) and _short(above[0].text):
            out[run.start - 1] = [replace(above[0], kind="label", label=clean_label(above[0].text), value="")]
    return out


def _numbered_runs(lines: list[list[Unit]]) -> list[range]:
    """Runs of two or more short headings numbered alike, none of them a field name ("3. 신청자격", "4. 지원사항"
    stay headings though nothing is written under them)."""
    styles = [_numbering(units[0]) if len(units) == 1 and units[0].kind == "heading" else "" for units in lines]
    runs, i = [], 0
    while i < len(styles):
        j = i + 1
        while styles[i] and j < len(styles) and styles[j] == styles[i]:
            j += 1
        if j - i >= 2 and not any(lines[k][0].label in FIELD_NAMES for k in range(i, j)):
            runs.append(range(i, j))
        i = j
    return runs


def _numbering(unit: Unit) -> str:
    """How a line is numbered, digits and letters aside ("1." and "2." alike, "①" and "②" alike), or ""."""
    numbered = NUMBERED.match(unit.text)
    if not numbered:
        return ""
    mark = numbered.group(1)
    return re.sub(r"[①-⑳]", "①", re.sub(r"[가-하]", "가", re.sub(r"\d+", "0", mark)))


def _with_sections(read: list[Unit]) -> list[Unit]:
    """Each unit with the section it sits under: the nearest heading or bare label above it."""
    units: list[Unit] = []
    section = soft = ""  # the nearest heading or bare label; the last field, for the lines that continue it
    for unit in read:
        unit = replace(unit, section=section)
        if unit.kind in ("heading", "label"):
            section, soft = unit.label or section, ""
        elif unit.kind == "field":
            soft = unit.label
        elif unit.kind in ("item", "line") and soft:
            unit = replace(unit, section=soft)
        units.append(unit)
    return units


def names_a_topic(line: str) -> bool:
    """Whether a line is a heading or a bare label ("□ 지원대상", "지원내용:", "항목 | 내용"): it answers nothing alone."""
    units = read_units(line.strip())
    return bool(units) and not any(u.answers for u in units)


def _read_line(line: str, start: int, section: str) -> Unit:
    end = start + len(line)
    if " | " in line or line.count("|") >= 2:
        return _row(line, start, end, section)
    heading = MARKDOWN_HEADING.match(line) or HEADING_GLYPH.match(line)
    numbered = NUMBERED.match(line)
    body = line
    marker = heading or numbered or BULLET.match(line)
    if marker:
        body = line[marker.end():].strip()
        inner = None if numbered else NUMBERED.match(body)  # "- 3. 장 소 : …": a bullet, then the numbering
        body = body[inner.end():].strip() if inner else body
    labelled = LABEL_VALUE.match(body) or PAREN_LABEL.match(body) or ((heading or numbered) and NAMED_FIELD.match(body))
    if labelled and _is_label(labelled.group(1)):
        label, value = clean_label(labelled.group(1)), labelled.group(2).strip()
        kind = "field" if value else "label"
        return Unit(kind, line, start, end, label, value, section)
    if MARKDOWN_HEADING.match(line) or ((heading or numbered) and _short(body)):
        return Unit("heading", line, start, end, clean_label(body), body, section)
    kind = "item" if marker else "line"
    bracketed = bracketed_field(body)
    if bracketed:  # a title's "(행사일:10.21~10.22)"
        return Unit("field", line, start, end, clean_label(bracketed.group(1)), bracketed.group(2).strip(), section)
    return Unit(kind, line, start, end, "", body, section)


def bracketed_field(line: str) -> re.Match | None:
    """A field stated in brackets at a line's end ("…개최 안내(행사일:10.21~10.22) 안내"), when it is a field name."""
    found = BRACKETED_FIELD.search(line)
    return found if found and clean_label(found.group(1)) in FIELD_NAMES else None


def read_row_pairs(line: str, start: int, section: str) -> list[Unit] | None:
    """A row of two label | value pairs ("선발인원 | 200명 | 신청방법 | 방문") as two units, else None."""
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^|]+", line) if m.group(0).strip()]
    if len(bounds) != 4 or any(len(line[a:b].strip()) > MAX_LABEL_CHARS for a, b in bounds[::2]):
        return None
    halves = [(bounds[0][0], bounds[1][1]), (bounds[2][0], bounds[3][1])]
    out = []
    for a, b in halves:
        a += len(line[a:b]) - len(line[a:b].lstrip())
        b -= len(line[a:b]) - len(line[a:b].rstrip())
        out.append(_row(line[a:b], start + a, start + b, section))
    return out


def _row(line: str, start: int, end: int, section: str) -> Unit:
    cells = [c for c in TABLE_CELL.split(line.strip().strip("|")) if c.strip()]
    if len(cells) >= 2 and (cells[0].strip(), cells[1].strip()) in HEADER_ROW:
        return Unit("heading", line, start, end, "", "", section)
    if len(cells) >= 2 and len(cells[0]) <= MAX_LABEL_CHARS:
        return Unit("row", line, start, end, clean_label(cells[0]), " | ".join(cells[1:]), section)
    return Unit("row", line, start, end, "", " | ".join(cells), section)


def _is_label(candidate: str) -> bool:
    """A field name: short, no sentence in it, not a time or an address."""
    name = candidate.strip()
    return 1 <= len(name.replace(" ", "")) <= MAX_LABEL_CHARS and not VERBAL_LINE_END.search(name) and "http" not in name


def _short(body: str) -> bool:
    """A heading's text: short, not a sentence, no figure ("□ 4일 동안 총 24시간 운영" is an item)."""
    return len(body) <= MAX_HEADING_CHARS and not VERBAL_LINE_END.search(body) and not LINE_FIGURE.search(body)


def clean_label(label: str) -> str:
    """A label as written without markers, numbering or spacing inside ("사 업 비" -> "사업비")."""
    label = NUMBERED.sub("", HEADING_GLYPH.sub("", BULLET.sub("", label.strip())))
    label = re.sub(r"[\s*#:：\[\]【】()<>]", "", label)
    label = LABEL_GLYPH.sub("", label)
    return label


def title_of(text: str, units: list[Unit] | None = None) -> str:
    """A document's title when no metadata gives one: its 사업명/정책명 field, else its first line unmarked."""
    units = units if units is not None else read_units(text[:4000])
    for u in units[:12]:
        if u.kind in ("field", "row") and u.label in TITLE_LABELS and u.value.strip():
            return u.value.strip()[:120]
    for u in units[:3]:
        if u.kind == "row" and not u.label:
            continue
        name = MARKDOWN_HEADING.sub("", u.value or u.text).strip()
        if len(name) >= 2:
            return name[:120]
    return text.strip().split("\n", 1)[0].strip()[:120]
