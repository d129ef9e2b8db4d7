"""Questions that want a shaped answer — several places compared, or a list of what there is — get one;
every other question keeps the best-sentences answer (None here)."""

from __future__ import annotations

import datetime as dt

from assistant.answer.comparison import compare_places
from assistant.answer.composing import compose_sections
from assistant.answer.overview import list_programs
from assistant.language.intents import asks_overview, compares_places
from assistant.language.questions import HARD_TYPES, home_place, one_place
from assistant.types import Answer, Hit


def shaped_answer(question, candidates: list, before, hits: list[Hit], today: dt.date,
                  stale_after_years: int) -> Answer | None:
    """A comparison or an overview answer when the question asks for one and the passages allow it.

    `before(candidate)` gives the sentence just before a candidate, so quotes that refer back bring it.
    """
    # "광주남구 …" is one place; "광주 사는데 전남 …" says where the asker lives
    if compares_places(question) and not one_place(question.places) and not home_place(question):
        sections = compare_places(question, candidates, before)
        return compose_sections(question, sections, hits, today, stale_after_years) if sections else None
    if asks_overview(question, HARD_TYPES):
        listed = list_programs(question, candidates, before)
        if listed:
            intro, items = listed
            return compose_sections(question, items, hits, today, stale_after_years, intro=intro, bullets=True)
    return None
