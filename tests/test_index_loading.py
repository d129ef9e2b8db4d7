"""Opening a generation fast: chunks read without their morphemes, the lexical index memory-mapped."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.index.reading import search_text
from assistant.index.store import GenerationWriter, lexical_scores, load_generation, read_chunks
from assistant.types import Chunk, DocumentMeta, SourceDocument

TRICKY = ['그는 "terms": [1] 이라고 썼다', '끝이 역슬래시\\', '따옴표 ", "terms": ["가"] 가 본문에', "보통 문장"]


def _write(tmp_path) -> None:
    writer = GenerationWriter(tmp_path, {"embedder": "test"})
    meta = DocumentMeta(title="제목", municipality="수원시", publisher="", published="2025-01-01", url="")
    doc = SourceDocument(document_id="d1", source="a.txt", text="\n".join(TRICKY), meta=meta, content_hash="h")
    chunks = [Chunk.from_metadata(text, {"chunk_id": f"d1:{i}", "document_id": "d1", "index": i, "start": 0,
                                         "end": len(text), "source": "a.txt", "title": "제목", "municipality": "수원시"})
              for i, text in enumerate(TRICKY)]
    writer.add_document(doc, chunks, [["그", "terms"], ["역슬래시"], ["따옴표", "terms", "본문"], ["보통", "문장"]])
    writer.commit()


def test_loading_skips_the_morphemes_but_keeps_every_chunk_exactly(tmp_path):
    _write(tmp_path)
    generation = load_generation(tmp_path)
    assert list(generation.chunks) == [c for c, _ in read_chunks(generation.path)]
    assert [c.text for c in generation.chunks] == TRICKY


def test_the_memory_mapped_lexical_index_scores_as_before(tmp_path):
    _write(tmp_path)
    generation = load_generation(tmp_path)
    scores = lexical_scores(generation, ["따옴표", "본문"])
    assert int(np.argmax(scores)) == 2 and scores[0] == 0 and scores[3] == 0
    assert isinstance(generation.bm25.scores["data"], np.memmap)  # read from disk on demand, shared between workers


PROGRAM = """[{name}] 시행 공고
○ (사업명) {name}
○ (지원대상) {place}에 거주하는 만 19세 ~ 39세 미취업 청년
○ (지원내용) 1회 5만원, 연 2회
○ (신청기간) 2025. 5. 1.(목) ~ 2025. 5. 31.(토)
"""


def test_ingest_saves_the_program_titles_and_a_reader_loads_them_instead_of_rereading_every_document(
        tmp_path, analyzer, embedder):
    from assistant.config import load_settings
    from assistant.index.build import run_ingest
    from assistant.index.store import read_chunk_texts, read_current
    from assistant.index.titles import GRAMS_FILE, PROGRAMS_FILE, ProgramTitles, load_titles

    source = tmp_path / "docs"
    source.mkdir()
    for i, (name, place) in enumerate([("청년 면접수당 지원", "의정부시"), ("청년 JUMP-UP 아카데미", "수원시"),
                                        ("가상융합기술 아카데미(메타버스 아카데미)", "전국")]):
        (source / f"p{i}.txt").write_text(PROGRAM.format(name=name, place=place), encoding="utf-8")
    (source / "news.txt").write_text("의정부시는 어제 청년 일자리 박람회를 열었다. 많은 청년이 찾았다.", encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path / "index", source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    generation = settings.index_dir / read_current(settings.index_dir)

    saved = load_titles(generation)
    read = ProgramTitles(list(read_chunk_texts(generation)))
    assert saved is not None and list(saved.programs) == read.programs and len(saved.programs) == 3  # news: no program
    for question in ("점프업 아카데미 언제 신청해요?", "메타버스 아카데미 대상은?", "면접수당 얼마 줘요?", "박람회 언제였어요?"):
        assert saved.match(question) == read.match(question)
        assert [saved.named_share(question, p.source) for p in read.programs] == pytest.approx(
            [read.named_share(question, p.source) for p in read.programs])
    assert [p.title for p in saved.match("점프업 아카데미 언제 신청해요?")] == ["청년 JUMP-UP 아카데미"]

    for program in read.programs:  # found by source and document without reading every program
        assert saved.at(program.source) == program and saved.of_document(program.document_id) == program
    # programs.json of an older format (every program in it, keys made by an older name_key) is not trusted
    rows = [[p.document_id, p.title, p.municipality, p.source, list(p.rows), p.place_text, p.published]
            for p in read.programs]
    (generation / PROGRAMS_FILE).write_text(json.dumps({"format": 2, "programs": rows, "keys": saved.keys,
                                                        "grams": len(saved.table.vocab)}), encoding="utf-8")
    assert load_titles(generation) is None
    # a generation written before titles were saved: an ingest with nothing changed adds them
    (generation / PROGRAMS_FILE).unlink()
    (generation / GRAMS_FILE).unlink()
    assert load_titles(generation) is None
    report = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assert report.generation == generation.name and list(load_titles(generation).programs) == read.programs


def test_the_snapshot_dates_are_read_from_the_records_alone_exactly_as_a_full_parse_reads_them(tmp_path):
    """The 기준일 note's dates, read without parsing texts or records: texts and other fields that spell the key
    (quoted, as JSON escapes them) do not fool it, and documents without a record or without the field have none."""
    from assistant.index.store import read_documents, read_record_field

    writer = GenerationWriter(tmp_path, {"embedder": "test"})
    meta = DocumentMeta(title="제목", municipality="수원시", publisher="", published="2025-01-01", url="")
    records = {
        "p#1": {"plcyNm": 'a "snapshotDate": "1999-01-01" b', "snapshotDate": "2025-11-04", "regions": ["수원시"]},
        "p#2": {"snapshotDate": "2025-12-01", "memo": '끝 ", "record": {"snapshotDate": "2000-01-01"}'},
        "p#3": {"plcyNm": "기준일 없는 기록"},
        "plain.txt": {},
    }
    for n, (source, record) in enumerate(records.items()):
        text = f'본문 {n}: , "record": {{"snapshotDate": "1900-01-01"}} 따옴표 ", "text": "가"'
        writer.add_document(SourceDocument(document_id=f"d{n}", source=source, text=text, meta=meta,
                                           content_hash=f"h{n}", record=record), [], [])
    writer.commit()
    generation = load_generation(tmp_path)
    full = {d.source: d.record["snapshotDate"] for d in read_documents(generation.path) if "snapshotDate" in d.record}
    assert read_record_field(generation.path, "snapshotDate") == full == {"p#1": "2025-11-04", "p#2": "2025-12-01"}
    # ... and the ingest saved them, so a reader reads neither
    from assistant.index.store import read_snapshot_dates

    assert read_snapshot_dates(generation.path, "snapshotDate") == full


def test_the_chunk_table_gives_every_chunk_field_and_column_exactly_as_chunks_jsonl_does(tmp_path):
    """A reader opens the table written at ingest instead of parsing chunks.jsonl: the same chunks, rows, columns,
    places and years, and a word is found in the passages exactly when the old joined text holds it."""
    from assistant.index.table import TABLE_DIR, ChunkTable

    writer = GenerationWriter(tmp_path, {"embedder": "test"})
    texts = [*TRICKY, "끝 ", "", "청년 수당\n은 월 50만원"]
    places = ["수원시", "고양시;파주시", "", "수원시", "전국", "수원시", "의정부시"]
    for d in range(2):
        meta = DocumentMeta(title=f"제목{d}", municipality=places[d], publisher="시청", published=f"{2023 + d}-05",
                            url="https://example.org" if d else "")
        doc = SourceDocument(document_id=f"d{d}", source=f"{d}.txt", text="\n".join(texts), meta=meta,
                             content_hash=f"h{d}")
        chunks = [Chunk(f"d{d}:{i}", f"d{d}", i, text, i * 10, i * 10 + len(text), doc.source,
                        DocumentMeta(title=meta.title, municipality=places[(i + d) % len(places)],
                                     published=meta.published if i else "", url=meta.url),
                        section="지원대상" if i % 2 else "")
                  for i, text in enumerate(texts)]
        writer.add_document(doc, chunks, [[t] for t in texts])
    writer.commit()
    opened = load_generation(tmp_path)
    assert isinstance(opened.chunks, ChunkTable)
    (tmp_path / read_current_name(tmp_path) / TABLE_DIR / "header.json").unlink()  # an index written before tables
    older = load_generation(tmp_path)
    assert isinstance(older.chunks, list) and len(older.chunks) == len(opened.chunks) == 2 * len(texts)
    assert list(opened.chunks) == older.chunks == [c for c, _ in read_chunks(opened.path)]
    assert opened.chunks[-1] == older.chunks[-1] and opened.chunks[3:5] == older.chunks[3:5]
    for name in ("municipality", "published_year", "document_id", "title", "url"):
        assert opened.column(name).tolist() == older.column(name).tolist(), name
    assert sorted(opened.distinct("municipality")) == older.distinct("municipality")
    assert [opened.row(c.chunk_id) for c in older.chunks] == list(range(len(older.chunks)))
    assert opened.row("d9:0") is None and older.row("d9:0") is None
    joined = "\n".join(c.text.replace(" ", "") for c in older.chunks)
    for word in ("청년수당", "은월", "역슬래시\\", "수당\n은", "없는말", "끝"):
        assert (opened.words().find(word.encode()) >= 0) == (word in joined) == (older.words().find(word.encode()) >= 0)


def read_current_name(index_dir) -> str:
    from assistant.index.store import read_current

    return read_current(index_dir)


MATCH_UP = """[청년 매치업 프로그램] 모집 공고
○ (사업명) 청년 매치업 프로그램
○ (지원대상) 수원시에 거주하는 만 19세 ~ 39세 미취업 청년
○ (지원내용) 멘토와 1:1 매치업, 월 2회
○ (신청기간) 2025. 5. 1.(목) ~ 2025. 5. 31.(토)
"""


def test_an_index_tokenized_with_kiwis_multi_word_names_is_read_with_them_until_an_ingest_tokenizes_it_again(
        tmp_path, analyzer, embedder):
    """Kiwi loads ~3x faster without its multi-word names, and they change a few morphemes ("매치업" is the name
    "매치 업" with them). An index written before records no analyzer: questions are cut as its passages were,
    and the next ingest makes every morpheme again with the faster analyzer, embedding nothing again."""
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest
    from assistant.index.generations import LEXICAL_FILE
    from assistant.index.store import read_current
    from assistant.language.korean import KoreanAnalyzer

    source = tmp_path / "docs"
    source.mkdir()
    (source / "matchup.txt").write_text(MATCH_UP, encoding="utf-8")
    (source / "news.txt").write_text("의정부시는 어제 청년 일자리 박람회를 열었다. 많은 청년이 찾았다.", encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path / "index", source_dir=source)
    older = KoreanAnalyzer(multi_word_names=True)
    assert "매치 업" in older.terms("청년 매치업") and "매치업" in analyzer.terms("청년 매치업")
    run_ingest(settings, analyzer=older, embedder=embedder)
    before = tmp_path / "index" / read_current(settings.index_dir)
    (before / LEXICAL_FILE).unlink()  # as written before the analyzer was recorded
    assert any("매치 업" in terms for _, terms in read_chunks(before))

    opened = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    assert opened.analyzer.name == "kiwi" and opened.analyzer is not analyzer  # the one the index was cut with
    hits = opened.retrieve("매치업 신청기간", k=1)
    assert hits and hits[0].chunk.source == "matchup.txt" and hits[0].lexical > 0

    report = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assert report.generation != before.name and sorted(report.unchanged) == ["matchup.txt", "news.txt"]
    assert report.embedded == 0 and not (report.added or report.updated or report.removed)
    after = tmp_path / "index" / report.generation
    assert [c for c, _ in read_chunks(after)] == [c for c, _ in read_chunks(before)]  # the same passages
    assert [t for _, t in read_chunks(after)] == [analyzer.terms(search_text(c)) for c, _ in read_chunks(after)]
    reopened = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    assert reopened.analyzer is analyzer
    hits = reopened.retrieve("매치업 신청기간", k=1)
    assert hits and hits[0].chunk.source == "matchup.txt" and hits[0].lexical > 0
