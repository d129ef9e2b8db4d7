"""Program names: which indexed documents a question names, by its title written however people type it.

A name in a question may be shortened, misspelt, spaced differently, without its year ("2025년"),
romanised the other way (점프업 = JUMP-UP) or with a place in front. Titles and questions are
reduced to a key (no year, Latin words in Hangul, no spaces or marks) and compared as sets of
jamo trigrams, each weighted by how rare it is among titles: the score is the share of a title's
weight the question holds. The place a question names picks among programs of the same name.
"""

from __future__ import annotations

import json
import math
import mmap
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.documents.structure import read_units
from assistant.index.chunking import is_structured
from assistant.language.fields import NAME_NOTICE_WORDS, NAME_YEAR, PLACE_LABELS, ROMANISED
from assistant.language.korean import PLACE_SUFFIX
from assistant.language.names import BRACKETED_AUDIENCE, read_aloud
from assistant.language.regions import NATIONWIDE, PLACE_NAME, PROVINCE_SHORT, load_regions
from assistant.language.spelling import Respeller, words_of
from assistant.types import Chunk

MIN_SCORE = 0.62  # share of a title's weight the question must hold to name that program
# ... or, for a shortened name ("영농정착 지원"), a smaller share made of this much rare weight,
# with no other title close to it
MIN_PART_SCORE = 0.38
MIN_PART_WEIGHT = 22.0
# A question holding this much of the name of a program whose page states no place writes that name whole (up to a
# misspelt syllable) and names that program, though it names a place, when no program of that place has its name
# held as much as MIN_SCORE ("전북 사회적경제 청년혁신가 지원사업" is the unplaced program of that name, not 전북's
# "시군 청년혁신가 예비창업지원"); a name held only as much as many ("광주 … 자격증 응시료 지원": 0.6-0.75 of several
# districts' programs) names none of them
WHOLE_NAME_SCORE = 0.9
RUNNER_UP_RATIO = 0.6
MIN_PLACED_WEIGHT = 12.0  # ... less rare weight when the place the question names singles it out
TIE_MARGIN = 0.06  # programs scoring this close to the best are named as well as it
SUBNAME_WEIGHT = 0.9  # ... unless the question holds much less of their name than of the best one's
NATIONWIDE_WEIGHT = 0.6  # ... and as much of its own name's weight ("청년어업인 정착지원 사업" holds half of 어촌's)
WHOLE_NAME = 0.95  # share of a name a question holding it whole has (a slip or a spacing off)
MIN_KEY_SYLLABLES = 4  # a shorter title ("청년") names no program in particular
PLACE_HEAD_CHARS = 600  # the start of a document, where a program page says where it runs
GRAM = 3
MIN_ABBREVIATION, MAX_ABBREVIATION = 3, 4  # syllables of a name shortened to one syllable a part ("내배카")
PROGRAMS_FILE = "programs.json"  # a generation's programs, saved by the ingest ...
GRAMS_FILE = "program-grams.npz"  # ... and their names' grams
PROGRAMS_FORMAT = 6  # bump when Program, programs_of, name_key or the saved layout changes: an older file is then ignored
ROWS_FILE = "program-rows.bytes"  # one JSON array a program, back to back, read when a program is asked for
# A residence field inside another field's label or value: "참여대상거주지역: …", "참여대상:거주지역: …"
RESIDENCE_INSIDE = re.compile(r"(?:[^:：]*[:：]\s*)?[^:：]*?(?:거주지역|대상지역)\s*[:：]\s*(.+)")
ROUND = re.compile(r"제?\d{1,2}(?:차|회차|기)")  # "1차", "제2기": a round of one program (in a compact key)


@dataclass(frozen=True)
class Program:
    """One indexed document seen as a program: its title, where it runs and its passages' rows."""

    document_id: str
    title: str
    municipality: str  # from the metadata, else the document's own 지역 / 주관기관 field, else ""
    source: str
    rows: tuple[int, ...]
    place_text: str  # title, municipality and the start of the text, compact: where a place is looked for
    published: str = ""  # the document's date ("YYYY-MM-DD" or shorter), to tell a newer round from an older


def programs_of(chunks: list[Chunk]) -> list[Program]:
    """The documents among `chunks` that read as program pages, each with its title, place and rows.

    Reading every document's structure is most of the cost of opening a large index (~6 s at 100k
    chunks), so an ingest saves the result with the generation (`save_titles`)."""
    rows: dict[str, list[int]] = {}
    for row, chunk in enumerate(chunks):
        rows.setdefault(chunk.document_id, []).append(row)
    programs = []
    for doc_rows in rows.values():
        first = min(doc_rows, key=lambda r: chunks[r].index)
        c = chunks[first]
        units = read_units("\n".join(chunks[r].text for r in doc_rows))
        if not is_structured(units):
            continue
        place = c.meta.municipality or _stated_place(units)
        head = f"{c.meta.title} {place} {c.text[:PLACE_HEAD_CHARS]}"
        head += " ".join(short for long, short in PROVINCE_SHORT.items() if long in head)  # 경상남도 -> 경남
        programs.append(Program(c.document_id, c.meta.title, place, c.source,
                                tuple(sorted(doc_rows, key=lambda r: chunks[r].index)), _compact(head),
                                c.meta.published))
    return programs


class GramTable:
    """Every program's names as jamo-trigram ids in flat arrays, so one pass scores a question against all.

    Entry e is one name of program `owner[e]`; its gram ids are `grams[starts[e]:starts[e + 1]]`.
    Saved with the generation (`save_titles`) and loaded as arrays: no title is read again at start-up."""

    def __init__(self, vocab: list[str], owner: np.ndarray, starts: np.ndarray, grams: np.ndarray, idf: np.ndarray):
        self.vocab = vocab
        self.index = {g: i for i, g in enumerate(vocab)}
        self.owner, self.starts, self.grams, self.idf = owner, starts, grams, idf
        lengths = np.diff(starts)
        self.entry_of = np.repeat(np.arange(len(owner), dtype=np.int32), lengths)  # gram position -> entry
        self.weight_at = self.idf[grams]
        totals = np.bincount(self.entry_of, weights=self.weight_at, minlength=len(owner)).astype(np.float64)
        self.total = np.where(lengths >= MIN_KEY_SYLLABLES * 2, totals, 0.0)  # a shorter name names nothing

    @classmethod
    def build(cls, programs: list[Program]) -> GramTable:
        index: dict[str, int] = {}
        owner, starts, flat = [], [0], []
        for i, program in enumerate(programs):
            # a title "가상융합기술 아카데미(메타버스 아카데미)" is also named by either of its parts
            for name in _names(program.title):
                flat.extend(sorted({index.setdefault(g, len(index)) for g in _grams(name_key(name))}))
                owner.append(i)
                starts.append(len(flat))
        owner_at, starts_at, grams = (np.asarray(owner, dtype=np.int32), np.asarray(starts, dtype=np.int64),
                                      np.asarray(flat, dtype=np.int32))
        # idf: how rare a gram is among programs (a program counts once, however many of its names hold it)
        pairs = np.sort(np.repeat(owner_at.astype(np.int64), np.diff(starts_at)) * max(len(index), 1) + grams)
        first = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] if len(pairs) else pairs
        counts = np.bincount(first % max(len(index), 1), minlength=len(index))
        idf = np.asarray([math.log(1 + len(programs) / c) if c else 0.0 for c in counts.tolist()], dtype=np.float64)
        return cls(list(index), owner_at, starts_at, grams, idf)

    def held(self, asked: set[str]) -> np.ndarray:
        """The weight of each entry's grams that `asked` holds."""
        ids = [self.index[g] for g in asked if g in self.index]
        wanted = np.zeros(len(self.vocab), dtype=bool)
        wanted[ids] = True
        hit = wanted[self.grams]
        held = np.bincount(self.entry_of[hit], weights=self.weight_at[hit], minlength=len(self.owner))
        return held.astype(np.float64, copy=False)  # (bincount of nothing is integer)

    def entries_of(self, program: int) -> np.ndarray:
        return np.flatnonzero(self.owner == program)

    def score(self, entry: int, held: float) -> tuple[float, float]:
        """(share of the name's weight the question holds, that weight), as compared by `match`."""
        total = float(self.total[entry])
        return (held / total if total else 0.0), (held if total else 0.0)


def save_titles(generation_dir: Path, titles: ProgramTitles) -> None:
    """Write a generation's programs and their name grams beside its chunks, for readers to load as they are:
    the grams as arrays, the programs one JSON array each in one file (a reader parses only those it is asked
    for), and what finds a program by its source or document in programs.json."""
    table = titles.table
    directory = Path(generation_dir)
    offsets = [0]
    with open(directory / (ROWS_FILE + ".tmp"), "wb") as f:
        for p in titles.programs:
            row = [p.document_id, p.title, p.municipality, p.source, list(p.rows), p.place_text, p.published]
            data = json.dumps(row, ensure_ascii=False).encode("utf-8")
            f.write(data)
            offsets.append(offsets[-1] + len(data))
    os.replace(directory / (ROWS_FILE + ".tmp"), directory / ROWS_FILE)
    with open(directory / (GRAMS_FILE + ".tmp"), "wb") as f:
        np.savez(f, owner=table.owner, starts=table.starts, grams=table.grams, idf=table.idf,
                 vocab=np.asarray(table.vocab or [""], dtype="<U8"), row_offsets=np.asarray(offsets, dtype=np.int64))
    os.replace(directory / (GRAMS_FILE + ".tmp"), directory / GRAMS_FILE)
    saved = {"format": PROGRAMS_FORMAT, "count": len(titles.programs), "sources": [p.source for p in titles.programs],
             "document_ids": [p.document_id for p in titles.programs], "keys": titles.keys, "grams": len(table.vocab)}
    (directory / (PROGRAMS_FILE + ".tmp")).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    os.replace(directory / (PROGRAMS_FILE + ".tmp"), directory / PROGRAMS_FILE)


def saved_in_current_format(generation_dir: Path) -> bool:
    """Whether the generation's programs were saved in the format this code writes (an ingest rewrites older ones)."""
    try:
        with open(Path(generation_dir) / PROGRAMS_FILE, "rb") as f:
            head = f.read(32)
    except OSError:
        return False
    return head.startswith(b'{"format": %d,' % PROGRAMS_FORMAT)


def load_titles(generation_dir: Path) -> ProgramTitles | None:
    """The programs an ingest saved with the generation; None when it saved none, or saved them in an older
    format (whose name keys this code would not match): the reader then derives them from the chunks."""
    directory = Path(generation_dir)
    try:
        saved = json.loads((directory / PROGRAMS_FILE).read_text(encoding="utf-8"))
        if not isinstance(saved, dict) or saved.get("format") != PROGRAMS_FORMAT:
            return None
        with np.load(directory / GRAMS_FILE) as arrays:
            vocab = arrays["vocab"].tolist()[: saved["grams"]]
            owner, starts, grams, idf = arrays["owner"], arrays["starts"], arrays["grams"], arrays["idf"]
            offsets = arrays["row_offsets"]
        programs = SavedPrograms(directory / ROWS_FILE, offsets)
    except (OSError, ValueError, KeyError):
        return None
    return ProgramTitles(programs=programs, table=GramTable(vocab, owner, starts, grams, idf), keys=saved["keys"],
                         sources=saved["sources"], document_ids=saved["document_ids"])


def _program(row: list) -> Program:
    document_id, title, municipality, source, rows, place_text, published = row
    return Program(document_id, title, municipality, source, tuple(rows), place_text, published)


class SavedPrograms(Sequence):
    """The programs as `save_titles` wrote them, each parsed from its own bytes the first time it is asked for."""

    def __init__(self, path: Path, offsets: np.ndarray):
        with open(path, "rb") as f:
            self._data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if os.fstat(f.fileno()).st_size else b""
        self._offsets = offsets
        self._parsed: dict[int, Program] = {}

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(len(self)))]
        number = int(number)
        if number < 0:
            number += len(self)
        if not 0 <= number < len(self):
            raise IndexError(number)
        program = self._parsed.get(number)
        if program is None:
            start, end = int(self._offsets[number]), int(self._offsets[number + 1])
            program = self._parsed[number] = _program(json.loads(self._data[start:end].decode("utf-8")))
        return program


class ProgramTitles:
    """Matches questions to the programs of one index generation: documents that read as program pages
    (labelled fields, sections), not news articles, whose headlines name no program."""

    def __init__(self, chunks: Sequence[Chunk] | None = None, programs: Sequence[Program] | None = None,
                 table: GramTable | None = None, keys: list[str] | None = None, sources: list[str] | None = None,
                 document_ids: list[str] | None = None):
        """From a generation's chunks, or from its programs and grams as an ingest saved them (`load_titles`,
        which also gives every program's source and document id, so no program is read to find one)."""
        self.programs: Sequence[Program] = (programs if isinstance(programs, SavedPrograms)
                                            else list(programs) if programs is not None else programs_of(chunks or []))
        self.table = table or GramTable.build(self.programs)
        self.keys = keys if keys is not None else [name_key(p.title) for p in self.programs]  # "내배카"
        sources = sources if sources is not None else [p.source for p in self.programs]
        document_ids = document_ids if document_ids is not None else [p.document_id for p in self.programs]
        self._number_of = {source: i for i, source in enumerate(sources)}
        self._number_of_document = {document_id: i for i, document_id in enumerate(document_ids)}
        self._respeller: Respeller | None = None
        self._place_respeller: Respeller | None = None

    def respeller(self) -> Respeller:
        """Reads a question's misspelt words as words of the titles or places ("청년서장" -> "청년성장"); built on
        first use."""
        if self._respeller is None:
            self._respeller = Respeller({w for p in self.programs for w in words_of(p.title)} | self.place_respeller().words)
        return self._respeller

    def place_respeller(self) -> Respeller:
        """Reads a misspelt place as the place ("의정브시" -> "의정부시", "서귀표" -> "서귀포"); built on first use."""
        if self._place_respeller is None:
            names = {part for r in load_regions().regions for part in r.name.split()}
            self._place_respeller = Respeller(names | {PLACE_SUFFIX.sub("", n) for n in names})
        return self._place_respeller

    def match(self, question: str, places: tuple[str, ...] = ()) -> list[Program]:
        """The programs the question names, best first: none, one, or several that fit it equally."""
        asked = _grams(name_key(question))
        if not asked:
            return []
        table = self.table
        held = table.held(asked)
        share = np.divide(held, table.total, out=np.zeros_like(held), where=table.total > 0)
        best: dict[int, tuple[float, float]] = {}  # program -> its best-fitting name's (share, weight)
        for entry in np.flatnonzero(share >= MIN_PART_SCORE - 1e-9).tolist():
            number = int(table.owner[entry])
            fit = table.score(entry, float(held[entry]))
            if number not in best or fit > best[number]:
                best[number] = fit
        scored = [(score, weight, self.programs[n]) for n, (score, weight) in sorted(best.items())
                  if score >= MIN_PART_SCORE]
        placed = False
        if places:  # "삼척 자격증 응시료…": among programs of that name, the one of that place; else a nationwide one
            here = _named_whole_elsewhere([x for x in scored if in_place(x[2], places)], scored)
            placed = bool(here) and any(not names_part(p, here[0][2].title) for p in places)
            # ... else a nationwide one, or one whose page states no place (it may well be there)
            scored = here or [x for x in scored if x[2].municipality in (NATIONWIDE, "")]
        scored.sort(key=lambda x: -x[0])
        # a shortened name ("영농정착 지원") names the one program it fits much better than any other
        enough = MIN_PLACED_WEIGHT if placed else MIN_PART_WEIGHT
        shortened = (scored and scored[0][1] >= enough
                     and (len(scored) == 1 or scored[1][0] < RUNNER_UP_RATIO * scored[0][0]))
        top = scored[0][2] if scored else None
        scored = [x for x in scored if x[0] >= MIN_SCORE or (shortened and x[2] is top)]
        if not places:  # "울산대 대학일자리플러스센터": a place written inside a word of the name picks among programs
            # of that name, one whose name the question holds as much rare weight of as any (울산대학교's)
            heaviest = max((w for _, w, _ in scored), default=0.0)
            scored = [x for x in scored if x[1] >= heaviest and _writes_place(question, x[2])] or scored
        if not scored:
            return []
        best = max(s for s, _, _ in scored)
        near = [x for x in scored if x[0] >= best - TIE_MARGIN]
        # "해외일경험 지원사업" also holds all of "일 경험 지원": the longer name the question holds is the one named
        heaviest = max(w for _, w, _ in near)
        # ... but a nationwide program of the name stays beside a regional one whose name the question does not hold
        # whole either, when no place is asked ("미래내일 일경험 참여할 수 있어요?": 미래내일 일경험 사업, not 2024 미래내일
        # 일경험 참여청년 모집 (문화예술) of 전북 alone; `settle` answers the nationwide one and names the other)
        whole = max((s for s, w, _ in near if w >= heaviest), default=0.0) >= WHOLE_NAME
        near = sorted((x for x in near if x[1] >= SUBNAME_WEIGHT * heaviest
                       or (not places and not whole and x[2].municipality == NATIONWIDE
                           and x[1] >= NATIONWIDE_WEIGHT * heaviest)),
                      key=lambda x: (-x[0], x[2].source))
        return _written_place([p for _, _, p in near], _compact(question))

    def at(self, source: str) -> Program | None:
        """The program whose document is `source`, None when that document is no program page."""
        number = self._number_of.get(source)
        return None if number is None else self.programs[number]

    def of_document(self, document_id: str) -> Program | None:
        number = self._number_of_document.get(document_id)
        return None if number is None else self.programs[number]

    def abbreviated(self, word: str) -> list[Program]:
        """Programs a word shortens by taking a syllable from each part of the name ("내배카" = 국민내일배움카드,
        "국취제" = 국민취업지원제도): its syllables stand in the title in order, the first two parts apart.

        Every such program, so the caller can tell a word that names one program from a word that fits many."""
        word = _compact(word)
        if not MIN_ABBREVIATION <= len(word) <= MAX_ABBREVIATION or not re.fullmatch(r"[가-힣]+", word):
            return []
        pattern = re.compile(".+?".join(re.escape(ch) for ch in word))
        return [p for p, key in zip(self.programs, self.keys) if word not in key and pattern.search(key)]

    def runs_in(self, program: Program, places: tuple[str, ...]) -> bool:
        """Whether the program's own place (its 지역, not a mention in its text) is one the question names."""
        stems = _place_stems(program.municipality)
        return any(_compact(place) in stem or stem in _compact(place) for place in places for stem in stems)

    def settle(self, named: list[Program], places: tuple[str, ...] = ()) -> tuple[list[Program], list[Program]]:
        """(the programs to answer, the others of the same name to mention beside them).

        Rounds or years of one program ("…1차", "2025년 …") are one program: the latest answers. A name that
        fits a nationwide program and regional variants, asked without a place, is the nationwide one.
        """
        if len(named) < 2:
            return named, []
        keys = {round_of(p) for p in named}  # the same name in another place is another program
        if len(keys) == 1:
            latest = max(named, key=_recency)
            return [latest], [p for p in named if p is not latest]
        nationwide = [p for p in named if p.municipality == NATIONWIDE]
        if not places and 1 <= len(nationwide) < len(named):  # (several nationwide programs of other names: all)
            chosen, _ = self.settle(nationwide)
            return chosen, [p for p in named if p not in chosen]
        return named, []

    def named_share(self, question: str, source: str) -> float | None:
        """How much of the program at `source` the question names (0-1); None when `source` is no program."""
        fits = self._fits(question, source)
        return None if fits is None else max(share for share, _ in fits)

    def named_weight(self, question: str, source: str) -> float:
        """How much rare name the question holds of the program at `source` (the weight of its title's grams it
        holds); 0 when `source` is no program."""
        fits = self._fits(question, source)
        return 0.0 if fits is None else max(weight for _, weight in fits)

    def heaviest_named_weight(self, question: str) -> float:
        """The most name weight the question holds of any program (`named_weight`'s bound over all programs),
        found in one pass over the grams, so a caller can tell no other program could outname one."""
        asked = _grams(name_key(question))
        if not asked:
            return 0.0
        held = np.where(self.table.total > 0, self.table.held(asked), 0.0)
        return float(held.max()) if len(held) else 0.0

    def names_whole(self, question: str) -> bool:
        """Whether the question writes some program's name whole (WHOLE_NAME_SCORE of it): "38살 … 청년창업기업 보증
        받으면 어떤 혜택 있어요?" asks about that program, not what the asker can get."""
        return self.most_named_share(question) >= WHOLE_NAME_SCORE

    def most_named_share(self, question: str) -> float:
        """The largest share of any program's name the question holds (`named_share`'s bound over all programs)."""
        asked = _grams(name_key(question))
        if not asked:
            return 0.0
        table = self.table
        held = table.held(asked)
        share = np.divide(held, table.total, out=np.zeros_like(held), where=table.total > 0)
        return float(share.max()) if len(share) else 0.0

    def _fits(self, question: str, source: str) -> list[tuple[float, float]] | None:
        number = self._number_of.get(source)
        if number is None:
            return None
        table = self.table
        asked = {table.index[g] for g in _grams(name_key(question)) if g in table.index}
        fits = []
        for entry in table.entries_of(number).tolist():
            ids = table.grams[table.starts[entry] : table.starts[entry + 1]].tolist()
            fits.append(table.score(entry, float(sum(table.idf[g] for g in ids if g in asked))))
        return fits


def round_of(program: Program) -> tuple[str, str]:
    """What rounds and years of one program share: the name without year and round, and the place."""
    return _round_key(program.title), program.municipality


def _round_key(title: str) -> str:
    """A title without its year and round ("2025년 … 2차 모집" -> "…"): rounds of one program share it."""
    return ROUND.sub("", name_key(title))


def _recency(program: Program) -> tuple:
    """Newest first when sorted descending: the year and round its title states, then its document's date."""
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", program.title)]
    rounds = [int(r) for r in re.findall(r"(\d{1,2})\s*(?:차|회차|기)", program.title)]
    return (max(years, default=0), max(rounds, default=0), program.published, program.source)


def _written_place(programs: list[Program], question: str) -> list[Program]:
    """Among programs that fit a name equally, those whose place the question writes ("…(구미시)", "사천시청년…")."""
    if len(programs) < 2:
        return programs
    here = [p for p in programs if _writes_place(question, p)]
    return here or programs


def _writes_place(question: str, program: Program) -> bool:
    """Whether the question writes the program's place anywhere, inside a word too ("울산대" of 울산광역시)."""
    compact = _compact(question)
    return any(stem in compact for stem in _place_stems(program.municipality))


def _named_whole_elsewhere(here: list[tuple], scored: list[tuple]) -> list[tuple]:
    """The (share, weight, program) fits of the place asked, or none when no program there has its name held as
    much as MIN_SCORE and a program whose page states no place has its name held WHOLE_NAME_SCORE (the caller then
    falls back to the unplaced ones)."""
    unplaced = [x for x in scored if x[2].municipality in (NATIONWIDE, "")]
    named_there = max((x[0] for x in here), default=0.0) >= MIN_SCORE
    return here if named_there or max((x[0] for x in unplaced), default=0.0) < WHOLE_NAME_SCORE else []


def _place_stems(municipality: str) -> set[str]:
    """"경상남도 창원시 의창구" -> {"경상남도", "경남", "창원", "의창"}: how a place may be written in a question."""
    stems = set()
    for word in re.split(r"[\s;·,]+", municipality):
        stem = PLACE_SUFFIX.sub("", word) if len(word) > 2 else word
        stems |= {w for w in (word, stem, PROVINCE_SHORT.get(stem, "")) if len(w) >= 2 and w != NATIONWIDE}
    return stems


def in_place(program: Program, places: tuple[str, ...]) -> bool:
    """Whether the program runs in a place the question names; a "place" that is a word of its name does not count."""
    named = [p for p in places if not names_part(p, program.title)]
    return not named or any(_compact(place) in program.place_text for place in named)


def _stated_place(units) -> str:
    """Where a program page says it runs: its first 지역-like field naming a place; else a residence field written
    inside another ("참여대상 | 거주지역: 전북특별자치도 …", "○ (참여대상) 거주지역: 제주특별자치도 거주자")."""
    for label in PLACE_LABELS:
        for unit in units:
            if unit.label == label and PLACE_NAME.search(unit.value):
                return unit.value.strip()[:40]
    for unit in units:
        inner = RESIDENCE_INSIDE.match(unit.label + ":" + unit.value if unit.label else unit.text)
        if inner and PLACE_NAME.search(inner.group(1)) and not inner.group(1).startswith(NATIONWIDE):
            return inner.group(1).strip()[:40]
    return ""


def names_part(word: str, title: str) -> bool:
    """Whether a word of a question is (mostly) a piece of `title`: "기쁨카드은", "확산새업"."""
    # compared as written and as read aloud: "점프업" is a piece of "청년 JUMP-UP 아카데미"
    for word, whole in ((_compact(word), _compact(title)), (name_key(word), name_key(title))):
        if word in whole or (len(word) >= 3 and word[:-1] in whole):  # "제도은": the name with a particle
            return True
        grams = _grams(word)
        if grams and len(grams & _grams(whole)) >= 0.5 * len(grams):
            return True
    return False


def _names(title: str) -> list[str]:
    """A title, and its parts outside and inside brackets when it has them ("(광주 남구)" is a place and
    "(예비창업자)" who may apply, not a name; "(세종시 맞춤형디자인 지원사업)" is a name with its place)."""
    inner = [i for i in re.findall(r"[(\[【<]([^()\[\]【】<>]+)[)\]】>]", title)
             if not _place_only(i) and not BRACKETED_AUDIENCE.match(i)]
    outer = re.sub(r"[(\[【<][^()\[\]【】<>]*[)\]】>]", " ", title).strip()
    return [title] + ([outer] if inner and outer else []) + [i for i in inner if len(i.strip()) >= MIN_KEY_SYLLABLES]


def _place_only(bracket: str) -> bool:
    """Whether a title's bracket writes a place and nothing that could name a program beside it."""
    rest = _compact(PLACE_NAME.sub(" ", bracket))
    return PLACE_NAME.search(bracket) is not None and len(rest) < MIN_KEY_SYLLABLES


def name_key(text: str) -> str:
    """A name as compared: no year or notice words, Latin words in Hangul, lower case, no spaces or marks."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = NAME_YEAR.sub(" ", text)
    text = re.sub(r"[a-z]+", lambda m: ROMANISED.get(m.group(0)) or read_aloud(m.group(0)), text)
    key = _compact(text)
    return NAME_NOTICE_WORDS.sub("", key) or key


def _compact(text: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]", "", unicodedata.normalize("NFKC", text).lower())


def _grams(key: str) -> set[str]:
    """Jamo trigrams of a key: a misspelt syllable spoils a few of them, not the whole name."""
    jamo = unicodedata.normalize("NFD", key)
    return {jamo[i : i + GRAM] for i in range(len(jamo) - GRAM + 1)}
