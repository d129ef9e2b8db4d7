"""Seconds from starting the app on a fresh index to its first right answer about a bundled program.

    python scripts/first_start.py                       # runs `bash scripts/run.sh --port P` (after scripts/setup.sh)
    python scripts/first_start.py --python .venv/bin/python   # run.sh's steps without its setup check

The app starts with a new, empty index directory (JOBQA_INDEX_DIR in a scratch folder), so it
builds the index from knowledge/ first, as on a fresh clone. The question is polled through
`POST /api/ask` (the app's HTTP API) when the app serves it, else through the Gradio API
(`gradio_client`, endpoint /ask), every half second, until the answer holds the expected text.
Prints the seconds and exits 0; exits 1 when the app stops or the time limit passes first.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTION = "청년 구직활동비 지원 신청기간 언제예요?"  # a bundled program (knowledge/youthcenter_policies.json)
EXPECT = "2025.04.14"  # its application period starts then
POLL_SECONDS = 0.5


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _command(args, port: int, index_dir: Path) -> list[str]:
    if args.python is None:
        return ["bash", "scripts/run.sh", "--port", str(port)]
    py, index = shlex.quote(args.python), shlex.quote(str(index_dir))
    script = (f"{py} ingest.py --index-dir {index} || [ $? -eq 3 ]; "
              f"exec {py} app.py --index-dir {index} --port {port}")
    return ["bash", "-c", script]


def _ask_http(url: str, question: str) -> str | None:
    """The answer text from POST /api/ask; None when the app is not up or has no such endpoint."""
    request = urllib.request.Request(f"{url}/api/ask", data=json.dumps({"question": question}).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError):
        return None
    return str(body.get("answer", "")) if isinstance(body, dict) else None


def _serving(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _ask_gradio(url: str, question: str) -> str | None:
    from gradio_client import Client

    try:
        result = Client(url, verbose=False).predict(question, "", None, api_name="/ask")
    except Exception:  # not ready yet
        return None
    return str(result.get("answer", "")) if isinstance(result, dict) else str(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/first_start.py", description=__doc__.split("\n")[0])
    parser.add_argument("--python", help="run run.sh's steps with this interpreter instead of bash scripts/run.sh")
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--expect", default=EXPECT, help="text the right answer holds")
    parser.add_argument("--timeout", type=float, default=600, help="give up after this many seconds")
    args = parser.parse_args(argv)
    port, scratch = _free_port(), Path(tempfile.mkdtemp(prefix="first-start-"))
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "JOBQA_INDEX_DIR": str(scratch / "index"), "JOBQA_FEEDBACK_DB": str(scratch / "feedback.sqlite3")}
    log = open(scratch / "app.log", "w", encoding="utf-8")
    started = time.monotonic()
    process = subprocess.Popen(_command(args, port, scratch / "index"), cwd=REPO, env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    answered = False
    try:
        while time.monotonic() - started < args.timeout:
            if process.poll() is not None:
                print(f"the app stopped (exit {process.returncode}) before answering; see {scratch / 'app.log'}")
                return 1
            answer = _ask_http(url, args.question)
            via = "POST /api/ask"
            if answer is None and _serving(url):
                answer, via = _ask_gradio(url, args.question), "Gradio API /ask"
            if answer is not None and args.expect in answer:
                answered = True
                seconds = time.monotonic() - started
                print(f"first right answer after {seconds:.1f} s (via {via}; fresh index built from knowledge/)")
                return 0
            time.sleep(POLL_SECONDS)
        print(f"no right answer within {args.timeout:.0f} s; see {scratch / 'app.log'}")
        return 1
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
        log.close()
        if answered:  # keep the log (and the index) only when something went wrong
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
