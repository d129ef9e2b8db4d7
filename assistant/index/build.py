"""knowledge/ -> a new index generation: incremental (content hashes), crash-safe, one ingest at a time.

One streaming pass: a reader thread loads, chunks and tokenizes (Kiwi) the next documents while
the main thread embeds the current batch, so memory stays flat in the size of the folder and
Kiwi's work hides behind the embedder's. Vectors are looked up by content before anything is
embedded: in the live generation (unchanged passages of an edited file) and in builds that were
interrupted (a re-run after a kill or Ctrl-C resumes instead of starting over).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.index.carry_over import carry_over
from assistant.config import Settings
from assistant.index.embeddings import load_embedder
from assistant.index.lines import has_line_vectors, write_line_vectors
from assistant.index.vector_cache import with_vector_cache
from assistant.errors import DocumentLoadError
from assistant.index.store import (
    GenerationWriter,
    abandoned_generations,
    chroma_client,
    collection_name,
    ingest_lock,
    prune_generations,
    raw_collection,
    read_analyzer,
    read_current,
    read_chunk_texts,
    read_documents,
)
from assistant.language.korean import KoreanAnalyzer
from assistant.roles import Embedder
from assistant.programs.storage import CatalogWriter, refresh_catalog
from assistant.index.reading import read_ahead, relative_source, search_text
from assistant.index.table import has_table, write_table
from assistant.index.titles import ProgramTitles, load_titles, save_titles, saved_in_current_format
from assistant.types import Chunk, SourceDocument

log = logging.getLogger(__name__)
EMBED_BATCH = 64


@dataclass
class IngestReport:
    """What an ingest did, by source path."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    chunks: int = 0
    generation: str = ""
    embedded: int = 0  # chunks sent to the embedder
    reused: int = 0  # chunks whose vector was found by content (edited files, interrupted builds)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
            f"unchanged {len(self.unchanged)}, skipped {len(self.skipped)}; {self.chunks} chunks in the index"
        )


def run_ingest(
    settings: Settings,
    progress: bool = False,
    analyzer: KoreanAnalyzer | None = None,
    embedder: Embedder | None = None,
    reset: bool = False,
) -> IngestReport:
    """Bring the index at `settings.index_dir` in step with `settings.source_dir`.

    Unchanged files keep their vectors (copied, not re-embedded); a file that fails to load is
    named in `skipped`, and its previously indexed version, if any, stays in the index.
    """
    index_dir = Path(settings.index_dir)
    with ingest_lock(index_dir):
        analyzer = analyzer or KoreanAnalyzer()
        # the folder's shipped vector cache answers first (index/vector_cache.py); the rest is embedded
        embedder = with_vector_cache(embedder or load_embedder(settings.embedder), settings.source_dir, progress)
        model = getattr(embedder, "name", settings.embedder)
        previous = None if reset else read_current(index_dir)
        old_manifest = _read_manifest(index_dir, previous)
        same_model = old_manifest.get("embedder") == model
        old_docs = old_manifest.get("documents", {}) if same_model else {}
        # morphemes made by another analyzer (an index written before the multi-word names were left out) are
        # made again for every document; the vectors are still found by content, not embedded again
        retokenize = bool(previous) and read_analyzer(index_dir / previous) != analyzer.name
        report = IngestReport()
        build = _Build(settings, model, embedder, previous if same_model else None, reset, analyzer)
        try:
            kept = _stream(settings, old_docs, report, build, analyzer, progress, retokenize)
            if previous and same_model and build.writer is None and not report.removed:
                # no document changed, but a catalog written by older extraction code is read again
                refresh_catalog(index_dir / previous, read_documents(index_dir / previous))
                _ensure_line_vectors(index_dir / previous, embedder)  # a generation built before lines had vectors
                _ensure_programs(index_dir / previous)  # ... or before its programs were saved
                _ensure_table(index_dir / previous)  # ... or before its chunks were saved as columns
                report.chunks = old_manifest.get("chunks", 0)
                report.generation = previous
                return report
            build.finish(kept, old_manifest.get("documents", {}))
            from_cache = getattr(embedder, "found", 0)  # passages the vector cache had: reused, not embedded
            write_line_vectors(build.writer.path, read_chunk_texts(build.writer.path), embedder,
                               index_dir / previous if previous and same_model else None)
        except BaseException:
            build.abandon()
            raise
        prune_generations(settings, build.client)
        report.chunks = build.writer.chunk_count
        report.generation = build.writer.name
        report.embedded, report.reused = build.embedded, build.reused
        report.embedded, report.reused = report.embedded - from_cache, report.reused + from_cache
        return report


def _ensure_line_vectors(generation: Path, embedder) -> None:
    if not has_line_vectors(generation):
        write_line_vectors(generation, read_chunk_texts(generation), embedder)


def _ensure_programs(generation: Path) -> None:
    if not saved_in_current_format(generation):
        save_titles(generation, load_titles(generation) or ProgramTitles(list(read_chunk_texts(generation))))


def _ensure_table(generation: Path) -> None:
    if not has_table(generation):
        write_table(generation, read_chunk_texts(generation))


def _read_manifest(index_dir: Path, generation: str | None) -> dict:
    if not generation:
        return {}
    return json.loads((index_dir / generation / "manifest.json").read_text(encoding="utf-8"))


def _stream(settings, old_docs: dict, report: IngestReport, build, analyzer, progress: bool,
            retokenize: bool = False) -> set[str]:
    """Read every file once; embed the new and changed ones. Returns the sources to carry over.

    `retokenize`: the previous generation's morphemes came from another analyzer, so every document is chunked
    and tokenized again (reported as unchanged when its content is)."""
    kept: set[str] = set()
    seen: set[str] = set()
    items = read_ahead(settings, {} if retokenize else old_docs, analyzer)
    if progress:
        items = _progress(items, "ingesting")
    for item, chunks, terms in items:
        if isinstance(item, DocumentLoadError):
            report.skipped.append((item.path, item.reason))
            log.info("skipped %s: %s", item.path, item.reason)
            source = relative_source(item.path, settings.source_dir)
            before = [s for s in old_docs if s == source or s.startswith(source + "#")]  # an export's records
            kept.update(before)  # keep what was indexed before rather than lose it
            seen.update(before)
            continue
        seen.add(item.source)
        previous = old_docs.get(item.source)
        if chunks is None:
            kept.add(item.source)
            report.unchanged.append(item.source)
            continue
        if previous and previous.get("content_hash") == item.content_hash:
            report.unchanged.append(item.source)  # only tokenized again
        else:
            (report.updated if previous else report.added).append(item.source)
        build.add(item, chunks, terms)
    report.removed = sorted(set(old_docs) - seen)
    return kept


class _Build:
    """The generation being written and its Chroma collection, both created on the first change."""

    def __init__(self, settings: Settings, model: str, embedder, previous: str | None, reset: bool,
                 analyzer: KoreanAnalyzer):
        self.settings = settings
        self.analyzer = analyzer
        self.model = model
        self.embedder = embedder
        self.previous = previous
        self.reset = reset
        self.client = None
        self.writer: GenerationWriter | None = None
        self.collection = None
        self._sources: list = []  # collections to look vectors up in, by id and content
        self._pending: list[Chunk] = []
        self.embedded = 0
        self.reused = 0

    def start(self) -> None:
        if self.writer is not None:
            return
        index_dir = Path(self.settings.index_dir)
        self.client = self.client or chroma_client(self.settings)
        abandoned = [] if self.reset else abandoned_generations(index_dir, self.model)
        reuse_from = ([self.previous] if self.previous else []) + abandoned
        self._sources = [c for c in (self._existing(name) for name in reuse_from) if c is not None]
        manifest = {"embedder": self.model, "source_dir": str(self.settings.source_dir)}
        self.writer = GenerationWriter(index_dir, manifest, analyzer=self.analyzer.name)
        self.catalog = CatalogWriter(self.writer.path, index_dir / self.previous if self.previous else None)
        self.collection = raw_collection(self.client, collection_name(self.settings, self.writer.name))

    def _existing(self, generation: str):
        try:
            name = collection_name(self.settings, generation)
            return self.client.get_collection(name, embedding_function=None)
        except Exception:  # never created, or deleted
            return None

    def add(self, doc: SourceDocument, chunks: list[Chunk], terms: list[list[str]]) -> None:
        self.start()
        self.writer.add_document(doc, chunks, terms)
        self.catalog.add(doc)
        self._pending.extend(chunks)
        while len(self._pending) >= EMBED_BATCH:
            batch, self._pending = self._pending[:EMBED_BATCH], self._pending[EMBED_BATCH:]
            self._embed(batch)

    def _embed(self, chunks: list[Chunk]) -> None:
        """Add `chunks` to the collection, embedding only those no earlier build has a vector for."""
        texts = [search_text(c) for c in chunks]
        ids = [c.chunk_id for c in chunks]
        vectors = self._lookup(ids, texts)
        missing = [i for i, v in enumerate(vectors) if v is None]
        if missing:
            fresh = self.embedder.embed_documents([texts[i] for i in missing])
            for i, vector in zip(missing, fresh):
                vectors[i] = vector
        self.embedded += len(missing)
        self.reused += len(chunks) - len(missing)
        self.collection.upsert(ids=ids, embeddings=np.asarray(vectors, dtype=np.float32), documents=texts,
                               metadatas=[c.metadata() for c in chunks])

    def _lookup(self, ids: list[str], texts: list[str]) -> list:
        """Vectors stored under the same id for the same text, in the live or an abandoned build."""
        found: list = [None] * len(ids)
        want = {chunk_id: i for i, chunk_id in enumerate(ids)}
        for source in self._sources:
            if not want:
                break
            got = source.get(ids=list(want), include=["embeddings", "documents"])
            for chunk_id, vector, text in zip(got["ids"], got["embeddings"], got["documents"]):
                i = want.get(chunk_id)
                if i is not None and text == texts[i]:
                    found[i] = vector
                    del want[chunk_id]
        return found

    def finish(self, kept: set[str], old_docs: dict) -> None:
        """Carry the unchanged documents over, embed what is left, and make the generation live."""
        self.start()
        if self._pending:
            self._embed(self._pending)
            self._pending = []
        if kept and self.previous:
            old = self.client.get_collection(collection_name(self.settings, self.previous), embedding_function=None)
            # a file that failed to load keeps its previous version, tokenized by this ingest's analyzer
            carry_over(Path(self.settings.index_dir) / self.previous, self.writer, kept, old_docs, old, self.collection,
                       self.catalog, self._terms if read_analyzer(Path(self.settings.index_dir) / self.previous)
                       != self.analyzer.name else None)
        self.catalog.commit()
        self.writer.commit()

    def _terms(self, chunk: Chunk) -> list[str]:
        return self.analyzer.terms(search_text(chunk))

    def abandon(self) -> None:
        """Remove the half-written files; the collection stays for the next ingest to reuse."""
        if self.writer is not None:
            self.catalog.abort()
            self.writer.abort()


def _progress(items, label: str):
    from tqdm import tqdm

    return tqdm(items, desc=label, unit="file", leave=False)
