"""A broad question ("… 뭐 있어요?", "도와주는 데 있어요?") -> the programs, centers and places the documents
name: name, for whom, where — a short list, each item quoting and citing the sentence that names it."""

from __future__ import annotations

import re

from assistant.answer.composing import Section
from assistant.answer.quoting import with_antecedents
from assistant.language.discourse import SPEECH, reads_as_statement
from assistant.language.names import FOR_WHOM, program_names

MAX_ITEMS = 4
MIN_OVERVIEW_COVERAGE = 0.2  # broad questions name a group ("경력단절 여성") the program sentence may not repeat
KEEP_WITHIN = 0.55  # an item joins while its score is at least this share of the best item's
NAME_BONUS = 0.15  # per name the sentence gives (up to two)
SPEECH_PENALTY = 0.4  # a pledge in quotes ("… 주력하겠다"고 밝혔다) names plans, not what one can use today


def list_programs(question, candidates: list, before) -> tuple[str, list[Section]] | None:
    """(intro, one section per program or place), best first; None when no passage names one."""
    scored = []
    for c in candidates:
        names = program_names(c.sentence.text)
        if not names or not c.place_ok or c.coverage < MIN_OVERVIEW_COVERAGE or not reads_as_statement(c.sentence.text):
            continue
        score = c.score + NAME_BONUS * min(2, len(names)) - (SPEECH_PENALTY if SPEECH.search(c.sentence.text) else 0)
        scored.append((score, c, names))
    scored.sort(key=lambda x: -x[0])
    items: list[Section] = []
    seen: list[str] = []
    for score, c, names in scored:
        if len(items) >= MAX_ITEMS or score < KEEP_WITHIN * scored[0][0]:
            break
        fresh = [n for n in names if not _covered(n, seen)]
        run = with_antecedents(c, before) if fresh else None
        if not run or any(q.sentence == r.sentence for item in items for q in item.quotes for r in run):
            continue
        run_names = [n for q in run for n in program_names(q.sentence.text)]
        items.append(Section(_label([n for n in dict.fromkeys(run_names) if not _covered(n, seen)], c), run))
        seen.extend(run_names)
    if not items:
        return None
    intro = "Programs and places the documents name:" if question.lang == "en" else "문서에 나온 프로그램·기관입니다."
    return intro, items


def _covered(name: str, seen: list[str]) -> bool:
    """Whether a name was listed already, also as a longer or shorter form ("19(일자리 구하는)Day" ~ "19Day")."""
    bare = re.sub(r"\s*\([^)]*\)", "", name)
    return any(bare in s or s in bare for s in (re.sub(r"\s*\([^)]*\)", "", x) for x in seen))


def _label(names: list[str], c) -> str:
    """"고양 일자리센터 (고양시, 대상: 예비창업자)": the names, where, and for whom when the sentence says."""
    where = c.hit.chunk.meta.municipality.replace(";", "·")
    whom = FOR_WHOM.search(c.sentence.text)
    details = ", ".join(x for x in (where, f"대상: {whom.group(1)}" if whom else "") if x)
    label = " · ".join(names[:3])
    return f"{label} ({details})" if details else label
