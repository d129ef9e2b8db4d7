"""A list-like question ("뭐 해줘요?", "누가 신청해요?", "어떻게 뽑아요?", "서류 뭐 내요?") -> the lines of the section
that states it.

What a program gives, who may apply, how applicants are chosen and what to hand in are written as a
section: a label ("지원내용", "참여대상", "선발방법", "제출서류") and several lines under it, or one field whose
value lists them. Each line holds part of the answer, so one line picked by its words leaves the rest
out. The section's lines answer instead, the most relevant first by the meaning reader's line scores,
cut by whole lines to a length an answer can have.
"""

from __future__ import annotations

import re

from assistant.answer.fields import label_strength
from assistant.answer.meaning import LineChoice
from assistant.documents.structure import Unit
from assistant.language.asking import case_pieces
from assistant.language.fields import DETAIL_SYNONYMS, LABEL_KINDS
from assistant.language.korean import normalize_text

# Asked kind (language/asking.py) -> the field kinds (language/fields.py LABEL_KINDS) whose section states it.
SECTION_KINDS = {
    "benefits": ("benefits",),
    "eligibility": ("eligibility", "age", "residence"),  # who may apply: age and residence lines are part of it
    "selection": ("selection",),
    "documents": ("documents",),
}
SECTION_CHARS = 320  # lines are added, most relevant first, while the answer stays this short (the first always shows)
MAX_SECTION_LINES = 4
SETTLING_DEPTH = 5  # a yes/no condition is settled by one of the reader's best lines that names the condition
# Asked kinds a yes/no question about a condition may carry ("관외 거주자도 신청돼요?"): not a figure asked
CONDITION_KINDS = {"eligibility", "residence", "selection", "benefits", "documents", "apply"}
WHOLE_CASE_CHARS = 3  # a case word this long names the case by itself, wherever its line stands (not "다시", "이런")
STRONG_LABEL = 0.6  # label_strength of a label naming the kind (1.0 as written, 0.7 holding it; less further down its table)


def section_kind(kinds: list[str]) -> str:
    """The list-like kind a question asks, "" when it asks none or also asks a figure (then a line holding the
    figure answers: "얼마 줘요?" is not "뭐 해줘요?")."""
    asked = [k for k in kinds if k != "yes_no"]
    if not asked or asked[0] not in SECTION_KINDS:
        return ""
    return asked[0]


def in_section(unit: Unit, kind: str) -> bool:
    """Whether a line belongs to a section labelled `kind`: its own label names the kind (no other kind more plainly:
    "선발인원" holds 선발 but is a head count), or the heading above it does and its own label names no other kind
    ("선발인원: 20명" under "지원 내용")."""
    field_kinds = SECTION_KINDS[kind]
    own = _strength(unit.label, field_kinds)
    other = _strength(unit.label, tuple(k for k in LABEL_KINDS if k not in field_kinds))
    if own:
        return own >= other
    return bool(_strength(unit.section, field_kinds)) and not other


def _strength(label: str, field_kinds: tuple[str, ...]) -> float:
    return max((label_strength(label, f) for f in field_kinds), default=0.0)


def labelled(unit: Unit, kind: str) -> bool:
    """Whether the line's own label, or its heading's, names the kind as written or nearly ("심사방법", "참여대상")."""
    return any(max(label_strength(unit.label, f), label_strength(unit.section, f)) >= STRONG_LABEL for f in SECTION_KINDS[kind])


def section_lines(ranked: list[LineChoice], kind: str) -> list[LineChoice]:
    """The section's lines to show, most relevant first, cut by whole lines to SECTION_CHARS (at least one line);
    [] when the document has no section of the kind."""
    members = [c for c in ranked if in_section(c.unit, kind)]
    if not members:
        return []
    if ranked[0] is not members[0]:  # the line that answers best by the reader's scores leads, in the section or not
        members = [ranked[0], *[c for c in members if c is not ranked[0]]]
    return members[: len(_while_short([], [c.unit for c in members]))]


def asks_condition(kinds: list[str]) -> bool:
    """Whether the question asks whether a condition holds ("대학원생도 되나요?"), not a figure."""
    return "yes_no" in kinds and all(k in CONDITION_KINDS for k in kinds if k != "yes_no")


def settling_line(ranked: list[LineChoice]) -> LineChoice | None:
    """The best of the reader's first lines that names the condition asked (holds one of the question's own words),
    None when none does: then no line settles it explicitly."""
    return next((c for c in ranked[:SETTLING_DEPTH] if c.features.get("cover", 0.0) > 0), None)


def case_line(ranked: list[LineChoice], case: list[str], settles: list[re.Pattern], title: str) -> LineChoice | None:
    """The best of the reader's first lines that names the asker's case (language/asking.py asked_case) or its class
    ("신입사원도 …": a line of 신입직원; "고등학생도 …": 학생부; "2학년도 …": 3학년생), or says what `settles` a question of
    its kind (language/asking.py SETTLED_BY_LINE: "임대료 내야 돼요?" by 무상제공); None when none does. Words of the
    program's name name the program, not the case."""
    name = title.replace(" ", "").lower()
    named = [case_pieces(w) for w in case if w.lower() not in name]
    said = [(_names_case(c.unit.text, named, name), any(p.search(c.unit.text) for p in settles)) for c in ranked[:SETTLING_DEPTH]]
    # a line naming the case and saying what settles it ("배우자 … 1인당 2백만원") before one doing either
    best = next((c for c, (case_named, settled) in zip(ranked, said) if case_named and settled), None)
    best = best or next((c for c, (case_named, settled) in zip(ranked, said) if case_named or settled), None)
    # a line further down naming the case as a whole word ("재입사" written 재고용: "사업주에게 재고용된 경우") settles it
    whole = [(w, ()) for w, _ in named if len(w) >= WHOLE_CASE_CHARS]
    return best or next((c for c in ranked[SETTLING_DEPTH:] if whole and _names_case(c.unit.text, whole, name)), None)


def _names_case(text: str, named: list[tuple[str, tuple[str, ...]]], name: str) -> bool:
    """Whether a line names one of the case words (or writes it in full: 취준생 as 취업준비생), or begins a word with a
    head of one (not a piece of the name)."""
    spaced = re.sub(r"[()]", "", normalize_text(text)).lower()  # "대학(원)" names 대학원
    compact = spaced.replace(" ", "")
    return any(any(form.lower() in compact for form in (word, *DETAIL_SYNONYMS.get(word, ())))
               or any(p not in name and re.search(r"(?<![가-힣])" + p, spaced) for p in pieces)
               for word, pieces in named)


def followed_by(shown: list[Unit], lines: list[LineChoice]) -> list[Unit]:
    """The shown lines followed by those of `lines` not among them, by whole lines while the answer stays short."""
    return _while_short(shown, [c.unit for c in lines])


def _while_short(shown: list[Unit], more: list[Unit]) -> list[Unit]:
    """`shown`, then the lines of `more` not among them, by whole lines while the answer stays within SECTION_CHARS
    and MAX_SECTION_LINES (the first line of an answer always shows)."""
    out, size = list(shown), sum(len(u.text.strip()) for u in shown)
    for unit in more:
        if any(unit is u for u in out):
            continue
        length = len(unit.text.strip())
        if out and (size + length > SECTION_CHARS or len(out) >= MAX_SECTION_LINES):
            break
        out.append(unit)
        size += length
    return out
