"""A fresh clone's knowledge/: the five articles and the 461 bundled programs, indexed through the shipped
vector cache (nothing embedded: the cache holds every passage), answering as a citizen would ask."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.documents.portal import EXPORT_FILE

REPO = Path(__file__).resolve().parent.parent
SNAPSHOT = json.loads((REPO / "knowledge" / EXPORT_FILE).read_text(encoding="utf-8"))
AS_OF = SNAPSHOT["snapshotDate"]
SITUATION = "27살 백수인데 의정부에서 뭐 신청할 수 있어요?"  # the README's example
LOCAL = ("경기도 의정부시", "의정부시", "경기도")


@pytest.fixture(scope="module")
def bundled(tmp_path_factory, analyzer, embedder):
    """(settings, ingest report) of knowledge/ copied as a clone has it, cache included."""
    from assistant.index.build import run_ingest

    scratch = tmp_path_factory.mktemp("clone")
    shutil.copytree(REPO / "knowledge", scratch / "knowledge")
    settings = load_settings({}, source_dir=scratch / "knowledge", index_dir=scratch / "index")
    return settings, run_ingest(settings, analyzer=analyzer, embedder=embedder)


@pytest.fixture(scope="module")
def assistant(bundled, analyzer, embedder):
    from assistant.engine import Assistant

    return Assistant.open(bundled[0], analyzer=analyzer, embedder=embedder)


def test_the_shipped_vector_cache_holds_every_passage_of_knowledge(bundled):
    """Fails when knowledge/, chunking or rendering changed without `python -m assistant vectors --rebuild`."""
    _, report = bundled
    assert len(report.added) == 5 + len(SNAPSHOT["result"]["youthPolicyList"])
    assert report.embedded == 0, f"{report.embedded} passages missed the cache: run python -m assistant vectors --rebuild"
    assert report.reused == report.chunks


def test_the_catalog_holds_the_bundled_programs_with_their_date(bundled, assistant):
    from assistant.ui.catalog import TABLE_COLUMNS, catalog_rows

    exported = [p for p in assistant.catalog() if p.source.startswith(f"{EXPORT_FILE}#")]
    assert len(exported) >= 400
    assert {p.meta.get("as_of") for p in exported} == {AS_OF}
    rows = catalog_rows(assistant, text="면접수당")
    assert rows and all(row[TABLE_COLUMNS.index("기준일")] == AS_OF for row in rows)
    done = subprocess.run([sys.executable, "-m", "assistant", "catalog", "--json", "--index-dir", str(bundled[0].index_dir)],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    entries = json.loads(done.stdout)
    assert sum(e["as_of"] == AS_OF for e in entries) == len(exported)


def test_a_question_about_a_bundled_program_is_answered_with_its_date(assistant):
    record = next(r for r in SNAPSHOT["result"]["youthPolicyList"] if r["plcyNm"] == "청년 구직활동비 지원")
    answer = assistant.ask("청년 구직활동비 지원 신청기간 언제예요?")
    start = record["aplyYmd"][:8]
    assert f"{start[:4]}.{start[4:6]}.{start[6:]}" in answer.text
    assert answer.citations[0].source == f"{EXPORT_FILE}#{record['plcyNo']}"
    assert any(AS_OF in note for note in answer.notes)


def test_the_situation_example_finds_programs_of_the_city_and_province(assistant):
    from assistant.answer.situation import situation_in
    from assistant.language.regions import load_regions

    matches = assistant.find(situation_in(SITUATION, load_regions()))
    local = [m for m in matches if set(m.program.fact("regions").value or []) & set(LOCAL)]
    assert local, "no 의정부시 or 경기도 program judged eligible for a 27-year-old in 의정부"
    answer = assistant.ask(SITUATION)
    assert answer.citations and any(AS_OF in note for note in answer.notes)


def test_the_situation_example_lists_a_program_of_the_city_or_province(assistant):
    answer = assistant.ask(SITUATION)
    regions = {c.municipality for c in answer.citations}
    assert regions & set(LOCAL), f"listed only programs of {sorted(regions)}"


def test_what_changed_without_a_sync_says_so_with_the_date(assistant):
    answer = assistant.ask("최근에 바뀐 사업 있어요?")
    assert answer.abstained and AS_OF in answer.text and "동기화" in answer.text


def test_the_policy_eval_corpus_holds_the_dev_policies_once(tmp_path):
    """evals/policy_corpus.py renders the dev policies itself: from knowledge/ it copies only the seed articles."""
    from evals.policy_corpus import SOURCE_DIR, build_corpus

    build_corpus(tmp_path, limit=4)
    names = sorted(p.name for p in (tmp_path / SOURCE_DIR).iterdir())
    assert EXPORT_FILE not in names and not [n for n in names if n.startswith(".")]
    assert sorted(n for n in names if n.endswith(".txt") and n[:3].isdigit()) == sorted(
        p.name for p in (REPO / "knowledge").glob("*.txt"))


# ---- English questions: the same pipeline, an English frame (issue 22, finding 6) --------------------------


def _listed(text: str) -> list[str]:
    """The program names of a list answer, in order (the part of each '• ' line before ' — ')."""
    return [line[2:].split(" — ")[0].split(" (")[0] for line in text.splitlines() if line.startswith("• ")]


def test_an_english_situation_question_lists_the_same_programs_as_the_korean_one(assistant):
    english = assistant.ask("What job programs can a 25-year-old in Seoul apply for?")
    korean = assistant.ask("서울 사는 25살인데 신청할 수 있는 일자리 사업 뭐 있어요?")
    assert _listed(english.text) and _listed(english.text) == _listed(korean.text)
    assert [c.source for c in english.citations] == [c.source for c in korean.citations]
    assert "(원문)" in english.text and "신청 기간 미상" not in english.text  # Korean quotes marked, states in English
    assert "more: see the full list" in english.text or len(_listed(english.text)) < 10
    assert not any(line.startswith(("마감된", "지금 상태")) for line in english.text.splitlines())


def test_an_english_field_question_gets_the_field_answer_with_the_korean_line_marked(assistant):
    answer = assistant.ask("How much is the interview allowance in Gyeonggi?")
    korean = assistant.ask("경기도 면접수당은 얼마예요?")
    assert not answer.abstained and answer.text.startswith("Amount — the document says (원문): ")
    quoted = answer.text.split("(원문): ", 1)[1].split(" [")[0]
    assert quoted in korean.text and "만원" in quoted and "면접" in quoted
    assert quoted.split(":")[-1].strip()[:15] in answer.citations[0].passage  # the quote is inside its passage
