"""Hits -> a grounded extractive Answer: the one to three source sentences that answer, each cited, or a refusal."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace

from assistant.documents.structure import names_a_topic
from assistant.language.glossary import SYNONYMS
from assistant.language.korean import KoreanAnalyzer, Sentence, normalize_text
from assistant.answer.refusals import Refusal, age_notes, introduce_quotes, refusal_text
from assistant.answer.quoting import self_contained, sentence_after_in, sentence_before_in, shown
from assistant.answer.shapes import shaped_answer
from assistant.language.asking import asked_kinds, asked_kinds_en, line_fits
from assistant.language.conditions import STATED_LIMIT
from assistant.language.english import unread_words
from assistant.language.names import SINGLE_QUOTED_NAME
from assistant.language.discourse import ANAPHORA, STATEMENT_OR_STOP_END, continues_quote, quote_openings_moved
from assistant.language.questions import FACT_PATTERNS, HARD_TYPES, SPAN_PATTERNS, TYPE_WORDS, Question, count_pattern
from assistant.types import Answer, Citation, Hit

MIN_COVERAGE = 0.45  # share of the question's (idf-weighted) terms the best sentence must hold
MIN_SAYING_COVERAGE = 0.35  # ... when the sentence itself holds words of what the question says about its subject
MIN_TYPED_COVERAGE = 0.35  # ... when the sentence also holds the kind of value asked for (a count, a date)
MIN_OWN_UNSAID = 0.2  # ... and holds no word of what the question says of its subject: its own share of the question
MAX_SENTENCES = 3
HEADING_PENALTY = 0.3
PHRASE_BONUS = 0.1  # per pair of adjacent question terms written together in the sentence ("청년일자리")
ALSO_TYPED = 0.85  # further sentences holding the asked kind of value join when this close to the best
OTHER_PLACE_SHARE = 0.7  # "어느 지역이…?": another document's sentence joins at this share of the best's coverage
CONTEXT_CREDIT = 0.5  # a question term only the sentences before (or the title) hold counts this much
ANAPHORA_CREDIT = 0.9  # ... when the sentence refers back to them ("이를 통해 656명이…")
OTHER_FIGURE_FACTOR = 0.5  # coverage kept when the question names a figure (a year) the sentence is not about
UNPLACED_FIGURE_FACTOR = 0.8  # ... when the sentence names no figure of that form, and its passage none either
RETRIEVAL_WEIGHT = 0.25  # what the passage's retrieval score, relative to the best, adds
RANK_PENALTY = 0.02  # taken off per place the passage is below the first
TYPED_BONUS = 0.3  # a typed question ("몇 명"): the sentence holds that kind of value
UNTYPED_PENALTY = 0.15  # ... or does not
STATED_LIMIT_BONUS = 0.25  # an eligibility question: the sentence states a limit (STATED_LIMIT)
RESTATES_PENALTY = 0.5  # a sentence that only repeats the question's (and its title's) words tells nothing new ...
NEW_WORDS_WANTED = 2  # ... it loses the penalty's share for each word it adds, up to this many
# the share of the question's character pairs the sentence holds, written as the question writes them: the
# answering sentence repeats the question's phrases with their endings ("첫 시그네처 기타는"), which its
# morphemes alone do not tell apart from a sentence that only names the same things
# (the weight fitted on part of KorQuAD's tune half, checked on the rest)
SURFACE_WEIGHT = 0.85


@dataclass
class Candidate:
    hit: Hit
    sentence: Sentence
    terms: set[str]
    context_terms: set[str]
    compact: str = ""  # the sentence without spaces, for terms Kiwi splits differently ("고용복지플러스 센터")
    context_compact: str = ""
    coverage: float = 0.0
    own: float = 0.0  # the share of the question the sentence holds itself, without context
    place_ok: bool = True
    typed: bool = False
    says: bool = False  # holds a word of the question's second half (what it says of its subject), not only the subject
    score: float = 0.0


class ExtractiveAnswerer:
    """Picks answer sentences by idf-weighted coverage of the question, answer type, place and passage rank."""

    def __init__(self, analyzer: KoreanAnalyzer, doc_freq: dict[str, int], stale_after_years: int = 3, neighbor=None):
        self.analyzer = analyzer
        self.doc_freq = doc_freq
        self.total = max(1, int(doc_freq.get("__chunks__", 1)))
        self.stale_after_years = stale_after_years
        self.neighbor = neighbor  # chunk_id -> Chunk | None, to read the sentence before a passage
        self._cache: dict[str, list[tuple[Sentence, set[str]]]] = {}
        self._meta_cache: dict[str, set[str]] = {}

    def idf(self, term: str) -> float:
        return math.log(1 + self.total / (1 + self.doc_freq.get(term, 0)))

    def meta_terms(self, hit: Hit) -> set[str]:
        """Morphemes of a passage's municipality and title: context every sentence of it shares."""
        meta = hit.chunk.meta
        key = f"{meta.municipality}|{meta.title}"
        if key not in self._meta_cache:
            self._meta_cache[key] = set(self.analyzer.terms(f"{meta.municipality.replace(';', ' ')} {meta.title}"))
        return self._meta_cache[key]

    def answer(self, question: Question, hits: list[Hit], today: dt.date | None = None) -> Answer:
        terms = [t for t in dict.fromkeys(question.terms)]
        if not hits or not terms:
            return self.refuse(question, Refusal.OFF_TOPIC if not terms else Refusal.NOT_STATED)
        candidates = self._candidates(question, hits, terms)
        before = self.sentence_before(candidates)
        shaped = shaped_answer(question, candidates, before, hits, today or dt.date.today(), self.stale_after_years)
        if shaped is not None:  # several places compared, or "뭐 있어요?": one cited quote per place or program
            return shaped
        chosen = self._choose(question, candidates, terms)
        if not chosen:
            reason = Refusal.OFF_TOPIC if max((c.coverage for c in candidates), default=0) < 0.2 else Refusal.NOT_STATED
            return self.refuse(question, reason)
        answer = self._compose(question, chosen, hits, today or dt.date.today())
        return replace(answer, span=_span(question, chosen))

    def refuse(self, question: Question, reason: Refusal, place: str = "", detail: str = "") -> Answer:
        text = refusal_text(reason, question.lang, place, detail=detail)
        return Answer(question.original, text, True, reason=reason)

    def _candidates(self, question: Question, hits: list[Hit], terms: list[str]) -> list[Candidate]:
        typed_question = question.answer_type != "general"
        # a comparison names several places: each sentence is about one of them, so places do not count
        skip = TYPE_WORDS | (set(question.places) if len(question.places) > 1 else set())
        weight = {t: self.idf(t) for t in terms if t not in skip}
        total = sum(weight.values()) or 1.0
        if question.lang == "en" and weight:
            # "…monthly allowance of the Tokyo youth job program?": the words no Korean term reads count as words
            # of the question no passage holds (as rare as a word can be), so a sentence matching only "youth job
            # program" does not cover the question
            total += len(unread_words(question.text)) * math.log(1 + self.total)
        top = hits[0].score or 1.0
        asked = _compact(question.text)
        asked_pairs = _char_pairs(question.text)
        # Korean puts the subject first and what is said or asked of it last: "의정부 청년공감터 | 주말에도 문 열어요?"
        # (words of two syllables or more, held as written: "열" is too loose, and a synonym of it reads "개최")
        saying = [t for t in terms[(len(terms) + 1) // 2:] if t not in skip and len(t) >= 2]
        out = []
        for rank, hit in enumerate(hits):
            parsed = self._parse(hit)
            meta = self.meta_terms(hit)
            lead = self._lead_in(hit)
            previous, prev_text = lead[-1] if lead else (set(), "")
            before, before_text = lead[-2] if len(lead) > 1 else (set(), "")
            head = _compact(f"{hit.chunk.meta.municipality} {hit.chunk.meta.title}")
            around = head + "".join(t for _, t in lead) + _compact(hit.chunk.text)
            place_ok = not question.places or any(p in around for p in question.places)
            for s, s_terms in parsed:
                context = previous | before | meta
                context_compact = prev_text + before_text + head
                previous, before = s_terms, previous
                prev_text, before_text = _compact(s.text), prev_text
                if len(s.text.strip()) < 8 or names_a_topic(s.text):  # a heading or bare label answers nothing
                    continue
                compact = prev_text
                # a sentence that refers back ("이를 통해 656명이…") takes its subject from what precedes it
                credit = ANAPHORA_CREDIT if s.text.lstrip().startswith(ANAPHORA) else CONTEXT_CREDIT
                own = {t for t in weight if _has(s_terms, compact, t)}
                covered = sum(weight[t] for t in own)
                covered += credit * sum(w for t, w in weight.items() if t not in own and _has(context, context_compact, t))
                c = Candidate(hit, s, s_terms, context, compact, context_compact, coverage=covered / total,
                              own=sum(weight[t] for t in own) / total, place_ok=place_ok)
                c.typed = _holds_type(question, s.text)
                c.says = any(t in s_terms or t in compact for t in saying)
                missing = [n for n in question.numbers if n not in compact + context_compact]
                if missing:
                    c.coverage *= _figure_factor(missing, s.text, around)
                c.score = c.coverage + RETRIEVAL_WEIGHT * (hit.score / top) - RANK_PENALTY * rank
                if typed_question:
                    c.score += TYPED_BONUS if c.typed else -UNTYPED_PENALTY
                if question.answer_type == "eligibility" and STATED_LIMIT.search(s.text):
                    c.score += STATED_LIMIT_BONUS  # "만 18~32세", "3년 이내", "…를 대상으로" state who may join, "…를 위한" only hints
                c.score += PHRASE_BONUS * _phrases(terms, compact)
                c.score += SURFACE_WEIGHT * len(asked_pairs & _char_pairs(s.text)) / max(1, len(asked_pairs))
                if not c.typed:  # "펜더사 최초의 좌우 비대칭 일렉트릭 기타이다." restates "…펜더사 최초의 일렉트릭 기타는?"
                    new = sum(1 for t in s_terms if t not in asked and t not in head and t not in meta)
                    c.score -= RESTATES_PENALTY * max(0, NEW_WORDS_WANTED - new) / NEW_WORDS_WANTED
                if not STATEMENT_OR_STOP_END.search(s.text.strip()):
                    c.score -= HEADING_PENALTY  # a heading ("<강남구 취업경진대회 실시>") names a topic, it answers nothing
                out.append(c)
        return out

    def _lead_in(self, hit: Hit) -> list[tuple[set[str], str]]:
        """(morphemes, compact text) of the two sentences just before the passage, for context."""
        if self.neighbor is None or hit.chunk.index == 0:
            return []
        before = self.neighbor(f"{hit.chunk.document_id}:{hit.chunk.index - 1}")
        if before is None:
            return []
        cut = hit.chunk.start - before.start  # chunks overlap: only what precedes this passage
        parsed = [(t, _compact(s.text)) for s, t in self._parse(Hit(before, 0.0)) if s.end <= cut]
        return parsed[-2:]

    def _parse(self, hit: Hit) -> list[tuple[Sentence, set[str]]]:
        """Sentences of a passage with their morphemes, cached per chunk (the same passages recur)."""
        key = hit.chunk.chunk_id
        if key not in self._cache:
            if len(self._cache) > 4096:
                self._cache.clear()
            sentences = quote_openings_moved(hit.chunk.text, self.analyzer.sentences(hit.chunk.text))
            self._cache[key] = [(s, set(self.analyzer.terms(s.text))) for s in sentences]
        return self._cache[key]

    def _choose(self, question: Question, candidates: list[Candidate], terms: list[str]) -> list[Candidate]:
        hard = question.answer_type in HARD_TYPES
        eligible = [
            c for c in candidates
            if c.place_ok and c.coverage >= (MIN_TYPED_COVERAGE if hard and c.typed else
                                             MIN_SAYING_COVERAGE if c.says else MIN_COVERAGE)
        ]
        if hard:
            # a count asked, a count given — or nothing; and a value of the asked kind that holds neither a word of
            # what the question says of its subject nor much of the question itself ("…구직촉진수당 얼마 받아요?" ->
            # "…월 최대 11.6만원 지급", another allowance) needs the full coverage from the sentences before it
            # ("…K-Move 스쿨 해외취업 지원사업을 실시할 계획이다. 이 사업은 … 30명을 모집해"), not the typed share
            eligible = [c for c in eligible if c.typed and (c.says or c.own >= MIN_OWN_UNSAID or c.coverage >= MIN_COVERAGE)]
        ranked = sorted(eligible, key=lambda c: -c.score)
        if not ranked:
            return []
        best = ranked[0]
        chosen = [best]
        follow = sentence_after_in(candidates)(best)
        kinds = _asked(question)
        if follow is not None and (question.answer_type in KIND_TYPES and not best.typed and follow.typed
                                   or kinds and not _fits(kinds, best) and _fits(kinds, follow)):
            # "…올림픽에서 시도를 하였다. 그러나 … 11위에 머물고 말았다.", "…취업경진대회를 개최하였다. 만 18~32세의
            # 청년구직자를 대상으로…": the sentence that matches the question's words sets the scene and the next
            # one says what is asked (a kind of value, who may join, what is given): both are the answer
            chosen.append(follow)
        covered = set(best.terms) | best.context_terms
        places = set(question.places)
        for c in ranked[1:]:
            if len(chosen) >= MAX_SENTENCES:
                break
            if any(c.sentence.text == x.sentence.text for x in chosen):
                continue
            new_place = places and _place_of(c, places) - set().union(*(_place_of(x, places) for x in chosen))
            # "어느 도시가…?" names no place and wants every place that answers: one sentence per document
            new_doc = (not places and question.answer_type == "place" and c.coverage >= OTHER_PLACE_SHARE * best.coverage
                       and all(c.hit.chunk.document_id != x.hit.chunk.document_id for x in chosen))
            adds = {t for t in terms if t in c.terms and t not in covered}
            good = c.coverage >= max(MIN_COVERAGE, 0.75 * best.coverage) and (c.typed or question.answer_type not in HARD_TYPES)
            also = (hard and c.typed and c.coverage >= ALSO_TYPED * best.coverage
                    and c.own >= ALSO_TYPED * best.own)  # 청년/여성/전체 고용률 alike
            if new_place and c.coverage >= MIN_COVERAGE * 0.8 or (adds and good) or also or new_doc:
                chosen.append(c)
                covered |= c.terms
        chosen = [_with_quote_rest(c, candidates) for c in chosen]
        return self_contained(chosen, self.sentence_before(candidates), MAX_SENTENCES + 2)

    def sentence_before(self, candidates: list[Candidate]):
        """A lookup of the sentence just before a candidate: among the candidates, else in the previous passage."""
        among = sentence_before_in(candidates)

        def before(c: Candidate) -> Candidate | None:
            found = among(c)
            if found is not None or self.neighbor is None or c.hit.chunk.index == 0:
                return found
            previous = self.neighbor(f"{c.hit.chunk.document_id}:{c.hit.chunk.index - 1}")
            if previous is None:
                return None
            hit = Hit(previous, 0.0)
            return sentence_before_in([Candidate(hit, s, t, set()) for s, t in self._parse(hit)])(c)

        return before

    def _compose(self, question: Question, chosen: list[Candidate], hits: list[Hit], today: dt.date) -> Answer:
        numbers: dict[str, int] = {}
        citations: list[Citation] = []
        parts: list[str] = []
        # an answer drawn from several places says which place each quote is about (from its source)
        several = len({c.hit.chunk.meta.municipality for c in chosen}) > 1
        labelled: str | None = None
        for c in chosen:
            chunk = c.hit.chunk
            if chunk.chunk_id not in numbers:
                numbers[chunk.chunk_id] = len(numbers) + 1
                citations.append(_citation(numbers[chunk.chunk_id], c, [x for x in chosen if x.hit is c.hit]))
            label = ""
            if several and chunk.meta.municipality and chunk.meta.municipality != labelled:
                labelled = chunk.meta.municipality
                label = f"{labelled.replace(';', '·')} — "
            parts.append(f"{label}{shown(c.sentence.text)} [{numbers[chunk.chunk_id]}]")
        body = introduce_quotes(" ".join(parts), question.lang)
        notes = age_notes(citations, today, self.stale_after_years, question.lang)
        return Answer(question.original, body, False, tuple(citations), tuple(notes), hits=tuple(hits))


# Question kinds a sentence can visibly hold (a number, a date, a name...): "general" asks for no kind.
KIND_TYPES = set(FACT_PATTERNS) | {"count", "date", "number"}


def _with_quote_rest(c: Candidate, candidates: list[Candidate]) -> Candidate:
    """The sentence with its rest when it was cut at a quote's full stop ("…않겠다.”|라는 스기무라 후카시…"):
    one sentence of the passage again, so it is quoted, cited and shown whole."""
    if c.sentence.text.rstrip()[-1:] not in "”\"’'":
        return c
    rest = next((x for x in candidates if x.hit is c.hit and x.sentence.start >= c.sentence.end
                 and not c.hit.chunk.text[c.sentence.end:x.sentence.start].strip()), None)
    if rest is None or not continues_quote(rest.sentence.text):
        return c
    start, end = c.sentence.start, rest.sentence.end
    joined = Sentence(c.hit.chunk.text[start:end], start, end)
    return replace(c, sentence=joined, terms=c.terms | rest.terms, compact=c.compact + rest.compact,
                   typed=c.typed or rest.typed)


def _has(terms: set[str], compact: str, term: str) -> bool:
    if term in terms or SYNONYMS.get(term, set()) & terms:
        return True
    return any(len(form) >= 2 and form in compact for form in (term, *SYNONYMS.get(term, ())))


def _figure_factor(missing: list[str], sentence: str, passage: str) -> float:
    """How much coverage a sentence keeps when figures the question names (a year) are not in it or just before it.

    A sentence stating another figure of the same form ("2006년" for a question about 2005) is about
    something else; one stating none may sit under the figure its passage names earlier ("2005년 …
    이런 와중에 …, 4월 러시아를 방문").
    """
    stated = re.findall(r"\d+", normalize_text(sentence))
    if any(len(x) == len(n) and x != n for n in missing for x in stated if "." not in n):
        return OTHER_FIGURE_FACTOR
    if all(n in passage for n in missing):
        return 1.0
    return UNPLACED_FIGURE_FACTOR


def _phrases(terms: list[str], compact: str) -> int:
    """How many adjacent pairs of question terms stand together in the sentence."""
    return sum(1 for a, b in zip(terms, terms[1:]) if a + b in compact)


def _char_pairs(text: str) -> set[str]:
    """The adjacent pairs of letters and digits in a text, spaces and punctuation left out."""
    letters = "".join(ch for ch in text.lower() if ch.isalnum())
    return {letters[i:i + 2] for i in range(len(letters) - 1)}


def _span(question: Question, chosen: list[Candidate]) -> str:
    """The asked value in the best answering sentence (a count, a date...), "" for open questions."""
    if question.answer_type not in HARD_TYPES or question.answer_type == "eligibility":
        return ""
    best = max(chosen, key=lambda c: c.score)
    pattern = count_pattern(question.unit) if question.unit else SPAN_PATTERNS.get(question.answer_type)
    match = pattern.search(best.sentence.text) if pattern else None
    return match.group(0).strip() if match else ""


def _compact(text: str) -> str:
    """Lower-cased text without spaces, numbers as digits, 율 spelled 률 (as the morphemes are)."""
    return normalize_text(text).lower().replace(" ", "").replace("율", "률")


def _holds_type(question: Question, text: str) -> bool:
    if question.answer_type in ("count", "date", "number") and question.unit:
        pattern = count_pattern(question.unit)
    else:
        pattern = FACT_PATTERNS.get(question.answer_type)
    return bool(pattern and pattern.search(normalize_text(text)))


def _asked(question: Question) -> list[str]:
    """The kinds of answer the question asks (language/asking.py: who may join, what is given, a sum…)."""
    kinds = asked_kinds(question.text) if question.lang == "ko" else asked_kinds_en(question.text)
    return [k for k in kinds if k != "yes_no"]


def _fits(kinds: list[str], c: Candidate) -> bool:
    """Whether the sentence says something of an asked kind, outside the names it quotes (‘창업지원센터’ names a
    center, it does not say what is given)."""
    text = SINGLE_QUOTED_NAME.sub(" ", c.sentence.text)
    return any(line_fits(kind, text) for kind in kinds)


def _place_of(c: Candidate, places: set[str]) -> set[str]:
    return {p for p in places if p in c.terms or p in c.context_terms}


def _citation(number: int, lead: Candidate, quoted: list[Candidate]) -> Citation:
    snippet = " ".join(q.sentence.text.strip() for q in sorted(quoted, key=lambda q: q.sentence.start))
    return Citation.quote(number, lead.hit, snippet)
