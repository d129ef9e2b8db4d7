"""Does the answer find the program the person means? `python -m evals.program_resolution`.

Over the natural dev questions (people's own words about the dev policies), split into a tuning and a held
half by a fixed hash of each id (held: sha256(id) is odd), it reports per half:

- program found: the program the answer is about (`Answer.program`, else its first citation's source) is the
  question's program — also when its answer is "that program's document does not say";
- program cited first: the first citation is from the question's program (a refusal cites nothing);
- right: every fact group present in the answer (ignoring spaces, commas and case); not_stated and
  no_program questions are right when refused;
and the same by style. The tuning half is reported again as its parts A and B (`tune_part`): read failures in A
only, and keep a change only when B does not fall.

The corpus's answers.jsonl (`python -m evals policy-corpus`) maps each plcyNo to its rendered files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "youth-policies"


def is_held(question_id: str) -> bool:
    """The fixed split every natural-question measurement uses: held when sha256(id) is odd."""
    return int(hashlib.sha256(question_id.encode()).hexdigest(), 16) % 2 == 1


def tune_part(question_id: str) -> str:
    """The tuning half split once more: part A (sha256(id) % 4 == 0) is read row by row, part B (== 2) only
    summed, so a change kept because it lifts A must also not lower B."""
    return "A" if int(hashlib.sha256(question_id.encode()).hexdigest(), 16) % 4 == 0 else "B"


def _normal(text: str) -> str:
    return "".join(text.split()).replace(",", "").lower()


def judge(row: dict, answer, sources: set[str]) -> dict:
    """One question's verdicts."""
    first = answer.citations[0].source if answer.citations else None
    held = is_held(row["id"])
    out = {"id": row["id"], "half": "held" if held else "tune", "part": "" if held else tune_part(row["id"]),
           "kind": row["kind"],
           "style": row.get("style", ""), "abstained": answer.abstained, "program": answer.program, "first": first}
    if row["kind"] == "natural":
        text = _normal(answer.text)
        out["right"] = not answer.abstained and all(any(_normal(a) in text for a in group) for group in row["facts"])
        out["cited_first"] = first in sources
        out["found"] = (answer.program or first) in sources
    else:
        out["right"] = answer.abstained
    return out


def summary(verdicts: list[dict]) -> dict:
    def share(rows, key):
        return round(sum(bool(r[key]) for r in rows) / len(rows), 3) if rows else None

    report = {}
    for name, rows in (("tune", [v for v in verdicts if v["half"] == "tune"]),
                       ("held", [v for v in verdicts if v["half"] == "held"]),
                       ("tune_A", [v for v in verdicts if v.get("part") == "A"]),
                       ("tune_B", [v for v in verdicts if v.get("part") == "B"])):
        natural = [v for v in rows if v["kind"] == "natural"]
        report[name] = {
            "natural": len(natural), "program_found": share(natural, "found"),
            "program_cited_first": share(natural, "cited_first"), "right": share(natural, "right"),
            "refused": share(natural, "abstained"),
            "not_stated_refused": share([v for v in rows if v["kind"] == "not_stated"], "right"),
            "no_program_refused": share([v for v in rows if v["kind"] == "no_program"], "right"),
            "by_style": {s: {"n": len(ns), "program_found": share(ns, "found"),
                             "program_cited_first": share(ns, "cited_first"), "right": share(ns, "right")}
                         for s in sorted({v["style"] for v in natural}) for ns in [[v for v in natural if v["style"] == s]]},
        }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.program_resolution", description=__doc__.split("\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True, help="an index of the rendered dev policies")
    parser.add_argument("--answers", type=Path, required=True, help="the corpus's answers.jsonl (plcyNo -> sources)")
    parser.add_argument("--questions", type=Path, default=SHARED / "questions-natural-dev.jsonl")
    parser.add_argument("--out", type=Path, help="also write each question's verdicts here (JSON lines)")
    parser.add_argument("--made", action="store_true",
                        help="also ask the rule-made resolution set (evals/resolution_made.py: each dev policy described, "
                             "shortened, in a yes/no and a situation frame) and report found@1 by kind and policy split")
    parser.add_argument("--made-only", action="store_true", help="ask only the rule-made set")
    parser.add_argument("--made-out", type=Path, help="write the rule-made set's verdicts here (JSON lines)")
    parser.add_argument("--policies", type=Path, default=SHARED / "policies-dev.json")
    parser.add_argument("--slips", action="store_true",
                        help="also ask each tuning-half question answered right with two rule-made key slips (one word "
                             "each) and report how many stay right, by part")
    args = parser.parse_args(argv)

    from assistant.config import load_settings
    from assistant.engine import Assistant

    sources: dict[str, set[str]] = {}
    records = [json.loads(line) for line in args.answers.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in records:
        sources.setdefault(row["plcyNo"], set()).add(row["source"])
    assistant = Assistant.open(load_settings(index_dir=args.index_dir))
    if args.made or args.made_only:
        made = made_found(assistant, records, json.loads(args.policies.read_text(encoding="utf-8")), args.made_out)
        if args.made_only:
            print(json.dumps({"made": made}, ensure_ascii=False, indent=1))
            return 0
    rows = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = [judge(r, assistant.ask(r["question"]), sources.get(r.get("plcyNo") or "", set())) for r in rows]
    if args.out:
        args.out.write_text("".join(json.dumps(v, ensure_ascii=False) + "\n" for v in verdicts), encoding="utf-8")
    report = summary(verdicts)
    if args.slips:
        by_id = {r["id"]: r for r in rows}
        right = [by_id[v["id"]] for v in verdicts if v["half"] == "tune" and v["kind"] == "natural" and v["right"]]
        report["slips"] = slip_survival(right, assistant.ask, sources)
    if args.made:
        report["made"] = made
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


def made_found(assistant, records: list[dict], policies: list[dict], out: Path | None = None) -> dict:
    """Ask the rule-made resolution set and report found@1 (the answer is about the policy, or a round of it in
    the same place) by kind, overall and by the corpus's policy split."""
    from evals.resolution_made import KINDS, made_set, same_program_key

    by_number = {r["plcyNo"]: r for r in records}
    family: dict[tuple, set[str]] = {}  # rounds of one program in one place: any of them is the one meant
    for p in policies:
        if p["plcyNo"] in by_number:
            key = (same_program_key(p["plcyNm"]), tuple(by_number[p["plcyNo"]]["region_names"]))
            family.setdefault(key, set()).update(r["source"] for r in records if r["plcyNo"] == p["plcyNo"])
    verdicts = []
    policies = [p for p in policies if p["plcyNo"] in by_number]
    names = {p["plcyNo"]: p["plcyNm"] for p in policies}
    for row in made_set(policies, {n: r["region_names"] for n, r in by_number.items()}, assistant.analyzer):
        record = by_number[row["plcyNo"]]
        meant = family[(same_program_key(names[row["plcyNo"]]), tuple(record["region_names"]))]
        answer = assistant.ask(row["question"])
        first = answer.citations[0].source if answer.citations else None
        verdicts.append(dict(row, split=record["split"], program=answer.program, first=first,
                             abstained=answer.abstained, found=(answer.program or first) in meant,
                             answer=answer.text[:200]))
    if out is not None:
        out.write_text("".join(json.dumps(v, ensure_ascii=False) + "\n" for v in verdicts), encoding="utf-8")

    def found(rows):
        return {"n": len(rows), "found": round(sum(v["found"] for v in rows) / len(rows), 3) if rows else None}

    return {kind: dict(found([v for v in verdicts if v["kind"] == kind]),
                       **{split: found([v for v in verdicts if v["kind"] == kind and v["split"] == split])["found"]
                          for split in ("tune", "held")})
            for kind in KINDS} | {"all": found(verdicts)}


def slip_survival(rows: list[dict], ask, sources: dict[str, set[str]], per_question: int = 2) -> dict:
    """Of questions answered right, how many stay right with one word typed wrong by one key (`slipped`): a
    different word each time, chosen by a hash of the id, among the words of three syllables or more."""
    kept: dict[str, list[bool]] = {}
    for row in rows:
        rnd = random.Random(row["id"])
        words = [w for w in row["question"].split() if len(re.findall(r"[가-힣]", w)) >= 3]
        for _ in range(per_question if words else 0):
            word = rnd.choice(words)
            typo = rnd.choice(slipped(word, rnd))
            asked = row["question"].replace(word, typo, 1)
            verdict = judge(dict(row, question=asked), ask(asked), sources.get(row.get("plcyNo") or "", set()))
            kept.setdefault(tune_part(row["id"]), []).append(verdict["right"])
    return {f"tune_{part}": {"asked": len(v), "still_right": round(sum(v) / len(v), 3)} for part, v in sorted(kept.items())}


# Vowels people hit for each other (neighbouring keys or like sounds) and initials doubled by a held shift key.
VOWEL_SLIPS = {"ㅐ": "ㅔ", "ㅔ": "ㅐ", "ㅏ": "ㅑ", "ㅑ": "ㅏ", "ㅓ": "ㅕ", "ㅕ": "ㅓ", "ㅗ": "ㅛ", "ㅛ": "ㅗ", "ㅜ": "ㅠ",
               "ㅠ": "ㅜ", "ㅡ": "ㅜ", "ㅣ": "ㅢ"}
DOUBLED = {"ㄱ": "ㄲ", "ㄷ": "ㄸ", "ㅂ": "ㅃ", "ㅅ": "ㅆ", "ㅈ": "ㅉ"}


def slipped(word: str, rnd: random.Random) -> list[str]:
    """The word with one hangul syllable typed wrong in each way a key slips: another vowel, a final dropped or
    added, an initial doubled."""
    from assistant.language.spelling import parts, syllable

    at = [i for i, ch in enumerate(word) if "가" <= ch <= "힣"]
    k = rnd.choice(at)
    initial, vowel, final = parts(word[k])
    typed = [syllable(initial, VOWEL_SLIPS[vowel], final)] if vowel in VOWEL_SLIPS else []
    typed.append(syllable(initial, vowel, "" if final else "ㅇ"))
    if initial in DOUBLED:
        typed.append(syllable(DOUBLED[initial], vowel, final))
    return [word[:k] + s + word[k + 1 :] for s in typed]


if __name__ == "__main__":
    sys.exit(main())
