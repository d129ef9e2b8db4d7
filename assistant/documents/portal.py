"""The 온통청년 open API (getPlcy) -> a snapshot export file: fetch every page, check it, write it atomically.

Requests are `GET <base>?apiKeyNm=KEY&pageNum=N&pageSize=100&rtnType=json`; a response is
`{"resultCode": 200, "resultMessage": …, "result": {"pagging": {"totCount", "pageNum", "pageSize"},
"youthPolicyList": [records]}}`. Paging follows totCount (a page may hold fewer rows than asked for).
Nothing is written until every page has arrived and been checked: any failure raises PortalError
with one line saying what happened, and the snapshot on disk stays as it was.

A snapshot is one export file in the source folder (`youthcenter_policies.json`, read by
documents.policies like any export) with the day it was taken; the one it replaces is kept in the
hidden folder `.youthcenter/previous.json` (hidden files are never ingested).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from assistant.documents.policies import ID_FIELD, NAME_FIELD, SNAPSHOT_FIELD, export_records, snapshot_date
from assistant.errors import AssistantError

DEFAULT_URL = "https://www.youthcenter.go.kr/go/ythip/getPlcy"
PAGE_SIZE = 100
TIMEOUT_SECONDS = 30
MAX_PAGES = 1000  # 100,000 records: far more than the portal holds; stops a server that never ends
EXPORT_FILE = "youthcenter_policies.json"  # the snapshot, in the source folder
STATE_DIR = ".youthcenter"  # beside it, hidden: the previous snapshot and the change history
PREVIOUS_FILE = "previous.json"
ALL_CATEGORIES = "all"
DEFAULT_CATEGORY = "일자리"


class PortalError(AssistantError):
    """The portal could not be read completely; nothing was written."""


@dataclass(frozen=True)
class Snapshot:
    """Every record the portal returned (of the asked category), and the day it was read."""

    records: list[dict]
    date: str  # YYYY-MM-DD
    total: int  # totCount as the portal reported it (all categories)


def fetch_policies(api_key: str, base_url: str = DEFAULT_URL, category: str = DEFAULT_CATEGORY,
                   date: str = "", page_size: int = PAGE_SIZE, timeout: float = TIMEOUT_SECONDS) -> Snapshot:
    """Read every page; PortalError on a refused key, an HTTP or network error, or a bad page."""
    if not api_key:
        raise PortalError("no API key — give --api-key KEY or set JOBQA_YOUTHCENTER_API_KEY "
                          "(an 온통청년 open-API key, from www.youthcenter.go.kr)")
    records: list[dict] = []
    total, page = None, 1
    while total is None or len(records) < total:
        if page > MAX_PAGES:
            raise PortalError(f"stopped after {MAX_PAGES} pages: the portal keeps paging past totCount {total}")
        rows, count = _page(base_url, api_key, page, page_size, timeout)
        total = count if total is None else total
        if not rows and len(records) < total:
            raise PortalError(f"page {page} came back empty after {len(records)} of {total} records "
                              "(totCount); the listing is truncated — nothing was changed")
        records.extend(rows)
        page += 1
    seen: set[str] = set()
    unique = []
    for record in records:  # a record that moved between pages while paging arrives twice
        key = str(record.get(ID_FIELD) or "")
        if key and key not in seen:
            seen.add(key)
            unique.append(record)
    kept = [r for r in unique if category == ALL_CATEGORIES or str(r.get("lclsfNm") or "").strip() == category]
    return Snapshot(kept, date or dt.date.today().isoformat(), total or 0)


def _page(base_url: str, api_key: str, page: int, page_size: int, timeout: float) -> tuple[list[dict], int]:
    query = urllib.parse.urlencode({"apiKeyNm": api_key, "pageNum": page, "pageSize": page_size, "rtnType": "json"})
    url = f"{base_url}{'&' if '?' in base_url else '?'}{query}"
    where = f"page {page}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - the configured portal URL
            body = response.read()
    except urllib.error.HTTPError as exc:
        hint = " (is the API key right?)" if exc.code in (401, 403) else ""
        raise PortalError(f"{where}: the portal answered HTTP {exc.code} {exc.reason}{hint} — nothing was changed") from None
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PortalError(f"{where}: could not reach {base_url} ({reason}) — nothing was changed") from None
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PortalError(f"{where}: the response is not complete JSON ({len(body):,} bytes) — nothing was changed") from None
    if not isinstance(data, dict):
        raise PortalError(f"{where}: the response is not a JSON object — nothing was changed")
    code = str(data.get("resultCode", "")).strip()
    if code != "200":
        message = str(data.get("resultMessage") or "").strip()
        raise PortalError(f"{where}: the portal refused the request (resultCode {code or 'missing'}"
                          f"{': ' + message if message else ''}; is the API key right?) — nothing was changed")
    result = data.get("result")
    paging = result.get("pagging") if isinstance(result, dict) else None
    rows = result.get("youthPolicyList") if isinstance(result, dict) else None
    count = paging.get("totCount") if isinstance(paging, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows) or not _is_count(count):
        raise PortalError(f"{where}: the response lacks result.pagging.totCount or result.youthPolicyList "
                          "— nothing was changed")
    if any(not r.get(ID_FIELD) or not r.get(NAME_FIELD) for r in rows):
        raise PortalError(f"{where}: a record has no {ID_FIELD} or {NAME_FIELD} — nothing was changed")
    return rows, int(count)


def _is_count(value) -> bool:
    return isinstance(value, int) and value >= 0 or isinstance(value, str) and value.strip().isdigit()


def export_path(source_dir: Path) -> Path:
    return Path(source_dir) / EXPORT_FILE


def previous_path(source_dir: Path) -> Path:
    return Path(source_dir) / STATE_DIR / PREVIOUS_FILE


def read_snapshot(path: Path) -> Snapshot | None:
    """The export at `path` (None when there is none); its records as written."""
    if not Path(path).is_file():
        return None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    records = [r for r in export_records(data) if isinstance(r, dict)]
    return Snapshot(records, snapshot_date(data), len(records))


def snapshot_json(snapshot: Snapshot, category: str) -> str:
    """The export file's text: the API's envelope with the day it was read and where from."""
    data = {
        "source": "온통청년 청년정책 오픈API (getPlcy), www.youthcenter.go.kr — 공공데이터",
        SNAPSHOT_FIELD: snapshot.date,
        "category": category,
        "resultCode": 200,
        "result": {"pagging": {"totCount": len(snapshot.records)}, "youthPolicyList": snapshot.records},
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path` (all or nothing)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide the export from another user running the app
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
