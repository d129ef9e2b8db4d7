"""`python -m benchmarks [--sizes 1000,10000,100000] [--korquad PATH]`; `... load --url URL`; `... policies [--limit N]`;
`... grow --from INDEX --to DIR --chunks N` (a large index of copies of a real one); `... cold INDEX... [--runs N]`."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from assistant.runtime import apply_process_defaults

    apply_process_defaults()
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["load"]:
        from benchmarks.load import main as load_main

        return load_main(argv[1:])
    if argv[:1] == ["policies"]:
        from benchmarks.policies import main as policies_main

        return policies_main(argv[1:])
    if argv[:1] == ["grow"]:
        from benchmarks.grow import main as grow_main

        return grow_main(argv[1:])
    if argv[:1] == ["cold"]:
        return _cold(argv[1:])
    if argv[:1] in (["_ingest"], ["_query"], ["_cold"], ["_forked"], ["_parts"]):
        return _worker(argv)
    if argv[:1] == ["report"]:  # one table from the --json files of several runs
        from benchmarks.report import render

        rows = [row for path in argv[1:] for row in json.loads(Path(path).read_text(encoding="utf-8"))]
        print(render(rows, " ".join(["python -m benchmarks", *argv])))
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes in chunks")
    parser.add_argument("--korquad", type=Path, help="KorQuAD 1.0 JSON: more distinct passages and questions")
    parser.add_argument("--real-embed", type=int, default=1000,
                        help="distinct passages embedded for real at the smallest size; the rest get pooled vectors")
    parser.add_argument("--queries", type=int, default=100, help="questions per latency figure")
    parser.add_argument("--work", type=Path, help="folder for corpora and indexes (default: a temporary one)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    work = args.work or Path(tempfile.mkdtemp(prefix="jobqa-bench-"))
    from benchmarks import corpus

    pool = corpus.passages(REPO / "knowledge", args.korquad)
    print(f"{len(pool)} distinct synthetic passages; work folder {work}", file=sys.stderr)
    known = work / "vectors.npz"
    rows = []
    for size in sizes:
        source = corpus.write_corpus(work, size, pool)
        budget = min(args.real_embed, size) if size == sizes[0] else 0
        for pipeline in ("ours", "plain"):
            index = work / f"index-{pipeline}-{size}"
            shutil.rmtree(index, ignore_errors=True)
            row = {"pipeline": pipeline, "size": size, "distinct": min(size, len(pool))}
            row["ingest"] = _run("_ingest", pipeline, str(source), str(index), str(budget), str(known))
            row["query"] = _run("_query", pipeline, str(index), str(args.korquad or ""), str(args.queries))
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    from benchmarks.report import render

    print(render(rows, " ".join(["python -m benchmarks", *argv])))
    return 0


COLD_QUESTION = "청년 면접수당은 얼마를 지원하나요?"


def _cold(argv: list[str]) -> int:
    """Cold start over each index, each figure from fresh processes: a fresh worker (imports, open, first answer),
    what each part of opening costs, and workers forked from a process that has opened the index (as app.py
    starts them)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks cold", description=_cold.__doc__)
    parser.add_argument("indexes", type=Path, nargs="+", help="index directories")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per index (the median is shown)")
    parser.add_argument("--question", default=COLD_QUESTION, help="the first question")
    args = parser.parse_args(argv)
    fresh, parts, forked = [], [], []
    for index in args.indexes:
        runs = [_run("_cold", str(index), args.question) for _ in range(args.runs)]
        fresh.append((sorted(runs, key=lambda r: r["cold_start_s"])[len(runs) // 2], runs))
        parts.append(_run("_parts", str(index), args.question))
        forked.append(_run("_forked", str(index), args.question))
    print("A fresh worker process (median of the runs; imports not in the cold start):\n")
    print("| chunks | imports s | open s | first answer s | cold start s (open + first answer) | runs | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for middle, runs in fresh:
        every = ", ".join(f"{r['cold_start_s']:.2f}" for r in runs)
        print(f"| {middle['chunks']:,} | {middle['imports_s']:.2f} | {middle['open_s']:.2f} | "
              f"{middle['first_answer_s']:.2f} | **{middle['cold_start_s']:.2f}** | {every} | {middle['peak_rss_mb']:.0f} |")
    print("\nWhat opening costs, part by part (one fresh process each, the parts one after another):\n")
    names = [k for k in parts[0] if k.endswith("_s")]
    print("| chunks | " + " | ".join(n.removesuffix("_s").replace("_", " ") + " s" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    for row in parts:
        print(f"| {row['chunks']:,} | " + " | ".join(f"{row[n]:.2f}" for n in names) + " |")
    print("\nAnswer workers forked from a process that has opened the index, as `python app.py` starts them:\n")
    print("| chunks | parent's open + warm s | workers started at once | forked | fork to every worker's first answer s "
          "| one more question s |")
    print("|---|---|---|---|---|---|")
    for row in forked:
        for pool in row["pools"]:
            print(f"| {row['chunks']:,} | {row['parent_open_s']:.2f} | {pool['workers']} | "
                  f"{'yes' if pool['forked'] else 'no'} | **{pool['start_s']:.2f}** | {pool['next_answer_s']:.2f} |",
                  flush=True)
    return 0


def _run(*args: str) -> dict:
    start = time.perf_counter()
    command = [sys.executable, "-m", "benchmarks", *args]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        took = time.perf_counter() - start
        raise SystemExit(f"benchmark step {args[:2]} failed after {took:.0f} s:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _worker(argv: list[str]) -> int:
    from benchmarks import measure

    if argv[0] == "_cold":
        result = measure.cold(Path(argv[1]), argv[2])
    elif argv[0] == "_forked":
        result = measure.forked(Path(argv[1]), argv[2])
    elif argv[0] == "_parts":
        result = measure.parts(Path(argv[1]), argv[2])
    elif argv[0] == "_ingest":
        pipeline, source, index, budget, known = argv[1:6]
        result = measure.ingest(pipeline, Path(source), Path(index), int(budget), Path(known))
    else:
        pipeline, index, korquad, count = argv[1:5]
        result = measure.query(pipeline, Path(index), Path(korquad) if korquad else None, int(count))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
