"""The index on disk: a Chroma collection (dense) and a Kiwi-morpheme BM25 index (lexical), kept in step.

Layout of `index_dir` (one *generation* per successful ingest)::

    CURRENT              name of the live generation, replaced atomically at the end of an ingest
    .lock                held by the one ingest allowed at a time
    chroma/              the persistent Chroma (local mode; in server mode the collections live there)
    gen-<stamp>/         chunks.jsonl (text, metadata, morphemes), documents.jsonl (cleaned texts),
                         manifest.json (per source: hash, chunk ids), bm25/ (the lexical index),
                         building.json (written first: the embedder, so an abandoned build's vectors
                         can be reused by the next ingest)

Each generation has its own Chroma collection `<collection>-<stamp>`. An ingest builds a new
generation beside the live one and only then points CURRENT at it, so a crash at any moment
leaves the previous generation whole and in use. A generation without manifest.json was abandoned
(crash, kill, Ctrl-C); the next ingest reuses the vectors its collection already holds, by content,
and then deletes it. In server mode the collections live in the Chroma server and everything else
stays in `index_dir`.
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
from array import array
from pathlib import Path

import bm25s
import numpy as np

from assistant.config import Settings
from assistant.errors import ChromaUnavailableError, IndexNotBuiltError, IngestLockedError
from assistant.roles import Embedder
from assistant.types import Chunk, DocumentMeta, SourceDocument

log = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import; its notes reached stderr


def chroma_client(settings: Settings):
    """A Chroma client with telemetry off: a server when `chroma_host` is set, else persistent on disk."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.server_mode:
        host, port = settings.chroma_host, settings.chroma_port
        try:
            return chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
        except Exception as exc:  # chromadb raises ValueError (refused) or httpx errors (timeouts)
            raise ChromaUnavailableError(host, port, _first_line(exc)) from None
    path = Path(settings.index_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def vector_store(client, name: str, embedder: Embedder):
    """LangChain's Chroma over our collection, with our own embedding function and cosine distance."""
    from langchain_chroma import Chroma

    return Chroma(
        client=client,
        collection_name=name,
        embedding_function=embedder,
        collection_metadata={"hnsw:space": "cosine"},
    )


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def raw_collection(client, name: str):
    """The chromadb collection behind `vector_store` (cosine, no embedding function: we pass vectors)."""
    return client.get_or_create_collection(name, metadata={"hnsw:space": "cosine"}, embedding_function=None)


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
    bm25: bm25s.BM25
    doc_freq: dict[str, int]
    row_of: dict[str, int] = field(default_factory=dict)
    _columns: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def column(self, name: str) -> np.ndarray:
        """One metadata field of every chunk as an array, built once: filters over 100k chunks in ~1 ms."""
        values = self._columns.get(name)
        if values is None:
            values = self._columns[name] = np.asarray(
                [getattr(c, name) if name == "document_id" else getattr(c.meta, name) for c in self.chunks]
            )
        return values

    def documents(self) -> Iterator[SourceDocument]:
        yield from read_documents(self.path)


def load_generation(index_dir: Path) -> Generation:
    """Read the live generation; IndexNotBuiltError when there is none."""
    name = read_current(Path(index_dir))
    if name is None:
        raise IndexNotBuiltError(index_dir)
    path = Path(index_dir) / name
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    # the morphemes stay on disk: the saved BM25 index answers queries, and only an ingest re-reads them
    chunks = [chunk for chunk, _ in read_chunks(path)]
    bm25 = bm25s.BM25.load(str(path / "bm25"), mmap=False, load_corpus=False, show_progress=False, verbosity=0)
    doc_freq = json.loads((path / "doc_freq.json").read_text(encoding="utf-8"))
    row_of = {c.chunk_id: i for i, c in enumerate(chunks)}
    return Generation(path, manifest, chunks, bm25, doc_freq, row_of)


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
                record=row.get("record") or {},
            )


class GenerationWriter:
    """Writes a new generation's files; nothing is visible to readers until `commit()`.

    The morphemes of every chunk stay in memory until commit, because bm25s builds its index in one
    pass: as vocabulary ids in 4-byte arrays, about 250 bytes a chunk (25 MB at 100k chunks).
    Texts go straight to disk.
    """

    def __init__(self, index_dir: Path, manifest_base: dict):
        stamp = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 100000:05d}"
        self.index_dir = Path(index_dir)
        self.path = self.index_dir / f"gen-{stamp}"
        self.path.mkdir(parents=True)
        _write_json(self.path / BUILDING, {"embedder": manifest_base.get("embedder", "")})
        self.manifest = dict(manifest_base, documents={})
        self._chunks = open(self.path / "chunks.jsonl", "w", encoding="utf-8")
        self._docs = open(self.path / "documents.jsonl", "w", encoding="utf-8")
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
        for chunk, chunk_terms in zip(chunks, terms):
            line = {"text": chunk.text, "metadata": chunk.metadata(), "terms": chunk_terms}
            self._chunks.write(json.dumps(line, ensure_ascii=False) + "\n")
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
        self._write_lexical()
        self.manifest["created"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        self.manifest["chunks"] = self.chunk_count
        _write_json(self.path / "manifest.json", self.manifest)
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
        _write_json(self.path / "doc_freq.json", doc_freq)

    def abort(self) -> None:
        """Remove the files; building.json stays so the next ingest can reuse this build's vectors."""
        for handle in (self._chunks, self._docs):
            if not handle.closed:
                handle.close()
        for child in self.path.iterdir():
            if child.name != BUILDING:
                shutil.rmtree(child) if child.is_dir() else child.unlink(missing_ok=True)


BUILDING = "building.json"


def abandoned_generations(index_dir: Path, embedder_name: str) -> list[str]:
    """Builds that never committed (newest first) whose vectors came from `embedder_name`."""
    out = []
    for path in sorted(Path(index_dir).glob("gen-*"), reverse=True):
        if (path / "manifest.json").exists() or not (path / BUILDING).exists():
            continue
        try:
            marker = json.loads((path / BUILDING).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if marker.get("embedder") == embedder_name:
            out.append(path.name)
    return out


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
