"""The 지역 filter shared by 질문하기 and 문서 검색: one canonical name per place, and what picking it searches.

The choices come from the 시군구 table (`assistant/language/regions.csv`), so 경기도 수원시 is listed once
whether the documents write 수원시 or 경기도 수원시, and a district name several cities share (중구) is always
written with its city. Picking a place searches every stored name inside it: a province its cities, a city its
districts.
"""

from __future__ import annotations

from assistant.language.regions import load_regions

ALL = "전체"


def place_choices(assistant) -> list[str]:
    """The 지역 filter's choices: 전체, then each place the documents are about, once, by its full name."""
    return [ALL, *load_regions().place_choices(assistant.municipalities())]


def place_filter(assistant, choice: str | None) -> str | None:
    """The chosen place, then the stored municipality names inside it, joined by ';' as the retriever's filter
    reads them (경기도 -> its own documents and its cities'); None for 전체. The chosen name comes first, so a
    reader of the filter that wants one place (the residence a program list is for) takes it."""
    choice = (choice or "").strip()
    if not choice or choice == ALL:
        return None
    names = load_regions().names_within(choice, assistant.municipalities())
    return ";".join(dict.fromkeys([choice, *names]))
