"""DOCX and HWPX bytes -> text: zip archives of XML, checked against zip bombs and hostile XML.

Tables keep their row/column meaning as one line per row with cells joined by " | "; content in
Word content controls and in HWPX paragraphs that also hold a table is kept.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from xml.etree import ElementTree

from assistant.documents.formats import FormatError

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a DOCX/HWPX that inflates past this is refused (zip bomb)
MAX_ZIP_RATIO = 200  # ... or one that compresses better than this overall


def open_zip(raw: bytes, kind: str) -> zipfile.ZipFile:
    """A zip archive checked against zip bombs before anything is inflated."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise FormatError(f"not a valid {kind} (broken zip: {exc})") from None
    inflated = sum(i.file_size for i in infos)
    if inflated > MAX_UNZIPPED_BYTES or inflated > MAX_ZIP_RATIO * max(1, len(raw)):
        raise FormatError(f"{kind} inflates to {inflated:,} bytes from {len(raw):,}: refused as a zip bomb")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """One member's bytes; a damaged, encrypted or oddly compressed member is a FormatError.

    zipfile never inflates past the size the archive declares, so the bomb check above bounds memory.
    """
    try:
        return archive.read(name)
    except KeyError:
        raise FormatError(f"not a valid {kind} (no {name})") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError) as e:
        raise FormatError(f"damaged {kind}: {name} cannot be unpacked ({type(e).__name__}: {e})") from None


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(raw: bytes) -> str:
    """Paragraphs and tables of a DOCX in body order; table rows as "cell | cell"."""
    root = _parse_xml(read_member(open_zip(raw, "DOCX"), "word/document.xml", "DOCX"), "DOCX")
    body = root.find(f"{W}body")
    if body is None:
        raise FormatError("not a valid DOCX (no document body)")
    lines: list[str] = []
    _docx_block(body, lines)
    text = "\n".join(lines)
    if not text.strip():
        raise FormatError("DOCX with no text")
    return text


def _docx_block(element, lines: list[str]) -> None:
    """Paragraphs become lines; tables one line per row; content controls (w:sdt) are looked into."""
    for child in element:
        if child.tag == f"{W}p":
            lines.append(_docx_runs(child))
        elif child.tag == f"{W}tbl":
            for row in child.findall(f"{W}tr"):
                lines.append(_row_line(row.findall(f"{W}tc"), _docx_block))
        else:
            _docx_block(child, lines)


def _row_line(cells, read_block) -> str:
    """One table row as "cell | cell": each cell's paragraphs (and nested tables) on one line."""
    out = []
    for cell in cells:
        inner: list[str] = []
        read_block(cell, inner)
        out.append(" ".join(" ".join(inner).split()))
    return " | ".join(out)


def _docx_runs(paragraph) -> str:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(" ")
    return "".join(parts)


def hwpx_text(raw: bytes) -> str:
    """Text and tables of an HWPX (KS X 6101: zip of XML sections), section by section."""
    archive = open_zip(raw, "HWPX")
    sections = sorted(
        (n for n in archive.namelist() if re.fullmatch(r"Contents/section\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[-1]),
    )
    if not sections:
        raise FormatError("not a valid HWPX (no Contents/section*.xml)")
    lines: list[str] = []
    for name in sections:
        _hwpx_block(_parse_xml(read_member(archive, name, "HWPX"), "HWPX"), lines)
    text = "\n".join(lines)
    if not text.strip():
        raise FormatError("HWPX with no text")
    return text


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _hwpx_block(element, lines: list[str]) -> None:
    """A paragraph becomes a line, then a line per row of each table it holds (cells joined by " | ")."""
    for child in element:
        if _local(child.tag) == "p":
            lines.append(_hwpx_runs(child))
            for table in _hwpx_tables(child):
                for row in (r for r in table if _local(r.tag) == "tr"):
                    lines.append(_row_line((c for c in row if _local(c.tag) == "tc"), _hwpx_block))
        else:
            _hwpx_block(child, lines)


def _hwpx_tables(paragraph):
    """The tables a paragraph holds (inside its runs), not those nested in their cells."""
    for node in paragraph:
        if _local(node.tag) == "tbl":
            yield node
        elif _local(node.tag) != "p":
            yield from _hwpx_tables(node)


def _hwpx_runs(paragraph) -> str:
    """The paragraph's own text (hp:t, with hp:tab/hp:lineBreak as spaces), tables left out."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in node:
            name = _local(child.tag)
            if name == "tbl":
                continue
            if name == "t":
                parts.append(child.text or "")
                for mark in child:  # <hp:t>앞<hp:tab/>뒤</hp:t>
                    parts.append(" " + (mark.tail or ""))
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _parse_xml(data: bytes, kind: str):
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data:
        raise FormatError(f"{kind} XML declares a DOCTYPE or entities: refused (office programs never do)")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise FormatError(f"malformed {kind} XML ({exc})") from None
