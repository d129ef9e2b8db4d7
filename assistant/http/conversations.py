"""Conversations of the API and the Kakao skill: in memory only, forgotten after a time limit.

What is kept per conversation is what the engine needs to read a follow-up question: the
`Conversation` the chat keeps too (the program talked about, the choices last offered, the last few
answered turns as question and answer text). Nothing is written to disk; a restart forgets everything.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from assistant.answer.conversation import Conversation
from assistant.types import Answer

History = tuple[tuple[str, str], ...]


class ConversationStore:
    """key -> Conversation, each forgotten `ttl_seconds` after its last use; at most `capacity` kept (LRU)."""

    def __init__(self, ttl_seconds: float, capacity: int, clock: Callable[[], float] = time.monotonic):
        self.ttl_seconds = ttl_seconds
        self.capacity = capacity
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, Conversation]] = OrderedDict()
        self._lock = threading.Lock()

    def state(self, key: str) -> Conversation:
        """What the conversation has settled so far; an empty one for a new, unknown or expired key."""
        with self._lock:
            self._forget_expired()
            item = self._items.get(key)
            return item[1] if item else Conversation()

    def history(self, key: str) -> History:
        """The conversation's answered turns so far; () for a new, unknown or expired one."""
        return self.state(key).history

    def record(self, key: str, question: str, answer: Answer) -> None:
        """Add a turn: a refusal adds no turn a follow-up could refer to, but keeps its program and the
        conversation alive (Conversation.after)."""
        with self._lock:
            self._forget_expired()
            before = self._items.pop(key, (0.0, Conversation()))[1]
            self._items[key] = (self._clock(), before.after(question, answer))
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
