"""A shipped vector cache: embedder name + sha256 of an embedded text -> its vector (float16).

knowledge/ carries `.vector-cache.npz`, so a fresh clone indexes the bundled programs in seconds
instead of embedding them for minutes. The cache is consulted wherever ingest embeds a passage
(CachedEmbedder wraps the embedder build.py uses), so any text ingest embeds can be found there.
It is checked when it is loaded: the embedder named in it must be the one in use, the vectors must
have its dimension, and a probe text stored with it must embed (today) to the stored vector; a
cache that fails any check is ignored (everything is embedded, as without it).

`python -m assistant vectors --rebuild [--source DIR]` rewrites it (index/cache_rebuild.py).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)

CACHE_FILE = ".vector-cache.npz"  # hidden: the loader never reads it as a document
FORMAT = 1
PROBE_TEXT = "청년 일자리 지원사업 신청 방법과 지원 내용"
PROBE_MIN_COSINE = 0.99  # float16 storage keeps a vector's cosine with itself above 0.999


KEY_BYTES = 16


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()[:KEY_BYTES]


def _key_bytes(stored) -> bytes:
    """A stored key: a row of KEY_BYTES uint8 (numpy's bytes type would drop a digest's trailing zero
    bytes, which is why keys are not stored that way; such an older file is read by padding them back)."""
    raw = stored.tobytes() if isinstance(stored, np.ndarray) else bytes(stored)
    return raw.ljust(KEY_BYTES, b"\0")


class VectorCache:
    """Vectors of one embedder by text hash."""

    def __init__(self, embedder_name: str, vectors: dict[bytes, np.ndarray], probe: np.ndarray | None = None):
        self.embedder_name = embedder_name
        self.vectors = vectors
        self.probe = probe

    def __len__(self) -> int:
        return len(self.vectors)

    def get(self, text: str) -> np.ndarray | None:
        return self.vectors.get(text_key(text))

    @classmethod
    def read(cls, path: Path) -> VectorCache | None:
        """The cache at `path`, or None when there is none or it cannot be read (named in the log)."""
        path = Path(path)
        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                if int(data["format"]) != FORMAT:
                    log.warning("%s: vector cache format %s, expected %s; ignored", path, int(data["format"]), FORMAT)
                    return None
                keys, vectors = data["keys"], data["vectors"]
                name, probe = str(data["embedder"]), np.asarray(data["probe"], dtype=np.float32)
        except Exception as exc:  # a damaged file must not stop ingest
            log.warning("%s: unreadable vector cache (%s); ignored", path, exc)
            return None
        return cls(name, {_key_bytes(k): v for k, v in zip(keys, vectors)}, probe)

    def write(self, path: Path) -> None:
        """Write atomically (a temporary file renamed over the old one)."""
        path = Path(path)
        keys = sorted(self.vectors)
        dim = len(self.probe) if self.probe is not None else 0
        vectors = np.stack([self.vectors[k] for k in keys]).astype(np.float16) if keys else np.zeros((0, dim), np.float16)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez_compressed(tmp, format=np.int64(FORMAT), embedder=np.str_(self.embedder_name),
                            keys=np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), KEY_BYTES),
                            vectors=vectors,
                            probe=np.asarray(self.probe, dtype=np.float32))
        tmp.replace(path)

    def fits(self, embedder) -> str:
        """"" when this cache holds `embedder`'s vectors; else why not."""
        name = getattr(embedder, "name", "")
        if name != self.embedder_name:
            return f"made with {self.embedder_name}, not {name or 'this embedder'}"
        if self.probe is None or not len(self.probe):
            return "it has no probe vector"
        fresh = np.asarray(embedder.embed_documents([PROBE_TEXT])[0], dtype=np.float32)
        if fresh.shape != self.probe.shape:
            return f"its vectors have {self.probe.shape[0]} dimensions, the embedder's {fresh.shape[0]}"
        cosine = float(fresh @ self.probe / (np.linalg.norm(fresh) * np.linalg.norm(self.probe) or 1.0))
        if cosine < PROBE_MIN_COSINE:
            return f"the embedder no longer gives its vectors (probe cosine {cosine:.3f})"
        return ""


class CachedEmbedder(Embeddings):
    """An embedder that looks each passage up in a VectorCache first and embeds only the rest.

    `record=True` keeps every vector handed out (found or fresh), for writing a new cache.
    """

    def __init__(self, inner, cache: VectorCache | None, progress: bool = False, record: bool = False):
        self.inner = inner
        self.cache = cache
        self.progress = progress
        self.used: dict[bytes, np.ndarray] | None = {} if record else None
        self.found = 0
        self.embedded = 0
        self._checked = cache is None
        self._bar = None

    def __getattr__(self, attribute):  # name, max_tokens, whatever else the inner embedder offers (or lacks)
        if attribute == "inner":
            raise AttributeError(attribute)
        return getattr(self.inner, attribute)

    def _check(self) -> None:
        if not self._checked:
            self._checked = True
            problem = self.cache.fits(self.inner)
            if problem:
                log.warning("vector cache ignored: %s — rebuild it with `python -m assistant vectors --rebuild`", problem)
                self.cache = None

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self._check()
        vectors: list = [None] * len(texts)
        if self.cache is not None:
            for i, text in enumerate(texts):
                found = self.cache.get(text)
                if found is not None:
                    vectors[i] = np.asarray(found, dtype=np.float32)
        missing = [i for i, v in enumerate(vectors) if v is None]
        self.found += len(texts) - len(missing)
        if missing:
            fresh = self.inner.embed_documents([texts[i] for i in missing])
            for i, vector in zip(missing, fresh):
                vectors[i] = np.asarray(vector, dtype=np.float32)
            self.embedded += len(missing)
            self._advance(len(missing))
        if self.used is not None:
            self.used.update((text_key(t), v) for t, v in zip(texts, vectors))
        return [v.tolist() for v in vectors]

    def _advance(self, count: int) -> None:
        if not self.progress:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(desc="embedding (not in the vector cache)", unit="passage", leave=False)
        self._bar.update(count)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def with_vector_cache(embedder, source_dir: Path, progress: bool = False):
    """`embedder` looking passages up in `source_dir`'s cache first (unchanged when wrapped already)."""
    if isinstance(embedder, CachedEmbedder):
        return embedder
    return CachedEmbedder(embedder, VectorCache.read(Path(source_dir) / CACHE_FILE), progress)
