"""The vector cache: found passages are not embedded again, a cache of another embedder is ignored,
and every key survives a write and a read (digests ending in zero bytes too)."""

from __future__ import annotations

import numpy as np

from assistant.index.vector_cache import PROBE_TEXT, CachedEmbedder, VectorCache, text_key


class CountingEmbedder:
    """A deterministic toy embedder that counts what it is asked to embed."""

    def __init__(self, name: str = "toy"):
        self.name = name
        self.asked: list[str] = []

    def embed_documents(self, texts):
        self.asked.extend(texts)
        return [[float(len(t)), float(sum(map(ord, t)) % 97), 1.0] for t in texts]


def _cache(embedder, texts) -> VectorCache:
    vectors = {text_key(t): np.asarray(v, np.float16) for t, v in zip(texts, embedder.embed_documents(texts))}
    return VectorCache(embedder.name, vectors, np.asarray(embedder.embed_documents([PROBE_TEXT])[0], np.float32))


def test_only_passages_missing_from_the_cache_are_embedded(tmp_path):
    cache = _cache(CountingEmbedder(), ["청년 면접수당", "취업 지원"])
    cache.write(tmp_path / "c.npz")
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, VectorCache.read(tmp_path / "c.npz"))
    vectors = cached.embed_documents(["취업 지원", "새 사업 안내", "청년 면접수당"])
    assert inner.asked == [PROBE_TEXT, "새 사업 안내"]  # the probe check, then the one miss
    assert (cached.found, cached.embedded) == (2, 1)
    assert vectors == [[float(len(t)), float(sum(map(ord, t)) % 97), 1.0] for t in ["취업 지원", "새 사업 안내", "청년 면접수당"]]


def test_a_cache_of_another_embedder_is_ignored():
    cached = CachedEmbedder(CountingEmbedder("other"), _cache(CountingEmbedder("toy"), ["취업 지원"]))
    cached.embed_documents(["취업 지원"])
    assert cached.embedded == 1 and cached.cache is None


def test_every_key_survives_a_write_and_a_read(tmp_path):
    texts = [f"문장 {i}" for i in range(3000)]  # about a dozen of their digests end in a zero byte
    assert any(text_key(t).endswith(b"\0") for t in texts)
    cache = _cache(CountingEmbedder(), texts)
    cache.write(tmp_path / "c.npz")
    again = VectorCache.read(tmp_path / "c.npz")
    assert set(again.vectors) == set(cache.vectors) and all(again.get(t) is not None for t in texts)
