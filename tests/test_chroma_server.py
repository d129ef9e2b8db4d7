"""Server mode end to end: a real `chroma run` on loopback, the CLI's ingest and ask against it."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from evals.policy_corpus import copy_seed_articles

REPO = Path(__file__).resolve().parent.parent
CHROMA = Path(sys.executable).parent / "chroma"
FACT = "\n의정부시는 청년 취업 박람회를 매년 9월 의정부역 광장에서 연다.\n"
QUESTION = "의정부시 청년 취업 박람회는 어디에서 열리나요?"

pytestmark = [
    pytest.mark.server,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMA.exists(), reason=f"no `chroma` executable at {CHROMA} (it comes with chromadb)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env() -> dict:
    return {**os.environ, "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


@pytest.fixture
def chroma_server(tmp_path):
    """(host, port) of a fresh Chroma server persisting under tmp_path; stopped after the test."""
    port = _free_port()
    log = open(tmp_path / "chroma.log", "wb")
    command = [str(CHROMA), "run", "--path", str(tmp_path / "chroma-db"), "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=_env())
    try:
        _wait_for_heartbeat(port, proc, tmp_path / "chroma.log")
        yield "127.0.0.1", port, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _wait_for_heartbeat(port: int, proc, log_path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:]
            pytest.fail(f"chroma run exited with {proc.returncode}: {tail}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"chroma run did not answer its heartbeat within {timeout:.0f} s")


def _cli(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, *args]
    return subprocess.run(command, cwd=REPO, env=_env(), capture_output=True, text=True, timeout=600)


def test_ingest_and_ask_against_a_chroma_server(tmp_path, chroma_server):
    host, port, _ = chroma_server
    source, index = tmp_path / "knowledge", tmp_path / "index"
    copy_seed_articles(source, REPO / "knowledge")  # the five articles, not the bundled export
    server = ["--index-dir", str(index), "--chroma-host", host, "--chroma-port", str(port)]

    first = _cli("ingest.py", "--source", str(source), "--quiet", *server)
    assert first.returncode == 0, first.stderr
    assert "added 5, updated 0" in first.stdout
    assert not (index / "chroma").exists()  # the vectors live in the server; lexical files stay here

    before = _ask(QUESTION, server)
    assert "의정부역" not in before["answer"]

    asked = _ask("의정부시가 받은 상은 무엇인가요?", server)
    assert "우수상" in asked["answer"]
    assert asked["citations"] and asked["citations"][0]["source"] == "004_f7151f5f38947686.txt"

    changed = source / "004_f7151f5f38947686.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + FACT, encoding="utf-8")
    second = _cli("ingest.py", "--source", str(source), "--quiet", *server)
    assert second.returncode == 0, second.stderr
    assert "updated 004_f7151f5f38947686.txt" in second.stdout
    assert "added 0, updated 1, removed 0, unchanged 4" in second.stdout

    after = _ask(QUESTION, server)
    assert "의정부역" in after["answer"]
    assert "004_f7151f5f38947686.txt" in {c["source"] for c in after["citations"]}


def _ask(question: str, server: list[str]) -> dict:
    done = _cli("-m", "assistant", "ask", question, "--json", *server)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_server_that_is_down_is_one_line_exit_2(tmp_path, chroma_server, analyzer, embedder):
    host, port, proc = chroma_server
    from assistant.config import load_settings
    from assistant.index.build import run_ingest

    source = tmp_path / "one"
    source.mkdir()
    shutil.copy(REPO / "knowledge" / "004_f7151f5f38947686.txt", source)
    settings = load_settings({}, index_dir=tmp_path / "index", source_dir=source, chroma_host=host, chroma_port=port)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    proc.terminate()
    proc.wait(timeout=10)

    server = ["--index-dir", str(tmp_path / "index"), "--chroma-host", host, "--chroma-port", str(port)]
    for args in (["-m", "assistant", "ask", "의정부시가 받은 상은?", *server],
                 ["ingest.py", "--source", str(REPO / "knowledge"), "--quiet", *server]):
        done = _cli(*args)
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip().count("\n") == 0, done.stderr
        assert done.stderr.startswith(f"error: cannot reach the Chroma server at {host}:{port}")
        assert "Traceback" not in done.stderr
