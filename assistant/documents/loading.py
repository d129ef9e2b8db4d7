"""A folder of files -> SourceDocuments (cleaned text + metadata), or a DocumentLoadError per bad file.

Formats: .txt .md (encoding detected), .html/.htm, .pdf, .docx, .hwpx, legacy binary .hwp, and .json
policy exports (one document per record: `assistant.documents.policies`). The kind is checked
against the file's content, not only its name. Metadata comes from `metadata.csv` beside the
documents (one row a file; see knowledge/README.md). Files are read one at a time, so memory stays
flat however large the folder is.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from assistant.documents.cleaning import clean_text
from assistant.errors import DocumentLoadError
from assistant.documents.formats import FormatError, decode_text, html_text, pdf_text, sniff
from assistant.documents.hwp import hwp_text
from assistant.documents.office import docx_text, hwpx_text
from assistant.documents.structure import title_of
from assistant.documents.policies import export_documents
from assistant.types import DocumentMeta, SourceDocument

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
EXPORT_SUFFIXES = {".json"}  # policy exports: many documents per file
SUFFIXES = TEXT_SUFFIXES | EXPORT_SUFFIXES | {".html", ".htm", ".pdf", ".docx", ".hwpx", ".hwp"}
METADATA_FILE = "metadata.csv"
NOT_DOCUMENTS = {METADATA_FILE, "README.md", "readme.md"}  # at the top of the folder
MAX_FILE_BYTES = 50 * 1024 * 1024
META_FIELDS = ("title", "municipality", "publisher", "published", "url")  # metadata.csv columns after "file"
PUBLISHED_FORMAT = re.compile(r"(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")  # YYYY, YYYY-MM or YYYY-MM-DD


def load_documents(source_dir: Path, max_bytes: int = MAX_FILE_BYTES) -> Iterator[SourceDocument | DocumentLoadError]:
    """Every document under `source_dir`, sorted by path; a file that cannot be read yields its error."""
    source_dir = Path(source_dir)
    metadata = read_metadata(source_dir)
    for path in iter_files(source_dir):
        source = path.relative_to(source_dir).as_posix()
        if path.suffix.lower() in EXPORT_SUFFIXES:
            yield from load_export(path, source, source_dir, max_bytes)
            continue
        try:
            yield load_document(path, source, metadata.get(source), source_dir, max_bytes)
        except DocumentLoadError as exc:
            yield exc


def iter_files(source_dir: Path) -> Iterator[Path]:
    """Files below `source_dir` in path order, hidden files and folders left out.

    Symbolic links to folders are not descended into but yielded, so that they are named as skipped.
    """
    for root, dirs, files in os.walk(source_dir, followlinks=False):
        linked = [d for d in dirs if (Path(root) / d).is_symlink()]
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked)
        for name in sorted(files + [d for d in linked if not d.startswith(".")]):
            path = Path(root) / name
            if name.startswith(".") or (Path(root) == source_dir and name in NOT_DOCUMENTS):
                continue
            yield path


def load_document(
    path: Path, source: str, meta: DocumentMeta | None, source_dir: Path, max_bytes: int = MAX_FILE_BYTES
) -> SourceDocument:
    """One file -> a cleaned SourceDocument; DocumentLoadError(path, reason) when it cannot be read.

    No other exception leaves: a reader's failure on a strange file becomes that file's reason.
    """
    try:
        return _load(path, source, meta, source_dir, max_bytes)
    except DocumentLoadError:
        raise
    except FormatError as exc:
        raise DocumentLoadError(path, str(exc)) from None
    except RecursionError:
        raise DocumentLoadError(path, "its structure is nested too deeply to read") from None
    except Exception as exc:
        log.debug("unexpected error reading %s", path, exc_info=True)
        detail = (str(exc).strip().splitlines() or [""])[0][:200]
        raise DocumentLoadError(path, f"cannot be read ({type(exc).__name__}: {detail})") from None


def load_export(path: Path, source: str, source_dir: Path, max_bytes: int = MAX_FILE_BYTES):
    """A policy export -> its records' SourceDocuments; a bad record, or a bad file, yields its error."""
    try:
        raw = _read_bytes(path, source_dir, max_bytes)
        yield from export_documents(raw, source, path)
    except DocumentLoadError as exc:
        yield exc
    except FormatError as exc:
        yield DocumentLoadError(path, str(exc))
    except Exception as exc:  # as in load_document: no reader failure may stop the batch
        log.debug("unexpected error reading %s", path, exc_info=True)
        yield DocumentLoadError(path, f"cannot be read ({type(exc).__name__}: {str(exc)[:200]})")


def _load(path: Path, source: str, meta: DocumentMeta | None, source_dir: Path, max_bytes: int):
    raw = _read_bytes(path, source_dir, max_bytes)
    title, text = extract_text(path.suffix.lower(), raw)
    text = clean_text(text)
    if len(text) < 2:
        raise DocumentLoadError(path, "no text left after removing page boilerplate")
    meta = meta or DocumentMeta()
    if not meta.title:
        meta = DocumentMeta(**{**meta.__dict__, "title": title or title_of(text)})
    digest = hashlib.sha256(raw + json.dumps(meta.__dict__, sort_keys=True).encode("utf-8")).hexdigest()
    document_id = hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]
    return SourceDocument(document_id=document_id, source=source, text=text, meta=meta, content_hash=digest)


def _read_bytes(path: Path, source_dir: Path, max_bytes: int) -> bytes:
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # dangling, or a loop (RuntimeError before Python 3.13)
            raise DocumentLoadError(path, "broken symbolic link (no target, or a loop)") from None
        if target.is_dir():
            raise DocumentLoadError(path, "symbolic link to a folder: not followed")
        if not target.is_relative_to(source_dir.resolve()):
            raise DocumentLoadError(path, "symbolic link to a file outside the source folder: not followed")
    if path.suffix.lower() not in SUFFIXES:
        kinds = ".txt .md .html .pdf .docx .hwpx .hwp .json"
        raise DocumentLoadError(path, f"unsupported file type {path.suffix or '(none)'}: use {kinds}")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise DocumentLoadError(path, "not a regular file (a pipe, device or socket): not read")
        if info.st_size > max_bytes:
            sizes = f"{_mb(info.st_size)}; the limit is {_mb(max_bytes)}"
            raise DocumentLoadError(path, f"file too large ({sizes})")
        if info.st_size == 0:
            raise DocumentLoadError(path, "empty file")
        with open(path, "rb") as f:
            raw = f.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise DocumentLoadError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise DocumentLoadError(path, f"file too large (over {_mb(max_bytes)}, the limit)")
    return raw


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size:,} bytes"


def extract_text(suffix: str, raw: bytes) -> tuple[str, str]:
    """(title or "", raw text) by file type, checked against the content; FormatError with the reason."""
    kind = sniff(raw)
    if suffix == ".hwp":
        if kind == "zip":
            return "", hwpx_text(raw)  # an HWPX saved under the old extension
        if kind != "ole":
            raise FormatError("named .hwp but the content is not an HWP file")
        return hwp_text(raw)
    if suffix in EXPORT_SUFFIXES:
        raise FormatError("a .json policy export is read record by record by ingest, not as one document")
    if suffix == ".pdf":
        if kind != "pdf":
            raise FormatError("named .pdf but the content is not a PDF")
        return "", pdf_text(raw)
    if suffix in (".docx", ".hwpx"):
        if kind != "zip":
            raise FormatError(f"named {suffix} but the content is not a {suffix[1:].upper()} (zip) file")
        return "", docx_text(raw) if suffix == ".docx" else hwpx_text(raw)
    if kind in ("pdf", "zip", "ole"):
        raise FormatError(f"named {suffix} but the content is a {kind.upper()} file, not text")
    if suffix in (".html", ".htm") or kind == "html":
        return html_text(raw)
    return "", decode_text(raw)


def read_metadata(source_dir: Path) -> dict[str, DocumentMeta]:
    """`metadata.csv` rows by file path; a malformed file or row is named in a warning and left out."""
    path = Path(source_dir) / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        text = decode_text(path.read_bytes())
    except (OSError, FormatError) as exc:
        log.warning("%s: cannot read the metadata table (%s); documents get no metadata", path, exc)
        return {}
    out: dict[str, DocumentMeta] = {}
    try:
        rows = list(csv.DictReader(text.splitlines()))
    except csv.Error as exc:
        log.warning("%s: not a readable CSV table (%s); documents get no metadata", path, exc)
        return {}
    for number, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            log.warning("%s:%d: row without a file name, ignored", path, number)
            continue
        published = (row.get("published") or "").strip()
        if published and not valid_date(published):
            log.warning("%s:%d: published %r is not YYYY, YYYY-MM or YYYY-MM-DD; left empty", path, number, published)
            published = ""
        values = {f: (row.get(f) or "").strip() for f in META_FIELDS}
        out[name] = DocumentMeta(**{**values, "published": published})
    return out


def valid_date(value: str) -> bool:
    """Whether a published date is written as metadata.csv and the upload form ask: YYYY[-MM[-DD]]."""
    return bool(PUBLISHED_FORMAT.fullmatch(value))
