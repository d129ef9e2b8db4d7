"""The JSON shapes the CLI prints and the app shows: one catalog entry, one finder result."""

from __future__ import annotations

import html
import re

from assistant.programs.catalog import FIELDS, ProgramRecord
from assistant.programs.finder import Match

# How a program's application state reads to a citizen, in the chat list and the finder tab alike.
OPEN_WORDS = {"open": "신청 중", "always": "상시 신청", "upcoming": "신청 예정", "closed": "마감", "unknown": "신청 기간 미상"}


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
    """{"title", "source", "verdict", "reasons", "open", "apply_end", "citations": [{"field", "quote", "source"}]}."""
    return {
        "title": match.program.title,
        "source": match.program.source,
        "verdict": match.verdict,
        "reasons": match.reasons,
        "open": match.open,
        "apply_end": match.program.period.get("end"),
        "citations": [{"quote": f.evidence, "source": match.program.source} for f in match.cited()],
    }
