"""Answers to "○○ 사업 작년이랑 뭐가 달라졌어요?" and "최근에 바뀐 사업 있어요?" from the sync history.

A changed line is shown twice: before (from the history, with the day of the snapshot it was in)
and now, cited [n] to the passage of the program's current document that holds it. A program
that was added is cited to its first line; a removed one has no document left and is only named.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.language.portal_fields import field_label
from assistant.language.regions import RegionTable
from assistant.programs.changes import ADDED, CHANGED, REMOVED, ProgramChange, changed_lines
from assistant.types import Answer, Chunk, Citation, Hit, SourceDocument

MAX_LINE_CHARS = 160  # a long free-text line is shown up to here
MAX_PAIRS = 4  # changed lines shown for one program
MAX_LISTED = 6  # programs listed for "최근에 바뀐 사업"
NO_CHANGE = "no_change"  # Answer.reason: the history has nothing for what was asked


def subject_particle(word: str) -> str:
    """이 after a final consonant (신청기간이), 가 after a vowel (지원규모가); 이(가) when it is no Hangul."""
    last = word.strip()[-1:] if word.strip() else ""
    if not "가" <= last <= "힣":
        return "이(가)"
    return "이" if (ord(last) - 0xAC00) % 28 else "가"


def _shorten(line: str) -> str:
    line = line.strip()
    return line if len(line) <= MAX_LINE_CHARS else line[:MAX_LINE_CHARS].rstrip() + "…"


def _quote(number: int, chunks: list[Chunk], line: str) -> Citation | None:
    """Citation [number] of the passage holding `line` (the shown part of it), or None if none holds it."""
    shown = _shorten(line).removesuffix("…")
    for chunk in chunks:
        if shown and shown in chunk.text:
            return Citation.quote(number, Hit(chunk, 1.0), shown)
    return None


def program_changes(question: str, title: str, rows: list[ProgramChange], document: SourceDocument | None,
                    chunks: list[Chunk], regions: RegionTable) -> Answer:
    """What changed in one program, newest sync first: old line (with its day) -> new line [n]."""
    changed = [r for r in rows if r.kind == CHANGED]
    if not changed or document is None:
        added = next((r for r in rows if r.kind == ADDED), None)
        if added is not None and chunks:
            first = chunks[0].text.split("\n", 1)[0]
            cite = _quote(1, chunks, first)
            text = f"「{title}」은(는) {added.date} 동기화 때 새로 생긴 사업입니다{' [1]' if cite else ''}."
            return Answer(question, text, False, (cite,) if cite else ())
        return Answer(question, f"「{title}」은(는) 동기화 기록에 바뀐 내용이 없습니다.", True, reason=NO_CHANGE)
    latest = changed[0]
    labels = ", ".join(field_label(n) for n in latest.fields)
    lines = [f"「{title}」은(는) {latest.previous_date or '이전'} 자료와 {latest.date} 자료 사이에 "
             f"{labels}{subject_particle(labels)} 바뀌었습니다."]
    citations: list[Citation] = []
    for old, new in changed_lines(document.record, latest, regions)[:MAX_PAIRS]:
        cite = _quote(len(citations) + 1, chunks, new) if new else None
        if cite is not None:
            citations.append(cite)
        before = f"이전({latest.previous_date}): {_shorten(old)}" if old else "이전: (없음)"
        after = f"지금: {_shorten(new)}" if new else "지금: (삭제됨)"
        lines.append(f"- {before} → {after}{f' [{cite.number}]' if cite else ''}")
    return Answer(question, "\n".join(lines), False, tuple(citations))


def no_history(question: str, as_of: str) -> Answer:
    """No sync has recorded a change yet: say so, and how old the programs are."""
    text = (f"온통청년에서 동기화한 기록이 아직 없어 무엇이 바뀌었는지 알 수 없습니다. "
            f"지금 사업 정보는 {as_of} 기준입니다.")
    return Answer(question, text, True, reason=NO_CHANGE)


def recent_changes(question: str, rows: list[ProgramChange],
                   chunks_of: Callable[[str], list[Chunk]]) -> Answer:
    """The programs the latest sync added, changed or removed, each current one cited."""
    if not rows:
        return Answer(question, "동기화 기록에 바뀐 사업이 없습니다.", True, reason=NO_CHANGE)
    date, previous = rows[0].date, rows[0].previous_date
    lines = [f"{previous + ' 자료와 비교한 ' if previous else ''}{date} 온통청년 자료에서 바뀐 사업입니다."]
    citations: list[Citation] = []
    kinds = ((CHANGED, "변경"), (ADDED, "새로 생김"), (REMOVED, "없어짐"))
    listed = 0
    for kind, word in kinds:
        for row in (r for r in rows if r.kind == kind):
            if listed >= MAX_LISTED:
                break
            listed += 1
            chunks = chunks_of(row.source) if kind != REMOVED else []
            cite = _quote(len(citations) + 1, chunks, chunks[0].text.split("\n", 1)[0]) if chunks else None
            if cite is not None:
                citations.append(cite)
            what = f": {', '.join(field_label(n) for n in row.fields)}" if row.fields else ""
            lines.append(f"- {row.title} ({word}{what}){f' [{cite.number}]' if cite else ''}")
    if len(rows) > listed:
        lines.append(f"그 밖에 {len(rows) - listed}개 사업이 바뀌었습니다 (python -m assistant changes 로 전부 볼 수 있습니다).")
    return Answer(question, "\n".join(lines), False, tuple(citations))
