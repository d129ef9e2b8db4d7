"""Chunks: whole sentences, inside the token budget, exact slices of the text, nothing lost."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.index.chunking import chunk_document
from assistant.language.korean import KoreanAnalyzer
from assistant.language.tokens import count_tokens
from assistant.types import DocumentMeta, SourceDocument

ANALYZER = KoreanAnalyzer()


def _doc(text: str) -> SourceDocument:
    return SourceDocument("doc1", "a.txt", text, DocumentMeta(title="t"), "h")


def test_chunks_respect_budget_and_sentence_boundaries(knowledge_text):
    sentences = ANALYZER.sentences(knowledge_text)
    budget = max(count_tokens(s.text) for s in sentences) + 10  # no sentence needs cutting
    chunks = chunk_document(_doc(knowledge_text), ANALYZER, max_tokens=budget)
    assert len(chunks) > 3
    for c in chunks:
        assert c.text == knowledge_text[c.start : c.end]
        assert count_tokens(c.text) <= budget
    # chunks start and end where Kiwi's sentences do
    assert {c.end for c in chunks} <= {s.end for s in sentences}
    assert {c.start for c in chunks} <= {s.start for s in sentences}


def test_ids_are_deterministic():
    text = "고양시는 일자리센터를 운영한다. 수원시는 창업센터를 운영한다. " * 20
    a = chunk_document(_doc(text), ANALYZER, max_tokens=60)
    b = chunk_document(_doc(text), ANALYZER, max_tokens=60)
    assert [c.chunk_id for c in a] == [c.chunk_id for c in b] == [f"doc1:{i}" for i in range(len(a))]


def test_a_sentence_longer_than_the_budget_is_cut_not_dropped():
    text = "가나다라마바사" * 200 + "."
    chunks = chunk_document(_doc(text), ANALYZER, max_tokens=100)
    assert all(count_tokens(c.text) <= 100 for c in chunks)
    assert "".join(c.text for c in chunks) == text


@pytest.fixture
def knowledge_text():
    from pathlib import Path

    return (Path(__file__).parent.parent / "knowledge" / "004_f7151f5f38947686.txt").read_text(encoding="utf-8")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("가나다라 고양시일자리. 1만2000!\n?abc")), max_size=600))
def test_property_no_text_lost_between_chunks(text):
    chunks = chunk_document(_doc(text), ANALYZER, max_tokens=40, overlap=1)
    for c in chunks:
        assert c.text == text[c.start : c.end]
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    # every non-space character of the text is inside some chunk
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_every_indexed_passage_fits_the_embedders_window(knowledge_assistant, embedder):
    """What is embedded (title + place + passage) stays inside e5's 512-token window, so no passage is cut."""
    from assistant.index.build import search_text

    chunks = knowledge_assistant.generation.chunks
    assert len(chunks) > 10
    longest = max(embedder.token_count(search_text(c)) for c in chunks)
    assert longest <= embedder.max_tokens
