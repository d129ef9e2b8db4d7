"""Which line of a named program's document answers: by meaning, by words and by the kind of answer asked.

Every answering line of the program's document is a candidate. Its features: how close its vector
is to the question's (the line vectors come from ingest, index/lines.py), how far below the
closest line of the document it is, the share of the question's own words it holds, whether it
holds a value of the asked kind, whether its label names that kind, and whether it is a line that
answers nothing asked (the application period when that is not asked, a file name, a bare link).
A logistic model over those features ranks the lines; a second one over the best line's features
and how strongly the question names the program says whether the document answers at all. Both
are fitted on the tuning half of the people's questions (`python -m evals calibrate`) and read from
answer/calibration.json.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.answer.fields import label_strength
from assistant.documents.structure import Unit, bracketed_field
from assistant.language.asking import (ASKED_UNIT, ASKS_APPLICATION, ASKS_FOR_ME, BARE_LINK, CLAUSE_BREAK, COST_NAMED, EVERYDAY_FORMS, FIGURE_ASKED, FILE_NAME,
                                       ASKS_TIME_TAKEN, LINE_EMPLOYER, LINE_PERSON, LINK_WANTED, OPEN_KINDS, REFERENCE_LINK, TIME_TAKEN_LINE,
                                       asked_kinds, asked_rate, asker_ages, for_another_age, line_fits, line_states_asked,
                                       pays_by_another_rate, pays_by_rate,
                                       question_parts, set_aside, stated_figures, which_noun, without_words)
from assistant.language.fields import APPLYING_LABEL, DETAIL_SYNONYMS, FIELD_NAMES, FRAME_WORDS
from assistant.language.layout import MARKDOWN_HEADING
from assistant.language.glossary import SYNONYMS
from assistant.language.korean import normalize_text

CALIBRATION = Path(__file__).resolve().parent / "calibration.json"
LINE_FEATURES = ("sim", "sim_gap", "sim_rank", "cover", "kind_fit", "value_fit", "near", "label_fit", "off_kind", "junk",
                 "field", "long", "for_me")
# The answer model reads the best line's own signals and three readings of the whole document that tell "not there"
# from "said in other words": how far the best line stands above the document's other lines (sim_z, in the document's
# own spread, where a raw cosine depends on the page), the share of the question's words the document uses anywhere
# (doc_cover), and whether the document holds a value of an asked kind (a sum, a count, a phone number) on any line
# at all (value_absent). These are the candidates: `python -m evals calibrate` keeps those that lower the out-of-fold
# log loss (evals/policy_crossval.py), and a feature it leaves out has no weight in calibration.json (read as 0).
ANSWER_FEATURES = ("score", "sim", "sim_gap", "cover", "kind_fit", "label_fit", "named", "margin", "unknown", "value_gap",
                   "sim_z", "doc_cover", "value_absent")
# Asked kind -> the field kinds (language/fields.py LABEL_KINDS) whose label states it.
LABEL_OF_KIND = {
    "amount": ("amount",), "percent": ("amount",), "head_count": ("count",), "age": ("age",), "period": ("period",),
    "apply": ("apply",), "documents": ("documents",), "contact": ("contact",), "phone": ("contact",), "email": ("contact",), "place": ("place",),
    "residence": ("residence",), "eligibility": ("eligibility",), "selection": ("selection",), "benefits": ("benefits", "amount"),
    "duration": ("duration",),  # "교육기간", "근무시간": how long, not the application period
    "times": ("times",),  # "회차 : 3회차", "이용횟수: 연 4회"
    "weekday": ("duration",),  # "운영일정: 8월~11월(월,화)", "교육시간": the days and hours a program runs
    "organiser": ("organiser",),  # "주관기관: 과학기술정보통신부"
    "schedule": ("event_day",),  # "언제 해요?" of an event: its "일시", not a period label
}  # no "schedule": a period label is the application period, not when money comes or a course runs
# Hand-set weights used until a calibration file exists (the fitted ones replace them).
DEFAULT_LINE_WEIGHTS = {"bias": -3.0, "sim": 2.0, "sim_gap": 12.0, "sim_rank": 0.0, "cover": 2.5, "kind_fit": 1.2,
                        "value_fit": 1.0, "near": 0.0,
                        "label_fit": 0.8, "off_kind": -1.5, "junk": -3.0, "field": 0.2, "long": 0.0, "for_me": 0.0}
DEFAULT_ANSWER_WEIGHTS = {"bias": 1.0, "score": 1.0, "sim": 0.0, "sim_gap": 0.0, "cover": 1.0, "kind_fit": 0.5,
                          "label_fit": 0.0, "named": 1.0, "margin": 0.0, "unknown": -2.0, "value_gap": -3.0,
                          "sim_z": 0.0, "doc_cover": 0.0, "value_absent": 0.0}
DEFAULT_THRESHOLD = 0.5
VALUE_KINDS = {"amount", "percent", "head_count", "duration", "age", "contact", "schedule", "documents", "times", "quantity",
               "apply", "phone", "email", "paid_as", "lead_time", "weekday", "organiser"}
EMPTY_VALUE = re.compile(r"[\W_]*")  # "제출 서류 | -": a label with nothing after it
# Kinds asked by a question word for a figure ("몇 명", "얼마", "며칠 전", "전화번호"): when a part asks one, the
# other kinds its words suggest ("몇 명 선발": selection; "어디로 문의 전화": place) are what it is about, not what
# it asks, and the answering line must hold the figure.
FIGURE_KINDS = ("amount", "percent", "head_count", "duration", "age", "schedule", "times", "quantity", "phone", "email", "lead_time",
                "weekday")
# What frames a program's name on a line that says nothing more ("사업명 : …", "「…」 모집 공고 안내")
TITLE_FRAME = re.compile(r"사업명|사업|공고|안내|모집|참여자|참가자|\d{4}년?")
NAMES_ONLY_REST = 2
SECOND_LINE = 0.5  # a second line joins a one-part answer when its line score is this share of the first's
# Kinds a question asks of the thing it names ("복지포인트 어디에 쓸 수 있어?", "돈도 줘요?", "상담해주는 곳 어디예요?",
# "무슨 요일에 해요?"):
# the lines that write the thing's own words best only restate it ("100만원 복지포인트 지원"); when none of the lines
# chosen holds the kind asked, the best of the document's closest lines that does ("3개 분야 사용 가능") joins them.
ATTRIBUTE_KINDS = ("use", "paid", "place", "weekday", "partner")  # ("누구랑 같이 해요?": "전문가와 함께하는 …")
# ... of which a line holding one states it as plainly as a label would ("3개 분야 사용 가능" for "어디에 쓸 수 있어요?"):
# a part of a two-part question so answered is settled (a venue's words are too loose to settle "어디")
HELD_ATTRIBUTES = ("use", "weekday")
# Field kinds whose line names something other than the attribute, though its value reads like one: "운영기관: (재)경북
#테크노파크 혁신기업지원센터" names who runs an event, not where it is held ("언제 어디서 해요?": the 장소 line answers).
NOT_THE_ATTRIBUTE = {"place": ("organiser", "contact")}
LABELLED_KIND = 0.6  # a line labelled this plainly with the kind a part asks states it ("장 소 : …" for "어디서")
ATTRIBUTE_DEPTH = 8  # ... looked for among the part's best lines this deep
FIGURE_IN_LABEL = re.compile(r"\d")
LIST_NUMBER = re.compile(r"^[\W_]*([\dⅠ-Ⅻ]{1,2}|[IVX]{1,4})([-.]\d{1,2})*([.)\]]\s*|\s+)")  # "1.", "2)", "[1-1]", "Ⅱ."
OPTIONAL_PART = re.compile(r"(?<=[가-힣])\(([가-힣]{1,2})\)")  # "대학(원)", "참여(자)": a part a word may have or not
NAME_PIECE = 3  # a piece of a question's word this long that the program's name holds is the name ("근속장려금")
Z_CAP = 6.0  # the best line's standing among the document's lines, in its spread, is read up to this far
MAX_LINE_CHARS = 360  # a longer line is shown as its sentence or clause that scores best


@dataclass(frozen=True)
class Calibration:
    """The two fitted logistic models and the probability below which the document is taken not to answer."""

    line: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_LINE_WEIGHTS))
    answer: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_ANSWER_WEIGHTS))
    threshold: float = DEFAULT_THRESHOLD

    @classmethod
    def read(cls, path: Path = CALIBRATION) -> Calibration:
        """The checked-in coefficients; the hand-set defaults when the file is missing."""
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(data["line"]), dict(data["answer"]), float(data.get("threshold", DEFAULT_THRESHOLD)))

    def write(self, path: Path, note: dict) -> None:
        data = {"line": self.line, "answer": self.answer, "threshold": self.threshold, **note}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@dataclass
class LineChoice:
    unit: Unit
    features: dict[str, float]
    score: float = 0.0  # the line model's probability that this line answers (its log-odds is the answer model's "score")


@dataclass
class Reading:
    """The lines chosen for each part of a question and how likely the document answers it."""

    chosen: list[LineChoice]
    probability: float
    features: dict[str, float]
    ranked: list[list[LineChoice]]  # every part's lines, best first (for calibration)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def linear(weights: dict[str, float], features: dict[str, float]) -> float:
    return weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())


def probability(weights: dict[str, float], features: dict[str, float]) -> float:
    """The logistic model's probability for these features."""
    return _sigmoid(linear(weights, features))


class MeaningReader:
    """Reads a program's lines for the one (or two) that answer a question."""

    def __init__(self, line_vectors, embed_query: Callable[[str], list[float]], calibration: Calibration | None = None):
        self.line_vectors = line_vectors
        self.embed_query = embed_query
        self.calibration = calibration or Calibration.read()

    def read(self, question_text: str, terms: list[str], units: list[Unit], title: str, named: float,
             unknown: bool = False) -> Reading | None:
        """The best line for each part of the question; None when the document has no answering line.

        `named`: how much of the program's name the question holds; `unknown`: whether the question asks
        about a word the document never uses ("면접수당")."""
        alone = _stating_headings(units)
        candidates = [_as_line(u) if u.start in alone else u for u in units
                      if (u.answers or _holds_figure(u) or u.start in alone) and len(u.text.strip()) >= 4]
        if not candidates:
            return None
        vector = np.asarray(self.embed_query(question_text), dtype=np.float32)
        vector /= max(float(np.linalg.norm(vector)), 1e-9)
        sims = [self._sim(vector, u) for u in candidates]
        known = [s for s in sims if s is not None]
        top = max(known, default=0.0)
        fill = (sum(known) / len(known)) if known else 0.0
        sims = [fill if s is None else s for s in sims]
        first_at: dict[float, int] = {}
        for place, s in enumerate(sorted(sims, reverse=True)):
            first_at.setdefault(s, place)
        ranks = [first_at[s] for s in sims]  # 0 for the document's closest line (tied lines share the better rank)
        words = _asked_words([*terms, *ASKED_UNIT.findall(question_text)], title)
        parts = question_parts(question_text)
        ages = asker_ages(question_text)  # "40대면 하루 몇 시간": not the line for those 65 and over
        ranked, asked_of_part = [], []  # each part's lines, best first; the kinds each part asks (as read, before a
        # yes/no part gains the kinds of the figures it states)
        for part in parts:
            kinds = _part_kinds(part, question_text, title)
            asked_of_part.append(kinds)
            if "yes_no" in kinds and not any(k in FIGURE_KINDS for k in kinds):
                # "직원 4명인 회사인데 받을 수 있어요?": a line stating a limit of the figure's kind settles it
                kinds = kinds + [k for k in stated_figures(_without_name(part, title)) if k not in kinds]
            # a part of a two-part question is covered by its own words only ("어디서 하고 구인업체 몇 개": the place
            # part is not answered by the line holding 구인업체)
            part_words = [w for w in words if w in normalize_text(part).replace(" ", "").lower()]
            part_words = part_words if part_words or len(parts) > 1 else words
            part_words = [w for w in part_words if w not in set_aside(part)]  # "영수증 말고": known, not asked
            choices = []
            applying = bool(ASKS_APPLICATION.search(part))
            rate = asked_rate(part)
            asks_for_me = bool(ASKS_FOR_ME.search(part))
            for unit, sim, rank in zip(candidates, sims, ranks):
                features = _line_features(unit, (sim, top, rank), part_words, kinds, title, applying, rate, part)
                features["for_me"] = (-1.0 if for_another_age(ages, unit.text) else
                                      for_me(unit.text) if asks_for_me else 0.0)
                choices.append(LineChoice(unit, features, probability(self.calibration.line, features)))
            choices.sort(key=lambda c: (-c.score, c.unit.start))
            ranked.append(choices)
        chosen, answering, settled = [], [], []  # the lines shown; the line answering each part; whether it states it
        for choices, part_kinds in zip(ranked, asked_of_part):
            top = choices[0]
            # one line may answer both parts ("1회 5만원(연간 최대 2회)"): it is shown once
            same = next((x for x in chosen if x.unit is top.unit), None)
            # "이메일로도 신청 되요? 메일주소좀": the line shown for the other part holds no address; a close line that
            # does answers this part
            own = (_close_line(choices, chosen, lambda c: _states_asked(c, part_kinds))  # noqa: B023
                   if same is not None and any(k in VALUE_KINDS for k in part_kinds)
                   and not _states_asked(top, part_kinds) else [])
            best = (own[0] if own else same) or next((c for c in choices if all(c.unit is not x.unit for x in chosen)), None)
            if best is not None:
                answering.append(best)
                settled.append(_states_asked(best, part_kinds))
                if same is None or own:
                    chosen.append(best)
        if len(parts) == 1 and len(ranked[0]) > 1 and ranked[0][1].score >= SECOND_LINE * ranked[0][0].score:
            chosen.append(ranked[0][1])  # a close second line often holds what the first only introduces
        if len(parts) == 1:  # (money the program is named for is still money asked of: "이주정착금 나와요?")
            chosen += _attribute_line(ranked[0], chosen, kinds + asked_kinds(question_text))
            chosen += _figure_lines(ranked[0], chosen, kinds)
            chosen += _number_to_call(ranked[0], chosen, kinds)
        first = ranked[0]
        margin = first[0].score - (first[1].score if len(first) > 1 else 0.0)
        lead = min(answering, key=lambda c: c.score)  # a two-part answer is as sure as its weaker part
        asked = [_without_name(part, title) for part in parts]
        features = {"score": linear(self.calibration.line, lead.features), **{k: lead.features[k] for k in ("sim", "sim_gap", "cover", "kind_fit", "label_fit")},
                    "named": named, "margin": margin, "unknown": float(unknown),
                    "value_gap": float(any(_value_missing(part, [c.unit.text for c in chosen]) for part in asked)),
                    **_document_features(lead.features["sim"], known, words, units, candidates, asked)}
        sure = probability(self.calibration.answer, features)
        if len(answering) == len(parts) > 1 and all(settled) and not features["value_gap"]:
            # "사업비 얼마이고 몇 명?", "어디서 하고 구인업체 몇 개?": every part has a line holding the value it asks (or,
            # for a part asking no value, labelled with what it asks: "장 소 : …"), so the document answers, however far
            # the weaker part's line lies in meaning from the whole question
            sure = max(sure, self.calibration.threshold)
        return Reading(chosen, sure, features, ranked)

    def answers(self, reading: Reading | None) -> bool:
        return reading is not None and reading.probability >= self.calibration.threshold

    def _sim(self, vector: np.ndarray, unit: Unit) -> float | None:
        line = self.line_vectors.get(unit.text) if self.line_vectors is not None else None
        return None if line is None else float(np.dot(vector, line.astype(np.float32)))


def _states_asked(choice: LineChoice, kinds: list[str]) -> bool:
    """Whether a part's line states what the part asks: the value of a kind it asks, or, for a part asking no value,
    a label naming that kind or the attribute asked (HELD_ATTRIBUTES)."""
    if any(k in VALUE_KINDS for k in kinds):
        return choice.features["value_fit"] == 1.0
    held = any(line_fits(k, choice.unit.text) for k in kinds if k in HELD_ATTRIBUTES)
    return held or choice.features["label_fit"] >= LABELLED_KIND


def _attribute_line(choices: list[LineChoice], chosen: list[LineChoice], kinds: list[str]) -> list[LineChoice]:
    """The best close line holding the attribute asked (ATTRIBUTE_KINDS) when no chosen line holds it; a labelled
    line holds it in its value ("운영기관: 서귀포시" names no venue)."""
    asked = [k for k in kinds if k in ATTRIBUTE_KINDS]
    holds = lambda c: any(line_fits(k, c.unit.value if c.unit.label else c.unit.text)  # noqa: E731
                          and not _labelled_as(c.unit, NOT_THE_ATTRIBUTE.get(k, ())) for k in asked)
    if not asked or any(holds(c) for c in chosen):
        return []
    return _close_line(choices, chosen, holds)


def _figure_lines(choices: list[LineChoice], chosen: list[LineChoice], kinds: list[str]) -> list[LineChoice]:
    """For a one-part question asking two figures ("이메일 주소랑 팩스번호 알려줘요"): for each figure no chosen line
    holds, the best close line that holds it (the fax line alone answers half)."""
    figures = [k for k in kinds if k in FIGURE_KINDS]
    if len(figures) < 2:
        return []
    added: list[LineChoice] = []
    for kind in figures:
        if any(line_fits(kind, c.unit.text) for c in [*chosen, *added]):
            continue
        added += _close_line(choices, [*chosen, *added], lambda c: line_fits(kind, c.unit.text))  # noqa: B023
    return added


def _number_to_call(choices: list[LineChoice], chosen: list[LineChoice], kinds: list[str]) -> list[LineChoice]:
    """For where to ask ("어디다 물어봐야 돼?") answered by lines giving no number ("문의처 | 주관기관: 경제정책국"): the
    best close line that gives one ("접수방법 | 울산동구청년센터 문의(052-209-3487)")."""
    if "contact" not in kinds or any(line_fits("phone", c.unit.text) for c in chosen):
        return []
    return _close_line(choices, chosen, lambda c: line_fits("phone", c.unit.text))


def _close_line(choices: list[LineChoice], shown: list[LineChoice], holds: Callable[[LineChoice], bool]) -> list[LineChoice]:
    """The best of the part's closest lines (ATTRIBUTE_DEPTH) that `holds` and is not shown yet, as a list of one; [] if
    none."""
    return next(([c] for c in choices[:ATTRIBUTE_DEPTH] if holds(c) and all(c.unit is not x.unit for x in shown)), [])


def _labelled_as(unit: Unit, field_kinds: tuple[str, ...]) -> bool:
    """Whether the line's label names one of these field kinds ("운영기관" an organiser)."""
    return any(label_strength(unit.label, f) > 0 for f in field_kinds)


def kinds_asked(text: str, title: str) -> list[str]:
    """The kinds a question about the program titled `title` asks, its name's words left out."""
    return answer_kinds(asked_kinds(_without_name(text, title)))


def asks_open(text: str, title: str) -> bool:
    """Whether a Korean question about the program titled `title` asks only what a program's page says in its own
    words (OPEN_KINDS, or no kind at all: "뭐예요?"), names no money and asks or checks no figure: not a value a
    page may simply not state. (The kinds are read from Korean wording: an English question is never read so.)"""
    beside = _without_name(text, title)
    return (set(answer_kinds(asked_kinds(beside))) <= OPEN_KINDS and not COST_NAMED.search(beside)
            and not FIGURE_ASKED.search(beside))


def answer_kinds(kinds: list[str]) -> list[str]:
    """The kinds a line must hold to answer: the figure kinds when any is asked, else every kind asked."""
    figures = [k for k in kinds if k in FIGURE_KINDS]
    return figures + (["yes_no"] if "yes_no" in kinds else []) if figures else kinds


def _part_kinds(part: str, question_text: str, title: str) -> list[str]:
    """The kinds a line answering this part must hold (the whole question's when the part alone asks none)."""
    return answer_kinds(asked_kinds(_without_name(part, title)) or asked_kinds(_without_name(question_text, title)))


def _without_name(text: str, title: str) -> str:
    """The question without the words of the program's name: "면접수당 지원 사업 … 얼마?" asks an amount, not
    how applicants are chosen (면접); "구미 청년근속장려금 신청 어디" asks a place, not the 장려금's amount."""
    name = title.replace(" ", "").lower()
    kept = []
    for word in text.split():
        if len(word) >= 2 and word.lower() in name:
            continue
        kept.append(_less_name(word, name))
    return " ".join(w for w in kept if w)


def _less_name(word: str, name: str) -> str:
    """The word without the longest piece of it (NAME_PIECE characters or more) that the name holds."""
    lower = word.lower()
    for size in range(len(lower), NAME_PIECE - 1, -1):
        for start in range(len(lower) - size + 1):
            if lower[start : start + size] in name:
                return word[:start] + word[start + size :]
    return word


def _holds_figure(unit: Unit) -> bool:
    """A line the layout reads as a label or a heading but that states a figure ("- (고용기간 4개월)", "□ 2024.08.14~08.28
    매주 수요일" over the programme's hours and place): it can answer. A heading's list number is no figure ("1. 지원대상")."""
    text = LIST_NUMBER.sub("", unit.text) if unit.kind == "heading" else unit.text
    return unit.kind in ("label", "heading") and bool(FIGURE_IN_LABEL.search(text))


def _stating_headings(units: list[Unit]) -> set[int]:
    """Where lines the layout reads as a heading or a bare label say something themselves: nothing sits under them (the
    next line is a heading or a label too) and they name no field ("□ 수강생 참가비 무료", "- (담당자 메일로 신청서류
    제출)", "□ 자격증 취득 여부와 상관없이 응시료 지원"). A page's title ("# 청년전용창업자금") is no such line."""
    starts = set()
    for unit, after in zip(units, [*units[1:], None]):
        if (unit.kind in ("heading", "label") and not MARKDOWN_HEADING.match(unit.text) and unit.label not in FIELD_NAMES
                and (after is None or after.kind in ("heading", "label"))):
            starts.add(unit.start)
    return starts


@lru_cache(maxsize=256)
def _names_a_field(noun: str) -> bool:
    """Whether a which-question's noun is part of a field name ("어떤 절차로": 선발절차): the kinds asked read such a
    field's label already, and a line merely labelled with the word ("신청접수 및 절차: … 문의") need not answer."""
    return any(noun in name for name in FIELD_NAMES)


def _as_line(unit: Unit) -> Unit:
    """A heading or bare label that says something, read as the line it is (no label, its words its value)."""
    return replace(unit, kind="item", label="", value=unit.text.strip())


def _document_features(sim: float, sims: list[float], words: list[str], units: list[Unit], candidates: list[Unit],
                       asked: list[str]) -> dict[str, float]:
    """What the whole document says of the question, beside its best line: how far that line's similarity stands above
    the document's other lines in their own spread (sim_z), the share of the asked words the document uses anywhere
    (doc_cover), and whether no line of it holds a value of a kind asked (value_absent)."""
    spread = float(np.std(sims)) if len(sims) > 1 else 0.0
    standing = (sim - float(np.mean(sims))) / spread if spread > 1e-6 else 0.0
    document = normalize_text(" ".join(u.text for u in units)).replace(" ", "").lower()
    return {"sim_z": min(max(standing, -Z_CAP), Z_CAP),
            "doc_cover": sum(1 for w in words if _holds(w, document)) / len(words) if words else 1.0,
            "value_absent": float(any(_value_missing(part, [u.text for u in candidates]) for part in asked))}


def _value_missing(part: str, texts: list[str]) -> bool:
    """Whether the part asks for a value (a sum, a count, a length, a phone number…) none of these lines holds."""
    return any(not any(line_states_asked(kind, part, text) for text in texts)
               for kind in asked_kinds(part) if kind in VALUE_KINDS)


def _asked_words(terms: list[str], title: str) -> list[str]:
    """The question's own content words, less the program's name and the words that only frame the question."""
    name = title.replace(" ", "").lower()
    out = []
    for term in terms:
        t = term.lower()
        if (len(t) < 2 and t not in EVERYDAY_FORMS) or t in name or t in FRAME_WORDS:
            continue
        out.append(t)
    return list(dict.fromkeys(out))


def _with_optional_parts(compact: str) -> str:
    """A compact line with each bracketed syllable or two it writes as optional also written in ("대학(원)" holds 대학원
    as well as 대학), so a question's word is found in it."""
    return compact + " " + OPTIONAL_PART.sub(r"\1", compact) if OPTIONAL_PART.search(compact) else compact


def _names_only(compact: str, title: str) -> bool:
    """Whether a line only names the program ("사업명 : …", "「…」 공고"): it answers nothing asked of it. A field a
    name states in brackets ("…개최 안내(행사일:10.21~10.22)") is no part of the name: a line stating it says more."""
    stated = bracketed_field(title)
    name = (title[: stated.start()] + title[stated.end() :] if stated else title).replace(" ", "").lower()
    if not name or name not in compact:
        return False
    return len(TITLE_FRAME.sub("", re.sub(r"[\W_]+", "", compact.replace(name, "")))) <= NAMES_ONLY_REST


def _holds(word: str, compact: str) -> bool:
    forms = (word, *SYNONYMS.get(word, ()), *DETAIL_SYNONYMS.get(word, ()), *EVERYDAY_FORMS.get(word, ()))
    return any(form in compact for form in forms)


def for_me(text: str) -> float:
    """For a question about what the asker gets: 1 for a line about the person paid or served, -1 for a line about
    an employer; a line naming both is about the one it names first ("(고용업체)청년 고용 인건비 …" pays the company,
    "(청년)근속 인센티브 …" the person)."""
    compact = text.replace(" ", "")
    person, employer = LINE_PERSON.search(compact), LINE_EMPLOYER.search(compact)
    if person and (not employer or person.start() < employer.start()):
        return 1.0
    return -1.0 if employer else 0.0


def _near(text: str, words: list[str], kinds: list[str]) -> float:
    """1.0 when one clause of the line holds both a word of the question and a value of a kind asked (for a yes/no
    question, a word that settles it: 제외, 가능 …): the value is about what is asked, not about something beside it."""
    if not words or not kinds:
        return 0.0
    for clause in CLAUSE_BREAK.split(text):
        compact = normalize_text(clause).replace(" ", "").lower()
        if any(line_fits(k, clause) for k in kinds) and any(_holds(w, compact) for w in words):
            return 1.0
    return 0.0


def _line_features(unit: Unit, closeness: tuple[float, float, int], words: list[str], kinds: list[str], title: str,
                   applying: bool = False, rate: str = "", asked: str = "") -> dict[str, float]:
    """`closeness`: the line's similarity to the question, the document's best and the line's rank among its lines;
    `applying`: whether the question is about applying (the application period then is no line off its kind); `rate`:
    the time a sum asked is paid by (a line paying by another time only holds no sum asked); `asked`: the part of the
    question read (a length asked in years is not held by a line stating hours)."""
    sim, top, rank = closeness
    text = unit.text.strip()
    compact = _with_optional_parts(normalize_text(text).replace(" ", "").lower())
    cover = sum(1 for w in words if _holds(w, compact)) / len(words) if words else 0.0
    # a sum paid by the time asked ("한 달에 얼마씩": "월 10~50만원") is the sum asked, not one beside it
    near = 1.0 if "amount" in kinds and pays_by_rate(rate, text) else _near(text, words, kinds)
    kinds = [k for k in kinds if k != "yes_no"]  # whether something holds: the words and the meaning tell, not a form
    told = without_words(text, set_aside(asked))  # "영수증 말고 뭐 내요?": a line holds papers beside the receipt, or none
    fits = [k for k in kinds
            if line_states_asked(k, asked, told) and not (k == "amount" and pays_by_another_rate(rate, told))
            and not (k == "apply" and REFERENCE_LINK.search(unit.label or text) and not LINK_WANTED.search(asked))]
    kind_fit = len(fits) / len(kinds) if kinds else 0.0
    values = [k for k in kinds if k in VALUE_KINDS]
    value_fit = sum(1 for k in values if k in fits) / len(values) if values else 0.0
    label_fit = max((max(label_strength(unit.label, f), 0.7 * label_strength(unit.section, f))
                     for k in kinds for f in LABEL_OF_KIND.get(k, ())), default=0.0)
    if (thing := which_noun(asked)) and not _names_a_field(thing):  # "어떤 인증이 있어야": the line labelled "주요 공공기관 인증"
        forms = (thing, *DETAIL_SYNONYMS.get(thing, ()))
        label_fit = max(label_fit, 1.0 if any(f in unit.label for f in forms) else
                        0.7 if any(f in unit.section for f in forms) else 0.0)
    if ASKS_TIME_TAKEN.search(asked) and TIME_TAKEN_LINE.search(text):  # "얼마나 걸려요?": "신청 이후 약 25일 소요"
        label_fit, near = 1.0, 1.0
    period_line = any(label_strength(name, "period") > 0 and APPLYING_LABEL.search(name) for name in (unit.label, unit.section))
    # the application period answers when to apply, not when money comes or a course runs ("돈 언제 들어와요?"); a
    # course's own period ("교육기간") is no application period
    off_kind = float(period_line and not ({"period", "lead_time"} & set(kinds) or applying))
    junk = float(bool(FILE_NAME.search(text) or BARE_LINK.match(text)) or _names_only(compact, title)
                 or bool(unit.label and EMPTY_VALUE.fullmatch(unit.value.strip()) and not _holds_figure(unit)))
    return {"sim": sim, "sim_gap": sim - top, "sim_rank": 1.0 / (1 + rank), "cover": cover, "kind_fit": kind_fit,
            "value_fit": value_fit, "near": near,
            "label_fit": label_fit, "off_kind": off_kind, "junk": junk, "field": float(bool(unit.label)),
            "long": min(len(text) / 200, 2.0)}
