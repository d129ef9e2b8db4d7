"""`python -m benchmarks load --url http://127.0.0.1:7860`: many people asking at once, against the running app.

Loopback only, bounded by --requests and --seconds. For each crowd size in --users (default 10,100,300)
and each face in --via (default api,ui), that many simulated people start together and each asks
its --requests (default 4,4,1: the issue's 100 people x 4 questions, and 300 asking at once) distinct
questions in turn:
- api: POST /api/ask, each person on their own connection (httpx, asyncio);
- ui: the Gradio app's question API (`/ask`, found in its /config) through Gradio's queue, as the page
  does it: each person with their own connection and session, joining the queue and reading the
  result from its event stream.
Questions are distinct across the whole run, as long as there are enough (--questions files, or the
repository's eval sets, and --program-names): the app answers a repeated question from memory. Prints,
per run, errors (anything but an answer, including "잠시 후 다시") and latency p50/p95/p99.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import socket
import sys
import uuid
import time
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DEFAULT_QUESTIONS = [REPO / "evals" / name for name in ("gold.jsonl", "holdout.jsonl", "policy_gold.jsonl")]
PREFERRED = ("/ask",)  # the question API the app registers (gr.api); its inputs: question, place, history
CLIENT_HTTP = {"timeout": 120}  # a browser waits for its question to be taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True, help="the app, e.g. http://127.0.0.1:7860 (loopback only)")
    parser.add_argument("--users", default="10,100,300", help="crowd sizes, comma-separated (people asking at once)")
    parser.add_argument("--requests", default="4,4,1",
                        help="questions per person, one per crowd size (or one number for all)")
    parser.add_argument("--via", default="api,ui", help="faces to drive: api (/api/ask), ui (Gradio /ask)")
    parser.add_argument("--questions", type=Path, action="append",
                        help='JSONL files with a "question" field (repeatable; default: evals/*.jsonl)')
    parser.add_argument("--program-names", type=Path, action="append",
                        help='JSONL with a "name" field per program (e.g. the policy corpus answers.jsonl): four '
                             "questions about each (대상, 지원 내용, 신청 기간, 문의처) join the questions")
    parser.add_argument("--seconds", type=float, default=600, help="stop sending after this long, per run")
    args = parser.parse_args(argv)
    if not _loopback(args.url):
        print(f"error: {args.url} is not a loopback address — the load test only runs against this machine",
              file=sys.stderr)
        return 2
    asked = distinct_questions(args.questions or DEFAULT_QUESTIONS, args.program_names or [])
    crowds = [int(n) for n in args.users.split(",") if n.strip()]
    per_person = [int(n) for n in args.requests.split(",") if n.strip()]
    if len(per_person) == 1:
        per_person *= len(crowds)
    if len(per_person) != len(crowds):
        raise SystemExit("error: give one --requests number, or one per --users size")
    faces = [v.strip() for v in args.via.split(",") if v.strip()]
    print(f"{len(asked)} distinct questions; {args.url}", flush=True)
    print("| face | people at once | questions each | questions | errors | p50 s | p95 s | p99 s | max s | wall s |")
    print("|---|---|---|---|---|---|---|---|---|---|", flush=True)
    failed = False
    offset = 0
    for face in faces:
        for users, requests in zip(crowds, per_person):
            if offset + users * requests > len(asked):  # the app answers a repeated question from memory
                print(f"  note: more questions than the {len(asked)} distinct ones: some repeat earlier runs' "
                      "and are answered from the app's memory; add --questions or --program-names", flush=True)
            mine = [asked[(offset + i) % len(asked)] for i in range(users * requests)]
            offset += len(mine)
            start = time.perf_counter()
            if face == "api":
                results = asyncio.run(run_api(args.url, mine, users, requests, args.seconds))
            elif face == "ui":
                results = asyncio.run(run_ui(args.url, mine, users, requests, args.seconds))
            else:
                raise SystemExit(f"error: unknown face {face!r}; use api or ui")
            print(row(face, users, requests, results, time.perf_counter() - start), flush=True)
            for error in sorted({e for _, e in results if e})[:5]:
                print(f"  error: {error}", flush=True)
            failed |= any(e for _, e in results)
    return 1 if failed else 0


PROGRAM_QUESTIONS = ("{} 신청 대상은 누구인가요?", "{} 지원 내용은 무엇인가요?", "{} 신청 기간은 언제인가요?",
                     "{} 문의처는 어디인가요?")


def distinct_questions(paths: list[Path], program_files: list[Path] = ()) -> list[str]:
    """Every distinct question of the files, then four about each named program, in file order."""
    seen: dict[str, None] = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                question = json.loads(line).get("question")
                if isinstance(question, str) and question.strip():
                    seen.setdefault(question.strip(), None)
    for path in program_files:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            name = json.loads(line).get("name") if line.strip() else None
            if isinstance(name, str) and name.strip():
                for template in PROGRAM_QUESTIONS:
                    seen.setdefault(template.format(name.strip()), None)
    if not seen:
        raise SystemExit(f"error: no questions in {[str(p) for p in paths]}")
    return list(seen)


def _loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        return all(ipaddress.ip_address(info[4][0]).is_loopback for info in socket.getaddrinfo(host, None))
    except (OSError, ValueError):
        return False


async def run_api(url: str, asked: list[str], users: int, requests: int, seconds: float) -> list[tuple[float, str]]:
    """(latency seconds, error or "") for every question sent through POST /api/ask by `users` people at once."""
    import httpx

    async def ask(client, session: str, question: str) -> str:
        reply = await client.post("/api/ask", json={"question": question})
        body = reply.json()
        return "" if reply.status_code == 200 and "answer" in body else f"{reply.status_code} {body}"

    return await _crowd(lambda: httpx.AsyncClient(base_url=url.rstrip("/"), timeout=120), ask,
                        asked, users, requests, seconds)


async def _crowd(open_client, ask, asked: list[str], users: int, requests: int,
                 seconds: float) -> list[tuple[float, str]]:
    """`users` people at once, each with its own client and session, asking `requests` questions in turn
    (released together, stopped at `seconds`): (latency seconds, error or "") for every question.
    `ask(client, session, question)` returns "" or the error."""
    results: list[tuple[float, str]] = []
    deadline = time.monotonic() + seconds
    gate = asyncio.Event()

    async def person(n: int) -> None:
        async with open_client() as client:
            session = uuid.uuid4().hex
            await gate.wait()
            for i in range(requests):
                if time.monotonic() > deadline:
                    return
                t = time.perf_counter()
                try:
                    error = await ask(client, session, asked[n * requests + i])
                except Exception as exc:  # every failure is counted and reported, none stops the run
                    error = f"{type(exc).__name__}: {str(exc)[:120]}"
                results.append((time.perf_counter() - t, error))

    tasks = [asyncio.create_task(person(n)) for n in range(users)]
    await asyncio.sleep(0.2)
    gate.set()
    await asyncio.gather(*tasks)
    return results


async def run_ui(url: str, asked: list[str], users: int, requests: int, seconds: float) -> list[tuple[float, str]]:
    """(latency seconds, error or "") for every question sent through the Gradio app's question API (`/ask`)
    by `users` people at once, each as a browser tab does it: its own connection and session, each question
    joined to Gradio's queue and its result read from the queue's event stream (the "sse_v3" protocol).

    One asyncio loop drives them all: a gradio_client Client per person (two threads and a heartbeat each)
    cost the load generator more CPU than the app it measured, on the same cores."""
    import httpx

    base = url.rstrip("/")
    try:
        config = httpx.get(f"{base}/config", timeout=30).json()
        prefix, fn_index = config.get("api_prefix", "/gradio_api"), _fn_index(config)
    except (httpx.HTTPError, ValueError) as exc:
        raise SystemExit(f"error: no Gradio app at {url} ({type(exc).__name__}) — start it with `python app.py`")

    async def ask(client, session: str, question: str) -> str:
        joined = await client.post(f"{prefix}/queue/join", json={
            "data": [question, "", []], "fn_index": fn_index, "session_hash": session,
            "trigger_id": None, "event_data": None})
        if joined.status_code != 200:
            return f"join {joined.status_code} {joined.text[:120]}"
        async with client.stream("GET", f"{prefix}/queue/data", params={"session_hash": session}) as stream:
            async for line in stream.aiter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    output = message.get("output") or {}
                    reply = (output.get("data") or [None])[0]
                    if not message.get("success") or not isinstance(reply, dict):
                        return f"reply {str(output)[:120]}"
                    return "" if reply.get("reason") != "busy" else f"reply {str(reply)[:120]}"
        return "the event stream closed without a result"

    return await _crowd(lambda: httpx.AsyncClient(base_url=base, timeout=CLIENT_HTTP["timeout"]), ask,
                        asked, users, requests, seconds)


def _fn_index(config: dict) -> int:
    names = [d.get("api_name") for d in config.get("dependencies", [])]
    for name in PREFERRED:
        for dependency in config.get("dependencies", []):
            if dependency.get("api_name") == name.lstrip("/"):
                return int(dependency["id"])
    raise SystemExit(f"error: the app exposes {[n for n in names if n]}, none of {PREFERRED}")


def row(face: str, users: int, requests: int, results: list[tuple[float, str]], wall: float) -> str:
    if not results:
        return f"| {face} | {users} | {requests} | 0 | — | — | — | — | — | {wall:.1f} |"
    s = np.asarray([t for t, _ in results])
    errors = sum(1 for _, e in results if e)
    p50, p95, p99 = (np.percentile(s, q) for q in (50, 95, 99))
    return f"| {face} | {users} | {requests} | {len(results)} | {errors} | {p50:.2f} | {p95:.2f} | {p99:.2f} | {s.max():.2f} | {wall:.1f} |"
