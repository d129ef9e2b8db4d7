"""`python -m benchmarks grow --from data/index --to DIR --chunks 100000`: a large index made of copies of a real one.

Every document of the source index's live generation is copied under a new id and source ("007/…")
until the index holds about `--chunks` chunks; each copied passage keeps its text and morphemes and gets
its original's vector plus a small fixed perturbation (renormalised), so the HNSW graph holds as
many distinct vectors. Nothing is embedded, so a 100k-chunk index of real program pages takes minutes
(writing the files and the Chroma collection), not the half day of embedding it would cost. The copy is
written by the ingest's own GenerationWriter, so it has every file a real ingest writes (the program
titles included). Then `python -m benchmarks cold DIR` measures opening it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import shutil
import sys
from pathlib import Path

import numpy as np

BATCH = 5000  # vectors per Chroma upsert
NOISE = 0.01  # standard deviation of the perturbation added to each copied vector


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks grow", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", type=Path, required=True, help="an index directory (read only)")
    parser.add_argument("--to", type=Path, required=True, help="a new index directory")
    parser.add_argument("--chunks", type=int, required=True, help="about how many chunks the copy should hold")
    args = parser.parse_args(argv)
    chunks = grow(args.source, args.to, args.chunks)
    print(f"{chunks} chunks in {args.to}")
    return 0


def grow(source: Path, target: Path, want: int) -> int:
    from assistant.config import load_settings
    from assistant.index.store import (
        GenerationWriter, chroma_client, collection_name, raw_collection, read_analyzer, read_chunks, read_current,
        read_documents,
    )
    from assistant.index.lines import LINES_FILE
    from assistant.types import Chunk

    if read_current(target) is not None:
        raise SystemExit(f"error: {target} already holds an index")
    generation = Path(source) / str(read_current(source))
    settings_in, settings_out = load_settings({}, index_dir=source), load_settings({}, index_dir=target)
    documents = list(read_documents(generation))
    rows = list(read_chunks(generation))
    manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
    old = chroma_client(settings_in).get_collection(collection_name(settings_in, generation.name),
                                                    embedding_function=None)
    found = old.get(ids=[c.chunk_id for c, _ in rows], include=["embeddings"])
    vectors = dict(zip(found["ids"], np.asarray(found["embeddings"], dtype=np.float32)))
    by_document: dict[str, list] = {}
    for chunk, terms in rows:
        by_document.setdefault(chunk.document_id, []).append((chunk, terms))
    copies = max(1, math.ceil(want / max(len(rows), 1)))
    writer = GenerationWriter(target, {"embedder": manifest["embedder"], "source_dir": f"copies of {source}"},
                              analyzer=read_analyzer(generation))  # the morphemes are copied as they are
    collection = raw_collection(chroma_client(settings_out), collection_name(settings_out, writer.name))
    rng = np.random.default_rng(0)
    ids, embeddings, metadatas = [], [], []
    for copy in range(copies):
        for document in documents:
            new = dataclasses.replace(document, document_id=f"{document.document_id}c{copy:03d}",
                                      source=f"{copy:03d}/{document.source}")
            chunks, terms = [], []
            for chunk, chunk_terms in by_document.get(document.document_id, []):
                metadata = dict(chunk.metadata(), document_id=new.document_id, source=new.source,
                                chunk_id=f"{new.document_id}:{chunk.index}")
                copied = Chunk.from_metadata(chunk.text, metadata)
                chunks.append(copied)
                terms.append(chunk_terms)
                vector = vectors[chunk.chunk_id] + rng.normal(0, NOISE, vectors[chunk.chunk_id].shape)
                ids.append(copied.chunk_id)
                embeddings.append((vector / np.linalg.norm(vector)).astype(np.float32))
                metadatas.append(copied.metadata())
            writer.add_document(new, chunks, terms)
            if len(ids) >= BATCH:
                collection.upsert(ids=ids, embeddings=np.asarray(embeddings), metadatas=metadatas)
                ids, embeddings, metadatas = [], [], []
        print(f"copy {copy + 1} of {copies}: {writer.chunk_count} chunks", file=sys.stderr, flush=True)
    if ids:
        collection.upsert(ids=ids, embeddings=np.asarray(embeddings), metadatas=metadatas)
    writer.commit()
    if (generation / LINES_FILE).exists():  # the copies hold the same lines: their vectors as the source has them
        shutil.copyfile(generation / LINES_FILE, writer.path / LINES_FILE)
    return writer.chunk_count
