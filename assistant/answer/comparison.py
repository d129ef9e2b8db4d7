"""A question naming several places -> one fact per place, each cited, of the same kind (a result against a
result, not a target against a result); a place whose documents do not say gets a line saying so."""

from __future__ import annotations

import re

from assistant.answer.composing import Section
from assistant.answer.quoting import with_antecedents
from assistant.language.discourse import reads_as_statement
from assistant.language.figures import (
    AWARD, FIGURE, FIGURE_QUESTION, RESULT, TARGET, asked_kind, figure_kind, figure_of, states_kind, states_rank,
)
from assistant.language.regions import SUFFIXED_PLACE

MIN_PLACE_COVERAGE = 0.36  # share of the question (places aside) a sentence must hold to answer for its place...
PLACE_COVERAGE_SHARE = 0.5  # ...or this share of the best place's sentence, when the question's words are rare
SECOND_SHARE = 0.85  # a place's next sentence of the asked kind joins when it scores this share of its first
GAP_KO = {RESULT: "실적이", TARGET: "목표가", AWARD: "수상 내용이", "": "내용이"}
GAP_EN = {RESULT: "no result", TARGET: "no target", AWARD: "no award", "": "nothing"}


def compare_places(question, candidates: list, before) -> list[Section] | None:
    """One section per place the question names, in its order; None when no place has an answer."""
    places = list(question.places)
    best = max((c.coverage for c in candidates if reads_as_statement(c.sentence.text)), default=0.0)
    floor = min(MIN_PLACE_COVERAGE, PLACE_COVERAGE_SHARE * best)
    pools = {p: _pool(candidates, p, [o for o in places if o != p], floor) for p in places}
    wanted = asked_kind(question.text)
    if not wanted:  # a target against a result is no comparison: results win when both turn up
        kinds = {figure_kind(pool[0].sentence.text) for pool in pools.values() if pool}
        wanted = RESULT if {TARGET, RESULT} <= kinds else ""
    figure = figure_of(question.text) if FIGURE_QUESTION.search(question.text) and wanted != AWARD else None
    sections = []
    for place in places:
        run = _pick(pools[place], wanted, figure, before)
        label = _label(place, run[-1] if run else None, candidates)
        if run:
            sections.append(Section(label, run))
        else:
            sections.append(Section("", line=_gap(label, wanted, question.lang)))
    return sections if any(s.quotes for s in sections) else None


def _pool(candidates: list, place: str, others: list[str], floor: float) -> list:
    """Sentences about `place` that answer enough of the question, best first."""
    def about(c) -> bool:
        text = c.sentence.text
        if place in text:
            return True
        if any(o in text for o in others):
            return False
        meta = c.hit.chunk.meta
        return place in meta.municipality or place in meta.title

    pool = [c for c in candidates if c.coverage >= floor and c.coverage > 0 and about(c)
            and reads_as_statement(c.sentence.text)]  # a caption ("▲ … 대상수상") states no fact
    return sorted(pool, key=lambda c: -c.score)


def _pick(pool: list, wanted: str, figure: re.Pattern | None, before) -> list | None:
    """The best sentence of the wanted kind (with what it refers back to); never one of the other kind.

    A next sentence of that kind that scores nearly as well joins it: what a place did is often told in two
    ("31곳을 발굴해…", "지정서를 전달하고…"). When a figure is wanted, sentences with one in the asked unit
    (a count, a share) come first.
    """
    if wanted != AWARD:  # "어떻게 지원했나요?": what a place did, not the prize it won for it ("최우수구로 선정된 …")
        pool = sorted(pool, key=lambda c: states_rank(c.sentence.text))  # stable: score order within
    if figure is not None:
        pool = sorted(pool, key=lambda c: not figure.search(c.sentence.text))  # stable: score order within
    runs = _fitting(pool, wanted, figure, before)
    first = next(runs, None)
    if first is None:
        return None
    shown = {c.sentence.text for c in first}
    for run in runs:
        if run[-1].score < SECOND_SHARE * first[-1].score:
            break
        if run[-1].sentence.text not in shown:
            return first + [c for c in run if c.sentence.text not in shown]
    return first


def _fitting(pool: list, wanted: str, figure: re.Pattern | None, before):
    """Each sentence of the pool that states the wanted kind, in order, with what it refers back to."""
    for c in pool:
        kind = figure_kind(c.sentence.text)
        if wanted == AWARD:
            if not states_kind(c.sentence.text, AWARD):
                continue  # "무슨 상 받았어?": the sentence saying which award, not one describing the award
        elif figure is not None and (not FIGURE.search(c.sentence.text) or wanted and kind != wanted):
            continue  # a figure of the other kind, or none, is no answer to "더 많이 만들었어?"
        elif wanted and kind and kind != wanted:
            continue
        run = with_antecedents(c, before)
        if run:
            yield run


def _label(place: str, chosen, candidates: list) -> str:
    """The place as the documents spell it ("수원" -> "수원시", "마포" -> "마포구")."""
    sources = ([chosen] if chosen else []) + list(candidates)
    for c in sources:
        for name in c.hit.chunk.meta.municipality.split(";"):
            if name.strip().startswith(place):
                return name.strip()
        found = re.search(SUFFIXED_PLACE.format(stem=re.escape(place)), c.sentence.text)
        if found:
            return found.group(0)
    return place


def _gap(label: str, wanted: str, lang: str) -> str:
    if lang == "en":
        return f"The documents about {label} give {GAP_EN[wanted]} on this."
    return f"{label} 문서에는 이 질문에 맞는 {GAP_KO[wanted]} 없습니다."
