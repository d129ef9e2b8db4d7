"""Gold rows: one JSON object a line (format in evals/README.md), read with errors that name the line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError

TYPES = ("figure", "date", "place", "program", "eligibility", "comparison", "unanswerable")
REQUIRED = ("id", "question", "answerable", "sources", "facts")


class DatasetError(AssistantError):
    """A gold file row the runner cannot use."""

    def __init__(self, path: Path | str, line: int, reason: str):
        self.path, self.line, self.reason = str(path), line, reason
        super().__init__(f"{self.path}:{line}: {reason}")


@dataclass(frozen=True)
class GoldRow:
    """One question with what a correct answer must contain and where it comes from."""

    id: str
    question: str
    answerable: bool
    sources: tuple[str, ...]
    facts: tuple[tuple[str, ...], ...]
    type: str = "program"
    municipality: str | None = None
    lang: str = "ko"
    style: str = "formal"


def load_gold(path: Path | str) -> list[GoldRow]:
    """All rows of a gold file; DatasetError naming the line for malformed JSON, missing fields, duplicate ids."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(path, 0, f"cannot read the dataset ({exc.strerror})") from None
    rows: list[GoldRow] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        row = _parse(path, number, line)
        if row.id in seen:
            raise DatasetError(path, number, f"duplicate id {row.id!r}")
        seen.add(row.id)
        rows.append(row)
    if not rows:
        raise DatasetError(path, 0, "no rows")
    return rows


def _parse(path: Path, number: int, line: str) -> GoldRow:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DatasetError(path, number, f"not JSON ({exc.msg})") from None
    if not isinstance(raw, dict):
        raise DatasetError(path, number, "expected a JSON object")
    missing = [key for key in REQUIRED if key not in raw]
    if missing:
        raise DatasetError(path, number, f"missing {', '.join(missing)}")
    kind = raw.get("type") or ("program" if raw["answerable"] else "unanswerable")
    if kind not in TYPES:
        raise DatasetError(path, number, f"type must be one of {', '.join(TYPES)}, got {kind!r}")
    if raw["answerable"] and not raw["facts"]:
        raise DatasetError(path, number, "an answerable row needs at least one fact group")
    if any(not isinstance(group, list) or not group for group in raw["facts"]):
        raise DatasetError(path, number, "facts must be a list of non-empty lists of strings")
    return GoldRow(
        id=str(raw["id"]),
        question=str(raw["question"]),
        answerable=bool(raw["answerable"]),
        sources=tuple(raw["sources"]),
        facts=tuple(tuple(str(form) for form in group) for group in raw["facts"]),
        type=kind,
        municipality=raw.get("municipality") or None,
        lang=raw.get("lang", "ko"),
        style=raw.get("style", "formal"),
    )
