"""A question naming a program the documents lack ("울산 남구 청년 운전면허 취득비 지원사업은 얼마?" where only a
자격증 응시료 program of 남구 exists): the answer found for it quotes a neighbour, so it is refused as naming no
program the documents have.

The name is the run of nouns a question writes between a place it names and a head of a kind of aid ("… 지원",
"… 양성 사업"); the words of that run that say which program it is (not "청년", "지원") must each be on the page of
the program the answer cites first, as written, in another written form, shortened as people say it, or within
a slip of a word of the page. A described program ("세종시에서 … 돌려주는 사업") writes no such run and is left
as it is.
"""

from __future__ import annotations

import re

from assistant.answer.unstated import written_forms
from assistant.answer.refusals import Refusal, refusal_text
from assistant.index.titles import Program
from assistant.language.korean import STOP_TERMS, KoreanAnalyzer
from assistant.language.names import AID_HEADS, MINISTRY_SHORTHANDS, NAME_SHORTHANDS, PLAIN_NAME_WORDS
from assistant.language.questions import Question
from assistant.language.spelling import closest, key_slips, slip_held, words_of
from assistant.types import Answer

SHORTENED_LENGTH, SHORTENED_GAP = 5, 3  # a shortened name keeps this many syllables; this many dropped between
PARTICLE = re.compile(r"(은|는|이|가|을|를|의|에|도|로|으로|에서|이랑|랑|하고|요)$")
UNSPACED = re.compile(r"[\s·ㆍ‧\-/]")  # "취·창업", "취 창업" and "취창업" are one word on a page


def invented_name(question: Question, program: Program, page: str, analyzer: KoreanAnalyzer) -> str:
    """The program name the question writes ("청년 운전면허 취득비 지원사업") when a word of it that says which
    program it is is nowhere on `page` (the cited program's title and passages), as written, in another written form,
    a slip of a page word or a longer page word shortened as people shorten names ("여성새일센터": 여성새로일하기센터);
    "" when the question writes no such name or the page holds every word of it."""
    place, name = _placed_name(question, analyzer)
    if not name:
        return ""
    compact = UNSPACED.sub("", f"{program.title} {page}").lower()
    vocabulary: set[str] | None = None
    for written in name:
        word = _without_head(written)
        if _held(word.lower(), compact) or _shortened(written.lower(), compact):
            continue
        for term in analyzer.terms(word):
            if len(term) < 2 or term in PLAIN_NAME_WORDS or term in STOP_TERMS or _held(term, compact):
                continue
            vocabulary = vocabulary if vocabulary is not None else words_of(compact)
            if closest(term, vocabulary) is None:  # no slip of a word the page writes ("성공페키지")
                return " ".join(place + name)
    return ""


def _shortened(word: str, compact: str) -> bool:
    """Whether the word is a longer word of the page shortened as people shorten names, keeping its first two and
    last two syllables and some syllables between in order ("여성새일센터": 여성새로일하기센터)."""
    if len(word) < SHORTENED_LENGTH or not re.fullmatch(r"[가-힣]+", word):
        return False
    middle = "".join(f"[가-힣]{{0,{SHORTENED_GAP}}}{re.escape(c)}" for c in word[2:-2])
    pattern = f"{re.escape(word[:2])}{middle}[가-힣]{{1,{SHORTENED_GAP}}}{re.escape(word[-2:])}"
    return re.search(pattern, compact) is not None


def _placed_name(question: Question, analyzer: KoreanAnalyzer) -> tuple[list[str], list[str]]:
    """The first name the question writes right after a place it names, as (the place's words, the name's words up
    to its head words, particles cut): (["울산", "남구"], ["청년", "운전면허", "취득비", "지원사업"]); ([], []) when
    it writes none."""
    if not question.places:
        return [], []
    tokens = question.text.replace(",", " , ").split()
    for at, token in enumerate(tokens):
        stem = PARTICLE.sub("", re.sub(r"[^가-힣A-Za-z0-9]", "", token))
        if not _headed(stem):
            continue
        start = at
        while start > 0 and _noun(tokens[start - 1], analyzer) and not _place(tokens[start - 1], question.places):
            start -= 1
        if 0 < start < at + (stem not in AID_HEADS) and _place(tokens[start - 1], question.places):
            first = start - 1
            while first > 0 and _place(tokens[first - 1], question.places):
                first -= 1
            place = [PARTICLE.sub("", t) for t in tokens[first:start]]
            return place, tokens[start:at] + [stem] + _heads_after(tokens[at + 1:])
    return [], []


def _heads_after(tokens: list[str]) -> list[str]:
    """The words that go on naming the kind of aid after a head ("취득비" + "지원사업", "양성" + "일자리 사업")."""
    stems = [PARTICLE.sub("", re.sub(r"[^가-힣A-Za-z0-9]", "", t)) for t in tokens]
    end = 0
    while end < len(stems) and (_headed(stems[end]) or stems[end] in PLAIN_NAME_WORDS):
        end += 1
    while end and not _headed(stems[end - 1]):
        end -= 1
    return stems[:end]


def _headed(stem: str) -> bool:
    return any(stem.endswith(head) for head in AID_HEADS)


def _without_head(stem: str) -> str:
    """"자격취득지원" -> "자격취득": the word without the kind of aid it ends in."""
    head = next((h for h in AID_HEADS if stem.endswith(h)), "")
    return stem[: len(stem) - len(head)]


def _noun(token: str, analyzer: KoreanAnalyzer) -> bool:
    """Whether a word is nouns only ("반려동물미용사"), not a verb, a clause or a number ("27살인데", "다니는")."""
    return bool(re.fullmatch(r"[가-힣A-Za-z]+", token)) and "".join(analyzer.terms(token)) == token.lower()


def _place(token: str, places: tuple[str, ...]) -> bool:
    return any(token.startswith(place) for place in places)


def _held(word: str, compact: str) -> bool:
    """Whether the page writes the word, in any of its forms, or one vowel or doubled key off ("신쳥": 신청)."""
    if not word:
        return True
    forms = (*written_forms(word), *NAME_SHORTHANDS.get(word, ()), *MINISTRY_SHORTHANDS.get(word, ()))
    return (any(form.lower() in compact for form in forms) or slip_held(word, compact)
            or any(slip in compact for slip in key_slips(word)))


def unless_invented(answer: Answer, question: Question, programs, analyzer: KoreanAnalyzer) -> Answer:
    """`answer`, or the refusal that the documents have no such program when the question names one whose words the
    page of the program the answer cites first lacks, or of the program a refusal says does not state it ("해운대구
    청년취업 멘토링 콘서트 문서에는 …" for a 서핑강사 양성 사업). `programs` is the generation's ProgramAnswerer."""
    if question.lang != "ko":
        return answer
    if answer.abstained:
        source = answer.program if answer.reason == Refusal.NOT_IN_PROGRAM else ""
    else:
        source = answer.citations[0].source if answer.citations else ""
    program = programs.titles.at(source) if source else None
    if program is None:
        return answer
    name = invented_name(question, program, " ".join(programs.chunks[row].text for row in program.rows), analyzer)
    if not name:
        return answer
    text = refusal_text(Refusal.NO_PROGRAM, question.lang, detail=name)
    return Answer(question.original, text, True, reason=Refusal.NO_PROGRAM)
