"""What the assistant says besides quoting: refusals and source-age notes, in the question's language."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from assistant.answer.source_notes import KINDS_EN, date_ko, document_kind, ended_period
from assistant.types import Citation


class Refusal(StrEnum):
    """Why an Answer abstains (Answer.reason); a str, so reason == "not_stated" still holds."""

    EMPTY = "empty"  # nothing was typed
    TOO_LONG = "too_long"  # longer than Settings.max_question_chars
    NOT_A_QUESTION = "not_a_question"  # fewer than two letters or digits
    NO_PLACE = "no_place"  # names a place no document mentions
    NOT_STATED = "not_stated"  # on topic, but no passage says it
    OFF_TOPIC = "off_topic"  # nothing in the documents is about it
    NO_MATCH = "no_match"  # the chosen filters leave no document
    NOT_IN_PROGRAM = "not_in_program"  # the question names a program whose document does not say it
    NO_PROGRAM = "no_program"  # the question names a program no document is about (answer/invented.py)


# Refusals an LLM answerer may not override: the question itself, not the passages, is the problem.
HARD_REFUSALS = frozenset(Refusal) - {Refusal.NOT_STATED}
_NOT_MENTIONED = "not_mentioned"  # the text of NOT_STATED when the missing detail is known

# Korean quotes answering an English question are introduced as such.
QUOTING_KOREAN_EN = "The documents (in Korean) say: {body}"
ASK_INSTEAD_KO = "고용노동부 고객상담센터(국번 없이 1350)나 해당 지자체 일자리 담당 부서에 문의해 주세요."
ASK_INSTEAD_EN = "Please ask the Ministry of Employment and Labor call center (1350 in Korea) or the city's job office."
# What to try next when the documents do not say it: ask another way, or let the finder list the programs.
NEXT_STEP_KO = ("다른 말로 물어보시거나(사업 이름과 지역을 함께 쓰면 잘 찾습니다), '맞춤 사업 찾기' 탭에서 나이·지역·상황으로 "
                "신청할 수 있는 사업을 찾아보세요. ")
NEXT_STEP_EN = ("Try asking another way (naming the program and its place helps), or use the '맞춤 사업 찾기' (program finder) "
                "tab to list programs by age, place and situation. ")

REFUSALS_KO = {
    Refusal.EMPTY: "질문을 입력해 주세요. 예: \"고양시 일자리센터는 어떤 일을 하나요?\"",
    Refusal.TOO_LONG: "질문이 너무 깁니다. {limit}자 이내로 줄여서 다시 물어봐 주세요.",
    Refusal.NOT_A_QUESTION: "질문을 이해하지 못했습니다. 지자체 일자리 정책에 대해 한국어나 영어로 물어봐 주세요.",
    Refusal.NO_PLACE: "'{place}'에 대한 자료는 지금 가진 문서에 없습니다. " + NEXT_STEP_KO + ASK_INSTEAD_KO,
    Refusal.NOT_STATED: "제공된 문서에는 그 내용이 나와 있지 않습니다. 추측해서 답하지 않겠습니다. " + NEXT_STEP_KO + ASK_INSTEAD_KO,
    _NOT_MENTIONED: "제공된 문서에는 '{detail}'에 대한 내용이 없습니다. 추측해서 답하지 않겠습니다. " + NEXT_STEP_KO + ASK_INSTEAD_KO,
    Refusal.OFF_TOPIC: "저는 지자체 일자리·취업 정책 문서에 대한 질문에 답합니다. 이 질문은 문서가 다루지 않는 내용이라 답할 수 없습니다. 취업·일자리 상담은 " + ASK_INSTEAD_KO,
    Refusal.NO_MATCH: "선택한 조건(지역·연도)에 맞는 문서가 없습니다. 조건을 바꿔 다시 물어봐 주세요. 그래도 없으면 " + ASK_INSTEAD_KO,
    Refusal.NOT_IN_PROGRAM: "{program} 문서에는 {detail} 내용이 없습니다. 추측해서 답하지 않겠습니다. " + NEXT_STEP_KO + ASK_INSTEAD_KO,
    Refusal.NO_PROGRAM: ("'{detail}'에 해당하는 사업은 제공된 문서에 없습니다. 이름이 비슷한 다른 사업으로 대신 답하지 않겠습니다. "
                         + NEXT_STEP_KO + ASK_INSTEAD_KO),
}
REFUSALS_EN = {
    Refusal.EMPTY: "Please type a question, e.g. \"What does the Goyang job center do?\"",
    Refusal.TOO_LONG: "The question is too long. Please shorten it to {limit} characters or fewer.",
    Refusal.NOT_A_QUESTION: "I could not understand the question. Please ask about municipal job programs in Korean or English.",
    Refusal.NO_PLACE: "The documents I have say nothing about '{place}'. " + NEXT_STEP_EN + ASK_INSTEAD_EN,
    Refusal.NOT_STATED: "The documents do not say that, and I will not guess. " + NEXT_STEP_EN + ASK_INSTEAD_EN,
    _NOT_MENTIONED: "The documents say nothing about '{detail}', and I will not guess. " + NEXT_STEP_EN + ASK_INSTEAD_EN,
    Refusal.OFF_TOPIC: "I answer questions about municipal job and employment programs; the documents do not cover this question. For job counselling, " + ASK_INSTEAD_EN[0].lower() + ASK_INSTEAD_EN[1:],
    Refusal.NO_MATCH: "No document matches the chosen filters (municipality, years). Please change them and ask again, or " + ASK_INSTEAD_EN[0].lower() + ASK_INSTEAD_EN[1:],
    Refusal.NOT_IN_PROGRAM: "The document of {program} does not state {detail}, and I will not guess. " + NEXT_STEP_EN + ASK_INSTEAD_EN,
    Refusal.NO_PROGRAM: ("The documents have no program called '{detail}', and I will not answer with another program "
                         "of a similar name. " + NEXT_STEP_EN + ASK_INSTEAD_EN),
}


def refusal_text(
    reason: Refusal, lang: str = "ko", place: str = "", limit: int = 2000, detail: str = "", program: str = ""
) -> str:
    """The polite refusal for `reason`; `detail` names what the documents (or `program`'s document) never mention."""
    table = REFUSALS_EN if lang == "en" else REFUSALS_KO
    if reason == Refusal.NOT_IN_PROGRAM:
        return table[reason].format(program=program, detail=detail or ("that" if lang == "en" else "그"))
    if reason == Refusal.NOT_STATED and detail:
        return table[_NOT_MENTIONED].format(detail=detail)
    if reason == Refusal.NO_PROGRAM:
        return table[reason].format(detail=detail)
    return table.get(reason, table[Refusal.NOT_STATED]).format(place=place, limit=f"{limit:,}")


# Under "<program> 문서에는 … 없습니다": the page read and its age (a refusal cites nothing, so a note names it)
CHECKED_KO = "확인한 문서: {title} — {age}"
CHECKED_EN = "Document read: {title} — {age}"


def checked_note(title: str, page: Citation, today: dt.date, stale_after_years: int, lang: str = "ko") -> str:
    """The note naming the program page a NOT_IN_PROGRAM refusal read, `title`, with how old it is (source_age)."""
    age = source_age(page, today, stale_after_years, lang)
    return (CHECKED_EN if lang == "en" else CHECKED_KO).format(title=title, age=age)


def introduce_quotes(body: str, lang: str) -> str:
    """An answer made of Korean quotes, introduced as such when the question was English."""
    return QUOTING_KOREAN_EN.format(body=body) if lang == "en" else body


def age_notes(citations: list[Citation], today: dt.date, stale_after_years: int, lang: str = "ko") -> list[str]:
    """One note per cited source: how old it is; older than `stale_after_years`, that it may have changed."""
    notes, seen = [], set()
    for c in citations:
        if c.source not in seen:
            seen.add(c.source)
            notes.append(f"[{c.number}] {source_age(c, today, stale_after_years, lang)}")
    return notes


def source_age(c: Citation, today: dt.date, stale_after_years: int, lang: str = "ko") -> str:
    """How old a source is ("2025년 3월 공고 기준 (…)."), whether its application period has ended, and, older than
    `stale_after_years`, that it may have changed."""
    kind, ended = document_kind(c), ended_period(c, today)
    by = f" ({c.publisher})" if c.publisher else ""  # never the stored file name
    closed = ((f" The application period ended on {ended.isoformat()} (closed)." if lang == "en" else
               f" 신청 기간이 {ended.isoformat()}에 끝났습니다(마감).") if ended else "")
    year = int(c.published[:4]) if c.published[:4].isdigit() else 0
    if not year:
        return (f"작성 시점이 확인되지 않은 {kind}입니다{by}. 현재도 같은지 확인이 필요합니다.{closed}" if lang != "en" else
                f"The {KINDS_EN[kind]}{by} does not say when it was written; check it is still current.{closed}")
    age = today.year - year
    if lang == "en":
        note = f"Based on a {KINDS_EN[kind]} dated {c.published}{by}.{closed}"
        if age > stale_after_years:
            note += f" It is {age} years old: the program may have changed. " + ASK_INSTEAD_EN
    else:
        note = f"{date_ko(c.published)} {kind} 기준{by}.{closed}"
        if age > stale_after_years:
            note += f" {age}년 전 자료라 지금은 사업 내용이 바뀌었을 수 있습니다. 최신 내용은 " + ASK_INSTEAD_KO.replace("문의해 주세요.", "확인하세요.")
    return note
