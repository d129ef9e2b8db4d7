"""Lines of a program's page that state one thing in the page's own form, however unsure the meaning reader is.

Whom the program is for ("구직단념청년 등을 대상으로 …"), what it is for (its 사업목적 or opening sentence), a line
labelled with a one-thing kind ("주관기관: …"), and whether a line states one condition of who may apply
("연령: …") rather than who may apply, and the lines that settle a question by their own form: whether a charge is paid
("□ 수강생 참가비 무료"), the firms' size, a floor, where to look, a list item that is the asker's case, that it is given
regardless of a case, and the line writing the thing asked that the page writes on few lines ("3D프린터").
"""

from __future__ import annotations

import re

from assistant.answer.fields import age_limit, label_strength, speaks_of_age
from assistant.answer.meaning import LineChoice
from assistant.answer.sections import STRONG_LABEL
from assistant.documents.structure import Unit
from assistant.language.asking import (
    ASKS_FLOOR,
    ASKS_WHERE_TO_LOOK,
    CHARGE_NAMED,
    COMPANY_SIZE,
    FIRM_SIZE_LINE,
    FLOOR_LINE,
    GENERIC_CASE_PIECES,
    LINE_EMPLOYER,
    LINE_KINDS,
    LOOK_UP_LINE,
    REGARDLESS,
    YEARLY_TIME,
    asked_case,
    case_phrases,
    line_fits,
)
from assistant.language.conditions import FIELD_LABELS
from assistant.language.fields import (
    AGE_EXCEPTION,
    AGE_EXCEPTION_ASKED,
    LABEL_STATES_WHOLE,
    ORGANISER_BODIES,
    ORGANISER_FIELD,
    ORGANISER_ROLES,
    ROLE_NAMED,
    TARGET_LINE,
    WORDS_STATE_WHOLE,
)
from assistant.language.layout import LIST_MARK

# A page's purpose line: a field labelled so ("사업목적: …") or its opening description, before any field, holding at
# least this many syllables (not a bare "-")
PURPOSE_LABELS = {name.replace(" ", "") for name in FIELD_LABELS["purpose"]}
OPENING_LINES = 3
PURPOSE_SYLLABLES = 12
ONE_CONDITION = ("age", "residence")  # field kinds stating one condition of who may apply
STATING_DEPTH = 5  # a line stating a kind by its words is looked for among the reader's best lines this deep
CASE_WORD_CHARS = 3  # a case word this long names the case by itself ("건강관리"; not "다시")
RARE_WORD_LINES = 2  # a word the page writes on this many lines or fewer singles out the line that says it
LISTED_REST = 4  # letters a list item may hold beyond the case word and still be that case alone ("1부")


def stating_line(ranked: list[LineChoice], units: list[Unit], kinds: list[str], question: str = "") -> Unit | None:
    """The line that states the single kind asked in the page's own form: the page's line saying whom the program
    is for when who may join is asked (not whether the asker may), of the lines labelled with a one-thing kind
    (LABEL_STATES_WHOLE) the one the question asks (`organiser_line`), or the best of the reader's first lines
    holding a kind its words state (WORDS_STATE_WHOLE); None otherwise."""
    if len(kinds) != 1:
        return None
    if kinds[0] == "eligibility":
        return target_line(units)
    if kinds[0] == "organiser" and (line := role_line(ranked, question)) is not None:
        return line
    if kinds[0] in LABEL_STATES_WHOLE:
        labelled = [c.unit for c in ranked if label_strength(c.unit.label, kinds[0]) >= STRONG_LABEL
                    or (kinds[0] == "organiser" and ORGANISER_FIELD.search(c.unit.text))]
        return organiser_line(labelled, question) if kinds[0] == "organiser" else next(iter(labelled), None)
    if kinds[0] in WORDS_STATE_WHOLE:
        return next((c.unit for c in ranked[:STATING_DEPTH] if line_fits(kinds[0], c.unit.text)), None)
    return None


def role_line(ranked: list[LineChoice], question: str) -> Unit | None:
    """Of the reader's first lines, the one writing the body's role as the question names it when no field is labelled so
    ("협력기관 어디에요?": "□ 추진방법 : 위탁운영(…) / 협력기관(금향산업협동조합)", not 주관기관: …); None otherwise."""
    roles = [r for r in ROLE_NAMED.findall(question)
             if not any(r in c.unit.label.replace(" ", "") for c in ranked)]
    return _first_writing([c.unit for c in ranked[:STATING_DEPTH]], roles)


def organiser_line(lines: list[Unit], question: str) -> Unit | None:
    """Of a page's organiser lines (the reader's best first), the one the question asks: one whose value names the kind
    of body the question names ("주관 대학 어디야": 운영기관: 영남대학교, not 주관기관: 교육부), else one labelled with the role
    it names ("운영 어디가 해?": 운영기관), else the reader's best; None when the page labels none."""
    for asked, named in ORGANISER_BODIES:
        if asked.search(question):
            body = next((u for u in lines if named.search(u.value)), None)
            if body is not None:
                return body
    for asked, labels in ORGANISER_ROLES:
        if asked.search(question):
            role = next((u for label in labels for u in lines if u.label.replace(" ", "") == label
                         or re.search(label + r"\s*[:：]", u.text.replace(" ", ""))), None)
            if role is not None:
                return role
    return next(iter(lines), None)


def target_line(units: list[Unit]) -> Unit | None:
    """The page's first line saying whom the program is for in its own words ("구직단념청년 등을 대상으로 …")."""
    return next((u for u in units if TARGET_LINE.search(u.text)), None)


def purpose_line(units: list[Unit], title: str) -> Unit | None:
    """The line saying what the program is for: a field labelled so ("사업목적: …", "사업 개요 | …") that states
    something, else the page's opening description, an unlabelled sentence after its title line and before its first
    field that is not its title (the portal's pages open so: "방학 동안 대학생의 … 일경험 기회 제공"); None when the page has neither."""
    stating = lambda text: len(re.findall(r"[가-힣]", text)) >= PURPOSE_SYLLABLES  # noqa: E731
    for unit in units:  # under the label ("□ 정책 설명" then its sentence) or after it on the line
        under = unit.label or unit.section
        if under.replace(" ", "") in PURPOSE_LABELS and stating(unit.value or unit.text):
            return unit
    name = title.replace(" ", "")
    for unit in units[1:OPENING_LINES]:  # past the page's own title line
        if unit.label:
            return None
        if stating(unit.text) and name not in unit.text.replace(" ", ""):
            return unit
    return None


def one_condition(unit: Unit) -> bool:
    """Whether a line is labelled with one condition of who may apply ("연령: …", "거주지역: …") rather than with who
    may apply ("지원대상: …"), or is labelled with who may apply but states one such condition only ("지원대상 |
    거주지역: 전국"): alone it leaves the others out."""
    own = max(label_strength(unit.label, kind) for kind in ONE_CONDITION) > label_strength(unit.label, "eligibility")
    inner, said, rest = unit.value.strip().partition(":")
    alone = bool(said) and ":" not in rest and "\n" not in rest.strip()
    return own or (alone and max(label_strength(inner.strip(), kind) for kind in ONE_CONDITION) > 0)


def page_settling_line(units: list[Unit], question_text: str, asked: list[str], kinds: list[str],
                       condition: bool, title: str = "") -> Unit | None:
    """The page's line that settles what is asked by its own form, wherever it stands (a heading too), however unsure
    the meaning reader: whether a charge named is paid, the firms' size, a floor, where to look, for a yes/no question the
    list item that is the asker's case ("통장사본도 필요해요?": "⑥ 통장사본"), or (for a may-I question, `condition`) that it
    is given regardless of a case holding one of the `asked` words; None otherwise."""
    if "cost" in kinds and (line := charge_line(units, question_text)) is not None:
        return line
    if COMPANY_SIZE.search(question_text) and (line := firm_size_line(units)) is not None:
        return line
    if ASKS_FLOOR.search(question_text) and (line := floor_line(units)) is not None:
        return line
    if ASKS_WHERE_TO_LOOK.search(question_text) and (line := look_up_line(units)) is not None:
        return line
    if "yes_no" in kinds and (line := listed_line(units, asked_case(question_text))) is not None:
        return line
    # "청년 소상공인도 참여할 수 있어요?": "○ 도내 청년 창업가 및 청년 소상공인" (a phrase of the name names the program)
    phrases = [p for p in case_phrases(question_text) if p not in title.replace(" ", "")]
    if "yes_no" in kinds and (line := phrase_line(units, phrases)) is not None:
        return line
    return regardless_line(units, asked) if condition else None


def case_word_line(ranked: list[LineChoice], case: list[str], title: str) -> Unit | None:
    """Of the reader's first lines, the one writing one of the asker's case words as written (spaces aside), a word of
    CASE_WORD_CHARS or more not of the program's name ("건강관리에도 써져요?": "○ 문화여가, 자기계발, 건강관리 3개 분야 사용
    가능"); None when none does."""
    name = title.replace(" ", "")
    words = [w for w in case if len(w) >= CASE_WORD_CHARS and w not in name]
    return _first_writing([c.unit for c in ranked[:STATING_DEPTH]], words)


def age_exception_lines(units: list[Unit], question_text: str, title: str) -> list[Unit]:
    """For a question naming an exception to the age limit ("군대 갔다 온 사람은 나이 좀 더 봐줘요?"), the page's first line
    naming it too ("- 군필자의 경우 … 최고 만39세까지 지원합니다."), with the line after it when that goes on to say what the
    exception does ("※ 의무복무 제대군인은 … 제19조에 따라" / "- 연령 상한 연장 적용"); [] when either names none. Words of the
    program's name ("병역진로설계") name the program, not an exception, in the question and on its title line."""
    name = title.replace(" ", "")
    asked = any(m.group(0).replace(" ", "") not in name for m in AGE_EXCEPTION_ASKED.finditer(question_text))
    for n, unit in enumerate(units if asked else []):
        compact = unit.text.replace(" ", "")
        if not unit.answers or not AGE_EXCEPTION_ASKED.search(unit.text) or compact in name or name in compact:
            continue
        going_on = [u for u in units[n + 1 : n + 2] if u.answers and u.section == unit.section
                    and AGE_EXCEPTION.search(u.text) and not AGE_EXCEPTION_ASKED.search(u.text)]
        if any(speaks_of_age(u.text) for u in (unit, *going_on)):  # not a line naming 병역 for something else
            return [unit, *going_on]
    return []


def in_age_bracket(units: list[Unit], shown: list[Unit], ages: tuple[int, int] | None) -> list[Unit]:
    """The shown lines, each stating an age bracket that leaves out the asker's ages (youngest and oldest, from
    asking.asker_ages) replaced by the line beside it (same section) whose bracket holds them all ("65세 이상자 :
    주15시간" -> "65세 미만자 : 주25시간" for "40대면 몇 시간"); unchanged when no age is given or no neighbour holds them."""
    if ages is None:
        return shown
    place = {id(u): n for n, u in enumerate(units)}
    out = []
    for unit in shown:
        limit = age_limit(unit.text)
        n = place.get(id(unit))
        if limit is not None and not limit.admits_all(ages) and n is not None:
            beside = [units[k] for k in (n - 1, n + 1) if 0 <= k < len(units) and units[k].section == unit.section]
            unit = next((u for u in beside if (other := age_limit(u.text)) is not None and other.admits_all(ages)), unit)
        if all(unit is not u for u in out):
            out.append(unit)
    return out


def listed_line(units: list[Unit], case: list[str]) -> Unit | None:
    """The page's list item that is the asker's case itself ("통장사본도 필요해요?": "⑥ 통장사본"), a case word with at most
    LISTED_REST more letters ("통장 사본 1부"), wherever it stands; None when no item is."""
    for unit in units:
        item = LIST_MARK.sub("", unit.text).replace(" ", "")
        if unit.answers and any(item.startswith(w) and len(item) - len(w) <= LISTED_REST for w in case):
            return unit
    return None


def charge_line(units: list[Unit], question_text: str) -> Unit | None:
    """The page's line saying whether the charge the question names is paid ("참가비 있어?": "□ 수강생 참가비 무료"),
    wherever it stands, a heading too; None when the question names no charge or no line says so of it."""
    charges = {m.group(0) for m in CHARGE_NAMED.finditer(question_text)}
    return next((u for u in units if any(c in u.text for c in charges) and LINE_KINDS["cost"].search(u.text)), None)


def regardless_line(units: list[Unit], words: list[str]) -> Unit | None:
    """The page's line saying a benefit is given whatever a case that holds one of the question's `words` ("시험
    떨어졌는데 응시료 받을 수 있나요?": "□ 자격증 취득 여부와 상관없이 응시료 지원"), wherever it stands; None when none."""
    words = [w for w in words if w not in GENERIC_CASE_PIECES]  # "지원", "청년": every page holds them
    return next((u for u in units if REGARDLESS.search(u.text) and any(w in u.text for w in words)), None)


def firm_size_line(units: list[Unit]) -> Unit | None:
    """The page's line bounding the size of the firms that may apply ("기업 : 제조, 건설업 영위 50인 미만 중소기업"), for
    "직원 몇 명 미만 회사만 되나요?"; None when none does."""
    return next((u for u in units if FIRM_SIZE_LINE.search(u.text) and LINE_EMPLOYER.search(u.text)), None)


def phrase_line(units: list[Unit], phrases: list[str]) -> Unit | None:
    """The page's line holding one of the asker's case phrases as written ("1:1 상담도 해줘요?": "(병역진로상담) 1:1
    상담"), spaces aside; None when none does."""
    return _first_writing([u for u in units if u.answers], phrases)


def rare_word_line(ranked: list[LineChoice], units: list[Unit], words: list[str]) -> Unit | None:
    """The line writing the asked word the page writes most rarely (on RARE_WORD_LINES lines or fewer, spaces aside),
    the reader's best such line, else the page's first ("3D프린터 써도 돼요?": "1. 메이커스페이스 조성(3D프린터 등)",
    not the reader's closest line "창업보육공간 운영"); None when every word is written often or never."""
    writing = {w: [u for u in units if u.answers and _writes(u, w)] for w in words}
    # the fewest lines, then the longest word ("프린터" over "공간"), then the one asked last
    rarest = min(((len(lines), -len(w), -n, w) for n, (w, lines) in enumerate(writing.items())
                  if 0 < len(lines) <= RARE_WORD_LINES), default=None)
    if rarest is None:
        return None
    lines = writing[rarest[-1]]
    return next((c.unit for c in ranked if any(c.unit is u for u in lines)), lines[0])


def _first_writing(units: list[Unit], words: list[str]) -> Unit | None:
    """The first of the lines writing one of the words as written, spaces and case aside; None when none does."""
    return next((u for u in units if any(_writes(u, w) for w in words)), None)


def _writes(unit: Unit, word: str) -> bool:
    """Whether a line writes the word, spaces and case aside ("NCS" for "ncs", "1:1상담" for "1:1 상담")."""
    return word.replace(" ", "").lower() in unit.text.replace(" ", "").lower()


def look_up_line(units: list[Unit]) -> Unit | None:
    """The page's line pointing to where to look ("시군 홈페이지 참고"), for "신청은 어디서 확인해요?"; None when none does."""
    return _first_answering(units, LOOK_UP_LINE)


def floor_line(units: list[Unit]) -> Unit | None:
    """The page's line stating a floor or room ("(주소) … (태안군청 3층 경제진흥과)"), for "몇층으로 가요?"; None when none."""
    return _first_answering(units, FLOOR_LINE)


def yearly_line(units: list[Unit]) -> Unit | None:
    """The page's line stating when the program opens every year ("(시기) 매년 1~2월중"), for "보통 몇월에 나요?"; None
    when none does."""
    return _first_answering(units, YEARLY_TIME)


def _first_answering(units: list[Unit], pattern: re.Pattern) -> Unit | None:
    """The page's first line that can answer and matches `pattern`; None when none does."""
    return next((u for u in units if u.answers and pattern.search(u.text)), None)
