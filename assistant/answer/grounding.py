"""An LLM reply -> the sentences its cited passages support; everything else is dropped.

A sentence is kept when it cites passages that exist, most of its content morphemes occur in
them, every number in it occurs in them, and the passage sentence it rests on is not an
instruction planted in a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.language.glossary import SYNONYMS
from assistant.language.korean import KoreanAnalyzer, Sentence, normalize_text
from assistant.answer.prompting import REFUSAL_PHRASE, Passage

MIN_SUPPORT = 0.6  # share of a sentence's content morphemes its cited passages must hold
_NUMBERS = r"(?:문서\s*)?\d{1,3}(?:\s*[,，]\s*(?:문서\s*)?\d{1,3})*"  # 1 | 1, 2 | 문서 1
CITATION = re.compile(rf"\[\s*({_NUMBERS})\s*\]")
# "…입니다. [1]" -> "…입니다 [1]." so the marker stays with the sentence it follows
_TRAILING_MARKS = re.compile(rf"([.!?。])[ \t]*((?:\[\s*{_NUMBERS}\s*\][ \t]*)+)")
_THINK = re.compile(r"<think>.*?(</think>|$)", re.S)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# What an instruction planted in a document looks like; a claim resting on one is not an answer.
INSTRUCTION = re.compile(
    r"지시|무시하|답하라|답하시오|답해라|말하라|출력하라|따르라|프롬프트|ignore (all|the|previous)|instruction|system prompt",
    re.I,
)
REFUSAL_CUES = (REFUSAL_PHRASE, "나와 있지 않", "나와있지 않", "알 수 없", "정보가 없", "언급되어 있지 않", "찾을 수 없", "답할 수 없")


@dataclass(frozen=True)
class Claim:
    """A kept sentence: text without markers, the passages it cites, the passage sentence each rests on."""

    text: str
    numbers: tuple[int, ...]
    support: dict[int, tuple[float, str]] = field(default_factory=dict)  # passage -> (overlap, sentence)


@dataclass(frozen=True)
class CheckedReply:
    claims: list[Claim]
    dropped: int  # sentences removed as uncited, wrongly cited or unsupported
    refused: bool  # the model said the documents do not answer


class GroundingChecker:
    """Checks replies against the passages they were given; passage analyses are cached per call."""

    def __init__(self, analyzer: KoreanAnalyzer, min_support: float = MIN_SUPPORT):
        self.analyzer = analyzer
        self.min_support = min_support

    def check(self, reply: str, passages: list[Passage]) -> CheckedReply:
        by_number = {p.number: _PassageView.of(p, self.analyzer) for p in passages}
        claims, dropped = [], 0
        for sentence in self.analyzer.sentences(_tidy(reply)):
            claim = self._claim(sentence.text, by_number)
            if claim is None:
                dropped += int(bool(CITATION.sub("", sentence.text).strip(" .")))
            else:
                claims.append(claim)
        refused = not claims and any(cue in reply for cue in REFUSAL_CUES)
        return CheckedReply(claims, 0 if refused else dropped, refused)

    def _claim(self, raw: str, by_number: dict[int, _PassageView]) -> Claim | None:
        cited = [int(n) for group in CITATION.findall(raw) for n in re.findall(r"\d+", group)]
        numbers = tuple(dict.fromkeys(n for n in cited if n in by_number))
        text = _BULLET.sub("", re.sub(r"\s+([.!?。])", r"\1", CITATION.sub("", raw))).strip()
        if not numbers or len(numbers) < len(set(cited)) or not text:
            return None  # uncited, or citing a passage that was never given
        terms = set(self.analyzer.terms(text))
        views = [by_number[n] for n in numbers]
        if not terms or not _numbers_in(text, views):
            return None
        held = set().union(*(v.terms for v in views))
        if sum(_has(held, t) for t in terms) / len(terms) < self.min_support:
            return None
        support = {n: by_number[n].best_sentence(terms) for n in numbers}
        if any(INSTRUCTION.search(s) for _, s in support.values()):
            return None  # repeats an instruction planted in a document
        return Claim(text, numbers, support)


@dataclass
class _PassageView:
    """A passage's sentences and morphemes (metadata included: "수원시는…" may rest on the title)."""

    sentences: list[tuple[Sentence, set[str]]]
    terms: set[str]
    numbers: set[str]

    @classmethod
    def of(cls, passage: Passage, analyzer: KoreanAnalyzer) -> _PassageView:
        meta = passage.hit.chunk.meta
        header = f"{meta.title} {meta.municipality.replace(';', ' ')} {meta.publisher} {meta.published}"
        sentences = [(s, set(analyzer.terms(s.text))) for s in analyzer.sentences(passage.shown)]
        terms = set(analyzer.terms(header)).union(*(t for _, t in sentences))
        numbers = set(_NUMBER.findall(normalize_text(f"{header} {passage.shown}")))
        return cls(sentences, terms, numbers)

    def best_sentence(self, terms: set[str]) -> tuple[float, str]:
        """The passage sentence holding most of `terms` (an exact substring of the passage)."""
        scored = [(sum(_has(t, x) for x in terms) / len(terms), s.text.strip()) for s, t in self.sentences]
        return max(scored, key=lambda x: x[0], default=(0.0, ""))


def _tidy(reply: str) -> str:
    """Drop reasoning blocks and pull markers written after the full stop back into their sentence."""
    text = _THINK.sub("", reply)
    return _TRAILING_MARKS.sub(lambda m: f" {m.group(2).strip()}{m.group(1)} ", text)


def _numbers_in(text: str, views: list[_PassageView]) -> bool:
    """Every figure in the sentence occurs in a cited passage ("1만 1천명" matches "11,000명")."""
    held = set().union(*(v.numbers for v in views))
    return all(n in held for n in _NUMBER.findall(normalize_text(text)))


def _has(terms: set[str], term: str) -> bool:
    return term in terms or bool(SYNONYMS.get(term, set()) & terms)
