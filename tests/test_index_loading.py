"""Opening a generation fast: chunks read without their morphemes, the lexical index memory-mapped."""

from __future__ import annotations

import numpy as np

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
