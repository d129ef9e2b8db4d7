"""How Korean program documents write who may apply, when, and for what: one rule table per idea.

The program catalog (assistant/programs/extraction.py) reads documents with these tables; nothing
here knows about a particular program or place.
"""

from __future__ import annotations

import re

# Labels that open a program page's fields ("- 지원대상: …", "○ (사업대상) …", "□ 신청기간", "지원대상 | …").
# Order matters: the first field whose label matches a line wins, so longer labels come first.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "name": ("사업명", "정책명", "프로그램명", "과정명"),
    "target": ("지원대상", "신청대상", "사업대상", "참여대상", "모집대상", "교육대상", "신청자격", "지원자격",
               "참여자격", "추가 자격 조건", "자격 조건", "자격요건", "신청요건", "참여청년", "대상자", "연령", "대상"),
    "period": ("신청기간", "접수기간", "모집기간", "신청일정", "접수일정", "모집일정", "신청기한", "접수기한"),
    "benefit": ("지원내용", "지원금액", "지원사항", "지원혜택", "혜택", "사업내용", "지원규모"),
    "head_count": ("모집인원", "선발인원", "지원인원", "모집규모", "선발규모", "인원"),
    "method": ("신청방법", "접수방법", "신청 방법", "접수 방법", "신청절차"),
    "contact": ("문의처", "문의", "연락처", "담당부서", "담당"),
    "documents": ("제출서류", "구비서류", "신청서류", "제출 서류"),
    "operator": ("운영기관", "주관기관", "시행기관", "수행기관", "주관", "주최", "운영"),
    "region": ("거주지역", "대상지역", "지역", "거주지"),
}

# What may stand before a label on its line: bullets, numbering, a parenthesis or bracket.
LABEL_PREFIX = r"^[#\s\-−–○●◯□■◆◇▶▷►•∙·ㆍㅇ※\*󰏅❍◦⁃①-⑩]*(?:\d{1,2}[.)]\s*|[가-하][.)]\s*)?[\(\[【<〈]?\s*"
# What ends a label: a colon, a closing bracket, a table bar, or the end of the line.
LABEL_END = r"\s*[\)\]】>〉]?\s*(?:[:：|]|\s|$)"

# Ages: "만 19세 ~ 39세", "18세이상~40세미만", "19~39세 이하", "만 34세 이하", "만 50세 이상".
_AGE = r"(?:만\s*)?(\d{1,2})\s*세?"
AGE_RANGE = re.compile(
    _AGE + r"\s*(이상|초과)?\s*(?:[~∼〜\-–]|부터)\s*(?:만\s*)?(\d{1,2})\s*세\s*(이하|미만|이내|까지)?"
)
AGE_BOTH = re.compile(r"(?:만\s*)?(\d{1,2})\s*세\s*(이상|초과)\s*,?\s*(?:만\s*)?(\d{1,2})\s*세\s*(이하|미만|이내)")
AGE_UPPER = re.compile(r"(?:만\s*)?(\d{1,2})\s*세\s*(이하|미만|이내|까지)")
AGE_LOWER = re.compile(r"(?:만\s*)?(\d{1,2})\s*세\s*(이상|초과)")
# A stated "no age limit" ("연령: 제한 없음", "나이 제한 없음", "연령 무관"), unlike a document silent on age.
NO_AGE_LIMIT = re.compile(r"(?:연령|나이)\s*[\)\]】]?\s*[:：|]?\s*(?:제한\s*(?:이\s*)?없|무관|불문)")
YOUNGEST, OLDEST = 10, 99  # an "age" outside this range is some other number

# An age with one of these within AGE_CONTEXT characters is a statistic or a preference, not a condition.
AGE_CONTEXT = 12
NOT_A_CONDITION = re.compile(r"고용률|취업률|인구|비율|통계|OECD|%p|최고\s*만\s*\d+세까지|연장")
# An age followed by one of these is a preference ("만 34세 이하 우대"), not a limit.
PREFERENCE_AFTER = re.compile(r"^\s*(?:인\s*자\s*)?(?:우대|가점|우선)")
# A line states who may apply when it has one of these (lines outside a labelled target section).
CONDITION_CUES = re.compile(r"대상|자격|청년|연령|나이|신청|모집|참여")
# Where one clause of a long line ends (a table cell's bullets run together on one line).
CLAUSE_BREAK = re.compile(r"[□○●◯❍※■◆▶]|(?<=[.다])\s")

# Application period words.
ALWAYS_OPEN = re.compile(r"상시|연중|수시\s*(?:모집|접수|신청)")
UNTIL_BUDGET = re.compile(r"예산\s*소진\s*시?\s*까지|예산\s*소진\s*시")
PERIOD_SEPARATOR = re.compile(r"[~∼〜]|부터")
# Dates as notices write them: 2025. 3. 1.(토) / 2025.03.01 / 2025-03-01 / 2025년 3월 1일 / '25. 3. 1. / 20250301
# (a month never starts inside a number: "'25. 4월" is April 2025, not 5 April)
DATE = re.compile(
    r"(?:(?P<year>20\d{2}|'\d{2}|’\d{2})\s*(?:[.\-/]|년)\s*)?(?<![\d'’])(?P<month>1[0-2]|0?[1-9])\s*(?:[.\-/]|월)\s*"
    r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)(?!\s*월)\s*(?:일|\.)?"
)
COMPACT_DATE = re.compile(r"(?<!\d)(20\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])(?!\d)")
# A whole month as a period's bound: '25. 4월 / 2025년 3월 ~ 12월 (not "4월 1일", not "12월말", "3월 중").
MONTH = re.compile(
    r"(?:(?P<year>20\d{2}|'\d{2}|’\d{2})\s*(?:[.\-/]|년)\s*)?(?<![\d.])(?P<month>1[0-2]|0?[1-9])\s*월"
    r"(?!\s*\d|\s*[말초중]|\s*경)"
)

# Employment status a program asks for, and the words for it (documents and citizens alike).
EMPLOYMENT_WORDS: dict[str, tuple[str, ...]] = {
    "미취업": ("미취업", "구직자", "구직 청년", "구직청년", "실업", "취업준비", "취준", "취업 준비", "백수", "무직"),
    "재직": ("재직", "근로자", "직장인", "회사원", "근무 중", "근무중", "채용 후", "입사"),
    "창업·예비창업": ("예비창업", "창업자", "창업기업", "창업 기업", "창업 후", "청년 기업", "사업자", "자영업", "창업"),
}
# "Employment doesn't matter" needs an employment word before 무관 / 제한 없음 ("연령: 제한 없음" is about age).
ANY_EMPLOYMENT = re.compile(r"(?:취업|재직|고용|근로|직업|상태)[^,;\n]{0,8}?(?:무관|제한\s*없음)")
EMPLOYMENT_STATUSES = ("미취업", "재직", "창업·예비창업", "무관")

# Target groups beyond age: group -> words that name it in a condition.
GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "여성": ("여성",),
    "경력단절": ("경력단절", "경단녀"),
    "장애인": ("장애인",),
    "신중년": ("신중년", "중장년", "퇴직 전문인력", "퇴직전문인력"),
    "농어업인": ("농업인", "어업인", "농어업인", "청년농", "후계농", "영농"),
    "졸업예정": ("졸업예정", "졸업 예정", "최종학년"),
    "대학생": ("대학생", "재학생", "대학교 재학"),
    "고졸": ("고졸", "특성화고", "고등학교 졸업"),
    "제대군인": ("제대군인", "전역예정", "전역 예정"),
    "저소득": ("저소득", "기초생활수급", "차상위"),
    "한부모": ("한부모",),
    "북한이탈주민": ("북한이탈", "탈북"),
    "자립준비청년": ("자립준비", "보호종료"),
    "다문화": ("다문화", "결혼이민"),
}
# After a group or status word, these turn it from a condition into something else.
WORD_NEGATORS = re.compile(r"^.{0,6}?(제외|우대|가점|우선|불가)")

# Conditions only a person (or a document check) can settle: pattern -> what to check.
NEEDS_PERSON: dict[str, str] = {
    r"중위소득|소득\s*기준|소득인정액|건강보험료|소득\s*\d+\s*분위": "소득 기준 확인 필요",
    r"\d+\s*(?:개월|년)\s*이상\s*(?:계속\s*)?거주|거주\s*기간": "거주 기간 확인 필요",
    r"창업\s*(?:후|한\s*지)\s*\d+\s*년\s*(?:이내|미만)|업력": "창업 기간 확인 필요",
    r"졸업\s*(?:후|한\s*지)\s*\d+\s*년|졸업일로부터": "졸업 시기 확인 필요",
    r"고용보험\s*(?:미가입|가입|피보험)": "고용보험 가입 이력 확인 필요",
    r"사업자\s*등록": "사업자 등록 여부 확인 필요",
    r"재산|자산\s*기준": "재산 기준 확인 필요",
}

# Where a document says a program is open to every resident of the country.
NATIONWIDE = re.compile(r"전국|전\s*국민|대한민국\s*국민|지역\s*제한\s*없음|거주지\s*무관")
# Where a list of places ends: "… 거주자", the next bullet.
RESIDENCE_END = re.compile(r"거주자|거주하는|에\s*거주|주민등록|[□○●◯❍※■◆▶]")

# A benefit line says something when it is this long and is not a sub-heading ("구직자 지원내용").
MIN_BENEFIT_CHARS = 8
SUB_HEADING = re.compile(r"(내용|사항|개요|혜택|안내)\s*[:：]?$")

# Amounts: 50만원, 1,000만 원, 50천원, 20,000천원, 25백만원, 3억원.
AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(천만|백만|천|만|억)?\s*원")
AMOUNT_SCALE = {"": 1, "천": 1_000, "만": 10_000, "백만": 1_000_000, "천만": 10_000_000, "억": 100_000_000}
AMOUNT_UNITS = {"월": "월", "매월": "월", "1인당": "1인당", "1인": "1인당", "연": "연", "연간": "연", "1회": "회",
                "기업당": "기업당", "1개사": "기업당", "가구당": "가구당"}
AMOUNT_CAP = re.compile(r"최대|한도|이내|까지")

# Head counts: "30명 모집", "모집인원: 20명", "총 200명", "00개사".
HEAD_COUNT = re.compile(r"(?:총\s*)?(\d[\d,]*)\s*(명|개사|개 기업|팀|가구)")
HEAD_COUNT_CUES = re.compile(r"모집|선발|인원|지원\s*규모|대상|내외|규모")

# Contacts: telephone numbers and the words around them.
PHONE = re.compile(r"(?<!\d)(0\d{1,2}[-.)\s]\d{3,4}[-.\s]\d{4}|1[5-9]\d{2}-\d{4})(?!\d)")

# A program named inside an article: 'K-Move 스쿨 해외취업 지원사업', "청년 면접정장 대여사업" — in any quotes,
# double ones too, unlike names.SINGLE_QUOTED_NAME (a broad answer's names, where double quotes are speech).
ANY_QUOTED_NAME = re.compile(r"[‘'\"“「『<〈]\s*([^’'\"”」』>〉\n]{3,60}?)\s*[’'\"”」』>〉]")
PROGRAM_NOUNS = ("사업", "지원", "프로그램", "과정", "센터", "수당", "제도", "대회", "스쿨", "아카데미", "바우처", "공모")
# ... or unquoted, up to three words before a program noun and a particle ("청년 면접정장 대여사업을 ").
UNQUOTED_NAME = re.compile(r"((?:[가-힣A-Za-z0-9·\-]+\s){0,3}[가-힣A-Za-z0-9·\-]*(?:" + "|".join(PROGRAM_NOUNS) + r"))(?:을|를|은|는|에는|이|가)\s")
# A sentence that names its program only by referring back ("이 사업", "해당 프로그램").
REFERS_BACK = re.compile(r"^(이|해당|본|동)\s*(사업|프로그램|과정)")
# A word ending in a particle or verb ending ("청년을", "운영하는") is no part of the name that follows it.
NAME_STOP = re.compile(r"(는|은|을|를|의|에|고|며|서|한|된|인|하여|해|및)$")
# Where one sentence of an article's line ends and the next begins ("…지원한다. 신청은…").
ARTICLE_SENTENCE_BREAK = re.compile(r"(?<=[다요음임함됨])\.\s+|(?<=[.!?])\s+(?=[가-힣‘'\"“])")
# A sentence that states who may join ("만 18~32세", "3년 이내", "…를 대상으로"); "…를 위한" only hints.
STATED_LIMIT = re.compile(r"대상으로|대상은|이내|이상|이하|미만|\d+\s*~\s*\d+\s*세|\d+\s*세|만\s*\d+|자격|누구나")
# An article sentence states a condition when it has one of these.
ARTICLE_CONDITION_CUES = re.compile(r"(?:을|를|자)\s*대상으로|대상은|모집|선발|신청\s*(?:자격|대상|기간)|자격")
