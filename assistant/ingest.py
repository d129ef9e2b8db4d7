"""knowledge/ -> a new index generation: incremental (content hashes), crash-safe, one ingest at a time."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from assistant.chunking import chunk_document
from assistant.config import Settings
from assistant.embeddings import load_embedder
from assistant.errors import DocumentLoadError
from assistant.index import (
    GenerationWriter,
    chroma_client,
    collection_name,
    ingest_lock,
    prune_generations,
    read_chunks,
    read_current,
    read_documents,
    vector_store,
)
from assistant.korean import KoreanAnalyzer
from assistant.loading import load_documents
from assistant.types import SourceDocument

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
    embedder=None,
    reset: bool = False,
) -> IngestReport:
    """Bring the index at `settings.index_dir` in step with `settings.source_dir`.

    Unchanged files keep their vectors (copied, not re-embedded); a file that fails to load is
    named in `skipped`, and its previously indexed version, if any, stays in the index.
    """
    index_dir = Path(settings.index_dir)
    with ingest_lock(index_dir):
        analyzer = analyzer or KoreanAnalyzer()
        embedder = embedder or load_embedder(settings.embedder)
        previous = None if reset else read_current(index_dir)
        old_manifest = _read_manifest(index_dir, previous)
        same_model = old_manifest.get("embedder") == getattr(embedder, "name", settings.embedder)
        old_docs = old_manifest.get("documents", {}) if same_model else {}
        report = IngestReport()
        plan = _plan(settings, old_docs, report, progress)
        if previous and not report.changed and same_model:
            report.chunks = old_manifest.get("chunks", 0)
            report.generation = previous
            return report
        client = chroma_client(settings)
        writer = GenerationWriter(index_dir, {"embedder": getattr(embedder, "name", settings.embedder),
                                              "source_dir": str(settings.source_dir)})
        try:
            _build(settings, writer, plan, previous, client, analyzer, embedder, progress)
            writer.commit()
        except BaseException:
            writer.abort()
            _drop_collection(client, collection_name(settings, writer.name))
            raise
        prune_generations(settings, client)
        report.chunks = writer.manifest["chunks"]
        report.generation = writer.name
        return report


def _read_manifest(index_dir: Path, generation: str | None) -> dict:
    if not generation:
        return {}
    import json

    return json.loads((index_dir / generation / "manifest.json").read_text(encoding="utf-8"))


@dataclass
class _Plan:
    fresh: list[SourceDocument]  # to chunk and embed
    kept: set[str]  # sources whose previous chunks and vectors carry over


def _plan(settings: Settings, old_docs: dict, report: IngestReport, progress: bool) -> _Plan:
    fresh, kept, seen = [], set(), set()
    items = load_documents(Path(settings.source_dir))
    if progress:
        items = _progress(items, "reading")
    for item in items:
        if isinstance(item, DocumentLoadError):
            report.skipped.append((item.path, item.reason))
            log.warning("skipped %s: %s", item.path, item.reason)
            source = _relative(item.path, settings.source_dir)
            if source in old_docs:  # keep what was indexed before rather than lose it
                kept.add(source)
                seen.add(source)
            continue
        seen.add(item.source)
        previous = old_docs.get(item.source)
        if previous and previous["content_hash"] == item.content_hash:
            kept.add(item.source)
            report.unchanged.append(item.source)
        else:
            (report.updated if previous else report.added).append(item.source)
            fresh.append(item)
    report.removed = sorted(set(old_docs) - seen)
    return _Plan(fresh, kept)


def _relative(path: str, source_dir: Path) -> str:
    try:
        return Path(path).resolve().relative_to(Path(source_dir).resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _build(settings, writer, plan, previous, client, analyzer, embedder, progress) -> None:
    store = vector_store(client, collection_name(settings, writer.name), embedder)
    if previous and plan.kept:
        _carry_over(settings, writer, plan.kept, previous, client, store)
    docs = _progress(plan.fresh, "embedding") if progress and len(plan.fresh) > 3 else plan.fresh
    pending: list = []
    for doc in docs:
        chunks = chunk_document(doc, analyzer, settings.chunk_tokens, settings.chunk_overlap_sentences)
        terms = [analyzer.terms(_search_text(c)) for c in chunks]
        writer.add_document(doc, chunks, terms)
        pending.extend(chunks)
        if len(pending) >= EMBED_BATCH:
            _embed(store, pending)
            pending = []
    if pending:
        _embed(store, pending)


def _search_text(chunk) -> str:
    """What is embedded and indexed: the passage with its title and place, so context-free passages match."""
    head = " ".join(x for x in (chunk.meta.municipality.replace(";", " "), chunk.meta.title) if x)
    return f"{head}\n{chunk.text}" if head else chunk.text


def _embed(store, chunks) -> None:
    store.add_texts(
        texts=[_search_text(c) for c in chunks],
        metadatas=[c.metadata() for c in chunks],
        ids=[c.chunk_id for c in chunks],
    )


def _carry_over(settings, writer, kept: set[str], previous: str, client, store) -> None:
    """Copy unchanged documents' chunks, morphemes and vectors from the previous generation."""
    prev_path = Path(settings.index_dir) / previous
    by_source: dict[str, list] = {}
    for chunk, terms in read_chunks(prev_path):
        if chunk.source in kept:
            by_source.setdefault(chunk.source, []).append((chunk, terms))
    old = client.get_collection(collection_name(settings, previous))
    for doc in read_documents(prev_path):
        if doc.source not in kept:
            continue
        rows = by_source.get(doc.source, [])
        writer.add_document(doc, [c for c, _ in rows], [t for _, t in rows])
        ids = [c.chunk_id for c, _ in rows]
        for start in range(0, len(ids), 1000):
            got = old.get(ids=ids[start : start + 1000], include=["embeddings", "documents", "metadatas"])
            store._collection.add(
                ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"], metadatas=got["metadatas"]
            )


def _drop_collection(client, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:
        log.debug("collection %s was not created", name)


def _progress(items, label: str):
    from tqdm import tqdm

    return tqdm(items, desc=label, unit="file", leave=False)
