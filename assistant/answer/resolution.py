"""Which program a question is about: named by its title (however written), carried from the turn before, or
described ("세종에서 직업상담사가 찾아와서 1:1 상담해주는 거") and found by what search reads in it.

A described program is the one whose page search ranks first, when that page is a program page of the
place the question names. Resolution says whether it is sure of the program (`Resolved.sure`): named, settled
by the conversation, named in part, or described clearly (every word the question says of it is on its page
and on no other page search ranks high). A sure program's answer stands even when it is "that program's
document does not say"; an unsure one's only when its page answers (else the question is answered as one
naming no program).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from assistant.answer.programs import MAX_UNWRITTEN_THINGS
from assistant.answer.unstated import content_words, written_forms
from assistant.index.titles import MIN_SCORE, WHOLE_NAME_SCORE, Program, in_place, round_of
from assistant.language.asking import PASSED_OVER, passed_over
from assistant.language.discourse import REFERRING_WORDS
from assistant.language.fields import FRAME_WORDS, LABEL_KINDS
from assistant.language.korean import PLACE_SUFFIX
from assistant.language.intents import asks_overview, compares_places
from assistant.language.names import CHANNEL_WORD, NAME_SHORTHANDS, names_a_body_only, program_names
from assistant.language.questions import (
    HARD_TYPES, Question, home_place, is_followup, lived_in_only, one_place, outer_place,
)
from assistant.language.regions import NATIONWIDE, PLACE_NAME, PROVINCE_SHORT, load_regions
from assistant.language.spelling import ASKING_WORDS, Respeller, words_of
from assistant.types import Hit

MIN_WRITTEN_SHARE = 0.2  # a name the question writes must hold this much of a described program's title...
# A program search finds first whose name the question holds this much of, in weight of rare grams too, is named
# in part ("창원 면접정장 …", "경북 청년애꿈 …"): search agreeing with the part of the name written is what the title
# match alone lacks for so short a part, so a refusal names that program (answers still come as for a described
# one: from its passages that hold the question's words, which answer where the named reader would refuse)
NAMED_IN_PART_SHARE = 0.2
NAMED_IN_PART_WEIGHT = 16.0
MIN_UNPLACED_SHARE = 0.2  # ... and of a described page that states no place, when the question names a place
RESIDENT = re.compile(r"\s*거주자$")  # "인천광역시 거주자": a program's 지역 as the portal writes it
PLACED_DEPTH = 5  # passages looked through for a program page of the place a question names
# A program search ranks first is meant instead of the one matched by name when the question holds a tenth more of
# its name's weight than of the matched one's
OUTNAMING_WEIGHT = 1.1
ROUND_WRITTEN = re.compile(r"(?<!\d)(\d{1,2})\s*(?:차|회차|기)(?![가-힣])")  # "2차", "제3기": a round of a program
YEAR_WRITTEN = re.compile(r"(?<!\d)(?:20)?(\d{2})\s*년(?!\s*(?:이상|이내|미만|차))")  # "2024년", "24년": a year of it
PARTICLE = re.compile(r"(은|는|이|가|을|를|의|에|도|로|으로|에서|이랑|랑|하고|이요|요)$")  # "내배카는" -> "내배카"
# A noun of this many syllables or more is on a page only where the page writes it whole, as a word of its own
# (with a particle at most): "직업상담사" is not on a page saying only "전문직업상담사", while a short noun
# ("정장", "면접") is on a page writing it inside a compound ("면접정장대여")
LONG_NOUN = 4
# A field answer from a page found by description, whose name the question never writes, needs this share of the
# question's words written on it (and lacks no more of the things it names than a page read by meaning may)
DESCRIBED_SHARE = 0.75
DETAIL_NAMES = {w for names in LABEL_KINDS.values() for w in names}  # "전화번호", "지원금", "신청기간": details by name
WORD_END = r"(?:은|는|이|가|을|를|의|에|와|과|도|로|으로|에서|들|만)?(?![가-힣])"  # what may follow a whole word


@dataclass(frozen=True)
class Resolved:
    programs: list[Program]  # one to answer, or several that fit alike; none when only the question was reread
    described: bool = False  # found by what the question says of it, not by its name
    question: Question | None = None  # the question as asked of that program, when it had to be reread
    settled: bool = False  # the conversation settled it ("그거 신청은?", "2번"): the question need not name it
    in_part: bool = False  # described, but the question writes a plain part of its name
    sure: bool = True  # named, settled, named in part or clearly described: when its document does not answer, the
    # refusal names it ("… 문서에는 … 없습니다") rather than the question being answered as naming no program


def resolve(question: Question, programs, conversation, search: Callable[[], list[Hit]],
            known: Callable[[str], bool] = lambda word: True,
            reread: Callable[[str], Question] | None = None) -> Resolved | None:
    """The program(s) the question is about, None when it is about none in particular (or, when its words were
    read back as meant, a place or a slip of a plain spelling, a Resolved naming no program that carries the question
    so read).

    `programs` is the generation's ProgramAnswerer, `conversation` what the turns before settled, `search()`
    the question's ranked passages (run only when the question names no program), `known(word)` whether any
    passage holds a word (a shortened name is a word no passage holds), `reread(text)` the question analysed
    afresh: given, words no passage holds are read as the words they are a slip of — of the titles when the
    question names no program as written ("구미 청년서장 프로젝트"), of the program's own page once it is found
    ("서먼평가" where the page says 서면평가) — and the answer is to the question so read."""
    if reread is None or question.lang != "ko":
        return _resolve(question, programs, conversation, search, known)
    respelt = load_regions().read_places(programs.titles.place_respeller().respell(question.text, known), known)
    placed = _reread(question, respelt, reread)
    if placed is not None:  # "서귀표 …", "광쭈 남구 …": the place is read first, since it picks among programs of one name
        question = placed
    found = _resolve(question, programs, conversation, search, known)
    if placed is not None and (found is None or found.question is None):
        # "으평구 청년 일자리사업 월급", "무이쟈 대출": the words read back stand for the search too, when no program
        # is named
        found = replace(found, question=placed) if found is not None else Resolved([], question=placed)
    if found is None or not found.programs or found.described:
        respelt = programs.titles.respeller().respell(question.text, known)
        again = _reread(question, respelt, reread)
        named = _resolve(again, programs, conversation, search, known) if again is not None else None
        if named is not None and not named.described and not named.settled:
            found = replace(named, question=again)
    if found is None or len(found.programs) != 1 or (found.question is not None and found.settled):
        return found
    asked = found.question or question
    page = _page(programs, found.programs[0])
    # a word no passage holds, a slip from one the page does, is that word; a short noun the page does not hold too
    # ("상다도" where the page says 상담), and the page's places as people write them ("광주광역시" -> 광주), so a slip
    # as near a place as a noun ("과주": 거주, 광주) is not plain; and the words a detail is asked by, which the page
    # may write otherwise ("젼화번호" is 전화번호 on a page giving "문의 (052-…)")
    places = {PLACE_SUFFIX.sub("", m.group()) for m in PLACE_NAME.finditer(page)}
    respelt = Respeller(words_of(page) | places | set(ASKING_WORDS) | DETAIL_NAMES | FRAME_WORDS, page=page).respell(
        asked.text, known, programs.analyzer.reads_as_no_word, programs.analyzer.reading_score)
    again = _reread(asked, respelt, reread)
    return replace(found, question=again) if again is not None else found


def _reread(question: Question, respelt: str, reread: Callable[[str], Question]) -> Question | None:
    """The question read again as respelt, with the person's own words kept to show; None when nothing changed."""
    if respelt == question.text:
        return None
    return replace(reread(respelt), original=question.original)


def _resolve(question: Question, programs, conversation, search: Callable[[], list[Hit]],
             known: Callable[[str], bool]) -> Resolved | None:
    """The program(s) the question names or describes, as it is written; a program it passes over by a word of its
    name ("… 기업탐방 말고 개인별로 봐주는 거") is not the one meant when the rest of the question names or describes
    another, and is when it does not; one it passes over by its name ("기업탐방프로그램 말고 다른 지원도 같이 …") is the
    one asked of."""
    if passed := [w for w in passed_over(question.text) if len(w) >= 2 and not programs.titles.match(w)]:
        rest = replace(question, text=PASSED_OVER.sub(" ", question.text),
                       search_text=PASSED_OVER.sub(" ", question.search_text),
                       terms=tuple(t for t in question.terms if not any(t in w for w in passed)))
        found = _resolve_as_written(rest, programs, conversation, _passing_over(search, programs.titles, passed), known)
        if found is not None and found.programs:
            return found
    return _resolve_as_written(question, programs, conversation, search, known)


def _resolve_as_written(question: Question, programs, conversation, search: Callable[[], list[Hit]],
                        known: Callable[[str], bool]) -> Resolved | None:
    titles = programs.titles
    home = home_place(question)
    # "대구 사는데 경북 농지임대료 지원 …": the program is of the place asked, not of where the asker lives
    asked = tuple(p for p in question.places if p != home)
    named = _past_channel(question.text, titles, titles.match(question.text, asked), asked)
    written = _written_in_full(question.text)
    named_as_written = titles.match(written, question.places) if not named and written != question.text else []
    if named_as_written:
        question = replace(question, text=written)  # "실업급여 하루 상한액": the program pages call it 구직급여
        named = named_as_written
    outer = outer_place(question.places)
    if not named and outer:  # "수원 사는데 경기도 청년 면접수당…": a program of the province covers its cities
        named = titles.match(question.text, (outer,))
    # "부산 금정구 …": a program runs where asked when it runs in 금정구, not in another district of 부산 (unless
    # 금정구 is only where the asker lives: "창원 사는데 경남 면접정장 …" asks of 경남's program)
    inner = tuple(p for p in question.places if p != outer)
    specific = inner if outer and inner and home not in inner else question.places
    if named and question.places and not any(titles.runs_in(p, specific) for p in named):
        # "서귀포 … 취업특강": the name fits only programs of elsewhere (or nationwide ones); a program page of
        # the place asked that search ranks first is the one meant
        # ... or one whose page names more of the places asked, when the named one's page names some of them
        # ("부산 금정구 …": 금정구's page, not 영도구's, which says 부산 too); a page that names none of them may
        # well run there and keeps its name's claim
        # (a named program that search ranks first is the one meant, wherever its page says it runs)
        hits = search()
        first = titles.of_document(hits[0].chunk.document_id) if hits else None
        found = _described(question, titles, hits, programs) if first not in named else None
        held = max(_places_held(p, question.places) for p in named)
        if found is not None and (titles.runs_in(found, question.places)
                                  or 0 < held < _places_held(found, question.places)
                                  or _named_in_the_province(question, titles, found, named)):
            named = [found]
    if named and question.places and not any(titles.runs_in(p, question.places) for p in named):
        # "남동구 … 청년도전지원사업": of the programs of that name, the one of the city that holds 남동구
        named = _covering(titles.match(question.text), question.places) or named
    if named and question.places:
        named = _named_whole_around(question, titles, named)
    if len(named) == 1:
        named = _outnamed(question, titles, named, search, home)
    if len(named) == 1:
        named = _at_the_place_asked(question, titles, named, search)
    if len(named) == 1:
        named = _stating_instead(question, programs, named, search)
    if named and max(titles.named_share(question.text, p.source) or 0.0 for p in named) < MIN_SCORE:
        # a name held only in part ("울산 중구 …" of "울산 중구 청년도전지원사업") yields to a program the question
        # describes clearly ("… 남자 재킷 대여 …": every word it says of it on that page alone)
        clear = _clearly_described(question, programs, search())
        if (clear is not None and clear not in named
                and _places_held(clear, question.places) >= _places_held(named[0], question.places)
                and not _holds_all(_described_words(question), _page(programs, named[0]))):
            return Resolved([clear], described=True, in_part=_named_in_part(question, titles, clear))
        # ... or to the program search finds where asked whose page writes every word the question says that the
        # named one's page writes, and more ("경북 … 대학생들 무역 실무교육이랑 현장실습 …": 지역대학 글로벌 무역전문가
        # 양성지원, not 창업교육 혁신선도대학 사업, whose name the question holds in 대학, 교육 and 사업 alone)
        found = _described(question, titles, search(), programs)
        if (found is not None and found not in named
                and _places_held(found, question.places) >= _places_held(named[0], question.places)
                and _writes_more(_described_words(question), _page(programs, found), _page(programs, named[0]))):
            in_part = _named_in_part(question, titles, found)
            return Resolved([found], described=True, in_part=in_part, sure=in_part)
    if named:
        return Resolved(_of_round(question.text, _most_placed(named, question.places)))
    own = [t for t in question.terms if t not in question.places]
    if conversation.program and is_followup(question.text, own, ()):  # "그거 신청은?": the program talked about
        program = titles.at(conversation.program)
        if program is not None:  # "그거" names the program, it is not what is asked
            terms = tuple(t for t in question.terms if t not in REFERRING_WORDS) or question.terms
            return Resolved([program], question=replace(question, terms=terms), settled=True)
    named = programs.named(question)  # a follow-up naming it in the turn before
    if named:
        return Resolved(named)
    shortened = _abbreviated(question, titles, known)
    if shortened is not None:
        return Resolved([shortened])
    if (compares_places(question) and not one_place(question.places) and not home) or asks_overview(question, HARD_TYPES):
        # about many programs, not one
        return None
    hits = search()
    clear = _clearly_described(question, programs, hits)
    program = clear or _writing_more(question, programs, hits, _described(question, titles, hits, programs))
    covering = (_covering(titles.match(question.text, _provinces_of(question.places)), question.places)
                if question.places and (program is None or clear is None) else [])
    if covering and (program is None or program in covering):
        # "포항에서 대학 다니는데 … 대학일자리플러스센터": the program of that name of the province holding the city
        # asked (경상북도's), its page never writing the city, unless search ranks a page of the city itself higher;
        # not sure of it, so when its page does not answer, the question is answered as naming no program. The
        # question names it, so it is read as named even when search finds the same page ("익산에서 … 25살인데
        # 청년창업농 영농정착지원금 몇년까지": 전북's page, read by meaning, not only where it holds the question's words)
        # (sure of it as a described program would be: when the question writes a plain part of its name)
        if _ranked_over_the_places_own(titles, covering, hits, question.places):
            sure = program is not None and _named_in_part(question, titles, program)
            return Resolved(_of_round(question.text, covering), sure=sure)
    if program is None:
        return None
    in_part = _named_in_part(question, titles, program)
    return Resolved([program], described=True, in_part=in_part, sure=in_part or clear is not None)


def _passing_over(search: Callable[[], list[Hit]], titles, aside: list[str]) -> Callable[[], list[Hit]]:
    """The search, without the passages of programs whose names hold a word the question sets aside."""
    def passing_over() -> list[Hit]:
        hits = search()
        kept = [h for h in hits if not _named_by_any(titles.of_document(h.chunk.document_id), aside)]
        return kept or hits
    return passing_over


def _named_by_any(program: Program | None, words: list[str]) -> bool:
    """Whether the program's name holds one of the words."""
    return program is not None and any(w in program.title.replace(" ", "") for w in words)


def _written_in_full(text: str) -> str:
    """The question with the everyday short names it writes put as program pages write them."""
    for word, forms in NAME_SHORTHANDS.items():
        text = text.replace(word, forms[0])
    return text


def _past_channel(text: str, titles, named: list[Program], places: tuple[str, ...]) -> list[Program]:
    """The other program the question names, when the one matched is named only as where something is done
    ("국내해외취업센터 상담 예약은 어떻게 하나요? 월드잡플러스에서 되나": 국내해외취업센터 is asked of)."""
    if len(named) != 1:
        return named
    for word in CHANNEL_WORD.findall(text):
        if named[0] not in titles.match(word):
            continue
        rest = titles.match(text.replace(word, " "), places)
        if rest and named[0] not in rest:
            return rest
    return named


def _named_in_part(question: Question, titles, program: Program) -> bool:
    """Whether the question writes a plain part of the found program's name (not only words any title has); the
    places it names say where, not which program ("부산 청년 … 지원" names no 부산 program in particular)."""
    text = _without_places(question.text, question.places)
    return ((titles.named_share(text, program.source) or 0.0) >= NAMED_IN_PART_SHARE
            and titles.named_weight(text, program.source) >= NAMED_IN_PART_WEIGHT)


def _without_places(text: str, places: tuple[str, ...]) -> str:
    """The question without the words that write a place it names ("부산", "구미시에서", "경북")."""
    stems = {s for p in places for s in (p, PLACE_SUFFIX.sub("", p)) if len(s) >= 2}
    return " ".join(w for w in text.split() if not any(s in w for s in stems))


def _outnamed(question: Question, titles, named: list[Program], search: Callable[[], list[Hit]],
              home: str = "") -> list[Program]:
    """The program search ranks first instead of the one matched by name, when the question holds plainly more of
    its name ("경남 청년 면접정장 무료대여": 경상남도's program, though "청년 면접정장 무료 대여" is held whole) and
    it runs where the question asks (not where the person lives: "의정부 사는데 서울 …" asks of 서울's program). A
    longer name holding the matched one as a small part is not it ("청년농업인 육성지원" is not "… 해남군 영농승계
    청년농업인 육성 지원사업")."""
    matched = titles.named_weight(question.text, named[0].source)
    if titles.heaviest_named_weight(question.text) <= OUTNAMING_WEIGHT * matched:
        return named  # no program's name is held plainly more: no search needed (it costs a query embedding)
    hits = search()
    first = titles.of_document(hits[0].chunk.document_id) if hits else None
    places = tuple(p for p in question.places if p != home)
    if first is None or first in named or (places and not in_place(first, places) and not _placeless_named(
            question, titles, first)):
        return named
    held = titles.named_weight(question.text, first.source)
    # (a plain part of its name, not only the place asked: "세종시에서 청년 창업자 … 사업" holds of 청년기업 디자인
    # 지원사업(세종시 맞춤형디자인 지원사업)'s name little but 세종)
    if held > OUTNAMING_WEIGHT * matched and _named_in_part(question, titles, first):
        return [first]
    return named


def _placeless_named(question: Question, titles, program: Program) -> bool:
    """Whether a program whose page states no place is one the question names (MIN_SCORE of its name), so it may
    well run where asked ("전북 사회적경제 청년혁신가 …": the unplaced 사회적경제 청년혁신가 지원사업, not 전북's
    시군 청년혁신가 예비창업지원, whose name the question holds less of)."""
    return _placeless(program) and (titles.named_share(question.text, program.source) or 0.0) >= MIN_SCORE


def _at_the_place_asked(question: Question, titles, named: list[Program], search: Callable[[], list[Hit]]) -> list[Program]:
    """The program of the place asked itself that search ranks highest among its top passages (even below the
    matched one), when the one matched by name is a program of a district inside it the question never names ("서울
    캠퍼스타운 창업 지원 …": 서울특별시's 캠퍼스타운 program, not 강서구's 서울 캠퍼스타운 사업), and the question writes
    a plain part of its name."""
    if (not question.places or not _inside_the_places(named[0], question.places)
            or _names_own_place(named[0], question.places)):
        return named
    ranked = (titles.of_document(h.chunk.document_id) for h in search()[:PLACED_DEPTH])
    for program in dict.fromkeys(p for p in ranked if p is not None and p not in named):
        if (titles.runs_in(program, question.places) and not _inside_the_places(program, question.places)
                and _named_in_part(question, titles, program)):
            return [program]
    return named


def _named_in_the_province(question: Question, titles, first: Program, named: list[Program] = ()) -> bool:
    """Whether the program search ranks first is the one meant though its page never writes the city asked: the
    question names it (MIN_SCORE of its name, and more of it than of the one matched in the city), and its page
    names the province holding that city ("군산 … 지역주도형 청년일자리 …": 전북's 지역주도형 청년일자리사업(시군),
    whose 지역 lists the province's cities, not 군산's 청년기업 인증사업)."""
    provinces = _provinces_of(question.places)
    return (bool(provinces) and in_place(first, provinces)
            and (titles.named_share(question.text, first.source) or 0.0) >= MIN_SCORE
            and titles.named_weight(question.text, first.source)
            > max((titles.named_weight(question.text, p.source) for p in named), default=0.0))


def _names_own_place(program: Program, places: tuple[str, ...]) -> bool:
    """Whether a place asked is the program's own place (its 지역) or lies inside it: "광주 남구 …" names 광주 남구's."""
    regions = load_regions()
    asked = _regions_of(places)
    return any(regions.covers(o, a) for o in _regions_of(_own_places(program)) for a in asked)


def _inside_the_places(program: Program, places: tuple[str, ...]) -> bool:
    """Whether the program's own place (its 지역) lies wholly inside a place asked and is narrower than it: a
    district's program for a question naming its city."""
    regions = load_regions()
    asked, own = _regions_of(places), _regions_of(_own_places(program))
    return bool(own) and bool(asked) and all(
        any(regions.covers(a, o) and not regions.covers(o, a) for a in asked) for o in own)


def _named_whole_around(question: Question, titles, named: list[Program]) -> list[Program]:
    """The program of a wider place holding the one asked (a province for its city) whose name the question writes
    whole, over programs of the place itself whose names it holds only in part ("창원 사는 … 에너지성장 플러스
    청년일자리": 경상남도's program of that name, not 창원's 청년일자리 성장 프로젝트)."""
    if max(titles.named_share(question.text, p.source) or 0.0 for p in named) >= WHOLE_NAME_SCORE:
        return named
    whole = [p for p in titles.match(question.text)
             if (titles.named_share(question.text, p.source) or 0.0) >= WHOLE_NAME_SCORE]
    return _covering(whole, question.places) or named


def _stating_instead(question: Question, programs, named: list[Program], search: Callable[[], list[Hit]]) -> list[Program]:
    """The program search ranks high whose name the question also holds (MIN_SCORE of it) and whose page writes the
    detail asked, when the program matched by name never writes it ("미래내일 일경험 인턴형 … 참여수당 얼마?": the
    page of 미래내일 일경험 사업 states the 참여수당, the one of a district's 미래내일 일경험 인턴 모집 does not)."""
    missing = programs.unstated_detail(question, named[0])
    if not missing:
        return named
    titles = programs.titles
    ranked = [p for p in (titles.of_document(h.chunk.document_id) for h in search()[:PLACED_DEPTH]) if p is not None]
    # a name held only in part yields to the first other program search ranks whose name the question writes a
    # plain part of ("… 임업진흥원 프로그램, 수료하려면 교육시수 …": 청년 산림인 성장지원, not a 청년 일자리 지원
    # 프로그램 named by words any title has); a name written whole never does ("청년 기술평가체험단 … 활동비"), nor
    # one search ranks first too ("인하대 반도체 패키징 연구소 … 인건비" asks of 반도체 패키징 분야 대학중점연구소
    # 지원, whose page lacks it, not of a program named by 청년 and a syllable that states it)
    held_whole = max(titles.named_share(question.text, p.source) or 0.0 for p in named) >= WHOLE_NAME_SCORE
    in_part = not held_whole and not (ranked and ranked[0] in named)
    for at, program in enumerate(dict.fromkeys(p for p in ranked if p not in named)):
        if (((titles.named_share(question.text, program.source) or 0.0) >= MIN_SCORE
             or (at == 0 and in_part and _named_in_part(question, titles, program)))
                and (not question.places or in_place(program, question.places))
                and _holds_all([missing], _page(programs, program))):
            return [program]
    return named


def _most_placed(named: list[Program], places: tuple[str, ...]) -> list[Program]:
    """Of several programs of one name, those whose place holds the most of the places asked ("광주 남구 …":
    광주광역시 남구's, not 대구광역시 남구's, which holds 남구 alone)."""
    if len(named) < 2 or len(places) < 2:
        return named
    held = [_places_held(p, places) for p in named]
    return [p for p, n in zip(named, held) if n == max(held)]


def _of_round(text: str, named: list[Program]) -> list[Program]:
    """Of several rounds or years of a program, those the question writes ("면접수당 2차", "2024년 …"); all when
    it writes none of theirs."""
    if len(named) < 2:
        return named
    for pattern in (ROUND_WRITTEN, YEAR_WRITTEN):
        asked = set(pattern.findall(text))
        if asked:
            written = [p for p in named if asked & set(pattern.findall(p.title))]
            if written:
                named = written
    return named


def _abbreviated(question: Question, titles, known: Callable[[str], bool]) -> Program | None:
    """The one program a word no passage holds shortens ("내배카 1인당 얼마?"), in the place asked if any."""
    for word in question.text.split():
        stem = PARTICLE.sub("", re.sub(r"[^가-힣]", "", word))
        fits = [p for p in titles.abbreviated(stem) if not question.places or not p.municipality
                or in_place(p, question.places)]
        if len({round_of(p) for p in fits}) == 1 and not known(stem):  # (the corpus is read only for a fit)
            return titles.settle(fits)[0][0]
    return None


def writes_most_said(question: Question, programs, program: Program) -> bool:
    """Whether a program found by description writes so much of what the question says that a field answer may come
    from its page though the question never names it: three quarters of its words (`DESCRIBED_SHARE`: "서울시가
    대학이랑 자치구랑 같이 청년 창업 거점 만드는 사업" is all but 같이 and 거점 on 캠퍼스타운's page), lacking no more
    than one thing it names ("삼성전자 신입 연봉", "게임 개발하는 청년들한테 월세 …" name other things than the page
    found) and no compound it writes whole ("청년도약계좌 가입 조건": a name of its own, not this page's)."""
    words = _described_words(question)
    page = _page(programs, program)
    unwritten = [w for w in words if not _holds_all([w], page)]
    if any(len(w) > LONG_NOUN for w in unwritten):
        return False
    things = programs.analyzer.things(question.text)
    return (len(words) - len(unwritten) >= DESCRIBED_SHARE * len(words)
            and sum(w.lower() in things for w in unwritten) <= MAX_UNWRITTEN_THINGS)


def _described(question: Question, titles, hits: list[Hit], programs=None) -> Program | None:
    """The program page search ranks first, unless it runs elsewhere than the place asked or the question writes a
    name ("… 자격취득 지원사업") that is not this program's; when the question names a place, the first program page
    of that place among the top passages ("광주남구 자격증 응시료…": 광주 남구's page, though 영도's ranks first), unless
    the place is only where the asker lives. A name the question writes is this program's too when its page writes
    every word of it (`programs`, the generation's ProgramAnswerer, given): "경남에서 중소기업 신입직원 직장 적응 교육
    해주는 청년 프로그램" is 경남's 청년일자리 성장 프로젝트, whose page offers 직장적응 programs to 신입직원 of
    중소기업, though the name fits a nationwide 직장적응 지원 better."""
    first = titles.of_document(hits[0].chunk.document_id) if hits else None
    if first is None:
        return None
    program = first
    # "경기도 사는데 청년쿡 비즈니스센터 …": where the asker lives is not where the program runs, so the page search
    # ranks first is meant, wherever it runs, when the question writes a plain part of its name
    elsewhere = lived_in_only(question) and _named_in_part(question, titles, first)
    if question.places and not elsewhere and not _named_in_the_province(question, titles, first):
        placed = (titles.of_document(h.chunk.document_id) for h in hits[:PLACED_DEPTH])
        program = next((p for p in placed if p is not None and _runs_where_asked(p, question.places)), first)
        if programs is not None and _placeless(first) and _holds_all(_described_words(question), _page(programs, first)):
            # "경남에서 축제 때 청년 창업가들 프리마켓 …": a page saying nowhere may run there, when it writes every
            # word the question says of the program
            program = first
        elif not _placed(question, titles, program):
            return None
    # (a name that names no program at all, "중기부 사업", describes one: "도약기 창업기업 … 중기부 사업")
    # (nor does a body's: "전북에서 농식품부 사업으로 … 정착지원금 주는 거")
    written = [name for name in program_names(question.text)
               if titles.most_named_share(name) >= MIN_WRITTEN_SHARE and not names_a_body_only(name)]
    if written and max(titles.named_share(name, program.source) or 0.0 for name in written) < MIN_WRITTEN_SHARE:
        return program if programs is not None and _writes_name(written, programs, program) else None
    return program


def _writing_more(question: Question, programs, hits: list[Hit], found: Program | None) -> Program | None:
    """The program page search ranks high, where asked (naming as many of the places asked: "울산 북구 …" is not
    울주군's), that writes every word the question says of the program that the found one's page writes, and more,
    one of them a word of its name ("전북 시군에서 청년 채용한 기업 인건비 … 인센티브": 지역주도형
    청년일자리사업(시군), whose page writes 시군 too, not 청년친화 친구기업 지원사업, ranked a hair above it; words
    any page may write, "며칠 동안", pick no other program)."""
    if found is None:
        return None
    words, page = _described_words(question), _page(programs, found)
    ranked = (programs.titles.of_document(h.chunk.document_id) for h in hits[:PLACED_DEPTH])
    for program in dict.fromkeys(p for p in ranked if p is not None and p != found):
        other = _page(programs, program)
        if ((not question.places or _runs_where_asked(program, question.places))
                and _places_held(program, question.places) >= _places_held(found, question.places)
                and _writes_more(words, other, page)
                and any(_holds_all([w], other) and not _holds_all([w], page) and w in program.title for w in words)):
            return program
    return found


def _placeless(program: Program) -> bool:
    """Whether a program page states no place at all: no 지역, and no province or city in its title or opening."""
    return not program.municipality and not any(stem in program.place_text for stem in _place_stems())


@cache
def _place_stems() -> frozenset[str]:
    """Every province and city as a page may write it ("경상남도", "경남", "창원")."""
    stems = set()
    for region in load_regions().regions:
        for name in (region.province, region.city):
            stem = PLACE_SUFFIX.sub("", name)
            stems |= {n for n in (name, stem, PROVINCE_SHORT.get(stem, "")) if len(n) >= 2}
    return frozenset(stems)


def _writes_name(written: list[str], programs, program: Program) -> bool:
    """Whether the program's page writes every word of a name the question writes (each as a word, in one of
    its forms; words any name has, "청년", "지원", count too)."""
    page = _page(programs, program)
    return any(_holds_all(re.findall(r"[가-힣A-Za-z0-9]{2,}", name), page) for name in written)


def _clearly_described(question: Question, programs, hits: list[Hit]) -> Program | None:
    """The one program, of the program pages search ranks high in the place asked, whose page holds every word the
    question says of it ("세종 … 직업상담사 … 상담"); None when no page or several hold them all (words any program
    page has describe none in particular)."""
    words = _described_words(question)
    if not words:
        return None
    titles = programs.titles
    ranked = (titles.of_document(h.chunk.document_id) for h in hits[:PLACED_DEPTH])
    candidates = [p for p in dict.fromkeys(ranked)
                  if p is not None and (not question.places or in_place(p, question.places))]
    most = max((_places_held(p, question.places) for p in candidates), default=0)
    candidates = [p for p in candidates if _places_held(p, question.places) == most]  # "울산 북구": 북구's, not 울주군's
    holding = [p for p in candidates if _holds_all(words, _page(programs, p))]
    return holding[0] if len({round_of(p) for p in holding}) == 1 else None  # rounds of one program are one


def _described_words(question: Question) -> list[str]:
    """The content words the question writes as they are (a verb's stem, "찾아오" of "찾아와서", is not written),
    and each long compound noun it writes whole ("청년도약계좌": a page holding 청년, 계좌 and 가입 apart is not
    that program's)."""
    words = [w for w in content_words(question) if w in question.text]
    compounds = []
    for token in question.text.split():
        for stem in (token, PARTICLE.sub("", token)):  # "…제도" is not "…제" with a particle
            if (re.fullmatch(r"[가-힣]+", stem) and len(stem) >= LONG_NOUN and stem not in words + compounds
                    and not any(stem.startswith(p) for p in question.places) and any(stem.endswith(w) for w in words)):
                compounds.append(stem)  # a noun as written ends in a noun ("…계좌"), a verb does not ("상담해주는")
                break
    return words + compounds


def _writes_more(words: list[str], page: str, other: str) -> bool:
    """Whether the page writes every one of the words the other page writes, and more of them."""
    held, other_held = ({w for w in words if _holds_all([w], p)} for p in (page, other))
    return other_held < held


def _page(programs, program: Program) -> str:
    """A program's title and passages, as search reads them."""
    return " ".join([program.title, *(programs.chunks[row].text for row in program.rows)])


def _holds_all(words: list[str], page: str) -> bool:
    """Whether the page writes every word in one of its forms; a long one whole (`LONG_NOUN`)."""
    page = page.lower()
    compact = page.replace(" ", "")
    return all(any(_written(form.lower(), page, compact) for form in written_forms(word)) for word in words)


def _written(word: str, page: str, compact: str) -> bool:
    if len(word) < LONG_NOUN:
        return word in compact
    return re.search(r"(?<![가-힣])" + re.escape(word) + WORD_END, page) is not None


def _places_held(program: Program, places: tuple[str, ...]) -> int:
    """How many of the places a question names the program's title, 지역 or opening lines name."""
    return sum(1 for place in places if in_place(program, (place,)))


def _placed(question: Question, titles, program: Program) -> bool:
    """Whether a found program may be the one meant where the question asks: it runs there, or its page states no
    place and the question names it in part (a page of elsewhere is not it, nor one whose title or opening names
    another place: "홍천군 청년창업 지원 사업" is no 청주 program, though its 지역 field is empty)."""
    if _runs_where_asked(program, question.places):
        return True
    return _placeless(program) and (titles.named_share(question.text, program.source) or 0.0) >= MIN_UNPLACED_SHARE


def _runs_where_asked(program: Program, places: tuple[str, ...]) -> bool:
    """Whether the program runs in a place the question names: its page names it, or its own place holds it
    ("여수 … 학자금 대출 상환지원": 전라남도's program runs in 여수 too, though its page never writes 여수)."""
    return in_place(program, places) or bool(_covering([program], places))


def _covering(programs: list[Program], places: tuple[str, ...]) -> list[Program]:
    """The programs whose own place (their 지역) holds a place the question names: a city's program for one of
    its districts."""
    regions = load_regions()
    asked = _regions_of(places)
    return [p for p in programs if any(regions.covers(outer, r) for outer in _own_places(p) for r in asked)]


def _ranked_over_the_places_own(titles, programs: list[Program], hits: list[Hit], places: tuple[str, ...]) -> bool:
    """Whether search ranks one of the programs above every program page of the places asked (among the top
    passages), or ranks no such page there at all."""
    ranked = (titles.of_document(hit.chunk.document_id) for hit in hits[:PLACED_DEPTH])
    for program in (p for p in ranked if p is not None):
        if program in programs:
            return True
        if in_place(program, places):
            return False
    return True


def _provinces_of(places: tuple[str, ...]) -> tuple[str, ...]:
    """The provinces holding the cities and districts a question names ("포항" -> "경상북도"); none for a province."""
    return tuple(dict.fromkeys(r.province for r in _regions_of(places) if r.city))


def _regions_of(places) -> list:
    """The regions the places name, each as the region table reads it (a name may fit several: "중구")."""
    regions = load_regions()
    return [r for place in places for r in regions.resolve_all(place)]


def _own_places(program: Program) -> list[str]:
    """"인천광역시 거주자" -> ["인천광역시"]: the places a program's 지역 names (never 전국)."""
    names = (RESIDENT.sub("", m).strip() for m in program.municipality.split(";"))
    return [n for n in names if n and n != NATIONWIDE]
