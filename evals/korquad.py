"""KorQuAD 1.0 (any SQuAD v1 JSON) as a benchmark for retrieval and extractive answers.

Every paragraph of the file becomes one .txt document (title = article title) in a temporary
folder, ingested with run_ingest; `limit` questions are sampled with `seed`. Figures:

- paragraph recall@1/@5 and MRR: a hit is right when its source is the question's paragraph;
- containment: the normalised gold answer (any of them) occurs in the normalised answer text;
- EM / F1 on a span: where the answerer points at the asked value (Answer.span: the count, date,
  amount... in its best sentence; open questions have none), EM and character-level F1 are
  computed on that span as in the KorQuAD 1.0 evaluation script (lower-case, punctuation and spaces
  removed, F1 over the multiset of characters), best over the gold answers.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import string
import tempfile
from contextlib import contextmanager
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError
from evals import metrics

_PUNCT = set(string.punctuation) | set("‘’“”「」『』《》〈〉·…～")


class SquadFormatError(AssistantError):
    """The file is not SQuAD v1 JSON."""


@dataclass(frozen=True)
class SquadQuestion:
    qid: str
    question: str
    answers: tuple[str, ...]
    source: str  # the file name of its paragraph


@dataclass(frozen=True)
class SquadParagraph:
    source: str
    title: str
    context: str


def load_squad(path: Path) -> tuple[list[SquadParagraph], list[SquadQuestion]]:
    """Paragraphs (named {article:04d}_{paragraph:03d}.txt) and their questions."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))["data"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SquadFormatError(f"{path}: not a SQuAD v1 JSON file ({exc})") from None
    paragraphs, questions = [], []
    for a, article in enumerate(data):
        for p, paragraph in enumerate(article.get("paragraphs", [])):
            source = f"{a:04d}_{p:03d}.txt"
            paragraphs.append(SquadParagraph(source, str(article.get("title", "")), paragraph["context"]))
            for qa in paragraph.get("qas", []):
                answers = tuple(ans["text"] for ans in qa.get("answers", []))
                if answers:
                    questions.append(SquadQuestion(str(qa["id"]), qa["question"], answers, source))
    if not questions:
        raise SquadFormatError(f"{path}: no questions with answers")
    return paragraphs, questions


def write_documents(paragraphs: Sequence[SquadParagraph], folder: Path) -> None:
    """One .txt per paragraph plus metadata.csv giving each its article title."""
    folder.mkdir(parents=True, exist_ok=True)
    for paragraph in paragraphs:
        (folder / paragraph.source).write_text(paragraph.context, encoding="utf-8")
    with open(folder / "metadata.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "title", "municipality", "publisher", "published", "url"])
        for paragraph in paragraphs:
            writer.writerow([paragraph.source, paragraph.title, "", "", "", ""])


def squad_normalise(text: str) -> str:
    """KorQuAD 1.0 style: lower-case, no punctuation, no whitespace."""
    return "".join(ch for ch in text.lower() if ch not in _PUNCT and not ch.isspace())


def exact_match(prediction: str, golds: Sequence[str]) -> float:
    return float(any(squad_normalise(prediction) == squad_normalise(g) for g in golds))


def char_f1(prediction: str, golds: Sequence[str]) -> float:
    """Best character-level F1 over the gold answers."""
    best = 0.0
    predicted = Counter(squad_normalise(prediction))
    for gold in golds:
        expected = Counter(squad_normalise(gold))
        common = sum((predicted & expected).values())
        if common:
            precision, recall = common / sum(predicted.values()), common / sum(expected.values())
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


HALVES = ("tune", "held", "all")


def half_of(qid: str) -> str:
    """The fixed split: "tune" when sha256 of the question id is even, else "held" (tuning looks only at "tune")."""
    return "tune" if int(hashlib.sha256(qid.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "held"


def in_half(questions: Sequence[SquadQuestion], half: str) -> list[SquadQuestion]:
    if half not in HALVES:
        raise SquadFormatError(f"--half must be one of {', '.join(HALVES)}, got {half!r}")
    return [q for q in questions if half == "all" or half_of(q.qid) == half]


def sample_questions(questions: Sequence[SquadQuestion], limit: int, seed: int) -> list[SquadQuestion]:
    if limit < 1:
        raise SquadFormatError(f"--limit must be at least 1, got {limit}")
    return random.Random(seed).sample(list(questions), min(limit, len(questions)))


def run_benchmark(data: Path, limit: int = 200, seed: int = 0, index_dir: Path | None = None, half: str = "all",
                  rows_out: Path | None = None) -> dict:
    """Index every paragraph of `data`, ask `limit` questions sampled from `half`, return the figures.

    `rows_out`, when given, receives one JSON line per question (question, golds, answer, refusal reason)
    for reading failures: read only the tuning half's.
    """
    paragraphs, questions = load_squad(data)
    sample = sample_questions(in_half(questions, half), limit, seed)
    with korquad_assistant(paragraphs, index_dir) as assistant:
        rows = [_ask(assistant, q) for q in sample]
    if rows_out is not None:
        write_rows(rows_out, rows)
    figures = {"data": str(data), "paragraphs": len(paragraphs), "seed": seed, "half": half, **score_rows(rows)}
    if half == "all":  # each half's share of the same run, so tuned and held read side by side
        for name in ("tune", "held"):
            part = [r for r in rows if half_of(r["qid"]) == name]
            if part:
                figures[f"{name}_questions"] = len(part)
                figures[f"{name}_answer_containment"] = sum(contains_gold(r) for r in part) / len(part)
                figures[f"{name}_abstained"] = sum(r["abstained"] for r in part)
    return figures


def write_rows(path: Path, rows: Sequence[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({**row, "contained": contains_gold(row)}, ensure_ascii=False) + "\n")


@contextmanager
def korquad_assistant(paragraphs: Sequence[SquadParagraph], index_dir: Path | None = None):
    """An Assistant over the paragraphs, one .txt each; an existing `index_dir` is updated, not rebuilt."""
    from assistant.config import load_settings
    from assistant.index.embeddings import load_embedder
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest
    from assistant.language.korean import KoreanAnalyzer

    with tempfile.TemporaryDirectory(prefix="korquad-") as tmp:
        docs = Path(tmp) / "docs"
        write_documents(paragraphs, docs)
        settings = load_settings(source_dir=docs, index_dir=index_dir or Path(tmp) / "index")
        analyzer, embedder = KoreanAnalyzer(), load_embedder(settings.embedder)
        run_ingest(settings, progress=False, analyzer=analyzer, embedder=embedder)
        yield Assistant.open(settings, analyzer=analyzer, embedder=embedder)


def _ask(assistant, question: SquadQuestion) -> dict:
    start = time.perf_counter()
    hits = assistant.retrieve(question.question, k=5)
    answer = assistant.ask(question.question)
    return {
        "qid": question.qid,
        "question": question.question,
        "expected": [question.source],
        "ranked": [hit.chunk.source for hit in hits],
        "answers": question.answers,
        "text": answer.text,
        "abstained": answer.abstained,
        "reason": str(answer.reason or ""),
        "span": answer.span,
        "ms": (time.perf_counter() - start) * 1000,
    }


def score_rows(rows: Sequence[dict]) -> dict:
    expected, ranked = [r["expected"] for r in rows], [r["ranked"] for r in rows]
    answered = [r for r in rows if not r["abstained"]]
    contained = [float(contains_gold(r)) for r in rows]
    pointed = [r for r in answered if r.get("span")]
    return {
        "questions": len(rows),
        "paragraph_recall_at_1": metrics.recall_at_k(expected, ranked, 1)["score"],
        "paragraph_recall_at_5": metrics.recall_at_k(expected, ranked, 5)["score"],
        "paragraph_mrr": metrics.mrr(expected, ranked)["score"],
        "answer_containment": sum(contained) / len(rows),
        "abstained": len(rows) - len(answered),
        "answers_with_a_span": len(pointed),
        "span_em": _mean([exact_match(r["span"], r["answers"]) for r in pointed]),
        "span_char_f1": _mean([char_f1(r["span"], r["answers"]) for r in pointed]),
        "span_contains_gold": _mean([float(any(squad_normalise(a) in squad_normalise(r["span"]) for a in r["answers"]))
                                     for r in pointed]),
        # containment rewards quoting more: how long the answers are says whether they stay answers
        "answer_chars_p50": metrics.latency_percentile([_answer_chars(r) for r in answered], 50)["score"] if answered else 0,
        "answer_chars_p90": metrics.latency_percentile([_answer_chars(r) for r in answered], 90)["score"] if answered else 0,
        "latency_p50_ms": metrics.latency_percentile([r["ms"] for r in rows], 50)["score"],
        "latency_p95_ms": metrics.latency_percentile([r["ms"] for r in rows], 95)["score"],
    }


def contains_gold(row: dict) -> bool:
    """An answer (not a refusal) whose normalised text holds one of the gold answers."""
    return not row["abstained"] and any(metrics.normalise(a) in metrics.normalise(row["text"]) for a in row["answers"])


def _answer_chars(row: dict) -> float:
    """The answer's length without its [n] markers."""
    return float(len(re.sub(r"\s*\[\d+\]", "", row["text"])))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def render_figures(figures: dict, command: str) -> str:
    lines = [f"$ {command}", f"{figures['questions']} questions over {figures['paragraphs']} paragraphs "
             f"({figures['data']}, seed {figures['seed']}, half {figures.get('half', 'all')})"]
    for key, value in figures.items():
        if key in ("data", "paragraphs", "seed", "questions", "half"):
            continue
        lines.append(f"  {key:<24} {value:.3f}" if isinstance(value, float) else f"  {key:<24} {value}")
    lines.append("  span = the asked value the answerer points at (a count, date, amount...; open questions "
                 "have none); EM and character-level F1 as in the KorQuAD 1.0 script, over answers with a span")
    return "\n".join(lines)


def write_figures(path: Path, figures: dict, command: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"command": command, **figures}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
