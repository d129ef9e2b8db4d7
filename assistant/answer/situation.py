"""A situation question in chat ("27살 백수인데 의정부에서 뭐 신청할 수 있어요?") -> a short cited list of programs."""

from __future__ import annotations

import datetime as dt
import re

from assistant.answer.refusals import Refusal
from assistant.language import situations as cues
from assistant.language.glossary import PLACES_EN
from assistant.language.intents import ASKS_A_DETAIL
from assistant.language.regions import RegionTable
from assistant.programs.extraction import Fact
from assistant.programs.public import benefit_line, listing, open_label, verdict_label
from assistant.programs.finder import CHECK, Match, Situation, today_in_korea
from assistant.types import Answer, Chunk, Citation, Hit

def situation_in(text: str, regions: RegionTable, today: dt.date | None = None,
                 municipality: str | None = None) -> Situation | None:
    """The asker's situation when the question asks what they can apply for and says something about them.

    Several places compared ("의정부랑 고양 여성 일자리 각각 뭐 있어?") are no situation: the comparison answers.
    The chat's 지역 filter (`municipality`) stands for the residence when the question names none, so the
    list keeps to that place and the nationwide programs its residents can join.
    """
    if not asks_what_i_can_get(text):
        return None
    places = places_in(text, regions)
    lives = bool(cues.LIVES.search(text) or cues.LIVES_EN.search(text))
    if len({regions.resolve(p).name for p in places}) > 1 and (cues.COMPARES.search(text) or not lives):
        return None
    age, status, groups = own_age(text), own_status(text), own_groups(text)
    gender, military = own_gender(text), own_military(text)
    residence = places[0] if places else None
    if age is None and status is None and not groups and gender is None and not (residence and lives):
        return None  # nothing about the asker: a question about programs in general
    if residence is None and municipality and regions.resolve(municipality) is not None:
        residence = municipality
    return Situation(age, residence, status, groups, today or today_in_korea(), gender=gender, military=military,
                     business_years=own_business_years(text) if status == "창업" else None)


def asks_what_i_can_get(text: str) -> bool:
    """'뭐 신청할 수 있어요?', 'what can I apply for?', or '지원 있나요?' when the asker speaks of themself."""
    if ASKS_A_DETAIL.search(text):  # "… 탐색지원 신청서류 뭐뭐 있어?": a detail of one program, not what there is
        return False
    if cues.WHAT_CAN_I.search(text) or cues.WHAT_CAN_I_EN.search(text):
        return True
    return bool(cues.ASKS_IF_ANY.search(text) and cues.SELF_SAID.search(text))


def own_age(text: str) -> int | None:
    found = cues.OWN_AGE.search(text) or cues.OWN_AGE_EN.search(text)
    return int(next(g for g in found.groups() if g)) if found else None


def own_status(text: str) -> str | None:
    """미취업 / 재직 / 예비창업 / 창업 / 고등학생 / 대학생 ("특성화고 3학년" -> 고등학생), None when unsaid."""
    korean = next((s for s, pattern in cues.OWN_STATUS.items() if re.search(pattern, text)), None)
    english = (s for s, pattern in cues.OWN_STATUS_EN.items() if re.search(pattern, text, re.I))
    return korean or next(english, None)


def own_gender(text: str) -> str | None:
    found = [g for g, pattern in {**cues.OWN_GENDER}.items() if re.search(pattern, text)]
    found += [g for g, pattern in cues.OWN_GENDER_EN.items() if re.search(pattern, text, re.I) and g not in found]
    return found[0] if len(found) == 1 else None


def own_military(text: str) -> str | None:
    return next((m for m, pattern in cues.OWN_MILITARY.items() if re.search(pattern, text)), None)


def own_business_years(text: str) -> int | None:
    """"쇼핑몰 운영 1년차" -> 1; None when the question gives no 업력."""
    found = cues.OWN_BUSINESS_YEARS.search(text)
    return int(next(g for g in found.groups() if g)) if found else None


def own_groups(text: str) -> tuple[str, ...]:
    """Groups the asker says they are in ("제대한 지 1년" -> 제대군인); a group not named is taken as not applying,
    as in the tab and `find` (the same facts give the same list everywhere)."""
    groups = [g for g, words in cues.OWN_GROUPS.items() if any(w in text for w in words)]
    english = [g for g, pattern in cues.OWN_GROUPS_EN.items() if re.search(pattern, text, re.I)]
    groups += [g for g in english if g not in groups]
    if cues.RECENT_VETERAN.search(text) and "제대군인" not in groups:
        groups.append("제대군인")
    return tuple(groups)


def places_in(text: str, regions: RegionTable) -> list[str]:
    """The places the question names, in order ("경기 의정부시", "의정부에서" -> "의정부", "Suwon" -> "수원시")."""
    words = [w for w in (cues.PLACE_PARTICLES.sub("", w) for w in re.findall(r"[가-힣]+", text)) if w]
    found, i = [], 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        hit = next((c for c in (pair, words[i]) if len(c) >= 2 and regions.resolve(c) is not None), None)
        if hit:
            found.append(hit)
        i += 2 if hit and hit == pair else 1
    english = [PLACES_EN[w] for w in re.findall(r"[a-z]+", text.lower()) if w in PLACES_EN]
    return found + [p for p in english if regions.resolve(p) is not None]


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
    first, rest, closed = listing(matches, show_closed=bool(cues.ASKS_CLOSED.search(question)))
    if not first:
        text = "말씀하신 조건으로 지금 신청할 수 있는 사업을 문서에서 찾지 못했습니다. " + (missing_fact(situation) or "")
        if closed:
            text += f" (마감된 사업 {len(closed)}개는 '맞춤 사업 찾기' 탭에서 볼 수 있어요.)"
        return Answer(question, text.strip(), True, reason=Refusal.NOT_STATED)
    lines, citations = [], []
    for m in first:
        numbers = []
        for fact in _facts_to_cite(m):
            citation = cite(len(citations) + 1, m, fact, chunks_of)
            if citation is not None:
                citations.append(citation)
                numbers.append(citation.number)
        lines.append(program_line(m) + "".join(f" [{n}]" for n in numbers))
    if rest:
        lines.append(f"{len(rest)}개 더 보기: '맞춤 사업 찾기' 탭에서 전체 목록을 볼 수 있어요.")
    if closed:
        lines.append(f"마감된 사업 {len(closed)}개는 목록에서 뺐어요 ('마감된 사업도' 하고 물으시면 함께 보여 드려요).")
    ask = missing_fact(situation)
    if ask:
        lines.append(ask)
    return Answer(question, "\n".join(lines), False, tuple(citations), generator="finder")


def program_line(m: Match) -> str:
    """'• 이름 — 지원 내용 (신청 중, D-12) · 확인 필요: 소득 기준' in one line."""
    benefit = benefit_line(m.program)
    state = open_label(m) if m.open != "closed" else f"{open_label(m)} · {verdict_label(m)}"
    head = f"• {m.program.title}" + (f" — {benefit}" if benefit else "") + f" ({state})"
    unknown = [c.reason for c in m.conditions if c.outcome == "unknown"]
    if m.verdict != CHECK or not unknown:
        return head
    return head + (f" · {unknown[0]}" if "확인 필요" in unknown[0] else f" · 확인 필요: {unknown[0]}")


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
