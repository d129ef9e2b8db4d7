"""catalog.jsonl in an index generation: written at ingest, unchanged documents' records copied by content hash."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from assistant.language.regions import RegionTable, load_regions
from assistant.programs.catalog import ProgramRecord, programs_in
from assistant.types import SourceDocument

log = logging.getLogger(__name__)
CATALOG_FILE = "catalog.jsonl"
# The code that reads programs: a record written by other code is read again, not reused.
# Every module the extraction imports counts: region names (language/regions.py) and how an export record is
# rendered (documents/policies.py) change the records as much as the rule tables do.
EXTRACTOR_FILES = ("programs/extraction.py", "programs/periods.py", "programs/pages.py", "programs/records.py", "programs/articles.py", "programs/audience.py",
                   "programs/catalog.py", "language/conditions.py", "language/regions.py", "language/regions.csv",
                   "documents/policies.py", "types.py")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the extraction code and rule tables."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in EXTRACTOR_FILES:
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:12]


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
        if old is not None and old[0] == (doc.content_hash, extractor_version()):
            rows = old[1]
            self.reused += 1
        else:
            rows = [{**p.to_row(), "extractor": extractor_version()} for p in programs_in(doc, self.regions)]
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


def _rows_by_document(path: Path) -> dict[str, tuple[tuple[str, str], list[dict]]]:
    """source -> ((content hash, extractor), its catalog rows); a document with no programs is not listed."""
    out: dict[str, tuple[tuple[str, str], list[dict]]] = {}
    if not path.exists():
        return out
    for row in read_rows(path):
        entry = out.setdefault(row["source"], ((row["content_hash"], row.get("extractor", "")), []))
        entry[1].append(row)
    return out


def read_rows(path: Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def read_catalog(generation_path: Path) -> list[ProgramRecord] | None:
    """The generation's catalog; None when it has none or other extraction code wrote it (read the documents again)."""
    path = Path(generation_path) / CATALOG_FILE
    if not path.exists():
        return None
    rows = list(read_rows(path))
    if not _current(rows):
        log.info("catalog of %s was written by other extraction code; reading its documents again", generation_path)
        return None
    return [ProgramRecord.from_row(row) for row in rows]


def _current(rows: list[dict]) -> bool:
    return all(row.get("extractor") == extractor_version() for row in rows)


def refresh_catalog(generation_path: Path, documents: Iterable[SourceDocument],
                    regions: RegionTable | None = None) -> bool:
    """Rewrite a generation's catalog, atomically, when it has none or other extraction code wrote it; True if so."""
    path = Path(generation_path) / CATALOG_FILE
    if path.exists() and _current(list(read_rows(path))):
        return False
    table = regions or load_regions()
    partial = path.with_name(CATALOG_FILE + ".partial")
    with open(partial, "w", encoding="utf-8") as out:
        for doc in documents:
            for program in programs_in(doc, table):
                out.write(json.dumps({**program.to_row(), "extractor": extractor_version()}, ensure_ascii=False) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
    log.info("catalog of %s rewritten by the current extraction code", generation_path)
    return True


def catalog_at(generation_path: Path, documents: Callable[[], Iterable[SourceDocument]]) -> list[ProgramRecord]:
    """The generation's stored catalog, or one read afresh from its `documents()` when none current is stored."""
    found = read_catalog(generation_path)
    return found if found is not None else build_catalog(documents())


def build_catalog(documents: Iterable[SourceDocument], regions: RegionTable | None = None) -> list[ProgramRecord]:
    """The catalog of `documents`, read afresh (an index built before catalogs existed)."""
    table = regions or load_regions()
    return [p for doc in documents for p in programs_in(doc, table)]
