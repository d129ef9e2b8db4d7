"""Programs named inside news articles: a program's name and, in its sentence or the next, a condition."""

from __future__ import annotations

import re

from assistant.language import conditions as rules
from assistant.language.regions import RegionTable
from assistant.programs import extraction as ex
from assistant.programs.extraction import STATED, UNCLEAR, Fact, Line, Sections
from assistant.types import SourceDocument



def sentences_of(lines: list[Line]) -> list[Line]:
    """Each line cut into sentences, each keeping its offset in the document."""
    out = []
    for line in lines:
        start = 0
        for piece in rules.ARTICLE_SENTENCE_BREAK.split(line.text):
            at = line.text.find(piece, start)
            if piece.strip():
                out.append(Line(line.start + at, piece.strip()))
            start = at + len(piece)
    return out


def article_programs(doc: SourceDocument, sections: Sections, regions: RegionTable) -> list[tuple[dict, list]]:
    """(facts, checks) for every program the article names together with a condition on who may apply."""
    sentences = sentences_of(sections.lines)
    found: dict[str, tuple[dict, list]] = {}
    for i, sentence in enumerate(sentences):
        name = None if rules.REFERS_BACK.match(sentence.text) else _name_in(sentence.text)
        if not name or name in found:
            continue
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        joined = following is not None and (rules.REFERS_BACK.match(following.text) or not _name_in(following.text))
        around = [s for s in [sentence] + ([following] if joined else [])
                  if rules.ARTICLE_CONDITION_CUES.search(s.text) or ex.age_in(s.text)]
        if not around:
            continue
        facts = _facts(name, sentence, around, doc, regions)
        if facts is not None:
            found[name] = (facts, [])
    return list(found.values())


def _name_in(text: str) -> str | None:
    """A program's name in a sentence: quoted ('…지원사업'), else a noun phrase ending in 사업 / 대회 / …."""
    for quoted in rules.ANY_QUOTED_NAME.finditer(text):
        name = quoted.group(1).strip()
        if name.endswith(rules.PROGRAM_NOUNS):
            return name
    for plain in rules.UNQUOTED_NAME.finditer(text):
        words = plain.group(1).split()
        kept: list[str] = []
        for word in reversed(words):
            if kept and (rules.NAME_STOP.search(word) or not re.search(r"[가-힣A-Za-z]", word)):
                break
            kept.insert(0, word)
        name = " ".join(kept)
        if len(kept) >= 2 and len(name) >= 6:
            return name
    return None


def _facts(name: str, named: Line, around: list[Line], doc: SourceDocument, regions: RegionTable) -> dict | None:
    """The program's fields from its sentences; None when they state no condition on who may apply."""
    local = Sections(around, {"target": around, "head_count": []})
    age = ex.read_age(local)
    employment = ex.read_employment(local)
    groups = ex.read_groups(local)
    head = ex.read_head_count(local)
    if head.status == STATED and not re.search(r"모집|선발", head.evidence):
        head = Fact(None)
    conditions = [f for f in (age, employment, groups) if f.status == STATED]
    if not conditions and head.status != STATED:
        return None
    return {
        "name": Fact.stated(name, named),
        "operator": Fact(""),
        "regions": _regions(name, named, doc, regions),
        "age": age,
        "employment": employment,
        "groups": groups,
        "benefit": Fact(None),
        "head_count": head,
        "period": Fact({"start": None, "end": None, "note": None}),
        "method": Fact(""),
        "contact": Fact(""),
        "documents": Fact(""),
    }


def _regions(name: str, named: Line, doc: SourceDocument, regions: RegionTable) -> Fact:
    """The place its name starts with when that lies inside the article's place, else the article's place (unclear)."""
    home = [r for m in doc.meta.municipality.split(";") if (r := regions.resolve(m.strip()))]
    first = regions.resolve(name.split()[0]) if name.split() else None
    if first is not None and any(regions.covers(h, first) for h in home):
        return Fact.stated([first.name], named)
    return Fact([h.name for h in home], UNCLEAR if home else ex.NOT_STATED)
