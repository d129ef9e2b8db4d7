"""Read a program's conditions out of document text: labelled sections first, then any line that states them.

Every reader returns a Fact: the value, whether the text states it, and the line it came from (with
its character offset in the document), so the catalog can cite it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.language import conditions as rules

STATED, NOT_STATED, UNCLEAR = "stated", "not_stated", "unclear"
SECTION_LINES = 12  # lines after a label still read as its section


@dataclass(frozen=True)
class Line:
    """One non-empty line of a document and where it starts."""

    start: int
    text: str


@dataclass(frozen=True)
class Fact:
    """One field of a program: its value, whether the document states it, and the line that does."""

    value: object = None
    status: str = NOT_STATED
    evidence: str = ""
    start: int = -1

    @classmethod
    def stated(cls, value, line: Line | None, status: str = STATED) -> Fact:
        return cls(value, status, line.text.strip() if line else "", line.start if line else -1)


@dataclass
class Sections:
    """A document's lines and, per field, the lines of its labelled sections (label line first)."""

    lines: list[Line]
    by_field: dict[str, list[Line]] = field(default_factory=dict)

    def of(self, *names: str) -> list[Line]:
        return [line for name in names for line in self.by_field.get(name, [])]


def split_lines(text: str) -> list[Line]:
    out, start = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append(Line(start, raw))
        start += len(raw) + 1
    return out


@lru_cache(maxsize=1)
def _label_patterns() -> list[tuple[str, re.Pattern]]:
    pairs = [(name, label) for name, labels in rules.FIELD_LABELS.items() for label in labels]
    pairs.sort(key=lambda p: -len(p[1].replace(" ", "")))
    return [(name, re.compile(rules.LABEL_PREFIX + r"\s*".join(label.replace(" ", "")) + rules.LABEL_END))
            for name, label in pairs]


def label_of(line: str) -> str | None:
    """The field a line opens ("□ 신청기간" -> "period"), None for an ordinary line."""
    text = line.replace("**", "").replace("#", " ").strip()
    for name, pattern in _label_patterns():
        if pattern.match(text):
            return name
    return None


def sections_of(text: str) -> Sections:
    """Split a document into labelled sections; a section runs to the next label of the same or higher level."""
    lines = split_lines(text)
    found = Sections(lines)
    for i, line in enumerate(lines):
        name = label_of(line.text)
        if name is None:
            continue
        body = [line]
        for nxt in lines[i + 1 : i + 1 + SECTION_LINES]:
            if _indent(nxt.text) <= _indent(line.text) and label_of(nxt.text) is not None:
                break
            body.append(nxt)
        found.by_field.setdefault(name, []).extend(body)
    return found


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def after_label(text: str) -> str:
    """The value part of a labelled line ("- 연령: 만 19세" -> "만 19세")."""
    parts = re.split(r"[:：|)\]】]", text, maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


AGE_PATTERNS = ((rules.AGE_BOTH, "both"), (rules.AGE_RANGE, "range"), (rules.AGE_UPPER, "upper"),
                (rules.AGE_LOWER, "lower"))


def age_in(text: str, whose: str = "applicant") -> tuple[int | None, int | None] | None:
    """(min, max) 만 나이 inclusive from the first age condition in `text`, None when it states none.

    An age next to a statistic or a preference ("고용률 15~64세", "최대 만 39세까지 연장") is skipped; so is one of
    someone else ("만 20세이상 가구원", "자녀(만 12세 이하)"), which `whose="other"` returns instead.
    """
    for pattern, kind in AGE_PATTERNS:
        for found in pattern.finditer(text):
            window = text[max(0, found.start() - rules.AGE_CONTEXT) : found.end() + rules.AGE_CONTEXT]
            aside = rules.NOT_A_CONDITION.search(window) or rules.PREFERENCE_AFTER.match(text[found.end():])
            before = text[max(0, found.start() - rules.AGE_CONTEXT) : found.start()]
            after = text[found.end():]
            other = bool(rules.OTHER_PERSON_AFTER.match(after) or rules.OTHER_PERSON_BEFORE.search(before))
            ages = None if aside or other != (whose == "other") else _ages(found, kind)
            if ages is not None:
                return ages
    return None


def _ages(found: re.Match, kind: str) -> tuple[int | None, int | None] | None:
    if kind in ("both", "range"):
        low, low_word, high, high_word = found.groups()
        low_age = int(low) + (1 if low_word == "초과" else 0)
        high_age = int(high) - (1 if high_word == "미만" else 0)
        return (low_age, high_age) if rules.YOUNGEST <= low_age <= high_age <= rules.OLDEST else None
    number, word = int(found.group(1)), found.group(2)
    if not rules.YOUNGEST <= number <= rules.OLDEST:
        return None
    if kind == "upper":
        return None, number - (1 if word == "미만" else 0)
    return number + (1 if word == "초과" else 0), None


def read_age(sections: Sections) -> Fact:
    """Age limits from the target section, else from any line that states one as a condition; a stated
    "no age limit" is (None, None) stated, unlike silence (not stated)."""
    candidates = sections.of("target") + [x for x in sections.lines if rules.CONDITION_CUES.search(x.text)]
    for line in candidates:
        for clause in rules.CLAUSE_BREAK.split(line.text):
            ages = age_in(clause)
            if ages is not None:
                return Fact.stated(ages, line)
    no_limit = next((x for x in candidates if rules.NO_AGE_LIMIT.search(x.text)), None)
    return Fact.stated((None, None), no_limit) if no_limit else Fact((None, None))


def read_other_ages(sections: Sections) -> Fact:
    """An age condition on someone other than the applicant (a household member, a child: "만 20세이상 가구원 중
    소득이 없는 경우"), quoted; None when the document states none. It never limits who may apply."""
    for line in sections.lines:
        for clause in rules.CLAUSE_BREAK.split(line.text):
            ages = age_in(clause, whose="other")
            if ages is not None:
                return Fact.stated(ages, line)
    return Fact(None)


def read_birth_dates(sections: Sections) -> Fact:
    """(earliest, latest) birth date as ISO text from a line that states them ("1985. 3. 29. ~ 2006. 3. 28. 출생자",
    "1986~2006년생"); a year alone spans the whole year. None when no line does."""
    for line in sections.lines:
        if not rules.BIRTH_CUE.search(line.text):
            continue
        found = rules.BIRTH_DATES.search(line.text)
        if found:
            y1, m1, d1, y2, m2, d2 = found.groups()
            low = _iso(int(y1), int(m1 or 1), int(d1 or 1))
            high = _iso(int(y2), int(m2 or 12), int(d2 or 31))
            if low and high and low < high:
                return Fact.stated((low, high), line)
    return Fact(None)


def _iso(year: int, month: int, day: int) -> str | None:
    import datetime as dt

    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def words_found(text: str, table: dict[str, tuple[str, ...]]) -> list[str]:
    """Keys of `table` whose words occur in `text` as a condition (not followed by 제외 / 우대 / 가점)."""
    keys = []
    for key, words in table.items():
        for word in words:
            if any(not rules.WORD_NEGATORS.match(text[m.end():]) for m in re.finditer(re.escape(word), text)):
                keys.append(key)
                break
    return keys


def read_employment(sections: Sections) -> Fact:
    """미취업 / 재직 / 창업·예비창업 (any of) or 무관, from the target section only."""
    for line in sections.of("target"):
        if rules.ANY_EMPLOYMENT.search(line.text):
            return Fact.stated(["무관"], line)
        found = words_found(line.text, rules.EMPLOYMENT_WORDS)
        if found:
            return Fact.stated(found, line)
    return Fact([])


def read_groups(sections: Sections) -> Fact:
    """Groups the target section asks for (여성, 장애인, …), any of them; [] when it asks for none."""
    for line in sections.of("target"):
        found = words_found(line.text, rules.GROUP_WORDS)
        if found:
            return Fact.stated(found, line)
    return Fact([])


def read_checks(sections: Sections) -> list[Fact]:
    """Conditions only a person can settle (income, years of residence, …), each with its line."""
    out: dict[str, Fact] = {}
    for line in sections.of("target"):
        for pattern, reason in rules.NEEDS_PERSON.items():
            if reason not in out and re.search(pattern, line.text):
                out[reason] = Fact.stated(reason, line)
    return list(out.values())


def parse_amount(text: str) -> dict | None:
    """The first amount in `text`: {"amount" (won), "unit", "cap"}; None when it names none."""
    found = rules.AMOUNT.search(text)
    if not found:
        return None
    number = float(found.group(1).replace(",", "") or 0)
    won = int(number * rules.AMOUNT_SCALE[found.group(2) or ""])
    before = text[max(0, found.start() - 12) : found.start()]
    unit = next((u for word, u in rules.AMOUNT_UNITS.items() if word in before), "")
    return {"amount": won, "unit": unit, "cap": bool(rules.AMOUNT_CAP.search(text[max(0, found.start() - 8) : found.end() + 4]))}


def read_benefit(sections: Sections) -> Fact:
    """What is supported: the first line of the benefit section that says something, with its amount."""
    body = [line for line in sections.of("benefit") if _says_something(line.text)]
    if not body:
        return Fact(None)
    with_amount = next((line for line in body if rules.AMOUNT.search(line.text)), None)
    line = with_amount or body[0]
    return Fact.stated({"text": _content(line.text), **(parse_amount(line.text) or {})}, line)


def _says_something(text: str) -> bool:
    """A line with content of its own, not a sub-heading ("구직자 지원내용", "□ 주요내용")."""
    value = _content(text)
    return len(value) >= rules.MIN_BENEFIT_CHARS and not rules.SUB_HEADING.search(value)


def _content(text: str) -> str:
    """A line without its bullet or label; "" when nothing is left."""
    value = after_label(text) if label_of(text) else text
    return re.sub(r"^[\s\-−–○●◯□■◆◇▶▷►•∙·ㆍㅇ※\*󰏅❍◦⁃#>]+", "", value).strip(" -")


def read_head_count(sections: Sections) -> Fact:
    for line in sections.of("head_count") + sections.of("target", "benefit"):
        found = rules.HEAD_COUNT.search(line.text)
        labelled = line in sections.of("head_count")
        if found and (labelled or rules.HEAD_COUNT_CUES.search(line.text)):
            return Fact.stated(int(found.group(1).replace(",", "")), line)
    return Fact(None)


def read_text_field(sections: Sections, name: str) -> Fact:
    """The first meaningful line of a labelled section (method, documents, operator)."""
    for line in sections.of(name):
        value = _content(line.text)
        if value and value not in ("-",):
            return Fact.stated(value, line)
    return Fact("")


def read_contact(sections: Sections) -> Fact:
    """A telephone number, else the first line of the contact section."""
    for line in sections.of("contact") + sections.lines:
        found = rules.PHONE.search(line.text)
        if found:
            return Fact.stated(found.group(1), line)
    return read_text_field(sections, "contact")
