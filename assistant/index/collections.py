"""The Chroma side of the index: the client (local or a server), the collections of each generation."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.config import Settings
from assistant.errors import ChromaUnavailableError
from assistant.roles import Embedder

log = logging.getLogger(__name__)


def chroma_client(settings: Settings):
    """A Chroma client with telemetry off: a server when `chroma_host` is set, else persistent on disk."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.server_mode:
        host, port = settings.chroma_host, settings.chroma_port
        try:
            return chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
        except Exception as exc:  # chromadb raises ValueError (refused) or httpx errors (timeouts)
            raise ChromaUnavailableError(host, port, first_line(exc)) from None
    path = Path(settings.index_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def vector_store(client, name: str, embedder: Embedder):
    """LangChain's Chroma over our collection, with our own embedding function and cosine distance."""
    from langchain_chroma import Chroma

    return Chroma(
        client=client,
        collection_name=name,
        embedding_function=embedder,
        collection_metadata={"hnsw:space": "cosine"},
    )


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def raw_collection(client, name: str):
    """The chromadb collection behind `vector_store` (cosine, no embedding function: we pass vectors)."""
    return client.get_or_create_collection(name, metadata={"hnsw:space": "cosine"}, embedding_function=None)


def collection_name(settings: Settings, generation: str) -> str:
    return f"{settings.collection}-{generation.removeprefix('gen-')}"
