"""👍/👎 on answers, kept in SQLite: the question, the answer, its citations, the verdict, a comment, the time.

Nothing else is stored — no name, no IP address, no session id — so the file holds no personal data
beyond what a person chose to type into the question or the comment.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from assistant.errors import AssistantError

VERDICTS = ("up", "down")
MAX_COMMENT_CHARS = 2000
COLUMNS = ("id", "created", "verdict", "question", "answer", "citations", "comment")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT ''
)
"""


def default_feedback_path(index_dir: Path | str) -> Path:
    """Next to the index directory, not inside it, so rebuilding the index keeps the feedback."""
    return Path(index_dir).resolve().parent / "feedback.sqlite3"


class FeedbackStore:
    """One SQLite file; every call opens its own connection, so Gradio's worker threads can share it."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute(_SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection that commits on success and is always closed."""
        db = sqlite3.connect(self.path, timeout=10)
        db.row_factory = sqlite3.Row
        try:
            with db:
                yield db
        finally:
            db.close()

    def record(self, question: str, answer: str, citations: list[dict], verdict: str, comment: str = "") -> int:
        """Store one verdict; returns its row id (to attach a comment later)."""
        if verdict not in VERDICTS:
            raise AssistantError(f"verdict must be one of {', '.join(VERDICTS)}, got {verdict!r}")
        created = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        # the passage is the whole indexed chunk: the chunk id and the quoted snippet identify it
        cited = json.dumps([{k: v for k, v in c.items() if k != "passage"} for c in citations], ensure_ascii=False)
        with self._lock, self._connect() as db:
            cur = db.execute(
                "INSERT INTO feedback (created, verdict, question, answer, citations, comment)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (created, verdict, question, answer, cited, _clip(comment)),
            )
            return int(cur.lastrowid)

    def update(self, row_id: int, verdict: str | None = None, comment: str | None = None) -> bool:
        """Change the verdict and/or set the comment of a stored row; False when there is no such row."""
        if verdict is not None and verdict not in VERDICTS:
            raise AssistantError(f"verdict must be one of {', '.join(VERDICTS)}, got {verdict!r}")
        with self._lock, self._connect() as db:
            cur = db.execute(
                "UPDATE feedback SET verdict = COALESCE(?, verdict), comment = COALESCE(?, comment) WHERE id = ?",
                (verdict, None if comment is None else _clip(comment), int(row_id)),
            )
            return cur.rowcount == 1

    def rows(self, limit: int | None = None, verdict: str | None = None) -> list[dict]:
        """Newest first; citations decoded back into a list."""
        sql, args = "SELECT * FROM feedback", []
        if verdict in VERDICTS:
            sql += " WHERE verdict = ?"
            args.append(verdict)
        sql += " ORDER BY id DESC"
        if limit:
            sql += " LIMIT ?"
            args.append(int(limit))
        with self._connect() as db:
            found = db.execute(sql, args).fetchall()
        return [{**dict(r), "citations": json.loads(r["citations"])} for r in found]

    def counts(self) -> dict[str, int]:
        with self._connect() as db:
            found = dict(db.execute("SELECT verdict, COUNT(*) FROM feedback GROUP BY verdict").fetchall())
        return {v: int(found.get(v, 0)) for v in VERDICTS}

    def to_csv(self) -> str:
        """Every row as CSV (UTF-8 with BOM added by the caller if a spreadsheet needs it)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in reversed(self.rows()):
            writer.writerow([_cell(row, c) for c in COLUMNS])
        return out.getvalue()


def _cell(row: dict, column: str) -> str:
    value = row[column]
    if column == "citations":
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    # a cell starting with = + - @ runs as a formula in spreadsheets: neutralise it
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _clip(comment: str | None) -> str:
    return (comment or "").strip()[:MAX_COMMENT_CHARS]
