"""Web-captured article text -> article text: menus, banners, comment widgets, copyright lines and
repeated blocks removed, paragraphs kept.

The rules are line-based and conservative: a line is dropped only when it is wholly boilerplate
(a share/print menu item, "배너", a comment-widget label, a copyright notice) or repeats a longer
line already kept (pages captured with their article block two or more times).
"""

from __future__ import annotations

import re
import unicodedata

from assistant.language.layout import WEB_BULLET

# Whole lines that are site chrome, never article text.
BOILERPLATE_LINES = re.compile(
    r"""^(
        배너|광고|후원하기|인쇄|전송|보관|기사목록|오탈자제보|스크랩|공유|공유하기|프린트|이메일|메일보내기|
        글자\s*크기|본문\s*글씨\s*(키우기|줄이기)|이\s*기사를\s*공유합니다|기사\s*공유하기|좋아요|싫어요|
        상단영역|본문영역|하단영역|사이드영역|메뉴|검색|로그인|회원가입|닫기|목록|이전\s*기사|다음\s*기사|
        입력|수정|댓글|BEST\s*댓글|댓글\s*정렬|댓글삭제|댓글수정|내\s*댓글\s*모음|개의\s*댓글|
        \d*\s*/\s*\d+|\d{1,4}|                      # "0 / 400" counters, a lone comment count
        도배방지\s*이미지|.{0,12}기사\s*보기|많이\s*본\s*기사|관련\s*기사|
        삭제한\s*댓글은\s*다시\s*복구할\s*수\s*없습니다\.?|그래도\s*삭제하시겠습니까\??|
        댓글\s*수정은\s*작성\s*후\s*\d+분\s*내에만\s*가능합니다\.?|
        BEST\s*댓글\s*답글과\s*추천수를\s*합산하여\s*자동으로\s*노출됩니다\.?|
        최종편집\s*:.*|Copyright.*|ⓒ.*|©.*
    )$""",
    re.X | re.I,
)
# Copyright and redistribution notices, wherever they sit on a line.
COPYRIGHT = re.compile(r"(저작권자\s*[©ⓒ(]|무단\s*전재\s*(및|&)?\s*(재배포|배포)\s*금지|All rights reserved)", re.I)
# Characters that break lines (form feed between PDF pages, Unicode line and paragraph separators) ...
LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# ... and control characters and bidirectional overrides, which can disguise text on screen.
INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
MIN_REPEAT_CHARS = 12  # a repeated line shorter than this may legitimately recur ("◇ 성과")


def clean_text(text: str) -> str:
    """Article text without site chrome; paragraphs separated by one blank line."""
    text = LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
    text = INVISIBLE.sub("", text.replace("\u00a0", " "))
    kept: list[str] = []
    seen: set[str] = set()
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if is_boilerplate(line):
            continue
        key = _repeat_key(line)
        if len(key) >= MIN_REPEAT_CHARS and key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return "\n".join(_join_paragraphs(kept)).strip()


def is_boilerplate(line: str) -> bool:
    bare = WEB_BULLET.sub("", line).strip()
    if not bare:
        return True  # a bullet with nothing after it
    if BOILERPLATE_LINES.match(bare):
        return True
    return bool(COPYRIGHT.search(bare)) and len(bare) < 80


def _repeat_key(line: str) -> str:
    """Lines count as repeats when they differ only in spacing and trailing dots ("…com..." / "…com")."""
    return re.sub(r"\s+", "", line).rstrip(".…")


def _join_paragraphs(lines: list[str]) -> list[str]:
    """One blank line between paragraphs; no blank lines at the ends."""
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out
