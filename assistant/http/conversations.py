"""Conversations of the API and the Kakao skill: in memory only, forgotten after a time limit.

What is kept per conversation is what the engine needs to read a follow-up question: the last few
answered turns as (question, answer text). Nothing is written to disk; a restart forgets everything.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from assistant.types import Answer
from assistant.ui.chat import HISTORY_TURNS

History = tuple[tuple[str, str], ...]


class ConversationStore:
    """key -> History, each forgotten `ttl_seconds` after its last use; at most `capacity` kept (LRU)."""

    def __init__(self, ttl_seconds: float, capacity: int, clock: Callable[[], float] = time.monotonic):
        self.ttl_seconds = ttl_seconds
        self.capacity = capacity
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, History]] = OrderedDict()
        self._lock = threading.Lock()

    def history(self, key: str) -> History:
        """The conversation's turns so far; () for a new, unknown or expired one."""
        with self._lock:
            self._forget_expired()
            item = self._items.get(key)
            return item[1] if item else ()

    def record(self, key: str, question: str, answer: Answer) -> None:
        """Add a turn; a refusal adds nothing a follow-up could refer to, but keeps the conversation alive."""
        with self._lock:
            self._forget_expired()
            turns = self._items.pop(key, (0.0, ()))[1]
            if not answer.abstained:
                turns = (turns + ((question, answer.text),))[-HISTORY_TURNS:]
            self._items[key] = (self._clock(), turns)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            self._forget_expired()
            return len(self._items)

    def _forget_expired(self) -> None:
        limit = self._clock() - self.ttl_seconds
        while self._items:
            key, (used, _) = next(iter(self._items.items()))
            if used >= limit:
                return
            del self._items[key]
