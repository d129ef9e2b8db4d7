"""What the name of a program, center or office looks like in a Korean article, and where a link is.

"고양 일자리센터", "맞춤형 취업지원 프로그램", "‘청년공감터’", "사회적기업 아카데미": a broad question
("뭐 있어요?") is answered with such names. Generic phrases ("일자리 사업", "이 사업") are not names.
"""

from __future__ import annotations

import re

# Latin letters as they are read aloud in hangul: an initialism no word table knows ("CKL", "NCS", "G-") is
# written in a question letter by letter ("씨케이엘", "엔씨에스", "지").
LETTER_NAMES = {
    "a": "에이", "b": "비", "c": "씨", "d": "디", "e": "이", "f": "에프", "g": "지", "h": "에이치", "i": "아이",
    "j": "제이", "k": "케이", "l": "엘", "m": "엠", "n": "엔", "o": "오", "p": "피", "q": "큐", "r": "알", "s": "에스",
    "t": "티", "u": "유", "v": "브이", "w": "더블유", "x": "엑스", "y": "와이", "z": "제트",
}
MAX_INITIALISM = 3  # letters of a Latin word read letter by letter even with a vowel ("ceo"); longer ones only
# when they have no vowel ("sbdc"), since a longer word with vowels is a word ("hero" is 히어로)


def read_aloud(word: str) -> str:
    """A lower-case Latin word no word table knows, as hangul when it reads as an initialism, else as it is."""
    if len(word) <= MAX_INITIALISM or not re.search(r"[aeiou]", word):
        return "".join(LETTER_NAMES.get(ch, ch) for ch in word)
    return word


# Heads that end a program or place name, longest first within a family.
NAME_HEADS = (
    "고용복지플러스센터", "일자리센터", "지원센터", "창업센터", "비즈니스센터", "허브센터", "센터",
    "지원사업", "사업", "프로그램", "아카데미", "지원단", "멘토단", "사관학교", "스쿨", "캠프", "박람회",
    "페스티벌", "경진대회", "플랫폼", "협의체", "상담실", "일자리버스", "사랑방", "카페", "타운", "프라자",
    "장려금", "취업반", "직장체험", "과정", "Day",
)
# Words that never make a name by themselves before a head ("각종 사업", "일자리 사업", "이 사업").
GENERIC_WORDS = {
    "이", "그", "해당", "각종", "다양한", "관련", "일자리", "지원", "사업", "공공", "민간", "전", "총", "등", "및",
    "단계", "5단계", "협력", "연계", "정부", "도", "시", "구", "군", "동", "주민", "타", "대규모", "공동체", "활성화",
    "창출", "일자리창출", "일자리 창출", "육성", "추진", "확보", "어떤", "무슨", "어느", "이런", "그런", "여러",
}
# A quoted name: ‘청년공감터’, '19Day', 「…」; 2-40 characters, not a sentence (no final verb).
SINGLE_QUOTED_NAME = re.compile(r"[‘'「『<]([^’'」』>\n]{2,40})[’'」』>]")
_HEAD = "|".join(re.escape(h) for h in sorted(NAME_HEADS, key=len, reverse=True))
# Up to three words before a head: "고양 일자리센터", "연령별·계층별 맞춤형 취업지원 프로그램".
# The head may carry a particle ("프로그램은", "센터를"), never more letters ("센터장").
SUFFIXED_NAME = re.compile(
    rf"((?:[가-힣A-Za-z0-9·&()]+\s){{0,3}}[가-힣A-Za-z0-9·&()]*(?:{_HEAD}))(?=[^가-힣]|$|(?:은|는|이|가|을|를|의|에|와|과|로|으로|도|만)(?![가-힣]))"
)
# Quoted phrases that are not programs: awards, laws, slogans ("좋은 일자리가 최고의 복지").
NOT_PROGRAM = re.compile(r"(대상|상|조례|법|법률)$|[가-힣](가|이|은|는|과|와)\s|~|^\d+\s*년")
# Whom a program is for: "경력단절 여성을 위한", "구직자 대상으로".
FOR_WHOM = re.compile(
    r"([가-힣·]{2,14}(?:자|층|청년|여성|기업|학생|계층|어르신|노인|주민|구직자|창업자|인력))(?:을|를|들을)?\s*(?:위한|대상으로)"
)
# A title's bracketed part that says who may apply, not what the program is called: "…참가자(예비창업자) 모집",
# "(대학생)", "(청년 구직자)", "(초기 창업기업)".
BRACKETED_AUDIENCE = re.compile(
    r"^[가-힣·\s]{0,10}(?:자|창업가|대학생|학생|청년|기업|업체|소상공인|여성|세대|가구|주민|구직자|재직자|졸업생|인)\s*$"
)
# A web address written in the text.
URL = re.compile(r"https?://[^\s)\]>\"'’”]+|www\.[^\s)\]>\"'’”]+")
# An office: "일자리진흥과", "기업유치팀", "일자리추진기획단" (not 결과, 효과, 성과...).
DEPARTMENT = re.compile(
    r"[가-힣]{2,8}(?:진흥과|정책과|경제과|일자리과|기획과|복지과|고용과|지원과|협력과|팀|기획단|추진단|담당관)(?![가-힣])"
)
# A word that cannot open a name: a verb or particle ending ("협력해", "있으며", "공간인", "지원과"),
# a bare date ("2012년"), a connective ("또한").
NOT_NAME_WORD = re.compile(
    r"(?:하고|되고|하며|이며|으며|이나|이랑|랑|해|하여|위해|위한|통해|함께|[을를는은의에와과로도]|(?<=[가-힣])인|에서|부터|까지|및|등)$"
    r"|^\d+(?:년|월|일|개|명|회)$|^(?:또한|또|아울러|특히|올해|지난해|내년|매년|총)$"
)


# A name written as where something is done, not what is asked of ("월드잡플러스에서 되나", "워크넷으로 신청"):
# a word ending in 에서 or (으)로.
CHANNEL_WORD = re.compile(r"[가-힣A-Za-z0-9]{2,}(?:에서|으로|로)(?![가-힣])")


def names_a_body_only(name: str) -> bool:
    """Whether a name is a ministry's or agency's name and generic words only ("농식품부 사업", "중기부 프로그램"): it
    says who runs a program, it names none ("수출바우처 사업", "경기북부 박람회" do)."""
    words = [w for w in name.split() if w not in GENERIC_WORDS and w not in NAME_HEADS]
    return bool(words) and all(w in BODIES for w in words)


def program_names(sentence: str) -> list[str]:
    """Names of programs, centers and places a sentence gives, in order, without generic phrases."""
    names: list[str] = []
    for match in SINGLE_QUOTED_NAME.finditer(sentence):
        name = match.group(1).strip()
        if not re.search(r"(다|요)\s*[.!?]?$", name) and not NOT_PROGRAM.search(name):
            names.append(name)
    for name in _suffixed_names(sentence):
        if not any(name in n or n in name for n in names):
            names.append(name)
    return names


def _suffixed_names(text: str) -> list[str]:
    """Names ending in a head word; words that cannot be part of a name are cut off the front, and
    what was cut is read again ("면접캠프 등의 프로그램" -> "면접캠프")."""
    out: list[str] = []
    for match in SUFFIXED_NAME.finditer(text):
        words = match.group(1).strip(" ()·").split()
        keep = len(words) - 1  # the head word; earlier words join while they read as part of a name
        while keep > 0 and not NOT_NAME_WORD.search(words[keep - 1]) and words[keep - 1] not in GENERIC_WORDS:
            keep -= 1
        if keep > 0:
            out.extend(_suffixed_names(" ".join(words[:keep])))
        name = " ".join(words[keep:])
        head = next((h for h in sorted(NAME_HEADS, key=len, reverse=True) if name.endswith(h)), "")
        stem = name[: len(name) - len(head)].strip()
        if stem and len(stem) >= 2 and stem.split()[-1] not in GENERIC_WORDS:
            out.append(name)
    return out


def departments(text: str) -> list[str]:
    """Offices a text names ("일자리진흥과"), in order, without look-alike nouns."""
    return list(dict.fromkeys(m.group(0) for m in DEPARTMENT.finditer(text)))


# A program a question names by its place and its kind of aid ("울산 남구 청년 운전면허 취득비 지원사업", "세종 청년
# 유튜버 창업 스튜디오 지원"): the words between the place and one of these heads say which program it is.
AID_HEADS = tuple(sorted(set(NAME_HEADS) | {"지원", "지원금", "교육", "양성", "취득비"}, key=len, reverse=True))
# Words of such a name that every program has ("청년 … 지원사업"): they say no program in particular.
PLAIN_NAME_WORDS = GENERIC_WORDS | {"청년", "지원사업", "프로그램", "센터"}
# Short names people give offices and groups that pages write in full ("중기부 사업": 중소벤처기업부).
NAME_SHORTHANDS = {
    "경단녀": ("경력단절",), "중기부": ("중소벤처기업부", "중소기업"), "고용부": ("고용노동부",), "노동부": ("고용노동부",),
    "실업급여": ("구직급여",),
}
# Ministries and agencies as people shorten them ("농식품부 사업"): a page writes them in full; a word of no program's
# name
MINISTRY_SHORTHANDS = {
    "농식품부": ("농림축산식품부",), "농림부": ("농림축산식품부",), "과기부": ("과학기술정보통신부",), "과기정통부": ("과학기술정보통신부",),
    "산업부": ("산업통상자원부",), "산자부": ("산업통상자원부",), "행안부": ("행정안전부",), "복지부": ("보건복지부",),
    "여가부": ("여성가족부",), "문체부": ("문화체육관광부",), "국토부": ("국토교통부",), "해수부": ("해양수산부",),
    "방사청": ("방위사업청",), "중기청": ("중소벤처기업부", "중소기업청", "중소벤처기업청"), "농진청": ("농촌진흥청",),
    "보훈부": ("국가보훈부",), "기재부": ("기획재정부",), "식약처": ("식품의약품안전처",),
}
# The ministries and agencies that run programs, as written and as people shorten them
BODIES = frozenset({
    *MINISTRY_SHORTHANDS, *(form for forms in MINISTRY_SHORTHANDS.values() for form in forms), "중기부", "고용부",
    "노동부", "중소벤처기업부", "고용노동부", "교육부", "법무부", "국방부", "외교부", "통일부", "환경부", "산림청", "병무청",
    "특허청", "경찰청", "소방청", "기상청", "관세청", "조달청", "통계청", "해양경찰청", "문화재청", "국가유산청",
    "재외동포청", "우주항공청", "인사혁신처", "법제처", "국가보훈처",
})
