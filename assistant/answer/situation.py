"""A situation question in chat ("27살 백수인데 의정부에서 뭐 신청할 수 있어요?") -> a short cited list of programs."""

from __future__ import annotations

import datetime as dt
import re

from assistant.answer.refusals import Refusal
from assistant.language import situations as cues
from assistant.language.regions import RegionTable
from assistant.programs.extraction import Fact
from assistant.programs.finder import CHECK, ELIGIBLE, Match, Situation
from assistant.types import Answer, Chunk, Citation, Hit

SHOWN = 5  # programs listed in a chat answer; the rest are counted ("N개 더 보기")
OPEN_WORDS = {"open": "신청 중", "always": "상시 신청", "upcoming": "신청 예정", "closed": "마감", "unknown": "신청 기간 미상"}
PARTICLES = re.compile(r"(에서|에|은|는|이|가|인데|사는|살고|거주|이고|이며)$")


def situation_in(text: str, regions: RegionTable, today: dt.date | None = None) -> Situation | None:
    """The asker's situation when the question asks what they can apply for and says something about them."""
    if not cues.WHAT_CAN_I.search(text):
        return None
    age_match = cues.OWN_AGE.search(text)
    age = int(age_match.group(1) or age_match.group(2)) if age_match else None
    status = next((s for s, words in cues.OWN_STATUS.items() if any(w in text for w in words)), None)
    groups = tuple(g for g, words in cues.OWN_GROUPS.items() if any(w in text for w in words)) or None
    residence = residence_in(text, regions)
    if age is None and status is None and groups is None and not (residence and cues.LIVES.search(text)):
        return None  # nothing about the asker: a question about programs in general
    return Situation(age, residence, status, groups, today or dt.date.today())


def residence_in(text: str, regions: RegionTable) -> str | None:
    """The first place the question names ("경기 의정부시", "의정부에서" -> "의정부"), None when none."""
    words = [PARTICLES.sub("", w) for w in re.findall(r"[가-힣]+", text)]
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        for candidate in (pair, word):
            candidate = candidate.strip()
            if len(candidate) >= 2 and regions.resolve(candidate) is not None:
                return candidate
    return None


def missing_fact(situation: Situation) -> str | None:
    """The one fact to ask for next: age first (it decides most programs), then residence, then status."""
    for name in ("age", "residence", "status"):
        if getattr(situation, name) is None:
            return cues.ASK_FOR[name]
    return None


def situation_answer(question: str, situation: Situation, matches: list[Match], chunks_of) -> Answer:
    """Answer listing the first programs, each line cited by the sentences its verdict rests on.

    `chunks_of(source)` gives a document's chunks, to quote each evidence line from its passage.
    """
    listed = [m for m in matches if m.verdict in (ELIGIBLE, CHECK)]
    if not listed:
        text = "말씀하신 조건으로 신청할 수 있는 사업을 문서에서 찾지 못했습니다. " + (missing_fact(situation) or "")
        return Answer(question, text.strip(), True, reason=Refusal.NOT_STATED)
    lines, citations = [], []
    for m in listed[:SHOWN]:
        numbers = []
        for fact in _facts_to_cite(m):
            citation = cite(len(citations) + 1, m, fact, chunks_of)
            if citation is not None:
                citations.append(citation)
                numbers.append(citation.number)
        lines.append(program_line(m) + "".join(f" [{n}]" for n in numbers))
    more = len(listed) - SHOWN
    if more > 0:
        lines.append(f"{more}개 더 보기: '맞춤 사업 찾기' 탭에서 전체 목록을 볼 수 있어요.")
    ask = missing_fact(situation)
    if ask:
        lines.append(ask)
    return Answer(question, "\n".join(lines), False, tuple(citations), generator="finder")


def program_line(m: Match) -> str:
    """'• 이름 — 지원 내용 (신청 중, D-12) · 확인 필요: 소득 기준' in one line."""
    benefit = (m.program.fact("benefit").value or {}).get("text", "") if m.program.fact("benefit").value else ""
    state = OPEN_WORDS[m.open] + (f", D-{m.d_day}" if m.d_day is not None and m.open in ("open", "upcoming") else "")
    head = f"• {m.program.title}" + (f" — {benefit[:60]}" if benefit else "") + f" ({state})"
    unknown = [c.reason for c in m.conditions if c.outcome == "unknown"]
    return head + (f" · 확인 필요: {unknown[0]}" if m.verdict == CHECK and unknown else "")


def _facts_to_cite(m: Match) -> list[Fact]:
    """The benefit (or name) line and the line of the condition that decided most: what the list line says."""
    p = m.program
    first = p.fact("benefit") if p.fact("benefit").evidence else p.fact("name")
    facts = [first, p.fact("age") if p.fact("age").evidence else p.fact("regions")]
    seen, out = set(), []
    for f in facts:
        if f.evidence and f.evidence not in seen:
            seen.add(f.evidence)
            out.append(f)
    return out


def cite(number: int, m: Match, fact: Fact, chunks_of) -> Citation | None:
    """A Citation quoting `fact`'s line from the passage of the program's document that holds it."""
    chunks: list[Chunk] = chunks_of(m.program.source)
    holder = next((c for c in chunks if c.start <= fact.start < c.end and fact.evidence in c.text), None) or \
        next((c for c in chunks if fact.evidence in c.text), None)
    if holder is None:
        return None
    return Citation.quote(number, Hit(holder, 1.0), fact.evidence)
