"""Answer worker processes: one Assistant per process, so answers use every core despite the GIL.

An answer is ~40 ms of CPU in Python; one process answers on one core at a time. The web process
hands each question to a pool of worker processes and waits for it off the event loop. The workers
are forked from the web process once it has loaded the models and the index (as gunicorn's
`--preload`): they share those pages copy-on-write and answer within a second of starting, where a
fresh process spends seconds loading Kiwi and the index. A worker started to replace one that died
is spawned fresh instead, because by then the web process runs server threads a fork would not copy. Questions wait in line, never rejected; one that waits longer
than its limit, or arrives when too many already wait, gets the Korean "잠시 후 다시" answer, logged.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import dataclasses
import gc
import logging
import multiprocessing
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator

from assistant.config import Settings
from assistant.engine import Assistant
from assistant.index.embeddings import embedder_has_run
from assistant.programs.finder import today_in_korea
from assistant.runtime import apply_process_defaults
from assistant.types import Answer

log = logging.getLogger(__name__)

BUSY_TEXT = "지금 질문이 많아 답을 드리지 못했습니다. 잠시 후 다시 물어봐 주세요."
BUSY_REASON = "busy"

_worker_assistant: Assistant | None = None  # the worker process's Assistant (set by _open_worker or _adopt_worker)


def busy_answer(question: str) -> Answer:
    """What a person sees when no worker could take their question in time."""
    return Answer(question=question, text=BUSY_TEXT, abstained=True, reason=BUSY_REASON)


def _open_worker(settings: Settings, parent: int) -> None:
    """Worker start-up: load the models and the index once; exit if the web process goes away."""
    global _worker_assistant
    apply_process_defaults()
    _worker_assistant = Assistant.open(settings)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _adopt_worker(assistant: Assistant, parent: int) -> None:
    """Start-up of a forked worker: keep the parent's loaded Assistant, with a Chroma client of its own."""
    global _worker_assistant
    if isinstance(assistant, PooledAssistant):
        assistant.attach(None)  # the worker answers itself
    assistant.after_fork()
    _worker_assistant = assistant
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(2)
    os._exit(0)


def _ready() -> int:
    """Answer a first question (Kiwi and the HNSW index load lazily), then say which process this is."""
    assert _worker_assistant is not None
    _worker_assistant.ask("일자리 지원 사업은 무엇이 있나요?")
    return os.getpid()


def _answer(question: str, args: tuple, kwargs: dict) -> Answer:
    assert _worker_assistant is not None
    answer = _worker_assistant.ask(question, *args, **kwargs)
    return dataclasses.replace(answer, hits=())  # the passages stay in the worker; the citations carry what is shown


class AnswerPool:
    """`workers` processes answering questions; callers wait for them, up to a limit."""

    def __init__(self, settings: Settings, workers: int, wait_seconds: float, max_waiting: int,
                 preloaded: Assistant | None = None):
        """`preloaded`: an Assistant this process opened, for the first workers to be forked from (call
        `start` before this process starts threads of its own); without it every worker is spawned fresh."""
        self.settings = settings
        self.workers = workers
        self.wait_seconds = wait_seconds
        self.max_waiting = max_waiting
        self.preloaded = preloaded
        self._waiting = 0
        self._lock = threading.Lock()
        self.forked = False  # whether the current workers are forked from this process
        self._executor = self._new_executor(forked=preloaded is not None)

    def _new_executor(self, forked: bool = False) -> cf.ProcessPoolExecutor:
        self.forked = forked and self.can_fork()
        if self.forked:
            return cf.ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                          initializer=_adopt_worker, initargs=(self.preloaded, os.getpid()))
        return cf.ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                      initializer=_open_worker, initargs=(self.settings, os.getpid()))

    def can_fork(self) -> bool:
        """Whether the first workers may be forked from `preloaded`: not once the embedder (OpenMP) or Chroma's
        search (Rust threads) has run here: a child would wait forever on its first use of them."""
        return (self.preloaded is not None and "fork" in multiprocessing.get_all_start_methods()
                and not embedder_has_run() and not self.preloaded.searched_vectors)

    def start(self, timeout: float = 300) -> list[int]:
        """Start every worker and wait until each has answered once; their process ids."""
        if self.forked and not self.can_fork():  # the embedder ran here since: fork no longer safe (nothing forked yet)
            self._executor.shutdown()
            self._executor = self._new_executor()
        if self.forked:
            self.preloaded.warm()  # no fork while Kiwi loads in another thread: the copy would be half-loaded
            # Everything loaded so far lives as long as the processes do: out of every collector's reach (Python's
            # own recipe for fork without exec), no pass here or in a worker traverses it — or writes to its pages,
            # which would copy them out of the sharing — and this web process's full passes stay small.
            gc.freeze()
        futures = [self._executor.submit(_ready) for _ in range(self.workers)]  # (a fork pool forks them all here)
        return [f.result(timeout=timeout) for f in futures]

    def answer(self, question: str, *args, wait: float | None = None, **kwargs) -> Answer:
        """The Answer from a worker (blocking), or busy_answer past the wait limit."""
        future = self._submit(question, args, kwargs)
        if future is None:
            return busy_answer(question)
        try:
            return future.result(timeout=wait or self.wait_seconds)
        except BaseException as exc:
            return self._failed(question, future, exc)
        finally:
            self._done()

    async def answer_async(self, question: str, *args, wait: float | None = None, **kwargs) -> Answer:
        """As `answer`, awaited on the event loop (the loop is free while the worker answers)."""
        future = self._submit(question, args, kwargs)
        if future is None:
            return busy_answer(question)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), wait or self.wait_seconds)
        except Exception as exc:
            return self._failed(question, future, exc)
        finally:
            self._done()

    def _submit(self, question: str, args: tuple, kwargs: dict) -> cf.Future | None:
        with self._lock:
            if self._waiting >= self.max_waiting:
                log.warning("answer queue full (%d waiting): told to come back later", self._waiting)
                return None
            self._waiting += 1
            executor = self._executor
        try:
            return executor.submit(_answer, question, args, kwargs)
        except Exception as exc:  # a broken pool: start a new one for the next question
            self._done()
            self._failed(question, None, exc)
            return None

    def _done(self) -> None:
        with self._lock:
            self._waiting -= 1

    def _failed(self, question: str, future: cf.Future | None, exc: BaseException) -> Answer:
        if isinstance(exc, (TimeoutError, cf.TimeoutError, asyncio.TimeoutError)):
            log.warning("a question waited over its limit (%d waiting): told to come back later", self._waiting)
            if future is not None:
                future.cancel()
            return busy_answer(question)
        if isinstance(exc, cf.process.BrokenProcessPool):
            log.error("an answer worker died (%s); starting new workers", exc)
            with self._lock:
                broken, self._executor = self._executor, self._new_executor()
            broken.shutdown(wait=False, cancel_futures=True)
            return busy_answer(question)
        raise exc

    @property
    def waiting(self) -> int:
        return self._waiting

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class RecentAnswers:
    """The last `size` answers by question (and place, conversation, index generation and day), for
    `seconds`: the same question asked again, as happens on a busy day, costs no worker."""

    def __init__(self, size: int = 2048, seconds: float = 600):
        self.size = size
        self.seconds = seconds
        self._items: OrderedDict[tuple, tuple[float, Answer]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Answer | None:
        with self._lock:
            item = self._items.get(key)
            if item is None or time.monotonic() - item[0] > self.seconds:
                return None
            self._items.move_to_end(key)
            return item[1]

    def put(self, key: tuple, answer: Answer) -> None:
        if answer.reason == BUSY_REASON:
            return
        with self._lock:
            self._items[key] = (time.monotonic(), answer)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class PooledAssistant(Assistant):
    """The web process's Assistant: its questions are answered by the worker pool when one is attached.

    Search, the finder, the catalog and staff tools keep running here, on the same index.
    """

    pool: AnswerPool | None = None
    recent: RecentAnswers | None = None

    def attach(self, pool: AnswerPool | None, recent: RecentAnswers | None = None) -> None:
        self.pool = pool
        self.recent = recent

    def stream(self, question: str, *args, **kwargs) -> Iterator:
        if self.pool is None:
            yield from super().stream(question, *args, **kwargs)
            return
        key = self._key(question, args, kwargs)
        answer = self.recent.get(key) if self.recent and key else None
        if answer is None:
            answer = self.pool.answer(question, *args, **kwargs)
            if self.recent and key:
                self.recent.put(key, answer)
        # the whole text at once: a worker's answer arrives complete, and streaming it in pieces only made the
        # web process re-render and re-send the growing chat twenty times an answer (at 300 people at once,
        # that, not answering, was what the chat's last people waited for)
        yield answer.text
        yield answer

    def _key(self, question: str, args: tuple, kwargs: dict) -> tuple | None:
        """What an answer depends on: the question, its filters and conversation, the index, the day."""
        try:
            self._fresh()  # one stat of CURRENT; the generation is read again only when it changed
            parts = (question, args, tuple(sorted((k, _frozen(v)) for k, v in kwargs.items())),
                     self._generation_name, today_in_korea().isoformat())
            hash(parts)
            return parts
        except TypeError:  # an argument that cannot be a key: answer without the cache
            return None

    async def ask_async(self, question: str, *args, wait: float | None = None, **kwargs) -> Answer:
        """An answer awaited without blocking the event loop: from a worker, else from a thread here."""
        if self.pool is not None:
            key = self._key(question, args, kwargs)
            answer = self.recent.get(key) if self.recent and key else None
            if answer is None:
                answer = await self.pool.answer_async(question, *args, wait=wait, **kwargs)
                if self.recent and key:
                    self.recent.put(key, answer)
            return answer
        task = asyncio.to_thread(self.ask, question, *args, **kwargs)
        try:
            return await asyncio.wait_for(task, wait) if wait else await task
        except asyncio.TimeoutError:
            log.warning("a question took over %.1f s: told to come back later", wait)
            return busy_answer(question)


def _frozen(value):
    """Lists (a conversation's turns) as tuples, so they can be part of a cache key."""
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value
