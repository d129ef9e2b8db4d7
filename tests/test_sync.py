"""`python -m assistant sync` against a real HTTP server on 127.0.0.1 serving pages in the portal's format.

The records are real ones from the bundled export (knowledge/youthcenter_policies.json); the server
pages them by pageNum/pageSize, at most `max_rows` a page (fewer than asked, as the portal may).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.documents.portal import EXPORT_FILE, PortalError, fetch_policies, previous_path
from assistant.index.store import read_current
from assistant.index.vector_cache import CACHE_FILE
from assistant.programs.changes import read_history
from assistant.sync import run_sync

REPO = Path(__file__).resolve().parent.parent
KEY = "test-key"
BUNDLED = json.loads((REPO / "knowledge" / EXPORT_FILE).read_text(encoding="utf-8"))["result"]["youthPolicyList"]
FIRST = [2, 11, 19, 23, 24, 26, 37, 43, 47, 48]  # positions in the bundled export
INTERVIEW, JOB_SEEKING, LONG_SERVICE = 2, 37, 43  # the three that change
GONE, NEW = (47, 48), (63, 83)


class Portal:
    """What the fake portal serves: records, a page size cap, and faults."""

    def __init__(self, records: list[dict], max_rows: int = 4):
        self.records = records
        self.max_rows = max_rows
        self.fail_page: int | None = None  # HTTP 500 on this page
        self.broken_page: int | None = None  # a truncated JSON body on this page
        self.requests: list[dict] = []


def _handler(portal: Portal):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
            portal.requests.append(query)
            page, size = int(query.get("pageNum", 1)), int(query.get("pageSize", 10))
            if portal.fail_page == page:
                return self._send(500, b'{"error": "internal"}')
            if query.get("apiKeyNm") != KEY or query.get("rtnType") != "json":
                body = {"resultCode": 401, "resultMessage": "인증키가 유효하지 않습니다.", "result": None}
                return self._send(200, json.dumps(body, ensure_ascii=False).encode())
            rows = min(size, portal.max_rows)
            chunk = portal.records[(page - 1) * rows: page * rows]
            body = {"resultCode": 200, "resultMessage": "정상적으로 처리되었습니다.",
                    "result": {"pagging": {"totCount": len(portal.records), "pageNum": page, "pageSize": size},
                               "youthPolicyList": chunk}}
            data = json.dumps(body, ensure_ascii=False).encode()
            if portal.broken_page == page:
                data = data[: len(data) // 2]
            return self._send(200, data)

        def _send(self, status: int, data: bytes):
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def portal():
    state = Portal([dict(BUNDLED[i]) for i in FIRST])
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/go/ythip/getPlcy"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def synced(tmp_path, portal, analyzer, embedder):
    """A source folder and index after a first sync of FIRST."""
    source = tmp_path / "knowledge"
    source.mkdir()
    # the records are bundled ones: the shipped vector cache spares embedding them again
    shutil.copy(REPO / "knowledge" / CACHE_FILE, source / CACHE_FILE)
    settings = load_settings({}, source_dir=source, index_dir=tmp_path / "index")
    report = run_sync(settings, KEY, portal.url, date="2025-11-04", analyzer=analyzer, embedder=embedder)
    return settings, report


def _second_round(portal: Portal) -> None:
    """3 records change, 2 disappear, 2 appear."""
    by_no = {r["plcyNo"]: r for r in portal.records}
    interview = by_no[BUNDLED[INTERVIEW]["plcyNo"]]
    interview["plcySprtCn"] = interview["plcySprtCn"].replace("5만원", "7만원")
    by_no[BUNDLED[JOB_SEEKING]["plcyNo"]]["aplyYmd"] = "20260105 ~ 20260130"
    service = by_no[BUNDLED[LONG_SERVICE]["plcyNo"]]
    service["sprtSclCnt"] = "150"
    service["lastMdfcnDt"] = "2026-01-02 10:00:00"  # bookkeeping: not reported as a change
    gone = {BUNDLED[i]["plcyNo"] for i in GONE}
    portal.records = [r for r in portal.records if r["plcyNo"] not in gone] + [dict(BUNDLED[i]) for i in NEW]


def _state(settings) -> tuple[bytes, bytes | None, str | None]:
    source = Path(settings.source_dir)
    kept = previous_path(source)
    return ((source / EXPORT_FILE).read_bytes(), kept.read_bytes() if kept.exists() else None,
            read_current(Path(settings.index_dir)))


def test_first_sync_writes_the_export_and_indexes_every_record(synced, portal):
    settings, report = synced
    assert report.to_json()["unchanged"] == 0
    assert sorted(a["plcyNo"] for a in report.to_json()["added"]) == sorted(BUNDLED[i]["plcyNo"] for i in FIRST)
    assert report.to_json()["changed"] == [] and report.to_json()["removed"] == []
    assert {q["pageSize"] for q in portal.requests} == {"100"} and {q["rtnType"] for q in portal.requests} == {"json"}
    export = json.loads((Path(settings.source_dir) / EXPORT_FILE).read_text(encoding="utf-8"))
    assert export["snapshotDate"] == "2025-11-04"
    assert len(export["result"]["youthPolicyList"]) == len(FIRST)
    assert report.ingest.chunks > len(FIRST)


def test_second_sync_reports_exactly_what_changed_and_answers_the_new_amount(synced, portal, analyzer, embedder):
    from assistant.engine import Assistant

    settings, _ = synced
    before = _state(settings)
    _second_round(portal)
    report = run_sync(settings, KEY, portal.url, date="2026-01-10", analyzer=analyzer, embedder=embedder)
    got = report.to_json()
    assert sorted(got["added"], key=str) == sorted(
        ({"plcyNo": BUNDLED[i]["plcyNo"], "title": BUNDLED[i]["plcyNm"]} for i in NEW), key=str)
    assert sorted(got["removed"], key=str) == sorted(
        ({"plcyNo": BUNDLED[i]["plcyNo"], "title": BUNDLED[i]["plcyNm"]} for i in GONE), key=str)
    assert sorted(got["changed"], key=lambda c: c["plcyNo"]) == sorted([
        {"plcyNo": BUNDLED[INTERVIEW]["plcyNo"], "title": BUNDLED[INTERVIEW]["plcyNm"], "fields": ["plcySprtCn"]},
        {"plcyNo": BUNDLED[JOB_SEEKING]["plcyNo"], "title": BUNDLED[JOB_SEEKING]["plcyNm"], "fields": ["aplyYmd"]},
        {"plcyNo": BUNDLED[LONG_SERVICE]["plcyNo"], "title": BUNDLED[LONG_SERVICE]["plcyNm"], "fields": ["sprtSclCnt"]},
    ], key=lambda c: c["plcyNo"])
    assert got["unchanged"] == len(FIRST) - 3 - 2
    assert "지원내용" in report.render() and "신청기간" in report.render() and "지원규모" in report.render()
    # only the changed and new records' passages were embedded; the previous export is kept
    assert 0 < report.ingest.embedded <= 5 * 4
    assert previous_path(Path(settings.source_dir)).read_bytes() == before[0]
    assistant = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    titles = {p.title for p in assistant.catalog()}
    assert {BUNDLED[i]["plcyNm"] for i in NEW} <= titles and not {BUNDLED[i]["plcyNm"] for i in GONE} & titles
    answer = assistant.ask(f"{BUNDLED[INTERVIEW]['plcyNm']} 면접수당 얼마 받아요?")
    assert "7만원" in answer.text and "5만원" not in answer.text, answer.text
    # the history keeps the previous values with their day
    history = {c.plcy_no: c for c in read_history(Path(settings.source_dir), since="2026-01-01")}
    assert history[BUNDLED[JOB_SEEKING]["plcyNo"]].fields["aplyYmd"] == {
        "old": BUNDLED[JOB_SEEKING]["aplyYmd"], "new": "20260105 ~ 20260130"}
    assert history[BUNDLED[JOB_SEEKING]["plcyNo"]].previous_date == "2025-11-04"
    # chat: what changed in a program, with the old and the new (cited) line
    changed = assistant.ask(f"{BUNDLED[JOB_SEEKING]['plcyNm']} 작년이랑 뭐가 달라졌어요?")
    assert "2025.04.14 ~ 2025.04.30" in changed.text and "2026.01.05 ~ 2026.01.30" in changed.text, changed.text
    assert changed.citations and "2026.01.05 ~ 2026.01.30" in changed.citations[0].snippet
    assert changed.citations[0].snippet in changed.citations[0].passage
    recent = assistant.ask("최근에 바뀐 사업 있어요?")
    for i in (INTERVIEW, JOB_SEEKING, LONG_SERVICE):
        assert BUNDLED[i]["plcyNm"] in recent.text, recent.text
    assert recent.citations


def test_changes_command_lists_the_previous_values(synced, portal, analyzer, embedder):
    settings, _ = synced
    _second_round(portal)
    run_sync(settings, KEY, portal.url, date="2026-01-10", analyzer=analyzer, embedder=embedder)
    done = subprocess.run([sys.executable, "-m", "assistant", "changes", "--since", "2026-01-01", "--json",
                           "--source", str(settings.source_dir)], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert sorted(r["kind"] for r in rows) == ["added"] * 2 + ["changed"] * 3 + ["removed"] * 2
    interview = next(r for r in rows if r["plcy_no"] == BUNDLED[INTERVIEW]["plcyNo"])
    assert "5만원" in interview["fields"]["plcySprtCn"]["old"] and "7만원" in interview["fields"]["plcySprtCn"]["new"]
    later = subprocess.run([sys.executable, "-m", "assistant", "changes", "--since", "2026-02-01", "--json",
                            "--source", str(settings.source_dir)], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert json.loads(later.stdout) == []


def test_pages_smaller_than_asked_are_followed_to_the_total(portal):
    portal.max_rows = 3
    snapshot = fetch_policies(KEY, portal.url, date="2025-11-04")
    assert [r["plcyNo"] for r in snapshot.records] == [BUNDLED[i]["plcyNo"] for i in FIRST]
    assert [q["pageNum"] for q in portal.requests] == ["1", "2", "3", "4"]


def test_category_all_keeps_every_category_and_the_default_keeps_jobs(portal):
    portal.records[0] = {**portal.records[0], "lclsfNm": "주거"}
    assert len(fetch_policies(KEY, portal.url, date="2025-11-04").records) == len(FIRST) - 1
    assert len(fetch_policies(KEY, portal.url, category="all", date="2025-11-04").records) == len(FIRST)


@pytest.mark.parametrize("fault, said", [
    ("wrong key", "resultCode 401"),
    ("page 2 fails", "HTTP 500"),
    ("page 2 truncated", "not complete JSON"),
    ("server gone", "could not reach"),
])
def test_a_failed_sync_leaves_export_and_index_as_they_were(synced, portal, fault, said):
    settings, _ = synced
    before = _state(settings)
    _second_round(portal)
    key, url = KEY, portal.url
    if fault == "wrong key":
        key = "wrong"
    elif fault == "page 2 fails":
        portal.fail_page = 2
    elif fault == "page 2 truncated":
        portal.broken_page = 2
    else:
        url = "http://127.0.0.1:9/getPlcy"  # nothing listens on the discard port
    with pytest.raises(PortalError, match=said):
        run_sync(settings, key, url, date="2026-01-10")
    assert _state(settings) == before
    assert not read_history(Path(settings.source_dir), since="2026-01-01")


def test_cli_exits_2_with_one_line_on_a_wrong_key(tmp_path, portal):
    source = tmp_path / "knowledge"
    source.mkdir()
    shutil.copy(REPO / "knowledge" / CACHE_FILE, source / CACHE_FILE)
    done = subprocess.run([sys.executable, "-m", "assistant", "sync", "--api-key", "wrong", "--base-url", portal.url,
                           "--source", str(source), "--index-dir", str(tmp_path / "index"), "--json"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "resultCode 401" in done.stderr
    assert done.stdout == "" and list(source.iterdir()) == [source / CACHE_FILE]


def test_the_staff_button_shows_the_same_report(staff_context, portal, monkeypatch):
    from assistant.ui.staff import sync_from_portal

    ctx = staff_context
    source = Path(ctx.settings.source_dir)
    shutil.copy(REPO / "knowledge" / CACHE_FILE, source / CACHE_FILE)
    token = ctx.auth.login("s", "p")
    monkeypatch.setenv("JOBQA_YOUTHCENTER_URL", portal.url)
    monkeypatch.setenv("JOBQA_YOUTHCENTER_API_KEY", "wrong")
    with pytest.raises(PortalError, match="resultCode 401"):
        sync_from_portal(ctx, token)
    assert not (source / EXPORT_FILE).exists()
    monkeypatch.setenv("JOBQA_YOUTHCENTER_API_KEY", KEY)
    shown = sync_from_portal(ctx, token)
    assert f"추가 {len(FIRST)}, 변경 0, 삭제 0" in shown and BUNDLED[FIRST[0]]["plcyNm"] in shown
    assert ctx.assistant.ask("청년 구직활동비 지원 신청기간 언제예요?").citations[0].source.startswith(EXPORT_FILE)
