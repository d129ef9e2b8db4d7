"""Who a program is for, read from the whole document: people or organizations, the employment status or
schooling it asks for, the groups it is limited to, 업력 and 병역, and the conditions only the person can settle.

The target section ("지원대상", "추가 자격 조건") speaks first; the purpose and support lines count too, since
a program for employers often says so only there ("사업주에게 인건비 지원").
"""

from __future__ import annotations

import re

from assistant.language import conditions as rules
from assistant.programs.extraction import STATED, UNCLEAR, Fact, Line, Sections

# Lines that describe the document, not its applicants ("분야: 일자리 · 창업", "키워드: …").
META_LINE = re.compile(r"^\s*(?:분야|키워드|주관기관|운영기관|참고\s*URL|홈페이지|문의)\s*[:：]")
FIELD_ONLY = re.compile(r"^[\s\-•*]*(?:연령|나이|거주지역|지역)\s*[:：]")  # a page's age or place line says nothing else of who
PLACE_OR_AGE_FIELD = re.compile(r"(?:거주지역|대상지역|지역|연령|나이)\s*[:：][^\n]*")
SECTION_HEADING = re.compile(r"^\s*[□■#]+\s*[가-힣\s]{0,8}(?:방법|내용|서류|조건|설명|기간|절차|안내)\s*$")
NOT_ABOUT_WHO = ("method", "contact", "documents", "head_count", "period")


def who_lines(sections: Sections) -> list[Line]:
    """Lines that may say who applies: everything but how to apply, whom to call and the document's own labels."""
    skip = {line.start for line in sections.of(*NOT_ABOUT_WHO)} - {line.start for line in sections.of("target")}
    return [line for line in sections.lines if line.start not in skip and not META_LINE.match(line.text)]


def _status_places(sections: Sections) -> list[list[Line]]:
    """Where to look for the status a program asks, in turn: its target section; its name and purpose; its support;
    how to apply ("구직자취업역량 강화프로그램 클릭")."""
    places = [_target_lines(sections), sections.lines[:1] + sections.of("purpose"), sections.of("benefit"),
              sections.of("method")]
    return [[x for x in lines if not rules.JOB_TERMS_LINE.match(x.text)] for lines in places]


def _target_lines(sections: Sections) -> list[Line]:
    """The target section, with the lines after its "거주지역:" line ("- 거주지역: 전국" then "- 대학(원)생 및
    취업준비생" under one "## 참여대상" heading)."""
    return sections.of("target") + [x for x in sections.of("region") if not FIELD_ONLY.match(x.text)]


def _as_read(text: str) -> str:
    """`text` with the words that name two statuses at once spelled out ("취·창업" -> both)."""
    return rules.JOB_OR_STARTUP.sub(rules.JOB_OR_STARTUP_READ_AS, text)


def _found(pattern: str, text: str) -> bool:
    """Whether `pattern` names something in `text` as a condition: not followed by 제외 / 우대 / 포함 / …, not a
    preference further on in its clause, not the subject who gives ("임직원이 … 제공"), not a note about a group
    ("※ … 제대군인은 …")."""
    text = _as_read(text)
    found = list(re.finditer(pattern, text))
    if rules.GROUP_NOTE.match(text) and any(rules.GROUP_NOTE_AFTER.match(text[m.end():]) for m in found):
        return False  # "※ 의무복무 제대군인은 「제대군인 지원에 관한 법률 시행령」…": a note about them
    for m in found:
        after = text[m.end():]
        if rules.STATUS_NEGATED_AFTER.match(after) or rules.STATUS_PREFERRED_AFTER.match(after):
            continue
        if rules.STATUS_PROVIDES.match(text[m.start():]):
            continue
        if rules.PREFERENCE_HEADING.search(text[:m.start()]):
            continue
        return True
    return False


def _outside_preferences(lines: list[Line]) -> list[Line]:
    """`lines` without those of a preference list: a "우대대상 :" heading and the sub-bullets under it, up to the
    next top-level bullet or labelled field."""
    out, inside = [], False
    for line in lines:
        if rules.PREFERENCE_HEADING.search(line.text):
            inside = True
            if not rules.PREFERENCE_HEADING.match(line.text.strip(" -•*□■○❍◦※")):
                out.append(line)  # "… 청년 (우대: …)": the start of the line still says who
            continue
        if inside and (rules.TOP_LEVEL_BULLET.match(line.text) or re.match(r"^\s*#", line.text)):
            inside = False
        if not inside:
            out.append(line)
    return out


def _named(table: dict[str, str], lines: list[Line]) -> tuple[list[str], Line | None]:
    names, first = [], None
    for line in _outside_preferences(lines):
        if rules.OTHER_PARTY_LINE.match(line.text.strip()) or rules.TALLY_LINE.search(line.text):
            continue  # "- 기 업 : … 10인 이상 기업", "글로벌기업 7, …, 스타트업 액셀러레이터 1": no applicant named
        found = [name for name, pattern in table.items() if _found(pattern, line.text)]
        named = _named_as_target(line.text, table) if len(found) > 1 else []
        found = named or found
        if len(found) > 1:  # "취업을 희망하는 청년에게 … 직장인, 학생 등 도민의 독서복지": the examples are someone else
            found = _stated_before_examples(found, table, line.text)
        if "미취업" in found and _qualifies_a_student(line.text, table):
            found.remove("미취업")  # "취업을 희망하는 고교 재학생": the student is the applicant
        for name in found:
            if name not in names:
                names.append(name)
                first = first or line
    return names, first


def _named_as_target(text: str, table: dict[str, str]) -> list[str]:
    """The names right before "…을 대상으로" / "대상:" in a line that names several: the applicants it states."""
    text = _as_read(text)
    out = []
    for target in rules.TARGET_PHRASE.finditer(text):
        start = max(0, target.start() - rules.TARGET_WINDOW)
        both = text.rfind(rules.JOB_OR_STARTUP_READ_AS, 0, target.start())
        if both >= 0 and both + len(rules.JOB_OR_STARTUP_READ_AS) > start:  # "구직·예비창업을 준비하는 청년들을 대상으로"
            start = min(start, both)
        start = _list_start(text, start, table)
        window = text[start : target.start()]
        out += [name for name, pattern in table.items() if name not in out and re.search(pattern, window)]
    return out


def _list_start(text: str, start: int, table: dict[str, str]) -> int:
    """`start` moved back over the statuses a list joins to what follows ("미취업 청년 및 중소기업 임·직원을 대상으로":
    the window before 대상 holds the 임·직원; the 미취업 청년 joined to them by 및 are applicants too)."""
    while True:
        joined = [m.start() for pattern in table.values() for m in re.finditer(pattern, text[:start])
                  if start - rules.TARGET_WINDOW <= m.end() <= start and rules.STATUS_JOINED_AFTER.match(text[m.end():])
                  and rules.STATUS_JOINED_AFTER.match(text[m.end():]).end() + m.end() <= start + rules.TARGET_WINDOW]
        if not joined or min(joined) >= start:
            return start
        start = min(joined)


def _qualifies_a_student(text: str, table: dict[str, str]) -> bool:
    """Whether every job-seeking word of `text` describes a student named right after it."""
    if "고등학생" not in table:
        return False
    text = _as_read(text)
    seeking = list(re.finditer(table["미취업"], text))
    students = [m.start() for key in ("고등학생", "대학생") for m in re.finditer(table[key], text)]
    return bool(seeking) and all(any(0 <= s - m.end() <= rules.STUDENT_AFTER_SEEKING for s in students) for m in seeking)


def read_statuses(sections: Sections) -> Fact:
    """Statuses the program admits (미취업 / 재직 / 예비창업 / 창업 / 고등학생 / 대학생, any of them): the target
    section's when it names any, else the whole document's; [] when it names none (age and place decide)."""
    places = _status_places(sections)
    open_line = next((x for x in places[0] + places[1] if rules.OPEN_TO_ALL.search(x.text)), None)
    if open_line is not None:
        return Fact.stated(["무관"], open_line)
    target_says_who = any(_says_who(x.text) for x in places[0]) or any(
        _names_people_inline(x.text) for x in sections.lines)
    for where, lines in enumerate(places):
        names, line = _named(rules.TARGET_STATUS, lines)
        if names and line is not None and _youth_at_large(line.text):  # "재학생 및 지역 청년": any young person
            return Fact.stated(["무관"], line)
        if names:  # the support or how to apply, or a purpose beside a target that names no status: a hint
            hint = where >= 2 or (where == 1 and target_says_who and line is not None and line != sections.lines[0])
            hint = hint or (line is not None and _target_names_no_status(line.text))
            if line is not None and rules.PEOPLE_WITH_AGES_LINE.match(line.text):
                hint = False  # "○ 미취업 청년(18 ~ 39세)" under 지원 내용: a party of the program, stated
            if names == ["미취업"] and _only_job_kind_wishes(lines):
                hint = True  # "해외취업을 희망하는 청년": an interest, not an employment status
            if line is not None and _statuses_as_examples(line.text):
                hint = True  # "사회초년생, 취업 준비 청년 등 … 청년 대상": examples of whom it means, not a limit
            return Fact.stated(names, line, UNCLEAR if hint else STATED)
    return Fact([])


def _statuses_as_examples(text: str) -> bool:
    """Whether every status word of `text` opens a list of examples closed by 등 ("소규모 사업장 소속 사회초년생, 취업
    준비 청년 등"): it shows whom the program means without limiting who may apply."""
    return any(re.search(p, _as_read(text)) for p in rules.TARGET_STATUS.values()) and all(
        _only_examples(p, text) for p in rules.TARGET_STATUS.values())


def _stated_before_examples(found: list[str], table: dict[str, str], text: str) -> list[str]:
    """`found` without the statuses named only as examples after the line has stated its applicants ("사서 분야 취업을
    희망하는 청년에게 일자리 제공, … 직장인, 학생 등 도민의 독서복지": the readers, not the applicants). Examples first
    and a status after them ("청년 예비 및 초기 창업자 등 → 사업자등록 3년 이하"), or close after ("예비 창업(희망)자,
    7년 미만 사업자 등"), are one list: all stay."""
    firm = [name for name in found if not _only_examples(table[name], text)]
    examples = [name for name in found if name not in firm]
    if not firm or not examples:
        return found
    read = _as_read(text)
    stated_end = max(m.end() for n in firm for m in re.finditer(table[n], read))
    examples_start = min(m.start() for n in examples for m in re.finditer(table[n], read))
    return firm if examples_start - stated_end > rules.EXAMPLES_APART else found


def _only_examples(pattern: str, text: str) -> bool:
    """Whether every match of `pattern` in `text` (if any) stands in a list of examples closed by 등."""
    text = _as_read(text)
    return all(rules.STATUS_AS_EXAMPLE_AFTER.match(text[m.end():]) for m in re.finditer(pattern, text))


def _only_job_kind_wishes(lines: list[Line]) -> bool:
    """Whether every job-seeking word of `lines` is part of a wish for a kind of job ("해외취업을 희망하는")."""
    found = False
    for line in _outside_preferences(lines):
        text = _as_read(line.text)
        wishes = [m.span() for m in rules.JOB_KIND_WISH.finditer(text)]
        for m in re.finditer(rules.TARGET_STATUS["미취업"], text):
            if not any(start <= m.start() < end for start, end in wishes):
                return False
            found = True
    return found


def _names_people_inline(text: str) -> bool:
    """Whether `text` states its applicants as young people at large inside a line ("지원사항 | ○ 지원대상: 산림분야
    일자리에 관심이 있는 만19세 이상 39세 이하 청년", a table flattened to one line), naming no status."""
    found = rules.INLINE_APPLICANTS.search(text)
    return bool(found) and not _statuses_at(found.group(0), 0, len(found.group(0)))


def _statuses_at(text: str, start: int, end: int) -> bool:
    return any(re.search(p, text[start:end]) for p in rules.TARGET_STATUS.values())


def _youth_at_large(text: str) -> bool:
    """Whether `text` names young people at large as one choice beside a status ("대학 재학/졸업생 및 지역
    청년들", "청년 및 구직자 대상"): a bare 청년 (no status word right before it) joined to a status word."""
    text = _as_read(text)
    ends = sorted(m.end() for p in rules.TARGET_STATUS.values() for m in re.finditer(p, text))
    for m in rules.YOUTH_AT_LARGE.finditer(text):
        if _status_starts(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())):
            continue  # "청년창업자", "청년 구직자": this 청년 qualifies a status
        before = [e for e in ends if m.start() - rules.YOUTH_JOIN_WINDOW <= e <= m.start()]
        gap = text[before[-1]:m.start()] if before else None
        if gap is not None and not gap.strip():
            continue  # "미취업 청년": the status qualifies this 청년
        if gap is not None and rules.STATUS_THEN_JOIN.match(gap):
            return True  # "재학생 및 지역 청년"
        joined = rules.JOIN_AFTER_YOUTH.match(text[m.end():])
        if joined and _status_starts(text, m.end() + joined.end()):
            return True  # "청년 및 구직자"
    return False


def _status_starts(text: str, at: int) -> bool:
    """Whether a status word starts at `at`."""
    return any(re.match(p, text[at:]) for p in rules.TARGET_STATUS.values())


def _target_names_no_status(text: str) -> bool:
    """Whether `text` states its applicants ("관내 청년 및 청소년 대상") without a status, naming statuses only
    after them ("… 경진대회를 개최하여 … 스타트업 창업 활성화"): what it aims at, not who may apply."""
    text = _as_read(text)
    targets = list(rules.APPLICANTS_STATED.finditer(text))
    if not targets:
        return False
    first = targets[0]
    before = text[max(0, first.start() - rules.TARGET_WINDOW * 2):first.start()]
    return bool(rules.PEOPLE_AT_LARGE.search(before)) and not _statuses_at(text, 0, first.start()) and \
        _statuses_at(text, first.end(), len(text))


def read_excluded_statuses(sections: Sections) -> Fact:
    """Statuses who applies says may not ("※대학 및 대학원 재학생 참여 제외"), quoted; [] when it excludes none."""
    names, first = [], None
    for line in _outside_preferences(_target_lines(sections)):
        text = _as_read(line.text)
        for name, pattern in rules.TARGET_STATUS.items():
            if name not in names and any(rules.STATUS_EXCLUDED_AFTER.match(text[m.end():])
                                         for m in re.finditer(pattern, text)):
                names.append(name)
                first = first or line
    if not names or first is None:
        return Fact([])
    return Fact.stated(names, first, UNCLEAR if rules.EXCLUSION_EXCEPTION.search(first.text) else STATED)


def read_residence_alternative(sections: Sections) -> Fact:
    """The line that lets in people who do not live in the program's region (study, work or a business there,
    or a program for people from elsewhere), quoted; None when none does."""
    for line in who_lines(sections) + sections.of("documents"):
        if rules.RESIDENCE_ALTERNATIVE.search(line.text):
            return Fact.stated(True, line)
    return Fact(None)


def read_residence_preferred(sections: Sections) -> Fact:
    """The line naming residence as a preference, when every line that names residence does so only as one."""
    mentions = [(line, m) for line in who_lines(sections) + sections.of("head_count") if not FIELD_ONLY.match(line.text)
                for m in rules.RESIDENCE_WORD.finditer(line.text)]
    preferred = [line for line, m in mentions if rules.RESIDENCE_PREFERRED_AFTER.match(line.text[m.end():])]
    if preferred and len(preferred) == len(mentions):
        return Fact.stated(True, preferred[0])
    return Fact(None)


def read_audience(sections: Sections, statuses: Fact) -> Fact:
    """["기업·기관"] when the applicants are organizations (employers, companies, schools), else []; read with low
    confidence (unclear) when the document also names young people as a side that applies ("○ (청년) …",
    "인턴청년에게는 직무경험"), since then a person may join through it."""
    line = _organization_line(sections, statuses)
    if line is None or any(rules.INDIVIDUALS_TOO.search(x.text) for x in [line, *_target_lines(sections)]):
        return Fact([])  # none named, or individuals beside them ("개인 및 기업"): a person may apply
    if any(rules.PERSON_SIDE.search(x.text) for x in _person_side_places(sections, line)):
        return Fact.stated(["기업·기관"], line, UNCLEAR)
    founders = {"창업", "예비창업"} & set(statuses.value or []) or any(
        rules.STARTUP_WORD.search(x.text) for x in sections.lines[:1] + sections.of("purpose"))
    if _wages_only(line.text) and (founders or rules.PEOPLE_STATED.search(line.text)):
        return Fact([])  # a founder's first hires, or "청년을 대상으로 … 인건비 지원": people apply
    return Fact.stated(["기업·기관"], line)


def _person_side_places(sections: Sections, organization: Line) -> list[Line]:
    """Where a side for young people counts: anywhere, except that when who may apply names the organizations
    ("(사업 대상) 서울시 소재 중소기업"), the name and purpose say what the program aims at ("청년에게는 … 일할
    기회를"), not who applies."""
    if organization.start not in {x.start for x in _target_lines(sections)}:
        return sections.lines
    aims = {x.start for x in sections.lines[:1] + sections.of("purpose")}
    return [x for x in sections.lines if x.start not in aims]


def _organization_line(sections: Sections, statuses: Fact) -> Line | None:
    first = [x for lines in _status_places(sections)[:2] for x in lines]
    person_targeted = bool(_named(rules.TARGET_STATUS, _target_lines(sections))[0])
    for line in first if not person_targeted else []:  # "사업주가 근로자를 …": the purpose names an organization
        if _names_organization(line.text):
            return line
    if statuses.status == STATED and statuses.evidence in {x.text.strip() for x in first}:  # a person applies
        return None
    if any(rules.PEOPLE_AT_LARGE.search(x.text) and _says_who(x.text) for x in _target_lines(sections)):
        return None  # who may apply names people ("… 청년을 대상으로"); "인건비 지원" in the support is what they get
    return next((x for x in who_lines(sections) if _names_organization(x.text)), None)


def _names_organization(text: str) -> bool:
    """Whether `text` names organizations as applicants, not as who runs the program ("위탁운영(울산테크노파크)
    / 협력기관(금향산업협동조합)", "자치단체 주도로 비영리법인·단체와 컨소시엄을 구성하여") nor as the ones
    preferred ("가점사항 : (1점) 벤처기업인증 기업, 산림형 예비사회적기업, 사회적기업")."""
    if rules.OPERATOR_LINE.search(text) or rules.TALLY_LINE.search(text):
        return False
    return any(not rules.STATUS_PREFERRED_AFTER.match(text[m.end():])  # "사회적기업 우대"
               and not rules.PREFERENCE_HEADING.search(text[:m.start()])  # "가점사항 : … 사회적기업"
               for m in rules.ORGANIZATION_TARGET.finditer(text))


def _wages_only(text: str) -> bool:
    """Whether the only organization cue of `text` is personnel costs or hiring ("청년 추가채용 시 인건비 지원")."""
    return all(rules.WAGE_SUPPORT.fullmatch(m.group(0)) or rules.WAGE_SUPPORT.match(m.group(0))
               for m in rules.ORGANIZATION_TARGET.finditer(text))


def startup_company(sections: Sections, audience: Fact) -> bool:
    """Whether the organizations named are startups a founder applies with ("청년창업지원센터 입주기업 모집",
    "스타트업 해외전시회 참가기업 모집")."""
    if audience.status != STATED or not rules.STARTUP_COMPANY.search(audience.evidence):
        return False
    title = sections.lines[0].text if sections.lines else ""
    return bool(rules.STARTUP_WORD.search(audience.evidence) or rules.STARTUP_WORD.search(title))


def read_target_groups(sections: Sections) -> Fact:
    """Groups the program is limited to (여성, 장애인, 제대군인, …, any of them); [] when none."""
    lines = [x for x in _outside_preferences(who_lines(sections)) if not rules.GROUP_LINE_ASIDE.search(x.text)]
    names, line = _named(rules.TARGET_GROUPS, lines)
    if not names or line is None:
        return Fact([])
    return Fact.stated(names, line, UNCLEAR if _groups_as_examples(line.text) else STATED)


def _groups_as_examples(text: str) -> bool:
    """Whether the groups of `text` are examples ("노인 · 장애인 등 사회적 약자", "청년농 및 귀농인 등 농업초보자도"),
    what the program trains people to become ("스마트농업인 양성과정"), or an alternative document in brackets
    ("사업자등록증(농업경영체등록 확인서)"): not a stated limit on who applies."""
    for pattern in rules.TARGET_GROUPS.values():
        for m in re.finditer(pattern, text):
            if rules.GROUP_AS_EXAMPLE_AFTER.match(text[m.end():]):
                return True
    return False


def read_business_years(sections: Sections) -> Fact:
    """The most years a business may have been registered ("창업 후 3년 이내" -> 3, "7년 미만" -> 6, "업력 3~7년"
    -> 7)."""
    for line in who_lines(sections):
        span = rules.BUSINESS_YEARS_RANGE.search(line.text)
        if span:
            return Fact.stated(int(span.group(2)) - (1 if span.group(3) == "미만" else 0), line)
        found = rules.BUSINESS_YEARS.search(line.text)
        if found:
            years = int(found.group(1)) - (1 if found.group(2) == "미만" else 0)
            return Fact.stated(years, line)
    return Fact(None)


def read_fewest_business_years(sections: Sections) -> Fact:
    """The fewest years a business must have been registered ("업력 3~7년" -> 3, "창업 후 1년 이상" -> 1, "업력 2년
    초과" -> 3); None when the document sets no floor."""
    for line in who_lines(sections):
        span = rules.BUSINESS_YEARS_RANGE.search(line.text)
        if span and int(span.group(1)) > 0:
            return Fact.stated(int(span.group(1)), line)
        found = rules.BUSINESS_YEARS_LOWER.search(line.text)
        if found:
            return Fact.stated(int(found.group(1)) + (1 if found.group(2) == "초과" else 0), line)
    return Fact(None)


def read_further_study(sections: Sections) -> Fact:
    """The line naming those about to go on to further study ("제외 대상 예시) 대학 등 진학을 예정하고 있는 청년"):
    whether a high-school student may join turns on their plan."""
    line = next((x for x in _outside_preferences(who_lines(sections)) if rules.FURTHER_STUDY.search(x.text)), None)
    return Fact.stated(True, line) if line else Fact(None)


def read_military(sections: Sections) -> Fact:
    """"served" (병역필·면제), "not_yet" (입영 전) or "serving" (복무 중인 장병) when the program asks; None when not."""
    for line in who_lines(sections):
        if rules.MILITARY_NOT_YET.search(line.text):
            return Fact.stated("not_yet", line)
        if rules.MILITARY_SERVING.search(line.text):
            return Fact.stated("serving", line)
        if rules.MILITARY_SERVED.search(line.text):
            return Fact.stated("served", line)
    return Fact(None)


def read_military_age(sections: Sections) -> Fact:
    """The highest age for those who served when the document raises its age limit for them ("군필자의 경우
    의무복무기간에 비례하여 최고 만39세까지" -> 39); 0 when it names no ceiling (the raise is the service itself)."""
    for line in who_lines(sections) + sections.of("documents"):
        if rules.MILITARY_AGE_EXTENSION.search(line.text):
            ceiling = rules.MILITARY_AGE_CEILING.search(line.text)
            return Fact.stated(int(ceiling.group(1)) if ceiling else 0, line)
    return Fact(None)


def read_school(sections: Sections) -> Fact:
    """A named school or major the program is limited to, quoted; None when it names none."""
    for line in who_lines(sections) + sections.of("method"):
        found = rules.NAMED_SCHOOL.search(line.text)
        if found:
            return Fact.stated(found.group(0), line)
    return Fact(None)


def _says_who(text: str) -> bool:
    """Whether a target or application line says more than its heading, age or place ("### 신청자격",
    "- **참여대상**: 거주지역: 전국" say nothing of who may apply)."""
    if SECTION_HEADING.match(text):
        return False  # "□ 심사 방법": a heading, whatever section it falls in
    rest = PLACE_OR_AGE_FIELD.sub("", text)
    for label in rules.FIELD_LABELS["target"] + rules.FIELD_LABELS["method"]:
        rest = rest.replace(label, "")
    return len(re.findall(r"[가-힣A-Za-z]", rest)) >= 2


def read_youth(sections: Sections) -> Fact:
    """The line that calls the applicants 청년 (who counts as one is the document's age, if it states one)."""
    line = next((x for x in [*sections.lines[:1], *who_lines(sections)] if rules.YOUTH_WORD.search(x.text)), None)
    return Fact.stated(True, line) if line else Fact(None)


def read_person_checks(sections: Sections) -> list[Fact]:
    """Conditions only the person can settle (prior participation, residence length, income, …), each quoted once."""
    out: dict[str, Fact] = {}
    for line in _outside_preferences(who_lines(sections)) + sections.of("documents"):
        if rules.RANKING_LINE.search(line.text):
            continue
        for pattern, reason in rules.PERSON_CHECKS.items():
            if reason not in out and _asked(pattern, line.text):
                out[reason] = Fact.stated(reason, line)
    if rules.MOVE_IN_CHECK in out:  # the line asking people from elsewhere to move in is the condition to quote
        asked = next((x for x in who_lines(sections) if rules.MOVE_IN_FOR_OTHERS.search(x.text)), None)
        if asked is not None:
            out[rules.MOVE_IN_CHECK] = Fact.stated(rules.MOVE_IN_CHECK, asked)
    for line in _target_lines(sections) + sections.lines[:1] + sections.of("purpose"):
        if rules.TARGET_CHECK_ASIDE.search(line.text):
            continue
        for pattern, reason in rules.TARGET_CHECKS.items():
            if reason not in out and re.search(pattern, line.text):
                out[reason] = Fact.stated(reason, line)
    return list(out.values())


def _asked(pattern: str, text: str) -> bool:
    """Whether `text` asks the condition `pattern` names (not "소득기준 : 제한 없음")."""
    return any(not rules.CHECK_WAIVED.match(text[m.end():]) for m in re.finditer(pattern, text))


def read_unread_conditions(sections: Sections, checks: list[Fact]) -> list[Fact]:
    """Lines of who may apply (the applicant section) holding a condition word that no reader takes up: each
    left to check, quoting its clause ("조건 확인 필요: 면접일 기준 고용보험 미취득자"), so "eligible" never rests
    on a condition the finder did not read. The title names the program ("대학일자리플러스센터 지원"), not who
    applies; the status readers already take it as a hint."""
    checked = {x.evidence for x in checks}
    participation_checked = any(x.value in rules.PARTICIPATION_CHECKS for x in checks)
    title = sections.lines[0].start if sections.lines else -1  # "지역 고교 인재 …" opens no 지역 field
    lines = [x for x in _outside_preferences(_target_lines(sections))
             if x.start != title and not FIELD_ONLY.match(x.text) and not META_LINE.match(x.text)]
    out, seen, other_party = [], set(), False
    for line in lines:
        text = line.text.strip()
        if rules.PARTY_LABEL.match(text) or rules.TOP_LEVEL_BULLET.match(text):
            other_party = bool(rules.OTHER_PARTY_LINE.match(text))  # "◦(참여기업) …" and the sub-bullets under it
        if other_party or text in checked or rules.RANKING_LINE.search(text):
            continue
        for kind, cue in rules.UNREAD_CONDITION_CUES.items():
            if _read_as(kind, text) or (kind == "participation" and participation_checked):
                continue
            clause = next((c for c in rules.CLAUSE_BREAK.split(text) if _states_condition(cue, c)), None)
            quote = (clause or "").strip(" -•·ㆍ*○◦❍□")
            if clause is not None and quote not in seen and not rules.UNREAD_HEADING.search(quote):
                seen.add(quote)
                if len(quote) > rules.UNREAD_QUOTE_CHARS:
                    quote = quote[: rules.UNREAD_QUOTE_CHARS] + "…"
                out.append(Fact.stated(f"{rules.UNREAD_CONDITION}: {quote}", line))
                break
    return out


def _read_as(kind: str, text: str) -> bool:
    """Whether the finder's own tables take up a `kind` condition in `text` (or judge it an aside)."""
    if kind == "who":
        return bool(rules.ORGANIZATION_TARGET.search(text))
    if kind in ("employment", "schooling") and _excludes(text):
        return True
    if kind == "employment":
        return any(_found(p, text) for p in rules.TARGET_STATUS.values()) or bool(
            rules.OPEN_TO_ALL.search(text) or rules.BUSINESS_YEARS.search(text))
    if kind == "schooling":
        return any(_found(rules.TARGET_STATUS[s], text) for s in ("고등학생", "대학생")) or bool(
            rules.NAMED_SCHOOL.search(text))
    if kind == "groups":
        return any(_found(p, text) for p in rules.TARGET_GROUPS.values()) or bool(
            rules.GROUP_LINE_ASIDE.search(text) or rules.MILITARY_SERVED.search(text)
            or rules.MILITARY_NOT_YET.search(text) or rules.MILITARY_SERVING.search(text))
    return False  # prior participation is read only as a person check, which quotes its line


def _excludes(text: str) -> bool:
    text = _as_read(text)
    return any(rules.STATUS_EXCLUDED_AFTER.match(text[m.end():]) for p in rules.TARGET_STATUS.values()
               for m in re.finditer(p, text))


def _states_condition(cue: str, clause: str) -> bool:
    """Whether `clause` holds a condition word that is not a preference or a waiver ("저소득층 우대", "학력 무관"),
    an allowance, a place or a note about the word's people."""
    if rules.UNREAD_ASIDE.search(clause):
        return False
    clause = rules.BRACKETED_NAME.sub(" ", clause)
    return any(not rules.UNREAD_WORD_ASIDE.match(clause[m.end():]) for m in re.finditer(cue, clause))


def audience_facts(sections: Sections) -> tuple[dict[str, Fact], list[Fact]]:
    """The who-facts of a program and its person checks."""
    statuses = read_statuses(sections)
    facts = {
        "audience": read_audience(sections, statuses),
        "employment": statuses,
        "groups": read_target_groups(sections),
        "business_years": read_business_years(sections),
        "business_years_min": read_fewest_business_years(sections),
        "military": read_military(sections),
        "military_age": read_military_age(sections),
        "further_study": read_further_study(sections),
        "school": read_school(sections),
        "excluded": read_excluded_statuses(sections),
        "residence_alternative": read_residence_alternative(sections),
        "residence_preferred": read_residence_preferred(sections),
        "youth": read_youth(sections),
    }
    company = facts["audience"]
    if startup_company(sections, company):  # a startup's company is its founder's way in: founders apply
        facts["audience"] = Fact([])
        wanted = [x for x in statuses.value or [] if x in ("예비창업", "창업")]
        facts["employment"] = Fact(wanted + ["창업"] * ("창업" not in wanted), STATED, company.evidence, company.start)
    checks = read_person_checks(sections)
    told = [x for x in _target_lines(sections) + sections.of("method") if _says_who(x.text)]
    if not told and not statuses.value and facts["youth"].status != STATED and sections.lines:
        # nobody is told who applies or how, and no person is named (not even 청년): a scheme for institutions
        # as often as a service for people
        checks.append(Fact.stated(rules.NO_APPLICANT_STATED, sections.lines[0]))
    return facts, checks + read_unread_conditions(sections, checks)
