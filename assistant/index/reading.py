"""Reading the source folder ahead of the embedder: load, chunk and tokenize (Kiwi) in a thread."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

from assistant.documents.loading import load_documents
from assistant.errors import DocumentLoadError
from assistant.index.chunking import chunk_document
from assistant.types import Chunk, SourceDocument

READ_AHEAD = 4  # documents chunked and tokenized ahead of the embedder


def read_ahead(settings, old_docs: dict, analyzer) -> Iterator[tuple]:
    """(document or error, chunks, terms) in path order; chunks is None for unchanged documents.

    A daemon thread does the loading, chunking and Kiwi work up to READ_AHEAD documents ahead.
    """
    out: queue.Queue = queue.Queue(maxsize=READ_AHEAD)
    stop = threading.Event()
    done = object()

    def put(value) -> bool:
        while not stop.is_set():
            try:
                out.put(value, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in load_documents(Path(settings.source_dir)):
                if stop.is_set():
                    return
                if isinstance(item, DocumentLoadError) or unchanged(item, old_docs):
                    row = (item, None, None)
                else:
                    row = (item, *prepare(item, settings, analyzer))
                if not put(row):
                    return
            put(done)
        except BaseException as exc:  # handed to the consumer, which raises it
            put(exc)

    thread = threading.Thread(target=work, name="ingest-reader", daemon=True)
    thread.start()
    try:
        while True:
            value = out.get()
            if value is done:
                return
            if isinstance(value, BaseException):
                raise value
            yield value
    finally:
        stop.set()
        thread.join(timeout=5)


def unchanged(doc: SourceDocument, old_docs: dict) -> bool:
    previous = old_docs.get(doc.source)
    return bool(previous) and previous["content_hash"] == doc.content_hash


def prepare(doc: SourceDocument, settings, analyzer) -> tuple[list[Chunk], list[list[str]]]:
    chunks = chunk_document(doc, analyzer, settings.chunk_tokens, settings.chunk_overlap_sentences)
    return chunks, [analyzer.terms(search_text(c)) for c in chunks]


def relative_source(path: str, source_dir: Path) -> str:
    try:
        return Path(path).resolve().relative_to(Path(source_dir).resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def search_text(chunk) -> str:
    """What is embedded and indexed: the passage with its title and place, so context-free passages match."""
    head = " ".join(x for x in (chunk.meta.municipality.replace(";", " "), chunk.meta.title) if x)
    return f"{head}\n{chunk.text}" if head else chunk.text
