"""How the finder reads every dev policy's conditions: `python -m evals conditions-audit [--samples N] [--kind K]`.

Reads the 461 dev policy records (not the hand labels) as the app reads a portal export and, per condition
kind (who applies, employment status, schooling, groups, residence, prior participation, 업력, age), prints:
  - unread: record clauses holding one of the kind's cue words that no fact or check of that kind quotes
    (the finder reads them as no condition — right for "우대" or an aside, wrong for a limit);
  - unsure: facts of the kind read with low confidence (status "unclear"), with the clause they quote;
  - failing: clauses the finder turns into a failing condition for some probe resident (each status, each
    gender, no groups; age and place left unsaid so only who-conditions can fail), with the residents it fails.
Counts are records; samples are the first N in a fixed order (by plcyNo), so two runs print the same lines.

`--ineligible` audits instead every "ineligible" the finder says for the ten labelled residents (their flags as in
evals/finder.py) against every dev program, except the programs of labels-dev.jsonl's held pairs, which are never
shown: for each kind of failing condition (organisation, status, schooling, group, residence, age, 업력, prior
participation) the pairs it refuses, the pairs it alone refuses (where a misreading hides a program), and samples of
its distinct readings (the quoted words, the reading's confidence, the residents it refuses), in sha256(plcyNo) order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path

from assistant.language.conditions import CLAUSE_BREAK, PERSON_STATUSES
from assistant.language.regions import load_regions
from assistant.programs.catalog import ProgramRecord
from assistant.programs.extraction import UNCLEAR, Fact
from assistant.programs.finder import FAILED, Situation, judge
from evals.finder import FINDER_DATA, POLICIES, catalog_from_export, read_labels, situation_of, split_of

# The audit's own cue words per condition kind: broader than the finder's tables on purpose, so what the
# finder does not read shows up. kind -> (cue pattern, the program facts and check reasons of that kind).
KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "who": (r"기업|법인|단체|사업주|마을기업|협동조합|학교|기관|사업장", ("audience",), ("조건 확인 필요",)),
    "employment": (r"구직|미취업|취업\s*준비|재직|근로자|직장인|예비\s*창업|창업자|창업기업|소상공인|자영업|취·창업|취\s*·\s*창업",
                   ("employment",), ("조건 확인 필요",)),
    "schooling": (r"고등학|고교|특성화고|대학|재학|휴학|졸업", ("school", "employment"), ("졸업 시기", "전공", "조건 확인 필요")),
    "groups": (r"여성|장애|제대|전역|보훈|경력\s*단절|수급|차상위|저소득|한부모|북한|탈북|자립\s*준비|보호\s*종료|다문화|"
               r"결혼\s*이민|농업|어업|농어업|영농|귀농", ("groups", "military"), ("복무 기간", "조건 확인 필요")),
    # where one lives is read from the record's 시군구 codes; the text adds how long, moving in, or studying/working there
    "residence": (r"\d+\s*(?:개월|년)\s*이상[^.]{0,15}(?:거주|주민등록)|거주\s*기간|관외|전입|주소지?\s*(?:를\s*)?이전|"
                  r"거주\s*(?:또는|및|하거나)\s*\S*\s*(?:재학|재직|사업장|소재)", (), ("거주 기간", "전입")),
    "participation": (r"참여\s*(?:이력|경험|한)|중복|고용\s*보험|수혜|기\s*참여|이미\s*참여|구직\s*급여", (),
                      ("이전 참여", "중복 수혜", "고용보험", "구직급여", "조건 확인 필요")),
    "business_years": (r"업력|창업\s*(?:후|한\s*지|일로부터)|사업자\s*등록\s*\S*\s*\d+\s*년|\d+\s*년\s*(?:이내|이하|미만)의?\s*(?:기업|사업자|창업)",
                       ("business_years", "employment"), ("창업 기간",)),
    "age": (r"\d{2,4}\s*년생|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s*(?:이후|~)\s*(?:출생|생)|출생|\d{1,2}\s*세", ("age", "youth"), ()),
}
PROBE_GENDERS = ("여성", "남성")
CLAUSE_CHARS = 160  # a sample clause is cut here
# The rendered page's own labels (who runs it, its category), not a condition.
META_CLAUSE = re.compile(r"^(?:주관기관|운영기관|분야|키워드|참고\s*URL|지원규모|신청기간)\s*[:：]")


def clauses(text: str) -> list[str]:
    """The record's text in clauses: lines, then a table cell's bullets and sentences apart."""
    out = []
    for line in text.split("\n"):
        for part in CLAUSE_BREAK.split(line):
            part = part.strip(" -•·ㆍ")
            if len(part) >= 4 and not META_CLAUSE.match(part):
                out.append(part)
    return out


def _quoted(fact: Fact, clause: str) -> bool:
    """Whether `fact` quotes `clause` (its line holds the clause, or the clause holds its line)."""
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    evidence, part = squeeze(fact.evidence), squeeze(clause)
    return bool(evidence) and (part in evidence or evidence in part)


def _kind_facts(program: ProgramRecord, kind: str) -> list[Fact]:
    _, fact_names, check_words = KINDS[kind]
    facts = [program.fact(n) for n in fact_names if program.fact(n).value not in (None, [], (None, None))]
    return facts + [c for c in program.checks if any(w in str(c.value) for w in check_words)]


def _kind_of(program: ProgramRecord, fact: Fact) -> str:
    for kind, (_, fact_names, check_words) in KINDS.items():
        if any(program.fact(n) is fact or program.fact(n) == fact for n in fact_names if program.fact(n).evidence):
            return kind
        if fact in program.checks and any(w in str(fact.value) for w in check_words):
            return kind
    return "other"


def audit(catalog: dict[str, ProgramRecord], texts: dict[str, str], date: dt.date) -> dict[str, dict[str, list]]:
    """kind -> {"unread" | "unsure" | "failing": [(plcyNo, clause, note), …]} over every record."""
    regions = load_regions()
    found: dict[str, dict[str, list]] = defaultdict(lambda: {"unread": [], "unsure": [], "failing": []})
    probes = [Situation(None, None, status, (), date, gender=gender) for status in PERSON_STATUSES
              for gender in PROBE_GENDERS]
    for number in sorted(catalog):
        program = catalog[number]
        for kind, (cue, _, _) in KINDS.items():
            facts = _kind_facts(program, kind)
            own = program.fact(KINDS[kind][1][0]) if KINDS[kind][1] else None
            for fact in facts:
                if fact.status == UNCLEAR and fact is own:  # each fact once, under the kind it belongs to
                    found[kind]["unsure"].append((number, fact.evidence, f"read: {fact.value}"))
            for clause in clauses(texts[number]):
                if re.search(cue, clause) and not any(_quoted(f, clause) for f in facts):
                    found[kind]["unread"].append((number, clause, ""))
        failing: dict[tuple[str, str], list[str]] = defaultdict(list)
        for probe in probes:
            match = judge(program, probe, None, regions)
            for c in match.conditions:
                if c.outcome == FAILED:
                    who = f"{probe.status}/{probe.gender}"
                    failing[(_kind_of(program, c.fact), c.fact.evidence or c.reason)].append(who)
        for (kind, clause), who in failing.items():
            note = "fails every probe" if len(who) == len(probes) else "fails " + ", ".join(who)
            found[kind]["failing"].append((number, clause, note))
    return found


# A failing condition's kind, by the program fact it rests on (person checks are prior participation and the like).
FACT_KINDS = {"audience": "organisation", "employment": "status", "excluded": "status", "school": "schooling",
              "further_study": "schooling", "groups": "group", "military": "group", "regions": "residence",
              "residence_alternative": "residence", "residence_preferred": "residence", "age": "age",
              "birth_dates": "age", "youth": "age", "business_years": "business_years",
              "business_years_min": "business_years"}


def failing_kind(program: ProgramRecord, fact: Fact) -> str:
    """The kind of condition `fact` states, by the program fact it is; a person check is "participation"."""
    for name, kind in FACT_KINDS.items():
        own = program.fact(name)
        if own is fact or (fact.evidence and own == fact):
            return kind
    return "participation"


def ineligible_audit(catalog: dict[str, ProgramRecord], personas: list[dict], hidden: set[str],
                     date: dt.date) -> dict[str, dict]:
    """kind -> {"pairs": n, "alone": n, "readings": {(plcyNo, quote, confidence): [persona: reason, …]}} over every
    "ineligible" the finder says for `personas` against `catalog`, leaving out the programs in `hidden`."""
    regions = load_regions()
    out: dict[str, dict] = defaultdict(lambda: {"pairs": 0, "alone": 0, "readings": defaultdict(list)})
    for persona in personas:
        situation = situation_of(persona, date)
        resident = regions.resolve(situation.residence) if situation.residence else None
        for number in sorted(catalog):
            if number in hidden:
                continue
            program = catalog[number]
            failed = [c for c in judge(program, situation, resident, regions).conditions if c.outcome == FAILED]
            for c in failed:
                kind = failing_kind(program, c.fact)
                out[kind]["pairs"] += 1
                out[kind]["alone"] += len(failed) == 1
                key = (number, (c.fact.evidence or c.reason)[:CLAUSE_CHARS], c.fact.status)
                out[kind]["readings"][key].append(f"{persona['id']}: {c.reason}" + ("" if len(failed) == 1 else " (+)"))
    return out


def _print_ineligible(catalog: dict[str, ProgramRecord], found: dict[str, dict], samples: int, skip: int,
                      kind: str | None, alone: bool) -> None:
    order = ("organisation", "status", "schooling", "group", "residence", "age", "business_years", "participation")
    print("every ineligible of the ten residents (held pairs' programs left out); (+) = other conditions fail too")
    for name in order:
        if name not in found or (kind and name != kind):
            continue
        per = found[name]
        readings = sorted(per["readings"].items(), key=lambda kv: hashlib.sha256(kv[0][0].encode()).hexdigest())
        if alone:
            readings = [(k, v) for k, v in readings if any(not x.endswith("(+)") for x in v)]
        print(f"\n== {name}: {per['pairs']} refusals, {per['alone']} alone deciding, {len(per['readings'])} readings")
        for (number, quote, confidence), who in readings[skip : skip + samples]:
            print(f"  {number} {catalog[number].title[:30]} | {quote} [{confidence}]")
            print(f"      {'; '.join(who)[:240]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals conditions-audit", description=__doc__.splitlines()[0])
    parser.add_argument("--policies", type=Path, default=POLICIES)
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2025, 6, 1))
    parser.add_argument("--samples", type=int, default=5, help="clauses printed per kind and finding (default 5)")
    parser.add_argument("--kind", choices=tuple(KINDS), help="only this condition kind")
    parser.add_argument("--finding", choices=("unread", "unsure", "failing"), help="only this finding")
    parser.add_argument("--skip", type=int, default=0, help="skip this many samples first (to page on)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON only")
    parser.add_argument("--ineligible", action="store_true",
                        help="audit every ineligible of the ten labelled residents instead (held pairs' programs left out)")
    parser.add_argument("--refusal-kind", choices=tuple(FACT_KINDS.values()) + ("participation",),
                        help="with --ineligible: only this kind of failing condition")
    parser.add_argument("--alone", action="store_true", help="with --ineligible: only readings that alone refuse a pair")
    args = parser.parse_args(argv)
    if args.ineligible:
        personas = json.loads((FINDER_DATA / "personas.json").read_text(encoding="utf-8"))
        labels = read_labels(FINDER_DATA / "labels-dev.jsonl")
        hidden = {x["plcyNo"] for x in labels if split_of(x["persona"], x["plcyNo"]) == "held"}
        catalog = catalog_from_export(args.policies)
        found = ineligible_audit(catalog, personas, hidden, args.date)
        if args.json:
            print(json.dumps({k: {"pairs": v["pairs"], "alone": v["alone"], "readings": len(v["readings"])}
                              for k, v in found.items()}, ensure_ascii=False))
            return 0
        _print_ineligible(catalog, found, args.samples, args.skip, args.refusal_kind, args.alone)
        return 0
    from assistant.documents.policies import policy_document

    records = json.loads(args.policies.read_text(encoding="utf-8"))
    regions = load_regions()
    texts = {r["plcyNo"]: policy_document(r, f"{args.policies.name}#{r['plcyNo']}", regions).text for r in records}
    catalog = catalog_from_export(args.policies)
    found = audit(catalog, texts, args.date)
    counts = {kind: {what: len({n for n, _, _ in rows}) for what, rows in found[kind].items()}
              for kind in KINDS if not args.kind or kind == args.kind}
    if args.json:
        print(json.dumps(counts, ensure_ascii=False))
        return 0
    print(f"{len(catalog)} records; counts are records with at least one such clause")
    for kind, per in counts.items():
        print(f"\n== {kind}: " + ", ".join(f"{what} {n}" for what, n in per.items()))
        for what, rows in found[kind].items():
            if args.finding and what != args.finding:
                continue
            for number, clause, note in rows[args.skip : args.skip + args.samples]:
                title = catalog[number].title[:30]
                print(f"  [{what}] {number} {title} | {clause[:CLAUSE_CHARS]}" + (f"  ({note})" if note else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
