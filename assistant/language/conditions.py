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
    "purpose": ("정책 설명", "사업목적", "사업 목적", "사업개요", "사업 개요", "추진목적", "목적"),
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
LABEL_PREFIX = r"^[#\s\-−–○●◯□■◆◇▶▷►•∙·ㆍㅇ※\*󰏅❍◦⁃‣①-⑩]*(?:\d{1,2}[.)]\s*|[가-하][.)]\s*)?[\(\[【<〈]?\s*"
# What ends a label: a colon, a closing bracket, a table bar, or the end of the line.
# A label word followed by a checking step ("② 자격요건 확인 및 대상자 확정") is a step of the procedure, not a field.
LABEL_END = r"\s*[\)\]】>〉]?\s*(?:[:：|]|\s(?!\s*(?:확인|심사|검토)\s*(?:및|후|결과|$))|$)"

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
# An age of someone other than the applicant: a household member's, a child's ("만 20세이상 가구원 중 소득이 없는 경우",
# "만 8세 이하 자녀를 둔", "자녀(만 12세 이하)"). It is kept apart (other_ages) and never excludes the applicant.
# Parents and spouses are left out: "만 39세 이하 청년부모", "부부 중 1인이 만 39세 이하" are the applicant's household.
OTHER_PERSON = r"(?:손?자녀|아동|영유아|유아|가구원|세대원|부양\s*가족)"
OTHER_PERSON_AFTER = re.compile(r"^\s*(?:인|의|된)?\s*" + OTHER_PERSON)
OTHER_PERSON_BEFORE = re.compile(OTHER_PERSON + r"\s*(?:의)?\s*(?:나이|연령)?\s*[:：(\[]?\s*$")
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

# Moving in is asked of people from elsewhere ("타 지역 거주자는 근로계약이후 참여기업 소재지로 전입 필수", "전남 외 거주
# 청년이 … 의무 전입"): a resident of the program's region already meets it.
MOVE_IN_CHECK = "전입·정착 계획 확인 필요"
MOVE_IN_FOR_OTHERS = re.compile(r"(?:타\s*지역|관외|(?:도|시|군|구)\s*외|외\s*(?:지역\s*)?거주)[^\n.]{0,40}?(?:전입|주소\s*(?:를\s*)?이전|이주)")
# Lines about the job a program offers ("- (신 분) 청년인턴(… 공무원이 아닌 근로자)", "ㅇ 근로계약: 인턴과 … 체결"):
# what the applicant becomes, not what they must be.
JOB_TERMS_LINE = re.compile(r"^[\s\-−•*○◦❍ㅇ□·]*[(\[]?\s*(?:신\s*분|근무\s*(?:조건|장소|기간|시간|형태)|근로\s*(?:조건|계약)|"
                            r"계약\s*기간|급여\s*조건|후생\s*복지)\s*[)\]:：]")
# Those about to go on to further study named as excluded or as the ones let in ("제외 대상 예시) 대학 등 진학을
# 예정하고 있는 청년", "졸업 예정자로 상급학교에 진학하지 않거나"): a high-school student's plan settles it.
FURTHER_STUDY = re.compile(r"진학(?:을|을\s*하지|하지)?\s*(?:예정|않)|상급\s*학교에\s*진학")
# 재산 (assets) as a means test; not 지식재산 / 재산권 ("지식재산 기반 창업촉진(IP 디딤돌 프로그램)": intellectual
# property is what the program is about, not what the applicant must own or not own).
ASSET = r"(?<!지식)(?<!지식\s)재산(?!\s*권)"
# Conditions only a person (or a document check) can settle: pattern -> what to check.
NEEDS_PERSON: dict[str, str] = {
    r"중위소득|소득\s*기준|소득인정액|건강보험료|소득\s*\d+\s*분위": "소득 기준 확인 필요",
    r"\d+\s*(?:개월|년)\s*이상\s*(?:계속\s*)?거주|거주\s*기간": "거주 기간 확인 필요",
    r"창업\s*(?:후|한\s*지)\s*\d+\s*년\s*(?:이내|미만)|업력": "창업 기간 확인 필요",
    r"졸업\s*(?:후|한\s*지)\s*\d+\s*년|졸업일로부터|\d+\s*년\s*이내[^\n]{0,30}졸업": "졸업 시기 확인 필요",
    r"고용보험\s*(?:미가입|가입|피보험)": "고용보험 가입 이력 확인 필요",
    r"사업자\s*등록": "사업자 등록 여부 확인 필요",
    ASSET + r"|자산\s*기준": "재산 기준 확인 필요",
}

# Where a document says a program is open to every resident of the country.
NATIONWIDE = re.compile(r"전국|전\s*국민|대한민국\s*국민|지역\s*제한\s*없음|거주지\s*무관")
# Residence is one way in among others: living there *or* studying / working / running a business there
# ("세종시 거주 또는 세종시 소재 대학(원)에 재학중인 청년", "성남시 거주 또는 재학 증빙 서류"), a program for
# people from elsewhere ("관외청년대상"), or non-residents let in on a condition ("타 지역 청년의 경우, 광주 소재
# 학교 재학생 … 이용가능", "타 지역 거주자는 … 전입 필수"), or residence asked only once selected ("전국 청년 중
# 사업대상자로 선정된 이후 영양군에 주소를 두고", "선정 후 3개월 이내 주소지 이전 필수"). A non-resident is then left
# to check, never refused.
RESIDENCE_ALTERNATIVE = re.compile(
    r"(?:거주|주소|주민등록)[^\n.]{0,40}?(?:또는|이거나|하거나|혹은|/)\s*[^\n.]{0,25}?(?:재학|재직|근무|사업장|소재\s*(?:대학|학교|기업))|"
    r"(?:재학|재직|근무|사업장)[^\n.]{0,20}?(?:또는|이거나|하거나|혹은|/)\s*[^\n.]{0,15}?(?:거주|주소|주민등록)|"
    r"관외\s*(?:청년|구직자|거주자|주민)(?![^\n]{0,12}(?:제외|불가))|"
    r"타\s*지역\s*(?:거주\s*)?(?:청년|거주자|주민)[^\n]{0,60}?(?:가능|증빙|전입)|"
    r"(?:선정|선발|채용|협약|근로\s*계약)\s*(?:된|되어|한|을\s*한)?\s*(?:후|이후|뒤)[^\n.]{0,30}?"
    r"(?:주소\s*(?:지\s*)?(?:를\s*)?(?:이전|두고|둘)|전입|이주)")
# Residence named only as a preference ("신청인원 많을 경우 관악구 거주자 우선 선발"): it orders applicants.
RESIDENCE_WORD = re.compile(r"거주|주소|주민등록|관내")
RESIDENCE_PREFERRED_AFTER = re.compile(r"^[^,.()]{0,8}?(?:우선|우대|가점|가산점)")
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

# --- Who a program is for, read from the whole document (purpose, support, conditions), not only its
# target label: a program for companies says so in its support ("사업주에게"), a job-seeker program in its purpose.
# Employment status or schooling a program asks for -> patterns that name it. Any one admits (alternatives).
TARGET_STATUS: dict[str, str] = {
    "미취업": r"미취업|구직·예비창업|구직자|구직\s*청년|구직청년|구직활동|취업을?\s*준비|취준생|실업자|실직|취업을\s*희망|취업\s*희망|"
             r"취업희망|노동시장\s*진입|사회초년생|청년구직|구직\s*중|취업\s*취약|구직\s*응원",
    "재직": r"재직\s*(?:중|자|청년|근로자|기간)|재직자|(?<!고용한\s)(?<!고용된\s)(?<!상시)(?<!상시\s)근로자(?!\s*(?:를|을)\s*(?:고용|채용)|\s*수)|직장인|근무\s*중인|근무한\s*청년|"
           r"임\s*[·ㆍ‧]?\s*직원|(?:사업장|기업|회사)\s*소속|(?:기관|기업|업체|사업장|회사)(?:에)?\s*(?:취업|근무)(?:한|하는|\s*중인)?\s*청년|신규\s*입사|입사한|입사\s*\d+\s*(?:년|개월)\s*(?:이내|미만)|취업한\s*청년|채용된\s*청년|채용되어|근속(?:한|\s*중|\s*장려금|\s*지원금)|장기\s*근속|정규직으로\s*(?:채용|취업)",
    "예비창업": r"예비\s*(?:\(?초기\)?\s*)?창업|예비\s*(?:소상공인|사업자|창업가|창업인)|\(예비\)\s*재창업|예비\s*(?:및|또는|·|ㆍ|,)\s*(?:초기|기)\s*(?:청년\s*)?창업|구직·예비창업|\(예비\)\s*(?:청년)?\s*창업|예비\s*~\s*초기|창업\s*예정|창업을\s*(?:준비|희망|계획)|"
              r"창업\s*(?:준비|희망)|창업\s*아이템|창업아이템|창업을\s*꿈꾸",
    "창업": r"(?<!예비)(?<!예비\s)창업(?:기업|자|가|팀)|(?<!예비)(?<!예비\s)(?<!기술)창업하여|(?<!예비)창업\s+(?:기업|초기)|초기\s*창업|\(예비\)\s*(?:청년)?\s*창업|예비\s*~\s*초기|"
           r"창업\s*(?:후|한\s*지)\s*\d+\s*년|업력|청년\s*기업|청년기업|(?<!예비)(?<!예비\s)소상공인|자영업(?!\s*(?:컨설팅|상담|교육))|스타트업|재창업|사업자\s*등록(?:이\s*되어|을\s*한|된|\s*\d+\s*년)|"
           r"(?:기업|사업체)\s*대표|대표자(?:의|가)|창업\s*\d+\s*년|\d+\s*년\s*(?:이하|이내|미만)의?\s*(?:기업|사업자)",
    "고등학생": r"고등학생|고교생|고교\s*재학|고등학교\s*재학|특성화고|직업계고|마이스터고|일반계고|고3|고교\s*\d\s*학년|고등학교\s*\d\s*학년|"
              r"고교\s*졸업\s*예정",
    "대학생": r"대학생|대학\s*재학|대학교\s*재학|대학\(원\)생|대학원생|휴학생|(?<!고교\s)(?<!고등학교\s)재학생|학과\s*학생|재학\s*중인\s*청년",
}
# "미취업 청년" names a state (not employed), "구직자", "취업준비생" an intent (seeking a job): a would-be founder
# without a job is in the state but has no such intent, so a program that names only the state leaves them to check.
NOT_EMPLOYED_STATE = re.compile(r"미취업|실업자|실직")
JOB_SEEKING_INTENT = re.compile(r"구직(?!\s*단념)|취업을?\s*준비|취준생|취업을?\s*희망|취업희망|노동시장\s*진입|사회초년생")
# A wish for a kind of job ("해외취업을 희망하는 청년", "사서 분야 취업을 희망하는"): an interest anyone may have,
# employed or not, so a status read only from it is a hint to check, not a limit.
JOB_KIND_WISH = re.compile(r"(?:해외|국외|[가-힣]+\s*분야)\s*취업\s*(?:을|를)?\s*(?:희망|꿈꾸)")
# A line that only describes people with an age span ("○ 미취업 청년(18 ~ 39세)"): it states who applies, in whatever
# section it stands (a two-sided program lists its parties under 지원 내용).
PEOPLE_WITH_AGES_LINE = re.compile(r"^[\s○◦❍ㅇ•\-*□·]*[가-힣·ㆍ\s]{1,20}?(?:청년|청소년|자)\s*\(\s*(?:만\s*)?\d{1,2}\s*세?\s*"
                                   r"[~∼〜\-–]\s*(?:만\s*)?\d{1,2}\s*세\s*(?:이하|미만)?\s*\)\s*$")
# "취업을 희망하는 고교 재학생": a job-seeking word this close before a student names the student, not a job seeker.
STUDENT_AFTER_SEEKING = 8
# "… 고교 재학생을 대상으로": the words this close before 대상 name the applicants of a line that names several.
TARGET_PHRASE = re.compile(r"(?:을|를)?\s*대상(?:으로|자|은|\s*[:：])")
TARGET_WINDOW = 14
# A status joined to the next by 및 / 또는 / , ("도내 미취업 청년 및 중소기업 임·직원을 대상으로"): one of a list of
# applicants, however far before "대상" the list starts.
STATUS_JOINED_AFTER = re.compile(r"^\s*[^\s,.]{0,4}\s*(?:및|또는|혹은|이나|ㆍ|·|,|/)")
# "관내 청년 및 청소년 대상 …": where a sentence states its applicants, with or without a particle.
APPLICANTS_STATED = re.compile(r"(?:을|를)?\s*대상(?:으로|자|은|\s*[:：]|\s)")
# "○ 지원대상: 산림분야 일자리에 관심이 있는 … 청년" inside a line (a flattened table cell): who applies, stated.
INLINE_APPLICANTS = re.compile(r"(?:지원|신청|참여|모집|사업)\s*대상\s*[:：)]\s*[^○◦❍□\n]{0,60}?(?:청년|청소년|주민|시민|도민)")
PEOPLE_AT_LARGE = re.compile(r"청년|청소년|주민|시민|도민|구민|군민|누구나")
# Why a program exists, not who applies: a group or status word followed by a trend or a shortage ("입어업인 고령화와
# 청년유출로 어려운 산어촌 지역에", "구직자 감소") names the problem the program answers. Not 이탈 ("재직자 이탈 방지"
# is a program for those employees).
TREND_NOUNS = r"(?:고령화|유출|감소|부족|인력난|급감|소멸)"
# ... nor is one followed by a sector's businesses ("도내 임어업 분야 기업, 법인 등"): what the companies do.
SECTOR_BUSINESSES = r"(?:분야|업종|산업)\s*(?:의\s*)?(?:기업|법인|업체|사업체|사업장)"
# A status word followed by one of these is not a condition ("재직자 제외", "창업 시 우대").
STATUS_NEGATED_AFTER = re.compile(r"^.{0,8}?(제외|우대|가점|우선|불가|불포함|아닌|않은|않는|없는|없고|등에게|포함)|"
                                  r"^\s*(?:으로\s*)?(?:육성|양성)|^\S{0,2}\s*[~∼〜]|"
                                  r"^\S{0,2}\s*" + TREND_NOUNS + r"|^\s*" + SECTOR_BUSINESSES)
# A line tallying kinds with their numbers ("☞ 글로벌기업 7, 대기업(국내기업) 8, 공기업 2, 스타트업 액셀러레이터 1",
# "(국비 120, 시비 20, 대학 17, 산업체 10)") says how something is made up (mentors, a budget), not who applies.
TALLY_LINE = re.compile(r"(?:[가-힣A-Za-z()·]+(?:\s+[가-힣A-Za-z()·]+)?\s*\d+\s*(?:명|개사|개|팀)?\s*,\s*){2,}"
                        r"[가-힣A-Za-z()·]+(?:\s+[가-힣A-Za-z()·]+)?\s*\d+")
# A status word followed by one of these names people who may not apply ("대학 및 대학원 재학생 참여 제외",
# "재학생은 지원대상에서 제외"): whoever has that status fails; anyone else is not concerned.
STATUS_EXCLUDED_AFTER = re.compile(r"^[^,.()]{0,6}?\s*(?:참여|신청|지원)?\s*(?:불가|제외)|^\S{0,3}\s*(?:은|는)\s*(?:지원\s*)?대상에서\s*제외")
# An exclusion with an exception ("최종학년(…)을 제외한 재학생·휴학생 신청 불가"): who it excludes is left to check.
EXCLUSION_EXCEPTION = re.compile(r"제외한|단[,\s]|경우[^.]{0,20}가능|예외")
# ... nor one named as a preference further on in its clause ("취업취약계층에 해당하며 … 자에 한하여 가산점 부여").
STATUS_PREFERRED_AFTER = re.compile(r"^[^.,()\[\]《》]{0,40}?(?:가산점|가점\s*(?:부여|대상)|우대)")
# After a status word: it opens a list of examples closed by 등 ("소규모 사업장 소속 사회초년생, 취업 준비 청년 등
# … 청년 대상", "직장인, 학생 등 도민"): the statuses illustrate whom the program means, they do not limit it, so a
# status the list leaves out is to check, not a refusal. At most a few short items between the word and 등; "등록" and
# "등급" are not it.
STATUS_AS_EXAMPLE_AFTER = re.compile(r"^\s*(?:[^\s,·ㆍ/()]|\([^()\n]{0,6}\)){0,8}"
                                     r"(?:\s*[,·ㆍ/]\s*(?:[^,·ㆍ/()\n.]|\([^()\n]{0,6}\)){1,14}?){0,4}\s*등(?=\s|$|[의을이에,])")
# How far after the stated applicants a list of examples must start to describe someone else ("…에게 일자리 제공,
# 공공도서관 … 운영으로 직장인, 학생 등 도민의"), not more of the same list ("예비 창업(희망)자, 7년 미만 사업자 등").
EXAMPLES_APART = 12
# A status word that is the subject of giving something names the mentor or teacher, not the applicant
# ("현직 기업체 임직원이 … 정보를 제공", "기업에 재직 중인 현직자가 … 멘토링을 제공").
# Read from the status word's start: the working person ("임직원", "현직자") with a subject particle.
STATUS_PROVIDES = re.compile(r"^[^,.]{0,10}?(?:직원|현직자|재직자|근로자|직장인|종사자)(?:이|가)\s[^.]{0,50}?"
                             r"(?:제공|멘토링|강의|강연|코칭|전수|공유)")
# A heading that opens a list of preferences ("□ 우대대상 : …", "※우대사항:"): its lines and the sub-bullets under
# it name who is preferred, not who may apply.
PREFERENCE_HEADING = re.compile(r"(?:우대|가점|가산점)\s*(?:대상|사항|조건|요건|내용)?\s*[:：)]|우선\s*(?:선발|순위)\s*[:：)]")
# Where a preference list ends: a top-level bullet or a new labelled field.
TOP_LEVEL_BULLET = re.compile(r"^\s*(?:[□■◆▶#]|\d{1,2}[.)]|[가-하][.)])")
# "취·창업자", "예비 취‧창업자": job seekers and would-be founders at once; read as both before matching statuses.
# Only where it names people ("취·창업자", "취·창업 희망 청년"); "취·창업 지원" names what is offered.
JOB_OR_STARTUP = re.compile(r"(?:예비\s*)?취\s*[·‧ㆍ・∙•.,/]\s*창업(?=\s*(?:자|가|준비|희망|예정|청년)|을\s*(?:준비|희망|꿈꾸))")
JOB_OR_STARTUP_READ_AS = "구직·예비창업"
# "대학 재학생 및 지역 청년", "청년 및 구직자 대상": a status named as one choice beside young people at large
# limits nobody (the words joining them, and what may stand before the bare 청년). "개인" at large is the same
# choice ("개인 및 예비창업자를 대상으로": any individual), not 개인사업자 / 개인정보 / 개인 맞춤형.
YOUTH_AT_LARGE = re.compile(r"(?:(?:지역|관내|도내|일반|지역의)\s*)?청년(?:들|층)?|개인(?!\s*(?:사업자|정보|회원|별|맞춤|납입))")
STATUS_THEN_JOIN = re.compile(r"^[^\s,]{0,6}\s*(?:및|또는|혹은|이나|,|ㆍ|·|/)\s*$")  # "/졸업생 및 " after "대학 재학"
JOIN_AFTER_YOUTH = re.compile(r"^\s*(?:및|또는|혹은|이나|,|ㆍ|·|/)\s*")
YOUTH_JOIN_WINDOW = 14
# A program open to anyone ("대국민 참여형 공모", "누구나") asks no status, whatever words its text uses.
OPEN_TO_ALL = re.compile(r"대국민|누구나|전\s*국민\s*(?:대상|누구)|(?<!이후\s)(?<!이후)(?<!후\s)(?:취업|재직|고용)\s*(?:여부|상태)\s*(?:무관|관계\s*없)")

# The program's applicants are organizations (companies, employers, schools), not a person.
ORGANIZATION_TARGET = re.compile(
    r"사업주\)?(?:에게|를|가|의|이\s|\s*지원|\s*대상)|고용주|(?:참여|참가|입주|수요|협약|채용)\s*기업\s*(?:을|를)?\s*(?:모집|선정|공모|신청)|"
    r"(?<!창업)(?<!창업\s)(?<!청년)(?<!청년\s)기업(?:을|를)\s*대상|(?<!창업)(?<!창업\s)(?<!청년)기업\s*대상|"
    r"소재\s*(?:[^\s,]*\s*)?(?:기업|사업장|중소기업)(?!\s*(?:에\s*)?재직|\s*에서|\s*에\s*(?:근무|다니|종사|취업|입사))|사업장(?:을|이|에\s*(?:지원|인건비))|"
    r"마을기업|협동조합|사회적\s*기업|법인(?:을|이|\s*대상)|(?<!자치)단체(?:를|가|\s*대상)|기관\s*대상|컨소시엄|(?<!대)출자|담당자\s*대상|"
    r"(?:고용|채용)한\s*(?:기업|사업주|사업장)|신규\s*(?:고용|채용)(?:\s*가능한|\s*한|\s*하는|\s*시)|인건비(?:를|\s*지원)|"
    r"(?:기업|사업장)(?:에|에게)\s*(?:지원|인건비|장려금)|대학과\s*기업|운영\s*(?:기관|주체)\s*(?:모집|선정)"
)

# Individuals named beside organizations as applicants ("개인 및 기업", "개인·단체", "기업 또는 개인"): a person may
# apply, so the program is not for organizations only. "개인 또는 법인사업자" is a business's legal form, not a person.
INDIVIDUALS_TOO = re.compile(r"개인\s*(?:및|또는|이나|혹은|·|ㆍ|,|/)\s*(?:기업|단체|법인|기관|업체)(?!\s*사업자)|"
                             r"(?:기업|단체|법인|기관|업체)\s*(?:및|또는|이나|혹은|·|ㆍ|,|/)\s*개인(?!\s*사업자)")

# An organization cue naming a business ("사업주", "소재 중소기업", "사업장"): a founder applies with their own
# business, so whether it qualifies is theirs to check; institutions (대학, 기관, 단체, 법인, 마을기업, 컨소시엄, 운용사)
# are no founder's business.
BUSINESS_APPLICANT = re.compile(r"사업주|기업|사업장|소상공인|업체|자영업")
INSTITUTION_APPLICANT = re.compile(r"대학|기관|단체|법인|협동조합|마을기업|사회적\s*기업|컨소시엄|운용사|출자|학교|담당자|대[ㆍ·]\s*중견")
# Personnel costs ("인건비 지원") are an employer's support, except in a program for founders (their first hires) or
# where the line states people as the applicants ("… 청년을 대상으로 창업에 필요한 사업화 자금, 정착활동비, 인건비 지원").
WAGE_SUPPORT = re.compile(r"인건비(?:를|\s*지원)|(?:고용|채용)한\s*(?:기업|사업주|사업장)|(?:추가|신규)\s*(?:고용|채용)")
PEOPLE_STATED = re.compile(r"(?:청년|청소년|주민|시민|도민|구민|군민)(?:을|를)?\s*대상으로")
# Who runs a program, not who applies ("위탁운영(울산테크노파크) / 협력기관(…협동조합)", "자치단체 주도로
# 비영리법인·단체와 컨소시엄을 구성하여").
OPERATOR_LINE = re.compile(r"위탁\s*운영|협력\s*기관|주도로|(?:운영|수행|주관|전담)\s*기관\s*[:：(]|추진\s*(?:방법|체계)\s*[:：]")
# A program with a side for young people too ("○ (청년) …", "- 청년 : …", "인턴청년에게는", "기업, 청년 대상"):
# a person may join through it, so "기업·기관" is read with low confidence.
PERSON_SIDE = re.compile(r"[(\[]\s*(?:참여\s*)?청\s*년\s*[)\]]|^[\s\-−•*○◦❍ㅇ]*(?:참여\s*)?(?:청년|참여자|청년\s*근로자)\s*[:：]|"
                         r"청년(?:에게는|은\s)|인턴\s*청년|기업\s*[,·ㆍ및]\s*청년\s*대상|청년\s*[,·ㆍ및]\s*기업\s*대상")
# Companies that are startups (an incubator's tenants, a startup fair's exhibitors): the founder applies with one.
STARTUP_COMPANY = re.compile(r"(?:입주|참여|참가)\s*기업")
STARTUP_WORD = re.compile(r"창업|스타트업|벤처")

# Groups a program is limited to -> patterns that name them. 여성 is the person's gender, asked apart.
TARGET_GROUPS: dict[str, str] = {
    "여성": r"여성(?!\s*(?:가족부|친화|기업|고용|일자리\s*(?:박람회|센터)))|경단녀",
    "장애인": r"장애인(?!\s*(?:고용\s*(?:의무|부담)|표준사업장|기업))|중증장애",
    "제대군인": r"제대군인|전역\s*(?:예정|장병|군인|자)|전역\(예정\)|군\s*전역|장기복무",
    "국가보훈대상자": r"국가\s*보훈|보훈\s*대상|국가유공자",
    "경력단절": r"경력\s*단절|경단녀|경력보유\s*여성",
    "기초생활수급자": r"기초\s*생활\s*수급|생계\s*급여|의료\s*급여\s*수급",
    "차상위": r"차상위",
    "저소득": r"저소득",
    "한부모": r"한부모",
    "북한이탈주민": r"북한\s*이탈|탈북",
    "자립준비청년": r"자립\s*준비\s*청년|보호\s*종료|보호종료|아동복지시설\s*퇴소",
    "다문화": r"다문화|결혼\s*이민",
    "농어업인": r"농업인|어업인|농어업인|청년\s*농(?:업|민|가|부)|청년농(?!식품|산물)|창업농|후계\s*농|영농|임업인|귀농|귀어|농식품\s*(?:창업|기업)|임어업",
    "예술인": r"예술인|예술가|공예가|창작자\s*(?:대상|를\s*대상)",
}
# After a group word: it closes a list of examples ("장애인 등 사회적 약자", "귀농인 등 농업초보자도"), names what
# people are trained to become ("스마트농업인 양성과정"), or sits in a bracketed alternative ("(농업경영체등록 확인서)").
GROUP_AS_EXAMPLE_AFTER = re.compile(r"^\S{0,3}\s*등(?:\s|$|의|을|이|에)|^\S{0,3}\s*(?:양성|육성\s*과정)|^\S{0,8}\s*(?:확인서|등록증|증명서)\)")
# A line that names groups as a preference or an example ("저소득층·장애인 등 가점 우대", "다양한 연령층") limits nobody.
GROUP_LINE_ASIDE = re.compile(r"우대|가점|우선|다양한|누구나|대여\s*품목|→|순위|순으로")
# "※ 의무복무 제대군인은 … 시행령 제19조에 따라": a note about a group ("…은/는") is not who may apply.
GROUP_NOTE = re.compile(r"^\s*[※*]")
GROUP_NOTE_AFTER = re.compile(r"^\s*(?:은|는)(?:\s|[「『\"'“‘(])")
# "미취업 청년 및 결혼이민자": the group is one choice beside young people at large, not a limit on them.
GROUP_OR_YOUTH = re.compile(r"청년\s*(?:및|또는|이나|혹은|,|ㆍ|·)\s*\S")
# Groups that admit each other: a 기초생활수급자 is within a program for 차상위 or 저소득 people.
GROUP_INCLUDES: dict[str, tuple[str, ...]] = {
    "기초생활수급자": ("차상위", "저소득"),
    "차상위": ("저소득",),
    "경력단절": (),
}
# Groups the finder asks a person about (the tab's checkboxes and `find --group`).
PERSON_GROUPS = ("장애인", "제대군인", "국가보훈대상자", "경력단절", "기초생활수급자", "차상위", "저소득", "한부모",
                 "북한이탈주민", "자립준비청년", "다문화", "농어업인")
PERSON_STATUSES = ("미취업", "재직", "예비창업", "창업", "고등학생", "대학생")
# Which program statuses a person's status meets: a student counts as preparing for a job.
STATUS_MEETS: dict[str, tuple[str, ...]] = {
    "미취업": ("미취업",), "대학생": ("미취업", "대학생"), "고등학생": ("미취업", "고등학생"),
    "재직": ("재직",), "예비창업": ("예비창업",), "창업": ("창업",),
}
GENDERS = ("여성", "남성")
MILITARY = ("군필", "미필", "면제")

# 업력: "창업 후 3년 이내", "업력 7년 이하", "사업자등록 3년 이하", "창업 7년 미만" -> most years a business may have.
BUSINESS_YEARS = re.compile(r"(?:창업|업력|사업자\s*등록|재창업)\s*(?:후|한\s*지|일로부터|경력)?\s*(\d{1,2})\s*년\s*(이내|이하|미만)")
# ... a span ("업력 3~7년", "업력 1~3년이하") or a floor ("창업 후 1년 이상", "업력 2년 초과") -> the fewest years.
BUSINESS_YEARS_RANGE = re.compile(r"(?:창업|업력|사업자\s*등록|재창업)\s*(?:후|기간|경력)?\s*(\d{1,2})\s*(?:년\s*)?(?:이상\s*)?[~∼〜\-–]"
                                  r"\s*(\d{1,2})\s*년\s*(이내|이하|미만)?")
BUSINESS_YEARS_LOWER = re.compile(r"(?:창업|업력|사업자\s*등록|재창업)\s*(?:후|한\s*지|일로부터|기간|경력)?\s*(\d{1,2})\s*년\s*(이상|초과)")
# Birth dates in the text ("1985. 3. 29. ~ 2006. 3. 28. 출생자", "1986~2006년생", "생년월일 기준 1985년 1월 2일 ~
# 2006년 1월 1일"): where the age fields round to 만 나이, these settle the ages at the edges.
BIRTH_DATES = re.compile(r"((?:19|20)\d{2})\s*[.년]?\s*(?:(\d{1,2})\s*[.월]\s*(\d{1,2})\s*[.일]?)?\s*(?:생)?\s*[~∼〜\-–]\s*"
                         r"((?:19|20)\d{2})\s*[.년]?\s*(?:(\d{1,2})\s*[.월]\s*(\d{1,2})\s*[.일]?)?")
BIRTH_CUE = re.compile(r"출생|년생|생일자|생년월일")
# 병역: a program for those who served (or are exempt), or for those who have not yet enlisted.
MILITARY_SERVED = re.compile(r"병역\s*(?:필|을\s*마친)|병역\s*면제|병역필")
MILITARY_NOT_YET = re.compile(r"입영\s*(?:전|예정|대기)|입대\s*(?:전|예정)")
# The upper age raised for those who served ("군필자의 경우 의무복무기간에 비례하여 최고 만39세까지", "군 경력자는
# 복무기간에 비례하여 참여 제한 연령을 연동하여 적용(최고 만 39세로 한정)", "[상한 연령 연장 군필자] 병적증명서"), and the
# ceiling it names. Without a ceiling the raise is the service itself: at most MILITARY_AGE_YEARS more.
MILITARY_AGE_EXTENSION = re.compile(r"(?:군필|군\s*(?:복무|경력|전역)|병역|제대군인|의무\s*복무)[^\n]{0,50}?(?:연장|연동|비례|가산)|"
                                    r"연령\s*(?:연장|연동)\s*(?:대상\s*)?(?:군필|제대군인)")
MILITARY_AGE_CEILING = re.compile(r"(?:최고|최대|상한)\s*(?:만\s*)?(\d{2})\s*세")
MILITARY_AGE_YEARS = 3  # the longest 의무복무 (about two years) rounded up
# ... or for those serving now ("군 복무 중인 병만 지원 대상임", "현역 장병").
MILITARY_SERVING = re.compile(r"복무\s*중인\s*(?:병|장병|군인|현역)|현역\s*(?:병|장병)|(?:병|장병)만\s*(?:지원|신청|참여)")
# Named schools: "홍익대학교 세종캠퍼스 재학생", "해당 대학 재학생에 한해", a major ("첨단산업 유관학과"); not
# "비전공자도 참여 가능", which opens the course to anyone.
NAMED_SCHOOL = re.compile(r"[가-힣]{2,}대학교?(?:\s*[가-힣]+캠퍼스)?\s*(?:재학생|학생|졸업생)|해당\s*대학|본교|우리\s*대학|"
                          r"(?:유관|관련)\s*학과|(?<!비)전공자(?!\s*(?:여부\s*)?(?:무관|불문|관계\s*없))|학과\s*(?:재학생|학생)|"
                          r"(?:소재|도내|관내|지역|참여)\s*대학(?:교|\(원\))?")
# The document speaks of 청년 without an age: past this age the person may not count as one.
YOUTH_WORD = re.compile(r"청년")
YOUTH_UNSTATED_OLDEST = 39

# A document with neither a target nor an application section leaves who may apply for a person to check.
NO_APPLICANT_STATED = "신청 대상·방법이 문서에 없어 확인 필요"
# Conditions a person's stated facts never settle: prior participation, duplicate benefits, residence length,
# moving in, insurance, income, a plan or item, a failed business — each named when the document states it.
PERSON_CHECKS: dict[str, str] = {
    r"최초\s*(?:참여|신청)|1\s*회에?\s*한(?:해|하여|함)|참여\s*(?:한\s*)?이력|참여한\s*적|기\s*참여자|이미\s*참여|재참여": "이전 참여 이력 확인 필요",
    r"중복\s*(?:수혜|지원|참여|신청)|타\s*(?:사업|지원사업)\s*(?:과\s*)?중복|동일\s*사업": "중복 수혜 여부 확인 필요",
    # "1년 이상 계속 거주", "2개월 이상 강진군에 주민등록을 두고", "1년 이상 연속하여 주민등록을 둔"
    r"\d+\s*(?:개월|년)\s*이상\s*(?:계속\s*|연속\s*(?:하여|해서)?\s*)?(?:[가-힣]+(?:에|에서)\s*)?(?:거주|주민등록)|"
    r"거주\s*기간|계속\s*거주": "거주 기간 확인 필요",
    r"전입|관외|이주|주소(?:지)?\s*(?:를\s*)?이전|유입|정착(?:을|하려|할|\s*희망|\s*예정)|이전\s*예정|거주\s*예정": MOVE_IN_CHECK,
    r"고용\s*보험\s*(?:미\s*가입|가입\s*(?:이력|기간|자|여부|중)|피보험\s*(?:기간|이력|자격\s*(?:취득|상실)))|피보험\s*(?:기간|단위)": "고용보험 가입 이력 확인 필요",
    r"(?:구직|실업)\s*급여\s*(?:수급자|수혜자|수급\s*기간|를?\s*받(?:는|고))": "구직급여 수급 여부 확인 필요",
    r"중위\s*소득|소득\s*기준|소득인정액|건강보험료|소득\s*\d+\s*분위|" + ASSET + r"|자산\s*기준": "소득·재산 기준 확인 필요",
    r"사업\s*계획|창업\s*아이템|창업아이템": "사업계획·아이템 확인 필요",
    r"실패\s*경험|폐업": "폐업·재창업 이력 확인 필요",
    r"(?:유관|관련)\s*학과|(?<!비)전공자(?!\s*(?:여부\s*)?(?:무관|불문|관계\s*없))|(?<!비)전공\s*(?:학생|재학생|졸업)": "전공 확인 필요",
    r"입주자|입점자|입주\s*(?:희망|신청자)|(?:입주|입점)\s*조건": "입주 자격 확인 필요",
    r"별도로?\s*정하는\s*(?:요건|자격)|공고\s*시\s*별도": "공고별 요건 확인 필요",
    r"추천(?:을|서|\s*받)": "기관 추천 필요",
    r"졸업\s*(?:후|한\s*지)\s*\d+\s*년|졸업일로부터|\d+\s*년\s*이내[^\n]{0,30}졸업": "졸업 시기 확인 필요",
}
# Conditions a person's facts never settle that count only where the document says who may apply (its target
# section, name and purpose): elsewhere the same words describe what is offered ("수료생 대상 개발 공간 지원").
TARGET_CHECKS: dict[str, str] = {
    r"수료\s*(?:\(예정\)\s*)?자|수료\s*예정자|수료생|이수자|이수한": "교육·과정 수료 여부 확인 필요",
    r"구직\s*단념": "구직단념 청년 해당 여부 확인 필요",
    # veterans of a given service length: the finder asks only whether someone is a 제대군인
    r"(?:장기|중기)\s*복무\s*(?:제대군인|전역|군인)|\d+\s*년\s*이상\s*(?:군\s*)?복무한": "복무 기간 확인 필요",
    # how long ago one was hired: "채용 후 1년 이내인 15세 이상~34세 이하 청년"
    r"(?:채용|입사|취업)\s*(?:후|한\s*지|일로부터)\s*\d+\s*(?:년|개월)\s*(?:이내|미만|이하)": "입사 시기 확인 필요",
    # a licence the applicant must hold: "…조제관리사 자격증 취득 후", "자격증 소지자"
    r"자격증?\s*(?:을\s*)?(?:소지|보유|취득)\s*(?:자|후|한|하고|중)": "자격증 소지 여부 확인 필요",
    # who may apply is in a notice the document only points to: "자격 조건: … 공고문 참조"
    r"공고문?\s*(?:을\s*)?(?:참조|참고|확인)": "공고별 요건 확인 필요",
}
# Words that state a condition on who may apply, per kind (who applies, status, schooling, groups, prior
# participation): a line of the applicant section or the title holding one that no reader quotes is a condition
# the finder did not settle, so it is left to check ("조건 확인 필요: …"), never silently taken as met.
# Condition words only: what the program offers (교육, 인건비, 멘토링) is no cue.
UNREAD_CONDITION_CUES: dict[str, str] = {
    "who": r"사업주|법인|단체|마을기업|협동조합|사업장",  # bare 기업/기관 name the operator or the other party
    "employment": r"구직|미취업|취업을?\s*준비|재직|근로자|직장인|예비\s*창업|창업자|창업기업|소상공인|자영업|취\s*[·‧ㆍ]\s*창업",
    # people at school, not the schools ("대학(원) 진학면접", "인하공업전문대학 내 실습실")
    "schooling": r"고등학생|고교생|특성화고|대학생|대학원생|재학|휴학|졸업|학생",
    "groups": r"여성|장애|제대|전역|보훈|경력\s*단절|수급|차상위|저소득|한부모|북한|탈북|자립\s*준비|보호\s*종료|다문화|"
              r"결혼\s*이민|농업|어업|영농|귀농",
    "participation": r"참여\s*(?:이력|경험|한)|중복|고용\s*보험|수혜|기\s*참여|이미\s*참여|구직\s*급여",
}
UNREAD_CONDITION = "조건 확인 필요"
# A line about the other party of a two-sided program ("◦(참여기업) 고용보험 피보험자 10인 이상 기업") states the
# company's conditions, not the applicant's, and so do the sub-bullets under it, up to the next party's label
# ("◦(참여청년) …") or top-level bullet.
OTHER_PARTY_LINE = re.compile(r"^[^가-힣(\[]*[(\[]?\s*(?:참여|참가|수요|협약|인턴|고용)?\s*(?:기\s*업|기\s*관|사업주|사업장|업체)\s*[)\]:：]")
# A sub-heading ("○ 사업장 요건") announces conditions; the lines under it state them.
UNREAD_HEADING = re.compile(r"^\S{0,6}\s*\S{0,6}\s*(?:요건|조건|자격|대상|사항|기준)\s*[:：]?$")
# Person checks about prior participation and insurance: one of them read leaves that kind to check already.
PARTICIPATION_CHECKS = ("이전 참여 이력 확인 필요", "중복 수혜 여부 확인 필요", "고용보험 가입 이력 확인 필요",
                        "구직급여 수급 여부 확인 필요")
PARTY_LABEL = re.compile(r"^[^가-힣(\[]*(?:[(\[]\s*[가-힣 ]{2,8}\s*[)\]]|[가-힣 ]{1,7}\s*[:：])")
UNREAD_QUOTE_CHARS = 60  # the reason quotes the clause up to this many characters
# A clause that names its words as a preference or as no limit ("저소득층 우대", "학력 무관") states no condition.
# How a condition is verified ("취업여부는 고용보험 피보험자 자격기준으로 확인합니다") is no further condition.
# A clause that allows more ("졸업기업 재지원 가능", "개인 또는 법인사업자"), says where or when ("교육장소: … 대학"),
# defines a term ("창업일 기준 : …") or points elsewhere ("… 참조") states no further condition either.
UNREAD_ASIDE = re.compile(r"포함|우대|가점|가산점|우선\s*(?:선발|순위|지원|선정)|무관|불문|제한\s*(?:이\s*)?없|관계\s*없|"
                          r"기준으로\s*(?:확인|하며|합니다|함)|기준\s*[:：]|(?<!만\s)(?<!만)(?:재지원|신청|참여|지원)\s*가능|"
                          r"개인\s*(?:또는|및|·|ㆍ|/|,)\s*법인|장소\s*[:：]|일시\s*[:：]|참조|참고")
# A condition word that is the topic of a note ("의무복무 제대군인은「…시행령」제19조에 따라") or bounds a span
# ("고교졸업예정자 ∼ 39세") states no condition of its own.
UNREAD_WORD_ASIDE = re.compile(r"^\S{0,4}?(?:은|는)(?:\s|[「『\"'“‘(])|^\S{0,6}\s*[~∼〜]")
# A law's or program's name in brackets ("「제대군인 지원에 관한 법률 시행령」") holds no condition word of its own.
BRACKETED_NAME = re.compile(r"[「『][^」』]*[」』]")

# A line that ranks applicants ("①기준 중위소득 40%이하 기초생활수급자 → ②졸업예정자 → …") orders the chosen; it
# asks nobody for income or a group.
RANKING_LINE = re.compile(r"→|&rarr;|(?:우선|선발)\s*순위|순으로\s*(?:선발|선정)")
# A condition word followed by one of these is waived, not asked ("소득기준 : 제한 없음").
CHECK_WAIVED = re.compile(r"^[^,.]{0,8}?(?:(?:제한|기준)\s*(?:이\s*)?없|무관|불문|해당\s*없)")
# A target line with one of these names the condition as a preference or says it does not matter.
TARGET_CHECK_ASIDE = re.compile(r"우선|우대|가점|무관|예방|불문")
