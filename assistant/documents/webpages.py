"""HTML bytes -> (title, visible text), in one linear pass (no tree), so no page can hang the ingest.

Scripts, styles and page chrome (navigation, header, footer, forms) are dropped with everything in
them; attributes (onerror=, href=javascript:) are never text; comments are dropped. A table becomes
one line per row with its cells joined by " | ", nested tables each keeping their own rows.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIPPED = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
           "button", "template", "object", "embed", "select", "textarea", "canvas", "math"}
BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "section", "article",
          "main", "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "caption", "address"}
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip: list[str] = []  # open skipped elements
        self.tables: list[list[list[str]]] = []  # per open table: its rows, each a list of cells
        self.cell: list[list[str] | None] = []  # per open table: text of the open cell, None between cells
        self.titles: dict[str, str] = {}  # "title" and the first "h1"
        self._in: str = ""  # "title" or "h1" while inside one
        self._parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip[-1] and tag not in VOID:
                self.skip.append(tag)
            return
        if tag in SKIPPED and tag not in VOID:
            self.skip.append(tag)
            return
        if tag in ("title", "h1") and tag not in self.titles and not self._in:
            self._in, self._parts = tag, []
        if tag == "table":
            self.tables.append([])
            self.cell.append(None)
        elif tag == "tr" and self.tables:
            self._close_cell()
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self._close_cell()  # "<td>a<td>b": an unclosed cell ends where the next begins
            if not self.tables[-1]:
                self.tables[-1].append([])
            self.cell[-1] = []
        elif tag in BLOCKS:
            self._write("\n")

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == self._in:
            self.titles[tag] = " ".join("".join(self._parts).split())
            self._in = ""
        if tag in ("td", "th", "tr") and self.tables:
            self._close_cell()
        elif tag == "table" and self.tables:
            self._close_cell()
            rows = self.tables.pop()
            self.cell.pop()
            text = "\n".join(" | ".join(r) for r in rows if any(r))
            self._write("\n" + text + "\n")
        elif tag in BLOCKS:
            self._write("\n")

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag in BLOCKS:
            self._write("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self._in:
            self._parts.append(data)
            if self._in == "title":  # the page title is metadata, not body text
                return
        self._write(data)

    def _close_cell(self) -> None:
        if self.cell[-1] is not None:
            self.tables[-1][-1].append(" ".join("".join(self.cell[-1]).split()))
            self.cell[-1] = None

    def _write(self, text: str) -> None:
        if not self.tables:
            self.out.append(text)
        elif self.cell[-1] is not None:  # text between cells (stray, or whitespace) is dropped
            self.cell[-1].append(text if text != "\n" else " ")


def page_text(html: str) -> tuple[str, str]:
    """(title, text) of an HTML document given as str."""
    parser = _PageText()
    parser.feed(html)
    parser.close()
    while parser.tables:  # tables left open by a broken page still give their rows
        parser.handle_endtag("table")
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.out))
    return parser.titles.get("h1") or parser.titles.get("title", ""), text
