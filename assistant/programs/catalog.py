"""Program catalog: one ProgramRecord per program a document describes, every field with its quoted line.

Three kinds of document give programs: an exported record (its structured fields, cited by the
line of the rendered text that states each), a program page or notice (labelled sections), and a
news article that names a program with its conditions (programs/articles.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.language.regions import RegionTable
from assistant.programs import extraction as ex
from assistant.programs.articles import article_programs
from assistant.programs.extraction import NOT_STATED, Fact, Sections
from assistant.programs.pages import page_facts
from assistant.programs.records import record_facts
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
        facts, checks = record_facts(doc, sections, regions)
        return [_record(doc, doc.source, facts, checks)]
    if _is_page(sections):
        facts, checks = page_facts(doc, sections, regions)
        return [_record(doc, doc.source, facts, checks)]
    return [_record(doc, doc.source, facts, checks, n) for n, (facts, checks) in
            enumerate(article_programs(doc, sections, regions))]


def _is_page(sections: Sections) -> bool:
    conditions = {"target", "period", "benefit", "method", "head_count"}
    return len(conditions & set(sections.by_field)) >= MIN_LABELLED_FIELDS


def _record(doc: SourceDocument, source: str, facts: dict, checks: list, n: int | None = None) -> ProgramRecord:
    meta = {key: getattr(doc.meta, key) for key in ("title", "municipality", "publisher", "published", "url")}
    if doc.record.get("snapshotDate"):  # a portal export's 기준일: the day its records were read
        meta["as_of"] = str(doc.record["snapshotDate"])
    program_id = doc.source if n is None else f"{doc.source}@{n}"
    return ProgramRecord(program_id, source, doc.document_id, doc.content_hash, facts, tuple(checks), meta)


def coverage(programs: list[ProgramRecord]) -> dict[str, float]:
    """Share of programs with each field stated (staff see how much of the catalog is known)."""
    if not programs:
        return {name: 0.0 for name in FIELDS}
    return {name: round(sum(p.fact(name).status != NOT_STATED for p in programs) / len(programs), 3) for name in FIELDS}
