"""The values that flow through the pipeline: document -> chunk -> hit -> citation -> answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class DocumentMeta:
    """What a counselor knows about a source file; empty strings where the text does not say."""

    title: str = ""
    municipality: str = ""
    publisher: str = ""
    published: str = ""  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or ""
    url: str = ""

    @property
    def published_year(self) -> int:
        """The year of publication, 0 when unknown."""
        head = self.published[:4]
        return int(head) if head.isdigit() else 0


@dataclass(frozen=True)
class SourceDocument:
    """One cleaned source file. `source` is its path relative to the ingested folder."""

    document_id: str
    source: str
    text: str
    meta: DocumentMeta
    content_hash: str
    # An exported policy record's structured fields (온통청년 API names, plus "regions": resolved names);
    # empty for documents read from prose. Kept for the program catalog.
    record: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Chunk:
    """A passage of a document; `start`/`end` are character offsets into the cleaned text."""

    chunk_id: str  # "{document_id}:{index}"
    document_id: str
    index: int
    text: str
    start: int
    end: int
    source: str
    meta: DocumentMeta
    section: str = ""  # the heading or label the passage sits under ("지원대상", "□ 신청방법"), "" if none

    def metadata(self) -> dict[str, str | int]:
        """Flat metadata as stored in Chroma (scalars only)."""
        return {
            "chunk_id": self.chunk_id,
            "document_id": self.document_id,
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "source": self.source,
            "title": self.meta.title,
            "municipality": self.meta.municipality,
            "publisher": self.meta.publisher,
            "published": self.meta.published,
            "published_year": self.meta.published_year,
            "url": self.meta.url,
            "section": self.section,
        }

    @classmethod
    def from_metadata(cls, text: str, md: dict) -> Chunk:
        meta = DocumentMeta(
            title=str(md.get("title", "")),
            municipality=str(md.get("municipality", "")),
            publisher=str(md.get("publisher", "")),
            published=str(md.get("published", "")),
            url=str(md.get("url", "")),
        )
        return cls(
            chunk_id=str(md["chunk_id"]),
            document_id=str(md["document_id"]),
            index=int(md["index"]),
            text=text,
            start=int(md["start"]),
            end=int(md["end"]),
            source=str(md["source"]),
            meta=meta,
            section=str(md.get("section", "")),
        )


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and the two scores it was fused from."""

    chunk: Chunk
    score: float
    dense: float = 0.0
    lexical: float = 0.0


@dataclass(frozen=True)
class Choice:
    """One program an answer offers to choose among: what the button says and the program it picks."""

    label: str  # "국민취업지원제도 (제주특별자치도)"
    source: str
    place: str = ""  # where it runs ("전국", "제주특별자치도"): a reply naming only the place picks it

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Citation:
    """Where one [n] in an answer points: the exact passage quoted and its source."""

    number: int
    source: str
    title: str
    municipality: str
    publisher: str
    published: str
    snippet: str
    score: float
    chunk_id: str = ""
    url: str = ""
    passage: str = ""  # the whole retrieved passage the snippet was quoted from

    @classmethod
    def quote(cls, number: int, hit: Hit, snippet: str) -> Citation:
        """Citation [number] quoting `snippet` (exact text of the hit's passage) with its source's metadata."""
        chunk = hit.chunk
        return cls(
            number=number,
            source=chunk.source,
            title=chunk.meta.title,
            municipality=chunk.meta.municipality,
            publisher=chunk.meta.publisher,
            published=chunk.meta.published,
            snippet=snippet,
            score=round(float(hit.score), 4),
            chunk_id=chunk.chunk_id,
            url=chunk.meta.url,
            passage=chunk.text,
        )

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    """An answer with its citations, or a refusal (`abstained`, no citations)."""

    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    notes: tuple[str, ...] = ()  # source age, fallbacks: shown under the answer
    reason: str = ""  # why it abstained: an answer.refusals.Refusal ("not_stated", "off_topic", ...)
    generator: str = "extractive"
    span: str = ""  # the asked value itself ("656명", "2011년 3월") where the answer can point at one
    hits: tuple[Hit, ...] = field(default=(), compare=False, repr=False)
    program: str = ""  # source of the program the answer (or "its document does not say") is about
    choices: tuple[Choice, ...] = ()  # programs the person is asked to choose among, in the order shown

    def to_dict(self) -> dict:
        return {
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "notes": list(self.notes),
            "reason": self.reason,
            "generator": self.generator,
            "span": self.span,
            "program": self.program,
            "choices": [c.to_dict() for c in self.choices],
        }
