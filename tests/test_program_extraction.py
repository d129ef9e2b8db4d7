"""How notices write ages and application periods -> the catalog's limits (만 나이, inclusive) and ISO dates."""

from __future__ import annotations

import pytest

from assistant.programs.extraction import read_age, sections_of
from assistant.programs.periods import read_period


@pytest.mark.parametrize("line, ages", [
    ("○ 지원대상: 공고일 기준 만 18세 이상 39세 이하(1985.1.1.~2006.12.31. 출생자) 미취업 청년", (18, 39)),
    ("- 연령: 18세이상~40세미만", (18, 39)),
    ("- 신청자격: 만 19세~34세 청년 (군필자는 복무기간만큼 최대 만 39세까지 연장)", (19, 34)),
    ("□ 지원대상 : 도내 거주 19~39세 이하 청년", (19, 39)),
    ("- 지원대상: 만 45세 미만 예비창업자", (None, 44)),
    ("○ 대상: 만 15세 이상 구직자", (15, None)),
    ("○ 지원대상: 만 19~39세 청년(여성 우대)", (19, 39)),
    ("○ 지원대상: 도내 청년 (만 34세 이하 우대)", (None, None)),  # a preference, not a limit
    ("지원대상: 고용률 통계상 15~64세 인구 중 미취업자", (None, None)),  # a statistic
    ("국세청 발급 사실증명 (만 20세이상 가구원 중 소득이 없는 경우) 신청서", (None, None)),  # a household member's age
    ("○ 지원대상: 만 8세 이하 자녀를 둔 만 39세 이하 부모", (None, 39)),  # the child's age skipped, the parent's read
])
def test_ages_as_notices_write_them(line, ages):
    assert read_age(sections_of("사업 안내\n" + line)).value == ages


@pytest.mark.parametrize("line, period", [
    ("□ 신청기간: 2025. 3. 3.(월) 09:00 ~ 3. 14.(금) 18:00", ("2025-03-03", "2025-03-14", None)),
    ("○ 접수기간 : '25. 3. 3.(월) ~ 3. 14.(금)", ("2025-03-03", "2025-03-14", None)),
    ("신청기간 | 2025년 3월 3일(월)부터 3월 14일(금)까지", ("2025-03-03", "2025-03-14", None)),
    ("- 모집기간: 20250303 ~ 20250314", ("2025-03-03", "2025-03-14", None)),
    ("○ 신청기간: 연중 상시", (None, None, "상시")),
    ("○ 신청기간: 예산 소진 시까지", (None, None, "예산 소진 시까지")),
    ("## 신청기간\n- '25. 4월", ("2025-04-01", "2025-04-30", None)),
    ("○ 모집기간: '25. 3월 ~ 12월", ("2025-03-01", "2025-12-31", None)),
    ("신청기간 | 2025년 11월 ~ 2026년 2월", ("2025-11-01", "2026-02-28", None)),
])
def test_periods_as_notices_write_them(line, period):
    found = read_period(sections_of("사업 안내\n" + line), None).value
    assert (found["start"], found["end"], found["note"]) == period


@pytest.mark.parametrize("text, status", [
    ("○ 지원대상: 만 19~39세 청년 (취업 여부 무관)", ["무관"]),
    ("- 신청자격: 취업상태: 제한 없음", ["무관"]),
    ("- 지원대상: 미취업 청년\n- 연령: 제한 없음", ["미취업"]),
    ("- 연령: 제한 없음", []),
    ("- 연령: 제한 없음\n- 지원대상: 재직 청년", ["재직"]),
])
def test_no_age_limit_is_not_read_as_any_employment_status(text, status):
    from assistant.programs.extraction import read_employment

    assert read_employment(sections_of("사업 안내\n" + text)).value == status


@pytest.mark.parametrize("line", ["- 연령: 제한 없음", "○ 지원대상: 나이 제한 없이 도내 청년 누구나", "○ 신청자격: 연령 무관"])
def test_an_explicit_no_age_limit_is_stated_unlike_silence(line):
    stated = read_age(sections_of("사업 안내\n" + line))
    silent = read_age(sections_of("사업 안내\n○ 지원대상: 도내 청년"))
    assert (stated.value, stated.status, stated.evidence) == ((None, None), "stated", line)
    assert silent.status == "not_stated"


def test_a_period_whose_yearless_end_falls_before_its_start_ends_the_next_year():
    found = read_period(sections_of("사업 안내\n□ 신청기간: 2025. 12. 20.(토) ~ 1. 10.(토)"), None).value
    assert (found["start"], found["end"]) == ("2025-12-20", "2026-01-10")


def test_an_export_record_with_reversed_ages_is_unclear_and_the_finder_asks_to_check():
    import datetime as dt
    import json
    from pathlib import Path

    from assistant.documents.policies import policy_document
    from assistant.language.regions import load_regions
    from assistant.programs.catalog import programs_in
    from assistant.programs.finder import Situation, judge

    export = Path(__file__).resolve().parent.parent.parent / "shared/data/youth-policies/policies-dev.json"
    if not export.exists():
        pytest.skip(f"dev policies not found at {export} (the shared/ folder beside the repo)")
    regions = load_regions()
    record = next(r for r in json.loads(export.read_text(encoding="utf-8")) if r.get("sprtTrgtAgeLmtYn") == "Y"
                  and str(r.get("sprtTrgtMinAge")) not in ("", "0"))
    record = {**record, "sprtTrgtMinAge": "40", "sprtTrgtMaxAge": "30"}
    program = programs_in(policy_document(record, "export.json#" + record["plcyNo"], regions), regions)[0]
    assert program.fact("age").status == "unclear" and program.age == (None, None)
    match = judge(program, Situation(35, None, None, None, dt.date(2025, 6, 1)), None, regions)
    assert match.verdict == "check" and any("나이" in r and "확인" in r for r in match.reasons)


def test_an_age_set_for_a_household_member_is_kept_apart_from_the_applicants_age():
    from assistant.programs.extraction import read_other_ages

    text = ("사업 안내\n○ 지원대상: 만 18~34세 미취업 청년\n□ 제출 서류\n"
            "국세청 발급 사실증명 (만 20세이상 가구원 중 소득이 없는 경우)")
    sections = sections_of(text)
    assert read_age(sections).value == (18, 34)
    other = read_other_ages(sections)
    assert other.value == (20, None) and "가구원" in other.evidence


@pytest.mark.parametrize("target, audience", [
    ("○ 지원대상: 도내 개인 및 기업 대상", []),  # individuals beside companies: a person may apply
    ("○ 지원대상: 도내 기업 대상", ["기업·기관"]),
    ("○ 지원대상: 창업 7년 이하의 개인 또는 법인사업자", []),  # a business's legal form; a founder applies
])
def test_individuals_named_beside_organizations_keep_a_program_open_to_a_person(target, audience):
    from assistant.programs.audience import read_audience, read_statuses

    sections = sections_of("사업 안내\n" + target + "\n○ 지원내용: 컨설팅 지원")
    assert read_audience(sections, read_statuses(sections)).value == audience


def test_individuals_at_large_beside_a_status_limit_nobody_and_organizations_as_a_bonus_are_no_applicants():
    from assistant.programs.audience import _names_organization, read_statuses

    sections = sections_of("지식재산 기반 창업촉진\n□ 정책 설명\n개인 및 예비창업자를 대상으로 창의적 아이디어를 기술적으로 "
                           "발전시켜 사업아이템을 도출하고, 이에 대한 지식재산 컨설팅 및 권리화 지원")
    assert read_statuses(sections).value == ["무관"]
    assert not _names_organization("* 가점사항 : (1점) 벤처기업인증 기업, 산림형 예비사회적기업, 사회적기업")
    assert _names_organization("○ 지원대상: 도내 사회적기업")
