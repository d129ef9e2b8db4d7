"""Generations on disk: which one is live (CURRENT), the one-ingest lock, reading a generation, pruning old ones.

See assistant/index/store.py for the layout of an index directory.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import bm25s
import numpy as np

from assistant.config import Settings
from assistant.errors import IndexNotBuiltError, IngestLockedError
from assistant.index.collections import collection_name
from assistant.index.table import ChunkTable, has_table
from assistant.language.korean import ANALYZER_NAMES
from assistant.types import Chunk, DocumentMeta, SourceDocument

log = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import; its notes reached stderr

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


SNAPSHOT_DATES_FILE = "snapshot-dates.json"  # source -> its portal record's 기준일 (written since tables were)
LEXICAL_FILE = "lexical.json"  # which analyzer made the generation's morphemes (absent: the older default)


class Generation:
    """One generation's files, opened: what retrieval and answering need.

    `chunks` is a `ChunkTable` (memory-mapped columns, a `Chunk` built per row asked for) when the ingest wrote
    one, else the list read from chunks.jsonl (an index written before tables were). The manifest (~12 MB at
    100k chunks) is read when first asked for: no answer needs it."""

    def __init__(self, path: Path, chunks: Sequence[Chunk], bm25: bm25s.BM25, doc_freq: dict[str, int],
                 analyzer: str, manifest: dict | None = None):
        self.path = path
        self.chunks = chunks
        self.bm25 = bm25
        self.doc_freq = doc_freq
        self.analyzer = analyzer  # korean.analyzer_name of the analyzer the ingest used
        self._manifest = manifest
        self._row_of: dict[str, int] | None = None
        self._columns: dict[str, np.ndarray] = {}
        self._words: bytes | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def manifest(self) -> dict:
        if self._manifest is None:
            self._manifest = json.loads((self.path / "manifest.json").read_text(encoding="utf-8"))
        return self._manifest

    def row(self, chunk_id: str) -> int | None:
        """The row of the chunk with this id, None when the generation has none."""
        if isinstance(self.chunks, ChunkTable):
            return self.chunks.row_of(chunk_id)
        if self._row_of is None:
            self._row_of = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        return self._row_of.get(chunk_id)

    def column(self, name: str) -> np.ndarray:
        """One metadata field of every chunk as an array, built once: filters over 100k chunks in ~1 ms."""
        if isinstance(self.chunks, ChunkTable):
            return self.chunks.column(name)
        values = self._columns.get(name)
        if values is None:
            values = self._columns[name] = np.asarray(
                [getattr(c, name) if name == "document_id" else getattr(c.meta, name) for c in self.chunks]
            )
        return values

    def distinct(self, name: str) -> list[str]:
        """The values of a text field (title, municipality, ...) that some chunk has."""
        if isinstance(self.chunks, ChunkTable):
            return self.chunks.distinct(name)
        return sorted({str(v) for v in self.column(name).tolist()})

    def words(self):
        """Every chunk's text without spaces, one a line, as UTF-8 bytes: `word.encode() in words()` tells
        whether some passage holds the word, inside a longer one too."""
        if isinstance(self.chunks, ChunkTable):
            return self.chunks.words()
        if self._words is None:
            self._words = "\n".join(c.text.replace(" ", "") for c in self.chunks).encode("utf-8")
        return self._words

    def warm(self) -> None:
        """Build now what a first question would (the row of every chunk id, the passages' words read into the
        page cache), so processes forked after share it instead of each building its own."""
        self.row("")
        self.words().find(b"\0")

    def documents(self) -> Iterator[SourceDocument]:
        yield from read_documents(self.path)


def read_analyzer(path: Path) -> str:
    """The analyzer name a generation's lexical index was made with ("kiwi" for one written before it was saved)."""
    try:
        return str(json.loads((Path(path) / LEXICAL_FILE).read_text(encoding="utf-8"))["analyzer"])
    except (OSError, ValueError, KeyError, TypeError):
        return ANALYZER_NAMES[True]


def load_generation(index_dir: Path) -> Generation:
    """Open the live generation; IndexNotBuiltError when there is none."""
    name = read_current(Path(index_dir))
    if name is None:
        raise IndexNotBuiltError(index_dir)
    path = Path(index_dir) / name
    chunks = ChunkTable(path) if has_table(path) else list(read_chunk_texts(path))
    # memory-mapped: a worker opens the lexical index without reading it, and processes share its pages
    bm25 = bm25s.BM25.load(str(path / "bm25"), mmap=True, load_corpus=False, show_progress=False, verbosity=0)
    doc_freq = json.loads((path / "doc_freq.json").read_text(encoding="utf-8"))
    return Generation(path, chunks, bm25, doc_freq, read_analyzer(path))


TERMS_KEY = b', "terms": ['  # chunks.jsonl rows end with their morphemes (GenerationWriter writes that key last)


def read_chunk_texts(path: Path) -> Iterator[Chunk]:
    """The chunks of a generation without their morphemes, which only an ingest reads again.

    The morphemes are most of each line; the line is cut before them instead of parsed whole (6x
    faster at 100k chunks). JSON escapes every quote inside a string, so the last unescaped
    `, "terms": [` is the key itself; a line without it is parsed whole."""
    with open(path / "chunks.jsonl", "rb") as f:
        for line in f:
            cut = line.rfind(TERMS_KEY)
            row = json.loads(line[:cut] + b"}" if cut > 0 else line)
            yield Chunk.from_metadata(row["text"], row["metadata"])


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


RECORD_KEY = b', "record": {'  # documents.jsonl rows end with the portal record (GenerationWriter writes it last)
TEXT_KEY = b', "text": '  # ... and start with the document id and the source, before the text


def read_record_field(path: Path, name: str) -> dict[str, str]:
    """source -> the string field `name` of each document's portal record (e.g. its 기준일), for documents whose
    record has it. Neither the texts nor the records are parsed (at 100k chunks that took ~1 s): JSON escapes
    every quote inside a string, so the first `, "text": `, the last `, "record": {` and the last `"name": "`
    after it are the keys themselves."""
    key = b'"' + name.encode() + b'": "'
    found = {}
    with open(path / "documents.jsonl", "rb") as f:
        for line in f:
            record = line.rfind(RECORD_KEY)
            at = line.rfind(key, record) if record >= 0 else -1
            if at < 0:
                continue
            head = json.loads(line[: line.find(TEXT_KEY)] + b"}")
            tail = line[at + len(key) - 1 :].decode("utf-8")  # the value's opening quote onwards
            found[head["source"]] = json.decoder.scanstring(tail, 1)[0]
    return found


def read_snapshot_dates(path: Path, field_name: str) -> dict[str, str]:
    """source -> the 기준일 of each portal record: saved by the ingest, else read from documents.jsonl."""
    try:
        saved = json.loads((Path(path) / SNAPSHOT_DATES_FILE).read_text(encoding="utf-8"))
        if isinstance(saved, dict):
            return saved
    except (OSError, ValueError):
        pass
    return read_record_field(path, field_name)


def write_json(path: Path, value) -> None:
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
