"""Staff tools behind a login: gold-set evaluation, feedback browsing and export, uploads and re-indexing, stats.

Every function takes the session's token first and refuses (StaffError) without a valid one, so
calling an endpoint directly, without the page, gets nothing either.
"""

from __future__ import annotations

import hmac
import html
import logging
import os
import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.errors import AssistantError
from assistant.ui.eval_report import korean_report, load_results
from assistant.ui.render import web_link
from assistant.types import DocumentMeta
from assistant.documents.loading import valid_date
from assistant.documents.uploads import UPLOAD_FIELDS, UploadError, add_to_source, check_upload, remove_files

if TYPE_CHECKING:
    from assistant.ui.webapp import AppContext

log = logging.getLogger(__name__)

SESSION_SECONDS = 8 * 3600
FAILED_LOGIN_DELAY = 1.0  # seconds; slows down password guessing
LOGIN_FAILED = "아이디 또는 비밀번호가 맞지 않습니다. 다시 입력하세요."
DISABLED = "직원 기능이 꺼져 있습니다. 서버에 JOBQA_STAFF_USER 와 JOBQA_STAFF_PASSWORD 를 설정하고 앱을 다시 시작하세요."


class EvaluationResult(Protocol):
    """What an evaluation run reports back (evals.evaluation.Evaluation is one)."""

    @property
    def passed(self) -> int: ...

    @property
    def total(self) -> int: ...

    @property
    def table(self) -> str: ...  # the overall figures as Markdown

    @property
    def report(self) -> Path: ...


# (assistant, gold set, output folder, on_progress(done, total)) -> result. The composition root (app.py)
# hands in evals.evaluation.evaluate, so nothing under assistant/ imports evals.
Evaluate = Callable[[Any, Path, Path, "Callable[[int, int], None] | None"], EvaluationResult]
NO_EVALUATION = "이 앱에는 평가 기능이 연결되어 있지 않습니다. `python -m evals run` 으로 평가하세요."


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


def run_evaluation(ctx: AppContext, token: str | None, on_progress: Callable[[int, int], None] | None = None) -> str:
    """Answer the gold set with the live assistant, write results.json and report.md; returns the summary."""
    ctx.auth.require(token)
    if ctx.evaluate is None or ctx.eval_dataset is None or ctx.eval_out is None:
        raise StaffError(NO_EVALUATION)
    run = ctx.evaluate(ctx.assistant, Path(ctx.eval_dataset), Path(ctx.eval_out), on_progress)
    return f"{run.passed} / {run.total} 통과 — 보고서: {run.report}\n\n{run.table}"


def latest_report(ctx: AppContext, token: str | None) -> str:
    """The last run's report in Korean (failures first, a few figures), for a Markdown component."""
    ctx.auth.require(token)
    path = Path(ctx.eval_out) / "results.json" if ctx.eval_out else None
    if path is None or not path.exists():
        return "아직 평가 보고서가 없습니다. '평가 실행'을 누르거나 `python -m evals run` 을 실행하세요."
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
    full = path.with_name("report.md")
    return (f"_{stamp} 평가_\n\n{korean_report(load_results(path))}\n\n"
            f"_전체 보고서(영문, 모든 표): `{html.escape(str(full), quote=False)}`_")


FEEDBACK_HEADERS = ["번호", "시각(UTC)", "평가", "질문", "답변", "의견"]
FEEDBACK_WIDTHS = ["6%", "12%", "9%", "22%", "31%", "20%"]  # every column, the comment too, fits without scrolling


def feedback_rows(ctx: AppContext, token: str | None, verdict: str = "", limit: int = 200) -> list[list]:
    """Newest feedback first, as table rows (answers shortened); verdict "up", "down" or "" for all."""
    ctx.auth.require(token)
    rows = ctx.feedback.rows(limit=limit, verdict=verdict or None)
    label = {"up": "좋아요", "down": "아쉬워요"}
    return [[r["id"], r["created"][:16].replace("T", " "), label[r["verdict"]], r["question"], _clip(r["answer"], 160),
             r["comment"]]
            for r in rows]


def export_feedback(ctx: AppContext, token: str | None) -> str:
    """Every feedback row as a CSV file (UTF-8 with BOM, so spreadsheets read the Korean); returns its path."""
    ctx.auth.require(token)
    folder = Path(tempfile.mkdtemp(prefix="jobqa-feedback-"))
    path = folder / f"feedback-{time.strftime('%Y%m%d-%H%M%S')}.csv"
    path.write_text(ctx.feedback.to_csv(), encoding="utf-8-sig")
    return str(path)


def upload_documents(ctx: AppContext, token: str | None, files: list | None, meta: dict | None = None) -> str:
    """Check every uploaded file, add them to the source folder and re-index; a bad upload changes nothing."""
    ctx.auth.require(token)
    paths = [Path(getattr(f, "name", f)) for f in (files or [])]
    if not paths:
        raise StaffError("올릴 파일을 고르세요.")
    document_meta = _meta(meta or {})
    source_dir = Path(ctx.settings.source_dir)
    with ctx.write_lock:
        checked = [check_upload(p, p.name, source_dir, ctx.max_upload_bytes) for p in paths]
        if len({c.name for c in checked}) < len(checked):
            raise UploadError(checked[0].name, "같은 이름의 파일을 두 번 올렸습니다.")
        metadata = source_dir / "metadata.csv"
        before = metadata.read_bytes() if metadata.exists() else None
        added = add_to_source(checked, source_dir, document_meta)
        try:
            report = _reindex(ctx)
        except BaseException:
            _undo(added, metadata, before)
            raise
        names = {c.name for c in checked}
        skipped = {source: reason for source, reason in report.skipped if Path(source.split("#")[0]).name in names}
        if skipped:
            _undo(added, metadata, before)
            _reindex(ctx)
            raise StaffError("색인하지 못해 올리지 않았습니다: " + "; ".join(f"{s}: {r}" for s, r in skipped.items()))
    names = ", ".join(c.name + (f" (정책 {len(c.documents)}건)" if len(c.documents) > 1 else "")
                      for c in checked)
    log.info("staff upload added %s; %s", names, report.summary())
    done = f"**올렸습니다:** {html.escape(names, quote=False)}. 색인을 새로 만들었습니다 ({index_summary_ko(report)})."
    missing = missing_provenance(checked, document_meta)
    return done + ("\n\n" + warning_html(missing) if missing else "")


def sync_from_portal(ctx: AppContext, token: str | None) -> str:
    """The "온통청년에서 업데이트" button: `python -m assistant sync` with the key from the environment;
    its report (added, changed with their fields, removed) as preformatted text, or why nothing changed."""
    ctx.auth.require(token)
    from assistant.sync import api_key_from_env, run_sync

    with ctx.write_lock:
        report = run_sync(ctx.settings, api_key_from_env(), analyzer=ctx.assistant.analyzer,
                          embedder=ctx.assistant.embedder)
        ctx.assistant.reload()
    return f"<pre>{html.escape(report.render(), quote=False)}</pre>"


def index_summary_ko(report) -> str:
    """An ingest report's counts in Korean words."""
    parts = [f"추가 {len(report.added)}건", f"갱신 {len(report.updated)}건", f"삭제 {len(report.removed)}건",
             f"건너뜀 {len(report.skipped)}건"]
    return ", ".join(parts) + f"; 색인 문단 {report.chunks:,}개"


def missing_provenance(checked, meta: DocumentMeta) -> list[str]:
    """One line per uploaded document without a publication date or a link (from the form or the file itself)."""
    lines = []
    for item in checked:
        lacks = [what for what, have in (("발행일", meta.published or item.document.meta.published),
                                         ("링크", meta.url or item.document.meta.url)) if not have]
        if lacks:
            lines.append(f"{item.name}: {'·'.join(lacks)} 없음")
    return lines


def warning_html(missing: list[str]) -> str:
    """The warning under a successful upload: which documents lack a date or link, and why it matters."""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in missing)
    return (f'<div class="jq-warning" role="status"><b>주의:</b> 날짜가 없으면 시민에게 "날짜 미상"으로 보여 오래된 '
            f"자료인지 알 수 없고, 링크가 없으면 원문을 찾아갈 수 없습니다. 지식 폴더의 <code>metadata.csv</code> 에서 "
            f"이 파일 줄의 published·url 칸을 채우고 다시 색인하세요.<ul>{items}</ul></div>")


def error_html(message: str) -> str:
    """A message the staff tab shows as an error (red box, announced by screen readers)."""
    return f'<div class="jq-error" role="alert">{html.escape(message)}</div>'


def _reindex(ctx: AppContext):
    from assistant.index.build import run_ingest

    report = run_ingest(ctx.settings, analyzer=ctx.assistant.analyzer, embedder=ctx.assistant.embedder)
    ctx.assistant.reload()
    return report


def _undo(added: list[Path], metadata: Path, before: bytes | None) -> None:
    remove_files(added)
    if before is None:
        metadata.unlink(missing_ok=True)
    else:
        metadata.write_bytes(before)


def _meta(values: dict) -> DocumentMeta:
    clean = {k: " ".join(str(values.get(k) or "").split())[:200] for k in (*UPLOAD_FIELDS, "url")}
    if clean["published"] and not valid_date(clean["published"]):
        raise StaffError(f"발행일은 YYYY, YYYY-MM 또는 YYYY-MM-DD 로 쓰세요: {clean['published']!r}")
    if clean["url"] and not web_link(clean["url"]):
        raise StaffError(f"링크는 http:// 또는 https:// 로 시작하는 주소로 쓰세요: {clean['url']!r}")
    return DocumentMeta(**clean)


def index_stats(ctx: AppContext, token: str | None) -> dict:
    """Assistant.stats() with the municipalities covered and the feedback counts."""
    ctx.auth.require(token)
    return {**ctx.assistant.stats(), "municipalities": ctx.assistant.municipalities(),
            "feedback": ctx.feedback.counts(), "source_dir": str(ctx.settings.source_dir)}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
