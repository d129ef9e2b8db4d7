"""A resident's situation -> for every program: eligible / check / ineligible, each condition cited, and open status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.language.conditions import (BUSINESS_APPLICANT, GROUP_INCLUDES, GROUP_OR_YOUTH, INSTITUTION_APPLICANT,
                                           JOB_SEEKING_INTENT, MILITARY_AGE_YEARS, MOVE_IN_CHECK, MOVE_IN_FOR_OTHERS,
                                           NOT_EMPLOYED_STATE, STATUS_MEETS, YOUTH_UNSTATED_OLDEST)
from assistant.language.regions import NATIONWIDE, Region, RegionTable
from assistant.programs.catalog import ProgramRecord
from assistant.programs.extraction import STATED, UNCLEAR, Fact

ELIGIBLE, CHECK, INELIGIBLE = "eligible", "check", "ineligible"
MET, UNKNOWN, FAILED = "met", "unknown", "failed"
VERDICT_RANK = {ELIGIBLE: 0, CHECK: 1, INELIGIBLE: 2}
OPEN_RANK = {"open": 0, "upcoming": 1, "always": 2, "dated": 3, "unknown": 3, "closed": 4}
LONGEST_D_DAY = 366  # a deadline further off than this is a typo or a multi-year scheme: no D-day is shown
ORGANIZATIONS = "기업·기관 대상"
# Statuses no serving soldier has (one not employed may be serving and call himself 미취업; a student may be on leave).
CIVILIAN_STATUSES = ("재직", "창업", "고등학생")
# How a program's status reads in a reason ("구직자/재직자 대상").
STATUS_WORDS = {"미취업": "구직자", "재직": "재직자", "예비창업": "예비창업자", "창업": "창업자", "고등학생": "고등학생",
                "대학생": "대학생"}
KOREA_OFFSET = dt.timezone(dt.timedelta(hours=9), "KST")  # when the system has no time-zone data


def today_in_korea() -> dt.date:
    """Today's date in Korea, which decides open / closed and D-day, whatever the server's time zone."""
    try:
        zone: dt.tzinfo = ZoneInfo("Asia/Seoul")
    except ZoneInfoNotFoundError:
        zone = KOREA_OFFSET
    return dt.datetime.now(zone).date()


@dataclass(frozen=True)
class Situation:
    """What a resident tells us; None where they did not say (groups None = not asked, () = none apply).

    status: 미취업 / 재직 / 예비창업 / 창업 / 고등학생 / 대학생; gender: 여성 / 남성; military: 군필 / 미필 / 면제;
    business_years: years since the business was registered (for 창업)."""

    age: int | None = None
    residence: str | None = None
    status: str | None = None
    groups: tuple[str, ...] | None = None
    date: dt.date = field(default_factory=today_in_korea)
    gender: str | None = None
    military: str | None = None
    business_years: int | None = None


@dataclass(frozen=True)
class Condition:
    """One condition of a program judged against the situation, with the fact (and quote) it rests on."""

    outcome: str  # met / unknown / failed
    reason: str
    fact: Fact


@dataclass(frozen=True)
class Match:
    """A program's verdict for a situation and whether it can be applied for on the situation's date."""

    program: ProgramRecord
    verdict: str
    conditions: tuple[Condition, ...]
    open: str  # open / closed / upcoming / always / dated / unknown
    d_day: int | None  # days to the deadline (open) or to the opening (upcoming)
    as_of: int | None = None  # "dated": the earlier year its period ended in, or its 상시 document speaks of

    @property
    def reasons(self) -> list[str]:
        shown = [c for c in self.conditions if c.outcome == FAILED] if self.verdict == INELIGIBLE else \
            [c for c in self.conditions if c.outcome == UNKNOWN] + [c for c in self.conditions if c.outcome == MET]
        return [c.reason for c in shown]

    def cited(self) -> list[Fact]:
        """The facts behind the verdict, each quoted once."""
        seen, out = set(), []
        for c in self.conditions:
            if c.fact.evidence and c.fact.evidence not in seen:
                seen.add(c.fact.evidence)
                out.append(c.fact)
        return out


def find(programs: list[ProgramRecord], situation: Situation, regions: RegionTable,
         include_ineligible: bool = False, open_only: bool = False) -> list[Match]:
    """Every program judged for `situation`, one per program, ranked by fit (see `rank_key`)."""
    resident = regions.resolve(situation.residence) if situation.residence else None
    places = _place_cache(regions)
    out, seen = [], set()
    for program in programs:
        match = judge(program, situation, resident, regions, places)
        if match.verdict == INELIGIBLE and not include_ineligible:
            continue
        if open_only and match.open not in ("open", "always"):
            continue
        out.append(match)
    out.sort(key=lambda m: rank_key(m, resident, regions, places))
    unique = []
    for m in out:  # a page and a notice of one program: the better-ranked one stands for both
        key = same_program_key(m.program)
        if key not in seen:
            seen.add(key)
            unique.append(m)
    return unique


def same_program_key(program: ProgramRecord) -> tuple:
    """Two documents describe one program when they share its name, places and period."""
    period = program.period
    return ("".join(program.title.split()), tuple(program.fact("regions").value or ()),
            period.get("start"), period.get("end"))


def rank_key(match: Match, resident: Region | None, regions: RegionTable, places: dict) -> tuple:
    """Closed last; eligible before check before ineligible; own city or district before the province before
    nationwide; open before upcoming before 상시 before unknown or an earlier year's (the later year first); fewer
    unsettled conditions; soonest deadline."""
    return (match.open == "closed", VERDICT_RANK[match.verdict], locality(match.program, resident, regions, places),
            OPEN_RANK[match.open], -(match.as_of or 0), _unknowns(match),
            match.d_day if match.d_day is not None else 10_000, match.program.title)


def locality(program: ProgramRecord, resident: Region | None, regions: RegionTable, places: dict) -> int:
    """0 the resident's own city or district, 1 their province, 2 nationwide or unknown, 3 elsewhere."""
    names = list(program.fact("regions").value or [])
    if resident is None or not names:
        return 2
    levels = []
    for name in names:
        if name == NATIONWIDE:
            levels.append(2)
            continue
        region = _place(name, regions, places)
        if region is not None and regions.covers(region, resident):
            levels.append(1 if region.level == "province" else 0)
    return min(levels) if levels else 3


def _unknowns(match: Match) -> int:
    return sum(c.outcome == UNKNOWN for c in match.conditions)


def judge(program: ProgramRecord, situation: Situation, resident: Region | None, regions: RegionTable,
          places: dict | None = None) -> Match:
    """One program's verdict: ineligible if a condition fails, check if one is unsettled, else eligible."""
    conditions = [
        *_audience(program.fact("audience"), situation),
        _age_or_birth(program, situation),
        *_other_ages(program.fact("other_ages")),
        _region_or_else(program, situation.residence, resident, regions, places if places is not None else {}),
        *_employment(program.fact("employment"), situation),
        *_excluded(program.fact("excluded"), situation),
        *_business_years(program.fact("business_years"), program.fact("employment"), situation),
        *_fewest_business_years(program.fact("business_years_min"), situation),
        *_groups(program.fact("groups"), situation),
        *_military(program.fact("military"), situation),
        *_school(program.fact("school"), program.fact("employment"), situation),
        *_further_study(program.fact("further_study"), situation),
        *[_person_check(f, program, resident, regions, places if places is not None else {}) for f in program.checks],
    ]
    outcomes = {c.outcome for c in conditions}
    verdict = INELIGIBLE if FAILED in outcomes else CHECK if UNKNOWN in outcomes else ELIGIBLE
    state, d_day = open_status(program.period, situation.date)
    year = earlier_year(program, state, situation.date)
    if year is not None:  # "2025년 기준 — 올해 운영 여부 확인": listed, never a bare 상시 or a folded 마감
        return Match(program, verdict, tuple(conditions), "dated", None, year)
    return Match(program, verdict, tuple(conditions), state, d_day)


def earlier_year(program: ProgramRecord, state: str, today: dt.date) -> int | None:
    """The earlier year a program's state speaks of, when it says nothing about this year: a period that ended
    in a past year (a yearly program may well run again), or 상시 / 예산 소진 / no period at all in an earlier
    year's document.
    A period that closed this year stays closed; one still running (an end in this year or later) stays open."""
    end = program.period.get("end") or ""
    if state == "closed" and end[:4].isdigit() and int(end[:4]) < today.year:
        return int(end[:4])
    if state in ("always", "unknown") or (state == "open" and not end):
        year = document_year(program)
        return year if year is not None and year < today.year else None
    return None


def document_year(program: ProgramRecord) -> int | None:
    """The year a program's document speaks of: its period's start, else when it was published."""
    for text in (program.period.get("start"), program.meta.get("published")):
        if text and str(text)[:4].isdigit():
            return int(str(text)[:4])
    return None


def _audience(fact: Fact, situation: Situation) -> list[Condition]:
    if fact.status == STATED and fact.value and situation.status == "창업" and _a_business(fact.evidence or ""):
        return [Condition(UNKNOWN, f"{ORGANIZATIONS} — 운영하는 사업체가 해당하는지 확인 필요", fact)]
    if fact.status == STATED and fact.value:
        return [Condition(FAILED, ORGANIZATIONS, fact)]
    if fact.status == UNCLEAR and fact.value:  # a side for young people too: how a person joins is to check
        return [Condition(UNKNOWN, f"{ORGANIZATIONS}이나 청년 참여도 있어 참여 방법 확인 필요", fact)]
    return []


def _a_business(text: str) -> bool:
    """Whether the organizations `text` names are businesses a founder might run, not institutions."""
    return bool(BUSINESS_APPLICANT.search(text)) and not INSTITUTION_APPLICANT.search(text)


def _ages(low, high) -> str:
    if low and high:
        return f"만 {low}~{high}세"
    return f"만 {low}세 이상" if low else f"만 {high}세 이하"


def _age_or_birth(program: ProgramRecord, situation: Situation) -> Condition:
    """The age condition; where the document also gives birth dates, they decide the ages at the edges (a 만 40 on
    the day may have been born inside "1985. 1. 2. ~ 2005. 1. 2." — then only the birth date settles it)."""
    condition = _served_longer(_age(program.fact("age"), situation.age, program.fact("youth")), program, situation)
    birth = program.fact("birth_dates")
    if birth.status != STATED or not birth.value or situation.age is None:
        return condition
    low, high = (dt.date.fromisoformat(x) for x in birth.value)
    today = situation.date
    latest = _years_before(today, situation.age)  # born on or before this day to be that old today
    earliest = _years_before(today, situation.age + 1) + dt.timedelta(days=1)
    shown = f"{low:%Y.%m.%d}~{high:%Y.%m.%d} 출생자"
    if low <= earliest and latest <= high:
        return Condition(MET, f"출생일 조건 {shown} 충족", birth)
    if latest < low or earliest > high:
        return Condition(FAILED, f"출생일 조건 {shown}에 맞지 않음 (만 {situation.age}세)", birth)
    return Condition(UNKNOWN, f"출생일 확인 필요 ({shown}, 만 {situation.age}세)", birth)


def _other_ages(fact: Fact) -> list[Condition]:
    """An age the document sets for someone else (a household member, a child): said, never held against
    the person."""
    if fact.status != STATED or not fact.value:
        return []
    return [Condition(MET, f"{_ages(*fact.value)}은 신청자 본인이 아닌 가구원·자녀 등의 나이 조건", fact)]


def _served_longer(condition: Condition, program: ProgramRecord, situation: Situation) -> Condition:
    """An age over the limit, for someone who has served where the document raises the limit by the service ("군필자의
    경우 의무복무기간에 비례하여 최고 만39세까지"): whether the service covers the difference is theirs to check.
    Whoever has not said they served keeps the stated limit."""
    extension = program.fact("military_age")
    low, high = program.fact("age").value or (None, None)
    if condition.outcome != FAILED or extension.status != STATED or extension.value is None or high is None:
        return condition
    if situation.military != "군필" or situation.age is None or situation.age < (low or 0):
        return condition
    ceiling = extension.value or high + MILITARY_AGE_YEARS
    if situation.age > ceiling:
        return condition
    return Condition(UNKNOWN, f"나이 조건 {_ages(low, high)} — 군 복무기간만큼 연장(최고 만 {ceiling}세), 복무기간 확인 필요",
                     extension)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _age(fact: Fact, age: int | None, youth: Fact = Fact()) -> Condition:
    low, high = fact.value or (None, None)
    if fact.status == UNCLEAR and low is None and high is None:
        return Condition(UNKNOWN, "문서의 나이 조건이 분명하지 않아 확인 필요", fact)
    if low is None and high is None:  # no limit stated: age decides nothing, unless "청년" leaves it open
        if youth.status == STATED and (age is None or age > YOUTH_UNSTATED_OLDEST):
            return Condition(UNKNOWN, "청년 대상이나 나이 기준이 없어 확인 필요", youth)
        return Condition(MET, "나이 제한 없음" if fact.status == STATED else "문서에 나이 조건 없음", fact)
    if age is None:
        return Condition(UNKNOWN, f"나이 확인 필요 ({_ages(low, high)})", fact)
    if (low is not None and age < low) or (high is not None and age > high):
        return Condition(FAILED, f"나이 조건 {_ages(low, high)}에 맞지 않음 (만 {age}세)", fact)
    return Condition(MET, f"나이 조건 {_ages(low, high)} 충족", fact)


def _region_or_else(program: ProgramRecord, residence: str | None, resident: Region | None, regions: RegionTable,
                    places: dict) -> Condition:
    """The region condition, where living elsewhere is no refusal when the document lets non-residents in
    (studying or working there, a program for people from elsewhere) or names residence only as a preference."""
    condition = _region(program.fact("regions"), residence, resident, regions, places)
    if condition.outcome != FAILED:
        return condition
    other = program.fact("residence_alternative")
    if other.status == STATED and other.value:
        return Condition(UNKNOWN, f"{condition.reason} — 재학·재직, 선정 후 전입 등 다른 요건으로 신청 가능한지 확인 필요", other)
    preferred = program.fact("residence_preferred")
    if preferred.status == STATED and preferred.value:
        return Condition(UNKNOWN, f"{condition.reason} — 거주는 우대 조건이므로 신청 가능 여부 확인 필요", preferred)
    return condition


def _region(fact: Fact, residence: str | None, resident: Region | None, regions: RegionTable, places: dict) -> Condition:
    names = list(fact.value or [])
    if not names:
        return Condition(UNKNOWN, "문서에 대상 지역이 없어 확인 필요", fact)
    shown = ", ".join(names)
    if resident is None and NATIONWIDE not in names:  # a nationwide program admits anyone, wherever they live
        what = f"거주지 '{residence}'를 알 수 없어" if residence else "거주지를 알려주시면"
        return Condition(UNKNOWN, f"{what} 확인 필요 (대상 지역: {shown})", fact)
    if NATIONWIDE in names or any(_covers(n, resident, regions, places) for n in names):
        if fact.status == UNCLEAR:
            return Condition(UNKNOWN, f"대상 지역이 명시되지 않음 (문서의 지역: {shown})", fact)
        return Condition(MET, f"대상 지역 {shown} 충족", fact)
    inside = [n for n in names if (r := _place(n, regions, places)) is not None and regions.covers(resident, r)]
    if inside:
        return Condition(UNKNOWN, f"거주하는 시군구 확인 필요 (대상 지역: {shown})", fact)
    return Condition(FAILED, f"대상 지역 {shown} 거주자가 아님", fact)


@lru_cache(maxsize=4)
def _place_cache(regions: RegionTable) -> dict[str, Region | None]:
    """Program region name -> Region, kept per table: the same few hundred names recur in every search."""
    return {}


def _place(name: str, regions: RegionTable, places: dict) -> Region | None:
    if name not in places:
        places[name] = regions.resolve(name)
    return places[name]


def _covers(name: str, resident: Region, regions: RegionTable, places: dict) -> bool:
    region = _place(name, regions, places)
    return region is not None and regions.covers(region, resident)


def _wanted_statuses(fact: Fact) -> list[str]:
    out = []
    for status in fact.value or []:  # older catalogs and news articles write 창업·예비창업 for both
        for one in (("예비창업", "창업") if status == "창업·예비창업" else (status,)):
            if one != "무관" and one not in out:
                out.append(one)
    return out


def _employment(fact: Fact, situation: Situation) -> list[Condition]:
    wanted = _wanted_statuses(fact)
    if fact.status not in (STATED, UNCLEAR) or not wanted:
        return []
    shown = "/".join(STATUS_WORDS.get(s, s) for s in wanted)
    if situation.status is None:
        return [Condition(UNKNOWN, f"취업 상태 확인 필요 (대상: {shown})", fact)]
    if set(wanted) & set(STATUS_MEETS.get(situation.status, (situation.status,))):
        return [Condition(MET, f"{shown} 대상 충족", fact)]
    if fact.status == UNCLEAR:  # the name or purpose speaks of them; who may apply does not say so
        return [Condition(UNKNOWN, f"{shown} 대상인지 확인 필요 (현재 {situation.status})", fact)]
    if situation.status == "예비창업" and "미취업" in wanted and NOT_EMPLOYED_STATE.search(fact.evidence) \
            and not JOB_SEEKING_INTENT.search(fact.evidence):  # "미취업 청년": not employed, not necessarily seeking
        return [Condition(UNKNOWN, "미취업 청년 대상 — 예비창업자도 취업하지 않았다면 해당, 확인 필요", fact)]
    return [Condition(FAILED, f"{shown} 대상 (현재 {situation.status})", fact)]


def _excluded(fact: Fact, situation: Situation) -> list[Condition]:
    """A status the program names as not admitted ("재학생 참여 제외"): failed for whoever has it (left to check
    where the document names an exception)."""
    if fact.status not in (STATED, UNCLEAR) or not fact.value:
        return []
    shown = "/".join(STATUS_WORDS.get(s, s) for s in fact.value)
    if situation.status is None:
        return [Condition(UNKNOWN, f"{shown} 제외 — 취업 상태 확인 필요", fact)]
    if situation.status in fact.value and fact.status == UNCLEAR:  # "최종학년을 제외한 재학생 신청 불가"
        return [Condition(UNKNOWN, f"{shown} 제외 (예외 있음) — 해당 여부 확인 필요", fact)]
    if situation.status in fact.value:
        return [Condition(FAILED, f"{shown} 제외 (현재 {situation.status})", fact)]
    return [Condition(MET, f"{shown} 아님", fact)]


def _business_years(fact: Fact, employment: Fact, situation: Situation) -> list[Condition]:
    if fact.status != STATED or fact.value is None or situation.status != "창업":
        return []
    if situation.business_years is None:
        return [Condition(UNKNOWN, f"업력 {fact.value}년 이내인지 확인 필요", fact)]
    if situation.business_years <= fact.value:
        return [Condition(MET, f"업력 {fact.value}년 이내 충족", fact)]
    return [Condition(FAILED, f"업력 {fact.value}년 이내 대상 (업력 {situation.business_years}년)", fact)]


def _fewest_business_years(fact: Fact, situation: Situation) -> list[Condition]:
    """A floor on 업력 ("업력 3~7년", "창업 후 1년 이상"): a younger business fails it."""
    if fact.status != STATED or fact.value is None or situation.status != "창업":
        return []
    if situation.business_years is None:
        return [Condition(UNKNOWN, f"업력 {fact.value}년 이상인지 확인 필요", fact)]
    if situation.business_years >= fact.value:
        return [Condition(MET, f"업력 {fact.value}년 이상 충족", fact)]
    return [Condition(FAILED, f"업력 {fact.value}년 이상 대상 (업력 {situation.business_years}년)", fact)]


def _person_groups(situation: Situation) -> set[str] | None:
    if situation.groups is None:
        return None
    out = set(situation.groups)
    for group in situation.groups:
        out.update(GROUP_INCLUDES.get(group, ()))
    return out


def _groups(fact: Fact, situation: Situation) -> list[Condition]:
    wanted = list(fact.value or [])
    if fact.status not in (STATED, UNCLEAR) or not wanted:
        return []
    mine = _person_groups(situation)
    if fact.status == UNCLEAR:  # groups named as examples or as what the program trains people to become
        shown = "/".join(wanted)
        if mine is not None and mine & set(wanted) or ("여성" in wanted and situation.gender == "여성"):
            return [Condition(MET, f"{shown} 대상 충족", fact)]
        return [Condition(UNKNOWN, f"{shown} 해당 여부 확인 필요", fact)]
    out = []
    if "여성" in wanted:
        if situation.gender == "여성":
            out.append(Condition(MET, "여성 대상 충족", fact))
        elif situation.gender == "남성":
            out.append(Condition(FAILED, "여성 대상", fact))
        else:
            out.append(Condition(UNKNOWN, "여성 대상 — 성별 확인 필요", fact))
    others = [g for g in wanted if g != "여성"]
    if not others:
        return out
    shown = "/".join(others)
    if mine is not None and mine & set(others):
        return out + [Condition(MET, f"{shown} 대상 충족", fact)]
    if "제대군인" in others and situation.military == "군필":
        return out + [Condition(UNKNOWN, "제대군인 대상 — 복무 기간 확인 필요", fact)]
    if mine is None or GROUP_OR_YOUTH.search(fact.evidence):  # "청년 및 결혼이민자": one choice among others
        return out + [Condition(UNKNOWN, f"{shown} 해당 여부 확인 필요", fact)]
    return out + [Condition(FAILED, f"{shown} 대상", fact)]


def _military(fact: Fact, situation: Situation) -> list[Condition]:
    if fact.status != STATED or fact.value is None:
        return []
    served = situation.military in ("군필", "면제")
    if fact.value == "serving":  # "군 복무 중인 병만": whoever has served or is exempt is past it
        if served:
            return [Condition(FAILED, "군 복무 중인 장병 대상", fact)]
        if situation.status in CIVILIAN_STATUSES:  # a job, a business or high school: not serving now
            return [Condition(FAILED, f"군 복무 중인 장병 대상 (현재 {situation.status})", fact)]
        return [Condition(UNKNOWN, "군 복무 중인 장병 대상 — 복무 여부 확인 필요", fact)]
    if fact.value == "not_yet":
        if situation.military is None:
            return [Condition(UNKNOWN, "입영 전 청년 대상 — 병역 확인 필요", fact)]
        return [Condition(MET if not served else FAILED, "입영 전 청년 대상", fact)]
    if served or situation.gender == "여성":
        return [Condition(MET, "병역필 또는 면제 충족", fact)]
    if situation.military == "미필":
        return [Condition(FAILED, "병역필 또는 면제 대상", fact)]
    return [Condition(UNKNOWN, "병역필 또는 면제 — 병역 확인 필요", fact)]


def _school(fact: Fact, employment: Fact, situation: Situation) -> list[Condition]:
    """A named school or major ("도내 대학", "해당 대학 재학생", "유관학과"): a student's school or major is theirs to
    check; so is anyone else's, since the program speaks of a school's students or a major's graduates, unless a
    status it names beside the school admits them ("… 재학생 및 지역 청년", "… 재학중인 청년 예비 취‧창업자")."""
    if fact.status != STATED or not fact.value:
        return []
    if situation.status not in ("대학생", None):
        wanted = set(_wanted_statuses(employment))
        if "무관" in (employment.value or []) or wanted & set(STATUS_MEETS.get(situation.status, ())):
            return []
    return [Condition(UNKNOWN, f"학교·전공 확인 필요 ({fact.value})", fact)]


def _further_study(fact: Fact, situation: Situation) -> list[Condition]:
    if fact.status != STATED or not fact.value or situation.status != "고등학생":
        return []
    return [Condition(UNKNOWN, "상급학교 진학 예정 여부 확인 필요", fact)]


def _person_check(fact: Fact, program: ProgramRecord, resident: Region | None, regions: RegionTable,
                  places: dict) -> Condition:
    """A condition only the person can settle, except moving in when it is asked of people from elsewhere and the
    resident already lives in the program's region."""
    if fact.value == MOVE_IN_CHECK and resident is not None and MOVE_IN_FOR_OTHERS.search(fact.evidence or ""):
        names = [n for n in program.fact("regions").value or [] if n != NATIONWIDE]
        if any(_covers(n, resident, regions, places) for n in names):
            return Condition(MET, "대상 지역 거주자라 전입 요건 해당 없음", fact)
    return Condition(UNKNOWN, fact.value, fact)


def open_status(period: dict, today: dt.date) -> tuple[str, int | None]:
    """(open / closed / upcoming / always / unknown, D-day) on `today`."""
    start = dt.date.fromisoformat(period["start"]) if period.get("start") else None
    end = dt.date.fromisoformat(period["end"]) if period.get("end") else None
    if start and today < start:
        days = (start - today).days
        return "upcoming", days if days <= LONGEST_D_DAY else None
    if end:
        days = (end - today).days
        return ("closed", None) if today > end else ("open", days if days <= LONGEST_D_DAY else None)
    if period.get("note") == "상시":
        return "always", None
    if period.get("note"):
        return "open", None
    return "unknown", None
