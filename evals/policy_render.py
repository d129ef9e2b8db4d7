"""Render one policy record as a program page (.md), a notice (.txt) or a .docx notice with a 항목 | 내용 table.

Only what the record says goes in: free text is copied as written, age / period / head count are
rendered from the structured fields in one of several equivalent styles (evals/policy_facts.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evals.policy_facts import PolicyTruth, age_phrase, count_phrase, period_phrase, phrase_style, region_phrase

# label styles per section, one picked by the template variant
LABELS = {
    "overview": ("사업개요", "사업목적", "사업 개요"),
    "target": ("지원대상", "신청자격", "참여대상"),
    "support": ("지원내용", "지원사항", "지원 내용"),
    "scale": ("지원규모", "모집인원", "선발인원"),
    "period": ("신청기간", "접수기간", "모집기간"),
    "method": ("신청방법", "접수방법", "신청 방법"),
    "selection": ("선정방법", "선발방법", "심사방법"),
    "documents": ("제출서류", "구비서류", "제출 서류"),
    "contact": ("문의", "문의처", "문의처"),
}
INSTITUTIONS = (("sprvsnInstCdNm", "주관기관"), ("operInstCdNm", "운영기관"))


@dataclass(frozen=True)
class Section:
    """One labelled part of a program document: (key, label, lines)."""

    key: str
    label: str
    lines: tuple[str, ...]


def _text(record: dict, field: str) -> list[str]:
    return [line.rstrip() for line in str(record.get(field) or "").strip().splitlines() if line.strip()]


def sections(record: dict, truth: PolicyTruth, variant: int) -> list[Section]:
    """The record's parts in document order, each only when the record states it."""
    label = {key: styles[variant % len(styles)] for key, styles in LABELS.items()}
    style = phrase_style(truth)
    age, region = age_phrase(truth, style), region_phrase(truth)
    target = ([f"연령: {age}"] if age else []) + ([f"거주지역: {region}"] if region else [])
    contact = [f"{role}: {record[field].strip()}" for field, role in INSTITUTIONS if str(record.get(field) or "").strip()]
    contact += [f"홈페이지: {truth.url}"] if truth.url else []
    parts = [
        ("overview", _text(record, "plcyExplnCn")),
        ("target", target + _text(record, "addAplyQlfcCndCn")),
        ("support", _text(record, "plcySprtCn")),
        ("scale", [count_phrase(truth, style)] if truth.head_count else []),
        ("period", [period_phrase(truth, style)] if period_phrase(truth, style) else []),
        ("method", _text(record, "plcyAplyMthdCn")),
        ("selection", _text(record, "srngMthdCn")),
        ("documents", _text(record, "sbmsnDcmntCn")),
        ("contact", contact),
    ]
    return [Section(key, label[key], tuple(lines)) for key, lines in parts if lines]


def _bulleted(line: str, bullet: str) -> str:
    """A line with the bullet, unless the record already starts it with a glyph of its own."""
    return line if line.lstrip()[:1] in "○□◯ㅇ-∙※󰏅ㆍ•·⁃*▪▶◦" else f"{bullet}{line}"


def render_markdown(record: dict, truth: PolicyTruth, variant: int) -> str:
    """A program page: '# name', then '## label' sections with bullets (3 layouts)."""
    parts = sections(record, truth, variant)
    lines = [f"# {truth.name}", ""]
    for section in parts:
        if variant % 3 == 2 and len(section.lines) == 1:
            lines += [f"- **{section.label}**: {section.lines[0]}"]
            continue
        heading = "##" if variant % 3 != 1 else "###"
        lines += ["", f"{heading} {section.label}", ""]
        if section.key == "overview" and variant % 3 == 0:
            lines += [f"> {line}" for line in section.lines]
        else:
            lines += [_bulleted(line, "- ") for line in section.lines]
    return "\n".join(lines).strip() + "\n"


def render_notice(record: dict, truth: PolicyTruth, variant: int) -> str:
    """A 공고문: '□ 사업개요', '○ 사업명 :', '○ (지원대상) …', 'ㅇ 신청기간: …' (3 layouts)."""
    parts = sections(record, truth, variant)
    style = variant % 3
    title = (f"「{truth.name}」 공고", f"{truth.name} 안내", f"[{truth.name}] 시행 공고")[style]
    lines = [title, ""]
    if style == 0:
        overview = next((s for s in parts if s.key == "overview"), None)
        lines += ["□ 사업개요", f" ○ 사업명 : {truth.name}"]
        lines += [f" ○ 사업목적 : {' '.join(overview.lines)}", ""] if overview else [""]
        parts = [s for s in parts if s.key != "overview"]
    elif style == 1:
        lines += ["1. 사업명", f"  - {truth.name}"]
    else:
        lines += [f"○ (사업명) {truth.name}"]
    for number, section in enumerate(parts, 2):
        if style == 0:
            lines += [f"□ {section.label}"] + [_bulleted(line, " ㅇ ") for line in section.lines]
        elif style == 1:
            lines += [f"{number}. {section.label}"] + [_bulleted(line, "  - ") for line in section.lines]
        elif len(section.lines) == 1:
            lines += [f"○ ({section.label}) {section.lines[0]}"]
        else:
            lines += [f"○ ({section.label})"] + [_bulleted(line, "  ∙ ") for line in section.lines]
        lines.append("")
    return "\n".join(lines).strip() + "\n"


def write_docx(record: dict, truth: PolicyTruth, variant: int, path: Path) -> None:
    """A notice whose body is a 항목 | 내용 table: 사업명, 지원대상, 지원내용, 신청기간, 신청방법, 문의처 … (3 layouts)."""
    from docx import Document

    parts = sections(record, truth, variant)
    style = variant % 3
    document = Document()
    document.add_heading(truth.name if style != 1 else f"{truth.name} 안내", level=1)
    overview = next((s for s in parts if s.key == "overview"), None)
    if overview and style == 2:
        for line in overview.lines:
            document.add_paragraph(line)
        parts = [s for s in parts if s.key != "overview"]
    header = (("항목", "내용"), ("구분", "내용"), None)[style]
    rows = [("사업명", truth.name)] + [(s.label, "\n".join(s.lines)) for s in parts]
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in ([header] if header else []) + rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    document.save(str(path))
