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
    args = parser.parse_args(argv)

    from assistant.config import load_settings
    from assistant.engine import Assistant

    sources: dict[str, set[str]] = {}
    for line in args.answers.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            sources.setdefault(row["plcyNo"], set()).add(row["source"])
    assistant = Assistant.open(load_settings(index_dir=args.index_dir))
    rows = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = [judge(r, assistant.ask(r["question"]), sources.get(r.get("plcyNo") or "", set())) for r in rows]
    if args.out:
        args.out.write_text("".join(json.dumps(v, ensure_ascii=False) + "\n" for v in verdicts), encoding="utf-8")
    print(json.dumps(summary(verdicts), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
