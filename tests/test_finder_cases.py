"""Rules as code: each tests/finder_cases/*.yaml gives programs (inline notices, seed articles or real dev
policies) and residents' situations with the verdict (and open status) expected for each program, and where a
case says so, a reason the verdict must name (`reasons`), words it must quote (`quotes`) and words no reason may
hold (`absent`: a condition the document waives)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

from assistant.documents.loading import load_documents  # noqa: E402
from assistant.documents.policies import policy_document  # noqa: E402
from assistant.language.regions import load_regions  # noqa: E402
from assistant.programs.catalog import programs_in  # noqa: E402
from assistant.programs.finder import Situation, judge  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CASES = sorted((REPO / "tests" / "finder_cases").glob("*.yaml"))
DEV_POLICIES = REPO.parent / "shared" / "data" / "youth-policies" / "policies-dev.json"


def _programs(spec: dict, tmp_path: Path) -> list:
    """The catalog of the documents a case file names."""
    regions = load_regions()
    docs = []
    if spec.get("documents"):
        for name, text in spec["documents"].items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        docs += [d for d in load_documents(tmp_path) if not isinstance(d, Exception)]
    if spec.get("seeds"):
        docs += [d for d in load_documents(REPO / "knowledge") if not isinstance(d, Exception)]
    if spec.get("records"):
        if not DEV_POLICIES.exists():
            pytest.skip(f"dev policies not found at {DEV_POLICIES} (the shared/ folder beside the repo)")
        wanted = {str(n) for n in spec["records"]}
        records = [r for r in json.loads(DEV_POLICIES.read_text(encoding="utf-8")) if r["plcyNo"] in wanted]
        docs += [policy_document(r, f"export.json#{r['plcyNo']}", regions) for r in records]
    return [p for d in docs for p in programs_in(d, regions)]


def _find(programs: list, key: str):
    key = str(key)
    found = [p for p in programs if p.source == key or p.source.endswith("#" + key) or p.title == key]
    assert found, f"no program {key!r} in the catalog: {[p.title for p in programs]}"
    return found[0]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_verdicts_follow_the_stated_conditions(path: Path, tmp_path: Path):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    programs = _programs(spec, tmp_path)
    regions = load_regions()
    failures = []
    for case in spec["cases"]:
        s = case["situation"]
        groups = tuple(s["groups"]) if "groups" in s else None
        situation = Situation(s.get("age"), s.get("region"), s.get("status"), groups, s.get("date", dt.date.today()),
                              gender=s.get("gender"), military=s.get("military"), business_years=s.get("business_years"))
        resident = regions.resolve(situation.residence) if situation.residence else None
        for key, expected in case["expect"].items():
            match = judge(_find(programs, key), situation, resident, regions)
            verdict, *state = expected.split()
            got = f"{match.verdict} {match.open}" if state else match.verdict
            if got != expected:
                failures.append(f"{case['name']}: {key} expected {expected}, got {got} ({match.reasons})")
            reason = (case.get("reasons") or {}).get(key)
            if reason and not any(reason in r for r in match.reasons):  # the condition the verdict names
                failures.append(f"{case['name']}: {key} gives no reason with {reason!r}: {match.reasons}")
            unwanted = (case.get("absent") or {}).get(key)
            if unwanted and any(unwanted in r for r in match.reasons):  # a waived condition is not asked
                failures.append(f"{case['name']}: {key} asks about {unwanted!r}: {match.reasons}")
            quote = (case.get("quotes") or {}).get(key)
            if quote and not any(quote in f.evidence for f in match.cited()):  # ... and the words it quotes
                failures.append(f"{case['name']}: {key} quotes no {quote!r}: {[f.evidence for f in match.cited()]}")
    assert not failures, "\n".join(failures)


def test_an_ineligible_verdict_quotes_the_failing_condition(tmp_path: Path):
    spec = yaml.safe_load((REPO / "tests" / "finder_cases" / "boundaries.yaml").read_text(encoding="utf-8"))
    program = _find(_programs(spec, tmp_path), "youth-39.txt")
    regions = load_regions()
    match = judge(program, Situation(40, "의정부시", "미취업", None, dt.date(2025, 5, 15)), regions.resolve("의정부시"), regions)
    failed = [c for c in match.conditions if c.outcome == "failed"]
    assert match.verdict == "ineligible" and len(failed) == 1
    assert "39" in failed[0].reason and "만 19세 ~ 39세" in failed[0].fact.evidence


def test_results_rank_eligible_then_own_city_then_open_and_closed_ones_last(tmp_path: Path):
    from assistant.programs.finder import OPEN_RANK, VERDICT_RANK, find, locality

    spec = yaml.safe_load((REPO / "tests" / "finder_cases" / "boundaries.yaml").read_text(encoding="utf-8"))
    programs = _programs(spec, tmp_path)
    situation = Situation(25, "의정부시", "미취업", None, dt.date(2025, 6, 1))
    regions = load_regions()
    listed = find(programs, situation, regions)
    assert [m.open for m in listed][-1] == "closed" and listed[0].verdict == "eligible"
    # 의정부's own program (opening tomorrow) before the 경기도-wide one that is open today, and that before nationwide
    order = [m.program.source for m in listed]
    assert order[0] == "under-40.md" and order.index("province-wide.txt") < order.index("nationwide.md"), order
    resident = regions.resolve("의정부시")
    keys = [(m.open == "closed", VERDICT_RANK[m.verdict], locality(m.program, resident, regions, {}), OPEN_RANK[m.open])
            for m in listed]
    assert keys == sorted(keys)
    assert all(m.verdict != "ineligible" for m in listed)
    assert all(m.open in ("open", "always") for m in find(programs, situation, load_regions(), open_only=True))
    everything = find(programs, situation, load_regions(), include_ineligible=True)
    assert {m.program.source for m in everything} - {m.program.source for m in listed} == {"district.txt"}


def test_without_a_residence_nationwide_programs_come_before_region_limited_ones(tmp_path: Path):
    from assistant.programs.finder import find

    spec = yaml.safe_load((REPO / "tests" / "finder_cases" / "boundaries.yaml").read_text(encoding="utf-8"))
    programs = _programs(spec, tmp_path)
    matches = find(programs, Situation(None, None, None, None, dt.date(2025, 6, 1)), load_regions())
    order = [m.program.source.rsplit("/", 1)[-1] for m in matches if m.open != "closed"]
    assert order.index("nationwide.md") < min(order.index("province-wide.txt"), order.index("district.txt"))


def test_today_is_koreas_date_so_a_deadline_passes_at_korean_midnight(monkeypatch):
    import types

    from assistant.programs import finder

    class LateEveningUtc(dt.datetime):  # 2025-06-30 20:00 UTC is 2025-07-01 05:00 in Korea
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2025, 6, 30, 20, 0, tzinfo=dt.timezone.utc).astimezone(tz)

    monkeypatch.setattr(finder, "dt", types.SimpleNamespace(**{**vars(dt), "datetime": LateEveningUtc}))
    assert finder.today_in_korea() == dt.date(2025, 7, 1)
    situation = finder.Situation()
    assert situation.date == dt.date(2025, 7, 1)
    assert finder.open_status({"start": "2025-06-01", "end": "2025-06-30", "note": None}, situation.date)[0] == "closed"


def _program_with_period(period: dict, published: str = "2025-03-02"):
    from assistant.programs.catalog import ProgramRecord
    from assistant.programs.extraction import Fact

    facts = {"name": Fact("마을기업 육성", "stated", "마을기업 육성", 0), "period": Fact(period, "stated", "신청기간", 5),
             "regions": Fact(["전국"], "stated", "전국", 9)}
    return ProgramRecord("p.md", "p.md", "d", "h", facts, (), {"published": published, "title": "마을기업 육성"})


def test_a_2025_program_read_as_always_open_says_which_year_it_speaks_of_in_2026():
    from assistant.programs.public import open_label, verdict_label

    regions = load_regions()
    program = _program_with_period({"start": None, "end": None, "note": "상시"})
    later = judge(program, Situation(27, "의정부시", None, (), dt.date(2026, 12, 1)), regions.resolve("의정부시"), regions)
    assert later.open == "dated" and open_label(later) == "2025년 기준 — 올해 운영 여부 확인"
    same_year = judge(program, Situation(27, "의정부시", None, (), dt.date(2025, 12, 1)), regions.resolve("의정부시"), regions)
    assert open_label(same_year) == "상시 신청"
    closed = judge(_program_with_period({"start": "2025-03-01", "end": "2025-03-31", "note": None}),
                   Situation(27, "의정부시", None, (), dt.date(2025, 6, 1)), regions.resolve("의정부시"), regions)
    assert closed.verdict == "eligible" and verdict_label(closed) != "신청 가능" and open_label(closed) == "마감"


def test_a_period_that_ended_in_an_earlier_year_is_listed_with_its_year_and_one_closed_this_year_is_folded():
    from assistant.programs.finder import find
    from assistant.programs.public import listing, open_label, verdict_label

    regions = load_regions()
    last_year = _program_with_period({"start": "2025-03-01", "end": "2025-03-31", "note": None})
    situation = Situation(27, "의정부시", None, (), dt.date(2026, 12, 3))
    match = judge(last_year, situation, regions.resolve("의정부시"), regions)
    assert match.open == "dated" and match.d_day is None
    assert open_label(match) == "2025년 기준 — 올해 운영 여부 확인" and verdict_label(match) == "조건 충족"
    first, _, closed = listing(find([last_year], situation, regions))
    assert [m.program.source for m in first] == ["p.md"] and not closed
    this_year = judge(_program_with_period({"start": "2026-03-01", "end": "2026-03-31", "note": None}, "2026-02-01"),
                      situation, regions.resolve("의정부시"), regions)
    assert this_year.open == "closed" and open_label(this_year) == "마감"
    budget = judge(_program_with_period({"start": None, "end": None, "note": "예산 소진 시까지"}), situation,
                   regions.resolve("의정부시"), regions)
    assert open_label(budget) == "2025년 기준 — 올해 운영 여부 확인"
    running = judge(_program_with_period({"start": "2025-01-01", "end": "2027-12-31", "note": None}), situation,
                    regions.resolve("의정부시"), regions)
    assert running.open == "open" and verdict_label(running) == "신청 가능"


def test_an_earlier_years_program_of_the_own_city_comes_before_a_nationwide_one_of_unknown_period():
    import dataclasses

    from assistant.programs.extraction import Fact
    from assistant.programs.finder import find

    regions = load_regions()
    local = _program_with_period({"start": "2025-03-01", "end": "2025-03-31", "note": None})
    local = dataclasses.replace(local, program_id="city.md", source="city.md", facts={
        **local.facts, "name": Fact("의정부 청년 상담", "stated", "의정부 청년 상담", 0),
        "regions": Fact(["경기도 의정부시"], "stated", "경기도 의정부시", 9)})
    nationwide = dataclasses.replace(_program_with_period({"start": None, "end": None, "note": None}),
                                     program_id="all.md", source="all.md")
    listed = find([nationwide, local], Situation(27, "의정부시", None, (), dt.date(2026, 12, 3)), regions)
    assert [m.program.source for m in listed] == ["city.md", "all.md"]


def test_a_deadline_years_away_shows_no_absurd_d_day():
    from assistant.programs.public import open_label

    regions = load_regions()
    program = _program_with_period({"start": "2025-01-01", "end": "2029-12-31", "note": None})
    match = judge(program, Situation(27, "의정부시", None, (), dt.date(2025, 11, 3)), regions.resolve("의정부시"), regions)
    assert match.open == "open" and match.d_day is None and "D-" not in open_label(match)
    soon = judge(_program_with_period({"start": "2025-01-01", "end": "2025-11-13", "note": None}),
                 Situation(27, "의정부시", None, (), dt.date(2025, 11, 3)), regions.resolve("의정부시"), regions)
    assert open_label(soon) == "신청 중, D-10"


def test_a_page_and_a_notice_of_one_program_make_one_result():
    import dataclasses

    from assistant.programs.finder import find

    regions = load_regions()
    page = _program_with_period({"start": "2025-05-01", "end": "2025-06-30", "note": None})
    notice = dataclasses.replace(page, program_id="n.hwp", source="n.hwp")
    listed = find([page, notice], Situation(27, "의정부시", None, (), dt.date(2025, 6, 1)), regions)
    assert len(listed) == 1
