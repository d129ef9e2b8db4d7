"""The finder vs a counselor's hand labels: `python -m evals finder [--split tune|held] [--corpus DIR]`.

Ten residents (../shared/data/finder/personas.json) against 280 dev programs, each pair labelled by hand
from the whole record as eligible / ineligible / unclear (labels-dev.jsonl). The finder runs with the
flags the labels' README gives per resident, `find`'s default listing (no --all) on --date. Printed:
  - eligible_precision: labelled eligible among the pairs called "eligible" (unclear counts against; floor 0.95);
  - ineligible_shown: share of labelled-ineligible pairs listed at all (ceiling 0.15);
  - recall: labelled-eligible pairs listed as eligible or check (floor 0.95);
  - eligible_outright: labelled-eligible pairs called "eligible" (floor 0.60).
A pair whose record `find` folds into another document's card (one card per program: same name, places and
period) is scored as that card, which is what the resident sees.
Pairs are split into halves by a fixed hash (sha256 of persona and plcyNo, parity) so rules are tuned
on one half and the other reports honestly; the tuning half is split once more by the same hash (first byte % 4:
0 is part A, whose misses `--misses A` prints, 2 is part B, read only as a summary) so a rule is kept only when it
does not lower part B.

`--labels` scores another file of the same shape: evals/finder_labels_team.jsonl (team-written labels on pairs
outside labels-dev, tuning allowed) or evals/finder_labels_team_check.jsonl (team-written, read only as a summary).
Lines starting with "#" say who wrote a file and how.

The catalog is read from the policy export (policies-dev.json, each record a program page with its
fields) by default, or from a rendered corpus (`python -m evals policy-corpus`) with --corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from assistant.language.regions import load_regions
from assistant.programs.catalog import ProgramRecord, programs_in
from assistant.programs.finder import CHECK, ELIGIBLE, INELIGIBLE, Situation, find, same_program_key

REPO = Path(__file__).resolve().parent.parent
FINDER_DATA = REPO.parent / "shared" / "data" / "finder"
POLICIES = REPO.parent / "shared" / "data" / "youth-policies" / "policies-dev.json"
# Each resident's flags, as the labels' README gives them (what the description states, nothing more).
FLAGS: dict[str, dict] = {
    "P01": {"status": "미취업", "gender": "남성", "military": "군필"},
    "P02": {"status": "재직", "gender": "남성"},
    "P03": {"status": "대학생", "gender": "여성"},
    "P04": {"status": "예비창업", "gender": "남성"},
    "P05": {"status": "창업", "gender": "여성", "business_years": 1},
    "P06": {"status": "고등학생"},
    "P07": {"status": "미취업", "gender": "여성", "groups": ("경력단절",)},
    "P08": {"status": "미취업", "military": "군필", "groups": ("제대군인",)},
    "P09": {"status": "재직", "groups": ("장애인",)},
    "P10": {"status": "미취업", "groups": ("기초생활수급자",)},
}


def split_of(persona: str, policy: str) -> str:
    """"tune" or "held": a fixed hash of the pair, decided before any failure is looked at."""
    return "tune" if hashlib.sha256(f"{persona}:{policy}".encode()).digest()[0] % 2 == 0 else "held"


def part_of(persona: str, policy: str) -> str:
    """The tuning half split once more by the same hash: "A" (failures read) or "B" (never read row by row)."""
    return "A" if hashlib.sha256(f"{persona}:{policy}".encode()).digest()[0] % 4 == 0 else "B"


def read_labels(path: Path) -> list[dict]:
    """One JSON object a line; lines starting with "#" say who wrote the file and how (a team file's header)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip() and not x.lstrip().startswith("#")]


def situation_of(persona: dict, date: dt.date) -> Situation:
    flags = FLAGS[persona["id"]]
    return Situation(persona["age"], persona["region"], flags.get("status"), tuple(flags.get("groups", ())), date,
                     gender=flags.get("gender"), military=flags.get("military"),
                     business_years=flags.get("business_years"))


def catalog_from_export(path: Path) -> dict[str, ProgramRecord]:
    """plcyNo -> program, read from the export as the app reads a portal export."""
    from assistant.documents.policies import export_documents

    regions = load_regions()
    out = {}
    for doc in export_documents(path.read_bytes(), path.name, path, regions):
        if isinstance(doc, Exception):
            continue
        for program in programs_in(doc, regions):
            out[doc.record["plcyNo"]] = program
    return out


def catalog_from_corpus(corpus: Path) -> dict[str, ProgramRecord]:
    """plcyNo -> program, read from a rendered policy corpus (pages, notices, .docx, exports)."""
    from assistant.documents.loading import load_documents

    regions = load_regions()
    answers = [json.loads(x) for x in (corpus / "answers.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    by_source = {a["source"]: a["plcyNo"] for a in answers}
    out = {}
    for doc in load_documents(corpus / "source"):
        if isinstance(doc, Exception):
            continue
        number = doc.record.get("plcyNo") if doc.record else by_source.get(Path(doc.source).name)
        for program in programs_in(doc, regions):
            if number:
                out.setdefault(number, program)
    return out


def evaluate(catalog: dict[str, ProgramRecord], personas: list[dict], labels: list[dict], date: dt.date,
             split: str | None = None, part: str | None = None) -> dict:
    """The four figures (and their counts) over the labelled pairs of `split` (both halves when None),
    and of `part` ("A" or "B") of it when given."""
    programs = list(catalog.values())
    source_to_number = {p.source: n for n, p in catalog.items()}
    regions = load_regions()
    verdicts: dict[tuple[str, str], str] = {}
    why: dict[tuple[str, str], list[str]] = {}
    twins: dict[tuple, list[str]] = {}  # one card stands for every document of its program (same_program_key)
    for number, program in catalog.items():
        twins.setdefault(same_program_key(program), []).append(number)
    for persona in personas:
        for m in find(programs, situation_of(persona, date), regions, include_ineligible=True):
            for number in twins.get(same_program_key(m.program), [source_to_number.get(m.program.source, "")]):
                key = (persona["id"], number)  # a record folded into another's card is shown as that card
                verdicts[key] = m.verdict
                why[key] = m.reasons
    said = Counter()
    rows = []
    for label in labels:
        if split and split_of(label["persona"], label["plcyNo"]) != split:
            continue
        if part and part_of(label["persona"], label["plcyNo"]) != part:
            continue
        got = verdicts.get((label["persona"], label["plcyNo"]), INELIGIBLE)
        said[(label["label"], got)] += 1
        rows.append({**label, "got": got, "why": why.get((label["persona"], label["plcyNo"]), [])})
    eligible_said = sum(n for (_, got), n in said.items() if got == ELIGIBLE)
    eligible_right = said[("eligible", ELIGIBLE)]
    truly_eligible = sum(n for (lab, _), n in said.items() if lab == "eligible")
    truly_ineligible = sum(n for (lab, _), n in said.items() if lab == "ineligible")
    shown_ineligible = said[("ineligible", ELIGIBLE)] + said[("ineligible", CHECK)]
    return {
        "pairs": len(rows),
        "eligible_precision": _ratio(eligible_right, eligible_said), "eligible_said": eligible_said,
        "ineligible_shown": _ratio(shown_ineligible, truly_ineligible), "ineligible_pairs": truly_ineligible,
        "recall": _ratio(said[("eligible", ELIGIBLE)] + said[("eligible", CHECK)], truly_eligible),
        "eligible_outright": _ratio(eligible_right, truly_eligible), "eligible_pairs": truly_eligible,
        "confusion": {f"{lab}->{got}": n for (lab, got), n in sorted(said.items())},
        "rows": rows,
    }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals finder", description=__doc__.splitlines()[0])
    parser.add_argument("--personas", type=Path, default=FINDER_DATA / "personas.json")
    parser.add_argument("--labels", type=Path, default=FINDER_DATA / "labels-dev.jsonl")
    parser.add_argument("--policies", type=Path, default=POLICIES, help="policy export the labels are about")
    parser.add_argument("--corpus", type=Path, help="read the programs from this rendered corpus instead")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2025, 6, 1))
    parser.add_argument("--split", choices=("tune", "held"), help="only this half of the pairs (default: both, each reported)")
    parser.add_argument("--misses", choices=("A", "tune"),
                        help="print the wrong pairs of the tune half's part A, or of the whole tune half (a team-written "
                             "file, whose other half is its check); held pairs are never printed")
    args = parser.parse_args(argv)
    for path in (args.personas, args.labels):
        if not path.exists():
            print(f"error: no {path} — the hand labels live in ../shared/data/finder", file=sys.stderr)
            return 2
    personas = json.loads(args.personas.read_text(encoding="utf-8"))
    labels = read_labels(args.labels)
    catalog = catalog_from_corpus(args.corpus) if args.corpus else catalog_from_export(args.policies)
    halves = [args.split] if args.split else ["tune", "held", None]
    report = {}
    for half in halves:
        result = evaluate(catalog, personas, labels, args.date, half)
        rows = result.pop("rows")
        report[half or "all"] = result
        if half == "tune":
            for part in ("A", "B"):
                part_result = evaluate(catalog, personas, labels, args.date, half, part)
                part_result.pop("rows")
                report[f"tune {part}"] = part_result
        if args.misses and half == "tune":
            for r in rows:
                if args.misses == "A" and part_of(r["persona"], r["plcyNo"]) != "A":
                    continue
                wrong = (r["got"] == ELIGIBLE and r["label"] != "eligible") or \
                    (r["label"] == "ineligible" and r["got"] != INELIGIBLE) or (r["label"] == "eligible" and r["got"] != ELIGIBLE)
                if wrong:
                    title = catalog[r["plcyNo"]].title if r["plcyNo"] in catalog else "?"
                    print(f"{r['persona']} {r['label']}->{r['got']} {title} | {r['reason'][:160]}", file=sys.stderr)
                    print("    finder:", "; ".join(r["why"])[:300], file=sys.stderr)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
