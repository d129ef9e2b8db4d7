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


def forget_clients() -> None:
    """Drop chromadb's per-process cache of open clients, so the next `chroma_client` opens a new one.

    A forked process must: its parent's client works through threads the fork did not copy, and a query
    through it never returns. The parent's client is left as it was (nothing is closed)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


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


def load_vectors(client, name: str) -> None:
    """Make Chroma load a collection's vector index now (it does on the first query otherwise: ~0.3-0.4 s at 100k
    chunks). Chroma's Rust side loads it without holding Python's GIL, so a thread running this overlaps work
    that does hold it, such as Kiwi's load."""
    try:
        collection = client.get_collection(name, embedding_function=None)
        first = collection.get(limit=1, include=["embeddings"])
        if len(first["ids"]):
            collection.query(query_embeddings=[first["embeddings"][0]], n_results=1, include=[])
    except Exception as exc:  # the first question then loads it, or reports what is wrong
        log.info("could not load the vectors of %s ahead: %s", name, first_line(exc))
