"""The catalog and finder where people meet them: the CLI's JSON contract and a situation question in chat."""

from __future__ import annotations

import json

from assistant.cli import main

CATALOG_KEYS = {"title", "source", "regions", "age_min", "age_max", "status", "groups", "benefit", "head_count",
                "apply_start", "apply_end", "apply_note", "contact", "as_of", "evidence"}
FIND_KEYS = {"title", "source", "verdict", "reasons", "open", "apply_end", "citations"}


def _json(capsys, *args: str):
    code = main(list(args))
    out = capsys.readouterr()
    return code, (json.loads(out.out) if code == 0 else None), out.err


def test_catalog_json_lists_programs_with_their_quoted_evidence(capsys, knowledge_settings):
    code, rows, _ = _json(capsys, "catalog", "--json", "--index-dir", str(knowledge_settings.index_dir))
    assert code == 0 and rows
    assert all(set(row) == CATALOG_KEYS for row in rows)
    gangnam = next(r for r in rows if "경진대회" in r["title"])
    assert (gangnam["age_min"], gangnam["age_max"]) == (18, 32)
    assert "만 18~32세" in gangnam["evidence"]["age"]
    assert gangnam["source"] == "003_42356f59f6b58290.txt"


def test_find_lists_admitted_programs_and_all_adds_the_failing_condition(capsys, knowledge_settings):
    index = ["--index-dir", str(knowledge_settings.index_dir)]
    code, rows, _ = _json(capsys, "find", "--age", "27", "--region", "강남구", "--status", "미취업", "--json", *index)
    assert code == 0 and all(set(r) == FIND_KEYS for r in rows)
    assert all(r["verdict"] != "ineligible" for r in rows)
    assert any("경진대회" in r["title"] and r["verdict"] == "eligible" for r in rows)
    _, everything, _ = _json(capsys, "find", "--age", "33", "--region", "강남구", "--all", "--json", *index)
    failed = next(r for r in everything if "경진대회" in r["title"])
    assert failed["verdict"] == "ineligible" and "18~32" in failed["reasons"][0]
    assert any("만 18~32세" in c["quote"] for c in failed["citations"])


def test_find_with_an_unknown_region_says_so_in_one_line(capsys, knowledge_settings):
    code, _, err = _json(capsys, "find", "--age", "27", "--region", "아틀란티스", "--index-dir", str(knowledge_settings.index_dir))
    assert code == 2
    assert err.strip().count("\n") == 0 and "아틀란티스" in err


def test_a_situation_question_gets_a_cited_list_of_programs(knowledge_assistant):
    answer = knowledge_assistant.ask("27살 취준생인데 강남구 사는데 신청할 수 있는 사업 뭐 있어요?")
    assert not answer.abstained
    assert "강남 취업경진대회" in answer.text and "[1]" in answer.text
    assert answer.citations and all(c.snippet in c.passage for c in answer.citations)
    assert any("만 18~32세" in c.snippet for c in answer.citations)


def test_a_situation_without_an_age_asks_for_it(knowledge_assistant):
    answer = knowledge_assistant.ask("강남구 사는 미취업 청년인데 받을 수 있는 지원 뭐 있어요?")
    assert "나이를 알려주시면" in answer.text
    cli_titles = {m.program.title for m in knowledge_assistant.find(__import__("assistant.programs.finder",
                  fromlist=["Situation"]).Situation(None, "강남구", "미취업"))}
    assert "강남 취업경진대회" in cli_titles and "강남 취업경진대회" in answer.text


NOTICE = """[{name}] 시행 공고
○ (사업명) {name}
○ (지원대상) 의정부시에 거주하는 만 19세 ~ {age}세 미취업 청년
○ (신청기간) 2025. 5. 1.(목) ~ 2025. 5. 31.(토)
"""


def test_ingest_stores_the_catalog_and_rereads_only_changed_documents(tmp_path, analyzer, embedder):
    from assistant.config import load_settings
    from assistant.index.build import run_ingest
    from assistant.index.store import read_current
    from assistant.catalog_cli import live_catalog

    source = tmp_path / "docs"
    source.mkdir()
    (source / "a.txt").write_text(NOTICE.format(name="청년 면접수당", age=39), encoding="utf-8")
    (source / "b.txt").write_text(NOTICE.format(name="청년 교통비", age=34), encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path / "index", source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    first = {p.source: p for p in live_catalog(settings.index_dir)}
    assert first["b.txt"].age == (19, 34)
    (source / "b.txt").write_text(NOTICE.format(name="청년 교통비", age=39), encoding="utf-8")
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    second = {p.source: p for p in live_catalog(settings.index_dir)}
    assert (settings.index_dir / read_current(settings.index_dir) / "catalog.jsonl").exists()
    assert second["b.txt"].age == (19, 39)  # the edited notice was read again
    assert second["a.txt"] == first["a.txt"]  # the unchanged one kept its record


def test_staff_statistics_show_how_much_of_the_catalog_is_stated(knowledge_assistant):
    stats = knowledge_assistant.stats()
    assert stats["programs"] == len(knowledge_assistant.catalog()) > 0
    assert stats["program_fields_stated"]["name"] == 1.0
    assert 0 <= stats["program_fields_stated"]["age"] < 1.0


def test_ingest_with_no_changed_document_rewrites_a_catalog_written_by_older_extraction_code(tmp_path, analyzer, embedder):
    import json

    from assistant.config import load_settings
    from assistant.index.build import run_ingest
    from assistant.index.store import read_current
    from assistant.programs.storage import extractor_version

    source = tmp_path / "docs"
    source.mkdir()
    (source / "a.txt").write_text(NOTICE.format(name="청년 면접수당", age=39), encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path / "index", source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    generation = read_current(settings.index_dir)
    path = settings.index_dir / generation / "catalog.jsonl"
    stale = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in stale:  # what older code might have read: no age
        row["extractor"], row["facts"]["age"] = "older-code", {"value": None, "status": "not_stated"}
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stale), encoding="utf-8")
    report = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assert not report.changed and report.generation == generation
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["extractor"] == extractor_version() for r in rows)
    assert [(r["source"], r["facts"]["age"]["value"]) for r in rows] == [("a.txt", [19, 39])]


def test_a_name_fitting_several_nationwide_programs_and_no_place_lists_them_all():
    # (it used to settle the nationwide ones among themselves for ever: a RecursionError out of the engine)
    from assistant.index.titles import Program, ProgramTitles

    programs = [Program(document_id=str(n), title=title, municipality="전국", source=f"{n}.md", rows=(), place_text="")
                for n, title in enumerate(("청년어업인 정착지원 사업", "청년어촌 정착지원 사업"))]
    named, others = ProgramTitles(programs=programs).settle(programs)
    assert [p.title for p in named] == ["청년어업인 정착지원 사업", "청년어촌 정착지원 사업"] and others == []
