"""A 카카오 i 오픈빌더 skill: POST /kakao/skill answers a KakaoTalk channel chatbot's question.

The platform posts a SkillPayload ({"intent", "userRequest": {"utterance", "user": {"id"}}, "bot",
"action"}) and shows the skill response (version "2.0") as a speech bubble: one simpleText of at
most 1,000 characters, and quickReplies (at most 10, labels at most 14 characters). It waits 5 s.
The skill always answers 200 in that format; a Kakao user id is only a key to the conversation.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from assistant.http.conversations import ConversationStore
from assistant.http.guards import RateLimiter, secret_matches
from assistant.http.settings import HttpSettings
from assistant.http.workers import BUSY_REASON, BUSY_TEXT, PooledAssistant
from assistant.types import Answer

log = logging.getLogger(__name__)

TEXT_CHARS = 1000  # simpleText.text limit
LABEL_CHARS = 14  # quickReplies label limit
MAX_REPLIES = 10
SOURCE_LINES = 3  # sources shown under the answer
TITLE_CHARS = 40
SECRET_HEADER = "X-Kakao-Secret"

NO_UTTERANCE = "무엇이 궁금하신가요? 지역 일자리·취업 지원 사업에 대해 물어봐 주세요. (예: 고양시 취업성공장려금은 누가 받을 수 있나요?)"
TOO_LONG = "질문이 너무 깁니다. {limit:,}자 이내로 줄여서 다시 물어봐 주세요."
# Follow-ups a person may tap after an answer; the conversation reads them as questions about that answer.
FOLLOW_UPS = (("신청 방법", "신청은 어떻게 하나요?"), ("지원 대상", "지원 대상은 누구인가요?"),
              ("신청 기간", "신청 기간은 언제인가요?"), ("문의처", "문의처는 어디인가요?"))
PROGRAM_CHOICES = 4
FAILED = "답변을 만드는 중 문제가 생겼습니다. 잠시 후 다시 물어봐 주세요."


def skill_response(text: str, replies: list[tuple[str, str]] = ()) -> dict:
    """A version 2.0 skill response: one simpleText, and (label, message) quick replies within Kakao's limits."""
    template: dict = {"outputs": [{"simpleText": {"text": text[:TEXT_CHARS]}}]}
    quick = [{"label": _short(label, LABEL_CHARS), "action": "message", "messageText": message}
             for label, message in replies][:MAX_REPLIES]
    if quick:
        template["quickReplies"] = quick
    return {"version": "2.0", "template": template}


def answer_text(answer: Answer) -> str:
    """The answer, then its sources in short form ("[1] 제목 (날짜)"), within TEXT_CHARS; a long answer is cut."""
    lines, seen = [], set()
    for c in answer.citations:
        if c.number in seen or len(lines) >= SOURCE_LINES:
            continue
        seen.add(c.number)
        line = f"[{c.number}] {_short(c.title, TITLE_CHARS)}" + (f" ({c.published})" if c.published else "")
        lines.append(line + (f"\n{c.url}" if c.url and len(c.url) <= 100 else ""))
    sources = ("\n\n출처\n" + "\n".join(lines)) if lines else ""
    room = TEXT_CHARS - len(sources)
    body = answer.text.strip()
    if len(body) > room:
        body = body[: room - 1].rstrip() + "…"
    return body + sources


def quick_replies(answer: Answer, utterance: str, programs_in: Callable[[str], list[str]]) -> list[tuple[str, str]]:
    """After an answer: the programs it asks to choose among, else the follow-ups, then the programs its
    cited documents describe, to ask about one; after "busy": ask again. `programs_in(source)` names the programs of one document."""
    if answer.reason == BUSY_REASON:
        return [("다시 묻기", utterance)]
    if answer.choices:  # the programs a name fits: a button each, sending the number a reply picks it by
        return [(choice.label, f"{number}번") for number, choice in enumerate(answer.choices[:10], 1)]
    if answer.abstained:
        return []
    sources = dict.fromkeys(c.source for c in answer.citations)
    titles = list(dict.fromkeys(t for s in sources for t in programs_in(s)))[:PROGRAM_CHOICES]
    return list(FOLLOW_UPS) + [(title, f"{title} 알려 주세요") for title in titles]


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _request_parts(payload) -> tuple[str, str]:
    """(utterance, user id) of a SkillPayload; empty strings where the payload lacks them."""
    request = payload.get("userRequest") if isinstance(payload, dict) else None
    if not isinstance(request, dict):
        return "", ""
    utterance = request.get("utterance")
    user = request.get("user")
    user_id = user.get("id") if isinstance(user, dict) else None
    return (utterance.strip() if isinstance(utterance, str) else "",
            str(user_id) if isinstance(user_id, (str, int)) else "")


def kakao_router(assistant: PooledAssistant, conversations: ConversationStore, settings: HttpSettings,
                 limiter: RateLimiter) -> APIRouter:
    router = APIRouter(tags=["kakao"])
    salt = secrets.token_bytes(16)  # user ids are keyed through a hash that dies with the process
    max_chars = assistant.settings.max_question_chars

    def programs_in(source: str) -> list[str]:
        return [p.title for p in assistant.catalog() if p.source == source]

    def key_of(user_id: str) -> str:
        return "kakao:" + hashlib.sha256(salt + user_id.encode()).hexdigest()[:32]

    @router.post("/kakao/skill", summary="카카오 i 오픈빌더 스킬 (응답 버전 2.0)", openapi_extra={
        "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}, "example": {
            "intent": {"id": "blockid", "name": "블록 이름"},
            "userRequest": {"timezone": "Asia/Seoul", "params": {}, "block": {"id": "blockid", "name": "블록 이름"},
                            "utterance": "고양시 취업성공장려금은 누가 받을 수 있나요?", "lang": "ko",
                            "user": {"id": "kakao-user-key", "type": "botUserKey", "properties": {}}},
            "bot": {"id": "botid", "name": "일자리 도우미"},
            "action": {"name": "jobqa", "clientExtra": None, "params": {}, "id": "actionid", "detailParams": {}}}}}}})
    async def skill(request: Request):
        if settings.kakao_secret and not secret_matches(request.headers.get(SECRET_HEADER), settings.kakao_secret):
            log.warning("kakao skill call without the shared secret from %s", request.client.host if request.client else "-")
            return JSONResponse({"error": "허용되지 않은 호출입니다."}, status_code=403)
        try:
            payload = json.loads(await request.body() or b"null")
        except (ValueError, UnicodeDecodeError):
            payload = None
        utterance, user_id = _request_parts(payload)
        if not utterance:
            return skill_response(NO_UTTERANCE)
        if len(utterance) > max_chars:
            return skill_response(TOO_LONG.format(limit=max_chars))
        key = key_of(user_id) if user_id else None
        if not limiter.allow(key or "kakao:-"):
            return skill_response(BUSY_TEXT, [("다시 묻기", utterance)])
        state = conversations.state(key) if key else None
        try:
            answer = await assistant.ask_async(utterance, None, conversation=state, wait=settings.kakao_wait_seconds)
        except Exception:
            log.exception("kakao skill: answering failed")
            return skill_response(FAILED, [("다시 묻기", utterance)])
        if key and answer.reason != BUSY_REASON:
            conversations.record(key, utterance, answer)
        return skill_response(answer_text(answer), quick_replies(answer, utterance, programs_in))

    return router
