"""File bytes -> plain text, one reader per format. Each raises FormatError with a one-line reason.

Text encodings are detected, not assumed: BOMs, then UTF-8, then CP949 (a superset of EUC-KR),
then line by line (files stitched from two encodings), then charset-normalizer. Zip-based formats
(DOCX, HWPX) are read in `assistant.documents.office`, HTML in `assistant.documents.webpages`.
"""

from __future__ import annotations

import codecs
import io
import logging
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
WIDE_GAP = re.compile(r" {3,}")  # in pypdf's layout text, a gap this wide separates table cells
MIN_TABLE_GAPS = 2  # a line with this many wide gaps is a table row: its cells are joined by " | "
MIN_TEXT_CHARS = 20  # fewer non-space characters than this on every page: no text layer (a scan)
BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class FormatError(Exception):
    """The file cannot be read as its format; the message is the reason shown to the user."""


# ---- plain text --------------------------------------------------------------------------------

def decode_text(raw: bytes) -> str:
    """Bytes of a text file -> str, detecting UTF-8/UTF-16 (BOM or not), CP949/EUC-KR and mixtures."""
    if not raw.strip():
        raise FormatError("empty file")
    for bom, codec in BOMS:
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
    """UTF-16 text saved without a byte-order mark: the byte order whose decode reads as text, if any."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    has_nul = b"\x00" in raw[:4000]
    if not has_nul and (_decodes(raw, "utf-8") or _decodes(raw, "cp949")):
        return None  # an 8-bit encoding fits: prefer it (Hangul-only UTF-16 has no NULs, so this is rare)
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _text_like(text[:2000]) > 0.95:
            return text
    return None


def _text_like(text: str) -> float:
    """Share of characters a Korean or English document is made of (random bytes score about 0.2)."""
    good = sum(
        ch.isascii() and (ch.isprintable() or ch in "\t\n\r")
        or "가" <= ch <= "힣" or "\u3131" <= ch <= "\u318e"  # syllables, compatibility jamo
        or "\u2010" <= ch <= "\u203b" or "\u3000" <= ch <= "\u3011" or "\uff01" <= ch <= "\uff5e"
        or "\u2460" <= ch <= "\u24ff" or "\u25a0" <= ch <= "\u25ff" or ch in "·※☎"
        for ch in text
    )
    return good / max(1, len(text))


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
        raise FormatError("binary content, not a text file (no text encoding fits its bytes)")
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
    from assistant.documents.webpages import page_text

    title, text = page_text(decode_text(raw))
    if not text.strip():
        raise FormatError("HTML page with no visible text")
    return title, text


# ---- PDF ---------------------------------------------------------------------------------------

def pdf_text(raw: bytes) -> str:
    """Text of every page, table rows as "cell | cell"; a scan is read by OCR when the tools are installed.

    Encrypted and damaged PDFs, and scans without OCR, are refused with the reason.
    """
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on broken files are ours to word
    encrypted = False
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        encrypted = reader.is_encrypted
        if encrypted and not reader.decrypt(""):
            raise FormatError("encrypted PDF: it needs a password; save an unprotected copy")
        pages = [_page_text(page) for page in reader.pages]
    except FormatError:
        raise
    except Exception as exc:  # pypdf raises many kinds on broken files; none may stop the batch
        if encrypted:
            reason = f"encrypted PDF that cannot be opened ({type(exc).__name__}): save an unprotected copy"
        else:
            reason = f"damaged or truncated PDF ({type(exc).__name__}): re-save or export it again"
        raise FormatError(reason) from None
    if not pages:
        raise FormatError("PDF with no pages")
    text = "\n\n".join(pages)
    if len(re.sub(r"\s", "", text)) < MIN_TEXT_CHARS:
        return _scanned_text(raw, len(pages))
    return text


def _page_text(page) -> str:
    """One page in pypdf's layout mode (cells keep their gaps) read back as lines; plain text if that fails."""
    try:
        return layout_lines(page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False))
    except Exception:  # layout mode is stricter about odd fonts and matrices than plain extraction
        return page.extract_text() or ""


def layout_lines(text: str) -> str:
    """Layout text -> lines: a table row's cells joined by " | ", other runs of spaces collapsed."""
    lines = []
    for line in text.splitlines():
        body = line.strip()
        if not body:
            continue
        cells = WIDE_GAP.split(body)
        row = len(cells) > MIN_TABLE_GAPS
        lines.append(" | ".join(" ".join(c.split()) for c in cells) if row else " ".join(body.split()))
    return "\n".join(lines)


def _scanned_text(raw: bytes, pages: int) -> str:
    """A PDF without a text layer: read by OCR when Debian's tools are installed, else refused with advice."""
    from assistant.documents.ocr import INSTALL_ADVICE, OcrError, ocr_available, ocr_pdf

    seen = f"{pages} page(s), scanned images?"
    if not ocr_available():
        raise FormatError(f"PDF has no text layer ({seen}): it needs OCR first; {INSTALL_ADVICE}")
    try:
        text = ocr_pdf(raw, pages)
    except OcrError as exc:
        raise FormatError(str(exc)) from None
    if len(re.sub(r"\s", "", text)) < MIN_TEXT_CHARS:
        raise FormatError(f"PDF has no text layer ({seen}) and OCR found no text in it")
    return text


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
