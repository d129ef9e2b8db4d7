"""Writing a new generation: its chunk and document files, then the lexical index, then CURRENT."""

from __future__ import annotations

import json
import os
import shutil
import time
from array import array
from pathlib import Path

import bm25s
import numpy as np

from assistant.documents.policies import SNAPSHOT_FIELD
from assistant.index.generations import BUILDING, LEXICAL_FILE, SNAPSHOT_DATES_FILE, read_chunk_texts, write_current, write_json
from assistant.index.table import TableWriter
from assistant.index.titles import ProgramTitles, save_titles
from assistant.language.korean import analyzer_name
from assistant.types import Chunk, SourceDocument


class GenerationWriter:
    """Writes a new generation's files; nothing is visible to readers until `commit()`.

    The morphemes of every chunk stay in memory until commit, because bm25s builds its index in one
    pass: as vocabulary ids in 4-byte arrays, about 250 bytes a chunk (25 MB at 100k chunks).
    Texts go straight to disk.
    """

    def __init__(self, index_dir: Path, manifest_base: dict, analyzer: str | None = None):
        """`analyzer`: the name of the analyzer that made the morphemes given to `add_document` (korean.py)."""
        stamp = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 100000:05d}"
        self.index_dir = Path(index_dir)
        self.path = self.index_dir / f"gen-{stamp}"
        self.path.mkdir(parents=True)
        write_json(self.path / BUILDING, {"embedder": manifest_base.get("embedder", "")})
        self.manifest = dict(manifest_base, documents={})
        self._chunks = open(self.path / "chunks.jsonl", "w", encoding="utf-8")
        self._docs = open(self.path / "documents.jsonl", "w", encoding="utf-8")
        self._table = TableWriter(self.path)
        self.analyzer = analyzer or analyzer_name()
        self.snapshot_dates: dict[str, str] = {}  # source -> its portal record's 기준일, for the answer's note
        self.vocab: dict[str, int] = {}
        self.term_ids: list[array] = []

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def chunk_count(self) -> int:
        return len(self.term_ids)

    def add_document(self, doc: SourceDocument, chunks: list[Chunk], terms: list[list[str]]) -> None:
        row = {"document_id": doc.document_id, "source": doc.source, "text": doc.text,
               "meta": doc.meta.__dict__, "content_hash": doc.content_hash}
        if doc.record:
            row["record"] = doc.record
        self._docs.write(json.dumps(row, ensure_ascii=False) + "\n")
        if isinstance((doc.record or {}).get(SNAPSHOT_FIELD), str):
            self.snapshot_dates[doc.source] = doc.record[SNAPSHOT_FIELD]
        for chunk, chunk_terms in zip(chunks, terms):
            line = {"text": chunk.text, "metadata": chunk.metadata(), "terms": chunk_terms}
            self._chunks.write(json.dumps(line, ensure_ascii=False) + "\n")
            self._table.add(chunk)
            self.term_ids.append(array("I", [self.vocab.setdefault(t, len(self.vocab)) for t in chunk_terms]))
        self.manifest["documents"][doc.source] = {
            "document_id": doc.document_id,
            "content_hash": doc.content_hash,
            "chunk_ids": [c.chunk_id for c in chunks],
            "title": doc.meta.title,
            "municipality": doc.meta.municipality,
        }

    def commit(self) -> None:
        """Finish the files, build the lexical index, fsync, then make this generation live."""
        for handle in (self._chunks, self._docs):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        self._table.commit()
        self._write_lexical()
        write_json(self.path / SNAPSHOT_DATES_FILE, self.snapshot_dates)
        # which documents are program pages: read once here, not by every process that opens the index
        save_titles(self.path, ProgramTitles(list(read_chunk_texts(self.path))))
        self.manifest["created"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        self.manifest["chunks"] = self.chunk_count
        write_json(self.path / "manifest.json", self.manifest)
        (self.path / BUILDING).unlink(missing_ok=True)
        write_current(self.index_dir, self.name)

    def _write_lexical(self) -> None:
        """bm25/ and doc_freq.json (chunk frequency of every morpheme, for the answerer's weights)."""
        vocab = dict(self.vocab)
        vocab.setdefault("", len(vocab))  # bm25s keeps an empty token; it scores nothing
        bm25 = bm25s.BM25()
        bm25.index((self.term_ids or [array("I")], vocab), show_progress=False, create_empty_token=False)
        bm25.save(str(self.path / "bm25"), show_progress=False)
        counts = np.zeros(len(self.vocab) + 1, dtype=np.int64)
        for ids in self.term_ids:
            if ids:
                counts[np.unique(np.frombuffer(ids, dtype=np.uint32))] += 1
        doc_freq = {term: int(counts[i]) for term, i in self.vocab.items() if counts[i]}
        doc_freq["__chunks__"] = self.chunk_count
        write_json(self.path / "doc_freq.json", doc_freq)
        write_json(self.path / LEXICAL_FILE, {"analyzer": self.analyzer})  # a reader loads the same analyzer

    def abort(self) -> None:
        """Remove the files; building.json stays so the next ingest can reuse this build's vectors."""
        for handle in (self._chunks, self._docs):
            if not handle.closed:
                handle.close()
        self._table.abort()
        for child in self.path.iterdir():
            if child.name != BUILDING:
                shutil.rmtree(child) if child.is_dir() else child.unlink(missing_ok=True)
