"""Vectors of every answering line of every document, computed at ingest, so answering compares meanings fast.

A generation's `lines.npz` holds the distinct line texts (stripped) and their vectors, from the same
embedder object as the passages (so any content-keyed vector cache around it covers them too).
Lines are the document's units (documents/structure.py) that can answer alone, read from the
document's text as the answerer rebuilds it from its passages, keyed by their stripped text.
Vectors of lines an earlier generation already had are copied by text, not embedded again.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from assistant.documents.structure import read_units
from assistant.types import Chunk

LINES_FILE = "lines.npz"
MIN_LINE_CHARS = 4
# Longer lines (a prose paragraph, a KorQuAD passage) get no vector: embedding costs about as much per character
# as the passages themselves, and the answerer compares such a line by its words and kind alone.
MAX_LINE_CHARS = 300
EMBED_BATCH = 64
SEPARATOR = "\x1f"  # between line texts in the file (a line never holds it: units are single lines)
log = logging.getLogger(__name__)


def document_text(pieces: Iterable[Chunk]) -> str:
    """A document's text rebuilt from its passages; what lies between passages is line breaks."""
    pieces = list(pieces)
    buffer = ["\n"] * max((c.end for c in pieces), default=0)
    for c in pieces:
        buffer[c.start : c.end] = c.text
    return "".join(buffer)


def line_key(text: str) -> str:
    """How a line is looked up: stripped, and never holding the file's separator."""
    return text.strip().replace(SEPARATOR, " ")


def answering_lines(text: str) -> list[str]:
    """The distinct keys of a document's units that can answer alone, short enough to embed."""
    keys = (line_key(u.text) for u in read_units(text) if u.answers)
    return list(dict.fromkeys(k for k in keys if MIN_LINE_CHARS <= len(k) <= MAX_LINE_CHARS))


class LineVectors:
    """Line text -> unit vector, read from a generation's lines.npz (empty when it has none yet)."""

    def __init__(self, path: Path | None = None):
        self.path = path
        self._row: dict[str, int] = {}
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self._checked: float | None = None
        self._load()

    def _load(self) -> None:
        file = self.path / LINES_FILE if self.path else None
        if file is None or not file.exists():
            return
        with np.load(file, allow_pickle=False) as data:
            texts = bytes(data["texts"]).decode("utf-8").split(SEPARATOR) if len(data["texts"]) else []
            self._matrix = data["vectors"].astype(np.float32)
        self._row = {t: i for i, t in enumerate(texts)}

    def __len__(self) -> int:
        return len(self._row)

    def get(self, text: str) -> np.ndarray | None:
        if not self._row and self.path is not None:
            self._retry()
        key = line_key(text)
        row = self._row.get(key) if len(key) <= MAX_LINE_CHARS else None
        return None if row is None else self._matrix[row]

    def _retry(self) -> None:
        """The file is written just after a generation goes live: look again when it appears (one stat a call)."""
        file = self.path / LINES_FILE
        stamp = file.stat().st_mtime if file.exists() else None
        if stamp is not None and stamp != self._checked:
            self._checked = stamp
            self._load()


def write_line_vectors(generation: Path, chunks: Iterable[Chunk], embedder, previous: Path | None = None) -> int:
    """Write `generation`/lines.npz for the documents of `chunks`; returns how many lines were embedded anew."""
    by_document: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        by_document.setdefault(chunk.document_id, []).append(chunk)
    texts = list(dict.fromkeys(k for pieces in by_document.values() for k in answering_lines(document_text(pieces))))
    known = LineVectors(previous) if previous is not None and previous != generation else None
    vectors: list = [known.get(t) if known is not None else None for t in texts]
    missing = [i for i, v in enumerate(vectors) if v is None]
    for start in range(0, len(missing), EMBED_BATCH):
        batch = missing[start : start + EMBED_BATCH]
        for i, vector in zip(batch, embedder.embed_documents([texts[i] for i in batch])):
            vectors[i] = np.asarray(vector, dtype=np.float32)
    matrix = np.vstack(vectors).astype(np.float32) if vectors else np.zeros((0, 0), dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True) if len(matrix) else 1.0
    matrix = matrix / np.maximum(norms, 1e-9)
    partial = generation / (LINES_FILE + ".part.npz")
    packed = np.frombuffer(SEPARATOR.join(texts).encode("utf-8"), dtype=np.uint8)  # no fixed-width strings
    np.savez(partial, texts=packed, vectors=matrix.astype(np.float16))
    os.replace(partial, generation / LINES_FILE)
    log.info("line vectors: %d lines, %d embedded", len(texts), len(missing))
    return len(missing)


def has_line_vectors(generation: Path) -> bool:
    return (generation / LINES_FILE).exists()
