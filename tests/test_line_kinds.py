"""Which line answers is read from what a line holds, not from the words it shares with the question: the selection
order for "누가 먼저", the lead time for "며칠 전", the office for "어디로", the count a two-part question asks beside
a place; a line that only names the program never answers; a yes/no question about something the document never
mentions is refused for that program. The pages are lines of real 2025 dev policies, as their documents write them."""

import re

import pytest

from assistant.language.asking import (ASKED_UNIT, asked_kinds, asked_rate, asker_ages, for_another_age, line_fits, line_states_asked, pays_by_another_rate,
                                      question_parts, set_aside)
from assistant.language.fields import ASKED_REQUIRED
from tests.conftest import assistant_over

PAGES = {
    "gunsan-youth-company.md": """# 2025년 군산시 청년기업 인증사업

❍ 사업목적 : 군산시 청년기업을 발굴·인증함으로써 미래성장 원동력인 청년들의 기업 활동을 촉진하기 위한 사업
❍ 신청기간 : 매월(15 ~ 31일) 신청
❍ 신청방법 : 군산시청 기업지원과 방문신청
""",
    "chuncheon-welfare.md": """# 청년근로자 복리후생 지원

- 신청 방법: “강원혜택이지” 접속 후 회원 가입, 신청 자격 확인 및 이용 약관 동의 후 신청서 작성 및 업로드
- 심사방법: 선발기준 : 3개월 평균 건강보험료가 낮은 순으로 선발
- 선발인원: 총 150명
""",
    "gyeongnam-consulting.md": """# 경남 청년일자리플랫폼 운영사업 취업컨설팅 프로그램

「경남 청년일자리플랫폼 운영사업 취업컨설팅 프로그램」 공고

○ 사업명 : 경남 청년일자리플랫폼 운영사업 취업컨설팅 프로그램
○ 운영일정 : 8월~11월(월,화)
*원하는 일정보다 3일 전에 신청해주셔야 컨설팅 진행이 가능합니다.
""",
    "ulsan-donggu-fair.md": """# 울산 동구 현장 중심 청년 일자리 박람회

○ 장 소 : 문수체육관(웅촌로 1342)
○ 채용인원 : 부스 11개(구인업체 10, 청년부스 1)
- 기업채용관(10개) 및 취업지원관(1개) 운영으로 취업정보 제공
""",
    "digital-academy.md": """# 2025년 청년 디지털 아카데미

- 신청기간: 2025.03.03 ~ 2025.03.21
- 교육기간: 2025.04.07 ~ 2025.06.27 (12주)
- 교육시간: 주 5일, 1일 6시간
- 지원규모: 34개 기업, 교육생 60명
- 교육장소: 청년창업센터 3층
- 참여대상: 2025학년도 졸업예정자 및 미취업 청년
""",
    "regional-sme-hiring.md": """# 지역 중소기업 청년고용 지원사업

❍ 지원내용
- (고용업체)청년 고용 인건비 지원 1인당 월 50만원 X 8개월
- (청    년)근속 인센티브 지원(8개월 근속시) 1인당 80만원
""",
    "interview-allowance.md": """# 경북 청년애꿈 수당

□ 면접수당 : 면접 1회당 7만원 (최대 5회, 35만원)
□ 취업성공수당 : 50만원 ※ 1인 1회 한정
□ 근속장려수당 : 120만원 지급(분기별 30만원씩) ※ 1인 1회 한정
※ 면접일로부터 6개월 이내 신청건에 한하여 지원
""",
    "highschool-employment.md": """# 고교생 맞춤형 고용서비스

### 사업개요
- 대학의 우수 인프라를 활용하여 취업을 희망하는 고교 재학생을 대상으로 진로 설계, 취업활동계획 수립 지원 등 맞춤형 고용서비스를 제공
### 신청방법
- 참여를 희망하는 학교가 인근 대학일자리플러스센터에 문의
### 문의
- 주관기관: 고용노동부
""",
    "seogwipo-youth-jobs.md": """# 2025년 청년 일자리 지원 프로그램

### 사업목적
- 서귀포시 관내 미취업 청년층의 취업지원 및 진로탐색 기회 마련을 위한 상담, 교육 및 특강 운영
### 지원사항
ㅇ 구인, 구직, 취업관련 전문 상담사를 배정하여 수시 상담 진행
ㅇ 취업역량 강화를 위한 취업특강 및 직업훈련 개설 및 진행
### 접수방법
- (사)서귀포시YWCA 방문 및 홈페이지 참조
### 문의처
- 주관기관: 서귀포시
""",
    "yeosu-mentoring.md": """# 2024 여수시 청년 멘토링 사업 안내

- 코멘토는 기업에 재직 중인 현직자가 취업관련 질문, 자기소개서 멘토링, 면접 예상질문을 24시간 내에 제공하는 온라인, 익명 취업 멘토링 서비스입니다.
•사업내용 : 청년의 고민을 현직자가 답해주는 온라인 멘토링 서비스
•운영기간 : 2024.10. ~ 2024.12.(3개월)
""",
    "taean-certificate.md": """# 태안군 취업자격증 취득지원 사업

□ 제출서류
- 응시료 결제 영수증(카드매출전표, 이체확인증, 현금영수증 등)
- 응시사실 확인 증빙서류(성적표, 응시확인서 등)
□ 신청방법 : 방문, 전자우편 中 택1
""",
    "tech-appraisal-youth.md": """# 청년 기술평가체험단

- 지원내용: 기술보증기금 기업 평가 과정 체험 지원
- 사업목적: 청년구직자의 취업역량 제고와 중소기업에 대한 인식개선을 위해 중소기업 기술평가 현장 탐방 지원
""",
}


@pytest.fixture(scope="module")
def programs(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, PAGES)[1]


# -- what a question asks (no index) ------------------------------------------------------------------------


@pytest.mark.parametrize("question, kinds", [
    ("신청자 많으면 누구부터 뽑아요?", ["selection"]),  # who first: the selection order, not who may apply
    ("며칠 전에 예약해야 돼?", ["lead_time"]),  # how long before, not a date, and not a yes/no
    ("보증금이랑 임차료 몇 퍼센트씩 지원해줘요?", ["percent"]),  # a share of the money named, not a sum
    ("신청 기간이 언제까지예요?", ["period"]),  # the application period is the when asked
    ("교육기간이 얼마나 돼요?", ["duration"]),  # the length is the "얼마" asked, not a sum
    ("인턴 기간 동안 월급 얼마 받아요?", ["amount"]),  # "기간 동안" frames the sum asked
    ("수당 받으면서 다른 알바해도 돼요?", ["yes_no"]),  # may I: whether it is allowed, not how much
    ("창업지원금 중복으로 받아도 되나요?", ["yes_no"]),
    ("청년 채용하면 지원금 얼마 받아도 되나요?", ["amount"]),  # a sum asked outright stays a sum
    ("몇 개 기업 뽑아요?", ["head_count", "selection"]),  # firms counted in, not how many of a thing
    ("올해 몇 가구 지원해요?", ["head_count"]),
    ("체험하는 동안 돈도 줘요?", ["paid", "yes_no"]),  # whether money is given: a line saying it is settles it
    ("부산 기쁨카드 복지포인트 어디에 쓸 수 있어?", ["use"]),  # what the points may buy: not a place, not a sum
    ("바우처 포인트 얼마고 어디에 쓸 수 있어요?", ["amount", "use"]),  # a sum asked outright stays a sum
    ("남동구 청년창업지원센터 입주하면 사무실 임대료 내야 돼요?", ["cost", "yes_no"]),  # whether the asker pays
    ("돈 들어요?", ["cost"]),
    ("회사 말고 저한테도 따로 주는 돈 있어요?", ["amount", "yes_no"]),  # money paid to the asker is no cost
    ("청년 인센티브 받을 수 있어요?", ["yes_no"]),  # can I get it: a condition, not a sum
    ("활동비 얼마 나와요?", ["amount"]),
    ("몇 년 다녀야 지원금이 나와요?", ["duration", "amount"]),  # a question word asks what, not whether
    ("질문 올리면 답변은 얼마 만에 와요?", ["duration"]),  # how long until, not how much
    ("대학원 입시 면접 볼 때도 빌릴 수 있나요?", ["yes_no"]),  # an interview as the occasion, not how people are chosen
    ("이사온지 6개월 됐는데 받을 수 있어요?", ["residence", "yes_no"]),  # having moved in is a residence condition
    ("신청할 때 뭐 준비해야 돼요?", ["documents"]),  # "when applying" frames the documents asked
    ("대상이 정확히 어떻게 돼요?", ["eligibility"]),
    ("청년도전지원사업은 어떤 청년 대상이에요?", ["eligibility"]),  # the kind of person it is for
    ("무슨 키워드 대상이에요?", ["eligibility"]),
    ("어떤 방식으로 대상자를 뽑나요?", ["selection"]),  # how those taken are chosen, not who may apply
    ("근로자 몇 명 이상인 기업이 신청할 수 있어요?", ["eligibility"]),  # the firm's size is a condition, no head count
    ("직원 몇 명 이상 회사여야 받을 수 있나요?", ["eligibility"]),
    ("청년 몇 명 채용해야 돼요?", ["head_count"]),  # people taken on are counted
    ("대학창업펀드 조성 사업 펀드 규모가 총 몇억 원인가요?", ["amount"]),  # a sum in 억, as in 만
    ("의정부 취뽀전략 프로그램 무슨 요일에 해요?", ["weekday"]),  # a day of the week, not a date or an hour
    ("창조경제혁신센터 멘토링 프로그램 운영의 소관 부처는 어디입니까?", ["organiser"]),  # the body running it, not a place
    ("디지털 스타트업 허브 사업 어느 부처 거예요?", ["organiser"]),
    ("경남 동부권 청년 창업아카데미 운영하는 부서가 어디예요?", ["organiser"]),  # the department running it, not a venue
    ("화성시 하반기 청년구직자 공공인턴은 모집인원 초과 시 어떤 방식으로 선발합니까?", ["selection"]),  # the count is the case
    ("하반기 청년층 인턴사업 (평택시) 선발 인원 알려 주세요", ["selection", "head_count"]),
    ("1인 미디어 콤플렉스 신청 사이트 어디예요?", ["apply"]),  # the page to apply on, not a place
    ("청년창업자금 무이자 대출 주소는 서울이고 사업장만 강원도여도 되나요?", ["residence", "yes_no"]),  # the asker's address
    ("병역진로설계 과정의 직업선호도검사는 소요 시간이 얼마나 됩니까?", ["duration"]),  # how long it takes; 검사는 is no 사는
    ("전남 청춘어람 서울 살아도 신청 돼요?", ["residence", "yes_no"]),  # living elsewhere is a residence condition
    ("창업기업 모집은 어떤 경로로 신청합니까?", ["apply"]),  # by what route: how to apply
    ("하남 청년 면접사진 촬영지원 1년에 두번 받을 수 있나요?", ["times", "yes_no"]),  # how often; 면접사진 is no selection
    # an e-mail address asked beside a fax number: both figures, and the mail's 주소 is no place
    ("충주 관내학교 졸업생 장기근속 장려금 이메일 주소랑 팩스번호 알려줘요", ["contact", "email", "phone", "yes_no"]),
    ("몇인 미만 기업이 대상이에요?", ["head_count"]),  # firms counted by their staff ("50인 미만")
    ("선착순이에요?", ["selection"]),  # first come first served is how people are chosen
    # whether one may still apply, or apply in a month: the application period settles it (where the asker says they
    # live, "포항 사는데", frames the question: no residence asked)
    ("포항 사는데 미래형 신산업기업 청년일자리 아직 신청 돼요?", ["period", "yes_no"]),
    ("원주 사는 취준생인데 스터디카페 이용료 지원 신청 11월에도 되나요?", ["period", "yes_no"]),
    ("3월에 신청하면 언제 돈 나와요?", ["schedule"]),  # when money comes after applying, not the period
    ("지금 신청하면 언제 시작해요?", ["schedule"]),
    ("창업펀드 규모가 모두 몇억 원이에요?", ["amount"]),  # a sum written in 억, not only in 만
    ("예산은 몇천만 원 정도예요?", ["amount"]),
    ("뽑히면 어느 나라로 가요?", ["place"]),  # which country is a place asked; being chosen is the case
    ("연수생으로 뽑히면 어디서 교육 받아요?", ["place"]),  # being chosen is the case, not how people are chosen
    ("센터 면접실 예약하면 몇 시간 쓸 수 있어요?", ["duration"]),  # a room for interviews: no selection asked
    ("수원 사는 29살 디자이너인데 판매대 어디에 있어요?", ["place"]),  # where the asker lives frames the question
    ("순천시 행정인턴 5월에도 접수 받나요?", ["period"]),  # whether one applies in a month: the application period
    ("서울형 강소기업 신청 6월에 하는 거 맞아?", ["period"]),
    ("창업 성공모델 사업 공모는 보통 몇월에 나요?", ["period"]),  # the month a call opens
    ("신보 청년창업기업 보증 받으면 보증료 깎아줘요?", ["benefits", "yes_no"]),  # whether it gives that
    ("창원 도서관 늦게까지 여는 거 그거 인건비 지원하는 사업이에요?", ["benefits"]),  # what it gives, not a sum
    ("경북 미래 신산업 청년일자리 3년차 되면 인건비 대신 뭐 나와?", ["benefits"]),  # 3년차 is the case, no length asked
    # papers named or carried are what to hand in: not what it gives, whether the asker pays, or how money comes
    ("자격증 응시료 지원 신청할 때 영수증 어떤 거 내야 돼요?", ["documents"]),
    ("희망일자리 신청하려면 신분증 말고 뭐 가져가야 돼요?", ["documents"]),  # applying frames it
    ("학자금 상환지원 신청할 때 통장사본도 필요해요?", ["documents", "yes_no"]),
    ("교육 지원서 어디로 보내야 돼요?", ["apply"]),  # 보내야 is sending, no charge paid
    ("청년농업인 지원 신청은 어디다 해?", ["apply"]),  # where to apply, not a venue
    ("면접정장 대여 어디다 물어봐야 돼?", ["contact"]),  # whom to ask, not a place
    ("해외취업센터 상담 예약 어디서 해?", ["apply"]),  # booking is applying
    ("전문직업상담사 취업지원프로그램 어느 팀에서 맡아요?", ["organiser"]),  # the team running it
    ("창업중심대학 지원 받으면 뭐가 나와요?", ["benefits"]),
    ("하남 청년 채용존 그거 뭐 하는 행사야?", ["benefits"]),
    ("기업이 청년 더 뽑으면 인건비 지원되는 거 맞아요?", ["benefits"]),  # whether it gives that, not a sum
    ("청년근로자 인센티브는 뭐 하려고 주는 거예요?", ["purpose"]),  # what the money is for
    ("콘텐츠산업타운 만드는 이유가 뭐예요?", ["purpose"]),
    ("이 사업은 어떤 기업의 구인난 해소를 목표로 합니까?", ["purpose"]),
    ("복합허브센터 몇 제곱미터로 지어요?", ["quantity"]),  # an area
    ("청년전용창업자금 그냥 주는 돈이에요 아니면 융자예요?", ["paid_as"]),  # a grant or a loan, not a sum
    ("전직지원금 신청하면 돈 나오기까지 얼마나 걸려요?", ["duration"]),  # how long, of the money named
    ("기쁨카드 포인트 건강관리에도 써져요?", ["use"]),  # what the points may buy, not a sum
    ("이주정착금 아무 회사 다니면 되나요? 조건 있어요?", ["eligibility", "yes_no"]),  # the conditions: who may apply
    ("조건부 승인 되나요?", ["yes_no"]),
    ("신청은 어디서 해요?", ["place"]),  # a venue still, as people's questions read it
    ("제천 회사 다니는데 이주정착금 신청 제가 직접 해요?", ["apply", "yes_no"]),  # who applies is how; 정착금 names it
    # words of a purpose, a condition, a team or a use that ask something else
    ("탈락한 이유가 뭐예요? 다시 신청 언제 돼요?", ["period"]),  # why the asker failed: no purpose of the program
    ("취업을 목표로 하는 대학생도 신청할 수 있나요?", ["yes_no"]),  # a may-I question, its 목표로 the asker's
    ("이 사업 목표가 뭐예요? 그리고 서류는 뭐 내요?", ["purpose", "documents"]),  # each part keeps its kind
    ("근무 조건이 어떻게 돼요?", []),  # working conditions, not who may apply
    ("상환 조건 뭐예요?", []),  # repayment terms
    ("어떤 팀이 신청할 수 있어요?", []),  # which teams may apply, not who runs it
    ("어느 팀에서 맡아요?", ["organiser"]),
    ("수료증 이력서에 써도 돼요?", ["yes_no"]),  # no benefit spent
    # people's own words for a kind (blind6's tuning half), and the near misses that ask something else
    ("면접정장 대여 신청 어떻게 해요 이메일로도되나요", ["apply"]),  # a way of sending, not an address
    ("이메일로 신청하려면 메일 주소 뭐예요?", ["contact", "email"]),  # ... unless the address is asked too
    ("결과는 이메일로 보내주나요?", ["contact", "email", "yes_no"]),  # nothing applied for
    ("신청서 양식은 어디서 받나요?", ["apply"]),  # where to download it, not a venue
    ("온라인 검사는 시간 얼마나 잡으면 돼요?", ["duration"]),
    ("대학생 아르바이트 1시간 얼마나 받아요?", ["amount"]),  # an hour's pay
    ("일자리센터 가면 뭐 도와줘?", ["benefits"]),
    ("창업 아이디어 경진대회는 어떤 분야 아이디어를 내야 돼요?", []),  # what to hand in, not a charge
    ("상담은 누가 해줘? 그냥 시청 직원이 하는 거야?", ["partner"]),  # who counsels
    ("교육 강사는 누가 해요?", ["partner"]),
    ("상담은 누가 해당돼요?", ["eligibility"]),  # who may have it
    ("멘토링 누구나 돼요?", ["eligibility"]),
    ("교육은 누가 해야 돼요? 직원 전부?", ["eligibility"]),
    ("응시료 지원 돈은 어떻게 받아?", ["paid_as"]),  # in what form
    ("응시료 어떻게 받을 수 있는지 절차 알려주세요", []),  # how to get it, not in what form
    ("기업 몇군데 뽑아요?", ["head_count", "selection"]),
    ("청년한테 정착지원금 주는 거, 얼마 동안 받을 수 있어요?", ["duration"]),  # how long, of the money named
    ("월급 얼마고 얼마 동안 일해요?", ["amount", "duration"]),  # both asked
    ("월급은 어느 정도고 얼마 동안 일해요?", ["amount", "duration"]),
    ("지원금 나오기까지 얼마 걸려요?", ["duration"]),
    ("지원금은 어떤 방식으로 들어와요?", ["paid_as"]),  # in what form, not when
    # whether the asker's case is one it is for; where they live only frames it
    ("인천 사는데 1년 넘게 집에만 있었어요. 대상이 될까요?", ["eligibility", "yes_no"]),
    # how recent a paper must be is its line among the documents, not a date; a 주민등록등본 is a paper, not where one lives
    ("광주 사는 취준생인데 주민등록등본은 언제 뗀 거까지 인정돼요?", ["documents"]),
    ("재학증명서는 며칠 이내 발급받은 걸 내요?", ["documents"]),
    ("재직증명서 언제 내야 돼요?", ["schedule"]),  # when it is handed in, not how recent
    ("주민등록등본상 주소지가 서울이어야 신청 가능한가요?", ["residence", "yes_no"]),
    ("어떤 식으로 지급해요? 매달?", ["schedule"]),  # how it is spread, when
    ("월 지원액이랑 지원 기간 알려주세요", ["amount", "duration"]),  # a sum named by its 액
    ("훈련비 전액 대주는 직업훈련, 몇 학년이 대상이에요?", []),  # 전액 describes the program; no sum is asked
    # how to apply, asked the plain ways: with 신청 first, with 어케, or as where the filled-in papers go
    ("청년도전지원사업 신청 어떻게 해요?", ["apply"]),
    ("청년도전지원사업 신청은 어떻게 하나요?", ["apply"]),
    ("어케 신청해요?", ["apply"]),
    ("청년쿡 비즈니스센터 입주 신청서는 어디로 내요?", ["apply"]),  # not a venue
    ("세종 청년기업 디자인 지원 신청서류 어디로 보내?", ["apply"]),  # not the list of papers
    ("어떤 서류 어디에 내요?", ["documents", "apply"]),  # ... unless the papers are asked too
    ("서류는 어디에 내고 언제까지 내요?", ["schedule", "apply"]),  # and another part keeps its own kind
    ("정장 빌리려면 어떻게 해요?", ["apply"]),
    ("센터 이용하려면 어떻게 가요?", []),  # the way there, not the way to apply
    # a 면접 the asker has is no selection asked; one asked about is
    ("광주 남구 사는 취준생인데 다음 주에 면접이라 정장 빌리고 싶어요. 신청은 어떻게 해요?", ["apply"]),
    ("면접이라는 게 있어요?", ["selection", "yes_no"]),
    # sentences stating the asker's case frame the one that asks; a question ending in a full stop still asks
    ("다음 주에 면접 있어서 정장 빌려야 해요. 신청은 어떻게 해요?", ["apply"]),
    ("지원금 얼마예요. 그리고 언제 줘요?", ["amount", "schedule"]),
    # what one learns or what is run is what the program gives; what one must have first is not
    ("고용센터 단기집단상담 프로그램 들으면 뭐 배워?", ["benefits"]),
    ("서귀포 청년 일자리 지원 프로그램 교육은 뭐가 있어요?", ["benefits"]),
    ("교육은 뭐가 있어야 들을 수 있어요?", []),
    ("뭐 배워야 자격이 돼요?", ["eligibility"]),
])

def test_what_is_asked_is_read_from_the_question_word(question, kinds):
    assert asked_kinds(question) == kinds


def test_a_share_of_a_whole_named_is_asked_as_a_share_not_a_sum():
    assert asked_kinds("남아 있는 구직급여 중 어느 정도를 주나요?")[0] == "percent"
    assert "percent" not in asked_kinds("월급은 어느 정도 줘요?")
    assert "percent" not in asked_kinds("하루 중 어느 정도 일해요?")  # a part of a day is a length, not a share


@pytest.mark.parametrize("question, aside", [
    ("자격증 응시료 지원 신청하려면 영수증 말고 뭐 내야 돼요?", ["영수증"]),
    ("희망일자리 신분증 외에 뭐 가져가요?", ["신분증"]),
    ("희망일자리 신청 서류 뭐예요?", []),
])
def test_what_the_asker_sets_aside_as_known_is_read(question, aside):
    assert set_aside(question) == aside


@pytest.mark.parametrize("question, line, states", [
    ("입주하면 몇 년 있을 수 있어?", "입주기업 창업공간 무상제공 및 부대시설 24시간 이용", False),  # hours are no years
    ("입주하면 몇 년 있을 수 있어?", "입주기간: 최대 2년(1년 단위 연장)", True),
    ("교육 몇 개월 받아요?", "운영기간 : 2024.10. ~ 2024.12.(3개월)", True),
    ("교육 몇 시간 받아요?", "교육시간: 주 5일, 1일 6시간", True),
    ("면접실 한번 예약하면 몇 시간 쓸 수 있어요?", "신청 하기 클릭 → 1일 내 담당자 신청 승인여부 확인", False),  # days are no hours
])
def test_a_length_asked_is_stated_only_in_its_scale(question, line, states):
    assert line_states_asked("duration", question, line) is states


def test_a_two_part_question_is_cut_before_its_second_question_word():
    assert question_parts("군산시 청년기업 인증은 매달 며칠에 신청 받고, 어디로 가면 돼요?") == [
        "군산시 청년기업 인증은 매달 며칠에 신청 받고", "어디로 가면 돼요?"]


@pytest.mark.parametrize("question, parts", [
    ("강원 지역 청년 무역인력 인턴십 누가 신청할 수 있어? 몇명 뽑음?",
     ["강원 지역 청년 무역인력 인턴십 누가 신청할 수 있어?", "몇명 뽑음?"]),
    ("예천 청년창업 지역정착 지원 최대 몇 년 지원돼요? 다른 지역 사는 청년도 돼요?",
     ["예천 청년창업 지역정착 지원 최대 몇 년 지원돼요?", "다른 지역 사는 청년도 돼요?"]),
    ("청년 월세 지원 신청했어요? 감사합니다", ["청년 월세 지원 신청했어요? 감사합니다"]),  # the second sentence asks nothing
    # a question word and an ending only: it asks of what the first sentence names
    ("경남 청년 농식품수출 마케터 주거비 교통비도 나와요? 얼마예요?", ["경남 청년 농식품수출 마케터 주거비 교통비도 나와요? 얼마예요?"]),
    ("창원 여성창업보육 창업패키지 교육 신청 이메일 주소 뭐에요? 선착순이에요?",  # a yes/no asked after a what
     ["창원 여성창업보육 창업패키지 교육 신청 이메일 주소 뭐에요?", "선착순이에요?"]),
])
def test_a_question_of_two_sentences_has_a_part_for_each(question, parts):
    assert question_parts(question) == parts


@pytest.mark.parametrize("question, parts", [
    ("여수시 일자리 박람회 장소가 어디고 이력서 사진도 찍어줘요?", ["여수시 일자리 박람회 장소가 어디", "이력서 사진도 찍어줘요?"]),
    ("청년 월세 지원 어디서 신청하고 얼마 받아요?", ["청년 월세 지원 어디서 신청", "얼마 받아요?"]),  # two whats, as before
    ("최고 얼마까지 받을 수 있어요?", ["최고 얼마까지 받을 수 있어요?"]),  # no second question after the 고
])
def test_a_what_then_a_yes_or_no_joined_by_go_are_two_parts(question, parts):
    assert question_parts(question) == parts


@pytest.mark.parametrize("question, line, other", [
    ("세종 청년 행정인턴 한달 월급 얼마", "- ’25년 세종시 생활임금 시간당 11,795원(6시간 70,770원)", True),  # an hourly rate
    ("세종 청년 행정인턴 한달 월급 얼마", "○ (임    금) 만근 시 금1,698,480원(실근무 20일+주휴수당 4일)", False),
    ("인천 서구 청년 행정인턴 하면 일급이 얼마에요?", "- 급여수준 : 일 92,000원 (25년 생활임금 11,500원 적용, 시급제)", False),
    ("활동비 얼마 나와요?", "- ’25년 세종시 생활임금 시간당 11,795원(6시간 70,770원)", False),  # no time asked: any sum
    ("청년도약계좌 연간 납입 한도액 얼마예요?", "- 매월 70만원 한도 내 자유납입", True),  # a year asked, a month paid
    ("정착금 연간 얼마에요", "청년의 지역정착을 위한 정착지원금(연 4,200천원)", False),
])
def test_a_sum_asked_by_the_month_is_not_a_sum_paid_by_the_hour(question, line, other):
    assert pays_by_another_rate(asked_rate(question), line) is other


@pytest.mark.parametrize("kind, line, fits", [
    ("place", "❍ 신청방법 : 군산시청 기업지원과 방문신청", True),
    ("place", "군산시 청년기업을 발굴·인증함으로써 미래성장 원동력인 청년들의 기업 활동을 촉진하기 위한 사업", False),  # names its city only
    ("head_count", "서귀포시 청년이 5인 이상이면서 교육참가자의 50% 이상이 서귀포시에 주소를 둔 청년", True),
    ("schedule", "1인·1시험, 연 1회, 10만원 한도 내 자격증 및 어학시험 등 응시료 실비 지원", False),  # how often, not when
    ("duration", "직업선호도검사(온라인) : 직업선호도 S형, 약 25분 소요", True),
    ("lead_time", "*원하는 일정보다 3일 전에 신청해주셔야 컨설팅 진행이 가능합니다.", True),
    ("head_count", "지원규모: 34개 기업", True),  # firms, households, sites and teams are counted in too
    ("head_count", "저소득 청년 120가구 지원", True),
    ("head_count", "거점센터 3개소 운영", True),
    ("head_count", "참여기업 1개사당 최대 2명", True),
    ("weekday", "□ 운영일정 : 8월~11월(월,화)", True),
    ("weekday", "□ 2024.08.14~08.28 매주 수요일", True),
    ("weekday", "□ 프로그램 시간 : 19:00~21:00", False),  # the hours, not the day
    ("weekday", "신청기간: 2025.03.01 ~ 2025.04.08", False),
    ("organiser", "주관기관: 과학기술정보통신부", True),
    ("organiser", "문의처 | 주관기관: 중소벤처기업부 홈페이지: https://ccei.creativekorea.or.kr/", True),
    ("organiser", "국내 혁신기술 스타트업과 해외 주요국 스타트업간 조인트벤처 추진 및 성장지원", False),
    ("place", "(사)서귀포시YWCA 방문 및 홈페이지 참조", True),  # the organisation that runs it is where to go
    ("place", "운영기관: 제주특별자치도경제통상진흥원", True),
    ("place", "서귀포시 관내 미취업 청년층의 취업지원 및 진로탐색 기회 마련을 위한 상담, 교육 및 특가 운영", False),  # 관내, 청년층
    ("place", "임차인에게는 농업기술센터 컨설팅, 현장실습 교육 등 농업교육 정보 제공", True),  # a 센터, not the 실 of 실습
    ("paid", "- 참가확인서 발급 및 활동시간에 따른 활동비 지급", True),  # money paid, named by what it is for
    ("paid", "- 국제기구 행정 업무 보조, 통·번역 작업 등", False),
    ("paid", "- 배우자 및 첫째자녀 1인당 2백만원", True),
    ("use", "○ 문화여가, 자기계발, 건강관리 3개 분야 사용 가능", True),
    ("use", "○ 1인당 100만원 복지포인트 지원", False),
    ("cost", "ㅇ · 입주기업 창업공간 무상제공 및 부대시설 24시간 이용", True),
    ("cost", "ㅇ · 청년 창업 프로그램(교육) 등 창업 활동 지원", False),
    ("schedule", "- 3. 최종선발 : 25.2.28", True),  # a date with a two-digit year
    ("schedule", "정책자금 대출실행으로 은행에 납부한 이자 중(1.5%) 중 (0.5%) 지원, 최대 2.5백만원", False),  # shares, no date
    ("place", "○ (지원내용) 읍면사무소에서 농업분야 행정도우미 활동", True),  # an office is a place
    ("email", " - 전자메일: goodjob16@korea.kr", True),
    ("email", " - 팩스: 043-848-9169", False),
    ("schedule", "※ 총 사업기간(2022. ~ 2026.(5년간))", True),  # the years it runs, till when
    ("schedule", "○ 지원대상 : 울산시민, 예비 창업(희망)자, 7년 미만 사업자 등", False),
    # how much the company puts in, as a share of a sum
    ("amount", "□ 상품구조 : 근로자 납입금 + 기업지원금(근로자 납입금의 20%) + 은행 금리우대(1~2%) + 정부 세제지원*(재정지원 없음)", True),
    ("amount", "신청자격 연령: 만 19세 ~ 39세, 상위 30% 이내", False),
    ("schedule", "○ 결과발표 : 5.2.(금)", True),  # a day by its weekday
    ("schedule", "○ 결과발표 : 개별통지 및 홈페이지 게시", False),
    ("documents", "제출서류 | 공고문 참조", True),  # the notice lists them
    ("quantity", "- 복합허브센터 건립(연면적 8,000㎡)", True),
    ("quantity", "- 평가위원회 구성 및 운영", False),
    ("paid_as", "지원방식 : 융자(직접대출)", True),
    ("purpose", "사업목적: 청년구직자의 취업역량 제고와 중소기업에 대한 인식개선을 위해 중소기업 기술평가 현장 탐방 지원", True),
    ("purpose", "신청기간: 2025.03.03 ~ 2025.03.21", False),
    ("apply", "1. 농지소재지 구군을 통한 공모 신청·접수", True),  # where to apply, through an office
    ("apply", "2. 대상자 선정", False),
    ("apply", "○ (신청 방법) □ 고용24 개인회원 가입 후 잡케어 수행, 신청서 제출", True),  # the steps of applying
    ("apply", "신청서 1부", False),  # a paper handed in, not how
    ("apply", "고용보험 가입 후 6개월 이상", False),  # who may apply, not how
    ("percent", "남아 있는 구직급여의 1/2을 조기재취업수당으로 지급", True),  # a share written as a fraction
    ("percent", "소정급여일수를 2분의 1 이상 남긴 상태", True),
    ("percent", "접수기간 3/15 ~ 3/31", False),  # a date, not a fraction
    ("percent", "접수기간: 3/5(수) ~ 3/9(일)", False),
    ("percent", "1/4분기 중 모집", False),  # a quarter
])
def test_a_line_holds_a_kind_by_its_values(kind, line, fits):
    assert line_fits(kind, line) is fits


# -- answers through the real index ---------------------------------------------------------------------------


@pytest.mark.slow
def test_each_part_gets_the_line_holding_its_kind_each_cited(programs):
    answer = programs.ask("군산 청년기업 인증 신청은 매달 며칠에 받고, 어디로 가야 해요?")
    assert not answer.abstained, answer.text
    for fact in ("15 ~ 31일", "기업지원과"):
        assert re.search(re.escape(fact) + r"[^\[]*\[\d\]", answer.text), answer.text
    assert "발굴·인증함으로써" not in answer.text  # the purpose line names the city, not where to go


@pytest.mark.slow
def test_where_to_ask_is_also_the_line_directing_enquiries_not_only_the_contact_field(programs):
    answer = programs.ask("고교생 맞춤형 고용서비스, 학교가 참여하려면 어디에 문의해야 해요?")
    assert not answer.abstained and "고용노동부" in answer.text, answer.text
    cited = " ".join(c.snippet for c in answer.citations)
    assert "대학일자리플러스센터에 문의" in answer.text and "대학일자리플러스센터" in cited, answer.text


@pytest.mark.slow
def test_the_place_that_runs_it_answers_where_not_the_lines_restating_what_it_does(programs):
    answer = programs.ask("2025년 청년 일자리 지원 프로그램, 서귀포에서 취업특강 해주는 곳 어디예요?")
    assert not answer.abstained and "서귀포시YWCA" in answer.text, answer.text


@pytest.mark.slow
def test_an_answer_asked_of_as_a_noun_is_on_a_page_writing_the_act(programs):
    """"답변은 얼마 만에 와요?" of a page saying the mentors 답해 and give it 24시간 내에: answered, not "no 답변"."""
    answer = programs.ask("2024 여수시 청년 멘토링 사업, 질문 올리면 답변은 얼마 만에 와요?")
    assert not answer.abstained and "24시간" in answer.text, answer.text


@pytest.mark.slow
def test_who_is_chosen_first_is_the_selection_rule(programs):
    answer = programs.ask("춘천 청년근로자 복리후생 지원은 지원자가 많으면 누가 먼저 뽑혀요?")
    assert not answer.abstained and "건강보험료가 낮은 순" in answer.text, answer.text
    assert "강원혜택이지" not in answer.text  # the how-to-apply line shares '신청' but says nothing of the order


@pytest.mark.slow
def test_how_many_days_before_is_the_line_stating_it_not_the_name_or_the_schedule(programs):
    answer = programs.ask("경남 청년일자리플랫폼 취업컨설팅은 며칠 전까지 신청해야 돼요?")
    assert not answer.abstained and "3일 전" in answer.text, answer.text
    assert "사업명" not in answer.text and "공고" not in answer.text


@pytest.mark.slow
def test_a_place_and_a_count_asked_together_are_both_answered(programs):
    # each part is stated by a field labelled with its kind (장소, 채용인원), which answers it as it would alone
    answer = programs.ask("울산 동구 청년 일자리 박람회는 어디서 열리고 구인업체는 몇 개나 와요?")
    assert not answer.abstained, answer.text
    assert "문수체육관" in answer.text and "구인업체 10" in answer.text
    cited = " ".join(c.snippet for c in answer.citations)
    assert "문수체육관" in cited and "구인업체 10" in cited


@pytest.mark.slow
def test_a_place_asked_beside_a_count_is_answered_by_the_line_labelled_with_it(programs):
    """"어디서 하고 … 몇 개": the place part's line is labelled 장소 and the count part's holds the count, so the
    document answers both, though the place line lies far in meaning from the whole question."""
    answer = programs.ask("울산 동구 현장 중심 청년 일자리 박람회 어디서 하고 구인업체 몇 개 와요?")
    assert not answer.abstained, answer.text
    assert "문수체육관" in answer.text and "구인업체 10" in answer.text, answer.text


@pytest.mark.slow
def test_a_yes_no_question_about_a_benefit_the_document_never_names_is_not_stated(programs):
    answer = programs.ask("청년 기술평가체험단 참가하면 교통비도 나와요?")
    assert answer.abstained and answer.reason == "not_in_program", answer.text
    assert "청년 기술평가체험단 문서에는" in answer.text and not answer.citations


@pytest.mark.parametrize("question, thing", [
    ("전북 농작업지원단 들어가려면 드론 자격증 꼭 있어야 돼요?", ["자격증"]),
    ("경력증명서 필수예요?", ["경력증명서"]),
    ("통장 사본은 반드시 필요한가요?", ["사본"]),
    ("몇 년 있어야 나와요?", []),  # a length asked, not a thing required
])
def test_the_thing_a_question_asks_whether_one_must_have_is_read(question, thing):
    """"자격증 꼭 있어야 돼요?": a page never naming 자격증 gets "… 문서에는 자격증 내용이 없습니다", not its age line."""
    assert ASKED_REQUIRED.findall(question) == thing


@pytest.mark.slow
@pytest.mark.parametrize("question", ["청년 디지털 아카데미 교육기간이 얼마나 돼요?", "청년 디지털 아카데미 교육 기간은요?"])
def test_a_programs_own_period_is_its_duration_not_the_application_period(programs, question):
    answer = programs.ask(question)
    assert not answer.abstained and "12주" in answer.text, answer.text
    assert "2025.03.03" not in answer.text  # the application period holds 기간 too, but says when to apply


@pytest.mark.slow
def test_the_application_period_still_answers_when_to_apply(programs):
    answer = programs.ask("청년 디지털 아카데미 신청 기간이 언제까지예요?")
    assert not answer.abstained and "2025.03.21" in answer.text, answer.text


@pytest.mark.slow
def test_firms_counted_in_answer_how_many_firms(programs):
    answer = programs.ask("청년 디지털 아카데미는 몇 개 기업이 참여해요?")
    assert not answer.abstained and "34개 기업" in answer.text, answer.text


def test_a_school_year_is_who_is_asked_of_not_a_date(analyzer):
    from assistant.language.questions import analyze

    assert analyze("2026학년도 졸업예정자도 되나요?", analyzer).answer_type != "date"  # 학년도 names a class, not a year asked
    assert analyze("몇 년도에 시작했어요?", analyzer).answer_type == "date"


def test_when_money_comes_is_not_answered_from_the_application_period_field():
    from assistant.answer.programs import _field_first

    assert "schedule" not in _field_first("period", "응시료 지원 신청하면 돈은 언제 입금돼?")  # the reader finds 익월 10일
    assert "schedule" in _field_first("period", "응시료 지원 언제 신청해요?")  # when to apply: the 신청기간 field


@pytest.mark.slow
def test_what_i_get_is_not_what_my_employer_gets(programs):
    answer = programs.ask("지역 중소기업 청년고용 지원사업으로 채용됐는데, 회사 말고 저한테도 따로 주는 돈 있어요?")
    assert not answer.abstained and "80만원" in answer.text, answer.text
    assert "50만원" not in answer.text  # the employer's wage subsidy


@pytest.mark.parametrize("question, kinds", [
    ("제천에서 직원 4명인 회사에 정규직으로 들어갔는데 받을 수 있어요?", ["head_count"]),
    ("면접 본 지 벌써 7개월 지났어요. 아직 신청할 수 있나요?", ["duration"]),
    ("고등학생도 나갈 수 있어요?", []),
])
def test_the_figures_a_yes_no_question_states_of_the_asker(question, kinds):
    from assistant.language.asking import stated_figures

    assert stated_figures(question) == kinds


@pytest.mark.slow
def test_a_yes_no_question_stating_a_figure_is_settled_by_the_limit_of_its_kind(programs):
    answer = programs.ask("올해 1월에 면접 봤는데 벌써 7개월 지났어요. 경북 청년애꿈 수당 면접수당 아직 신청할 수 있나요?")
    assert not answer.abstained and "6개월 이내" in answer.text, answer.text


def test_a_word_ending_in_na_do_is_no_asking_for_me():
    from assistant.language.asking import ASKS_FOR_ME
    assert ASKS_FOR_ME.search("사하구 청년창업지원센터 1년 지나도 연장 돼요?") is None  # 지나도: after a year has passed
    assert ASKS_FOR_ME.search("회사 말고 저도 받을 수 있나요?") and ASKS_FOR_ME.search("나도 신청돼?")


@pytest.mark.slow
def test_what_a_program_is_for_asked_in_other_words_is_answered_by_its_purpose_line(programs):
    answer = programs.ask("청년 기술평가체험단 그거 뭐 하려고 하는 거예요?")
    assert not answer.abstained and "취업역량 제고" in answer.text, answer.text


@pytest.mark.slow
def test_a_paper_the_asker_sets_aside_is_not_the_answer_the_other_papers_are(programs):
    answer = programs.ask("태안군 취업자격증 취득지원 사업 신청하려면 영수증 말고 뭐 내야 돼요?")
    assert not answer.abstained and "응시사실 확인 증빙서류" in answer.text, answer.text
    assert answer.text.index("응시사실") < answer.text.find("결제 영수증") or "결제 영수증" not in answer.text, answer.text


@pytest.mark.parametrize("question, line, other", [
    ("용인 희망드림일자리 40대면 하루 몇 시간 일해요?", "※  65세 이상자(1960. 1. 2.이전 출생자) : 주15시간(1일 3시간, 5일 근무)", True),
    ("용인 희망드림일자리 40대면 하루 몇 시간 일해요?", "※  65세 미만자(1960. 1. 3.이후 출생자) : 주25시간(1일 5시간, 5일 근무)", False),
    ("저 70살인데 하루 몇 시간 해요?", "※  65세 이상자(1960. 1. 2.이전 출생자) : 주15시간(1일 3시간, 5일 근무)", False),
    ("65세 이상도 할 수 있어요?", "※  65세 미만자(1960. 1. 3.이후 출생자) : 주25시간(1일 5시간, 5일 근무)", False),  # no age of the asker's own
    ("28살인데 신청 돼요?", "- 연령: 18세이상~40세미만", False),  # the limit itself answers, for any age
])
def test_a_line_for_an_age_group_the_asker_is_not_in_is_for_another(question, line, other):
    assert for_another_age(asker_ages(question), line) is other


@pytest.mark.parametrize("question, unit", [
    ("광주 남구 면접정장 1년에 몇 번까지 빌릴 수 있어?", "번"),  # not 번까
    ("모집인원 몇명이에요?", "명"),
    ("하루 몇 시간 일해요?", "시간"),
    ("몇개월 동안 받아요?", "개월"),
    ("몇 살부터 신청돼요?", "살"),  # not 살부
])
def test_the_unit_a_count_question_names_is_read_without_its_particle(question, unit):
    assert ASKED_UNIT.findall(question) == [unit]
