"""The lines shown beside the one that answers: the heading naming its kind, the rest of a list it starts, a
second contact, the exception right after a condition, and a line saying where to ask."""

from __future__ import annotations

from assistant.answer.fields import FieldMatch, label_strength
from assistant.documents.structure import Unit
from assistant.language.asking import DIRECTS_ENQUIRY, EXCEPTION_LINE
from assistant.language.fields import LABEL_KINDS

LIST_KINDS = {"apply", "documents"}  # answered with the steps or items listed under their heading
# Field kinds whose line still belongs to such a list: where to go is part of how to apply ("방문접수 : 태안군청 …" then
# "(주소) … (태안군청 3층 경제진흥과)")
IN_LIST = {"apply": ("place",)}
MAX_LIST_LINES = 4


def heading_of(units: list[Unit], unit: Unit) -> Unit | None:
    """The heading or bare label a unit sits under, when that is what names its kind."""
    before = [u for u in units if u.end <= unit.start and u.kind in ("heading", "label", "field")]
    return next((u for u in reversed(before) if u.label == unit.section and u.kind != "field"), None)


def companions(units: list[Unit], found: list[FieldMatch]) -> list[Unit]:
    """Lines that complete the best one: the next steps of a how-to-apply or documents list under the same
    heading (or the ways a labelled one names, each with where it goes: "신청방법: 방문 또는 이메일 신청" then "방 문:
    남구청 일자리정책과 …", "e-mail: …"), or a second contact field ("주관기관" and "운영기관")."""
    best = found[0]
    if best.kind in LIST_KINDS:
        after = [u for u in units if u.start > best.unit.start]
        run = []
        for u in after:
            if u.section != best.unit.section or u.kind in ("heading", "label") or len(run) >= MAX_LIST_LINES:
                break
            others = [k for k in LABEL_KINDS if k != best.kind and k not in IN_LIST.get(best.kind, ())]
            if u.label and any(label_strength(u.label, k) for k in others):  # "□ 문의: …"
                break
            run.append(u)
        return run
    if best.kind == "contact":
        second = found[1:2]
        return [m.unit for m in second if m.kind == "contact" and m.unit.label not in ("", best.unit.label)]
    return []


def with_exceptions(units: list[Unit], shown: list[Unit]) -> list[Unit]:
    """The shown lines, each condition followed by the line making an exception to it when that comes right after it
    in the document ("미취업자 대상(고용보험 미가입자)" then "단, 고용보험 가입되어 있더라도 … 신청 가능")."""
    following = {id(u): after for u, after in zip(units, units[1:])}
    out = []
    for unit in shown:
        out.append(unit)
        after = following.get(id(unit))
        if after is not None and EXCEPTION_LINE.match(after.text.strip()) and all(after is not u for u in shown):
            out.append(after)
    return out


def enquiry_lines(units: list[Unit], shown: list[Unit]) -> list[Unit]:
    """The first line not shown that directs enquiries somewhere ("참여를 희망하는 학교가 인근 …센터에 문의")."""
    return next(([u] for u in units if u.answers and u not in shown and DIRECTS_ENQUIRY.search(u.text)), [])
