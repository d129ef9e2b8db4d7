"""A program page or notice -> its facts, read from the labelled sections; where residents qualify."""

from __future__ import annotations

import re

from assistant.language import conditions as rules
from assistant.language.regions import NATIONWIDE, RegionTable
from assistant.programs import extraction as ex
from assistant.programs.audience import audience_facts
from assistant.programs.extraction import STATED, Fact, Sections
from assistant.programs.periods import read_period
from assistant.types import SourceDocument


def page_facts(doc: SourceDocument, sections: Sections, regions: RegionTable) -> tuple[dict, list]:
    """The fields of a program page or notice, read from its labelled sections."""
    year = doc.meta.published_year or None
    facts = {
        "name": _name(doc, sections),
        "operator": ex.read_text_field(sections, "operator"),
        "regions": read_regions(sections, doc, regions),
        "age": ex.read_age(sections),
        "birth_dates": ex.read_birth_dates(sections),
        "other_ages": ex.read_other_ages(sections),
        "benefit": ex.read_benefit(sections),
        "head_count": ex.read_head_count(sections),
        "period": read_period(sections, year),
        "method": ex.read_text_field(sections, "method"),
        "contact": ex.read_contact(sections),
        "documents": ex.read_text_field(sections, "documents"),
    }
    who, checks = audience_facts(sections)
    return {**facts, **who}, checks


def _name(doc: SourceDocument, sections: Sections) -> Fact:
    """The 사업명 section, else the document's first line (its title)."""
    named = ex.read_text_field(sections, "name")
    if named.status == STATED:
        return named
    first = sections.lines[0] if sections.lines else None
    if first is None:
        return Fact(doc.meta.title)
    title = re.sub(r"^[#\s\[「『]+|[\]」』]?\s*(시행\s*)?(공고|안내|모집)?$", "", first.text.strip()).strip()
    return Fact.stated(title or doc.meta.title, first)


def read_regions(sections: Sections, doc: SourceDocument, regions: RegionTable) -> Fact:
    """Where residents qualify: the region section's places, else the document's municipality (unclear)."""
    for line in sections.of("region") + sections.of("target"):
        names = places_in(ex.after_label(line.text) or line.text, regions)
        if names:
            return Fact.stated(names, line)
    names = [n for m in doc.meta.municipality.split(";") if (n := region_name(m, regions))]
    return Fact(names, ex.UNCLEAR) if names else Fact([])


def places_in(text: str, regions: RegionTable) -> list[str]:
    """Region names a line lists ("경기도 의정부시, 경기도 양주시 거주자" -> both; "전국" -> ["전국"])."""
    if rules.NATIONWIDE.search(text):
        return [NATIONWIDE]
    text = rules.RESIDENCE_END.split(text, maxsplit=1)[0]
    words = re.findall(r"[가-힣]+", text)
    names: list[str] = []
    i = 0
    while i < len(words):
        for width in (3, 2, 1):  # the longest run of words that names one region ("경상남도 창원시 의창구")
            name = region_name(" ".join(words[i : i + width]), regions) if i + width <= len(words) else None
            if name:
                break
        if name and name not in names:
            names.append(name)
        i += width if name else 1
    return names


def region_name(text: str, regions: RegionTable) -> str | None:
    region = regions.resolve(text.strip())
    return region.name if region else None
