"""Program-document vocabulary: which field labels answer which kind of question, what each kind's value
looks like, and how program names are written (years, romanised words) so a name matches however typed."""

from __future__ import annotations

import re

from assistant.language.asking import WHEN_WORDS

# Answer kind -> the field labels that state it, most specific first ("신청기간" before "기간").
LABEL_KINDS: dict[str, tuple[str, ...]] = {
    "age": ("연령", "나이", "지원연령", "대상연령", "연령요건", "지원대상", "신청자격", "참여대상", "사업대상",
            "모집대상", "신청대상", "지원자격", "자격요건", "참여자격", "대상"),
    "period": ("신청기간", "접수기간", "모집기간", "신청일", "접수일", "모집일정", "신청일정", "접수일정",
               "신청마감", "마감일", "기간", "사업기간", "운영기간", "교육기간", "추진일정", "일정"),
    "count": ("지원규모", "모집인원", "선발인원", "모집규모", "선정규모", "지원인원", "대상인원", "참여인원",
              "선발규모", "인원", "정원", "규모"),
    "amount": ("지원금액", "지원금", "지원액", "지원한도", "지원수준", "지원기준", "금액", "지원내용", "사업비",
               "예산", "지원규모", "혜택", "사업내용"),
    "apply": ("신청방법", "접수방법", "신청절차", "접수처", "신청처", "신청장소", "접수장소", "신청및접수",
              "방법", "절차", "선정방법", "선발방법"),
    "documents": ("제출서류", "구비서류", "신청서류", "필요서류", "증빙서류", "서류"),
    "contact": ("문의처", "문의", "연락처", "문의전화", "전화번호", "전화", "담당부서", "담당자", "담당",
                "주관기관", "운영기관"),
    # the body that runs a program ("주관기관: 과학기술정보통신부")
    "organiser": ("주관기관", "소관부처", "주관부처", "운영기관", "시행기관", "수행기관", "주최", "주관", "담당부서", "담당기관"),
    "selection": ("선정방법", "선발방법", "심사방법", "선발기준", "선정기준", "심사기준", "선정절차", "선발절차", "우선순위",
                  "우선선발", "심사", "선발", "선정"),
    # (and where people are sent to work or train: "파견기구", "연수기관")
    # (an address last: "캠프장소: 한국선비문화연구원" names where it is held, the "주소: …" under it only locates it)
    "place": ("장소", "위치", "파견기관", "파견기구", "파견지", "교육장소", "운영장소", "사업장소", "근무장소", "근무지",
              "행사장소", "개최장소", "파견국가", "근무기관", "연수기관", "주소"),
    "residence": ("거주지역", "대상지역", "거주지", "주소지", "거주요건", "지역", "지원대상", "신청자격", "참여대상",
                  "사업대상", "모집대상", "신청대상", "지원자격", "자격요건", "추가자격", "대상"),
    # what a program gives: the section a "뭐 해줘요?" is answered from
    "benefits": ("지원내용", "지원사항", "지원내역", "지원혜택", "혜택", "교육내용", "사업내용", "주요내용", "활동내용",
                 "지원범위", "교육과정"),
    "eligibility": ("지원대상", "신청자격", "참여대상", "사업대상", "모집대상", "신청대상", "지원자격", "자격요건",
                    "참여자격", "추가자격", "자격", "선정기준", "대상", "연령", "거주지역"),
    # how long a program runs, a course lasts or a job is held ("교육기간: 8주", "근무시간: 1일 8시간"): not the
    # application period, which APPLYING_LABEL tells apart ("신청기간" holds 기간 but is no duration)
    # (a length in days or months and the hours a day are asked alike: "몇 달 하고 하루 몇 시간", so neither kind of label
    # ranks far above the other)
    "duration": ("교육기간", "교육시간", "근무기간", "근무시간", "근로기간", "근로시간", "활동기간", "활동시간", "운영기간",
                 "운영시간", "지원기간", "참여기간", "사업기간", "고용기간", "인턴기간", "채용기간", "입주기간", "이용기간",
                 "임차기간", "대여기간", "계약기간", "연수기간", "훈련기간", "교육일정", "운영일정",
                 # the day and hours an event or a course is held ("일 시 : 2024.8.7.(수), 13:30 ~ 17:00")
                 "행사일시", "교육일시", "행사일", "개최일", "일시", "기간", "시간"),
    # the day an event or a session is held ("일 시 : 2024.8.7.(수), 13:30 ~ 17:00", a title's "(행사일:10.21~10.22)"):
    # what "언제 해요?" of an event asks, never the application period
    "event_day": ("행사일시", "교육일시", "행사일", "개최일", "일시", "행사일정", "교육일정", "운영일정"),
    # how many times one may use it or sessions it runs ("회차 : 3회차", "이용횟수: 연 4회")
    "times": ("횟수", "회차", "이용횟수", "지원횟수", "대여횟수", "참여횟수", "운영횟수", "교육횟수"),
}
# A label naming the application period ("신청기간", "접수일정", "모집기간", "마감일"): when to apply, never how long a
# program runs (a "기간" label under no such word is the program's own duration).
APPLYING_LABEL = re.compile(r"신청|접수|모집|마감")
# The question's answer type (language/questions.py) -> the kinds of field that answer it.
TYPE_KINDS: dict[str, tuple[str, ...]] = {
    "age": ("age",), "date": ("period",), "count": ("count",),
    "amount": ("amount",), "phone": ("contact",), "apply": ("apply",), "documents": ("documents",),
    "place": ("place",), "eligibility": ("eligibility",), "contact": ("contact",), "residence": ("residence",),
}
# What a value of each kind looks like in the text (the raw text, before numbers are normalised).
VALUE_PATTERNS: dict[str, re.Pattern] = {
    "age": re.compile(r"\d+\s*(세|살)|만\s*\d+|(연령|나이)\s*(제한\s*)?(없|무관)|(?<![가-힣])제한\s*없음"),
    "period": re.compile(
        r"(?<![\d-])(19|20)\d{2}\s*[.\-/년]\s*\d{1,2}(?!\d{3})|(?<!\d)20\d{6}(?!\d)|\d{1,2}\s*월\s*\d{1,2}\s*일|\d{1,2}\s*월|['’‘]\d{2}\s*\.\s*\d{1,2}"
        r"|상시|연중|수시|예산\s*소진|소진\s*시|마감|선착순"),
    "count": re.compile(r"(\d[\d,]*|0{2})\s*(여\s*)?(명|개사|개소|개팀|팀|가구|업체|개\s*기업|기업|곳|개(?!월))"),
    "amount": re.compile(
        r"\d[\d,.]*\s*(여\s*)?(조|억|천만|백만|만|천)?\s*원|최저\s*(임금|시급)|생활\s*임금|실비|전액"
        r"|\d+\s*%\s*(지원|이내|한도|보조)|의\s*\d+\s*%"),
    "contact": re.compile(r"\d{2,4}\s*[-)]\s*\d{3,4}\s*-\s*\d{4}|☎|[\w.]+@[\w.]+|국번\s*없이"),
    "apply": re.compile(r"온라인|방문|이메일|e-?mail|우편|팩스|https?://|www\.|홈페이지|누리집|접수|신청|제출"),
    "documents": re.compile(r"신청서|증명서|등본|사본|확인서|계획서|동의서|서류|증빙"),
    # ... or an institute or school a venue is named by ("캠프장소: 한국선비문화연구원")
    "place": re.compile(r"[가-힣]+(시|군|구|도|동|읍|면|센터|관|청)\b|[가-힣]+(연구원|진흥원|교육원|연수원|문화원|학교|캠퍼스)|https?://"),
    "eligibility": re.compile(r"대상|이내|이상|이하|미만|\d+\s*세|만\s*\d+|자격|거주|해당|누구나|청년"),
    "residence": re.compile(r"[가-힣]+(특별시|광역시|특별자치시|특별자치도|도|시|군|구)(?![가-힣])|전국|도내|관내|시내|군내|구내"),
    # a length ("6개월", "주 5일", "1일 8시간") or the dates a program runs between ("7.1.~8.29.")
    "duration": re.compile(r"\d+\s*(개월|주|년|일|시간|박|회차)|\d{1,2}\s*월|(19|20)\d{2}\s*[.\-/년]\s*\d{1,2}|\d{1,2}\s*\.\s*\d{1,2}\s*[.~]"),
}
# Labels that say where a program runs, for telling same-named programs apart ("지역: 태안군").
PLACE_LABELS = ("지역", "거주지역", "대상지역", "사업지역", "시행지역", "소재지", "주관기관", "운영기관", "시행기관")
# A value that says the field is not given ("상시 또는 명시되지 않음", "미정"): the field states nothing.
UNSTATED_VALUE = re.compile(r"명시되지\s*않|미기재|미정|정보\s*없음|해당\s*없음|추후\s*(공지|안내)|^[\W_]+$")  # "제출 서류 | -"
# Kinds whose value, found in a line with no matching label, still answers (a count in 모집 prose).
VALUE_ALONE = {"age", "period", "count", "amount", "residence"}
# How a kind is named when a program's document does not state it ("…문서에는 나이 제한 내용이 없습니다").
KIND_NAMES_KO = {
    "age": "나이 제한", "period": "신청 기간", "count": "모집 인원", "amount": "지원 금액", "apply": "신청 방법",
    "documents": "제출 서류", "contact": "문의처", "place": "장소", "eligibility": "지원 대상", "residence": "거주 지역",
    "duration": "운영 기간",
}
KIND_NAMES_EN = {
    "age": "age limit", "period": "application period", "count": "number of places", "amount": "amount",
    "apply": "how to apply", "documents": "documents to submit", "contact": "contact", "place": "place",
    "eligibility": "eligibility", "residence": "residence requirement", "duration": "duration",
}

# Words that frame what is asked rather than name a detail ("나이 제한이", "최대 몇 세"), and words for when it is asked
# of ("올해 몇 명 뽑아요?": pages write the year, never these words): never "not stated".
FRAME_WORDS = {"제한", "최대", "최소", "기준", "요건", "조건", "한도", "상한", "하한", "범위", "자격", "대상", "나이", "연령",
               "마감", "마감일", "기간", "금액", "지원금", "인원", "서류", "신청", "접수", "기관", "부서", "지역", "주민", "사람",
               "혜택", "내용", "방법", "절차", "문의", "담당", "주소", "동네", "거주", "조건", "요일", "대상자"} | WHEN_WORDS
# What a program is for ("목적이 뭐예요?", "도입된 배경이 무엇입니까?"): every page says it in its own words, in its opening
# description or a 사업목적/추진배경/목표 line, so the noun names the kind asked, never a detail the page lacks.
PURPOSE_WORDS = {"목적", "취지", "목표", "배경", "추진배경", "도입배경", "사업목적", "추진목적"}
FRAME_WORDS |= PURPOSE_WORDS

# The word right before the question word is what is asked ("면접수당 얼마", "교통비는 얼마"), however Kiwi splits it.
ASKED_WORD = re.compile(r"([가-힣A-Za-z]{2,}?)(?:은|는|이|가|을|를|도)?\s*(?:얼마(?!나)|언제|몇)")
# The thing a yes/no question asks whether the program gives ("활동비도 나와요?", "교통비는 지급되나요?").
# ("참여수당 같은 거 나와요?": the thing named, then what it is like)
ASKED_WHETHER = re.compile(r"([가-힣A-Za-z]{2,}?)(?:은|는|이|가|도|\s*같은\s*(?:거|것|건|게))\s*(?:나와|나오|줘|주나|주는지|지급|"
                           r"지원\s*(?:돼|되|해\s*주))")
# The thing a yes/no question asks whether an applicant must have ("드론 자격증 꼭 있어야 돼요?", "경력증명서 필수예요?"):
# a page never naming it does not say it is required.
ASKED_REQUIRED = re.compile(r"([가-힣A-Za-z]{2,}?)(?:은|는|이|가|도)?\s*(?:(?:꼭|반드시)\s*(?:있어야|필요|갖춰야|가지고\s*있어야)|필수)")

# A yes/no question whether an age fits a program ("40살도 신청 가능해요?", "41살도 되나요?"): group 1 the age, 2 its unit.
# Not a limit asked ("39세까지 돼요?") nor someone else's age ("3살 아이 있는 부모도 되나요?").
AGE_CHECK = re.compile(
    r"(?<!\d)(?:만\s*)?(\d{1,2})\s*(살|세)(?!\s*(?:까지|이하|이상|미만|초과|[가-힣]*(?:아이|자녀|아들|딸|아기|동생|자식|부모|어머니|아버지)))\s*(?:도|이면|이어도|이라도|인데|인데도|은|는|이|인|이면은)?\s*(?:[가-힣0-9A-Za-z]+\s*){0,3}?"
    r"(?:되나요|돼요|되요|될까요|되는지|되니|돼\??$|가능|신청\s*(?:할|해도|하면|돼|되)|받을\s*수|받아도|참여\s*(?:할|해도|가능)|할\s*수\s*있)"
)
# An age the asker says they are past ("39살 넘어도 돼요?", "35세 지났는데 되나요?"): the age asked is the one after it.
AGE_PAST = re.compile(r"^\s*(?:이|가|은|는|을|를)?\s*(?:넘|지나|지난|지났|초과)")
# An exception to the age limit named in the question ("군대 다녀왔으면 39살 넘어도 돼요?"): what is asked is the exception,
# which the line stating the limit alone cannot settle.
AGE_EXCEPTION_ASKED = re.compile(r"군대|군\s*(?:복무|필|제대|전역)|군필|제대|전역|병역|예비군|입대")
# A stated age limit with one of these beside it is not plainly comparable ("단, 군필자 최대 42세", "연장 가능").
AGE_EXCEPTION = re.compile(r"단[,\s]|단서|연장|예외|가산|군\s*(?:복무|필|제대)|제대|병역|인정|경우")
# The verdict on an asked age against the cited limit: inside / outside.
AGE_VERDICT_KO = {
    True: "{limit} 대상이라 {age}{particle} 나이 조건에 들어갑니다",
    False: "{limit} 대상이라 {age}{particle} 해당하지 않습니다",
}
AGE_INCLUSIVE_KO = "곧 {ages}입니다"  # a limit written with a bound it does not admit ("46세미만"), in the ages it does

# Words that hold a detail's written form but name another thing: a 공기업 is a public body hiring by its own rules,
# not the company a person works at ("회사 다니면서 해도 돼요?" on a page naming only 지방공기업 is never said), nor is a
# ministry (중소벤처기업부) or a bank one; 직업체험 holds 업체 only by its letters
OTHER_WORDS_HOLDING = {"기업": ("공기업", "벤처기업부", "중소기업부", "기업은행"), "업체": ("직업체험", "창업체험", "농업체험", "산업체험")}


def writes_form(form: str, compact: str) -> bool:
    """Whether a page's text (lower-cased, without spaces) writes a form of a detail other than inside a word that
    names another thing."""
    for other in OTHER_WORDS_HOLDING.get(form, ()):
        compact = compact.replace(other, "")
    return form in compact


# Everyday words for what documents call otherwise: a document with either mentions the detail.
DETAIL_SYNONYMS = {
    "월급": ("급여", "인건비", "임금", "보수", "활동비", "수당"), "급여": ("월급", "인건비", "임금", "보수"),
    "일급": ("일당", "급여", "임금"), "일당": ("일급", "급여", "임금"), "시급": ("시간당", "급여", "임금"),  # "일 92,000원"
    "공짜": ("무료", "무상"), "장려금": ("지원금", "인센티브", "수당"), "용돈": ("활동비", "수당"),
    "숙소": ("숙박", "기숙사", "주거"), "교통비": ("교통",), "보증금": ("임대보증금",), "월세": ("임대료", "임차료"),
    # a noun people ask by that pages write as the act ("답변은 얼마 만에": "현직자가 답해주는")
    "답변": ("답해", "답글", "회신", "응답"),
    "취준생": ("취업준비생", "구직자", "미취업자"),
    "재입사": ("재고용", "재채용"), "재취직": ("재고용", "재채용"),  # going back to a former employer, as pages write it
    "직원": ("근로자", "종업원", "재직자"),  # "직원 몇 명 이상 회사": pages count 상시 근로자
    "회사": ("기업", "업체", "사업장", "사업체"),  # "회사 몇 개월 다녀야": pages write 기업 재직기간
    "예약": ("신청", "접수"),  # "상담 예약은 어떻게": pages write 상담 신청, 사전 접수
    "사이트": ("누리집", "홈페이지", "www", "http"), "웹사이트": ("누리집", "홈페이지", "www", "http"),  # a site is its address
    "업종": ("분야", "직종"),  # "어떤 업종 회사들 나와요?": pages write 채용분야
    "알바": ("아르바이트",), "아르바이트": ("알바",),
    # seasons as pages write them ("근무시기: 하절기/동절기", "하계방학")
    "여름": ("하절기", "하계"), "겨울": ("동절기", "동계"), "여름방학": ("하계방학", "하절기"), "겨울방학": ("동계방학", "동절기"),
    "비행기값": ("항공료", "항공권", "항공비"), "비행기표": ("항공권", "항공료"), "항공권": ("항공료", "항공비"),
    "결과": ("발표",),  # "선정 결과 언제 나와요?": pages write when it is 발표
    "부처": ("주관기관", "주관부처", "소관"), "소관": ("주관기관", "주관부처", "주관"),  # the ministry is written 주관기관
}

# Latin words in program names as Korean writes them (점프업 = JUMP-UP): names match in either script.
ROMANISED = {
    "jump": "점프", "up": "업", "spec": "스펙", "start": "스타트", "startup": "스타트업", "step": "스텝",
    "k": "케이", "it": "아이티", "ai": "에이아이", "job": "잡", "jobs": "잡스", "dream": "드림", "go": "고",
    "on": "온", "youth": "유스", "plus": "플러스", "new": "뉴", "smart": "스마트", "green": "그린", "digital": "디지털",
    "hub": "허브", "lab": "랩", "camp": "캠프", "school": "스쿨", "academy": "아카데미", "project": "프로젝트",
    "challenge": "챌린지", "global": "글로벌", "local": "로컬", "hi": "하이", "one": "원", "stop": "스톱",
    "link": "링크", "bridge": "브릿지", "next": "넥스트", "level": "레벨", "pass": "패스", "card": "카드",
    "shield": "실드", "sw": "에스더블유", "ict": "아이씨티", "rise": "라이즈", "work": "워크", "with": "위드",
    "move": "무브", "biz": "비즈", "tech": "테크", "star": "스타", "campus": "캠퍼스", "town": "타운", "box": "박스",
    "rising": "라이징", "career": "커리어", "matching": "매칭", "day": "데이", "fair": "페어", "pro": "프로",
    "open": "오픈", "house": "하우스", "maker": "메이커", "space": "스페이스", "net": "넷", "zone": "존",
}
# Parts of a name people leave out: the year ("2025년", "25년", "'25"), brackets, notice words.
NAME_YEAR = re.compile(r"(?<!\d)(20)?\d{2}\s*년도?|(?<!\d)20\d{2}(?!\d)|['’‘]\d{2}(?!\d)")
# ("… 대상자 모집", "… 참가자 모집 안내": rounds of one program are told apart by their round, not by who is called)
NAME_NOTICE_WORDS = re.compile(r"(?:(?:대상자|참가자|참여자|신청자|교육생|수강생|입주자|입점자)?\s*모집\s*)?(?:(?:공고|안내|알림)문?)?$")
# Every field name above: a numbered line that is one of these is a section's heading even with nothing under it.
FIELD_NAMES = frozenset({n for names in LABEL_KINDS.values() for n in names} | set(PLACE_LABELS))
# A numbered field written without a colon ("5. 접수기간 2025. 3. 1. ~ 3. 15.", "□ 모집인원 30명"): a field name, a
# space, then a value holding a figure; a two-letter name only before a figure or a bracket ("일시 10.21"). Not a
# sentence that opens with the word ("지원대상 청년에게 … 지원합니다.") nor a condition on it ("신청일 기준 …").
_NAMED = sorted(FIELD_NAMES, key=len, reverse=True)
NAMED_FIELD = re.compile(
    r"^({long}|(?:{short})(?=\s+[\d(]))\s+(?!기준)(?!.*(?:다|요)\s*[.!?]?\s*$)(?=.*\d)(\S.*)$".format(
        long="|".join(n for n in _NAMED if len(n) >= 3), short="|".join(n for n in _NAMED if len(n) == 2))
)
# A line saying whom a program is for in its own words ("구직단념청년 등을 대상으로 맞춤형 프로그램을 제공"): it answers
# "어떤 청년 대상이에요?" though no field is labelled 지원대상.
TARGET_LINE = re.compile(r"[가-힣)]\s*(을|를)\s*대상으로")
# Kinds naming one thing that a line labelled with the kind states whole ("주관기관: 미래전략산업국" for "어느 부서에서
# 운영해?"): the reader's best line so labelled answers however unsure the reader is of the question as a whole.
LABEL_STATES_WHOLE = ("organiser",)
# Kinds a line states by its own words ("전문가와 함께하는 컨설팅" for "누구랑 같이 해요?", "개인별 계좌입금" for "돈은 어떻게
# 받아?"): one of the reader's best lines
# holding the kind (language/asking.py LINE_KINDS) answers however unsure the reader is of the question as a whole.
WORDS_STATE_WHOLE = ("partner", "paid_as")
# Which of a page's organiser lines a question asks, by the role it names ("운영 어디가 해?", "어디 담당이에요?": the body that
# runs it, 운영기관; "소관 부처는?": 주관기관), most specific first; a question naming neither takes the reader's best line.
ORGANISER_ROLES: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    (re.compile(r"운영|맡|맏|담당|수행|위탁"), ("운영기관", "수행기관", "담당부서", "담당기관", "시행기관")),
    (re.compile(r"주관|주최|소관|부처"), ("주관기관", "소관부처", "주관부처", "주최", "주관")),
)
# A kind of body a question names ("주관 대학 어디야", "어느 대학이 운영함?") and how an organiser line's value names one of
# that kind: that line answers, whatever role the question names (the ministry is not the university)
ORGANISER_BODIES: tuple[tuple[re.Pattern, re.Pattern], ...] = (
    (re.compile(r"대학|학교"), re.compile(r"대학|학교")),
    (re.compile(r"부서|(?<![가-힣])과(?![가-힣])"), re.compile(r"[가-힣](과|팀|국|실)(?![가-힣])")),
)
# An organiser field written inside another field's row ("문의처 | 주관기관: 서산시 운영기관: 자치행정국"): the row states it
ORGANISER_FIELD = re.compile(r"(주관|운영|수행|시행|담당)\s*(기관|부서|부처)\s*[:：]")

# Ages as questions and lines write them (answer/fields.py reads limits and exceptions with these)
AGE_FIGURE = re.compile(r"(?<!\d)\d{1,2}\s*세")
AGE_NAMED = re.compile(r"(?<!\d)\d{1,2}\s*(세|살)|나이|연령")  # an age a question names or asks of ("39살 넘어도")
AGE_LIMIT_TALK = re.compile(AGE_NAMED.pattern + r"|상한\s*연장|연장\S{0,3}\s*상한")  # a line speaking of an age or of raising its limit
EXCLUSIVE_BOUND = re.compile(r"미만|초과")  # an age bound the limit does not admit ("46세미만": 45 at most)
# A round or stage of one program a question names ("2기 근무기간", "1차 2차 각각 얼마"): the page's line of that round
# answers, not the first round's ("(1기) … 근무기간: 25.2월 ~ 6월"); not "3년차", "1차적으로", "2차례" nor "4차 산업혁명"
ROUND_MARKER = re.compile(r"(?<![\d.년])(\d{1,2})\s*(차|기|단계|회차|학기|분기)(?![가-힣]{2}|례|\s*산업)")
ROLE_NAMED = re.compile(r"[가-힣]{2,}기관")  # a body's role as a question names it ("협력기관 어디에요?")
