"""`python -m evals conditions-audit`: what it lists is what the finder does with a record's sentences."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.documents.policies import policy_document
from assistant.language.regions import load_regions
from assistant.programs.catalog import programs_in
from evals.conditions_audit import audit

DEV_POLICIES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "youth-policies" / "policies-dev.json"
EMPLOYER_PROGRAM = "20250918005400211778"  # "○ 경상남도 소재(본사) 중소기업"
JOB_SEEKER_PROGRAM = "20250123005400110394"  # "◦(참여청년) 15세 이상 34세 이하 미취업청년"


@pytest.fixture(scope="module")
def found():
    if not DEV_POLICIES.exists():
        pytest.skip(f"dev policies not found at {DEV_POLICIES}")
    regions = load_regions()
    records = [r for r in json.loads(DEV_POLICIES.read_text(encoding="utf-8"))
               if r["plcyNo"] in (EMPLOYER_PROGRAM, JOB_SEEKER_PROGRAM)]
    docs = {r["plcyNo"]: policy_document(r, f"export.json#{r['plcyNo']}", regions) for r in records}
    catalog = {n: programs_in(d, regions)[0] for n, d in docs.items()}
    return audit(catalog, {n: d.text for n, d in docs.items()}, dt.date(2025, 6, 1))


def test_an_employer_program_fails_every_resident_but_a_founder_on_the_sentence_that_names_the_employer(found):
    """A founder may be the 사업주 herself: left to check whether her business qualifies; everyone else fails."""
    rows = [r for r in found["who"]["failing"] if r[0] == EMPLOYER_PROGRAM]
    assert rows and "중소기업" in rows[0][1]
    assert all(f"{s}/" in rows[0][2] for s in ("미취업", "재직", "예비창업", "고등학생", "대학생"))
    assert "창업/" not in rows[0][2].replace("예비창업/", "")


def test_a_job_seeker_program_fails_only_the_residents_who_are_not_seeking_a_job(found):
    rows = [r for r in found["employment"]["failing"] if r[0] == JOB_SEEKER_PROGRAM]
    assert rows and "미취업청년" in rows[0][1]
    assert "재직/" in rows[0][2] and "미취업/" not in rows[0][2] and "대학생/" not in rows[0][2]


def test_the_ineligible_audit_names_the_kind_and_words_that_refuse_each_resident_and_hides_held_programs(found):
    """Every refusal of the ten residents is listed under its kind, with the quoted words; a program left out (a
    held pair's) never shows."""
    from evals.conditions_audit import ineligible_audit

    catalog = {}
    regions = load_regions()
    for r in json.loads(DEV_POLICIES.read_text(encoding="utf-8")):
        if r["plcyNo"] in (EMPLOYER_PROGRAM, JOB_SEEKER_PROGRAM):
            catalog[r["plcyNo"]] = programs_in(policy_document(r, f"export.json#{r['plcyNo']}", regions), regions)[0]
    personas = [{"id": "P02", "age": 32, "region": "서울특별시 강남구"}, {"id": "P01", "age": 27, "region": "경기도 의정부시"}]
    result = ineligible_audit(catalog, personas, {EMPLOYER_PROGRAM}, dt.date(2025, 6, 1))
    readings = result["status"]["readings"]
    refused = [who for (number, quote, _), who in readings.items() if number == JOB_SEEKER_PROGRAM]
    assert refused and any(w.startswith("P02: 구직자 대상") for w in refused[0])  # the employee, on "미취업청년"
    assert not any(w.startswith("P01") for w in refused[0])  # the job seeker is not refused
    assert all(number != EMPLOYER_PROGRAM for kind in result.values() for (number, _, _) in kind["readings"])
