"""`python -m benchmarks load --url http://127.0.0.1:7860`: simultaneous chats against the running app.

Loopback only, bounded by --requests and --seconds. Each of --users threads opens its own
gradio_client Client (as separate browsers would) and asks questions in turn through the app's
question API, found with Client.view_api(). Prints errors and latency percentiles.
"""

from __future__ import annotations

import argparse
import ipaddress
import socket
import sys
import threading
import time
from urllib.parse import urlparse

import numpy as np

from benchmarks.corpus import questions

PREFERRED = ("/ask", "/chat")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load", description=__doc__)
    parser.add_argument("--url", required=True, help="the app, e.g. http://127.0.0.1:7860 (loopback only)")
    parser.add_argument("--users", type=int, default=20, help="simultaneous chats")
    parser.add_argument("--requests", type=int, default=5, help="questions per user")
    parser.add_argument("--seconds", type=float, default=300, help="stop sending after this long")
    args = parser.parse_args(argv)
    if not _loopback(args.url):
        print(f"error: {args.url} is not a loopback address — the load test only runs against this machine",
              file=sys.stderr)
        return 2
    from gradio_client import Client

    try:
        probe = Client(args.url, verbose=False)
    except Exception as exc:
        print(f"error: no Gradio app at {args.url} ({type(exc).__name__}) — start it with `python app.py`",
              file=sys.stderr)
        return 2
    api = _api_name(probe)
    print(f"{args.users} users x {args.requests} questions via {api} on {args.url}", flush=True)
    results = run(args.url, api, args.users, args.requests, args.seconds)
    print(summarize(results))
    return 1 if any(error for _, error in results) else 0


def _loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        return all(ipaddress.ip_address(info[4][0]).is_loopback for info in socket.getaddrinfo(host, None))
    except (OSError, ValueError):
        return False


def _api_name(client) -> str:
    names = list(client.view_api(return_format="dict", print_info=False).get("named_endpoints", {}))
    for name in PREFERRED:
        if name in names:
            return name
    raise SystemExit(f"error: the app exposes {names}, none of {PREFERRED}")


def run(url: str, api: str, users: int, requests: int, seconds: float) -> list[tuple[float, str]]:
    """(latency seconds, error or "") for every question sent, from `users` threads started together."""
    from gradio_client import Client

    asked = questions(None, users * requests)
    results: list[tuple[float, str]] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(users)
    deadline = time.monotonic() + seconds

    def user(n: int) -> None:
        client = Client(url, verbose=False)
        start_gate.wait()
        for i in range(requests):
            if time.monotonic() > deadline:
                return
            question = asked[(n * requests + i) % len(asked)]
            t = time.perf_counter()
            try:
                args = (question, "", []) if api == "/ask" else (question,)
                reply = client.predict(*args, api_name=api)
                error = "" if reply else "empty reply"
            except Exception as exc:  # every failure is counted and reported, none stops the run
                error = f"{type(exc).__name__}: {str(exc)[:120]}"
            with lock:
                results.append((time.perf_counter() - t, error))

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def summarize(results: list[tuple[float, str]]) -> str:
    if not results:
        return "no question was answered"
    ms = np.asarray([t for t, _ in results]) * 1000
    errors = [e for _, e in results if e]
    lines = [f"{len(results)} questions, {len(errors)} errors; latency ms p50 {np.percentile(ms, 50):.0f} "
             f"p95 {np.percentile(ms, 95):.0f} p99 {np.percentile(ms, 99):.0f} max {ms.max():.0f}"]
    lines += [f"  error: {e}" for e in sorted(set(errors))[:5]]
    return "\n".join(lines)
