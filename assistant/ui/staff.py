"""Staff tools behind a login: gold-set evaluation, feedback browsing and export, uploads and re-indexing, stats.

Every function takes the session's token first and refuses (StaffError) without a valid one, so
calling an endpoint directly, without the page, gets nothing either.
"""

from __future__ import annotations

import html
import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.ui.context import NO_EVALUATION
from assistant.ui.staff_auth import DISABLED, LOGIN_FAILED, StaffAuth, StaffError  # noqa: F401  (the staff tab and tests use them from here)
from assistant.ui.eval_report import korean_report, load_results, questions_csv, questions_html
from assistant.ui.render import web_link
from assistant.types import DocumentMeta
from assistant.documents.loading import valid_date
from assistant.documents.uploads import (
    UPLOAD_FIELDS, UPLOAD_SUFFIXES, UploadError, add_to_source, check_upload, metadata_rows, read_meta,
    read_meta_with_origin, remove_files, set_metadata,
)

if TYPE_CHECKING:
    from assistant.ui.context import AppContext

log = logging.getLogger(__name__)

def run_evaluation(ctx: AppContext, token: str | None, on_progress: Callable[[int, int], None] | None = None) -> str:
    """Answer the gold set with the live assistant, write results.json and report.md; returns the summary."""
    ctx.auth.require(token)
    if ctx.evaluate is None or ctx.eval_dataset is None or ctx.eval_out is None:
        raise StaffError(NO_EVALUATION)
    run = ctx.evaluate(ctx.assistant, Path(ctx.eval_dataset), Path(ctx.eval_out), on_progress)
    return f"{run.passed} / {run.total} 통과\n\n{run.table}"


def latest_report(ctx: AppContext, token: str | None) -> str:
    """The last run in Korean: the summary (failures first, a few figures), then every question with its answer."""
    ctx.auth.require(token)
    path = _results_path(ctx)
    if path is None:
        return "아직 평가 보고서가 없습니다. '평가 실행'을 누르거나 `python -m evals run` 을 실행하세요."
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
    results = load_results(path)
    return f"_{stamp} 평가_\n\n{korean_report(results)}\n\n{questions_html(results)}"


def report_download(ctx: AppContext, token: str | None) -> str | None:
    """The last run's questions, answers, citations and verdicts as a CSV file to download; None before any run."""
    ctx.auth.require(token)
    path = _results_path(ctx)
    if path is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="jobqa-eval-"))
    out = folder / f"evaluation-{time.strftime('%Y%m%d-%H%M%S', time.localtime(path.stat().st_mtime))}.csv"
    out.write_text(questions_csv(load_results(path)), encoding="utf-8-sig")
    return str(out)


def _results_path(ctx: AppContext) -> Path | None:
    path = Path(ctx.eval_out) / "results.json" if ctx.eval_out else None
    return path if path is not None and path.exists() else None


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
    read = "".join(read_row_html(c, document_meta) for c in checked if len(c.documents) == 1)
    missing = missing_provenance(checked, document_meta)
    return done + read + ("\n\n" + warning_html(missing) if missing else "")


# The metadata.csv fields staff see and edit, in their words.
META_LABELS = {"title": "제목", "municipality": "지자체", "publisher": "발행처", "published": "발행일", "url": "링크"}
EDITABLE_FIELDS = ("title", "publisher", "published", "url")


def read_row_html(item, meta: DocumentMeta) -> str:
    """What metadata.csv now holds for an uploaded file, each value with where it was read."""
    row, origin = read_meta_with_origin(item, meta)
    cells = "".join(
        f"<tr><th scope=\"row\">{META_LABELS[f]}</th><td>{html.escape(getattr(row, f)) or '(없음)'}</td>"
        f"<td>{html.escape(origin.get(f, ''))}</td></tr>" for f in META_LABELS)
    return (f'<table class="jq-table jq-upload-row"><caption>{html.escape(item.name)} — metadata.csv에 적은 값 '
            f"(아래 '문서 정보 고치기'에서 고칠 수 있습니다)</caption><tr><th>항목</th><th>값</th><th>읽은 곳</th></tr>"
            f"{cells}</table>")


def editable_documents(ctx: AppContext, token: str | None) -> list[str]:
    """The files of the source folder whose title, publisher, date and link staff may edit (not policy exports)."""
    ctx.auth.require(token)
    folder = Path(ctx.settings.source_dir)
    suffixes = tuple(x for x in UPLOAD_SUFFIXES if x != ".json")
    files = {p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
             and p.suffix.lower() in suffixes and p.name.lower() != "readme.md"} if folder.is_dir() else set()
    return sorted(files | {n for n in metadata_rows(folder) if (folder / n).is_file()})


def document_metadata(ctx: AppContext, token: str | None, name: str | None) -> list[str]:
    """The chosen file's title, publisher, date and link as metadata.csv holds them (the document's own title when
    it has no row)."""
    ctx.auth.require(token)
    if not name:
        return [""] * len(EDITABLE_FIELDS)
    row = metadata_rows(Path(ctx.settings.source_dir)).get(name)
    if row is None:
        document = ctx.assistant.document(name)
        row = document.meta if document is not None else DocumentMeta()
    return [getattr(row, f) for f in EDITABLE_FIELDS]


def save_document_metadata(ctx: AppContext, token: str | None, name: str | None, values: dict) -> str:
    """Write the edited title, publisher, date and link into the file's metadata.csv row and re-index; on a failed
    re-index the table is put back as it was."""
    ctx.auth.require(token)
    if not name or name not in editable_documents(ctx, token):
        raise StaffError("고칠 문서를 고르세요.")
    source_dir = Path(ctx.settings.source_dir)
    current = metadata_rows(source_dir).get(name) or DocumentMeta()
    edited = _meta({**{f: getattr(current, f) for f in UPLOAD_FIELDS}, "url": current.url,
                    **{f: values.get(f, "") for f in EDITABLE_FIELDS}})
    with ctx.write_lock:
        metadata = source_dir / "metadata.csv"
        before = metadata.read_bytes() if metadata.exists() else None
        set_metadata(source_dir, name, edited)
        try:
            report = _reindex(ctx)
        except BaseException:
            _undo([], metadata, before)
            raise
    log.info("staff edited the metadata of %s; %s", name, report.summary())
    return (f"**저장했습니다:** {html.escape(name, quote=False)} — "
            + " · ".join(f"{META_LABELS[f]} {getattr(edited, f) or '(없음)'}" for f in EDITABLE_FIELDS)
            + f". 색인을 새로 만들었습니다 ({index_summary_ko(report)}).")


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
        row = read_meta(item, meta)  # what metadata.csv now holds for it: the form, else the file's own
        lacks = [what for what, have in (("발행일", row.published), ("링크", row.url)) if not have]
        if lacks:
            lines.append(f"{item.name}: {'·'.join(lacks)} 없음")
    return lines


def warning_html(missing: list[str]) -> str:
    """The warning under a successful upload: which documents lack a date or link, and why it matters."""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in missing)
    return (f'<div class="jq-warning" role="status"><b>주의:</b> 날짜가 없으면 시민에게 "날짜 미상"으로 보여 오래된 '
            f"자료인지 알 수 없고, 링크가 없으면 원문을 찾아갈 수 없습니다. 아래 '문서 정보 고치기'에서 이 파일을 골라 "
            f"발행일·링크를 채우고 저장하세요.<ul>{items}</ul></div>")


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


# The program fields of the catalog, as staff read them in 색인 현황.
PROGRAM_FIELD_LABELS = {
    "name": "사업명", "operator": "운영 기관", "regions": "지역", "age": "나이", "employment": "취업 상태",
    "groups": "대상", "benefit": "지원 내용", "head_count": "모집 인원", "period": "신청 기간", "method": "신청 방법",
    "contact": "문의처", "documents": "제출 서류",
}
STATS_LABELS = {
    "documents": "문서", "chunks": "색인 문단", "programs": "사업", "last_ingest": "마지막 색인", "generation": "색인 세대",
    "embedder": "임베딩 모델", "chroma": "벡터 저장소", "index_dir": "색인 폴더", "source_dir": "원본 폴더",
}


def stats_html(stats: dict) -> str:
    """index_stats as three readable tables: the index, how many programs state each field, feedback counts."""
    def row(label, value):
        return f"<tr><th scope=\"row\">{html.escape(label)}</th><td>{html.escape(str(value))}</td></tr>"

    def number(value):
        return f"{value:,}" if isinstance(value, int) else value

    places = stats.get("municipalities", [])
    index_rows = [row(label, number(stats[key])) for key, label in STATS_LABELS.items() if key in stats]
    index_rows.append(row(f"지역 ({len(places)}곳)", ", ".join(places) or "없음"))
    shares = stats.get("program_fields_stated", {})
    field_rows = [row(PROGRAM_FIELD_LABELS.get(name, name), f"{share:.0%}") for name, share in shares.items()]
    votes = stats.get("feedback", {})
    feedback = [row({"up": "좋아요", "down": "아쉬워요"}.get(k, k), f"{v:,}건") for k, v in votes.items()]
    return (f'<div class="jq-stats"><table class="jq-table"><caption>색인</caption>{"".join(index_rows)}</table>'
            f'<table class="jq-table"><caption>사업 항목별 기재율 (그 항목을 적은 사업의 비율)</caption>{"".join(field_rows)}</table>'
            f'<table class="jq-table"><caption>이용자 의견</caption>{"".join(feedback)}</table></div>')


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
