"""Who may call and how often: API keys, a per-caller rate limit, and JSON errors in Korean."""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable

from fastapi import HTTPException, Request
from fastapi.security import APIKeyHeader

from assistant.http.settings import HttpSettings

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="JOBQA_API_KEYS 중 하나 (설정된 경우)")

TOO_MANY = "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요."


class RateLimiter:
    """A token bucket per caller: `per_minute` requests a minute, in bursts of up to `per_minute`."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # caller -> (tokens, when counted)
        self._lock = threading.Lock()

    def allow(self, caller: str) -> bool:
        if self.per_minute <= 0:
            return True
        now, rate = self._clock(), self.per_minute / 60.0
        with self._lock:
            tokens, when = self._buckets.get(caller, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - when) * rate)
            allowed = tokens >= 1.0
            self._buckets[caller] = (tokens - 1.0 if allowed else tokens, now)
            if len(self._buckets) > 50_000:  # forget callers whose bucket has refilled
                full = [k for k, (t, w) in self._buckets.items() if t + (now - w) * rate >= self.per_minute]
                for key in full:
                    del self._buckets[key]
            return allowed


def api_caller(request: Request, key: str | None, settings: HttpSettings) -> str:
    """Check the API key when keys are configured; the caller's identity for the rate limit."""
    if settings.api_keys:
        if not key:
            bearer = request.headers.get("authorization", "")
            key = bearer[7:].strip() if bearer.lower().startswith("bearer ") else None
        if not key:
            raise HTTPException(401, "API 키가 필요합니다. X-API-Key 헤더에 발급받은 키를 넣어 주세요.")
        if not any(hmac.compare_digest(key, allowed) for allowed in settings.api_keys):
            raise HTTPException(403, "API 키가 올바르지 않습니다.")
        return f"key:{key}"
    return f"ip:{request.client.host if request.client else '-'}"


def secret_matches(given: str | None, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(given, expected)
