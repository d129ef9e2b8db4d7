"""Legacy binary HWP (HWP 5, an OLE container) bytes -> text, with unhwp (MIT).

unhwp renders the document as Markdown, which keeps tables; each table row becomes one line with
its cells joined by " | ", as DOCX and HWPX rows are (assistant.documents.office). Bold marks,
image links and escapes are dropped; a paragraph's line breaks are kept. Markdown turns a leading
"□ " into a list item ("- "): the glyph the document wrote is put back from unhwp's plain text.
A password-protected file is refused with the reason.
"""

from __future__ import annotations

import re

from assistant.documents.formats import FormatError

# unhwp.ErrorKind values that mean "protected": ENCRYPTED (a password), DISTRIBUTION_RESTRICTED (배포용 문서)
PROTECTED_KINDS = {12: "password-protected HWP: save an unprotected copy in 한글 and add that",
                   403: "HWP distribution document (배포용 문서) that cannot be read: save an ordinary copy"}
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")  # | :--- | :--- |
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_BOLD = re.compile(r"\*\*|__|</?(?:sup|sub|u|s|i|b|em|strong)>", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_LIST_ITEM = re.compile(r"^(\s*)[-*+] (.*)$")
_HEADING = re.compile(r"^#{1,6}\s+(.*\S)")
_GLYPH_LINE = re.compile(r"^\s*([□■◇◆○◯●◦ㅇ∙·※▶▷➊-➓①-⑳])\s*(\S.*)$")
TITLE_CHARS = 120
GLYPH_KEY_CHARS = 24  # how much of an item's text identifies it when matching markdown to plain text


def hwp_text(raw: bytes) -> tuple[str, str]:
    """(title, text) of a binary HWP: paragraphs in order, table rows as "cell | cell".

    FormatError with the reason when it cannot be read (protected, damaged, empty).
    """
    import unhwp

    options = unhwp.RenderOptions(escape_special_chars=False, paragraph_spacing=False, image_path_prefix="")
    try:
        with unhwp.parse_bytes(raw, render_options=options) as result:
            markdown, plain = result.markdown, result.plain_text
    except unhwp.UnhwpError as exc:
        raise FormatError(hwp_failure(int(getattr(exc, "kind", 1)), str(exc))) from None
    text = markdown_text(markdown, _glyphs(plain))
    if not text.strip():
        raise FormatError("HWP with no text")
    return markdown_title(markdown), text


def hwp_failure(kind: int, message: str) -> str:
    """The one-line reason for an unhwp error of `kind` (unhwp.ErrorKind)."""
    if kind in PROTECTED_KINDS:
        return PROTECTED_KINDS[kind]
    detail = message.removeprefix("Failed to parse bytes: ").strip().splitlines()[0][:160] if message else ""
    return f"damaged or unreadable HWP ({detail}): re-save it in 한글, or save it as HWPX or PDF"


def markdown_text(markdown: str, glyphs: dict[str, str] | None = None) -> str:
    """unhwp's Markdown -> plain lines: table rows as "cell | cell", list items with their own glyph."""
    lines: list[str] = []
    for line in markdown.splitlines():
        line = _IMAGE.sub("", _BOLD.sub("", line)).rstrip()
        if _TABLE_RULE.match(line.strip()) and "-" in line:
            continue
        if line.lstrip().startswith("|"):
            lines.append(table_row(line))
            continue
        item = _LIST_ITEM.match(line)
        if item and glyphs:
            glyph = glyphs.get(_glyph_key(item.group(2)))
            if glyph:
                line = f"{item.group(1)}{glyph} {item.group(2)}"
        lines.extend(part.rstrip() for part in _BREAK.split(line))
    return "\n".join(lines).strip()


def markdown_title(markdown: str) -> str:
    """The first heading, else the first paragraph that is not a table (its lines up to a "- 부제" line)."""
    for line in markdown.splitlines():
        clean = _IMAGE.sub("", _BOLD.sub("", line)).strip()
        heading = _HEADING.match(clean)
        if heading:
            return heading.group(1).strip()[:TITLE_CHARS]
        if clean and not clean.startswith("|"):
            parts = [p.strip() for p in _BREAK.split(clean) if p.strip()]
            subtitle = next((i for i, p in enumerate(parts) if p.startswith(("-", "※"))), len(parts))
            return " ".join(parts[:subtitle] or parts[:1])[:TITLE_CHARS]
    return ""


def table_row(line: str) -> str:
    """"| a | b<br>c |  |" -> "a | b c": cells trimmed, a cell's line breaks as spaces, trailing empties dropped."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    cells = [" ".join(_BREAK.sub(" ", cell).replace("\\|", "|").split()) for cell in _CELL_SPLIT.split(body)]
    while cells and not cells[-1]:
        cells.pop()
    return " | ".join(cells)


def _glyphs(plain: str) -> dict[str, str]:
    """The bullet glyph each glyph-led paragraph of the plain text starts with, by the start of its text."""
    found: dict[str, str] = {}
    for line in plain.splitlines():
        match = _GLYPH_LINE.match(line)
        if match:
            found.setdefault(_glyph_key(match.group(2)), match.group(1))
    return found


def _glyph_key(text: str) -> str:
    return re.sub(r"\s|\*\*", "", _BREAK.sub("", text))[:GLYPH_KEY_CHARS]
