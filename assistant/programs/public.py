"""The JSON shapes the CLI prints and the app shows: one catalog entry, one finder result."""

from __future__ import annotations

import html
import re

from assistant.programs.catalog import FIELDS, ProgramRecord
from assistant.programs.finder import Match

# How a program's application state reads to a citizen, in the chat list and the finder tab alike.
OPEN_WORDS = {"open": "신청 중", "always": "상시 신청", "upcoming": "신청 예정", "closed": "마감", "unknown": "신청 기간 미상",
              "dated": "올해 운영 여부 확인"}
VERDICT_WORDS = {"eligible": "신청 가능", "check": "확인 필요", "ineligible": "해당 안 됨"}
# A program that cannot be applied for now (closed, or known only from an earlier year) has its verdict speak of
# its conditions: never "신청 가능 · 마감" nor "신청 가능 · 2025년 기준 — 올해 운영 여부 확인".
CONDITION_WORDS = {"eligible": "조건 충족", "check": "조건 확인 필요", "ineligible": "해당 안 됨"}
NOT_NOW = ("closed", "dated")
FIRST_SHOWN = 10  # programs shown before "더 보기", in chat and the tab alike


def open_label(match: Match) -> str:
    """"신청 중, D-12", "2025년 기준 — 올해 운영 여부 확인", "마감": the state, honest about the year."""
    if match.open == "dated":
        return f"{match.as_of}년 기준 — 올해 운영 여부 확인"
    days = f", D-{match.d_day}" if match.d_day is not None and match.open in ("open", "upcoming") else ""
    return OPEN_WORDS[match.open] + days


def verdict_label(match: Match) -> str:
    return (CONDITION_WORDS if match.open in NOT_NOW else VERDICT_WORDS)[match.verdict]


def listing(matches: list[Match], show_closed: bool = False) -> tuple[list[Match], list[Match], list[Match]]:
    """The finder's ranked matches as chat and the tab show them: (first ten, the rest, closed ones).

    Ineligible programs are never listed; closed ones are kept apart (folded under "마감된 사업") unless
    `show_closed`, when they stay in rank order."""
    listed = [m for m in matches if m.verdict != "ineligible"]
    current = listed if show_closed else [m for m in listed if m.open != "closed"]
    closed = [] if show_closed else [m for m in listed if m.open == "closed"]
    return current[:FIRST_SHOWN], current[FIRST_SHOWN:], closed


def benefit_text(program: ProgramRecord) -> str | None:
    value = program.fact("benefit").value
    return value.get("text") if isinstance(value, dict) else None


BENEFIT_LINE_CHARS = 48  # a chat list line's benefit: about one phone line
# What leads a benefit line without saying anything: bullets, numbering, a '(목적) ' / '(인력양성) ' label.
_LEAD = re.compile(r"^(?:[\s\-•·ㆍ∙○◯●□■◇◆ㅇ※▶▷*]+|\d{1,2}[.)]\s+|\([가-힣·ㆍ]{2,8}\)\s+)+")
_TRAILING = re.compile(r"(?:[\s,·ㆍ/(]|\b(?:및|또는|등))+$")


def benefit_line(program: ProgramRecord, limit: int = BENEFIT_LINE_CHARS) -> str | None:
    """The benefit as one readable line: no bullet or '(목적)' lead, cut at a word and marked '…' when long."""
    text = benefit_text(program)
    if not text:
        return None
    text = _LEAD.sub("", " ".join(html.unescape(text).split()))
    if len(text) <= limit:
        return text or None
    cut = text[:limit]
    boundary = max(cut.rfind(", "), cut.rfind(" "))
    cut = cut[:boundary] if boundary > limit // 2 else cut
    return _TRAILING.sub("", cut) + "…"


def catalog_entry(program: ProgramRecord) -> dict:
    """{"title", "source", "regions", "age_min", "age_max", "status", "groups", "benefit", "head_count",
    "apply_start", "apply_end", "apply_note", "contact", "as_of", "evidence": {field: quoted line}}.

    as_of is the 기준일 of a portal export's record (the day the portal was read), else None."""
    low, high = program.age
    period = program.period
    return {
        "title": program.title,
        "source": program.source,
        "regions": list(program.fact("regions").value or []),
        "age_min": low,
        "age_max": high,
        "status": list(program.fact("employment").value or []),
        "groups": list(program.fact("groups").value or []),
        "benefit": benefit_text(program),
        "head_count": program.fact("head_count").value,
        "apply_start": period.get("start"),
        "apply_end": period.get("end"),
        "apply_note": period.get("note"),
        "contact": program.fact("contact").value or None,
        "as_of": program.meta.get("as_of") or None,
        "evidence": {name: program.fact(name).evidence for name in FIELDS if program.fact(name).evidence},
    }


def catalog_details(program: ProgramRecord) -> dict:
    """catalog_entry plus, for counselors, each field's status and the fields the document does not state."""
    return {**catalog_entry(program), "field_status": {name: program.fact(name).status for name in FIELDS},
            "missing": program.missing()}


def match_entry(match: Match) -> dict:
    """{"title", "source", "verdict", "reasons", "open", "apply_end", "citations": [{"quote", "source"}]}."""
    return {
        "title": match.program.title,
        "source": match.program.source,
        "verdict": match.verdict,
        "reasons": match.reasons,
        "open": match.open,
        "apply_end": match.program.period.get("end"),
        "citations": [{"quote": f.evidence, "source": match.program.source} for f in match.cited()],
    }
