"""Opening a generation fast: chunks read without their morphemes, the lexical index memory-mapped."""

from __future__ import annotations

import numpy as np
import pytest

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
    assert generation.chunks == [c for c, _ in read_chunks(generation.path)]
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
    assert saved is not None and saved.programs == read.programs and len(saved.programs) == 3  # the news is no program
    for question in ("점프업 아카데미 언제 신청해요?", "메타버스 아카데미 대상은?", "면접수당 얼마 줘요?", "박람회 언제였어요?"):
        assert saved.match(question) == read.match(question)
        assert [saved.named_share(question, p.source) for p in read.programs] == pytest.approx(
            [read.named_share(question, p.source) for p in read.programs])
    assert [p.title for p in saved.match("점프업 아카데미 언제 신청해요?")] == ["청년 JUMP-UP 아카데미"]

    # a generation written before titles were saved: an ingest with nothing changed adds them
    (generation / PROGRAMS_FILE).unlink()
    (generation / GRAMS_FILE).unlink()
    assert load_titles(generation) is None
    report = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assert report.generation == generation.name and load_titles(generation).programs == read.programs


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
