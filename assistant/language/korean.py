"""Korean text: sentences, content morphemes for the lexical index, number forms, question cues."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

from kiwipiepy import Kiwi

# Morpheme tags that carry content: nouns, verb/adjective stems, roots, numbers, foreign words, hanja.
CONTENT_TAGS = {"NNG", "NNP", "NR", "NP", "VV", "VA", "XR", "SN", "SL", "SH", "MAG"}
# A thing a sentence names: a common or proper noun, or a word in Latin letters or hanja, unless 적 written onto it
# makes it a modifier ("구체적으로") or 하다/되다 after it makes it a verb ("제공돼요", "제공 돼요")
NOUN_TAGS = ("NNG", "NNP", "SL", "SH")
MODIFIER_SUFFIX = ("XSN", "적")
VERB_SUFFIX_TAGS = frozenset({"XSV", "XSA"})
# Question words: what kind of answer is wanted ("언제" -> a date), never what the question is about.
QUESTION_WORDS = {"얼마", "언제", "무엇", "뭐", "어디", "누구", "몇", "어떻", "어떠", "어떤", "무슨", "어느", "뭘"}
STOP_TERMS = QUESTION_WORDS | {
    # light verbs and fillers: like question words, they say what kind of answer is wanted, not what about
    "있", "없", "하", "되", "이", "것", "수", "데", "곳", "좀", "때", "등", "및", "또", "더", "잘",
    "알", "알리", "주", "보", "싶", "같",
    "왜", "그", "이것", "그거", "이거", "저거", "그것", "저", "제", "나", "우리", "거", "건", "게", "궁금", "말",
    "가르치", "받", "가", "오", "나오", "혹시", "얼마나", "뭔가", "있다", "하다", "되다", "그럼", "그러면", "정말", "진짜", "요즘", "지금", "다",
    "위하", "새로", "문", "여기", "거기", "저기", "누가", "어떻게", "알려주", "가능", "많이", "적게",
    "what", "where", "when", "who", "how", "which", "is", "are", "the", "a", "an", "of", "in", "on",
    "for", "to", "and", "or", "do", "does", "did", "can", "there", "any", "with", "many", "much",
    "about", "me", "tell", "i", "my", "it", "this", "that", "by", "from", "at", "be", "was", "were",
    "have", "has", "please", "you",
}
PLACE_SUFFIX = re.compile(r"(특별자치시|특별자치도|특별시|광역시|시|군|구|도)$")

_SMALL = {"천": 1_000, "백": 100}
_BIG = {"조": 10**12, "억": 10**8, "만": 10**4}
_NUM = r"\d[\d,]*(?:\.\d+)?"
_NUM_WORD = re.compile(
    rf"(?<![\d.,]){_NUM}\s?[조억만천백](?:\s?(?:{_NUM}\s?)?[조억만천백])*(?:\s?\d[\d,]*(?![\d.]))?"
)
_PART = re.compile(rf"({_NUM})?\s?([조억만천백])?")
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+)(?!\d)")


def normalize_numbers(text: str) -> str:
    """Write Korean number forms as plain digits: "1만2000" / "1만 2,000" / "12,000" -> "12000"."""
    text = _NUM_WORD.sub(lambda m: _number_value(m.group(0)), text)
    return _THOUSANDS.sub(lambda m: m.group(1).replace(",", ""), text)


def _number_value(phrase: str) -> str:
    """"13만2천200" -> "132200", "7천만" -> "70000000": units below 만 add up, 만/억/조 multiply."""
    total, section = 0.0, 0.0
    for m in _PART.finditer(phrase):
        digits, unit = m.groups()
        if not digits and not unit:
            continue
        value = float(digits.replace(",", "")) if digits else (0.0 if unit in _BIG else 1.0)
        if unit in _SMALL:
            section += value * _SMALL[unit]
        elif unit in _BIG:
            total += (section + value) * _BIG[unit]
            section = 0.0
        else:
            section += value
    total += section
    return str(int(total)) if total == int(total) else f"{total:g}"


def normalize_text(text: str) -> str:
    """NFKC (full-width forms, compatibility characters), drop zero-width spaces, write numbers as digits."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u200b-\u200d\ufeff]", "", text)
    return normalize_numbers(text)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


# Kiwi's dictionary of multi-word proper nouns (250k Wikidata names such as "잭 바우어", "영어 위키백과") is
# left out: it triples Kiwi's load (~3 s against ~1 s on an idle core, dictionary and first analysis, all
# of it holding the GIL), and on the indexed policy texts and questions it changed 5 of 3,763 texts'
# morphemes ("매치업" as the name "매치 업"). An index records which analyzer made its morphemes
# (`analyzer_name`), and a reader loads that one: ingest and questions always tokenize alike.
MULTI_WORD_NAMES = False
ANALYZER_NAMES = {True: "kiwi", False: "kiwi-single-words"}  # "kiwi": every index written before the choice
# What Kiwi cuts a word its dictionary lacks into: one-syllable nouns and affixes ("목정": 목 + 정; "단당": 단 + 당),
# not a numeral and its counter ("사일": 사 + 일, "만원"), which are words
NOUN_PIECE_TAGS = ("NNG", "NNP", "XSN", "XPN")


def analyzer_name(multi_word_names: bool = MULTI_WORD_NAMES) -> str:
    return ANALYZER_NAMES[multi_word_names]


def uses_multi_word_names(name: str) -> bool:
    """Whether the analyzer an index names loaded the multi-word dictionary (unknown names: the older default)."""
    return name != ANALYZER_NAMES[False]


class KoreanAnalyzer:
    """One Kiwi instance (~1 s to load, ~3 s with the multi-word names): load it once and hand it around."""

    def __init__(self, kiwi: Kiwi | None = None, multi_word_names: bool = MULTI_WORD_NAMES):
        # one Kiwi thread: calls here run one at a time anyway, and Kiwi's default pool of one thread per
        # core takes longer to load (the same morphemes: checked on every indexed text)
        self.kiwi = kiwi or Kiwi(num_workers=1, load_multi_dict=multi_word_names)
        self.name = analyzer_name(multi_word_names)  # what an index built with this analyzer records
        self._lock = threading.Lock()  # Kiwi calls are not documented as thread-safe

    def sentences(self, text: str) -> list[Sentence]:
        """Sentence spans of `text`; offsets index into `text` itself. Line breaks always split."""
        out: list[Sentence] = []
        for line_start, line in _lines(text):
            with self._lock:
                parts = self.kiwi.split_into_sents(line)
            for s in parts:
                start, end = line_start + s.start, line_start + s.end
                if text[start:end].strip():
                    out.append(Sentence(text[start:end], start, end))
        return out

    def terms(self, text: str) -> list[str]:
        """Content morphemes for lexical matching: numbers as digits, place suffixes dropped, lowercased."""
        with self._lock:
            tokens = self.kiwi.tokenize(normalize_text(text))
        out = []
        for t in tokens:
            tag = t.tag.split("-")[0]
            if tag not in CONTENT_TAGS:
                continue
            form = t.form.lower()
            if tag == "NNP" and len(form) >= 3:
                form = PLACE_SUFFIX.sub("", form) or form
            if len(form) >= 2 and form.endswith("율"):
                form = form[:-1] + "률"  # 고용율/고용률: one spelling, as people write both
            if form not in STOP_TERMS:
                out.append(form)
        return out

    def tokens(self, text: str) -> list:
        """Kiwi's tokens of `text` as written (form, tag, start, len), for rules that read tags and offsets."""
        with self._lock:
            return self.kiwi.tokenize(text)

    def reads_as_no_word(self, word: str) -> bool:
        """Whether Kiwi cannot read `word` as a word it knows: one its dictionary lacks ("먀감"), or one it reads only
        as one-syllable noun pieces ("목정": 목 + 정; "단당": 단 + 당); not "하류", "아내", a verb ("나와": 나오 + 아) nor
        a number with its counter ("사일", "만원")."""
        tokens = self.tokens(word)
        return any(t.oov for t in tokens) or (len(tokens) > 1 and all(
            t.len == 1 and t.tag.split("-")[0] in NOUN_PIECE_TAGS for t in tokens))

    def reading_score(self, word: str) -> float:
        """How readily Kiwi reads `word`: the log-probability of its best analysis (higher is plainer; a slip reads
        far lower than the word meant: "해줭요" about 20 below 해줘요)."""
        with self._lock:
            return self.kiwi.analyze(word, top_n=1)[0][1]

    def things(self, text: str, joined_only: bool = False) -> set[str]:
        """The nouns `text` writes as things, lowercased (NOUN_TAGS): not a verb's stem ("키우" of "키워주는"), a number
        ("30" of "30살"), a noun made a modifier ("구체" of "구체적으로") nor one made a verb by 하다/되다 after it
        ("제공" of "제공돼요" or "제공 돼요"; with `joined_only`, only of one written onto it: "잡케어 해야" keeps 케어)."""
        tokens = self.tokens(text)
        out = set()
        for noun, after in zip(tokens, [*tokens[1:], None]):
            if noun.tag not in NOUN_TAGS:
                continue
            if after is not None:
                tag, joined = after.tag.split("-")[0], after.start == noun.start + noun.len  # "XSA-I" is an XSA
                if (joined and (tag, after.form) == MODIFIER_SUFFIX) or (tag in VERB_SUFFIX_TAGS and (joined or not joined_only)):
                    continue
            out.add(noun.form.lower())
        return out

    def respace(self, text: str) -> str:
        """Fix spacing slips ("수원시창업센터어디있어요" -> "수원시 창업센터 어디 있어요")."""
        with self._lock:
            return self.kiwi.space(text)


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)
