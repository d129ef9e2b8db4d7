"""One web server for every face: the Gradio UI at /, the REST API at /api, the Kakao skill at /kakao/skill.

`python app.py` builds it with `create_app` and runs it under uvicorn; questions from all three go
to the same answer workers (assistant.http.workers).
"""

from __future__ import annotations

import logging

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.http.api import api_router
from assistant.http.conversations import ConversationStore
from assistant.http.guards import RateLimiter
from assistant.http.kakao import kakao_router
from assistant.http.settings import HttpSettings
from assistant.http.workers import PooledAssistant
from assistant.ui.webapp import TITLE, AppContext, build_app, page_settings

log = logging.getLogger(__name__)

# With answer workers, a chat event only waits for its worker: many may wait at once (Gradio's own
# thread pool has 40 threads), and the line before them waits rather than turning people away.
POOLED_CHAT_CONCURRENCY = 32
IN_PROCESS_CHAT_CONCURRENCY = 4
# Waiting people see their place in line refreshed every few seconds; Gradio's "auto" re-sends it to
# everyone on every change, which with hundreds waiting costs the web process more than the answers.
QUEUE_STATUS_SECONDS = 2

FIELD_NAMES = {"question": "질문(question)", "municipality": "지역(municipality)", "conversation": "대화 id(conversation)",
               "age": "나이(age)", "date": "날짜(date)", "open_only": "open_only", "all": "all"}
INTERNAL = "요청을 처리하는 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요."


def create_app(ctx: AppContext, http: HttpSettings) -> FastAPI:
    """The FastAPI app: API routes first, then the Gradio UI mounted at the root (its /config etc. unchanged)."""
    assistant = ctx.assistant
    if not isinstance(assistant, PooledAssistant):
        raise TypeError("create_app needs a PooledAssistant (assistant.http.workers)")
    app = FastAPI(title=f"{TITLE} API", version="1", docs_url="/docs", redoc_url=None,
                  description="근거 있는 답(/api/ask), 맞춤 사업 찾기(/api/find), 카카오톡 챗봇 스킬(/kakao/skill). "
                              "대화는 메모리에만 두고 마지막 질문 뒤 일정 시간이 지나면 잊습니다.")
    if http.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(http.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "X-API-Key", "Authorization"])
    _json_errors(app)
    conversations = ConversationStore(http.conversation_minutes * 60, http.max_conversations)
    limiter = RateLimiter(http.rate_per_minute)
    app.include_router(api_router(assistant, conversations, http, limiter))
    app.include_router(kakao_router(assistant, conversations, http, limiter))
    demo = build_app(ctx)
    pooled = assistant.pool is not None
    demo.queue(default_concurrency_limit=POOLED_CHAT_CONCURRENCY if pooled else IN_PROCESS_CHAT_CONCURRENCY,
               max_size=None, status_update_rate=QUEUE_STATUS_SECONDS)
    return gr.mount_gradio_app(app, demo, path="", **page_settings(ctx))


def _json_errors(app: FastAPI) -> None:
    """Every error of our routes is {"error": "<Korean>"}: no traceback, no English validation dump."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": validation_message(exc.errors())}, status_code=_validation_status(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) and not exc.detail.isascii() else "요청을 처리할 수 없습니다."
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"error": INTERNAL}, status_code=500)


def _validation_status(errors) -> int:
    return 400 if any(e.get("type") in ("json_invalid", "missing") and tuple(e.get("loc", ())) == ("body",)
                      for e in errors) or any(e.get("type") == "json_invalid" for e in errors) else 422


def validation_message(errors) -> str:
    """One Korean sentence for the first problem pydantic found."""
    if not errors:
        return "요청 형식이 올바르지 않습니다."
    first = errors[0]
    kind, loc = first.get("type", ""), tuple(first.get("loc", ()))
    if kind == "json_invalid":
        return "요청 본문이 올바른 JSON이 아닙니다."
    if loc == ("body",):
        return "요청 본문은 {\"question\": \"...\"} 모양의 JSON 객체여야 합니다."
    name = FIELD_NAMES.get(str(loc[-1]) if loc else "", str(loc[-1]) if loc else "값")
    if kind == "missing":
        return f"{name}이(가) 없습니다."
    if kind == "string_pattern_mismatch":
        return f"{name}의 모양이 올바르지 않습니다. 앞 답에서 받은 값을 그대로 보내 주세요."
    if kind in ("string_type",):
        return f"{name}은(는) 문자열이어야 합니다."
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"{name}은(는) 정수여야 합니다."
    if kind in ("bool_parsing", "bool_type"):
        return f"{name}은(는) true 또는 false여야 합니다."
    return f"{name}의 값이 올바르지 않습니다."
