"""The REST API: /api/health, /api/ask (with conversations for follow-ups), /api/find."""

# no `from __future__ import annotations`: FastAPI reads these annotations, some naming local dependencies

import logging
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from assistant.http.conversations import ConversationStore
from assistant.http.guards import TOO_MANY, RateLimiter, api_caller, api_key_header
from assistant.http.settings import HttpSettings
from assistant.http.workers import BUSY_REASON, PooledAssistant
from assistant.language.conditions import MILITARY, PERSON_GROUPS, PERSON_STATUSES
from assistant.programs.public import match_entry
from assistant.programs.situations import SituationError, build_situation
from assistant.types import Answer
from assistant.ui.chat import municipality_filter

log = logging.getLogger(__name__)

CONVERSATION_ID = r"^[A-Za-z0-9_-]{8,64}$"


class AskRequest(BaseModel):
    question: str = Field(description="질문 (예: 고양시 취업성공장려금은 누구를 위한 사업인가요?)")
    municipality: str | None = Field(None, description="이 지역 문서에서만 찾기 (예: 고양시); 없거나 '전체'면 모든 지역")
    conversation: str | None = Field(None, pattern=CONVERSATION_ID,
                                     description="앞 답의 conversation 값: 이어지는 질문을 같은 대화로 이해합니다")


class CitationOut(BaseModel):
    n: int = Field(description="답 본문의 [n] 번호")
    title: str
    source: str
    quote: str = Field(description="근거 문단에서 그대로 인용한 문장")
    url: str | None = None
    date: str | None = Field(None, description="문서 발행일")


class AskResponse(BaseModel):
    answer: str
    abstained: bool = Field(description="문서에 답이 없어 답하지 않았으면 true")
    reason: str | None = Field(None, description="답하지 않은 까닭 (not_stated, off_topic, no_place, …)")
    citations: list[CitationOut]
    conversation: str = Field(description="이어지는 질문에 함께 보낼 대화 id (일정 시간 뒤 잊힘)")


class Health(BaseModel):
    status: str
    programs: int
    chunks: int


class ErrorOut(BaseModel):
    error: str = Field(description="무엇이 잘못되었는지 (한국어)")


ERRORS = {code: {"model": ErrorOut} for code in (400, 401, 403, 413, 422, 429)}


def answer_body(answer: Answer, conversation: str) -> dict:
    """The /api/ask JSON of an Answer."""
    return {
        "answer": answer.text,
        "abstained": answer.abstained,
        "reason": answer.reason or None,
        "citations": [{"n": c.number, "title": c.title, "source": c.source, "quote": c.snippet,
                       "url": c.url or None, "date": c.published or None} for c in answer.citations],
        "conversation": conversation,
    }


def api_router(assistant: PooledAssistant, conversations: ConversationStore, settings: HttpSettings,
               limiter: RateLimiter) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["api"])
    max_chars = assistant.settings.max_question_chars

    def caller(request: Request, key: Annotated[str | None, Depends(api_key_header)] = None) -> str:
        who = api_caller(request, key, settings)
        if not limiter.allow(who):
            raise HTTPException(429, TOO_MANY, headers={"Retry-After": "10"})
        return who

    @router.get("/health", response_model=Health, summary="살아 있는지, 무엇을 색인했는지")
    def health() -> dict:
        return {"status": "ok", "programs": len(assistant.catalog()), "chunks": len(assistant.generation.chunks)}

    @router.post("/ask", response_model=AskResponse, responses={**ERRORS, 503: {"model": ErrorOut}},
                 summary="질문 하나에 근거 있는 답과 출처")
    async def ask(body: AskRequest, _: Annotated[str, Depends(caller)]):
        question = body.question.strip()
        if not question:
            raise HTTPException(422, "질문(question)이 비어 있습니다. 물어볼 내용을 넣어 주세요.")
        if len(question) > max_chars:
            raise HTTPException(413, f"질문이 너무 깁니다. {max_chars:,}자 이내로 줄여 주세요.")
        conversation = body.conversation or uuid.uuid4().hex
        state = conversations.state(conversation)
        answer = await assistant.ask_async(question, municipality_filter(body.municipality), conversation=state)
        if answer.reason == BUSY_REASON:
            return JSONResponse({"error": answer.text}, status_code=503, headers={"Retry-After": "5"})
        conversations.record(conversation, question, answer)
        return answer_body(answer, conversation)

    @router.get("/find", responses=ERRORS, summary="거주자의 상황에 맞는 사업 (python -m assistant find --json 과 같은 목록)")
    def find(
        _: Annotated[str, Depends(caller)],
        age: Annotated[int | None, Query(description="만 나이")] = None,
        region: Annotated[str | None, Query(description="사는 곳 (의정부시, 경기 의정부시, …)")] = None,
        status: Annotated[str | None, Query(description=" / ".join(PERSON_STATUSES))] = None,
        gender: Annotated[str | None, Query(description="여성 / 남성; 없으면 한 성별 대상 사업은 확인 필요")] = None,
        military: Annotated[str | None, Query(description="병역: " + " / ".join(MILITARY))] = None,
        business_years: Annotated[int | None, Query(description="사업자 등록 후 햇수 (업력, 창업)")] = None,
        group: Annotated[list[str] | None, Query(
            description="해당하는 대상 (" + ", ".join(PERSON_GROUPS) + "); 여러 번 가능, 없는 대상은 해당 없음")] = None,
        date: Annotated[str | None, Query(description="이 날짜 기준으로 신청 가능 여부 (YYYY-MM-DD, 기본 오늘)")] = None,
        open_only: Annotated[bool, Query(description="지금 신청할 수 있는 사업만")] = False,
        all: Annotated[bool, Query(description="자격이 안 되는 사업도 까닭과 함께")] = False,  # noqa: A002
    ) -> list[dict]:
        try:
            situation = build_situation(age, region, status, group or (), date, gender, military, business_years)
        except SituationError as exc:
            raise HTTPException(400, str(exc)) from None
        return [match_entry(m) for m in assistant.find(situation, include_ineligible=all, open_only=open_only)]

    known = {"/health": "GET", "/ask": "POST", "/find": "GET"}

    @router.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def elsewhere(rest: str):
        method = known.get("/" + rest)
        if method:
            raise HTTPException(405, f"이 주소는 {method} 요청만 받습니다.", headers={"Allow": method})
        raise HTTPException(404, "없는 API 주소입니다. /docs 에서 주소를 확인해 주세요.")

    return router
