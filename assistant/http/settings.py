"""What a public deployment of the HTTP faces may change, read from JOBQA_* environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.errors import ConfigError


@dataclass(frozen=True)
class HttpSettings:
    """Access rules for /api/* and /kakao/skill, the answer workers and how long conversations are kept."""

    api_keys: frozenset[str] = frozenset()  # empty: /api/* is open; else X-API-Key or "Authorization: Bearer" must be one
    rate_per_minute: int = 0  # questions a caller (API key, else client address; Kakao: user) may ask a minute; 0: no limit
    cors_origins: tuple[str, ...] = ()  # browser origins allowed to call /api/* from their pages
    kakao_secret: str = ""  # when set, the skill requires this value in the X-Kakao-Secret header
    workers: int | None = None  # answer processes; None: one per core; 0: answer inside the web process
    conversation_minutes: float = 30.0  # a conversation is forgotten this long after its last question
    max_conversations: int = 10_000  # past this, the least recently used conversation is forgotten
    answer_wait_seconds: float = 60.0  # longest a question waits for a worker before "잠시 후 다시"
    kakao_wait_seconds: float = 3.5  # Kakao gives a skill 5 s; past this the skill says "잠시 후 다시"
    max_waiting: int = 2000  # questions waiting at once; past this a new one is told "잠시 후 다시" at once

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> HttpSettings:
        env = os.environ if environ is None else environ
        values: dict = {}
        if env.get("JOBQA_API_KEYS"):
            values["api_keys"] = frozenset(k.strip() for k in env["JOBQA_API_KEYS"].split(",") if k.strip())
        if env.get("JOBQA_CORS_ORIGINS"):
            values["cors_origins"] = tuple(o.strip() for o in env["JOBQA_CORS_ORIGINS"].split(",") if o.strip())
        if env.get("JOBQA_KAKAO_SECRET"):
            values["kakao_secret"] = env["JOBQA_KAKAO_SECRET"]
        for field, name, kind in (
            ("rate_per_minute", "JOBQA_RATE_LIMIT", int), ("workers", "JOBQA_WORKERS", int),
            ("conversation_minutes", "JOBQA_CONVERSATION_MINUTES", float),
            ("answer_wait_seconds", "JOBQA_ANSWER_WAIT_SECONDS", float),
        ):
            if env.get(name):
                try:
                    values[field] = kind(env[name])
                except ValueError:
                    raise ConfigError(f"{name} must be a number, got {env[name]!r}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        if settings.workers is not None and settings.workers < 0:
            raise ConfigError(f"workers must be 0 or more, got {settings.workers}")
        return settings

    def worker_count(self) -> int:
        return (os.cpu_count() or 1) if self.workers is None else self.workers
