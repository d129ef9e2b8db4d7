"""Ingest behaviour that matters at scale: an interrupted ingest leaves the live index alone, and the
next one completes, reusing the vectors the interrupted one had already embedded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evals.policy_corpus import copy_seed_articles

from assistant.config import load_settings
from assistant.engine import Assistant
from assistant.index.store import read_current
from assistant.index.build import run_ingest

REPO = Path(__file__).resolve().parent.parent
CHANGED = "004_f7151f5f38947686.txt"
FACT = "\n의정부시는 청년 취업 박람회를 매년 9월 의정부역 광장에서 연다.\n"
QUESTION = "의정부시 청년 취업 박람회는 어디에서 열리나요?"


class InterruptingEmbedder:
    """The real embedder that is 'killed' (KeyboardInterrupt) on its `fail_on`-th batch."""

    def __init__(self, real, fail_on: int):
        self.real, self.fail_on, self.calls, self.texts = real, fail_on, 0, 0
        self.name = real.name

    def embed_documents(self, texts):
        self.calls += 1
        if self.calls == self.fail_on:
            raise KeyboardInterrupt
        self.texts += len(texts)
        return self.real.embed_documents(texts)

    def embed_query(self, text):
        return self.real.embed_query(text)


@pytest.mark.slow
def test_an_ingest_after_an_interrupted_one_completes_and_reuses_its_vectors(
    tmp_path, monkeypatch, analyzer, embedder
):
    source = tmp_path / "knowledge"
    copy_seed_articles(source, REPO / "knowledge")  # the articles, not the bundled export
    for name in ("000_3e53feb907e695fd.txt", "001_1a5e258c03fa5bd7.txt", "003_42356f59f6b58290.txt"):
        (source / name).unlink()  # two documents keep the real embedder's work small
    settings = load_settings({}, index_dir=tmp_path / "index", source_dir=source)
    first = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    live = first.generation

    (source / CHANGED).write_text((source / CHANGED).read_text(encoding="utf-8") + FACT, encoding="utf-8")
    shutil.copy(REPO / "knowledge" / "000_3e53feb907e695fd.txt", source / "005_new.txt")
    monkeypatch.setattr("assistant.index.build.EMBED_BATCH", 4)
    interrupting = InterruptingEmbedder(embedder, fail_on=3)
    with pytest.raises(KeyboardInterrupt):
        run_ingest(settings, analyzer=analyzer, embedder=interrupting)

    assert read_current(settings.index_dir) == live  # the previous generation stays live and whole
    assistant = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    assert "의정부역" not in assistant.ask(QUESTION).text
    assert "우수상" in assistant.ask("의정부시가 받은 상은 무엇인가요?").text

    second = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assert second.updated == [CHANGED] and second.added == ["005_new.txt"]
    assert second.reused >= interrupting.texts > 0  # what the interrupted run embedded is not embedded again
    # every chunk of the two new or changed files went through the lookup: reused or embedded, never both
    through_lookup = second.chunks - first.chunks + _chunks_of(first, settings.index_dir, CHANGED)
    assert second.reused + second.embedded == through_lookup
    assert read_current(settings.index_dir) == second.generation != live
    unfinished = [p.name for p in Path(settings.index_dir).glob("gen-*") if not (p / "manifest.json").exists()]
    assert unfinished == []  # the abandoned build was deleted once its vectors were reused

    answer = assistant.ask(QUESTION)  # the open assistant picks up the new generation by itself
    assert "의정부역" in answer.text
    assert CHANGED in {c.source for c in answer.citations}


def _chunks_of(report, index_dir, source: str) -> int:
    """How many chunks `source` had in the generation `report` made (the one before the live one is kept)."""
    manifest = Path(index_dir) / report.generation / "manifest.json"
    return len(json.loads(manifest.read_text(encoding="utf-8"))["documents"][source]["chunk_ids"])


@pytest.mark.slow
def test_a_failed_ingest_then_a_reset_ingest_gives_a_working_index(tmp_path, analyzer, embedder):
    source = tmp_path / "knowledge"
    source.mkdir()
    shutil.copy(REPO / "knowledge" / CHANGED, source)
    settings = load_settings({}, index_dir=tmp_path / "index", source_dir=source)
    with pytest.raises(KeyboardInterrupt):
        run_ingest(settings, analyzer=analyzer, embedder=InterruptingEmbedder(embedder, fail_on=1))
    assert read_current(settings.index_dir) is None

    report = run_ingest(settings, analyzer=analyzer, embedder=embedder, reset=True)
    assert report.added == [CHANGED] and report.reused == 0
    assistant = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    answer = assistant.ask("의정부시가 받은 상은 무엇인가요?")
    assert "우수상" in answer.text and answer.citations[0].source == CHANGED
