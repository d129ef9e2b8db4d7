"""Question -> what it asks: cleaned text, language, answer type, places named, terms to match."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.language.asking import COUNTED_SITES
from assistant.language.figures import NUMBER
from assistant.language.glossary import LOCAL_GOVERNMENTS, PROVINCES, SYNONYMS
from assistant.language.korean import (
    PLACE_SUFFIX,
    QUESTION_WORDS,
    STOP_TERMS,
    KoreanAnalyzer,
    normalize_numbers,
)
from assistant.language.regions import load_regions
from assistant.language.spelling import plain_asking

# Answer types: the kind of fact the question wants, and the pattern a sentence holding one has.
ANSWER_CUES: list[tuple[str, re.Pattern]] = [
    ("phone", re.compile(r"(?<!휴대)전화|연락처|번호|phone|call", re.I)),
    ("contact", re.compile(r"문의|담당\s*(기관|부서|자|하는\s*곳)|(주관|운영|시행)\s*기관|어느\s*기관|contact|in charge", re.I)),
    ("documents", re.compile(
        r"(제출|구비|필요|신청)\s*서류|서류(는|가|를|도)?\s*(뭐|무엇|어떤|뭘|필요)|뭘\s*내야|무엇을\s*(내|제출)|documents", re.I)),
    ("apply", re.compile(
        r"(신청|접수|지원)\s*(방법|절차)|어떻게\s*(신청|접수)|어디(서|에서|로|에|다|에다)\s*(신청|접수)|신청(은|하려면)\s*(어떻게|어디)|"
        # "신청 어디다 해요?", "신청 어디서 봐요?": where to apply is how to apply, not a venue (but "신청자는 어디 살아야")
        r"(신청|접수)(은|는|을|를)?\s*어디(?!\s*(사는|살|거주))|"
        r"how (do|can|to) (i )?apply|how to apply", re.I)),
    ("residence", re.compile(r"어디\s*(사는|살|거주)|어느\s*(지역|동네)|거주\s*(지|지역|요건|조건)|사는\s*사람|주민(이|만)|주소지|who lives|residents?", re.I)),
    ("age", re.compile(r"몇\s*살|(?<![가-힣])나이|연령|몇\s*세(?!기)|age|how old", re.I)),
    ("percent", re.compile(r"몇\s*%|몇\s*퍼센트|비율|[고취]용\s*[률율]|달성률|증가율|percent|rate", re.I)),
    ("count", re.compile(r"몇\s*(명|개|곳|군데|건|회|개사|개소|가지|팀)|인원|how many people|how many|number of", re.I)),
    ("amount", re.compile(
        r"얼마(예요|에요|인가요|야|죠|입니까|에여|예여|임|냐|인지|\s*[?？]|$)|얼마(를|씩|까지)?\s*(지원|받|줘|주|나와|드려|돼|되)|"
        r"금액|한도|예산|비용|자금|돈|(\d|몇)\s*원을|"
        r"how much money|budget|amount|money|fund", re.I)),
    ("quantity", re.compile(r"얼마나|(?<!대)규모|how much|how big|how large", re.I)),
    ("date", re.compile(r"언제|며칠|날짜|몇\s*월|몇\s*년|몇\s*세기|기간|시기|마감|연도|(?<!학)년도|[은는던된한]\s+해(는|가)?\s*([?？]|언제|$)|"
                        r"when|date|what year|which year|deadline", re.I)),
    # "몇 위", "몇 만 화소", "몇 번": a number in the unit written after 몇 (a preference, not a must)
    ("number", re.compile(r"몇\s*[가-힣]")),
    ("eligibility", re.compile(
        r"(지원|참가|참여|신청|모집|입주|선발|이용)\s*대상|대상(자|은\s*누|이\s*누)|자격|(?<!무)조건|누가.*(수\s*있|가능|되나|돼)|"
        r"누구.*(수\s*있|가능|대상)|들어갈\s*수|신청\s*할?\s*수|"
        r"who can|eligib|qualif|who is .* for", re.I)),
    ("name", re.compile(r"이름|명칭|뭐라고\s*(해|불러|하)|what is .* called|name", re.I)),
    ("place", re.compile(r"어디|위치|장소|주소|where|location|address", re.I)),
    ("person", re.compile(r"누가|누구|who", re.I)),
]
# "몇 개", the general counter, is answered in whatever counter the thing takes ("4매", "17,472 셀", "4관왕", "4종"):
# a number with any word after it but one of time, age, money, magnitude or rank.
ANY_COUNTER = r"(?!년|월|일|세|살|시|분|초|원|억|조|만|천|위|차|번째|등|명)[가-힣]"
# The unit a count question asks for ("몇 명" -> 명): a sentence must give a number in that unit.
COUNT_UNIT = re.compile(r"몇\s*(명|개사|개소|개월|개|곳|군데|건|회|가지|년(?=\s*(이에요|이예요|인가요|이야|이죠|간|동안|짜리|정도)))|how many (people|persons|jobs|companies|firms|times)", re.I)
UNIT_FORMS = {
    "명": "명|인(?![ ]+[가-힣])", "개": f"개|개사|개소|여개|곳|{ANY_COUNTER}", "개사": "개사|개|곳|업체", "개소": "개소|곳|개", "곳": f"곳|개소|개|개사|개\\s*({COUNTED_SITES})",
    "군데": f"곳|군데|개소|개사|개\\s*({COUNTED_SITES}|기관|기업|업체|센터|시설|대학|학교)",
    "건": "건", "회": "회|번", "개월": "개월|년", "년": "년(?!\\s*\\d)|개월", "가지": f"가지|개|{ANY_COUNTER}", "people": "명|인(?![ ]+[가-힣])", "persons": "명|인(?![ ]+[가-힣])", "jobs": "개|명",
    "companies": "개사|개|곳|업체", "firms": "개사|개|곳|업체", "times": "회|번",
}
FACT_PATTERNS = {
    "phone": re.compile(r"\d{2,4}-\d{3,4}-\d{4}|국번\s*없이\s*\d+"),
    "age": re.compile(r"\d+\s*(세|살)|\d+\s*~\s*\d+\s*세|만\s*\d+"),
    # a share, also as a fraction ("토양의 1/4", "3분의 1", "절반")
    "percent": re.compile(r"\d+(\.\d+)?\s*(%|％|퍼센트|%p)|\d+\s*/\s*\d+(?![/.\d])|\d+\s*분의\s*\d+|절반"),
    "amount": re.compile(r"\d[\d,.]*\s*(조|억|천만|백만|만|천)?\s*(원|달러|유로|엔|파운드|위안)|\d+\s*(조|억)"),
    "quantity": re.compile(
        rf"{NUMBER}(명|개|곳|건|회|개사|개소|개동|가지|업체|기업|원|%|％|%p|㎡|m2|평|배|시간|일|주|개월|년)"
    ),
    "date": re.compile(
        r"\d{4}\s*[년.]|\d{1,2}\s*월|\d{1,2}\s*일|\d{4}-\d{2}|(올해|내년|지난해|작년|상반기|하반기|연말|매월|매주|매년)"
        r"|\d+\s*(세기|년대)|\d+\s*(개월|주|년|일|시간)\s*(간|동안)"  # an era ("20세기 초"), a span of time ("6개월간")
    ),
    "count": re.compile(rf"{NUMBER}(명|개|곳|건|회|개사|개소|개동|가지|여명|여개|업체|기업)"),
    "place": re.compile(r"[가-힣]+(동|구|시|군|센터|청|관|터|밸리|단지|공원|역|캠퍼스|대학|교)\b|[가-힣]+에\s*(있|설치|개소|위치|조성)|https?://|www\."),
    "eligibility": re.compile(r"대상|이내|이상|이하|미만|\d+\s*세|만\s*\d+|자격|해당|누구나|위한|에게|[가-힣]당\s|입주할\s*수"),
    "name": re.compile(r"[‘'\"“「『<][^’'\"”」』>]{2,40}[’'\"”」』>]"),
    "person": re.compile(r"[가-힣]{2,4}\s*(시장|구청장|군수|본부장|관계자|기자|대표|장관|위원장)|[가-힣]*(청년|여성|노인|어르신|장애인|구직자|기업|학생|창업자|주민|계층)"),
}
# What a span of each kind looks like, widest first ("2011년 3월", not "2011년").
SPAN_PATTERNS = {
    **FACT_PATTERNS,
    "date": re.compile(
        r"\d{4}\s*년\s*\d{1,2}\s*월(\s*\d{1,2}\s*일)?|\d{4}\s*년\s*(상반기|하반기|말|초)?|\d{1,2}\s*월\s*\d{1,2}\s*일"
        r"|\d{4}\.\s*\d{1,2}(\.\s*\d{1,2})?|\d{1,2}\s*월|(올해|내년|지난해|작년)\s*(말|초|상반기|하반기)?"
    ),
}
# Types whose value must be in the answer; place and person only add preference.
HARD_TYPES = {"phone", "age", "percent", "amount", "quantity", "date", "count", "eligibility"}


def count_pattern(unit: str) -> re.Pattern:
    """A number in the asked unit ("몇 명" -> 177명, 1,132명, 6,800여 명)."""
    forms = UNIT_FORMS.get(unit.lower(), unit)
    return re.compile(rf"{NUMBER}({forms})")


# The unit after 몇 in a "number" question: its first syllable ("몇 위" -> 위, "몇 만 화소" -> 만: "1,200만").
ANY_UNIT = re.compile(r"몇\s*([가-힣])")


FOLLOWUP_CUE = re.compile(r"^(그럼|그러면|그래서|거기|그곳|그\s*사업|그\s*프로그램|이\s*사업|그건|그거|또|그리고|and|what about)", re.I)
HANGUL = re.compile(r"[가-힣]")
LETTERS = re.compile(r"[A-Za-z가-힣ㄱ-ㅎㅏ-ㅣ0-9]")


@dataclass(frozen=True)
class Question:
    """A question as the answerer sees it."""

    original: str
    text: str  # cleaned, spacing repaired
    lang: str  # "ko" or "en"
    answer_type: str  # phone, age, percent, amount, date, count, place, person, general
    places: tuple[str, ...]  # place stems named in the question ("부산", "고양")
    terms: tuple[str, ...]  # content morphemes (English words translated where the glossary knows them)
    search_text: str  # what retrieval is asked (follow-ups carry the previous turn's subject)
    unit: str = ""  # the unit a count question asks for ("명"), "" otherwise
    numbers: tuple[str, ...] = ()  # figures named in the question ("2024"): an answer must be about them


def clean_question(text: str) -> str:
    """Drop control characters and collapse whitespace; keep everything a person could have typed."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def problem_with(text: str, max_chars: int) -> str | None:
    """Why a question cannot be processed at all: a Refusal value ("empty", "too_long", ...), or None."""
    if not text:
        return "empty"
    if len(text) > max_chars:
        return "too_long"
    if len(LETTERS.findall(text)) < 2:
        return "not_a_question"
    return None


def detect_language(text: str) -> str:
    """"ko" or "en": Korean when Hangul is at least a quarter of the Latin letters (and two or more).

    The one rule for every part that asks: "What does the 고양 job center do?" is English. Text with
    nothing to go by (an empty question) is Korean, the language of the documents and the page.
    """
    if not text:
        return "ko"
    return "ko" if len(HANGUL.findall(text)) >= max(2, len(re.findall(r"[A-Za-z]", text)) // 4) else "en"


def analyze(text: str, analyzer: KoreanAnalyzer, history: list[tuple[str, str]] | None = None) -> Question:
    lang = detect_language(text)
    fixed = text
    if lang == "ko" and len(text) >= 10 and text.count(" ") <= len(text) // 12:
        fixed = analyzer.respace(text)
    if lang == "ko":  # "일반인도 되나여?", "서류 머 내요?": the asking words as meant
        fixed = plain_asking(fixed)
    terms = analyzer.terms(fixed)
    if lang == "en":
        terms = translate_terms(fixed, analyzer) or terms
    places = tuple(dict.fromkeys(_places(fixed, analyzer, lang)))
    search_text = fixed if lang == "ko" else f"{fixed} {' '.join(terms)}"
    if history and is_followup(fixed, terms, places):
        previous = history[-1][0]
        search_text = f"{previous} {search_text}"
        prev_places = tuple(_places(previous, analyzer, detect_language(previous)))
        places = places or prev_places
        extra = [t for t in analyzer.terms(previous) if t in prev_places]
        terms = list(terms) + [t for t in extra if t not in terms]
    kind = focused_answer_type(fixed, analyzer) if lang == "ko" else answer_type(fixed)
    unit_match = COUNT_UNIT.search(fixed) if kind in ("count", "date") else None
    unit = next((g for g in unit_match.groups() if g), "") if unit_match else ""
    if kind == "number":
        unit = ANY_UNIT.search(fixed).group(1)
    numbers = tuple(dict.fromkeys(re.findall(r"\d+(?:\.\d+)?", normalize_numbers(fixed))))
    return Question(text, fixed, lang, kind, places, tuple(terms), search_text, unit, numbers)


def answer_type(text: str) -> str:
    for name, cue in ANSWER_CUES:
        if cue.search(text):
            return name
    return "general"


# Words that ask by themselves wherever they stand ("얼마", "몇", "누구"), unlike a noun naming a kind of value.
QUESTION_NOUNS = {"얼마", "무엇", "뭐", "몇", "누구", "어디", "언제"}
SCENE_NOUN_MIN = 2  # a later noun this long moves the focus ("… 보도한 언론은?"); "월" in "금액은 월 얼마" does not


def focused_answer_type(text: str, analyzer: KoreanAnalyzer) -> str:
    """The answer type, where a noun naming a kind of value ("자금", "전화", "나이", "기간") counts only as the
    question's focus: the last thing it asks about ("지원 금액은 얼마예요?"), not a word of its scene
    ("정치자금 수입명세서를 입수해 … 보도한 언론은?" asks for a newspaper, "전화 기능을 갖춘 아이템은?" for an item)."""
    tokens = analyzer.tokens(text)
    masked = text
    for _ in range(len(ANSWER_CUES)):
        kind = answer_type(masked)
        if kind == "general":
            return kind
        cue = dict(ANSWER_CUES)[kind]
        match = cue.search(masked)
        if not _names_scene(match, cue, tokens):
            return kind
        masked = masked[:match.start()] + " " * (match.end() - match.start()) + masked[match.end():]
    return answer_type(masked)


def _names_scene(match: re.Match, cue: re.Pattern, tokens) -> bool:
    """Whether the cue matched a noun that a noun after its own noun phrase takes the focus from."""
    at = [t for t in tokens if t.start < match.end() and t.start + t.len > match.start()]
    if not at or not at[0].tag.startswith("NN") or at[0].form in QUESTION_NOUNS:
        return False
    after = [t for t in tokens if t.start >= match.end()]
    while after and after[0].tag.startswith("NN"):  # its own noun phrase goes on ("나이 제한", "예산 절감")
        after = after[1:]
    return any(t.tag in ("NNG", "NNP") and len(t.form) >= SCENE_NOUN_MIN and not cue.search(t.form)
               and t.form not in FRAME_NOUNS | TYPE_WORDS | QUESTION_NOUNS for t in after)


OWN_PLACE_MARK = "형"  # "경남형 청년친화기업": the place's own program
# A particle after a place name ("세종에", "부산에서"), taken off before the name is looked up.
WORD_PARTICLE = re.compile(r"(에서는|에서|에는|으로|까지|부터|이랑|에|은|는|이|가|을|를|의|도|로|랑)$")
LIVES_AFTER_PLACE = r"[가-힣]{0,3}\s*(?:에서?\s*)?(?:사는|살고|살아|살며|거주)"  # "광주 사는데", "남구에 살고"
DIRECTION_DISTRICTS = {"중", "동", "서", "남", "북"}  # 중구, 동구…: districts of many cities, named with their city


def _places(text: str, analyzer: KoreanAnalyzer, lang: str) -> list[str]:
    if lang == "en":
        from assistant.language.glossary import PLACES_EN

        low = text.lower()
        return [PLACE_SUFFIX.sub("", ko) or ko for en, ko in PLACES_EN.items() if re.search(rf"\b{en}\b", low)]
    tokens = analyzer.tokens(text)
    out = []
    for t in tokens:
        if t.tag != "NNP":
            continue
        stem = PLACE_SUFFIX.sub("", t.form) if len(t.form) >= 3 else t.form
        if (stem != t.form and len(stem) >= 2) or t.form in PROVINCES or t.form in LOCAL_GOVERNMENTS:
            out.append(stem)
        elif place := _own_place(t.form):  # "경남형" read as one name: 경남, where it is written (as "전북형" is: 전북 + 형)
            out.append(place)
    return out + [p for p in _places_in_words(text, tokens) if p not in out]


def _places_in_words(text: str, tokens) -> list[str]:
    """Places Kiwi does not tag as names: a city and its district written as one word ("광주남구" -> 광주, 남구),
    a place's own program ("경남형", "세종형" -> 경남, 세종) and a bare place name it splits into pieces ("세종에" read
    as 세 + 종). A word that Kiwi reads as a common noun as long as the name ("예산이", "고양이") is that noun, not the
    place."""
    out = []
    for word in re.finditer(r"[가-힣]+", text):
        stem = WORD_PARTICLE.sub("", word.group()) if len(word.group()) > 2 else word.group()
        inside = [t for t in tokens if word.start() <= t.start < word.end()]
        compound = _city_and_district(stem)
        if compound:
            out += compound
        elif place := _own_place(stem):  # "세종형", "광주형": however Kiwi reads the word
            out.append(place)
        elif _direction_district(stem) or (stem in LOCAL_GOVERNMENTS or stem in PROVINCES) and not any(
                t.tag.startswith("NN") and t.len >= len(stem) for t in inside):
            out.append(stem)
    return out


def _own_place(word: str) -> str:
    """The place whose own program a word names ("경남형" -> 경남, "광주형" -> 광주); "" for any other word ("유형")."""
    place = word.removesuffix(OWN_PLACE_MARK)
    return place if place != word and (place in PROVINCES or place in LOCAL_GOVERNMENTS) else ""


def _direction_district(word: str) -> bool:
    """"중구", "동구"…: a district many cities have, read as a place when Kiwi does not tag it ("울산 중구 …")."""
    return len(word) == 2 and word[0] in DIRECTION_DISTRICTS and word[1] == "구"


def _city_and_district(word: str) -> list[str]:
    """"부산서구" -> ["부산", "서구"], "광주남구" -> ["광주", "남구"]; [] when the word is no such pair."""
    for cut in range(2, len(word) - 1):
        city, district = word[:cut], word[cut:]
        if city not in LOCAL_GOVERNMENTS and city not in PROVINCES:
            continue
        local = district[:-1]
        if district[-1] in "시군구" and (local in DIRECTION_DISTRICTS or local in LOCAL_GOVERNMENTS):
            return [city, district if len(district) <= 2 else local]
    return []


def is_followup(text: str, terms, places) -> bool:
    """Whether a question leans on the turn before: it opens with a back-reference ("그거", "거기") or is too short
    to stand alone (no place, two content words at most)."""
    return bool(FOLLOWUP_CUE.search(text)) or (not places and len(terms) <= 2)


def translate_terms(text: str, analyzer: KoreanAnalyzer) -> list[str]:
    """English words -> the Korean morphemes the glossary gives them (documents are Korean)."""
    from assistant.language.glossary import GLOSSARY, PLACES_EN

    low = text.lower()
    korean = []
    places = {en: PLACE_SUFFIX.sub("", ko) or ko for en, ko in PLACES_EN.items()}  # "대전", not "대전시"
    for phrase, ko in sorted({**GLOSSARY, **places}.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(phrase)}", low):
            korean.append(ko)
            low = re.sub(rf"\b{re.escape(phrase)}\w*", " ", low)
    numbers = re.findall(r"\d[\d,.]*", low)
    # one word a line: Kiwi would otherwise read neighbouring words as one ("일자리 대전시" -> 대 + 전시)
    return [t for word in korean + numbers for t in analyzer.terms(word)] if korean else []


# Nouns naming the kind of value wanted ("나이" -> an age): never the detail a question asks about.
TYPE_NOUNS = {"나이", "연령", "금액", "날짜", "시기", "위치", "장소", "인원", "규모", "비율", "숫자", "수치"}
# ... and those that also frame the question ("자격이 뭐예요", "차이가 뭐예요").
FRAMING_TYPE_NOUNS = {"기간", "주소", "대상", "자격", "조건", "이름", "명칭", "비교", "차이", "각각"}
# Nouns that frame a question rather than name what it is about ("몇 사람", "방법").
FRAME_NOUNS = FRAMING_TYPE_NOUNS | {
    "사람", "얼마", "건수", "수", "곳", "때", "정도", "내용", "종류", "경우", "무엇", "뭐", "어디", "언제", "누구",
    "방법", "점", "쪽", "관련", "정보", "현황", "질문", "답", "설명",
    "대신",  # "스펙대신 뭘 보는 건가요?": what the asked thing replaces, not a detail the page must name
}
# The ending of a noun naming who does something ("입주자", "참여자", "대상자"): a page naming the thing done names them.
PERSON_SUFFIX = "자"
# Words a sentence holding the asked kind of value answers, so the answerer does not count them against
# its coverage: the type nouns, and 예산, which an amount answers but the documents must still mention.
TYPE_WORDS = TYPE_NOUNS | FRAMING_TYPE_NOUNS | {"예산"}


def unknown_terms(question: Question, analyzer: KoreanAnalyzer, known) -> list[str]:
    """The detail a Korean question asks for, when no indexed passage mentions it (`known(term)` says).

    The detail is a common noun right before the question word or at the end ("마감일이 언제예요",
    "참가비는?"); nouns written together ("운영시간") count as one. Nouns elsewhere in the question
    only set the scene, and a rare or misspelt one there must not cause a refusal. Nor does a noun a
    relative clause describes ("5-1의 대승을 거둔 상대국은?"): the clause is what a document must state.
    """
    if question.lang != "ko":
        return []
    tokens = analyzer.tokens(question.text)
    words: list[list] = []
    for t in tokens:
        if t.tag == "NNG" and words and words[-1][-1].tag == "NNG" and words[-1][-1].start + words[-1][-1].len == t.start:
            words[-1].append(t)
        else:
            words.append([t])
    out = []
    for i, word in enumerate(words):
        if word[0].tag != "NNG" or word[-1].form in FRAME_NOUNS or word[-1].form in TYPE_NOUNS:
            continue
        if not _is_focus(words, i):
            continue
        if _described_by_a_clause(words, i):
            continue  # "…를 기록한 역사서는?": a clause says which one; the noun only names its kind
        form = "".join(t.form for t in word)
        form = form[:-1] + "률" if form.endswith("율") else form
        if len(form) < 2 or form in FRAME_NOUNS or form in STOP_TERMS:
            continue
        if form.endswith(PERSON_SUFFIX) and len(form) > 2 and known(form[:-1]):
            continue  # "입주자는 어떤 절차로 선발합니까?": the one who 입주s, on a page writing 입주기업 or 입주 신청
        if not known(form) and not any(known(s) for t in word for s in SYNONYMS.get(t.form, ())):
            out.append(form)
    return out


def _described_by_a_clause(words: list[list], i: int) -> bool:
    """Whether a relative clause ends just before word i's noun phrase ("공부했던 | 학문 분야")."""
    j = i - 1
    while j >= 0 and words[j][0].tag == "NNG":
        j -= 1
    return j >= 0 and words[j][-1].tag == "ETM"


def _is_focus(words: list[list], i: int) -> bool:
    """Whether word i is what is asked: followed, past particles, by a question word or the end."""
    for nxt in words[i + 1:]:
        head = nxt[0]
        if head.tag.startswith("J"):  # particles: 이/가/은/는/을/를/에/도...
            continue
        return head.form in QUESTION_WORDS or head.tag == "SF"  # "?" / "." ends it; quotes and numbers do not
    return True


def one_place(places: tuple[str, ...]) -> bool:
    """Whether the places a question names are one place written with what holds it ("부산 금정구", "광주남구",
    "수원 … 경기도"): a place asked about, not two places compared."""
    return outer_place(places) is not None


def outer_place(places: tuple[str, ...]) -> str | None:
    """Of two places a question names, the one that holds the other ("경기" of 수원 and 경기); None otherwise."""
    if len(places) != 2:
        return None
    regions = load_regions()
    return next((outer for outer, inner in (places, places[::-1]) if regions.resolve_all(outer + inner)), None)


def lived_in_only(question) -> bool:
    """Whether every place the question names is where the asker says they live ("경기도 사는데 청년쿡 …"), none
    where what is asked runs."""
    return bool(question.places) and all(re.search(re.escape(p) + LIVES_AFTER_PLACE, question.text)
                                         for p in question.places)


def home_place(question) -> str:
    """The place the asker says they live in ("광주 사는데 전남 …", "대전 살고 있는데"), when the question names
    another place too: where they live, not a second place to compare. "" when there is none."""
    if len(question.places) < 2:
        return ""
    return next((p for p in question.places if re.search(re.escape(p) + LIVES_AFTER_PLACE, question.text)), "")
