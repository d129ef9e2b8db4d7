"""A resident's situation -> for every program: eligible / check / ineligible, each condition cited, and open status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.language.regions import NATIONWIDE, Region, RegionTable
from assistant.programs.catalog import ProgramRecord
from assistant.programs.extraction import NOT_STATED, STATED, UNCLEAR, Fact

ELIGIBLE, CHECK, INELIGIBLE = "eligible", "check", "ineligible"
MET, UNKNOWN, FAILED = "met", "unknown", "failed"
VERDICT_RANK = {ELIGIBLE: 0, CHECK: 1, INELIGIBLE: 2}
OPEN_RANK = {"open": 0, "always": 1, "upcoming": 2, "unknown": 3, "closed": 4}
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
    """What a resident tells us; None where they did not say (groups None = not asked, () = none apply)."""

    age: int | None = None
    residence: str | None = None
    status: str | None = None  # 미취업 / 재직 / 창업·예비창업
    groups: tuple[str, ...] | None = None
    date: dt.date = field(default_factory=today_in_korea)


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
    open: str  # open / closed / upcoming / always / unknown
    d_day: int | None  # days to the deadline (open) or to the opening (upcoming)

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
    """Every program judged for `situation`, sorted: not-closed before closed, eligible before check, soonest first."""
    resident = regions.resolve(situation.residence) if situation.residence else None
    places = _place_cache(regions)
    out = []
    for program in programs:
        match = judge(program, situation, resident, regions, places)
        if match.verdict == INELIGIBLE and not include_ineligible:
            continue
        if open_only and match.open not in ("open", "always"):
            continue
        out.append(match)
    # among checks, fewer unknowns first: with the place unknown, nationwide programs before region-limited ones
    out.sort(key=lambda m: (m.open == "closed", VERDICT_RANK[m.verdict], _unknowns(m), OPEN_RANK[m.open],
                            m.d_day if m.d_day is not None else 10_000, m.program.title))
    return out


def _unknowns(match: Match) -> int:
    return sum(c.outcome == UNKNOWN for c in match.conditions)


def judge(program: ProgramRecord, situation: Situation, resident: Region | None, regions: RegionTable,
          places: dict | None = None) -> Match:
    """One program's verdict: ineligible if a condition fails, check if one is unknown, else eligible."""
    conditions = [
        _age(program.fact("age"), situation.age),
        _region(program.fact("regions"), situation.residence, resident, regions, places if places is not None else {}),
        *_employment(program.fact("employment"), situation.status),
        *_groups(program.fact("groups"), situation.groups),
        *[Condition(UNKNOWN, f.value, f) for f in program.checks],
    ]
    outcomes = {c.outcome for c in conditions}
    verdict = INELIGIBLE if FAILED in outcomes else CHECK if UNKNOWN in outcomes else ELIGIBLE
    state, d_day = open_status(program.period, situation.date)
    return Match(program, verdict, tuple(conditions), state, d_day)


def _ages(low, high) -> str:
    if low and high:
        return f"만 {low}~{high}세"
    return f"만 {low}세 이상" if low else f"만 {high}세 이하"


def _age(fact: Fact, age: int | None) -> Condition:
    low, high = fact.value or (None, None)
    if fact.status == STATED and low is None and high is None:
        return Condition(MET, "나이 제한 없음", fact)
    if fact.status == UNCLEAR and low is None and high is None:
        return Condition(UNKNOWN, "문서의 나이 조건이 분명하지 않아 확인 필요", fact)
    if fact.status == NOT_STATED or (low is None and high is None):
        return Condition(UNKNOWN, "문서에 나이 조건이 없어 확인 필요", fact)
    if age is None:
        return Condition(UNKNOWN, f"나이 확인 필요 ({_ages(low, high)})", fact)
    if (low is not None and age < low) or (high is not None and age > high):
        return Condition(FAILED, f"나이 조건 {_ages(low, high)}에 맞지 않음 (만 {age}세)", fact)
    return Condition(MET, f"나이 조건 {_ages(low, high)} 충족", fact)


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


def _employment(fact: Fact, status: str | None) -> list[Condition]:
    wanted = [s for s in (fact.value or []) if s != "무관"]
    if fact.status != STATED or not wanted:
        return []
    shown = "/".join(wanted)
    if status is None:
        return [Condition(UNKNOWN, f"취업 상태 확인 필요 (대상: {shown})", fact)]
    if status in wanted:
        return [Condition(MET, f"{shown} 대상 충족", fact)]
    return [Condition(FAILED, f"{shown} 대상 (현재 {status})", fact)]


def _groups(fact: Fact, groups: tuple[str, ...] | None) -> list[Condition]:
    wanted = list(fact.value or [])
    if fact.status != STATED or not wanted:
        return []
    shown = "/".join(wanted)
    if groups is not None and set(groups) & set(wanted):
        return [Condition(MET, f"{shown} 대상 충족", fact)]
    if groups is None or "청년" in fact.evidence:  # "청년 또는 경력단절 여성": the group may be one of several
        return [Condition(UNKNOWN, f"{shown} 해당 여부 확인 필요", fact)]
    return [Condition(FAILED, f"{shown} 대상", fact)]


def open_status(period: dict, today: dt.date) -> tuple[str, int | None]:
    """(open / closed / upcoming / always / unknown, D-day) on `today`."""
    start = dt.date.fromisoformat(period["start"]) if period.get("start") else None
    end = dt.date.fromisoformat(period["end"]) if period.get("end") else None
    if start and today < start:
        return "upcoming", (start - today).days
    if end:
        return ("closed", None) if today > end else ("open", (end - today).days)
    if period.get("note") == "상시":
        return "always", None
    if period.get("note"):
        return "open", None
    return "unknown", None
