"""`python -m assistant sync`: read the current programs from the 온통청년 open API and index what changed.

1. Every page is fetched and checked (documents/portal.py); any failure stops here, nothing written.
2. The new snapshot is compared with the export in the source folder (programs/changes.py).
3. The old export is kept as `.youthcenter/previous.json`, the new one written atomically in its
   place, and the index brought up to date incrementally: only new and changed records' passages
   are embedded; removed records leave the index and the catalog.
   The changes, with each changed field's previous value, are added to `.youthcenter/changes.jsonl`.
If step 3 fails, the export, the kept previous one and the history are put back as they were (the
index is switched only by a finished ingest, so it never changed).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.documents.portal import (
    DEFAULT_CATEGORY, DEFAULT_URL, PortalError, export_path, fetch_policies, previous_path, read_snapshot,
    snapshot_json, write_atomically,
)
from assistant.index.build import IngestReport, run_ingest
from assistant.language.portal_fields import field_label
from assistant.programs.changes import (
    ProgramChange, append_history, diff_snapshots, history_path, history_rows,
)

KEY_VARIABLE = "JOBQA_YOUTHCENTER_API_KEY"
URL_VARIABLE = "JOBQA_YOUTHCENTER_URL"


@dataclass
class SyncReport:
    """What one sync found and did."""

    date: str
    previous_date: str
    changes: list[ProgramChange] = field(default_factory=list)
    unchanged: int = 0
    ingest: IngestReport | None = None

    def _of(self, kind: str) -> list[ProgramChange]:
        return [c for c in self.changes if c.kind == kind]

    def to_json(self) -> dict:
        """{"added": [{"plcyNo", "title"}], "changed": [{"plcyNo", "title", "fields"}], "removed": [...], "unchanged": N}"""
        return {
            "added": [{"plcyNo": c.plcy_no, "title": c.title} for c in self._of("added")],
            "changed": [{"plcyNo": c.plcy_no, "title": c.title, "fields": list(c.fields)} for c in self._of("changed")],
            "removed": [{"plcyNo": c.plcy_no, "title": c.title} for c in self._of("removed")],
            "unchanged": self.unchanged,
        }

    def render(self) -> str:
        """The report in Korean: counts, then each program added, changed (with its fields) and removed."""
        since = f" ({self.previous_date} 자료와 비교)" if self.previous_date else " (첫 동기화)"
        lines = [f"온통청년 {self.date} 기준{since}: 추가 {len(self._of('added'))}, 변경 {len(self._of('changed'))}, "
                 f"삭제 {len(self._of('removed'))}, 그대로 {self.unchanged}"]
        lines += [f"+ 추가 {c.title} ({c.plcy_no})" for c in self._of("added")]
        lines += [f"~ 변경 {c.title} ({c.plcy_no}): {', '.join(field_label(n) for n in c.fields)}" for c in self._of("changed")]
        lines += [f"- 삭제 {c.title} ({c.plcy_no})" for c in self._of("removed")]
        if self.ingest is not None:
            lines.append(f"색인: 새로 임베딩한 구절 {self.ingest.embedded}개, 다시 쓴 구절 {self.ingest.reused}개; {self.ingest.summary()}")
        return "\n".join(lines)


def api_key_from_env() -> str:
    return os.environ.get(KEY_VARIABLE, "").strip()


def url_from_env() -> str:
    return os.environ.get(URL_VARIABLE, "").strip() or DEFAULT_URL


def run_sync(settings: Settings, api_key: str, base_url: str = "", category: str = DEFAULT_CATEGORY,
             progress: bool = False, date: str = "", analyzer=None, embedder=None) -> SyncReport:
    """Fetch, compare, write and ingest; PortalError (nothing changed) when the portal cannot be read."""
    source = Path(settings.source_dir)
    if not source.is_dir():
        raise PortalError(f"no folder at {source} — give --source DIR")
    if not date:
        from assistant.programs.finder import today_in_korea

        date = today_in_korea().isoformat()
    snapshot = fetch_policies(api_key, base_url or url_from_env(), category, date)
    target, kept = export_path(source), previous_path(source)
    try:
        old = read_snapshot(target)
    except (ValueError, OSError) as exc:
        raise PortalError(f"{target}: the current export cannot be read ({exc}) — move it away and sync again") from None
    diff = diff_snapshots(old.records if old else [], snapshot.records)
    report = SyncReport(snapshot.date, old.date if old else "", history_rows(diff, snapshot.date, old.date if old else ""),
                        diff.unchanged)
    saved = {path: path.read_bytes() if path.is_file() else None for path in (target, kept, history_path(source))}
    try:
        if saved[target] is not None:
            write_atomically(kept, saved[target].decode("utf-8"))
        write_atomically(target, snapshot_json(snapshot, category))
        if report.changes:
            append_history(source, report.changes)
        report.ingest = run_ingest(settings, progress=progress, analyzer=analyzer, embedder=embedder)
    except BaseException:
        _restore(saved)
        raise
    return report


def _restore(saved: dict[Path, bytes | None]) -> None:
    """Put the files back as they were before this sync."""
    for path, data in saved.items():
        if data is None:
            path.unlink(missing_ok=True)
        else:
            write_atomically(path, data.decode("utf-8"))
