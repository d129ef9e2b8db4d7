"""Who is staff: one account from the environment, logins that get a random token that expires.

Its own module so the app context (ui/context.py) and the staff tools (ui/staff.py) both use it without
importing each other.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import threading
import time
from collections.abc import Mapping

from assistant.errors import AssistantError

log = logging.getLogger(__name__)

SESSION_SECONDS = 8 * 3600
FAILED_LOGIN_DELAY = 1.0  # seconds; slows down password guessing
LOGIN_FAILED = "아이디 또는 비밀번호가 맞지 않습니다. 다시 입력하세요."
DISABLED = "직원 기능이 꺼져 있습니다. 서버에 JOBQA_STAFF_USER 와 JOBQA_STAFF_PASSWORD 를 설정하고 앱을 다시 시작하세요."


class StaffError(AssistantError):
    """A staff action refused or failed; the message is shown to the staff member."""


class StaffAuth:
    """One staff account from the environment; logins get a random token that expires."""

    def __init__(self, user: str = "", password: str = "", failed_delay: float = FAILED_LOGIN_DELAY):
        self.user, self.password, self.failed_delay = user, password, failed_delay
        self._tokens: dict[str, float] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> StaffAuth:
        environ = os.environ if environ is None else environ
        return cls(environ.get("JOBQA_STAFF_USER", ""), environ.get("JOBQA_STAFF_PASSWORD", ""))

    @property
    def enabled(self) -> bool:
        return bool(self.user and self.password)

    def login(self, user: str, password: str) -> str | None:
        """A new session token, or None (after a short delay) when the name or password is wrong."""
        if not self.enabled:
            return None
        same_user = hmac.compare_digest((user or "").encode(), self.user.encode())
        same_password = hmac.compare_digest((password or "").encode(), self.password.encode())
        if not (same_user and same_password):
            log.warning("failed staff login")
            time.sleep(self.failed_delay)
            return None
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = time.monotonic() + SESSION_SECONDS
        return token

    def logout(self, token: str | None) -> None:
        with self._lock:
            self._tokens.pop(token or "", None)

    def valid(self, token: str | None) -> bool:
        with self._lock:
            expires = self._tokens.get(token or "")
            if expires is not None and expires < time.monotonic():
                del self._tokens[token]
                expires = None
        return expires is not None

    def require(self, token: str | None) -> None:
        if not self.enabled:
            raise StaffError(DISABLED)
        if not self.valid(token):
            raise StaffError("직원 로그인이 필요합니다. '직원' 탭에서 로그인하세요.")
