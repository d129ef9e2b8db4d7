"""`python -m evals policies`: ask field and citizen questions about rendered dev policies, score by kind and form.

Builds the corpus (evals/policy_corpus.py) and its index when missing, asks the generated field
questions and the hand-written ones in evals/policy_gold.jsonl, writes results.json and report.md
(failures first) and gates on evals/policy_baseline.json like `python -m evals run` does.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from evals import metrics
from evals.dataset import DatasetError, GoldRow
from evals.policy_corpus import ANSWERS_FILE, SOURCE_DIR, build_corpus, load_answers
from evals.policy_natural import NATURAL_METRICS, held_overall, summarize_natural
from evals.policy_facts import DEFAULT_POLICIES, DEFAULT_REGIONS, load_policies, load_regions
from evals.policy_questions import PolicyQuestion, generate
from evals.runner import QUALITY_METRICS, Outcome, breakdown, figures, score

EVALS = Path(__file__).resolve().parent
POLICY_GOLD = EVALS / "policy_gold.jsonl"
POLICY_BASELINE = EVALS / "policy_baseline.json"
HAND_KINDS = ("citizen", "unanswerable", "not_stated")
POLICY_METRICS = ("field_accuracy", "field_first_citation", "citizen_accuracy", "not_stated_rate", "unanswerable_refused")
GATED_METRICS = QUALITY_METRICS + POLICY_METRICS + NATURAL_METRICS  # the natural ones: their held half
BREAKDOWNS = {"by_kind": "By kind", "by_form": "By form", "by_split": "By split (tune / held)"}
log = logging.getLogger(__name__)


def corpus_dir(limit: int | None) -> Path:
    """Where the corpus for this --limit lives by default (data/ is not committed)."""
    return EVALS.parent / "data" / ("policy-eval" if not limit else f"policy-eval-{limit}")


def ensure_corpus(folder: Path, limit: int | None, policies: Path = DEFAULT_POLICIES) -> list[dict]:
    """The answers.jsonl rows of `folder`, building the folder first when it has none."""
    if not (folder / ANSWERS_FILE).exists():
        forms = build_corpus(folder, policies, limit=limit)
        print(f"built {sum(forms.values())} policies into {folder / SOURCE_DIR}", file=sys.stderr)
    return load_answers(folder)


def load_hand_questions(path: Path, truths: Sequence[dict]) -> list[PolicyQuestion]:
    """Hand-written rows about policies in this corpus (others left out) and every unanswerable row."""
    by_number = {truth["plcyNo"]: truth for truth in truths}
    questions, seen = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = _hand_row(path, number, line, seen)
        truth = by_number.get(raw.get("plcyNo") or "")
        if raw.get("plcyNo") and truth is None:
            continue  # about a policy outside this --limit
        answerable = raw["kind"] == "citizen"
        source = truth["source"] if truth else ""
        if answerable and source not in raw["sources"]:
            raise DatasetError(path, number, f"sources {raw['sources']} do not name {source}, where {raw['plcyNo']} is")
        row = GoldRow(id=raw["id"], question=raw["question"], answerable=answerable,
                      sources=tuple(raw["sources"]) if answerable else (),
                      facts=tuple(tuple(group) for group in raw["facts"]), type=raw["kind"],
                      municipality=(truth["region_names"] or [None])[0] if truth else None,
                      lang=raw.get("lang", "ko"), style=raw.get("style", "colloquial"))
        questions.append(PolicyQuestion(row, raw["kind"], truth["form"] if truth else "-",
                                        truth["split"] if truth else "-", "hand", raw.get("plcyNo") or ""))
    return questions


def _hand_row(path: Path, number: int, line: str, seen: set[str]) -> dict:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DatasetError(path, number, f"not JSON ({exc.msg})") from None
    missing = [key for key in ("id", "question", "kind", "sources", "facts") if key not in raw]
    if missing:
        raise DatasetError(path, number, f"missing {', '.join(missing)}")
    if raw["kind"] not in HAND_KINDS:
        raise DatasetError(path, number, f"kind must be one of {', '.join(HAND_KINDS)}, got {raw['kind']!r}")
    if raw["kind"] == "citizen" and not (raw["facts"] and raw.get("plcyNo")):
        raise DatasetError(path, number, "a citizen row needs plcyNo and at least one fact group")
    if raw["id"] in seen:
        raise DatasetError(path, number, f"duplicate id {raw['id']!r}")
    seen.add(raw["id"])
    return raw


def all_questions(truths: Sequence[dict], gold: Path = POLICY_GOLD, policies: Path = DEFAULT_POLICIES) -> list[PolicyQuestion]:
    """Generated field questions for the corpus's policies, then the hand-written ones."""
    records = {record["plcyNo"]: record for record in load_policies(policies)}
    return generate(records, list(truths), load_regions(DEFAULT_REGIONS)) + load_hand_questions(gold, truths)


def policy_figures(outcomes: Sequence[Outcome], questions: Sequence[PolicyQuestion]) -> dict[str, float | None]:
    """The policy-specific figures: field and citizen accuracy, "not stated" rate, unanswerable refused."""
    kind_of = {q.row.id: q for q in questions}

    def share(picked: list[Outcome], metric) -> float | None:
        result = metric(picked)
        return round(result["score"], 4) if result["count"] else None

    fields = [o for o in outcomes if kind_of[o.row.id].origin == "generated" and o.row.answerable]
    outcomes = [o for o in outcomes if kind_of[o.row.id].origin != "natural"]  # figured apart (policy_natural)
    citizen = [o for o in outcomes if o.row.type == "citizen"]
    not_stated = [o for o in outcomes if o.row.type == "not_stated"]
    unanswerable = [o for o in outcomes if o.row.type == "unanswerable"]
    return {
        "field_accuracy": share(fields, lambda group: score(group)["answer_accuracy"]),
        "field_first_citation": share(fields, lambda group: score(group)["first_citation_accuracy"]),
        "citizen_accuracy": share(citizen, lambda group: score(group)["answer_accuracy"]),
        "not_stated_rate": share(not_stated, lambda group: metrics.refusal_recall([False] * len(group), [o.abstained for o in group])),
        "unanswerable_refused": share(unanswerable, lambda group: metrics.refusal_recall([False] * len(group), [o.abstained for o in group])),
    }


def summarize_policies(outcomes: Sequence[Outcome], questions: Sequence[PolicyQuestion]) -> dict:
    """Figures overall (standard plus policy ones), by kind, by form and by split."""
    by_id = {q.row.id: q for q in questions}
    natural = summarize_natural(outcomes, questions)
    return {
        "overall": {**figures(score(outcomes)), **policy_figures(outcomes, questions), **held_overall(natural)},
        "natural": natural,
        "count": len(outcomes),
        "by_kind": breakdown(outcomes, lambda o: o.row.type),
        "by_form": breakdown(outcomes, lambda o: by_id[o.row.id].form),
        "by_split": breakdown(outcomes, lambda o: by_id[o.row.id].split),
    }


def prepare(limit: int | None, corpus: Path | None, index_dir: Path | None, rebuild: bool) -> tuple[list[dict], Path, Path]:
    """(truths, source folder, index folder), building the corpus when missing and dropping the index on --rebuild."""
    folder = corpus or corpus_dir(limit)
    if rebuild and folder.exists():
        shutil.rmtree(folder)
    truths = ensure_corpus(folder, limit)
    index = index_dir or folder / "index"
    if rebuild and index.exists():
        shutil.rmtree(index)
    return truths, folder / SOURCE_DIR, index

