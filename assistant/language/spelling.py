"""How close two Korean words are as typed: hangul syllables split into their letters (jamo), compared by
edit distance, so "신청기칸" is one letter from "신청기간" and "얼마에여" one from "얼마에요".

A syllable is three keystrokes at most (initial, vowel, final), so a slip of one key changes one letter of the
decomposed word, never a whole syllable. Latin letters and digits are letters of their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

HANGUL_FIRST = 0xAC00
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
          "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
LONG_WORD = 6  # syllables: a longer word may hold two slips
# How much more readily the analyzer must read a spelling one letter off a word that is no word ("해줭요" -> 해줘요:
# its best analysis about 20 log-probability higher) before that spelling is taken as the one meant, how far ahead of
# the next such spelling it must read (so a slip with two plain readings, "상굼": 상금 or 상품, stays), and the longest
# word so read (each syllable has some 65 spellings a letter off to score). Set on the tuning halves' own slips
# ("신쳥", "아카대미", "젼화번호") and the typed variants of them
CLEARER_READING = 10.0
CLEARER_THAN_NEXT = 2.0
LONGEST_REREAD = 10
# The words people ask with, as they type them (a question word with its particle, a verb with its asking
# ending): a slip in one of them ("얼먀까지", "엉디에") is read as the word, whatever program is asked about.
ASKING_WORDS = (
    "어디에", "어디서", "어디로", "어디예요", "어디에서", "어디까지", "얼마나", "얼마예요", "얼마까지", "얼마인가요",
    "얼마씩", "언제까지", "언제부터", "누구부터", "누가먼저", "언제예요", "몇명", "몇개월", "몇시간", "몇번", "몇살", "무엇인가요", "뭐예요",
    "어떻게", "어떤가요", "누구", "있나요", "있어요", "있는지", "없나요", "되나요", "되는지", "돼요", "하나요", "해요",
    "해주나요", "주나요", "줘요", "받나요", "받을", "받을수", "받아요", "할수", "수있나요", "가능한가요", "가능해요",
    "가능한지", "신청해요", "신청하나요", "해야", "해야하나요", "해야돼요", "내야돼요", "내야되나요", "내야하나요", "내야해요", "필요한가요", "필요해요", "알려주세요",
    "알려줘", "알려주십시오", "궁금해요", "궁금합니다", "인가요", "건가요", "거예요", "나오나요", "나와요", "하는지", "참여할", "지원해요",
    # whether a program gives a thing (asking.GIVES_ASKED): "보증비율 올려줘요?" is no slip of 알려줘요
    "올려줘", "깎아줘", "낮춰줘", "늘려줘", "줄여줘", "빌려줘", "챙겨줘",
)
# Syllables that end a word as a particle or a verb ending ("지원돼", "얼마까지", "신청함"): a known word followed
# by them is written as meant.
ENDING_SYLLABLES = set("은는이가을를의에도로와과랑만서면고며요죠나지까돼되해했함임음야여줘와봐데게니다야어아으")
HANGUL_WORD = re.compile(r"[가-힣]{3,}")  # a word of three syllables or more: shorter ones are not reread
PAGE_WORD = re.compile(r"[가-힣]{3,}|(?<![가-힣])[가-힣]{2}(?![가-힣])")  # on a page, two-syllable words too
# The marked vowels typed for the plain ones, a stroke too many (ㅑ for ㅏ, ㅕ for ㅓ): read back as the plain one.
# Not the other way: a plain vowel or initial typed is most often the word meant ("다른" is no slip of 따른)
PLAIN_VOWELS = {"ㅑ": "ㅏ", "ㅕ": "ㅓ", "ㅛ": "ㅗ", "ㅠ": "ㅜ", "ㅒ": "ㅐ", "ㅖ": "ㅔ"}
# An initial doubled by a shift key held too long ("씨급" for 시급, "두뻔" for 두번)
PLAIN_INITIALS = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}
# The two vowels people mix up as they sound alike ("켐퍼스" for 캠퍼스, "혜텍은" for 혜택은, "언재까지" for 언제까지): read back
# only in a word no document writes, as the one spelling of it a document does
SOUNDALIKE_VOWELS = {"ㅐ": "ㅔ", "ㅔ": "ㅐ"}
# Asking endings and question words as typed at speed, read as meant wherever they stand, so what a question asks is
# seen ("일반인도 되나여?" asks whether, as "되나요?" does): 여, 욤 or 염 for the polite 요 at a clause's end after a
# verb's ending ("뽑아여", "얼마에여", "다른가여", "되나욤"; never after a noun: "정장 대여", "급여", "참여" stay), 머 for 뭐
# as a word of its own ("머에요", "서류 머머 내요"; "머리", "머물" stay), and 잇 for 있 opening a word ("참가비 잇나요");
# and the 반말 asking ending -나 at a clause's end after a verb ("축제할 때 하나", "인건비도 되나") as its polite -나요.
SLIPPED_ASKING = (
    (re.compile(r"(?<=[아어해돼되줘봐와워나가까에예네세래])(?:여|욤|염)(?=\s*[?？!.~]|\s*$)"), "요"),
    (re.compile(r"(?<=[하되있없맞주받열쓰내오])나(?=\s*[?？!.~]|\s*$)"), "나요"),
    (re.compile(r"(?<![가-힣])머머(?![가-힣])"), "뭐뭐"),
    (re.compile(r"(?<![가-힣])머(?=에요|예요|야|지|가|를|\s|[?？]|$)"), "뭐"),
    (re.compile(r"(?:(?<![가-힣])|(?<=수))잇(?=나|어|을|는지)"), "있"),
)
# A noun of two syllables written with its particle ("상다도", "인터으로"): on one program's page, whose few words
# leave a slip one plain reading, such a noun the page does not hold is read as the page's noun one final off (the
# commonest slip at speed: a final typed or dropped). A changed initial or vowel there makes another word ("아내랑" is
# no slip of 이내), and a verb's endings are no particles ("있으면" stays)
SHORT_NOUN = re.compile(r"^([가-힣]{2})(으로|에서|에게|한테|이랑|은|는|이|가|을|를|의|에|도|로|랑|과|와|만)$")


def plain_asking(text: str) -> str:
    """The question with its slipped asking endings and words read as meant (SLIPPED_ASKING): "울산 동구 … 월별로
    다른가여" -> "… 다른가요"."""
    for slip, meant in SLIPPED_ASKING:
        text = slip.sub(meant, text)
    return text


def letters(word: str) -> str:
    """The word as its typed letters: each hangul syllable as initial, vowel and final (Unicode's decomposed
    form, where a final is a letter apart from the initial of the same shape)."""
    return unicodedata.normalize("NFD", word.lower())


def syllable(initial: str, vowel: str, final: str = "") -> str:
    """The hangul syllable of those letters ("ㄱ", "ㅏ", "ㄴ" -> "간")."""
    return chr(HANGUL_FIRST + (INITIALS.index(initial) * 21 + VOWELS.index(vowel)) * 28 + FINALS.index(final))


def parts(ch: str) -> tuple[str, str, str]:
    """A hangul syllable's (initial, vowel, final) letters ("간" -> ("ㄱ", "ㅏ", "ㄴ"))."""
    initial, rest = divmod(ord(ch) - HANGUL_FIRST, 21 * 28)
    vowel, final = divmod(rest, 28)
    return INITIALS[initial], VOWELS[vowel], FINALS[final]


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance with adjacent swaps, stopped early: any distance above `limit` is `limit + 1`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def typed_distance(a: str, b: str, limit: int = 3) -> int:
    """How many key slips apart two words are, read as typed letters."""
    return edit_distance(letters(a), letters(b), limit)


def slips_allowed(word: str) -> int:
    """Key slips a word of this length may hold and still be read as the word meant: none in a syllable or two
    (a slip there makes another real word), one up to six syllables ("취업사관학교" is no slip of "창업사관학교"),
    two in longer ones."""
    size = len(word)
    return 0 if size < 3 else 1 if size <= LONG_WORD else 2


def closest(word: str, vocabulary: Iterable[str]) -> str | None:
    """The one word of `vocabulary` the word is a slip of (fewest slips, within `slips_allowed`); None when none
    is, or when two differ from it alike (then it is not plain which was meant)."""
    allowed = slips_allowed(word)
    if not allowed:
        return None
    best: list[str] = []
    best_distance = allowed + 1
    for candidate in vocabulary:
        if candidate == word or abs(len(candidate) - len(word)) > 1:
            continue
        distance = typed_distance(word, candidate, allowed)
        if distance < best_distance:
            best, best_distance = [candidate], distance
        elif distance == best_distance and distance <= allowed:
            best.append(candidate)
    return best[0] if len(best) == 1 and best_distance <= allowed else None


def slip_held(word: str, page: str) -> bool:
    """Whether the word's first two syllables, which the page (its text without spaces) does not hold, are one vowel
    or final from two syllables it does ("신쳥할때": 신청; "상굼": 상금): a slip of a word the page uses, no detail it
    lacks. A changed initial makes another word ("부처" is no slip of 부서), so only a vowel or final is read past."""
    head = word[:2]
    if len(head) < 2 or not all("가" <= ch <= "힣" for ch in head) or head in page:
        return False
    for at, ch in enumerate(head):
        initial, vowel, final = parts(ch)
        for other in {syllable(initial, v, final) for v in VOWELS} | {syllable(initial, vowel, f) for f in FINALS}:
            if other != ch and head[:at] + other + head[at + 1 :] in page:
                return True
    return False


def key_slips(word: str) -> set[str]:
    """The spellings a hangul word may have been meant as, when one of its syllables took a marked vowel or a
    doubled initial for the plain one ("냐이" -> 나이; "씨급" -> 시급). A dropped or added final is left out: that
    slip makes real words of real words ("백수" is no slip of 배수)."""
    out = set()
    for at, ch in enumerate(word):
        if not "가" <= ch <= "힣":
            continue
        initial, vowel, final = parts(ch)
        typed = ([syllable(initial, PLAIN_VOWELS[vowel], final)] if vowel in PLAIN_VOWELS else []) + (
            [syllable(PLAIN_INITIALS[initial], vowel, final)] if initial in PLAIN_INITIALS else [])
        out.update(word[:at] + other + word[at + 1 :] for other in typed)
    return out


def plain_readings(word: str) -> set[str]:
    """The spellings a word no document writes may have been typed for, one syllable changed: a marked vowel or a
    doubled initial for the plain one (key_slips: "졍규직" -> 정규직, "여디서" -> 어디서), or ㅐ and ㅔ mixed up
    ("켐퍼스" -> 캠퍼스)."""
    out = key_slips(word)
    for at, ch in enumerate(word):
        if "가" <= ch <= "힣":
            initial, vowel, final = parts(ch)
            if vowel in SOUNDALIKE_VOWELS:
                out.add(word[:at] + syllable(initial, SOUNDALIKE_VOWELS[vowel], final) + word[at + 1 :])
    return out


def one_letter_off(word: str) -> set[str]:
    """Every spelling of a hangul word one letter (an initial, a vowel or a final) away from it: the words a slip
    of one key may have been meant as."""
    out = set()
    for at, ch in enumerate(word):
        if not "가" <= ch <= "힣":
            continue
        initial, vowel, final = parts(ch)
        others = ({syllable(i, vowel, final) for i in INITIALS} | {syllable(initial, v, final) for v in VOWELS}
                  | {syllable(initial, vowel, f) for f in FINALS})
        out.update(word[:at] + other + word[at + 1 :] for other in others)
    out.discard(word)
    return out


def clearer_spelling(word: str, score: Callable[[str], float], no_word: Callable[[str], bool]) -> str | None:
    """The spelling one letter off `word` that the analyzer reads (`score`: KoreanAnalyzer.reading_score) far more
    readily than `word` and than any other such spelling, as a word (`no_word`: KoreanAnalyzer.reads_as_no_word):
    "해줭요" -> 해줘요, "운영깅관" -> 운영기관, "뽑응면" -> 뽑으면; None when there is no plain one (CLEARER_READING,
    CLEARER_THAN_NEXT) or the word is too long to read so (LONGEST_REREAD)."""
    if len(word) > LONGEST_REREAD:
        return None
    own = score(word)
    scored = sorted(((score(other), other) for other in one_letter_off(word)), reverse=True)
    if len(scored) < 2:
        return None
    (best, meant), (next_best, _) = scored[0], scored[1]
    if best - own < CLEARER_READING or best - next_best < CLEARER_THAN_NEXT or no_word(meant):
        return None
    return meant


def _changed(word: str, reading: str) -> str:
    """The syllable of `word` that `reading` (of the same length) spells otherwise."""
    return next(a for a, b in zip(word, reading) if a != b)


def final_slip(a: str, b: str) -> bool:
    """Whether two hangul words differ only in the final of one syllable ("상다" and "상담")."""
    if len(a) != len(b) or a == b:
        return False
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return (len(differ) == 1 and all("가" <= ch <= "힣" for ch in differ[0])
            and parts(differ[0][0])[:2] == parts(differ[0][1])[:2])


class Respeller:
    """Reads a question's misspelt words as the words of a vocabulary they are a slip of ("서먼평가" -> "서면평가"
    when a program's page says 서면평가). Only words the documents never hold are reread, and only into one word
    that is plainly meant, so a rare but right word stays as written. `page`: given (one program's page, whose
    words are the vocabulary), a two-syllable noun with its particle the page does not hold is read too
    (SHORT_NOUN)."""

    def __init__(self, vocabulary: Iterable[str], page: str | None = None):
        self.words = set(vocabulary)
        self.page = page
        self._short: tuple[str, set[str]] | None = None  # the page without spaces, its two-syllable words
        # the page's words, alone and joined two or three at a time (with their particles cut), and the starts of its
        # words of three syllables and more
        self._written: set[str] | None = None
        self.by_length: dict[int, list[tuple[str, frozenset[str]]]] = {}
        for word in self.words:
            if len(word) >= 3:
                self.by_length.setdefault(len(word), []).append((word, frozenset(word)))

    def meant(self, word: str) -> str | None:
        """The vocabulary word `word` is a slip of, None when there is no single one."""
        allowed = slips_allowed(word)
        if not allowed:
            return None
        own = set(word)
        # a slip touches one syllable (two at most): the word meant shares all the others
        candidates = [w for size in (len(word) - 1, len(word), len(word) + 1)
                      for w, held in self.by_length.get(size, ()) if len(own & held) >= len(own) - allowed]
        return closest(word, candidates)

    def respell(self, text: str, known, no_word: Callable[[str], bool] | None = None,
                score: Callable[[str], float] | None = None) -> str:
        """`text` with each hangul word that `known(word)` denies replaced by the word meant, its particle or
        ending kept ("임차룡을" -> "임차료을"). A word that is a known word with endings ("지원돼", "얼마까지") is
        as meant, and so is a word of the vocabulary itself. A word whose one plain reading (plain_readings) is
        known, as written or with endings, is that reading ("세죵시" -> 세종시, "취준생됴" -> 취준생도), whatever
        the vocabulary, when the syllable it changes is one no document writes ("쳔", "됴"; not 짜 in "공짜로",
        which documents write in 날짜: a word they lack may be a real one). On a page, given `no_word(word)` (whether
        the analyzer cannot read a word as one it knows: KoreanAnalyzer.reads_as_no_word), a word of two syllables,
        alone or with its particle or endings, that no document holds and that is no word ("먀감", "목정": 목 + 정,
        "단당") is the page's one word a letter off (마감, 목적, 담당); a real word stays ("아내랑", "하류"). And on a
        page, given `score` too (how readily the analyzer reads a word: KoreanAnalyzer.reading_score), any other word
        no document holds that is no word is read as the page writes it a letter off, as a word or words written
        apart ("마춤지원" on a page writing 맞춤 지원), else as the spelling a letter off the analyzer reads far more
        readily (clearer_spelling: "해줭요" -> 해줘요, "운영깅관" -> 운영기관): a slip in an ending, or one no vocabulary
        word is near."""
        on_page = no_word is not None and self.page is not None  # read on one page's few words only

        def misread(word: str) -> bool:  # a word no document holds, that is no word
            return on_page and not known(word) and no_word(word)

        def reread(match: re.Match) -> str:
            word = match.group(0)
            if len(word) == 2:  # read only on a page, given `no_word` (PAGE_WORD)
                if not misread(word):
                    return word
                return self._short_noun(word, loose=True) or read_clearer(word)
            noun = SHORT_NOUN.match(word) if self.page is not None else None
            if noun and word not in self.words:
                meant = self._short_noun(noun.group(1), loose=misread(noun.group(1)))
                if meant is not None:
                    return meant + noun.group(2)
            if self._as_meant(word, known):
                return word
            plain = [w for w in plain_readings(word) if not known(_changed(word, w)) and self._as_meant(w, known)]
            if len(plain) == 1:  # "제쳔에서" where the documents write 제천: the one plain spelling they hold
                return plain[0]
            for cut in range(0, min(2, len(word) - 3) + 1):  # the word, else without a particle of a syllable or two
                if cut and not set(word[len(word) - cut:]) <= ENDING_SYLLABLES:
                    break  # what is cut is no particle or ending: "양성교육" is not "양성교" + 육, "청년한테" not 청년한 + 테
                meant = self.meant(word[: len(word) - cut])
                if meant is not None:
                    return meant + word[len(word) - cut:]
            stem, ending = word[:2], word[2:]  # "단당이에요": a two-syllable word no document holds, with endings
            if set(ending) <= ENDING_SYLLABLES and misread(stem):
                meant = self._short_noun(stem, loose=True)
                if meant is not None:
                    return meant + ending
            return read_clearer(word) if misread(word) else word

        def read_clearer(word: str) -> str:  # a word no document holds, that is no word: as the page writes it a
            # letter off ("마춤지원" on a page writing 맞춤 지원: not the analyzer's 마침지원), else as the analyzer reads it
            if score is None:
                return word
            return self._page_spelling(word) or clearer_spelling(word, score, no_word) or word

        return (PAGE_WORD if on_page else HANGUL_WORD).sub(reread, text)

    def _short_noun(self, noun: str, loose: bool = False) -> str | None:
        """The one two-syllable word of the page one final off `noun` (`loose`: one letter off), when the page does
        not hold `noun` itself."""
        if self._short is None:  # built on the first short noun asked: most questions have none the page lacks
            page = self.page or ""
            self._short = (re.sub(r"\s+", "", page), {w for w in words_of(page, 2) | self.words if len(w) == 2})
        compact, short = self._short
        if noun in compact:
            return None
        meant = [w for w in short if (typed_distance(noun, w, 1) == 1 if loose else final_slip(noun, w))]
        return meant[0] if len(meant) == 1 else None

    def _page_spelling(self, word: str) -> str | None:
        """The one spelling a letter off `word` that the page writes as a word, or as two or three words written
        apart ("맞춤 지원" for 마춤지원), each perhaps with its particle, or, of three syllables or more, as the start of
        one of its words ("생계비대부" of 생계비대부사업); never a run into a word's inside ("교육과정 및 개인" holds no 및개,
        nor "해외마케팅" a 해외). None when the page writes none or several."""
        if self._written is None:  # built on the first word so read: most questions have none
            runs = re.findall(r"[가-힣]+", self.page or "")
            joined = {"".join(runs[i:j]) for i in range(len(runs)) for j in range(i + 1, min(i + 3, len(runs)) + 1)}
            cut = {w[:-n] for w in joined for n in (1, 2) if len(w) - n >= 2 and set(w[-n:]) <= ENDING_SYLLABLES}
            starts = {run[:n] for run in runs for n in range(3, len(run) + 1)}
            self._written = joined | cut | starts
        written = [other for other in one_letter_off(word) if other in self._written]
        return written[0] if len(written) == 1 else None

    def _as_meant(self, word: str, known) -> bool:
        """Whether a word reads as written: it, or it without its particles and endings, is known."""
        stem = word
        while True:
            if known(stem) or stem in self.words:
                return True
            if len(stem) <= 2 or stem[-1] not in ENDING_SYLLABLES:
                return False
            stem = stem[:-1]


def words_of(text: str, shortest: int = 3) -> set[str]:
    """The hangul words of a text as a vocabulary, each also without a last syllable or two (its particle or
    ending: "서면평가를" gives "서면평가"), none shorter than `shortest` syllables."""
    out = set()
    for word in re.findall(r"[가-힣]{%d,}" % shortest, text):
        out.update(word[: len(word) - cut] for cut in range(0, min(2, len(word) - shortest) + 1))
    return out
