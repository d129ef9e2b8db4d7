"""Answers quote documents without their layout marks: no "## □ ○ -", no "— - 지원금액:" in what citizens read.

plain_quote only deletes heading marks, bullet glyphs and extra spaces, so a quote is still its source line.
The whole natural question set is checked by `python scripts/answer_markup.py` (about 30 s over a built
policy index); here, the questions about 40 rendered policies, answered from a fresh index of them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.answer.quoting import plain_quote

QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared/data/youth-policies/questions-natural-dev.jsonl"
# What a person would see as source markup in an answer: a heading mark, a box or circle glyph, a table rule,
# Markdown bold, a private-use icon, or a "-", "*", "ㅇ", "※", ">" bullet opening a line or a quote.
MARKUP = re.compile(r"(^|\s)#{1,6}\s|[□■○●◎◇◆▶▷❍◦•]|\||\*\*|[\ue000-\uf8ff\U000f0000-\U0010ffff]"
                    r"|(^|\n|— |\] )([ㅇ>*\-–]|※)\s")
MARK_CHARS = set("#□■◼◻▣○●◯◦∙•ㆍ▪▫▶►▷◆◇◈◎☞✓✔❍❑❏➢➤△▽|*-–+※>ㅇo󰏅⁃")


def _only_marks_deleted(source: str, quote: str) -> bool:
    """`quote` is `source` with some marks and spaces deleted: the same words, in the same order, nothing added."""
    def keep(text):
        return "".join(ch for ch in text if not ch.isspace() and ch not in MARK_CHARS
                       and not (0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000))

    at = 0
    for ch in quote:  # a subsequence of the source ...
        if ch.isspace():
            continue
        found = source.find(ch, at)
        if found < 0:
            return False
        if keep(source[at:found]):
            return False  # ... that skips only marks and spaces
        at = found + 1
    return keep(quote) != "" or keep(source) == ""


@pytest.mark.parametrize("line, quoted", [
    ("## □ ○ - 연령: 만 18~39세", "연령: 만 18~39세"),
    ("- **사업 개요**: 자격증 취득 응시 수수료 지원", "사업 개요: 자격증 취득 응시 수수료 지원"),
    ("지원사항 | ❍ 지원내용 \U000f02ef 청년고용 기업 인건비 지원", "지원사항 지원내용 청년고용 기업 인건비 지원"),
    ("ㅇ (목적) 중소기업 청년 장기근속자에 대한 인센티브", "(목적) 중소기업 청년 장기근속자에 대한 인센티브"),
    ("□ 지원내용\n○ 선발된 청년농업인에게 월 최대 100만원", "지원내용\n선발된 청년농업인에게 월 최대 100만원"),
    ("(심사방법) -", "(심사방법)"),
])
def test_marks_are_removed_and_the_words_kept(line, quoted):
    assert plain_quote(line) == quoted
    assert _only_marks_deleted(line, plain_quote(line))


@pytest.mark.parametrize("text", ["만 18 - 39세, 지역자원조사-시제품개발", "2024-2호 고시 #관악구", "청년*을 우대"])
def test_text_that_only_looks_like_a_mark_stays(text):
    assert plain_quote(text) == text


@pytest.fixture(scope="module")
def policy_assistant(tmp_path_factory, analyzer, embedder):
    """A fresh index of 40 rendered dev policies (with the seed articles), and the natural questions about them."""
    pytest.importorskip("docx")
    from evals.policy_corpus import SOURCE_DIR, build_corpus, load_answers
    from evals.policy_facts import DEFAULT_POLICIES

    if not DEFAULT_POLICIES.exists() or not QUESTIONS.exists():
        pytest.skip("the dev policies and natural questions are not here")
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    out = tmp_path_factory.mktemp("policy-markup")
    build_corpus(out, limit=40)
    rendered = {row["plcyNo"] for row in load_answers(out)}
    settings = load_settings({}, index_dir=out / "index", source_dir=out / SOURCE_DIR)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    questions = [row for row in map(json.loads, QUESTIONS.read_text(encoding="utf-8").splitlines())
                 if row["plcyNo"] in rendered]
    return Assistant.open(settings, analyzer=analyzer, embedder=embedder), questions


@pytest.mark.slow
def test_answers_to_natural_questions_carry_no_source_markup(policy_assistant):
    assistant, questions = policy_assistant
    assert len(questions) >= 20
    marked, quotes = [], 0
    for row in questions:
        answer = assistant.ask(row["question"])
        if MARKUP.search(answer.text):
            marked.append((row["id"], answer.text[:160]))
        for c in answer.citations:
            quotes += 1
            assert _only_marks_deleted(c.snippet, plain_quote(c.snippet)), (row["id"], c.snippet)
    assert quotes >= len(questions) // 2
    assert not marked, marked
