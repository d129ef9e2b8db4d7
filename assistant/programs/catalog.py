"""Program catalog: one ProgramRecord per program a document describes, every field with its quoted line.

Three kinds of document give programs: an exported record (its structured fields, cited by the
line of the rendered text that states each), a program page or notice (labelled sections), and a
news article that names a program with its conditions (programs/articles.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.language import conditions as rules
from assistant.language.regions import NATIONWIDE, RegionTable
from assistant.programs import extraction as ex
from assistant.programs.extraction import NOT_STATED, STATED, Fact, Sections
from assistant.types import SourceDocument

MIN_LABELLED_FIELDS = 2  # a document with this many labelled sections is a program page or notice
FIELDS = ("name", "operator", "regions", "age", "employment", "groups", "benefit", "head_count", "period",
          "method", "contact", "documents")

NO_FACT = Fact()


@dataclass(frozen=True)
class ProgramRecord:
    """One program: each field a Fact (value, stated / not_stated / unclear, quoted line)."""

    program_id: str
    source: str
    document_id: str
    content_hash: str
    facts: dict[str, Fact]
    checks: tuple[Fact, ...] = ()  # conditions a person must settle ("소득 기준 확인 필요")
    meta: dict = field(default_factory=dict)  # title, municipality, publisher, published, url of the document

    @property
    def title(self) -> str:
        return str(self.facts["name"].value or self.meta.get("title", ""))

    def fact(self, name: str) -> Fact:
        return self.facts.get(name, NO_FACT)

    @property
    def age(self) -> tuple[int | None, int | None]:
        low, high = self.fact("age").value or (None, None)
        return low, high

    @property
    def period(self) -> dict:
        return self.fact("period").value or {"start": None, "end": None, "note": None}

    def missing(self) -> list[str]:
        """Fields the document does not state (what a counselor would have to ask about)."""
        return [name for name in FIELDS if self.fact(name).status == NOT_STATED]

    def to_row(self) -> dict:
        return {
            "program_id": self.program_id, "source": self.source, "document_id": self.document_id,
            "content_hash": self.content_hash, "meta": self.meta,
            "facts": {name: _fact_row(f) for name, f in self.facts.items()},
            "checks": [_fact_row(f) for f in self.checks],
        }

    @classmethod
    def from_row(cls, row: dict) -> ProgramRecord:
        facts = {name: _fact(f) for name, f in row["facts"].items()}
        if isinstance(facts.get("age").value, list):
            facts["age"] = Fact(tuple(facts["age"].value), facts["age"].status, facts["age"].evidence, facts["age"].start)
        return cls(row["program_id"], row["source"], row["document_id"], row["content_hash"], facts,
                   tuple(_fact(f) for f in row.get("checks", [])), row.get("meta", {}))


def _fact_row(fact: Fact) -> dict:
    return {"value": fact.value, "status": fact.status, "evidence": fact.evidence, "start": fact.start}


def _fact(row: dict) -> Fact:
    return Fact(row.get("value"), row.get("status", NOT_STATED), row.get("evidence", ""), row.get("start", -1))


def programs_in(doc: SourceDocument, regions: RegionTable) -> list[ProgramRecord]:
    """Every program `doc` describes ([] for a document that describes none)."""
    sections = ex.sections_of(doc.text)
    if doc.record:
        from assistant.programs.records import record_facts

        facts, checks = record_facts(doc, sections, regions)
        return [_record(doc, doc.source, facts, checks)]
    if _is_page(sections):
        facts, checks = page_facts(doc, sections, regions)
        return [_record(doc, doc.source, facts, checks)]
    from assistant.programs.articles import article_programs

    return [_record(doc, doc.source, facts, checks, n) for n, (facts, checks) in
            enumerate(article_programs(doc, sections, regions))]


def _is_page(sections: Sections) -> bool:
    conditions = {"target", "period", "benefit", "method", "head_count"}
    return len(conditions & set(sections.by_field)) >= MIN_LABELLED_FIELDS


def _record(doc: SourceDocument, source: str, facts: dict, checks: list, n: int | None = None) -> ProgramRecord:
    meta = {key: getattr(doc.meta, key) for key in ("title", "municipality", "publisher", "published", "url")}
    program_id = doc.source if n is None else f"{doc.source}@{n}"
    return ProgramRecord(program_id, source, doc.document_id, doc.content_hash, facts, tuple(checks), meta)


def page_facts(doc: SourceDocument, sections: Sections, regions: RegionTable) -> tuple[dict, list]:
    """The fields of a program page or notice, read from its labelled sections."""
    year = doc.meta.published_year or None
    facts = {
        "name": _name(doc, sections),
        "operator": ex.read_text_field(sections, "operator"),
        "regions": read_regions(sections, doc, regions),
        "age": ex.read_age(sections),
        "employment": ex.read_employment(sections),
        "groups": ex.read_groups(sections),
        "benefit": ex.read_benefit(sections),
        "head_count": ex.read_head_count(sections),
        "period": ex.read_period(sections, year),
        "method": ex.read_text_field(sections, "method"),
        "contact": ex.read_contact(sections),
        "documents": ex.read_text_field(sections, "documents"),
    }
    return facts, ex.read_checks(sections)


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
    names = [n for m in doc.meta.municipality.split(";") if (n := _region_name(m, regions))]
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
            name = _region_name(" ".join(words[i : i + width]), regions) if i + width <= len(words) else None
            if name:
                break
        if name and name not in names:
            names.append(name)
        i += width if name else 1
    return names


def _region_name(text: str, regions: RegionTable) -> str | None:
    region = regions.resolve(text.strip())
    return region.name if region else None


def coverage(programs: list[ProgramRecord]) -> dict[str, float]:
    """Share of programs with each field stated (staff see how much of the catalog is known)."""
    if not programs:
        return {name: 0.0 for name in FIELDS}
    return {name: round(sum(p.fact(name).status != NOT_STATED for p in programs) / len(programs), 3) for name in FIELDS}
