"""How a Korean sentence leans on the one before it: back-references and bare leading connectives.

A quote that opens "이를 통해 656명이 취업하고…" means nothing without its antecedent; one that opens
"또한," reads fine once the connective is dropped.
"""

from __future__ import annotations

import re

# Openings that point at an earlier sentence: the answer must show that sentence first.
BACK_REFERENCES = (
    "이를 통해", "이를 토대로", "이를 바탕으로", "이에 힘입어", "이에 따라", "이에", "이는", "이를", "이 같은",
    "이같은", "이러한", "이와 같이", "이 사업", "이 센터", "이 프로그램",
    "해당 사업", "해당 센터", "해당 프로그램", "그 결과", "그 외", "동시에 이를", "이로써", "이로 인해",
)
# Connectives that only join a sentence to the previous one; dropped from the displayed quote.
LEADING_CONNECTIVES = (
    "또한", "아울러", "특히", "또", "더불어", "한편", "게다가", "그리고", "이와 함께", "이밖에도", "이 밖에도",
    "이 밖에", "이밖에", "이처럼",
)
# Openings after which a sentence takes its subject from what precedes it, back-references and connectives
# alike: the extractive answerer credits the question terms the sentences before it hold.
ANAPHORA = (
    "이 사업", "이는", "이를", "이에", "이를 통해", "이 같은", "이와 함께", "이 센터", "해당 사업", "그 결과", "이에 힘입어",
    "또한", "또,", "아울러",
)
# Reported speech and pledges ("… 주력하겠다"고 밝혔다): plans a speaker announces, not what one can use today.
SPEECH = re.compile(r"[”\"]\s*(?:고|라고|며)\s*(?:말했|밝혔|강조했|전했)|겠다\s*[”\"]|겠다\s*고")

_BACK = re.compile(r"^\s*(?:" + "|".join(re.escape(b) for b in sorted(BACK_REFERENCES, key=len, reverse=True)) + r")(?=[^가-힣]|$|[은는이가을를의에도])|^\s*동시에\s*이를")
_CONNECTIVE = re.compile(r"^\s*(?:" + "|".join(re.escape(c) for c in sorted(LEADING_CONNECTIVES, key=len, reverse=True)) + r")\s*,?\s+")


# A "sentence" that opens with a quotative particle is the rest of the one before, cut at the quote's full stop:
# "…요구하지 않겠다.” | 라는 스기무라 후카시 공사관 서기관의 확약을 믿고…"
QUOTE_CONTINUES = re.compile(r"^\s*(?:이)?(?:라는|라고|라며|라면서|란|라 |하는|하고|고 |며 |는 )")


def continues_quote(sentence: str) -> bool:
    return bool(QUOTE_CONTINUES.match(sentence))


# A quoted name after a full stop that the splitter leaves with the sentence before, while it opens the next
# one: "… 분열된 상태에 놓였다. "저항의 날"| 로 선언한 5월 6일에는 …".
QUOTE_AFTER_STOP = re.compile(r"(?<=[.!?])\s+[\"“‘'《「『<][^\"”’'》」』>]{1,40}[\"”’'》」』>]\s*$")
OPENS_WITH_PARTICLE = re.compile(r"^[가-힣]")  # the next piece goes on from the quote ("로 선언한…", "라는…")


def quote_openings_moved(text: str, sentences: list) -> list:
    """Sentences (korean.Sentence spans of `text`) with a quoted opening moved from the end of the sentence
    before to the start of its own, so neither is quoted cut."""
    out = list(sentences)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1]
        tail = QUOTE_AFTER_STOP.search(here.text)
        if tail is None or text[here.end:after.start].strip() or not OPENS_WITH_PARTICLE.match(after.text):
            continue
        cut = here.start + tail.start()
        opening = cut + len(tail.group()) - len(tail.group().lstrip())
        out[i] = type(here)(text[here.start:cut], here.start, cut)
        out[i + 1] = type(after)(text[opening:after.end], opening, after.end)
    return out


def leans_back(sentence: str) -> bool:
    """Whether the sentence opens with a back-reference (after any bare connective)."""
    return bool(_BACK.search(_CONNECTIVE.sub("", sentence, count=1)))


def without_connective(sentence: str) -> str:
    """The sentence without a bare leading connective ("또한, 입주기업의…" -> "입주기업의…")."""
    return _CONNECTIVE.sub("", sentence, count=1).strip()


# How a statement ends ("…했다.", "…있음", and "…실시하였다," where a comma was typed for the full stop);
# a heading ("<강남구 취업경진대회 실시>") does not.
STATEMENT_END = re.compile(r"(다|요|음|함|됨|임)\s*[.!?…,]?\s*[”\"’']?\s*$")
# ... or any final . ! ? (maybe inside a closing quote): wider than STATEMENT_END, punctuation alone counts.
STATEMENT_OR_STOP_END = re.compile(STATEMENT_END.pattern + r"|[.!?]\s*[”\"’']?\s*$")


def reads_as_statement(sentence: str) -> bool:
    """Whether the sentence is a statement, not a heading or a caption."""
    return bool(STATEMENT_END.search(sentence.strip()))


# A reply that is only a pick among listed options: "2번", "두 번째요", "제주요", "전국 거요", "서울로 할게요".
MAX_CHOICE_REPLY_CHARS = 20
ORDINALS = {"첫": 1, "첫번째": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5}
_NUMBERED = re.compile(r"^(\d{1,2}|첫|두|둘|세|셋|네|넷|다섯)\s*(?:번\s*(?:째)?|번째|째)?(?:\s*(?:거|것|걸로))?")
_CHOICE_ENDING = re.compile(
    r"\s*(?:(?:에서|의|으로|로)?\s*(?:하는\s*)?(?:거|것|걸로|꺼)?\s*(?:이요|요|이에요|예요|입니다|할게요|해\s*주세요|해요|이오)?)\s*$"
)


def chosen_among(reply: str, options: list[tuple[str, str]]) -> int | None:
    """The index of the option (label, place) a reply that is only a choice picks; None when it is more than a
    choice or fits no option, or several alike ("청년이요" among two 청년 programs)."""
    text = re.sub(r"[\s.!?~,。]+$", "", reply.strip())
    if not text or len(text) > MAX_CHOICE_REPLY_CHARS or len(text.split()) > 3:
        return None
    numbered = _NUMBERED.match(text)
    if numbered and not _CHOICE_ENDING.sub("", text[numbered.end():]).strip():
        word = numbered.group(1)
        n = int(word) if word.isdigit() else ORDINALS[word]
        return n - 1 if 1 <= n <= len(options) else None
    stem = re.sub(r"\s+", "", _CHOICE_ENDING.sub("", text))
    if len(stem) < 2:
        return None
    fits = [i for i, (label, place) in enumerate(options) if stem in re.sub(r"\s+", "", f"{place} {label}")]
    if not fits and len(stem) > 2 and stem[-1] in "도시군구":  # "제주도" for 제주특별자치도
        stem = stem[:-1]
        fits = [i for i, (label, place) in enumerate(options) if stem in re.sub(r"\s+", "", f"{place} {label}")]
    if len(fits) > 1:  # "전국" in both "전국" and a label saying "전국 …": the option whose place it is
        fits = [i for i in fits if stem in re.sub(r"\s+", "", options[i][1])] or fits
    return fits[0] if len(fits) == 1 else None


# Words a follow-up points back with ("그거 신청은?"): they name what was talked about, not what is asked.
REFERRING_WORDS = {"그거", "그것", "그건", "거기", "그곳", "이거", "이것", "이건", "저거", "저것", "그", "이", "해당"}
