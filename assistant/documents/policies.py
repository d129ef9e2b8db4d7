"""A 온통청년 policy export (.json) -> one SourceDocument per policy record, rendered as a program page.

An export is a list of records with the portal's open-API fields (plcyNo, plcyNm, zipCd, …), or
the API's response envelope (`{"result": {"pagging": …, "youthPolicyList": [...]}}`). Each record
becomes a readable Korean page: the name, labelled lines for the structured fields (주관기관,
거주지역, 연령, 신청기간, 지원규모) and the free text under section headings, kept as written. Only
what the record says is rendered. A record's source is `<export path>#<plcyNo>`; its hash covers
only that record, so re-ingesting an export with one record changed re-embeds only that record.
A record that is not a policy (no plcyNo or plcyNm) is named and skipped, the others are read.

An export written by `python -m assistant sync` (or the bundled one in knowledge/) says on which day
it was taken: `{"snapshotDate": "2025-11-04", "result": {...}}`. Each of its records keeps that date
as its 기준일 (record["snapshotDate"]), which answers and the catalog show.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from assistant.documents.formats import FormatError, decode_text
from assistant.errors import DocumentLoadError
from assistant.language.regions import RegionTable, load_regions
from assistant.types import DocumentMeta, SourceDocument

ID_FIELD, NAME_FIELD = "plcyNo", "plcyNm"
SNAPSHOT_FIELD = "snapshotDate"  # the envelope's YYYY-MM-DD: the day the portal was read (기준일)
# Free-text fields in page order, each under its heading ("□ 지원 내용"); empty ones are left out.
TEXT_SECTIONS = (
    ("plcyExplnCn", "정책 설명"),
    ("plcySprtCn", "지원 내용"),
    ("addAplyQlfcCndCn", "추가 자격 조건"),
    ("plcyAplyMthdCn", "신청 방법"),
    ("srngMthdCn", "심사 방법"),
    ("sbmsnDcmntCn", "제출 서류"),
)
SECTION_MARK = "□"
ALWAYS_OPEN = "상시 또는 명시되지 않음"  # an empty aplyYmd: the portal leaves it empty for both
NO_END = "마감일 없음(상시)"  # an end date of 99991231 (any year >= NO_END_YEAR): the portal's "no end"
NO_END_YEAR = 2099  # a date in this year or later is the portal's placeholder, not a real date
NO_AGE_LIMIT = "제한 없음"  # only when sprtTrgtAgeLmtYn says N
NO_UPPER_AGE = 99  # the portal writes 99 (or more) as the upper age for "no upper limit"
MAX_NESTING = 3  # how deep in an envelope the list of records may sit
# The portal's YYYYMMDD, reshown as YYYY.MM.DD as written: unlike language.conditions.COMPACT_DATE it takes
# any eight digits (no 20xx year, no month or day check).
_PORTAL_DATE = re.compile(r"\b(\d{4})(\d{2})(\d{2})\b")
_SPACE_RUN = re.compile(r"[ \t\u3000]{2,}")


def export_documents(raw: bytes, source: str, path: Path | str,
                     regions: RegionTable | None = None) -> Iterator[SourceDocument | DocumentLoadError]:
    """Every record of an export as a SourceDocument, or a DocumentLoadError naming a bad record.

    Raises FormatError (before yielding anything) when the file is not a policy export.
    """
    data = _parse_json(raw)
    records = export_records(data)
    snapshot = snapshot_date(data)
    table = regions or load_regions()
    seen: dict[str, int] = {}
    for position, record in enumerate(records, start=1):
        problem = _record_problem(record, position, seen)
        if problem:
            key, reason = problem
            yield DocumentLoadError(f"{path}#{key}", reason)
            continue
        seen[_policy_id(record)] = position
        if snapshot:
            record = {**record, SNAPSHOT_FIELD: snapshot}
        yield policy_document(record, f"{source}#{_policy_id(record)}", table)


def snapshot_date(data) -> str:
    """The export's snapshot date (YYYY-MM-DD) from its envelope, "" for a bare list or no date."""
    value = data.get(SNAPSHOT_FIELD) if isinstance(data, dict) else None
    return value if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else ""


def _parse_json(raw: bytes):
    text = decode_text(raw)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise FormatError("JSON nested too deeply to read") from None


def export_records(data) -> list:
    """The list of policy records in parsed JSON: the list itself, or one found in an envelope.

    A list counts when at least one of its items is an object with plcyNo; FormatError otherwise.
    """
    found = _find_records(data, MAX_NESTING)
    if found is None:
        raise FormatError(
            "not a 온통청년 policy export: no list of records with plcyNo "
            "(a .json is read only as a policy export)"
        )
    return found


def _find_records(data, depth: int) -> list | None:
    if isinstance(data, list):
        return data if any(isinstance(item, dict) and ID_FIELD in item for item in data) else None
    if isinstance(data, dict) and depth > 0:
        for value in data.values():
            found = _find_records(value, depth - 1)
            if found is not None:
                return found
    return None


def _record_problem(record, position: int, seen: dict[str, int]) -> tuple[str, str] | None:
    """(key naming the record, reason) when the record cannot become a document, else None."""
    if not isinstance(record, dict):
        return str(position), f"record {position} is not an object ({type(record).__name__})"
    policy_id = _policy_id(record)
    if not policy_id:
        return str(position), f"record {position} has no {ID_FIELD} (policy number)"
    if not _field(record, NAME_FIELD):
        return policy_id, f"record {position} has no {NAME_FIELD} (policy name)"
    if policy_id in seen:
        return policy_id, f"record {position} repeats the {ID_FIELD} of record {seen[policy_id]}"
    return None


def _policy_id(record: dict) -> str:
    return re.sub(r"[\s#]", "", str(record.get(ID_FIELD) or ""))


def _field(record: dict, name: str) -> str:
    value = record.get(name)
    return "" if value is None else str(value).strip()


def policy_document(record: dict, source: str, regions: RegionTable) -> SourceDocument:
    """One record as a program page with its metadata and its structured fields (plus resolved regions)."""
    places = regions.describe(_codes(record))
    text = render_policy(record, places)
    published = _field(record, "frstRegDt")[:10]
    meta = DocumentMeta(
        title=_field(record, NAME_FIELD),
        municipality=";".join(places),
        publisher=_field(record, "operInstCdNm") or _field(record, "sprvsnInstCdNm"),
        published=published if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) else "",
        url=_field(record, "refUrlAddr1"),
    )
    kept = {**record, "regions": places}
    hashed = json.dumps([text, meta.__dict__, kept], ensure_ascii=False, sort_keys=True, default=str)
    digest = hashlib.sha256(hashed.encode("utf-8")).hexdigest()
    document_id = hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]
    return SourceDocument(document_id=document_id, source=source, text=text, meta=meta,
                          content_hash=digest, record=kept)


def _codes(record: dict) -> list[str]:
    return [code.strip() for code in _field(record, "zipCd").split(",") if code.strip()]


def render_policy(record: dict, places: list[str]) -> str:
    """The page: name, labelled field lines, then each free-text field under its heading."""
    lines = [_field(record, NAME_FIELD)]
    lines += [f"{label}: {value}" for label, value in field_lines(record, places) if value]
    for name, heading in TEXT_SECTIONS:
        body = free_text(_field(record, name))
        if body:
            lines += ["", f"{SECTION_MARK} {heading}", body]
    url = _field(record, "refUrlAddr1")
    if url:
        lines += ["", f"참고 URL: {url}"]
    return "\n".join(lines)


def field_lines(record: dict, places: list[str]) -> list[tuple[str, str]]:
    """(label, value) for the structured fields; value "" where the record states nothing."""
    supervisor, operator = _field(record, "sprvsnInstCdNm"), _field(record, "operInstCdNm")
    category = " · ".join(x for x in (_field(record, "lclsfNm"), _field(record, "mclsfNm")) if x)
    return [
        ("주관기관", supervisor or operator),
        ("운영기관", operator if supervisor and operator != supervisor else ""),
        ("분야", category),
        ("키워드", _field(record, "plcyKywdNm")),
        ("거주지역", ", ".join(places)),
        ("연령", age_text(record)),
        ("신청기간", period_text(_field(record, "aplyYmd"))),
        ("지원규모", head_count_text(_field(record, "sprtSclCnt"))),
    ]


def age_text(record: dict) -> str:
    """"만 19세 ~ 39세", "만 18세 이상", "만 34세 이하", "제한 없음" (the record says N), or "" (not stated)."""
    low, high = _age(record.get("sprtTrgtMinAge")), _age(record.get("sprtTrgtMaxAge"))
    high = 0 if high >= NO_UPPER_AGE else high
    if low and high:
        return f"만 {low}세 ~ {high}세"
    if low:
        return f"만 {low}세 이상"
    if high:
        return f"만 {high}세 이하"
    return NO_AGE_LIMIT if _field(record, "sprtTrgtAgeLmtYn").upper() == "N" else ""


def _age(value) -> int:
    text = str(value or "").strip()
    return int(text) if text.isdigit() else 0


def period_text(value: str) -> str:
    """"20250205 ~ 20250210" -> "2025.02.05 ~ 2025.02.10"; empty -> what an empty field means.

    A placeholder date (99991231) is never shown as a date: "20250301 ~ 99991231" ->
    "2025.03.01부터 마감일 없음(상시)", "99991231 ~ 99991231" -> "마감일 없음(상시)".
    """
    if not value.strip():
        return ALWAYS_OPEN
    parts = [part.strip() for part in value.split("~")]
    if not any(is_placeholder_date(part) for part in parts):
        return " ~ ".join(_PORTAL_DATE.sub(r"\1.\2.\3", part) for part in parts)
    real = [_PORTAL_DATE.sub(r"\1.\2.\3", part) for part in parts[:1] if part and not is_placeholder_date(part)]
    return f"{real[0]}부터 {NO_END}" if real else NO_END


def is_placeholder_date(value: str) -> bool:
    """True for the portal's "no date" (99991231 or any YYYYMMDD in NO_END_YEAR or later)."""
    found = re.fullmatch(r"\s*(\d{4})\d{4}\s*", value)
    return bool(found) and int(found.group(1)) >= NO_END_YEAR


def head_count_text(value: str) -> str:
    """"3" -> "3명"; 0, empty or not a number -> "" (not stated)."""
    digits = value.replace(",", "")
    return f"{int(digits):,}명" if digits.isdigit() and int(digits) > 0 else ""


def free_text(value: str) -> str:
    """Free text as written (its bullets and line breaks), with runs of padding spaces collapsed."""
    lines = [_SPACE_RUN.sub(" ", line).rstrip() for line in value.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")
