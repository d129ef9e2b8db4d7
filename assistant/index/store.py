"""The index on disk: a Chroma collection (dense) and a Kiwi-morpheme BM25 index (lexical), kept in step.

Layout of `index_dir` (one *generation* per successful ingest)::

    CURRENT              name of the live generation, replaced atomically at the end of an ingest
    .lock                held by the one ingest allowed at a time
    chroma/              the persistent Chroma (local mode; in server mode the collections live there)
    gen-<stamp>/         chunks.jsonl (text, metadata, morphemes), documents.jsonl (cleaned texts),
                         manifest.json (per source: hash, chunk ids), bm25/ (the lexical index),
                         lexical.json (the analyzer that made the morphemes), table/ (the chunks as
                         memory-mapped columns: what a reader opens instead of chunks.jsonl),
                         snapshot-dates.json, programs.json + program-grams.npz + program-rows.bytes
                         (index/titles.py), lines.npz (index/lines.py), catalog.jsonl,
                         building.json (written first: the embedder, so an abandoned build's vectors
                         can be reused by the next ingest)

Each generation has its own Chroma collection `<collection>-<stamp>`. An ingest builds a new
generation beside the live one and only then points CURRENT at it, so a crash at any moment
leaves the previous generation whole and in use. A generation without manifest.json was abandoned
(crash, kill, Ctrl-C); the next ingest reuses the vectors its collection already holds, by content,
and then deletes it. In server mode the collections live in the Chroma server and everything else
stays in `index_dir`.

The code lives by job in collections.py (Chroma), generations.py (reading a generation, CURRENT, the
ingest lock, pruning) and writer.py (writing a generation); this module names them all in one place.
"""

from __future__ import annotations

from assistant.index.collections import (
    chroma_client, collection_name, forget_clients, load_vectors, raw_collection, vector_store,
)
from assistant.index.generations import (
    BUILDING,
    Generation,
    read_analyzer,
    read_snapshot_dates,
    abandoned_generations,
    ingest_lock,
    lexical_scores,
    load_generation,
    prune_generations,
    read_chunk_texts,
    read_chunks,
    read_current,
    read_record_field,
    read_documents,
    write_current,
    write_json,
)
from assistant.index.writer import GenerationWriter

__all__ = [
    "BUILDING", "Generation", "GenerationWriter", "abandoned_generations", "chroma_client", "collection_name",
    "forget_clients", "ingest_lock", "lexical_scores", "load_generation", "load_vectors", "prune_generations",
    "raw_collection", "read_analyzer", "read_chunk_texts", "read_chunks", "read_current", "read_documents",
    "read_record_field", "read_snapshot_dates", "vector_store", "write_current", "write_json",
]
