"""The HTTP faces through a real server: `python app.py` (one answer worker) on a loopback port, over the test index."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent
KEY, SECRET, ORIGIN = "test-key-1", "kakao-secret", "https://city.example"
FIRST = "수원시 시니어 기술창업센터는 언제 개소했나요?"
FOLLOW_UP = "거기 입주할 수 있는 기업은 몇 개예요?"  # "거기" is the center of the question before
HANGUL = re.compile(r"[가-힣]")

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(knowledge_settings, tmp_path_factory):
    """The app with API keys, a Kakao secret and a CORS origin configured; yields its base URL."""
    scratch = tmp_path_factory.mktemp("http-app")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JOBQA_", "GRADIO_SERVER"))}
    env.update(JOBQA_API_KEYS=f"other-key,{KEY}", JOBQA_KAKAO_SECRET=SECRET, JOBQA_CORS_ORIGINS=ORIGIN,
               GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1")
    log = scratch / "app.log"
    command = [sys.executable, str(REPO / "app.py"), "--port", str(port), "--workers", "1",
               "--index-dir", str(knowledge_settings.index_dir), "--feedback-db", str(scratch / "f.sqlite3")]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            if process.poll() is not None:
                pytest.fail(f"app exited with {process.returncode}:\n{log.read_text(errors='replace')}")
            try:
                if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail(f"app did not start:\n{log.read_text(errors='replace')}")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=60)
    assert "Traceback" not in log.read_text(errors="replace"), log.read_text(errors="replace")


@pytest.fixture
def api(server):
    with httpx.Client(base_url=server, headers={"X-API-Key": KEY}, timeout=60) as client:
        yield client


def _kakao_payload(utterance, user_id="8f5a0d2c4b1e", **request_fields) -> dict:
    """A SkillPayload as 카카오 i 오픈빌더 documents it (intent, userRequest, bot, action)."""
    user_request = {"timezone": "Asia/Seoul", "params": {"ignoreMe": "true"},
                    "block": {"id": "5c1d5b6a5f38dd44d86a0c3e", "name": "일자리 질문"},
                    "utterance": utterance, "lang": None,
                    "user": {"id": user_id, "type": "botUserKey", "properties": {"botUserKey": user_id}}}
    user_request.update(request_fields)
    return {"intent": {"id": "5c1d5b6a5f38dd44d86a0c3e", "name": "일자리 질문"},
            "userRequest": user_request,
            "bot": {"id": "5c1d5b5e5f38dd44d86a0c3c", "name": "일자리 도우미"},
            "action": {"name": "jobqa", "clientExtra": None, "params": {}, "id": "5c1d5b8e384c5541a0ee7c7a",
                       "detailParams": {}}}


def test_health_counts_the_programs_and_chunks(server, knowledge_assistant):
    reply = httpx.get(server + "/api/health")  # open without a key: load balancers probe it
    assert reply.status_code == 200
    assert reply.json() == {"status": "ok", "programs": len(knowledge_assistant.catalog()),
                            "chunks": len(knowledge_assistant.generation.chunks)}


def test_ask_answers_with_quoted_sources_and_a_follow_up_reads_the_conversation(api):
    first = api.post("/api/ask", json={"question": FIRST})
    assert first.status_code == 200
    body = first.json()
    assert set(body) == {"answer", "abstained", "reason", "citations", "conversation"}
    assert not body["abstained"] and body["reason"] is None and "2011년 3월" in body["answer"]
    cited = body["citations"][0]
    assert set(cited) == {"n", "title", "source", "quote", "url", "date"} and f"[{cited['n']}]" in body["answer"]
    assert cited["quote"] and cited["quote"] in body["answer"]
    follow = api.post("/api/ask", json={"question": FOLLOW_UP, "conversation": body["conversation"]}).json()
    assert follow["conversation"] == body["conversation"]
    assert "시니어 기술창업센터" in follow["answer"].split("[")[0] and "27개" in follow["answer"]
    alone = api.post("/api/ask", json={"question": FOLLOW_UP}).json()  # a new conversation: "거기" has no referent
    assert alone["conversation"] != body["conversation"]
    assert "시니어 기술창업센터" not in alone["answer"].split("[")[0]


def test_ask_outside_the_documents_abstains_with_a_reason(api):
    body = api.post("/api/ask", json={"question": "내일 서울 날씨 어때요?"}).json()
    assert body["abstained"] and body["reason"] and body["citations"] == []


def test_find_gives_the_same_list_as_the_cli(api, knowledge_settings):
    for params, flags in (
        ([("age", "27"), ("region", "수원시"), ("status", "미취업")], ["--age", "27", "--region", "수원시", "--status", "미취업"]),
        ([("age", "30"), ("region", "고양시"), ("gender", "여성"), ("group", "경력단절"), ("all", "true")],
         ["--age", "30", "--region", "고양시", "--gender", "여성", "--group", "경력단절", "--all"]),
    ):
        reply = api.get("/api/find", params=params)
        assert reply.status_code == 200
        cli = subprocess.run([sys.executable, "-m", "assistant", "find", "--json", *flags,
                              "--index-dir", str(knowledge_settings.index_dir)],
                             cwd=REPO, capture_output=True, text=True, check=True)
        assert reply.json() == json.loads(cli.stdout)
        assert reply.json() or "--all" not in flags  # the --all case lists every program, so it cannot be empty


@pytest.mark.parametrize("content, expected", [
    (b"{broken", 400),  # not JSON
    (b"", 400),  # no body
    (b"[1, 2]", 422),  # JSON, not an object
    (b"{}", 422),  # no question
    (b'{"question": "   "}', 422),  # an empty question
    (b'{"question": 7}', 422),  # not a string
    (b'{"question": "x", "conversation": "../../etc"}', 422),  # not an id this API hands out
    (json.dumps({"question": "일자리 " * 700}).encode(), 413),  # over the 2,000-character limit
])
def test_bad_asks_get_a_korean_error_not_a_500(api, content, expected):
    reply = api.post("/api/ask", content=content, headers={"Content-Type": "application/json"})
    assert reply.status_code == expected, reply.text
    assert set(reply.json()) == {"error"} and HANGUL.search(reply.json()["error"]), reply.text


@pytest.mark.parametrize("params, expected", [
    ({"age": "스물일곱"}, 422), ({"age": "200"}, 400), ({"region": "없는시"}, 400),
    ({"status": "학생"}, 400), ({"date": "2026/01/01"}, 400), ({"open_only": "maybe"}, 422),
])
def test_bad_finds_get_a_korean_error(api, params, expected):
    reply = api.get("/api/find", params=params)
    assert reply.status_code == expected, reply.text
    assert HANGUL.search(reply.json()["error"])


def test_wrong_paths_and_methods_get_a_korean_error(api):
    assert api.get("/api/ask").status_code == 405 and HANGUL.search(api.get("/api/ask").json()["error"])
    assert api.get("/api/nothing").status_code == 404 and HANGUL.search(api.get("/api/nothing").json()["error"])


def test_api_keys_are_required_when_configured(server):
    ask = {"question": FIRST}
    missing = httpx.post(server + "/api/ask", json=ask, timeout=60)
    wrong = httpx.post(server + "/api/ask", json=ask, headers={"X-API-Key": "guess"}, timeout=60)
    bearer = httpx.post(server + "/api/ask", json=ask, headers={"Authorization": f"Bearer {KEY}"}, timeout=60)
    assert missing.status_code == 401 and HANGUL.search(missing.json()["error"])
    assert wrong.status_code == 403 and HANGUL.search(wrong.json()["error"])
    assert bearer.status_code == 200 and "2011년 3월" in bearer.json()["answer"]
    assert httpx.get(server + "/api/find", params={"age": 27}).status_code == 401


def test_cors_allows_only_the_configured_origin(server):
    def preflight(origin):
        return httpx.options(server + "/api/ask", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})

    assert preflight(ORIGIN).headers.get("access-control-allow-origin") == ORIGIN
    assert "access-control-allow-origin" not in preflight("https://evil.example").headers


def test_kakao_skill_answers_a_platform_payload_in_skill_format(server):
    headers = {"X-Kakao-Secret": SECRET}
    reply = httpx.post(server + "/kakao/skill", json=_kakao_payload(FIRST + "\n"), headers=headers, timeout=60)
    assert reply.status_code == 200
    body = reply.json()
    assert body["version"] == "2.0"
    text = body["template"]["outputs"][0]["simpleText"]["text"]
    assert len(text) <= 1000 and "2011년 3월" in text and "\n출처\n[1] " in text
    replies = body["template"]["quickReplies"]
    assert 0 < len(replies) <= 10
    assert all(r["action"] == "message" and 0 < len(r["label"]) <= 14 and r["messageText"] for r in replies)
    # the same Kakao user continues the conversation; another user starts afresh
    follow = httpx.post(server + "/kakao/skill", json=_kakao_payload(FOLLOW_UP), headers=headers, timeout=60).json()
    assert "27개" in follow["template"]["outputs"][0]["simpleText"]["text"]
    other = httpx.post(server + "/kakao/skill", json=_kakao_payload(FOLLOW_UP, user_id="someone-else"),
                       headers=headers, timeout=60).json()
    assert not other["template"]["outputs"][0]["simpleText"]["text"].startswith("시니어 기술창업센터")


@pytest.mark.parametrize("content", [
    json.dumps(_kakao_payload("")).encode(), json.dumps(_kakao_payload(None)).encode(),
    json.dumps({"userRequest": {"user": {"id": "u"}}}).encode(), b"{not json", b"", b"[]",
])
def test_kakao_skill_without_an_utterance_answers_politely_in_skill_format(server, content):
    reply = httpx.post(server + "/kakao/skill", content=content,
                       headers={"X-Kakao-Secret": SECRET, "Content-Type": "application/json"})
    assert reply.status_code == 200
    text = reply.json()["template"]["outputs"][0]["simpleText"]["text"]
    assert reply.json()["version"] == "2.0" and "물어봐 주세요" in text


def test_kakao_skill_refuses_callers_without_the_shared_secret(server):
    for headers in ({}, {"X-Kakao-Secret": "guess"}):
        reply = httpx.post(server + "/kakao/skill", json=_kakao_payload(FIRST), headers=headers)
        assert reply.status_code == 403


def test_docs_list_every_route_and_the_ui_keeps_its_own_routes(server):
    assert httpx.get(server + "/docs").status_code == 200
    paths = httpx.get(server + "/openapi.json").json()["paths"]
    assert {"/api/health", "/api/ask", "/api/find", "/kakao/skill"} <= set(paths)
    assert httpx.get(server + "/config").status_code == 200 and "components" in httpx.get(server + "/config").json()
    assert "<html" in httpx.get(server + "/").text.lower()


def test_the_load_benchmark_asks_through_the_pages_queue_and_the_api_and_counts_every_answer(server):
    import asyncio

    from benchmarks.load import run_api, run_ui

    questions = ["시니어 기술창업센터 보육실은 몇 개예요?", "의정부시가 받은 상은?", "청년 면접수당은 얼마예요?",
                 "고양시 일자리 박람회는 언제 열려요?"]
    through_page = asyncio.run(run_ui(server, questions, users=2, requests=2, seconds=120))
    assert len(through_page) == 4 and [e for _, e in through_page] == [""] * 4  # every one answered
    assert all(0 < seconds < 60 for seconds, _ in through_page)
    # the API needs this server's key: without it, every question is counted as an error, none is dropped
    refused = asyncio.run(run_api(server, questions, users=4, requests=1, seconds=120))
    assert len(refused) == 4 and all(e.startswith("401") for _, e in refused)
