"""What changed between two portal snapshots, and the history of it kept beside the export.

`diff_snapshots` compares records by plcyNo field by field (bookkeeping such as lastMdfcnDt left
out). Each sync appends one row per added, changed or removed program to
`<source>/.youthcenter/changes.jsonl`: the day of the new snapshot, the day of the one before, and
for a changed program each changed field's previous and new value, so the previous values stay
known after the snapshot moves on.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.documents.policies import ID_FIELD, NAME_FIELD, render_policy
from assistant.documents.portal import EXPORT_FILE, STATE_DIR, write_atomically
from assistant.language.portal_fields import IGNORED_FIELDS
from assistant.language.regions import RegionTable

HISTORY_FILE = "changes.jsonl"
ADDED, CHANGED, REMOVED = "added", "changed", "removed"


@dataclass(frozen=True)
class ProgramChange:
    """One program added, changed or removed by one sync."""

    kind: str  # added | changed | removed
    plcy_no: str
    title: str
    date: str  # the new snapshot's day (YYYY-MM-DD)
    previous_date: str  # the day of the snapshot it was compared with
    fields: dict = field(default_factory=dict)  # API field -> {"old": value, "new": value} (changed only)

    @property
    def source(self) -> str:
        """Where the program's current document is cited from (`<export>#<plcyNo>`)."""
        return f"{EXPORT_FILE}#{self.plcy_no}"

    def to_row(self) -> dict:
        return asdict(self)


@dataclass
class SnapshotDiff:
    added: list[dict] = field(default_factory=list)
    changed: list[tuple[dict, dict, list[str]]] = field(default_factory=list)  # (old, new, field names)
    removed: list[dict] = field(default_factory=list)
    unchanged: int = 0


def _key(record: dict) -> str:
    return str(record.get(ID_FIELD) or "").strip()


def changed_fields(old: dict, new: dict) -> list[str]:
    """API fields whose values differ (empty and missing count as the same), in the new record's order."""
    names = list(new) + [n for n in old if n not in new]
    return [n for n in names if n not in IGNORED_FIELDS and _value(old.get(n)) != _value(new.get(n))]


def _value(value) -> str:
    return "" if value is None else str(value).strip()


def diff_snapshots(old: list[dict], new: list[dict]) -> SnapshotDiff:
    before = {_key(r): r for r in old if _key(r)}
    after = {_key(r): r for r in new if _key(r)}
    diff = SnapshotDiff()
    for key, record in after.items():
        if key not in before:
            diff.added.append(record)
            continue
        names = changed_fields(before[key], record)
        if names:
            diff.changed.append((before[key], record, names))
        else:
            diff.unchanged += 1
    diff.removed = [r for k, r in before.items() if k not in after]
    return diff


def history_rows(diff: SnapshotDiff, date: str, previous_date: str) -> list[ProgramChange]:
    """The history rows one sync adds."""
    def title(record: dict) -> str:
        return _value(record.get(NAME_FIELD))

    rows = [ProgramChange(ADDED, _key(r), title(r), date, previous_date) for r in diff.added]
    rows += [ProgramChange(CHANGED, _key(new), title(new), date, previous_date,
                           {n: {"old": old.get(n), "new": new.get(n)} for n in names})
             for old, new, names in diff.changed]
    rows += [ProgramChange(REMOVED, _key(r), title(r), date, previous_date) for r in diff.removed]
    return rows


def history_path(source_dir: Path) -> Path:
    return Path(source_dir) / STATE_DIR / HISTORY_FILE


def append_history(source_dir: Path, rows: list[ProgramChange]) -> None:
    """Add rows to the history (the file is rewritten atomically: never half a row)."""
    path = history_path(source_dir)
    before = path.read_text(encoding="utf-8") if path.is_file() else ""
    lines = [json.dumps(r.to_row(), ensure_ascii=False) for r in rows]
    write_atomically(path, before + "".join(line + "\n" for line in lines))


def read_history(source_dir: Path, since: str = "") -> list[ProgramChange]:
    """Every change recorded on or after `since` (YYYY-MM-DD; "" for all), newest first (the file is
    appended to by each sync, so the newest sync's rows are last in it)."""
    path = history_path(source_dir)
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        change = ProgramChange(row["kind"], row["plcy_no"], row.get("title", ""), row.get("date", ""),
                               row.get("previous_date", ""), row.get("fields") or {})
        if change.date >= since:
            rows.append(change)
    return rows[::-1]


def latest_changes(source_dir: Path) -> list[ProgramChange]:
    """The changes of the most recent sync that changed anything (the rows it appended last), in its order."""
    rows = read_history(source_dir)
    latest = []
    for row in rows:  # newest first: the run of rows with the newest sync's dates
        if (row.date, row.previous_date) != (rows[0].date, rows[0].previous_date):
            break
        latest.append(row)
    return latest[::-1]


def changed_lines(record: dict, change: ProgramChange, regions: RegionTable) -> list[tuple[str, str]]:
    """(old line, new line) pairs of the program page before and after `change` ("" where a line is
    only on one side). `record` is the program's current record; its page is rendered with the
    change's old values put back, and the two pages are compared line by line."""
    new = {**record, **{n: v["new"] for n, v in change.fields.items()}}
    old = {**record, **{n: v["old"] for n, v in change.fields.items()}}
    new_lines = _page_lines(new, regions)
    old_lines = _page_lines(old, regions)
    pairs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        olds, news = old_lines[a0:a1], new_lines[b0:b1]
        for i in range(max(len(olds), len(news))):
            pairs.append((olds[i] if i < len(olds) else "", news[i] if i < len(news) else ""))
    return [(a, b) for a, b in pairs if a.strip() or b.strip()]


def _page_lines(record: dict, regions: RegionTable) -> list[str]:
    codes = [c.strip() for c in _value(record.get("zipCd")).split(",") if c.strip()]
    return render_policy(record, regions.describe(codes)).split("\n")
