"""Carrying unchanged documents over from the previous generation: chunks, morphemes, vectors, programs."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from assistant.index.generations import read_chunks, read_documents

COPY_BATCH = 1000  # vectors per Chroma get/add when carrying over


def carry_over(prev_path: Path, writer, kept: set[str], old_docs: dict, old, collection, catalog,
               terms_of=None) -> None:
    """Copy unchanged documents' chunks, morphemes and vectors from the previous generation, streaming.

    `terms_of(chunk)`, when given, makes each chunk's morphemes again (the previous ones came from another analyzer).

    documents.jsonl and chunks.jsonl list documents in the same order and each document's chunks
    together, so both files are read once, side by side.
    """
    chunk_rows = read_chunks(prev_path)
    ids: list[str] = []
    for doc in read_documents(prev_path):
        count = len(old_docs.get(doc.source, {}).get("chunk_ids", []))
        rows = list(islice(chunk_rows, count))
        if doc.source not in kept:
            continue
        terms = [terms_of(c) for c, _ in rows] if terms_of else [t for _, t in rows]
        writer.add_document(doc, [c for c, _ in rows], terms)
        catalog.add(doc)  # its programs, copied from the previous catalog (same content hash)
        ids.extend(c.chunk_id for c, _ in rows)
        if len(ids) >= COPY_BATCH:
            copy_vectors(old, collection, ids)
            ids = []
    if ids:
        copy_vectors(old, collection, ids)


def copy_vectors(old, collection, ids: list[str]) -> None:
    got = old.get(ids=ids, include=["embeddings", "documents", "metadatas"])
    collection.upsert(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"],
                      metadatas=got["metadatas"])
