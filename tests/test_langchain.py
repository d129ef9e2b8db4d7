"""The assistant's search as a LangChain retriever, used the way a LangChain user would: in an LCEL chain."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.runnables import RunnableLambda

QUESTION = "수원시 K-Move 스쿨은 몇 명을 뽑아요?"
SUWON = "000_3e53feb907e695fd.txt"


def format_docs(docs: list[Document]) -> str:
    """Numbered passages with their titles, as a prompt would show them."""
    return "\n\n".join(f"[{i}] {d.metadata['title']} ({d.metadata['source']})\n{d.page_content}" for i, d in enumerate(docs, 1))


def test_the_retriever_returns_the_passage_that_answers_with_its_provenance(knowledge_assistant):
    docs = knowledge_assistant.as_retriever(k=3).invoke(QUESTION)
    assert 1 <= len(docs) <= 3
    top = docs[0]
    assert top.metadata["source"] == SUWON and top.metadata["title"] and top.metadata["municipality"] == "수원시"
    assert "k-move" in top.page_content.lower()
    assert any("30명" in d.page_content and d.metadata["source"] == SUWON for d in docs)  # the passage that answers
    assert top.id == top.metadata["chunk_id"] and top.metadata["score"] >= docs[-1].metadata["score"]


def test_the_retriever_composes_in_an_lcel_chain(knowledge_assistant):
    chain = knowledge_assistant.as_retriever(k=2) | RunnableLambda(format_docs)
    context = chain.invoke(QUESTION)
    assert context.startswith("[1] ") and f"({SUWON})" in context.split("\n", 1)[0]
    assert "[2] " in context and "[3]" not in context and "k-move" in context.lower()


def test_the_retriever_keeps_to_the_chosen_municipality(knowledge_assistant):
    docs = knowledge_assistant.as_retriever(k=5, municipality="고양시").invoke("청년 일자리 지원 사업")
    assert docs and all("고양시" in d.metadata["municipality"] for d in docs)
    assert knowledge_assistant.as_retriever().invoke("") == []  # nothing asked, nothing found
