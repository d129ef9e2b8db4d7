"""Typed-at-speed variants of the natural questions' tuning halves: each question with one or two of its words
slipped as a key slips (evals.program_resolution.slipped: another vowel, a final dropped or added, an initial
doubled), sometimes two words run together or a polite ending typed 여.

`python -m evals typed-variants --out data/typed-variants.jsonl` writes them in the natural sets' format (ids
marked "~typed", the original question kept beside); `python -m evals policies --no-gate --only natural --natural
data/typed-variants.jsonl` scores them. Made from the tuning halves only and seeded by each id: a tuning set for
reading slips, never a held-out figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from evals.policy_natural import NATURAL_QUESTIONS, half_of
from evals.program_resolution import slipped

EVALS = Path(__file__).resolve().parent
NATURAL_SETS = (NATURAL_QUESTIONS, *sorted(EVALS.glob("natural_blind*.jsonl")))
RUN_TOGETHER = 0.4  # share of questions with two words typed without the space between
POLITE_SLIP = 0.3  # share with "요?" typed "여?"
MARK = "~typed"


def variant(question: str, rnd: random.Random) -> str:
    """The question typed at speed: one or two words of two hangul syllables or more slipped, maybe two words run
    together, maybe its polite ending typed 여."""
    words = question.split(" ")
    hangul = [i for i, w in enumerate(words) if len(re.findall(r"[가-힣]", w)) >= 2]
    for i in rnd.sample(hangul, min(len(hangul), rnd.choice((1, 2)))):
        words[i] = rnd.choice(slipped(words[i], rnd))
    if len(words) > 2 and rnd.random() < RUN_TOGETHER:
        j = rnd.randrange(len(words) - 1)
        words[j:j + 2] = [words[j] + words[j + 1]]
    text = " ".join(words)
    return text.replace("요?", "여?", 1) if rnd.random() < POLITE_SLIP else text


def typed_rows(paths) -> list[dict]:
    """A typed variant of every tuning-half row of the natural sets at `paths` that slips (seeded by its id)."""
    rows = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if half_of(row["id"]) != "tune":
                continue
            rnd = random.Random(int(hashlib.sha256(row["id"].encode()).hexdigest(), 16))
            typed = variant(row["question"], rnd)
            if typed != row["question"]:
                rows.append({**row, "id": f"{row['id']}{MARK}", "question": typed, "original": row["question"]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals typed-variants", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="JSONL to write (the natural sets' format)")
    parser.add_argument("--natural", type=Path, action="append",
                        help="natural sets to vary (default: people's own questions and evals/natural_blind*.jsonl)")
    args = parser.parse_args(argv)
    paths = [p for p in (args.natural or NATURAL_SETS) if Path(p).exists()]
    rows = typed_rows(paths)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} typed variants of the tuning halves of {len(paths)} sets -> {args.out}")
    return 0
