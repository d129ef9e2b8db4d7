"""Question -> ranked hits: dense (Chroma) and lexical (Kiwi BM25) scores, normalised and fused by weight."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.index.store import Generation, lexical_scores
from assistant.language.korean import KoreanAnalyzer
from assistant.roles import Embedder, VectorSearch
from assistant.types import Hit


@dataclass(frozen=True)
class Filters:
    """Optional restrictions: one municipality (or the names of one place, joined by ';'), a range of publication
    years (a counselor sets them), the documents of one named program (the question sets them)."""

    municipality: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    document_ids: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.municipality or self.year_from or self.year_to or self.document_ids)

    def where(self) -> dict | None:
        """The year restriction as a Chroma `where` clause. The municipality is applied after the
        dense search (see `mask`): a document may name several, joined by ';', and Chroma has no
        substring test on metadata."""
        clauses = []
        if self.year_from:
            clauses.append({"published_year": {"$gte": int(self.year_from)}})
        if self.year_to:
            clauses.append({"published_year": {"$lte": int(self.year_to)}})
        if self.document_ids:
            clauses.append({"document_id": {"$in": list(self.document_ids)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def mask(self, generation: Generation) -> np.ndarray | None:
        """Which chunks pass, as a boolean array; vectorised, so 100k chunks take about a millisecond."""
        if not self.active:
            return None
        keep = np.ones(len(generation.chunks), dtype=bool)
        if self.municipality:
            names, which = np.unique(generation.column("municipality"), return_inverse=True)
            wanted = _municipalities(self.municipality)  # "수원시;경기도 수원시": any of these names (a place's spellings)
            keep &= np.array([bool(wanted & _municipalities(str(n))) for n in names], dtype=bool)[which]
        year = generation.column("published_year")
        if self.year_from:
            keep &= year >= int(self.year_from)  # an unknown year (0) fails both bounds
        if self.year_to:
            keep &= (year > 0) & (year <= int(self.year_to))
        if self.document_ids:
            keep &= np.isin(generation.column("document_id"), list(self.document_ids))
        return keep


def _municipalities(value: str) -> set[str]:
    return {m.strip() for m in value.split(";")}


class HybridRetriever:
    """Weighted fusion of min-max-normalised dense and lexical scores over both candidate lists."""

    def __init__(
        self, generation: Generation, store: VectorSearch, embedder: Embedder, analyzer: KoreanAnalyzer, dense_weight: float
    ):
        self.generation = generation
        self.store = store
        self.embedder = embedder
        self.analyzer = analyzer
        self.dense_weight = dense_weight

    def with_weight(self, dense_weight: float, embedder: Embedder | None = None) -> HybridRetriever:
        """A copy over the same index fusing at `dense_weight` (and embedding with `embedder`): for sweeps."""
        return HybridRetriever(self.generation, self.store, embedder or self.embedder, self.analyzer, dense_weight)

    def search(self, query: str, k: int = 5, filters: Filters | None = None, terms: list[str] | None = None) -> list[Hit]:
        filters = filters or Filters()
        chunks = self.generation.chunks
        if not chunks:
            return []
        pool = max(4 * k, 24)
        lexical = lexical_scores(self.generation, self.analyzer.terms(query) if terms is None else terms)
        mask = filters.mask(self.generation)
        if mask is not None:
            lexical = np.where(mask, lexical, 0.0)
            if not mask.any():
                return []
        dense = self._dense(query, pool * (4 if filters.municipality else 1), filters)
        if mask is not None:
            dense = {row: score for row, score in dense.items() if mask[row]}
        lex_top = [int(i) for i in np.argsort(-lexical)[:pool] if lexical[i] > 0]
        candidates = set(lex_top) | set(dense)
        lex_max = float(lexical.max()) if lexical.size else 0.0
        d_values = list(dense.values())
        d_lo, d_hi = (min(d_values), max(d_values)) if d_values else (0.0, 0.0)
        hits = []
        for row in candidates:
            lex = float(lexical[row]) / lex_max if lex_max > 0 else 0.0
            raw_dense = dense.get(row)
            den = (raw_dense - d_lo) / (d_hi - d_lo) if raw_dense is not None and d_hi > d_lo else 0.0
            score = (1 - self.dense_weight) * lex + self.dense_weight * den
            hits.append(Hit(chunks[row], score, dense=raw_dense or 0.0, lexical=float(lexical[row])))
        hits.sort(key=lambda h: (-h.score, h.chunk.chunk_id))
        return hits[:k]

    def _dense(self, query: str, pool: int, filters: Filters) -> dict[int, float]:
        """Row -> cosine similarity for the `pool` nearest chunks that pass the filters."""
        if self.dense_weight <= 0:
            return {}
        vector = self.embedder.embed_query(query)
        found = self.store.similarity_search_by_vector_with_relevance_scores(
            vector, k=min(pool, len(self.generation.chunks)), filter=filters.where()
        )
        out = {}
        for doc, distance in found:
            row = self.generation.row(doc.metadata.get("chunk_id", ""))
            if row is not None:
                out[row] = 1.0 - float(distance)
        return out


class AssistantRetriever(BaseRetriever):
    """A search (question, k -> hits) behind LangChain's retriever interface: Documents carrying the
    passage's metadata (source, title, municipality, publisher, published, chunk_id) and its score.
    Assistant.as_retriever() makes one over the live index."""

    search: Callable[..., list[Hit]]  # search(question, k=...) -> ranked hits
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        hits = self.search(query, k=self.k)
        return [
            Document(page_content=h.chunk.text, metadata={**h.chunk.metadata(), "score": h.score}, id=h.chunk.chunk_id)
            for h in hits
        ]
