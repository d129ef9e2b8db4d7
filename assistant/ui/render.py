"""HTML for the citizens' chat. Every string that comes from a document or a user is escaped here, so it is inert.

The fragments contain no blank lines: inside the Chatbot, Markdown would resume after a blank line and
start interpreting document text; as one HTML block it is shown exactly as written. The Chatbot's
sanitizer drops data-* and aria-* attributes, so what the page script needs travels in classes, ids
and a hidden `.jq-plain` element (the plain text a copy button copies).
"""

from __future__ import annotations

import html
import re

_MARKER = re.compile(r"\[(\d{1,2})\]")
CONTEXT_CHARS = 160  # passage text kept before and after the quoted sentences in a chat answer
REFUSAL_TITLE = "답변할 수 없는 질문입니다"
COPY_LABEL = "복사"
FINDER_TAB = "맞춤 사업 찾기"
FINDER_LABEL = "맞춤 사업 찾기 열기"  # under an answer that points to the finder tab; page script opens the tab
UNDATED = "날짜 미상"
# The line under a shortened program list ("12개 더 보기: '맞춤 사업 찾기' 탭에서 …", "12 more: see …"): its first
# words become a button that opens the finder with the question's facts filled in.
_MORE_PROGRAMS = re.compile(r"(^|<br>)(\d+개 더 보기|\d+ more)(:)")
FINDER_FACTS = ("age", "place", "status", "gender")  # the facts a "더 보기" button carries to the finder form


# A web address written in a document or an answer: "https://…", "www.…", or a bare Korean site ("sbiz24.kr/apply").
_ADDRESS = re.compile(r"(?<![@\w./-])(?:https?://|www\.)[^\s<>\"'()\[\]]+|(?<![@\w./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*"
                      r"\.(?:go\.kr|or\.kr|co\.kr|re\.kr|ac\.kr|kr|com|net|org)(?:/[^\s<>\"'()\[\]]*)?(?![\w.-]*\w)")
_TRAILING = ".,;:!?。"


def text_html(text: str, links: bool = False) -> str:
    """Escaped text with line breaks kept and without blank lines; `links`: web addresses become links."""
    escaped = html.escape(text or "", quote=True)
    if links:
        escaped = linked(escaped)
    return re.sub(r"\r?\n", "<br>", escaped)


def linked(escaped: str) -> str:
    """Escaped text with each web address in it made a link that opens in a new tab."""

    def link(m: re.Match) -> str:
        address = m[0].rstrip(_TRAILING)
        rest = m[0][len(address):]
        href = address if address.startswith("http") else "https://" + address
        return f'<a class="jq-link" href="{href}" target="_blank" rel="noopener noreferrer">{address}</a>{rest}'

    return _ADDRESS.sub(link, escaped)


def shown_value(value: str) -> str:
    """A metadata value as shown: "" for a placeholder with no letter or digit ("-", "–", "·")."""
    value = (value or "").strip()
    return value if any(ch.isalnum() for ch in value) else ""


def source_id(turn: int, number: int) -> str:
    """The element id of source card [number] under answer `turn`: unique on the page, so [n] can link to it."""
    return f"jq-src-{int(turn)}-{int(number)}"


def _markers(escaped: str, turn: int, cited: set[int]) -> str:
    """[n] as a link to its source card when the answer has that source; as plain marked text otherwise."""

    def marker(m: re.Match) -> str:
        if int(m[1]) in cited:
            return f'<a class="jq-cite" href="#{source_id(turn, int(m[1]))}">[{m[1]}]</a>'
        return f'<span class="jq-cite">[{m[1]}]</span>'

    return _MARKER.sub(marker, escaped)


def answer_html(answer: dict, streaming: bool = False, turn: int = 0, facts: dict[str, str] | None = None) -> str:
    """One assistant message: the answer (a refusal looks like one), its notes, its sources, a copy button.

    `facts` (what the question said about the asker, ui.chat.finder_facts) travel with a "N개 더 보기" button, so
    the page script can open 맞춤 사업 찾기 with them filled in."""
    body = text_html(answer.get("answer", "").strip(), links=not streaming)
    if streaming:
        return f'<div class="jq-answer">{_markers(body, turn, set())}<span class="jq-typing"> …</span></div>'
    cited = {int(c["number"]) for c in answer.get("citations", [])}
    if answer.get("abstained"):
        parts = [f'<div class="jq-refusal"><b>{REFUSAL_TITLE}</b><br>{body}</div>']
    else:
        parts = [f'<div class="jq-answer">{_more_button(_markers(body, turn, cited))}</div>']
    notes = "".join(f"<li>{text_html(n.strip(), links=True)}</li>" for n in answer.get("notes", []))
    if notes:
        parts.append(f'<ul class="jq-notes">{notes}</ul>')
    citations = answer.get("citations", [])
    if citations:
        parts.append(
            f'<details class="jq-sources" open><summary>출처 {len(citations)}건</summary>{sources_html(citations, turn)}</details>'
        )
    finder = FINDER_TAB in answer.get("answer", "")
    parts.append(_copy_button(answer_text(answer), finder=finder) + (_facts_html(facts or {}) if finder else ""))
    return f'<div class="jq-copyable">{"".join(parts)}</div>'


def _more_button(body: str) -> str:
    """The answer body with "N개 더 보기" made a button that opens the finder (class jq-open-finder)."""
    button = r'\1<button type="button" class="jq-open-finder jq-more-programs">\2</button>\3'
    return _MORE_PROGRAMS.sub(button, body, count=1)


def _facts_html(facts: dict[str, str]) -> str:
    """The facts a finder button carries, in hidden elements (the Chatbot's sanitizer drops data-* attributes;
    classes survive)."""
    carried = "".join(f'<span class="jq-fact-{name}">{html.escape(facts[name])}</span>'
                      for name in FINDER_FACTS if facts.get(name))
    return f'<span class="jq-finder-facts" hidden>{carried}</span>' if carried else ""


def sources_html(citations: list[dict], turn: int = 0) -> str:
    """One card per source document; its further quotes folded under "같은 문서의 다른 인용 N건" ([n] still opens them)."""
    def document(c: dict) -> str:
        return c.get("source") or c.get("title", "")

    first: dict[str, dict] = {}
    for c in citations:
        first.setdefault(document(c), c)
    shown = [c for c in citations if c is first[document(c)]]
    folded = [c for c in citations if c is not first[document(c)]]
    items = "".join(citation_html(c, turn) for c in shown)
    if folded:
        items += (f'<details class="jq-more-sources"><summary>같은 문서의 다른 인용 {len(folded)}건</summary>'
                  f'{"".join(citation_html(c, turn) for c in folded)}</details>')
    return items


def _copy_button(plain: str, finder: bool = False) -> str:
    open_finder = f'<button type="button" class="jq-open-finder">{FINDER_LABEL}</button>' if finder else ""
    return (f'<div class="jq-actions">{open_finder}<button type="button" class="jq-copy">{COPY_LABEL}</button></div>'
            f'<div class="jq-plain" hidden>{text_html(plain)}</div>')


def answer_text(answer: dict) -> str:
    """The answer as plain text, the way a person pastes it into a message: text, notes, then each source."""
    text = answer.get("answer", "").strip()
    lines = [f"{REFUSAL_TITLE}: {text}" if answer.get("abstained") else text]
    lines += [f"※ {n.strip()}" for n in answer.get("notes", [])]
    citations = answer.get("citations", [])
    if citations:
        lines += ["", "출처"]
        lines += [f"[{int(c['number'])}] {citation_line(c)}" for c in citations]
    return "\n".join(lines)


def citation_line(c: dict) -> str:
    """title — municipality · publisher · date · link: a reader can find the source again; no internal file name."""
    facts = [x for x in (shown_value(c.get("municipality", "")), shown_value(c.get("publisher", "")),
                         shown_value(c.get("published", "")) or UNDATED) if x]
    link = web_link(c.get("url", ""))
    return f"{display_title(c)} — {' · '.join(facts)}" + (f" · {link}" if link else "")


def display_title(c: dict) -> str:
    """The title a reader sees: the document's title, else who published it (never the stored file name)."""
    publisher = shown_value(c.get("publisher", ""))
    return shown_value(c.get("title", "")) or (f"{publisher} 자료" if publisher else "제목 없는 자료")


def web_link(url: str) -> str:
    """The link when it is an http(s) address; anything else (javascript:, file paths) is not a link."""
    url = (url or "").strip()
    return url if re.match(r"https?://[^\s<>\"']+$", url) else ""


def citation_html(c: dict, turn: int = 0) -> str:
    """[n] title, then municipality · publisher · date · link, then the passage with the quoted sentences marked."""
    number = int(c["number"])
    meta = " · ".join(html.escape(x) for x in (shown_value(c.get("municipality", "")),
                                               shown_value(c.get("publisher", ""))) if x)
    date = html.escape(shown_value(c.get("published", "")) or UNDATED)
    meta = f"{meta} · {date}" if meta else date
    link = web_link(c.get("url", ""))
    if link:
        meta += f' · <a class="jq-link" href="{html.escape(link, quote=True)}">원문 보기</a>'
    passage = highlighted(c.get("passage") or c.get("snippet", ""), c.get("snippet", ""))
    return (
        f'<div class="jq-source" id="{source_id(turn, number)}" tabindex="-1"><div class="jq-source-title">'
        f'<span class="jq-cite">[{number}]</span> {html.escape(display_title(c))}</div>'
        f'<div class="jq-meta">{meta}</div><blockquote class="jq-passage">{passage}</blockquote></div>'
    )


def highlighted(passage: str, snippet: str, context: int = CONTEXT_CHARS) -> str:
    """The passage escaped, each quoted sentence inside <mark>; a long lead-in and tail cut to `context`."""
    spans = _sentence_spans(passage, snippet)
    if not spans:
        return text_html(passage.strip(), links=True)
    out, at = [], 0
    for start, end in spans:
        gap = passage[at:start]
        out.append(text_html(_tail(gap, context) if at == 0 else gap, links=True))
        out.append(f"<mark>{text_html(passage[start:end], links=True)}</mark>")
        at = end
    out.append(text_html(_head(passage[at:], context), links=True))
    return "".join(out)


def _tail(text: str, limit: int) -> str:
    """The end of a lead-in, cut at a line break or a space, with … where it was cut."""
    if len(text) <= limit:
        return text.lstrip()
    cut = text[-limit:]
    boundary = cut.find("\n") if "\n" in cut else cut.find(" ")
    return "… " + cut[boundary + 1 :].lstrip()


def _head(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text.rstrip()
    return text[:limit].rsplit(" ", 1)[0].rstrip() + " …"


def _sentence_spans(passage: str, snippet: str) -> list[tuple[int, int]]:
    """Where the snippet's sentences occur in the passage, in order, without overlaps."""
    if not snippet:
        return []
    whole = passage.find(snippet)
    if whole >= 0:
        return [(whole, whole + len(snippet))]
    spans: list[tuple[int, int]] = []
    at = 0
    for sentence in re.split(r"(?<=[.?!다요])\s+|\s*…\s*|\n+", snippet):
        sentence = sentence.strip(" …")
        if len(sentence) < 4:
            continue
        found = passage.find(sentence, at)
        if found >= 0:
            spans.append((found, found + len(sentence)))
            at = found + len(sentence)
    return spans
