"""The staff tab's evaluation report in Korean, from the run's results.json: failures first, then a few figures.

The full English report (report.md, every table) stays beside it for developers; staff get what
failed and why, in a page that fits one screen.
"""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path

from assistant.errors import AssistantError

MAX_FAILURES_SHOWN = 10
# Figures worth a staff member's attention, in this order, with what each measures in plain Korean.
FIGURES_KO = (
    ("answer_accuracy", "정답률", "답해야 할 질문에 필요한 사실을 모두 담아 답한 비율"),
    ("recall_at_5", "근거 검색", "정답 문서가 검색 결과 5위 안에 든 비율"),
    ("citation_precision", "출처 정확도", "답에 붙인 출처가 정답 문서인 비율"),
    ("refusal_recall", "모르는 질문 거절", "문서에 없는 질문을 거절한 비율"),
    ("latency_p95_ms", "응답 시간", "질문 95%가 이 시간 안에 답을 받음"),
)


class ReportError(AssistantError):
    """results.json is missing a part the report needs; the message names the file."""


def load_results(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReportError(f"평가 결과 파일을 읽지 못했습니다: {path} ({exc})") from None


def korean_report(results: dict, max_failures: int = MAX_FAILURES_SHOWN) -> str:
    """Markdown: how many passed, the failed questions with the reason, then the key figures."""
    questions = results.get("questions", [])
    failed = [q for q in questions if not q.get("verdicts", {}).get("passed")]
    lines = [f"**{len(questions)}문항 중 {len(questions) - len(failed)}문항 통과, {len(failed)}문항 실패**", ""]
    if failed:
        lines += [f"### 실패한 질문 ({len(failed)})", ""]
        lines += [f"- {_md(q.get('question', ''))} — {why_failed(q)}" for q in failed[:max_failures]]
        if len(failed) > max_failures:
            lines.append(f"- … 그 밖에 {len(failed) - max_failures}문항 (전체 목록은 report.md)")
        lines.append("")
    overall = results.get("summary", {}).get("overall", {})
    lines += ["### 주요 지표", "", "| 지표 | 값 | 뜻 |", "|---|---|---|"]
    lines += [f"| {name} | {_figure(key, overall.get(key))} | {meaning} |" for key, name, meaning in FIGURES_KO]
    return "\n".join(lines)


VERDICT_KO = {True: "통과", False: "실패"}
QUESTION_COLUMNS = ["번호", "질문", "기대한 사실", "앱의 답", "출처", "판정", "이유"]


def question_rows(results: dict) -> list[list[str]]:
    """Each question of a run: what was expected, what the app answered and cited, and the verdict; failures first."""
    questions = sorted(results.get("questions", []), key=lambda q: bool(q.get("verdicts", {}).get("passed")))
    rows = []
    for q in questions:
        passed = bool(q.get("verdicts", {}).get("passed"))
        expected = " / ".join(" 또는 ".join(group) for group in q.get("expected_facts", [])) or (
            "거절해야 함" if not q.get("answerable", True) else "")
        answer = ("[거절] " if q.get("abstained") else "") + " ".join(str(q.get("answer", "")).split())
        cited = "; ".join(f"[{c.get('number')}] {c.get('title') or '제목 없는 자료'}" for c in q.get("citations", []))
        rows.append([str(q.get("id", "")), q.get("question", ""), expected, answer, cited, VERDICT_KO[passed],
                     "" if passed else why_failed(q)])
    return rows


def questions_html(results: dict) -> str:
    """question_rows as an HTML table for the staff tab (every cell escaped)."""
    head = "".join(f"<th>{c}</th>" for c in QUESTION_COLUMNS)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
                   for row in question_rows(results))
    return f'<table class="jq-table jq-eval-questions"><caption>문항별 결과</caption><tr>{head}</tr>{body}</table>'


def questions_csv(results: dict) -> str:
    """question_rows as CSV text (the caller writes it UTF-8 with a BOM, so spreadsheets read the Korean)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(QUESTION_COLUMNS)
    writer.writerows([[_inert(cell) for cell in row] for row in question_rows(results)])
    return out.getvalue()


def _inert(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell


def why_failed(question: dict) -> str:
    """The reason a gold question failed, in words: refused, answered what it should refuse, or facts missing."""
    if not question.get("answerable", True):
        return "문서에 없는 내용인데 답했습니다"
    if question.get("abstained"):
        return "답해야 하는데 거절했습니다"
    missing = question.get("verdicts", {}).get("missing_facts") or []
    facts = ", ".join(" 또는 ".join(_md(f) for f in group) for group in missing)
    return f"답에 빠진 사실: {facts}" if facts else "답이 기대와 다릅니다"


def _figure(key: str, value) -> str:
    if value is None:
        return "—"
    if key.endswith("_ms"):
        return f"{value / 1000:.1f}초"
    return f"{value * 100:.0f}%"


def _md(text: str) -> str:
    """Document text made inert in Markdown: HTML escaped, table pipes and emphasis marks backslashed."""
    escaped = html.escape(" ".join(str(text).split()), quote=False)
    return "".join("\\" + c if c in "|*_`[]#" else c for c in escaped)
