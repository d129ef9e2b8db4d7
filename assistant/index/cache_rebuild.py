"""`python -m assistant vectors --rebuild`: write a folder's vector cache afresh.

The folder is ingested into a scratch index through the old cache; the new cache holds exactly the
vectors that ingest asked for (found or embedded), so nothing stale stays in it and every text
ingest embeds (passages, and whatever else it embeds) is in it.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

from assistant.index.build import run_ingest
from assistant.index.vector_cache import CACHE_FILE, PROBE_TEXT, CachedEmbedder, VectorCache


def rebuild_cache(settings, embedder, progress: bool = False) -> tuple[int, int, Path]:
    """Write `settings.source_dir`'s cache afresh: (vectors kept, of them newly embedded, cache path).

    The folder is ingested into a scratch index through the old cache; the new cache holds exactly
    the vectors that ingest asked for (so nothing stale stays in it).
    """
    path = Path(settings.source_dir) / CACHE_FILE
    cached = CachedEmbedder(embedder, VectorCache.read(path), progress, record=True)
    scratch = Path(tempfile.mkdtemp(prefix="vector-cache-"))
    try:
        run_ingest(replace(settings, index_dir=scratch / "index", chroma_host=""), progress=progress,
                   embedder=cached, reset=True)
    finally:
        cached.close()
        shutil.rmtree(scratch, ignore_errors=True)
    probe = np.asarray(embedder.embed_documents([PROBE_TEXT])[0], dtype=np.float32)
    VectorCache(cached.name, dict(cached.used or {}), probe).write(path)
    return len(cached.used or {}), cached.embedded, path
