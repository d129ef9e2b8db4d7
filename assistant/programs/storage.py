"""catalog.jsonl in an index generation: written at ingest, unchanged documents' records copied by content hash."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from assistant.language.regions import RegionTable, load_regions
from assistant.programs.catalog import ProgramRecord, programs_in
from assistant.types import SourceDocument

log = logging.getLogger(__name__)
CATALOG_FILE = "catalog.jsonl"


class CatalogWriter:
    """Collects each document's programs as the generation is written; reuses the previous catalog's rows
    for a document whose content hash did not change."""

    def __init__(self, path: Path, previous: Path | None = None, regions: RegionTable | None = None):
        self.path = Path(path) / CATALOG_FILE
        self.regions = regions or load_regions()
        self._previous = _rows_by_document(Path(previous) / CATALOG_FILE) if previous else {}
        self._out = open(self.path, "w", encoding="utf-8")
        self.extracted = 0  # documents read afresh
        self.reused = 0

    def add(self, doc: SourceDocument) -> None:
        old = self._previous.get(doc.source)
        if old is not None and old[0] == doc.content_hash:
            rows = old[1]
            self.reused += 1
        else:
            rows = [p.to_row() for p in programs_in(doc, self.regions)]
            self.extracted += 1
        for row in rows:
            self._out.write(json.dumps(row, ensure_ascii=False) + "\n")

    def commit(self) -> None:
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()

    def abort(self) -> None:
        if not self._out.closed:
            self._out.close()
        self.path.unlink(missing_ok=True)


def _rows_by_document(path: Path) -> dict[str, tuple[str, list[dict]]]:
    """source -> (content hash, its catalog rows); a document with no programs is not listed (re-read: cheap)."""
    out: dict[str, tuple[str, list[dict]]] = {}
    if not path.exists():
        return out
    for row in read_rows(path):
        entry = out.setdefault(row["source"], (row["content_hash"], []))
        entry[1].append(row)
    return out


def read_rows(path: Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def read_catalog(generation_path: Path) -> list[ProgramRecord] | None:
    """The generation's catalog, None when it was built before catalogs existed."""
    path = Path(generation_path) / CATALOG_FILE
    if not path.exists():
        return None
    return [ProgramRecord.from_row(row) for row in read_rows(path)]


def build_catalog(documents: Iterable[SourceDocument], regions: RegionTable | None = None) -> list[ProgramRecord]:
    """The catalog of `documents`, read afresh (an index built before catalogs existed)."""
    table = regions or load_regions()
    return [p for doc in documents for p in programs_in(doc, table)]
