"""A contact question the documents cannot answer ("거기 전화번호는요?") -> the refusal, plus what the
documents do have: a link in the passage or in its source's metadata, and the office they name."""

from __future__ import annotations

from dataclasses import replace

from assistant.language.names import URL, departments, program_names
from assistant.types import Answer, Hit

POINTER_HITS = 3  # passages (best first) whose links and offices are offered
MAX_POINTERS = 3


def contact_pointers(hits: list[Hit]) -> list[str]:
    """"고양 일자리센터: http://…" lines from the best passages, each naming its source."""
    out: list[str] = []
    for rank, hit in enumerate(hits[:POINTER_HITS]):
        chunk = hit.chunk
        source = ", ".join(x for x in (chunk.meta.publisher, chunk.meta.published, chunk.meta.title) if x)  # no file name
        found = [f"{_name_before(chunk.text, m.start())}{m.group(0)}" for m in URL.finditer(chunk.text)]
        if chunk.meta.url:
            found.append(chunk.meta.url)
        if rank == 0:
            found += departments(chunk.text)
        out += [f"{item} ({source})" if source else item for item in found]
    return list(dict.fromkeys(out))[:MAX_POINTERS]


def with_pointers(refusal: Answer, pointers: list[str], lang: str) -> Answer:
    """The refusal followed by the pointers, or unchanged when there are none."""
    if not pointers:
        return refusal
    lead = "What the documents do give instead:" if lang == "en" else "대신 문서에 나온 연락 경로:"
    return replace(refusal, text=f"{refusal.text} {lead} " + "; ".join(pointers))


def _name_before(text: str, at: int) -> str:
    """The program or center named just before a link ("고양 일자리센터(http://…)"), as "name: "."""
    line_start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    names = program_names(text[line_start:at])
    return f"{names[-1]}: " if names else ""
