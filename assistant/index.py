"""The index on disk: a Chroma collection (dense) and a Kiwi-morpheme BM25 index (lexical), kept in step.

Layout of `index_dir` (one *generation* per successful ingest)::

    CURRENT              name of the live generation, replaced atomically at the end of an ingest
    .lock                held by the one ingest allowed at a time
    chroma/              the persistent Chroma (local mode; in server mode the collections live there)
    gen-<stamp>/         chunks.jsonl (text, metadata, morphemes), documents.jsonl (cleaned texts),
                         manifest.json (per source: hash, chunk ids), bm25/ (the lexical index)

Each generation has its own Chroma collection `<collection>-<stamp>`. An ingest builds a new
generation beside the live one and only then points CURRENT at it, so a crash at any moment
leaves the previous generation whole and in use.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import numpy as np

from assistant.config import Settings
from assistant.errors import IndexNotBuiltError, IngestLockedError
from assistant.types import Chunk, DocumentMeta, SourceDocument

log = logging.getLogger(__name__)
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def chroma_client(settings: Settings):
    """A Chroma client with telemetry off: a server when `chroma_host` is set, else persistent on disk."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.server_mode:
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
    path = Path(settings.index_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def vector_store(client, name: str, embedder):
    """LangChain's Chroma over our collection, with our own embedding function and cosine distance."""
    from langchain_chroma import Chroma

    return Chroma(
        client=client,
        collection_name=name,
        embedding_function=embedder,
        collection_metadata={"hnsw:space": "cosine"},
    )


def read_current(index_dir: Path) -> str | None:
    path = Path(index_dir) / "CURRENT"
    try:
        name = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name and (Path(index_dir) / name / "manifest.json").exists() else None


def write_current(index_dir: Path, generation: str) -> None:
    """Point CURRENT at `generation` atomically (write aside, fsync, rename)."""
    tmp = Path(index_dir) / "CURRENT.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(generation)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, Path(index_dir) / "CURRENT")


@contextmanager
def ingest_lock(index_dir: Path) -> Iterator[None]:
    """Only one ingest per index: a second one is refused with IngestLockedError, never interleaved."""
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    with open(Path(index_dir) / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IngestLockedError(index_dir) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def collection_name(settings: Settings, generation: str) -> str:
    return f"{settings.collection}-{generation.removeprefix('gen-')}"


@dataclass
class Generation:
    """One generation's files, read into memory: what retrieval and answering need."""

    path: Path
    manifest: dict
    chunks: list[Chunk]
    terms: list[list[str]]
    bm25: bm25s.BM25
    doc_freq: dict[str, int]
    row_of: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    def documents(self) -> Iterator[SourceDocument]:
        yield from read_documents(self.path)


def load_generation(index_dir: Path) -> Generation:
    """Read the live generation; IndexNotBuiltError when there is none."""
    name = read_current(Path(index_dir))
    if name is None:
        raise IndexNotBuiltError(index_dir)
    path = Path(index_dir) / name
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    chunks, terms = [], []
    for chunk, chunk_terms in read_chunks(path):
        chunks.append(chunk)
        terms.append(chunk_terms)
    bm25 = bm25s.BM25.load(str(path / "bm25"), mmap=False, load_corpus=False, show_progress=False, verbosity=0)
    doc_freq = json.loads((path / "doc_freq.json").read_text(encoding="utf-8"))
    row_of = {c.chunk_id: i for i, c in enumerate(chunks)}
    return Generation(path, manifest, chunks, terms, bm25, doc_freq, row_of)


def read_chunks(path: Path) -> Iterator[tuple[Chunk, list[str]]]:
    with open(path / "chunks.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            yield Chunk.from_metadata(row["text"], row["metadata"]), row["terms"]


def read_documents(path: Path) -> Iterator[SourceDocument]:
    with open(path / "documents.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            yield SourceDocument(
                document_id=row["document_id"],
                source=row["source"],
                text=row["text"],
                meta=DocumentMeta(**row["meta"]),
                content_hash=row["content_hash"],
            )


class GenerationWriter:
    """Writes a new generation's files; nothing is visible to readers until `commit()`."""

    def __init__(self, index_dir: Path, manifest_base: dict):
        stamp = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 100000:05d}"
        self.index_dir = Path(index_dir)
        self.path = self.index_dir / f"gen-{stamp}"
        self.path.mkdir(parents=True)
        self.manifest = dict(manifest_base, documents={})
        self._chunks = open(self.path / "chunks.jsonl", "w", encoding="utf-8")
        self._docs = open(self.path / "documents.jsonl", "w", encoding="utf-8")
        self.terms: list[list[str]] = []

    @property
    def name(self) -> str:
        return self.path.name

    def add_document(self, doc: SourceDocument, chunks: list[Chunk], terms: list[list[str]]) -> None:
        row = {"document_id": doc.document_id, "source": doc.source, "text": doc.text,
               "meta": doc.meta.__dict__, "content_hash": doc.content_hash}
        self._docs.write(json.dumps(row, ensure_ascii=False) + "\n")
        for chunk, chunk_terms in zip(chunks, terms):
            line = {"text": chunk.text, "metadata": chunk.metadata(), "terms": chunk_terms}
            self._chunks.write(json.dumps(line, ensure_ascii=False) + "\n")
            self.terms.append(chunk_terms)
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
        bm25 = bm25s.BM25()
        bm25.index(self.terms or [[]], show_progress=False)
        bm25.save(str(self.path / "bm25"), show_progress=False)
        doc_freq: dict[str, int] = {}
        for chunk_terms in self.terms:
            for term in set(chunk_terms):
                doc_freq[term] = doc_freq.get(term, 0) + 1
        doc_freq["__chunks__"] = len(self.terms)
        _write_json(self.path / "doc_freq.json", doc_freq)
        self.manifest["created"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        self.manifest["chunks"] = len(self.terms)
        _write_json(self.path / "manifest.json", self.manifest)
        write_current(self.index_dir, self.name)

    def abort(self) -> None:
        for handle in (self._chunks, self._docs):
            if not handle.closed:
                handle.close()
        shutil.rmtree(self.path, ignore_errors=True)


def _write_json(path: Path, value) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())


def prune_generations(settings: Settings, client, keep: int = 2) -> None:
    """Delete all but the newest `keep` generations (the live one and the one before, for readers still on it)."""
    index_dir = Path(settings.index_dir)
    live = read_current(index_dir)
    gens = sorted(p for p in index_dir.glob("gen-*") if p.is_dir())
    done = [p for p in gens if (p / "manifest.json").exists()]
    keep_names = {p.name for p in done[-keep:]} | {live}
    for path in gens:
        if path.name in keep_names:
            continue
        try:
            client.delete_collection(collection_name(settings, path.name))
        except Exception:  # the collection may never have been created (crashed early)
            log.debug("no collection for %s", path.name)
        shutil.rmtree(path, ignore_errors=True)


def lexical_scores(generation: Generation, terms: list[str]) -> np.ndarray:
    """BM25 score of every chunk for the query morphemes (zeros when none is in the vocabulary)."""
    if not terms or not generation.chunks:
        return np.zeros(len(generation.chunks), dtype=np.float32)
    return np.asarray(generation.bm25.get_scores(terms), dtype=np.float32)
