"""Staff uploads -> new files in the source folder, checked first so that a bad upload changes nothing.

A file is accepted only when its name is a plain base name with a supported extension, its size is
within the limit, its bytes are what the extension claims (PDF, zip for DOCX/HWPX, an OLE container
for legacy HWP, decodable text; a .json must be a 온통청년 policy export with every record readable),
and the loader can read text out of it. Either every file of an upload is accepted, or none is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError, DocumentLoadError
from assistant.documents.formats import sniff
from assistant.documents.loading import (
    EXPORT_SUFFIXES, META_FIELDS, METADATA_FILE, NOT_DOCUMENTS, load_document, load_export, read_metadata,
)
from assistant.language.layout import DOCUMENT_DATE_LABEL, DOCUMENT_HEAD_CHARS, FULL_DATE
from assistant.types import DocumentMeta, SourceDocument

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".hwpx", ".hwp", ".json")
UPLOAD_FIELDS = tuple(f for f in META_FIELDS if f != "url")  # what staff type in beside an upload
MAX_NAME_CHARS = 120
_NAME = re.compile(r"[\w가-힣][\w가-힣 .()\[\]_\-]*")  # \w is Unicode: Hangul, digits, underscore
_KINDS = {".pdf": {"pdf"}, ".docx": {"zip"}, ".hwpx": {"zip"}, ".hwp": {"ole", "zip"}}  # zip: HWPX named .hwp
_TEXT_KINDS = {"text", "html"}
# The loader's reasons (English, for logs and the CLI) in the words staff read: (pattern, Korean).
REASONS_KO = (
    (r"password-protected HWP", "암호가 걸린 HWP 파일입니다. 한글에서 암호를 푼 사본을 저장해 올려 주세요."),
    (r"HWP distribution document", "배포용 HWP 문서라 읽을 수 없습니다. 한글에서 일반 문서로 저장해 올려 주세요."),
    (r"damaged or unreadable HWP", "손상되었거나 읽을 수 없는 HWP 파일입니다. 한글에서 다시 저장하거나 HWPX·PDF로 올려 주세요."),
    (r"named \.hwp but", "확장자는 .hwp 이지만 한글(HWP) 문서가 아닙니다."),
    (r"HWP with no text", "HWP 문서에 글이 없습니다."),
    (r"not a 온통청년 policy export", "온통청년 정책 내보내기 파일이 아닙니다 (plcyNo가 있는 정책 목록이 없음). "
                                     ".json 파일은 온통청년 정책 목록만 올릴 수 있습니다."),
    (r"not valid JSON \(line (\d+) column (\d+)", "JSON 문법이 잘못되었습니다 ({0}번째 줄 {1}번째 칸)."),
    (r"record (\d+) is not an object", "{0}번째 항목이 정책 레코드(객체)가 아님"),
    (r"record (\d+) has no plcyNo", "{0}번째 항목에 정책번호(plcyNo) 없음"),
    (r"record (\d+) has no plcyNm", "{0}번째 항목에 정책명(plcyNm) 없음"),
    (r"record (\d+) repeats the plcyNo of record (\d+)", "{0}번째 항목의 정책번호가 {1}번째 항목과 같음"),
)
MAX_NAMED_RECORDS = 3  # how many bad records of an export the message names
_KIND_NAMES = {"pdf": "PDF", "zip": "ZIP(DOCX/HWPX)", "ole": "옛 한글(HWP)·오피스 바이너리", "html": "HTML", "text": "텍스트"}


class UploadError(AssistantError):
    """An uploaded file that will not be added; the message names the file and the reason (Korean, for staff)."""

    def __init__(self, name: str, reason: str):
        self.name, self.reason = name, reason
        super().__init__(f"{name}: {reason}")


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check: where it is now, the name it will get, what the loader read."""

    path: Path
    name: str
    documents: tuple[SourceDocument, ...]  # one, or one per record of a policy export

    @property
    def document(self) -> SourceDocument:
        return self.documents[0]


def safe_name(original: str) -> str:
    """The base name of an uploaded file, or UploadError when it is not a plain, supported file name."""
    shown = (original or "").strip()
    name = unicodedata.normalize("NFC", re.split(r"[\\/]", shown)[-1]).strip()
    if name != unicodedata.normalize("NFC", shown):
        raise UploadError(shown, "파일 이름에 경로(/ 또는 \\)가 들어 있습니다. 파일 이름만 쓰세요.")
    if not name or len(name) > MAX_NAME_CHARS:
        raise UploadError(shown or "(이름 없음)", f"파일 이름은 1~{MAX_NAME_CHARS}자여야 합니다.")
    if not _NAME.fullmatch(name) or ".." in name:
        raise UploadError(name, "파일 이름에는 한글·영문·숫자와 공백 . _ - ( ) [ ] 만 쓸 수 있고 점(.)으로 시작할 수 없습니다.")
    if name in NOT_DOCUMENTS or name.lower() == METADATA_FILE:
        raise UploadError(name, "이 이름은 지식 폴더가 설명 파일로 씁니다. 다른 이름으로 올려 주세요.")
    if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
        raise UploadError(name, "지원하지 않는 파일 형식입니다. " + " ".join(UPLOAD_SUFFIXES) + " 파일만 올릴 수 있습니다.")
    return name


def check_upload(
    path: Path | str, original: str, source_dir: Path, max_bytes: int = MAX_UPLOAD_BYTES
) -> CheckedUpload:
    """Every check short of copying: name, size, content type, and that the loader finds text in it."""
    name = safe_name(original)
    path = Path(path)
    if (Path(source_dir) / name).exists():
        raise UploadError(name, "같은 이름의 파일이 이미 지식 폴더에 있습니다. 이름을 바꿔서 올려 주세요.")
    try:
        size = path.stat().st_size
    except OSError:
        raise UploadError(name, "업로드된 파일을 찾을 수 없습니다. 다시 올려 주세요.") from None
    if size == 0:
        raise UploadError(name, "빈 파일입니다.")
    if size > max_bytes:
        raise UploadError(name, f"파일이 너무 큽니다 ({size / 2**20:.1f} MB; 한도 {max_bytes / 2**20:.0f} MB).")
    with open(path, "rb") as f:
        head = f.read(4096)
    _check_kind(name, sniff(head))
    return CheckedUpload(path, name, _read(path, name, max_bytes))


def _check_kind(name: str, kind: str) -> None:
    suffix = Path(name).suffix.lower()
    allowed = _KINDS.get(suffix, _TEXT_KINDS)
    if kind not in allowed:
        what = _KIND_NAMES[kind]
        raise UploadError(name, f"파일 내용이 확장자({suffix})와 다릅니다: 실제로는 {what} 파일입니다.")


def _read(path: Path, name: str, max_bytes: int) -> tuple[SourceDocument, ...]:
    """Run the real loader on a private copy named like the target, so format errors surface now."""
    with tempfile.TemporaryDirectory(prefix="jobqa-upload-") as staging:
        copy = Path(staging) / name
        shutil.copyfile(path, copy)
        if Path(name).suffix.lower() in EXPORT_SUFFIXES:
            return _read_export(copy, name, Path(staging), max_bytes)
        try:
            return (load_document(copy, name, None, Path(staging), max_bytes),)
        except DocumentLoadError as exc:
            raise UploadError(name, f"문서에서 글을 읽지 못했습니다 ({reason_ko(exc.reason)}).") from None


def _read_export(copy: Path, name: str, staging: Path, max_bytes: int) -> tuple[SourceDocument, ...]:
    """Every record of a policy export; a bad file or any bad record refuses the upload, naming it."""
    items = list(load_export(copy, name, staging, max_bytes))
    errors = [item for item in items if isinstance(item, DocumentLoadError)]
    whole_file = [e for e in errors if "#" not in str(e.path)]
    if whole_file:
        raise UploadError(name, reason_ko(whole_file[0].reason))
    if errors:
        shown = errors[:MAX_NAMED_RECORDS]
        named = ", ".join(f"{str(e.path).rsplit('#', 1)[-1]}: {reason_ko(e.reason)}" for e in shown)
        more = f" 외 {len(errors) - MAX_NAMED_RECORDS}건" if len(errors) > MAX_NAMED_RECORDS else ""
        raise UploadError(name, f"정책 {len(errors)}건을 읽지 못했습니다: {named}{more}. 고쳐서 다시 올려 주세요.")
    if not items:
        raise UploadError(name, "정책 목록이 비어 있습니다.")
    return tuple(items)


def reason_ko(reason: str) -> str:
    """A loader's reason in Korean where REASONS_KO knows it, else as it is."""
    for pattern, korean in REASONS_KO:
        found = re.match(pattern, reason)
        if found:
            return korean.format(*found.groups())
    return reason


def add_to_source(checked: list[CheckedUpload], source_dir: Path, meta: DocumentMeta | None = None) -> list[Path]:
    """Copy checked uploads into the folder (and their metadata rows into metadata.csv); returns the new paths.

    Each file is written under a hidden temporary name first and renamed, so ingest never sees half a file.
    """
    source_dir = Path(source_dir)
    added: list[Path] = []
    try:
        for item in checked:
            target = source_dir / item.name
            partial = source_dir / f".{item.name}.part"
            shutil.copyfile(item.path, partial)
            os.replace(partial, target)
            added.append(target)
        for item in checked:  # an export's records carry their own metadata
            if Path(item.name).suffix.lower() not in EXPORT_SUFFIXES:
                append_metadata(source_dir, [item.name], read_meta(item, meta or DocumentMeta()))
    except OSError as exc:
        remove_files(added)
        raise UploadError(checked[0].name if checked else "-", f"지식 폴더에 쓰지 못했습니다 ({exc.strerror}).") from None
    return added


def read_meta(item: CheckedUpload, given: DocumentMeta) -> DocumentMeta:
    """The metadata.csv row of an upload: what staff typed, else what the file itself says (its title, its date)."""
    return read_meta_with_origin(item, given)[0]


def read_meta_with_origin(item: CheckedUpload, given: DocumentMeta) -> tuple[DocumentMeta, dict[str, str]]:
    """read_meta and, for each field filled, where its value came from (in Korean, for the staff's message):
    the form, the document's text, or a legacy HWP's summary information (the day it was last saved)."""
    own = item.document.meta
    values, origin = {}, {}
    for name in META_FIELDS:
        typed, read = getattr(given, name), getattr(own, name)
        values[name] = typed or read
        if values[name]:
            origin[name] = "입력" if typed else "문서 본문"
    if not values["published"]:
        stated = document_date(item.document.text)
        summary = {} if stated else (hwp_summary(item.path) or hwpx_summary(item.path))
        values["published"] = stated or summary.get("modified") or summary.get("created", "")
        if values["published"]:
            kind = "HWPX" if summary.get("format") == "hwpx" else "HWP"
            day = "마지막 저장일" if summary.get("modified") else "만든 날"
            origin["published"] = "문서 본문" if stated else f"{kind} 문서 정보({day})"
    return DocumentMeta(**values), origin


def hwp_summary(path: Path) -> dict[str, str]:
    """A legacy HWP's summary information (HwpSummaryInformation, read by unhwp): {"title", "created", "modified"}
    with ISO dates; {} for any other file or one unhwp cannot read."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return {}
    if sniff(raw[:4096]) != "ole":
        return {}
    try:
        import json

        import unhwp

        with unhwp.parse_bytes(raw) as result:
            info = json.loads(result.json).get("metadata") or {}
    except Exception:  # noqa: BLE001  (a summary is a nicety: an unreadable one is no summary)
        return {}
    out = {"title": str(info.get("title") or "").strip()}
    for key in ("created", "modified"):
        found = FULL_DATE.match(str(info.get(key) or ""))
        out[key] = _iso(found.groups()) if found else ""
    return {k: v for k, v in out.items() if v}


def hwpx_summary(path: Path) -> dict[str, str]:
    """An HWPX's own metadata, from the package file META-INF/container.xml names (Contents/content.hpf):
    {"format": "hwpx", "title", "created", "modified"} with ISO dates (its CreatedDate and ModifiedDate, else
    its date line); {} for any other file or a package without them."""
    import xml.etree.ElementTree as ET
    import zipfile

    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            rootfiles = []
            if "META-INF/container.xml" in names:
                container = ET.fromstring(package.read("META-INF/container.xml"))
                rootfiles = [e.get("full-path", "") for e in container.iter() if e.tag.endswith("rootfile")]
            hpf = next((n for n in [*rootfiles, "Contents/content.hpf"] if n.endswith(".hpf") and n in names), None)
            if hpf is None:
                return {}
            root = ET.fromstring(package.read(hpf))
    except (OSError, zipfile.BadZipFile, ET.ParseError, KeyError):
        return {}
    meta = {e.get("name", ""): (e.text or "").strip() for e in root.iter() if e.tag.endswith("}meta")}
    title = next(((e.text or "").strip() for e in root.iter() if e.tag.endswith("}title")), "")
    out = {"title": title}
    for key, names in (("created", ("CreatedDate", "date")), ("modified", ("ModifiedDate",))):
        found = next((m for m in (FULL_DATE.search(meta.get(n, "")) for n in names) if m), None)
        out[key] = _iso(found.groups()) if found else ""
    out = {k: v for k, v in out.items() if v}
    return {"format": "hwpx", **out} if out.get("created") or out.get("modified") else {}


def document_date(text: str) -> str:
    """The date a document states for itself ("보도일시: 2024. 3. 5." -> "2024-03-05"), "" when it states none."""
    labelled = [m for m in (FULL_DATE.match(text, label.end()) for label in DOCUMENT_DATE_LABEL.finditer(text[:3000])) if m]
    if labelled:
        return _iso(labelled[0].groups())
    dates = {_iso(parts) for parts in FULL_DATE.findall(text[:DOCUMENT_HEAD_CHARS])} - {""}
    return dates.pop() if len(dates) == 1 else ""


def _iso(parts: tuple[str, str, str]) -> str:
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        return ""


def append_metadata(source_dir: Path, names: list[str], meta: DocumentMeta) -> None:
    """One metadata.csv row per file (the header too, when the table does not exist yet)."""
    path = Path(source_dir) / METADATA_FILE
    fields = ("file", *META_FIELDS)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    existing = path.read_bytes() if path.exists() else b""
    if not existing.strip():
        writer.writerow(fields)
    elif not existing.endswith(b"\n"):
        out.write("\n")
    for name in names:
        writer.writerow([name, *(getattr(meta, f) for f in META_FIELDS)])
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def metadata_rows(source_dir: Path) -> dict[str, DocumentMeta]:
    """metadata.csv as it stands: file name -> its row (the loader's reading of the table)."""
    return read_metadata(Path(source_dir))


def set_metadata(source_dir: Path, name: str, meta: DocumentMeta) -> None:
    """Write `name`'s row of metadata.csv (replacing it, or added when the file has none); other rows are kept as
    they are. The table is rewritten under a temporary name and renamed, so ingest never reads half of it."""
    path = Path(source_dir) / METADATA_FILE
    fields = ("file", *META_FIELDS)
    rows: list[dict] = []
    if path.exists():
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = [dict(r) for r in csv.DictReader(f)]
    row = {"file": name, **{f: getattr(meta, f) for f in META_FIELDS}}
    at = next((i for i, r in enumerate(rows) if (r.get("file") or "").strip() == name), None)
    if at is None:
        rows.append(row)
    else:
        rows[at] = row
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({f: r.get(f) or "" for f in fields} for r in rows)
    partial = path.with_name(f".{METADATA_FILE}.part")
    partial.write_text(out.getvalue(), encoding="utf-8")
    os.replace(partial, path)


def remove_files(paths: list[Path]) -> None:
    for path in paths:
        Path(path).unlink(missing_ok=True)
