"""A program document's units -> the ones that answer a field question (age, period, head count, amount…).

A unit answers a kind when its own label is a label of that kind ("신청기간: …", "지원규모 | 30명"),
less when it sits in such a section ("□ 모집인원" / "○ 30명"), least when it only holds a value of
that kind in a line labelled otherwise. Headings and bare labels never answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.documents.structure import Unit
from assistant.language import conditions as rules
from assistant.language.asking import WH_WORD, written_apart
from assistant.language.fields import (
    AGE_CHECK,
    AGE_EXCEPTION,
    AGE_EXCEPTION_ASKED,
    AGE_FIGURE,
    AGE_LIMIT_TALK,
    AGE_NAMED,
    AGE_PAST,
    APPLYING_LABEL,
    EXCLUSIVE_BOUND,
    LABEL_KINDS,
    ROUND_MARKER,
    UNSTATED_VALUE,
    VALUE_ALONE,
    VALUE_PATTERNS,
)
from assistant.language.korean import normalize_text
from assistant.programs.extraction import AGE_PATTERNS, age_in

OWN_LABEL = 2.0  # the unit's own label names the asked kind
SECTION_LABEL = 1.4  # the section it sits in does
HOLDS_VALUE = 0.8  # it holds a value of the asked kind
ASKED_WORD = 0.6  # it holds a word the question asks about ("교통비")
# ... and again when its label names it: the line is that thing's own ("울산관광스타트업 창업 아카데미 : 20명" for "창업
# 아카데미 몇명", over the section's "총 80명")
LABEL_WORD = 0.6
MIN_PART_WORDS = 2  # asked words a heading naming a part of the program must hold for the question to name that part
FIGURE_BONUS = 0.2  # its value is a figure, not a word
MIN_SCORE = 0.8  # less than this answers nothing
RANK_STEP = 0.04  # a generic label ("기간") counts less than a specific one ("신청기간") by its place in the table
# ... but still counts, however long the table: the last names of a long one ("기간", "시간" for a duration) are labels too
LEAST_OWN = 0.3  # a label written as one of the kind's names
LEAST_HOLDING = 0.1  # a label holding one ("파견기간")


@dataclass(frozen=True)
class FieldMatch:
    unit: Unit
    kind: str
    score: float
    value: str  # the value of the asked kind in the unit ("39세"), "" when it has none


def label_strength(label: str, kind: str) -> float:
    """1.0 for a label of `kind` as written, less for one merely holding it ("신청기간및방법"), by rank."""
    if not label or (kind == "duration" and APPLYING_LABEL.search(label)):
        return 0.0  # "신청기간" holds 기간 but says when to apply, not how long a program runs
    names = LABEL_KINDS.get(kind, ())
    for rank, name in enumerate(names):
        if label == name:
            return max(1.0 - RANK_STEP * rank, LEAST_OWN)
    for rank, name in enumerate(names):
        if len(name) >= 2 and name in label:
            return max(0.7 - RANK_STEP * rank, LEAST_HOLDING)
    return 0.0


def best_units(
    units: list[Unit], kinds: tuple[str, ...], asked_words: list[str], value_pattern: re.Pattern | None = None,
    per_unit: bool = False,
) -> list[FieldMatch]:
    """The units answering any of `kinds`, best first; `value_pattern` narrows a value ("몇 명" -> persons);
    `per_unit`: the count asked is one per firm or person ("업체 한 곳당 최대 몇 명"), not a total."""
    out = []
    for unit in units:
        if not unit.answers:
            continue
        for kind in kinds:
            match = _score(unit, kind, asked_words, value_pattern if kind == "count" else None, per_unit)
            if match is not None:
                out.append(match)
    out.sort(key=lambda m: (-m.score, m.unit.start))
    return _in_part_named(out, asked_words)


def _in_part_named(found: list[FieldMatch], asked_words: list[str]) -> list[FieldMatch]:
    """The matches under the part of the program the question names, when it names one: the heading naming a part
    (not a kind) that holds the most asked words, MIN_PART_WORDS or more and more than any other ("자동차 시트제작 …
    사업기간": "□ 자동차 시트제작 전문인력 양성사업" / "사업기간 : 4월~6월", over "□ 전기자동차 정비실무인력 양성사업"'s)."""
    held = {m.unit.section: sum(1 for w in asked_words if len(w) >= 2 and w in _part_named(m.unit.section)) for m in found}
    counts = sorted(held.values(), reverse=True)
    if not counts or counts[0] < MIN_PART_WORDS or (len(counts) > 1 and counts[1] == counts[0]):
        return found
    part = max(held, key=held.get)
    return [m for m in found if m.unit.section == part]


def _score(unit: Unit, kind: str, asked_words: list[str], value_pattern: re.Pattern | None,
           per_unit: bool = False) -> FieldMatch | None:
    if UNSTATED_VALUE.search(unit.value or unit.text):
        return None  # "신청기간: 상시 또는 명시되지 않음" states no period
    own = label_strength(unit.label, kind)
    section = label_strength(unit.section, kind) if not own else 0.0
    text = normalize_text(unit.text) if value_pattern else unit.text
    found = _value(value_pattern or VALUE_PATTERNS[kind], text, kind, per_unit)
    if kind in VALUE_ALONE and not found:
        return None  # a figure asked: a line of the right label without one ("지원규모: 25명" for an amount)
    if not own and not section and not (found and kind in VALUE_ALONE):
        return None  # how to apply, documents, contact: only a line labelled so answers
    score = OWN_LABEL * own + SECTION_LABEL * section + (HOLDS_VALUE if found else 0.0)
    if found and any(ch.isdigit() for ch in found.group(0)):
        score += FIGURE_BONUS  # "1회 최대 5만원" says more than "실비"
    compact = unit.text.replace(" ", "")
    score += ASKED_WORD * sum(1 for w in asked_words if w in compact or written_apart(w, compact))
    if found and not own:  # a label of the kind ("사업비 : 30백만원") names no thing asked of
        label = (unit.label or "").replace(" ", "")
        score += LABEL_WORD * sum(1 for w in asked_words if w in label)
    if score < MIN_SCORE:
        return None
    return FieldMatch(unit, kind, score, found.group(0).strip() if found else "")


def _part_named(section: str) -> str:
    """A heading naming a part of the program ("자동차시트제작전문인력양성사업"), without spaces; "" for one naming a kind
    ("지원사항", "사업기간") or none."""
    if not section or any(label_strength(section, kind) for kind in LABEL_KINDS):
        return ""
    return section.replace(" ", "")


def _value(pattern: re.Pattern, text: str, kind: str, per_unit: bool = False) -> re.Match | None:
    """The first value of the kind in `text`; "1인당" or "기업당 2명" is a rate, not a head count (unless a count per
    firm or person is what is asked, when only a rate is)."""
    for found in pattern.finditer(text):
        rate = text[found.end():].lstrip().startswith("당") or "당" in text[max(0, found.start() - 6) : found.start()]
        if kind == "count" and rate != per_unit:
            continue
        return found
    return None


def names_age(question_text: str) -> bool:
    """Whether a question names an age or asks of one ("39살 넘어도 돼요?", "나이 상한 늘어나요?")."""
    return AGE_NAMED.search(question_text) is not None


def speaks_of_age(line: str) -> bool:
    """Whether a line speaks of an age or of raising the age limit ("최고 만39세까지", "연령 상한 연장 적용")."""
    return AGE_LIMIT_TALK.search(line) is not None


def for_age(found: list[FieldMatch], ages: tuple[int, int] | None) -> list[FieldMatch]:
    """The matches whose line admits every age the asker may be (`ages`, youngest and oldest, from asking.asker_ages)
    when some line states an age bracket ("65세 미만자 : 주25시간" over "65세 이상자 : 주15시간" for "40대면 하루 몇
    시간"), all of them when none admits them or no age is given."""
    if ages is None:
        return found
    admitting = [m for m in found if (limit := age_limit(m.unit.text)) is None or limit.admits_all(ages)]
    return admitting or found


def round_markers(question_text: str, title: str) -> list[str]:
    """The rounds of the program a question names, written without spaces ("1차 2차 각각 얼마씩" -> ["1차", "2차"]); a round
    the program's own name holds ("2025년 1단계 희망드림일자리") names the program, not a line of it."""
    name = title.replace(" ", "")
    rounds = ("".join(m.groups()) for m in ROUND_MARKER.finditer(question_text))
    return list(dict.fromkeys(r for r in rounds if r not in name))


@dataclass(frozen=True)
class AgeLimit:
    text: str  # the limit as written ("만 19~39세")
    low: int | None  # inclusive 만 나이 bounds
    high: int | None

    def admits(self, age: int) -> bool:
        return (self.low is None or age >= self.low) and (self.high is None or age <= self.high)

    def admits_all(self, ages: tuple[int, int]) -> bool:
        """Whether every age from the youngest to the oldest given is admitted ("40대": 40 to 49)."""
        return all(self.admits(age) for age in ages)

    def inclusive(self) -> str:
        """The ages admitted, counted inclusively, when the limit is written with a bound that is not ("15세이상~46세미만"
        -> "15~45세": who asks "몇 살까지?" is 45 at most); "" when it is written as admitted."""
        if not EXCLUSIVE_BOUND.search(self.text):
            return ""
        if self.low is not None and self.high is not None:
            return f"{self.low}~{self.high}세"
        return f"{self.high}세까지" if self.high is not None else f"{self.low}세부터"


def asked_age(question_text: str) -> tuple[int, str] | None:
    """The age a yes/no question asks about ("40살도 되나요?" -> (40, "살"); "39살 넘어도 돼요?" -> (40, "살")), None
    when it asks none: an age stated beside another question word asks that question ("25살인데 몇 년까지 받을 수
    있어요?" asks how long), and an exception to the age limit named ("군대 다녀왔으면 39살 넘어도 …") asks the
    exception, not the age against the limit."""
    found = AGE_CHECK.search(question_text)
    if found is None or AGE_EXCEPTION_ASKED.search(question_text):
        return None
    if WH_WORD.search(question_text[found.end(2) : found.end()]):
        return None
    years = int(found.group(1))
    return (years + 1 if AGE_PAST.match(question_text[found.end(2):]) else years), found.group(2)


def age_limit(line: str) -> AgeLimit | None:
    """The one age limit a line states plainly, None when it states none, several, or one with an exception."""
    if AGE_EXCEPTION.search(line) or rules.NOT_A_CONDITION.search(line):
        return None
    for pattern, _kind in AGE_PATTERNS:
        found = pattern.search(line)
        if found is None or (found.start() and line[found.start() - 1].isdigit()):
            continue
        if len(AGE_FIGURE.findall(line)) != len(AGE_FIGURE.findall(found.group(0))):
            return None  # another age beside it: not plainly one limit
        if rules.PREFERENCE_AFTER.match(line[found.end():]):
            return None
        bounds = age_in(found.group(0))
        return AgeLimit(found.group(0).strip(), *bounds) if bounds else None
    return None
