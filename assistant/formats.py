"""File bytes -> plain text, one reader per format. Each raises FormatError with a one-line reason.

Text encodings are detected, not assumed: BOMs, then UTF-8, then CP949 (a superset of EUC-KR),
then line by line (files stitched from two encodings), then charset-normalizer. Tables keep their
row/column meaning as one line per row with cells joined by " | ".
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from xml.etree import ElementTree

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a DOCX/HWPX that inflates past this is refused (zip bomb)
MAX_ZIP_RATIO = 200  # ... or one that compresses better than this overall
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FormatError(Exception):
    """The file cannot be read as its format; the message is the reason shown to the user."""


# ---- plain text --------------------------------------------------------------------------------

def decode_text(raw: bytes) -> str:
    """Bytes of a text file -> str, detecting UTF-8/UTF-16 (BOM or not), CP949/EUC-KR and mixtures."""
    if not raw.strip():
        raise FormatError("empty file")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return _strict(raw[len(bom):], codec)
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    if b"\x00" in raw:
        raise FormatError("binary content (NUL bytes), not a text file")
    for codec in ("utf-8", "cp949"):
        try:
            return _plausible(raw.decode(codec))
        except UnicodeDecodeError:
            continue
    mixed = _decode_by_line(raw)
    if mixed is not None:
        return _plausible(mixed)
    return _plausible(_charset_normalizer(raw))


def _strict(raw: bytes, codec: str) -> str:
    try:
        return _plausible(raw.decode(codec))
    except UnicodeDecodeError as exc:
        raise FormatError(f"not valid {codec} after its byte-order mark ({exc.reason})") from None


def _utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    for codec, ratio in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if ratio > 0.3:  # ASCII-heavy UTF-16
            try:
                return _plausible(raw.decode(codec))
            except (UnicodeDecodeError, FormatError):
                return None
    if b"\x00" not in sample and len(raw) % 2 == 0:
        # Korean-only UTF-16 has no NULs; it decodes to Hangul syllables almost everywhere
        try:
            text = raw.decode("utf-16-le")
        except UnicodeDecodeError:
            return None
        hangul = sum("가" <= ch <= "힣" for ch in text)
        if hangul > 0.6 * len(text) and not _decodes(raw, "utf-8") and not _decodes(raw, "cp949"):
            return text
    return None


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
        return True
    except UnicodeDecodeError:
        return False


def _decode_by_line(raw: bytes) -> str | None:
    lines = []
    for line in raw.split(b"\n"):
        for codec in ("utf-8", "cp949"):
            try:
                lines.append(line.decode(codec))
                break
            except UnicodeDecodeError:
                continue
        else:
            return None
    return "\n".join(lines)


def _charset_normalizer(raw: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise FormatError("not a text file (no text encoding fits its bytes)")
    return str(best)


def _plausible(text: str) -> str:
    """Refuse decodes that are mostly control characters or replacement marks (binary named .txt)."""
    if not text.strip():
        raise FormatError("empty file")
    bad = len(_CONTROL.findall(text)) + text.count("\ufffd")
    if bad > max(8, len(text) // 50):
        raise FormatError("binary content, not a text file")
    return text


# ---- HTML --------------------------------------------------------------------------------------

def html_text(raw: bytes) -> tuple[str, str]:
    """(title, visible text) of an HTML page; scripts, styles, navigation, headers and footers dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(raw), "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]):
        tag.decompose()
    for table in soup.find_all("table"):
        table.replace_with(soup.new_string("\n" + "\n".join(_html_rows(table)) + "\n"))
    title = ""
    heading = soup.find("h1") or soup.find("title")
    if heading:
        title = heading.get_text(" ", strip=True)
    for block in soup.find_all(["p", "div", "li", "h1", "h2", "h3", "h4", "br", "tr"]):
        block.insert_after(soup.new_string("\n"))
    body = soup.body or soup
    text = re.sub(r"[ \t]+", " ", body.get_text(""))
    if not text.strip():
        raise FormatError("HTML page with no visible text")
    return title, text


def _html_rows(table) -> list[str]:
    rows = []
    for tr in table.find_all("tr"):
        cells = [c.get_text(" ", strip=True) for c in tr.find_all(["td", "th"])]
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


# ---- PDF ---------------------------------------------------------------------------------------

def pdf_text(raw: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("encrypted PDF: it needs a password; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FormatError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError) as exc:
        raise FormatError(f"damaged or truncated PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf raises many kinds on broken files; none may stop the batch
        raise FormatError(f"unreadable PDF ({type(exc).__name__})") from None
    if not pages:
        raise FormatError("PDF with no pages")
    text = "\n\n".join(pages)
    if len(re.sub(r"\s", "", text)) < 20:
        raise FormatError(f"PDF has no text layer ({len(pages)} page(s), scanned images?): it needs OCR first")
    return text


# ---- zip-based: DOCX and HWPX ------------------------------------------------------------------

def open_zip(raw: bytes, kind: str) -> zipfile.ZipFile:
    """A zip archive checked against zip bombs before anything is inflated."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FormatError(f"not a valid {kind} (broken zip: {exc})") from None
    inflated = sum(i.file_size for i in infos)
    if inflated > MAX_UNZIPPED_BYTES or inflated > MAX_ZIP_RATIO * max(1, len(raw)):
        raise FormatError(f"{kind} inflates to {inflated:,} bytes from {len(raw):,}: refused as a zip bomb")
    return archive


def docx_text(raw: bytes) -> str:
    """Paragraphs and tables of a DOCX in body order; table rows as "cell | cell"."""
    archive = open_zip(raw, "DOCX")
    try:
        xml = archive.read("word/document.xml")
    except KeyError:
        raise FormatError("not a valid DOCX (no word/document.xml)") from None
    root = _parse_xml(xml, "DOCX")
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = root.find(f"{ns}body")
    if body is None:
        raise FormatError("not a valid DOCX (no document body)")
    lines = []
    for block in body:
        if block.tag == f"{ns}p":
            lines.append("".join(t.text or "" for t in block.iter(f"{ns}t")))
        elif block.tag == f"{ns}tbl":
            for row in block.iter(f"{ns}tr"):
                cells = [" ".join("".join(t.text or "" for t in p.iter(f"{ns}t")) for p in tc.iter(f"{ns}p")).strip()
                         for tc in row.iter(f"{ns}tc")]
                lines.append(" | ".join(cells))
    text = "\n".join(lines)
    if not text.strip():
        raise FormatError("DOCX with no text")
    return text


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
        _hwpx_block(_parse_xml(archive.read(name), "HWPX"), lines)
    text = "\n".join(lines)
    if not text.strip():
        raise FormatError("HWPX with no text")
    return text


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _hwpx_block(element, lines: list[str]) -> None:
    """Paragraphs become lines; a table becomes one line per row, cells joined by " | "."""
    for child in element:
        name = _local(child.tag)
        if name == "tbl":
            for row in (r for r in child.iter() if _local(r.tag) == "tr"):
                cells = [" ".join(_hwpx_runs(tc).split()) for tc in row if _local(tc.tag) == "tc"]
                lines.append(" | ".join(cells))
        elif name == "p" and not any(_local(d.tag) == "tbl" for d in child.iter()):
            lines.append(_hwpx_runs(child))
        else:
            _hwpx_block(child, lines)


def _hwpx_runs(element) -> str:
    return "".join(t.text or "" for t in element.iter() if _local(t.tag) == "t")


def _parse_xml(data: bytes, kind: str):
    if b"<!ENTITY" in data[:4096]:
        raise FormatError(f"{kind} XML declares entities: refused")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise FormatError(f"malformed {kind} XML ({exc})") from None


def sniff(raw: bytes) -> str:
    """What the bytes are, by content: "pdf", "zip", "ole" (legacy HWP/DOC), "html" or "text"."""
    head = raw[:1024].lstrip()
    if raw.startswith(b"%PDF") or b"%PDF-" in raw[:1024]:
        return "pdf"
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"PK\x05\x06"):
        return "zip"
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if re.match(rb"(?i)(<!doctype html|<html|<head|<body)", head):
        return "html"
    return "text"
