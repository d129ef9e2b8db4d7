"""What a question asks that a program's page never writes.

A detail asked by name ("면접수당 얼마예요?") that the page never uses in any of its written forms is
not stated there: the program's answer is "its document does not say", not another line — unless the calibrated
reader is sure of a line all the same, and then the answer says the page never writes that word. The
words of a question that a page never uses also tell that search found another program than the
one meant ("임차보증금 이자" on a page about 월세).
"""

from __future__ import annotations

import re

from assistant.index.titles import names_part
from assistant.language.asking import COUNTING_WORDS, EVERYDAY_FORMS, SPAN_FRAME, written_apart
from assistant.language.fields import (
    ASKED_REQUIRED,
    ASKED_WHETHER,
    ASKED_WORD,
    DETAIL_SYNONYMS,
    FRAME_WORDS,
    LABEL_KINDS,
    writes_form,
)
from assistant.language.korean import STOP_TERMS, KoreanAnalyzer, normalize_numbers
from assistant.language.questions import TYPE_NOUNS, Question, unknown_terms
from assistant.language.spelling import ENDING_SYLLABLES, key_slips, slip_held

FIELD_WORDS = {w for names in LABEL_KINDS.values() for w in names} | FRAME_WORDS
SENTENCE_END = re.compile(r"[?？.!]+")
WHOLE_NUMBER = re.compile(r"\d+")
POLITE_ENDINGS = set("요여용유죠까")  # how a polite question's closing word ends, typed right or a key off
SUM_SUFFIX = "액"  # the sum of a thing: "한도액" is the 한도's figure, "지원액" the 지원's
MAX_CLOSING = 5  # syllables of a closing word read as a verb and its ending ("지원되나요")


class UnstatedWords:
    """Reads which of a question's words a program's page never writes (with the analyzer's morphemes)."""

    def __init__(self, analyzer: KoreanAnalyzer):
        self.analyzer = analyzer

    def missing_details(self, question: Question, title: str, text: str) -> tuple[str, str]:
        """The detail the question asks about ("면접수당") when the program's document never mentions it, as
        (surest, any): the surest is a noun right before the question word ("면접수당 얼마"); any is also
        another question word the document lacks. "" when there is none."""
        compact = (text + title).replace(" ", "")

        def written(term: str) -> bool:  # the page writes it, or a word for it, or writes it apart ("사진촬영비" for 사진비)
            return (any(writes_form(t, compact) for t in written_forms(term))
                    or written_apart(term, compact))

        def known(term: str) -> bool:  # written otherwise, or misspelt by a vowel or final ("신쳥"), or by a stroke
            # too many ("냐이" for 나이, "매딸" for 매달), or a written word with an ending Kiwi took for part of the noun
            # ("임대면 몇 년": 임대 + 면), or a sum of a thing the page writes ("한도액": "1인 8,000천원 한도"): not lacking
            return (written(term) or slip_held(term, compact) or any(written(w) for w in key_slips(term))
                    or (len(term) > 2 and (term[-1] in ENDING_SYLLABLES or term[-1] == SUM_SUFFIX) and written(term[:-1])))

        said = [*ASKED_WORD.findall(question.text), *ASKED_WHETHER.findall(question.text),
                *ASKED_REQUIRED.findall(question.text)]
        # a noun naming the kind of value ("날짜가 언제") asks that kind, not a detail the page must name
        asked = [w for w in said if not known(w) and self._is_noun(w) and w not in COUNTING_WORDS | TYPE_NOUNS]
        # a field's own name ("지원금") is the asked kind; a word of the name, however misspelt, is the program
        first = lambda words: next((w for w in words if not frames(w) and not names_part(w, title)), "")  # noqa: E731
        # a sentence's closing word is its verb and ending, however slipped ("됑여", "나왕여", "어디애용"): no detail
        endings = closing_words(question.text)
        spans = {"동안"} if SPAN_FRAME.search(question.text) else set()  # "2년 동안은": a span stated, no detail
        unknown = [t for t in unknown_terms(question, self.analyzer, known)
                   if not any(t in w for w in endings) and t not in spans]
        return first(asked), first(unknown + asked)

    def foreign_words(self, question: Question, title: str, text: str) -> tuple[list[str], list[str]]:
        """The question's content words, and those of them the program's page never uses in any of their written
        forms."""
        compact = (text + title).replace(" ", "").lower()
        # a sum is read as the question's ("1,000만원" is the 10000000 of "1000만원"), a whole number ("10000000" holds
        # no 1000000)
        sums = set(WHOLE_NUMBER.findall(normalize_numbers(text + title)))
        content = content_words(question)
        return content, [t for t in content if not (t in sums if t.isdigit() else
                                                    any(writes_form(f.lower(), compact) for f in written_forms(t)))]

    def unwritten_asked_nouns(self, question: Question, title: str, text: str) -> tuple[list[str], list[str]]:
        """The one-morpheme content words the question asks with beside the program's name (a noun, "숙소" of "… 숙소도
        제공되나요?", or a verb's stem, "다니" of "다니면서"), and those of them the program's page never writes in any of
        their forms."""
        name = title.replace(" ", "").lower()
        content, foreign = self.foreign_words(question, title, text)
        asked = [w for w in content if w.lower() not in name and self._is_noun(w)]
        return asked, [w for w in foreign if w in asked]

    def thing_named(self, question: Question, words: list[str]) -> str:
        """The last of the words the question writes as a thing (`KoreanAnalyzer.things`): not a verb's stem ("다니" of
        "다니면"), a number ("30" of "30살") nor a noun made a verb ("제공" of "제공돼요", "제공 돼요": whether it is
        done), unless it names nothing else ("잡케어 해야되나요": 케어, the verb spaced apart); "" when it names none (an
        English question's words are the glossary's Korean, so the last of them)."""
        if question.lang != "ko":
            return words[-1] if words else ""
        for joined_only in (False, True):
            things = self.analyzer.things(question.text, joined_only)
            if thing := next((w for w in reversed(words) if w.lower() in things), ""):
                return thing
        return ""

    def _is_noun(self, word: str) -> bool:
        """Whether a word is content morphemes only ("면접수당"), not with a particle or a verb ("한달에"), nor an
        adverb ("정확히 언제", "대략 얼마": how exactly it is asked, not what)."""
        return (word not in STOP_TERMS and "".join(self.analyzer.terms(word)) == word.lower()
                and not any(t.tag.startswith("MA") for t in self.analyzer.tokens(word)))


def closing_words(text: str) -> list[str]:
    """The word that closes each sentence of a question when it ends as a polite question does ("…돼요?", "…나왕여?",
    "어디애용"): a verb and its ending, not a thing asked of ("면접수당은?" ends otherwise)."""
    words = [piece.split()[-1] for piece in SENTENCE_END.split(text) if piece.split()]
    return [w for w in words if len(w) <= MAX_CLOSING and w[-1] in POLITE_ENDINGS]


def content_words(question: Question) -> list[str]:
    """What the question says of its subject: its content words, not its places nor the words that frame a
    question ("신청", "문의", "얼마")."""
    return [t for t in question.terms if len(t) >= 2 and t not in question.places and t not in FIELD_WORDS
            and t not in STOP_TERMS]


def written_forms(term: str) -> tuple[str, ...]:
    """A word and the other ways a document writes it ("월급": "인건비"; "알바": "아르바이트")."""
    return (term, *DETAIL_SYNONYMS.get(term, ()), *EVERYDAY_FORMS.get(term, ()))


def frames(word: str) -> bool:
    """Whether a word is part of a field's name or a frame word ("지원금", "신청"), or two frame words written as one
    ("나이제한", "신청마감"), or a frame word's 일 written 날 ("마감날"): the asked kind, not a detail. Not two words of
    field names ("심사일정", "선발기간"), which name a detail a page may lack."""
    if any(word in field for field in FIELD_WORDS):
        return True
    if word.endswith("날") and word[:-1] + "일" in FRAME_WORDS:
        return True
    return any(word[:cut] in FRAME_WORDS and word[cut:] in FRAME_WORDS for cut in range(2, len(word) - 1))
