"""A resident's facts as given to `find`, the REST API and the tab -> a Situation, or a Korean message saying
which fact cannot be read. One place for the checks, so every door refuses the same input with the same words."""

from __future__ import annotations

import datetime as dt

from assistant.language.conditions import GENDERS, MILITARY, PERSON_GROUPS, PERSON_STATUSES
from assistant.language.regions import RegionTable, load_regions
from assistant.programs.finder import Situation, today_in_korea

OLDEST_AGE = 130  # a 만 나이 is below this


class SituationError(ValueError):
    """A fact the person gave cannot be used; the message (Korean) says which and how to give it."""


def build_situation(age: int | None = None, region: str | None = None, status: str | None = None,
                    groups=None, date: dt.date | str | None = None, gender: str | None = None,
                    military: str | None = None, business_years: int | None = None,
                    regions: RegionTable | None = None) -> Situation:
    """The checked Situation; SituationError with a message for the person when a fact is unusable.

    `groups` None means not asked (every group program is 확인 필요); a list, even empty, means the person was
    asked about each group and the ones not given do not apply. `date` is a date or YYYY-MM-DD (default today in
    Korea)."""
    place = (region or "").strip() or None
    if place and (regions or load_regions()).resolve(place) is None:
        raise SituationError(f"거주지 '{place}'를 찾지 못했습니다. 시군구나 시도 이름으로 입력해 주세요 "
                             "(예: 의정부시, 수원시 장안구, 경기도).")
    if age is not None and not 0 < age < OLDEST_AGE:
        raise SituationError(f"나이 {age}은(는) 만 나이가 아닙니다. 만 나이를 숫자로 입력해 주세요 (예: 27).")
    for label, value, allowed in (("상태(status)", status, PERSON_STATUSES), ("성별(gender)", gender, GENDERS),
                                  ("병역(military)", military, MILITARY)):
        if value is not None and value not in allowed:
            raise SituationError(f"{label} '{value}'은(는) 고를 수 있는 값이 아닙니다. {', '.join(allowed)} 중 하나로 "
                                 "입력해 주세요.")
    unknown = [g for g in groups or () if g not in PERSON_GROUPS]
    if unknown:
        raise SituationError(f"대상(group) '{unknown[0]}'은(는) 모르는 대상입니다. {', '.join(PERSON_GROUPS)} 중에서 "
                             "골라 주세요.")
    if business_years is not None and business_years < 0:
        raise SituationError(f"업력 {business_years}은(는) 햇수가 아닙니다. 사업자 등록 후 햇수를 숫자로 입력해 주세요 "
                             "(예: 1).")
    return Situation(age, place, status, None if groups is None else tuple(groups), _day(date),
                     gender=gender, military=military, business_years=business_years)


def _day(date: dt.date | str | None) -> dt.date:
    if date is None or date == "":
        return today_in_korea()
    if isinstance(date, dt.date):
        return date
    try:
        return dt.date.fromisoformat(str(date).strip())
    except ValueError:
        raise SituationError(f"날짜 '{date}'는 YYYY-MM-DD 형식으로 입력해 주세요 (예: 2026-03-01).") from None
