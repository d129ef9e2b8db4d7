"""A policy record's structured truth (age, period, head count, regions) and the ways documents write it."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_POLICIES = REPO.parent / "shared" / "data" / "youth-policies"
DEFAULT_POLICIES = SHARED_POLICIES / "policies-dev.json"
DEFAULT_REGIONS = SHARED_POLICIES / "regions.csv"

NO_UPPER_AGE = 99  # the portal writes 99 for "no upper limit"
NATIONWIDE_CODES = 200  # a record listing this many 시군구 codes is open nationwide
ALWAYS_OPEN = re.compile(r"상시")
UNTIL_BUDGET = re.compile(r"예산\s*소진\s*시?\s*까지|예산\s*소진\s*시")
WEEKDAYS = "월화수목금토일"
FREE_TEXT_FIELDS = ("plcyExplnCn", "plcySprtCn", "addAplyQlfcCndCn", "plcyAplyMthdCn", "srngMthdCn", "sbmsnDcmntCn")


@dataclass(frozen=True)
class PolicyTruth:
    """What a policy's structured fields say; None where the record does not state it."""

    plcy_no: str
    name: str
    age_min: int | None
    age_max: int | None
    apply_start: str | None  # ISO date
    apply_end: str | None
    apply_note: str | None  # "상시" / "예산 소진 시까지" when the free text says so and no dates are given
    head_count: int | None
    regions: tuple[str, ...]  # 시군구 codes
    region_names: tuple[str, ...]  # "전국", a province, or 시군구 names
    institution: str | None
    apply_method: str | None
    url: str | None

    def to_dict(self) -> dict:
        return {**asdict(self), "regions": list(self.regions), "region_names": list(self.region_names)}


def stable_hash(text: str) -> int:
    """A hash that is the same on every machine and run (Python's hash() is salted)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def load_policies(path: Path | str = DEFAULT_POLICIES) -> list[dict]:
    """The records of a policy export: a JSON list, or the API envelope holding one."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("result", data).get("youthPolicyList", [])
    return [record for record in data if isinstance(record, dict) and record.get("plcyNo")]


def load_regions(path: Path | str = DEFAULT_REGIONS) -> dict[str, str]:
    """시군구 code -> name."""
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["code"]: row["name"] for row in csv.DictReader(handle)}


def truth_of(record: dict, regions: dict[str, str]) -> PolicyTruth:
    """The structured truth of one record."""
    age_min, age_max = age_limits(record)
    start, end = apply_dates(record)
    codes = tuple(c.strip() for c in str(record.get("zipCd") or "").split(",") if c.strip())
    return PolicyTruth(
        plcy_no=str(record["plcyNo"]),
        name=str(record.get("plcyNm", "")).strip(),
        age_min=age_min,
        age_max=age_max,
        apply_start=start.isoformat() if start else None,
        apply_end=end.isoformat() if end else None,
        apply_note=None if end else apply_note(record),
        head_count=head_count(record),
        regions=codes,
        region_names=region_names(codes, regions),
        institution=(record.get("operInstCdNm") or record.get("sprvsnInstCdNm") or "").strip() or None,
        apply_method=(record.get("plcyAplyMthdCn") or "").strip() or None,
        url=(record.get("refUrlAddr1") or "").strip() or None,
    )


def _int(value) -> int:
    try:
        return int(str(value).strip() or 0)
    except ValueError:
        return 0


def age_limits(record: dict) -> tuple[int | None, int | None]:
    """(min, max) 만 나이 when an age limit applies; None for a bound not stated."""
    if record.get("sprtTrgtAgeLmtYn") != "Y":
        return None, None
    low, high = _int(record.get("sprtTrgtMinAge")), _int(record.get("sprtTrgtMaxAge"))
    return (low or None), (high if 0 < high < NO_UPPER_AGE else None)


def apply_dates(record: dict) -> tuple[dt.date | None, dt.date | None]:
    """The application period's first and last day, or (None, None) when not given as real dates."""
    found = re.fullmatch(r"\s*(\d{8})\s*~\s*(\d{8})\s*", str(record.get("aplyYmd") or ""))
    if not found:
        return None, None
    try:
        start, end = (dt.datetime.strptime(part, "%Y%m%d").date() for part in found.groups())
    except ValueError:
        return None, None
    if end.year > 2100 or end < start:
        return None, None
    return start, end


def apply_note(record: dict) -> str | None:
    """'상시' or '예산 소진 시까지' when the record's own text says so."""
    text = " ".join(str(record.get(field) or "") for field in FREE_TEXT_FIELDS)
    if UNTIL_BUDGET.search(text):
        return "예산 소진 시까지"
    if ALWAYS_OPEN.search(text):
        return "상시"
    return None


def head_count(record: dict) -> int | None:
    count = _int(record.get("sprtSclCnt"))
    return count if count > 0 else None


def region_names(codes: tuple[str, ...], regions: dict[str, str]) -> tuple[str, ...]:
    """'전국', a whole province when every one of its codes is listed, else the 시군구 names."""
    if len(codes) >= NATIONWIDE_CODES:
        return ("전국",)
    names: list[str] = []
    listed = set(codes)
    for prefix in sorted({code[:2] for code in codes}):
        province = regions.get(prefix + "000")
        members = {c for c in regions if c.startswith(prefix) and not c.endswith("000")}
        if province and members and members <= listed | {prefix + "000"}:
            names.append(province)
            continue
        names += [regions.get(c, c) for c in codes if c.startswith(prefix)]
    return tuple(dict.fromkeys(names))


def age_phrase(truth: PolicyTruth, variant: int) -> str | None:
    """The age limit as documents write it, exactly equivalent to the fields (variant picks a style)."""
    low, high = truth.age_min, truth.age_max
    if low and high:
        styles = (f"만 {low}세 ~ {high}세", f"만 {low}세 이상 {high}세 이하", f"{low}세이상~{high + 1}세미만", f"만 {low}~{high}세")
    elif high:
        styles = (f"만 {high}세 이하", f"{high + 1}세 미만", f"{high}세 이하")
    elif low:
        styles = (f"만 {low}세 이상", f"{low}세 이상", f"만 {low}세 이상")
    else:
        return None
    return styles[variant % len(styles)]


def _dot(day: dt.date, weekday: bool, year: bool = True) -> str:
    text = f"{day.year}. {day.month}. {day.day}." if year else f"{day.month}. {day.day}."
    return f"{text}({WEEKDAYS[day.weekday()]})" if weekday else text


def phrase_style(truth: PolicyTruth) -> int:
    """Which of the equivalent styles a policy's age, period and head count are written in."""
    return stable_hash("style:" + truth.plcy_no)


def whole_months(start: dt.date, end: dt.date) -> bool:
    """True when a period runs from a month's first day to a month's last: '25. 3월 ~ 12월 says it exactly."""
    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def _months(start: dt.date, end: dt.date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return f"'{start:%y}. {start.month}월"
    if start.year == end.year:
        return f"'{start:%y}. {start.month}월 ~ {end.month}월"
    return f"'{start:%y}. {start.month}월 ~ '{end:%y}. {end.month}월"


def period_phrase(truth: PolicyTruth, variant: int) -> str | None:
    """The application period as notices write it ('2025. 2. 5.(수) ~ 2. 10.(월)', '2025.01.01 ~ 2025.12.10', '25. 3월)."""
    if not truth.apply_end:
        return truth.apply_note
    start, end = dt.date.fromisoformat(truth.apply_start), dt.date.fromisoformat(truth.apply_end)
    if whole_months(start, end) and variant % 2:
        return _months(start, end)
    same_year = start.year == end.year
    styles = (
        f"{_dot(start, True)} ~ {_dot(end, True, year=not same_year)}",
        f"{start:%Y.%m.%d} ~ {end:%Y.%m.%d}",
        f"{start.year}년 {start.month}월 {start.day}일 ~ {end.year}년 {end.month}월 {end.day}일",
        f"{start:%Y-%m-%d} ~ {end:%Y-%m-%d}",
        f"'{start:%y}. {start.month}. {start.day}. ~ '{end:%y}. {end.month}. {end.day}.",
    )
    return styles[variant % len(styles)]


def count_phrase(truth: PolicyTruth, variant: int) -> str | None:
    """The head count ('200명', '총 200명', '200명 선발')."""
    if not truth.head_count:
        return None
    styles = (f"{truth.head_count}명", f"총 {truth.head_count}명", f"{truth.head_count}명 선발")
    return styles[variant % len(styles)]


def region_phrase(truth: PolicyTruth) -> str | None:
    """Where residents qualify, as a document lists it."""
    if not truth.region_names:
        return None
    if truth.region_names == ("전국",):
        return "전국"
    return ", ".join(truth.region_names) + " 거주자"
