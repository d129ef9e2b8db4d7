"""Count answers that carry source markup (heading marks, bullet glyphs) over the whole natural question set.

    python scripts/answer_markup.py --index-dir /tmp/policy-index --source /work/cache/policy-eval/source

Uses a built policy index (`python -m evals policies` builds one; copy it if it must stay read-only).
Prints how many answers carry markup and the first few; exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

QUESTIONS = REPO.parent / "shared/data/youth-policies/questions-natural-dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args(argv)

    from test_answer_markup import MARKUP

    from assistant.config import load_settings
    from assistant.engine import Assistant

    assistant = Assistant.open(load_settings(index_dir=args.index_dir, source_dir=args.source))
    rows = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    marked = []
    for row in rows:
        text = assistant.ask(row["question"]).text
        if MARKUP.search(text):
            marked.append((row["id"], text))
    print(f"{len(marked)} of {len(rows)} answers carry source markup")
    for qid, text in marked[: args.show]:
        print(f"  {qid}: {text[:200]!r}")
    return 1 if marked else 0


if __name__ == "__main__":
    sys.exit(main())
