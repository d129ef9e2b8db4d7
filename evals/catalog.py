"""Program catalog and finder vs the published records: `python -m evals catalog [--corpus data/policy-eval]`.

Over a policy corpus (evals/policy_corpus.py: rendered pages, notices, .docx and an export, with the
records' structured truth in answers.jsonl) it prints:
  - field accuracy: age_min / age_max / apply_start / apply_end in the catalog vs the record, over the
    fields the record states (target >= 0.93);
  - for a dozen residents, precision of "eligible" (the program really admits their age and place,
    target >= 0.97) and recall of admitted programs listed as eligible or check (target >= 0.85);
  - find() latency p95 over the whole catalog (target <= 100 ms) and the catalog's share of ingest time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

from assistant.language.regions import NATIONWIDE, RegionTable, load_regions
from assistant.programs.catalog import ProgramRecord
from assistant.programs.finder import CHECK, ELIGIBLE, Situation, find

FIELDS = ("age_min", "age_max", "apply_start", "apply_end")
RESIDENTS = (  # (만 나이, residence): ages, provinces and spellings; districts where a city has them (the truth lists districts)
    (27, "의정부"), (19, "서울특별시 강남구"), (39, "수원시 장안구"), (40, "경기도 성남시"), (34, "부산 해운대구"),
    (22, "세종특별자치시"), (45, "전북특별자치도 익산시"), (31, "대구광역시 수성구"), (18, "제주시"),
    (29, "충북 청주시 상당구"), (36, "광주광역시 북구"), (24, "경남 창원시 성산구"),
)


def program_value(program: ProgramRecord, name: str):
    low, high = program.age
    return {"age_min": low, "age_max": high, "apply_start": program.period.get("start"),
            "apply_end": program.period.get("end")}[name]


def field_accuracy(catalog: dict[str, ProgramRecord], answers: list[dict]) -> dict:
    """Share of stated record fields the catalog gets right: {"score", "by_field", "misses"}."""
    right = total = 0
    by_field: dict[str, list[int]] = {f: [0, 0] for f in FIELDS}
    misses = []
    for row in answers:
        program = catalog.get(row["source"])
        for name in FIELDS:
            if row.get(name) is None:
                continue
            got = program_value(program, name) if program else None
            ok = got == row[name]
            right, total = right + ok, total + 1
            by_field[name][0] += ok
            by_field[name][1] += 1
            if not ok:
                misses.append((row["source"], name, row[name], got))
    return {"score": right / total if total else None,
            "by_field": {f: round(r / t, 3) if t else None for f, (r, t) in by_field.items()}, "misses": misses}


def admits(row: dict, age: int, resident, regions: RegionTable) -> bool:
    """Whether the published record admits this age and place."""
    if row.get("age_min") is not None and age < row["age_min"]:
        return False
    if row.get("age_max") is not None and age > row["age_max"]:
        return False
    names = row.get("region_names") or []
    return NATIONWIDE in names or any(regions.covers(n, resident) for n in names if regions.resolve(n))


def eligibility(catalog: dict[str, ProgramRecord], answers: list[dict], regions: RegionTable, today: dt.date) -> dict:
    """Precision of "eligible" and recall of admitted programs listed (eligible or check), over RESIDENTS."""
    programs = [catalog[row["source"]] for row in answers if row["source"] in catalog]
    truth = {row["source"]: row for row in answers}
    eligible_right = eligible_total = listed_right = admitted_total = 0
    for age, place in RESIDENTS:
        resident = regions.resolve(place)
        admitted = {s for s, row in truth.items() if s in catalog and admits(row, age, resident, regions)}
        matches = find(programs, Situation(age, place, None, None, today), regions)
        eligible = {m.program.source for m in matches if m.verdict == ELIGIBLE}
        listed = {m.program.source for m in matches if m.verdict in (ELIGIBLE, CHECK)}
        eligible_right += len(eligible & admitted)
        eligible_total += len(eligible)
        listed_right += len(listed & admitted)
        admitted_total += len(admitted)
    return {"eligible_precision": eligible_right / eligible_total if eligible_total else None,
            "eligible_count": eligible_total, "admitted_recall": listed_right / admitted_total if admitted_total else None,
            "admitted_count": admitted_total}


def find_latency(programs: list[ProgramRecord], regions: RegionTable, today: dt.date) -> dict:
    """p50 / p95 milliseconds of find() over the whole catalog, one call per resident, 5 rounds."""
    times = []
    for _ in range(5):
        for age, place in RESIDENTS:
            start = time.perf_counter()
            find(programs, Situation(age, place, "미취업", None, today), regions, include_ineligible=True)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2)}


def extraction_share(source: Path, regions: RegionTable) -> dict:
    """Seconds to load every document, and to extract their programs (the catalog's addition to ingest)."""
    from assistant.documents.loading import load_documents
    from assistant.programs.catalog import programs_in

    start = time.perf_counter()
    documents = [d for d in load_documents(source) if not isinstance(d, Exception)]
    loading = time.perf_counter() - start
    start = time.perf_counter()
    programs = [p for d in documents for p in programs_in(d, regions)]
    extraction = time.perf_counter() - start
    return {"documents": len(documents), "programs": programs, "load_s": round(loading, 3),
            "extract_s": round(extraction, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals catalog", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("data/policy-eval"), help="folder from `python -m evals policy-corpus`")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2025, 6, 1), help="day to judge open status on")
    parser.add_argument("--ingest-seconds", type=float, help="measured ingest time of this corpus, for the ratio")
    parser.add_argument("--split", choices=("tune", "held"), help="only this split of the answers")
    args = parser.parse_args(argv)
    answers_file = args.corpus / "answers.jsonl"
    if not answers_file.exists():
        print(f"error: no {answers_file} — run `python -m evals policy-corpus --out {args.corpus}`", file=sys.stderr)
        return 2
    answers = [json.loads(x) for x in answers_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    if args.split:
        answers = [a for a in answers if a.get("split") == args.split]
    regions = load_regions()
    share = extraction_share(args.corpus / "source", regions)
    catalog = {p.source: p for p in share.pop("programs")}
    accuracy = field_accuracy(catalog, answers)
    report = {
        "policies": len(answers), "found": sum(a["source"] in catalog for a in answers), "programs": len(catalog),
        "field_accuracy": round(accuracy["score"], 3), "by_field": accuracy["by_field"],
        **{k: (round(v, 3) if isinstance(v, float) else v) for k, v in eligibility(catalog, answers, regions, args.date).items()},
        **find_latency(list(catalog.values()), regions, args.date), **share,
    }
    if args.ingest_seconds:
        report["extraction_share_of_ingest"] = round(share["extract_s"] / args.ingest_seconds, 3)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    for miss in accuracy["misses"][:15]:
        print("miss", *miss, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
