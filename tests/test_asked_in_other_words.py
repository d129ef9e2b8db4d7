"""What people ask in their own words is read as what they mean: "이메일로도 되나요?" asks how to apply, "시간 얼마나
잡으면 돼요?" how long it takes, "상담은 누가 해줘?" who gives it, "돈은 어떻게 받아?" in what form, "몇 군데" a count
of places, "주거비" the 주거임차비 a page writes, "나이졔한" an age limit, "비행기값" its 항공료; a thing asked "같은
거" the page never names is refused by that word. Pages are real dev programs as the portal publishes them."""

import pytest

from tests.conftest import answered, assistant_over
from tests.dev_pages import DAEGU_HIRING, NAMGU_CERTIFICATES

pytestmark = pytest.mark.slow  # builds a real index with line vectors

# 경기청년 해외 취·창업 기회 확충 사업 (20250327005400210664): the deadline's hour is in the period's own line
GYEONGGI_ABROAD = """# 경기청년 해외 취·창업 기회 확충 사업

## 지원내용

○ 지원내용 : 프로그램 운영비용, 숙박비, 식비, 항공비, 여행자보험, 비자발급비(필요지역)
 - 여권발급 비용은 지원 제외

## 신청방법

○ 신청기간 : 2025. 4. 14.(월) ~ 5. 2.(금) 18시
 ※ 신청기간 내 24시간 신청가능, 마감일은 18시까지
○ 신청방법 : 잡아바 어플라이(https://apply.jobaba.net) 온라인 신청

## 신청기간

- 신청기간: 2025.04.14 ~ 2025.05.02
"""

# 병역진로설계 (20240730005400100001): how long the online test takes is said as "약 25분 소요"
MMA_CAREER = """병역진로설계 안내

1. 사업명
  - 병역진로설계
2. 사업목적
  - 입영 전 자신의 적성, 전공 등을 고려 군 복무 및 전역 후 진로를 체계적으로 설계하도록 지원하는 프로그램

3. 신청자격
  - 거주지역: 전국

4. 지원사항
  -  (설명회) 병역이행절차 소개, 군 생활 및 자기개발 정보 제공
  -  (병역진로상담) 1:1 상담
  -  ① 군특기 연계 : 직업선호도검사
  -  ② 1:1 심층 대면상담

5. 접수방법
  - ① 상담신청(온라인)
  - ② 직업선호도검사(온라인) : 직업선호도 S형, 약 25분 소요
  - ③ 군특기 추천(온라인) : 직업선호도검사 결과, 자격·전공 고려
  - ④ 방문·화상 상담 신청 : 상담일시 확정 후 SMS 발송

6. 문의처
  - 주관기관: 병무청
"""

# 방위산업 전문인력 양성 지원사업 (20250624005400111124): a course's length in Latin letters ("120hr")
DEFENCE_TRAINING = """[방위산업 전문인력 양성 지원사업] 시행 공고

○ (사업명) 방위산업 전문인력 양성 지원사업
○ (사업 개요) 산업 현장의 수요에 기반한 전문인력 양성 및 청년 일자리 창출을 통해 방위산업의 발전 생태계 조성을 지원하는 사업

○ (참여대상)
  ∙ 연령: 19세이상~35세미만
  ∙ 거주지역: 전국

○ (지원 내용)
○ (인력양성) 청년층 대상 방위산업 전문교육 운영 및 취업연계 지원
  - (연구개발인력) 방위산업 계약학과 석·박사 학위과정 운영('25년 기준 국방우주 및 국방무인로봇·AI 분야 학과운영)
  - (실무·기능인력) 대졸미취업자 대상 방산 전문교육과정(6개월) 및 직업계고 학생 대상 기업맞춤형 방산 교육과정(120hr) 운영

○ (문의처)
  ∙ 주관기관: 방위사업청
  ∙ 운영기관: 국방기술진흥연구소
"""

# 2025년 청년 일자리 지원 프로그램 (서귀포, 210305): who counsels is said in the line of what it gives
SEOGWIPO_JOBS = """# 2025년 청년 일자리 지원 프로그램

### 사업목적

- 서귀포시 관내 미취업 청년층의 취업지원 및 진로탐색 기회 마련을 위한 상담, 교육 및 특가 운영

### 신청자격

- 연령: 19세이상~40세미만
- 거주지역: 제주특별자치도 서귀포시 거주자

### 지원사항

ㅇ 구인, 구직, 취업관련 전문 상담사를 배정하여 수시 상담 진행
ㅇ 취업역량 강화를 위한 취업특강 및 직업훈련 개설 및 진행
ㅇ 구직자와 기업 간 매칭활동 강화 및 사후관리

### 접수방법

- (사)서귀포시YWCA 방문 및 홈페이지 참조

### 문의처

- 주관기관: 서귀포시
"""

# 사상구 청년자격증 등 응시료 지원사업 (210243): how the money comes is its own labelled line
SASANG_FEES = """# 사상구 청년자격증 등 응시료 지원사업

## 사업개요

> 청년의 진로 및 직업능력 강화를 위한 어학시험 및 자격증 응시료 비용 지원으로 경제적 부담완화 및 고용촉진의 기회 마련

## 지원대상

- 연령: 만 19~39세
- 거주지역: 부산광역시 사상구 거주자

## 지원내용

○ (사업기간) 2025. 1. ~ 12. ※ 예산 소진시 사업 종료
○ (대    상) 사상구 주민등록 거주 19세~39세 이하 미취업 청년
○ (지원인원) 약 300여 명 ※ 예산 내 인원 조정 가능 / 1인 중복지원 안됨
○ (지원내용) 연 1회 1인당 10만원 이내 응시료 실비지원
   - (신청자격) 사상구 1년 이상 거주, 소득제한 없음
   - (지원방법) 개인별 계좌입금

## 문의

- 주관기관: 사상구
"""

# 경남 청년 메타버스 UX 디자이너 육성 지원 (211744): the firm's pay line comes first, the young person's 주거임차비 after
METAVERSE_UX = """「경남 청년 메타버스 UX 디자이너 육성 지원」 공고

□ 사업개요
 ○ 사업명 : 경남 청년 메타버스 UX 디자이너 육성 지원
 ○ 사업목적 : 메타버스 서비스 확산의 핵심 요소인 UX의 청년 디자이너 육성 및 전문기업 일자리 제공

□ 지원대상
 ㅇ 연령: 만 18세 ~ 39세

□ 지원내용
○ 미취업 청년(18 ~ 39세)
○ 도내 중소기업 : 메타버스 UX 디자인 분야
○ (기업) 청년 인건비 지원(2년, 인당 월 225만원, 인건비 20% 기업 자부담)
○ (청년) 교통비 지원(월 10만원), 주거임차비(월 30만원), 3년차 인센티브(1년, 분기별 250만원) 지원, 역량강화지원(연 60만원), 메타버스 직무 기본·심화교육 실시

□ 지원규모
 ㅇ 총 26명
"""

# 단기집단상담프로그램 (110414): no allowance of any kind is written
GROUP_COUNSELLING = """단기집단상담프로그램 안내

1. 사업명
  - 단기집단상담프로그램
2. 사업목적
  - 구직자가 취업의욕 고취 및 직업기초능력 향상 등 필요한 부분만을 선택하여 습득할 수 있도록 지원하는 체험·실습식 프로그램(과정별 3시간)

3. 신청자격
  - 거주지역: 전국

4. 지원사항
  - 취업의욕 고취, 심리안정지원, 대화기술 등 직업기초능력 향상 지원

5. 접수방법
□ (온라인) 고용24(work24.go.kr)에 로그인 후, 구직자취업역량 강화프로그램 클릭, 참여 희망 고용센터 선택 신청
□ (오프라인) 가까운 고용센터를 방문하여 담당자 상담을 통해 희망 프로그램 참가 신청

7. 문의처
  - 주관기관: 고용노동부
"""

# 해외산림청년인재 육성 (20250625005400111136): the airfare is its 항공료
FOREST_ABROAD = """# 해외산림청년인재 육성

## 사업목적

- 산림분야 해외 근무지 파견을 통한 글로벌 인재 육성

## 신청자격

- 연령: 만 19세 ~ 34세
- 거주지역: 전국

## 지원사항

o 해외산림청년인재 파견 지원
  - 체재비, 항공료, 파견준비비 등
o 해외산림청년인재 역량강화
  - 안전교육, 어학교육, 전공교육, 현장학습 등

## 문의처

- 주관기관: 해외자원담당관
"""

# 면접용 정장대여 (광주 남구, 210728): the ways to apply are written inside the steps, and no address is given
NAMGU_SUITS = """# 면접용 정장대여(광주 남구)

## 사업개요

> 2025년 광주 남구 구직청년 면접정장 대여

## 지원대상

- 연령: 19세이상~40세미만
- 거주지역: 광주광역시 남구 거주자

## 지원내용

- ❍ 지원기간 : 2025. 2. ~ 12.   ※ 예산 소진 시 조기 마감
-   ❍ 지원내용 : 면접용 정장 무료대여
    - 대여기간 : 3박 4일(1인 연간 3회 이용 가능)

## 신청방법

- ❍ 지원절차 : 대여신청(방문·이메일) → 대여승인 → 방문 대여·반납

## 문의

- 주관기관: 경제재정국
"""

# 3주만에 촘촘히 뽀개는 취뽀전략 (의정부, 20240722005400200015): how many sessions is its "회차" line
UIJEONGBU_SESSIONS = """# 3주만에 촘촘히 뽀개는 취뽀전략(의정부시)

## 사업개요

> 의정부시 청년센터 취창업 프로그램

## 지원내용

- □ 2024.08.14~08.28 매주 수요일
- □ 프로그램 시간 : 19:00~21:00
- □ 회차 : 3회차
- □ 장소 : 청년공감터 4층 다목적실
- □ 수강생 참가비 무료

## 문의

- 주관기관: □ 의정부시 청년센터(031-828-2438)
"""

# 대학생 아르바이트 추진 (창원, 20250922005400211780): summer and winter are written 하절기/동절기
CHANGWON_STUDENT_JOBS = """# 대학생 아르바이트 추진

## 사업목적

- 방학 동안 대학생의 경제적 지원 및 취업을 위한 일경험 기회 제공

## 신청자격

- 거주지역: 경상남도 창원시 거주자

## 지원 내용

ㅇ근무시기: 하절기/동절기
ㅇ근무조건: 주5일, 1일 8시간
ㅇ근무수당: 최저시급

## 문의

- 주관기관: 창원시
"""

# 청년 도내 농창업 지원 (충남, 20250715005400211276): the sum is written "1,000만원"
CHUNGNAM_FARM_START = """# 청년 도내 농창업 지원

## 사업목적

- 농업계학교 졸업(예정) 청년농업인들의 전문지식을 활용한 농창업 지원 및 농업 전문인력 육성

## 신청자격

- 농업계 전문교육기관 고교·대학(대학원 포함) 졸업(예정) 후 10년 이내 전공 분야 농창업(예정) 청년농업인
- 거주지역: 충청남도 거주자

## 지원 내용

- 농자재, 소모품 구입 등 경상비 지원(1,000만원)

## 문의

- 주관기관: 충청남도
"""

# 미래내일 일경험 사업 (nationwide, 20250123005400110394) and one region's round of it (전북, 20240920005400200002)
WORK_EXPERIENCE = """# 미래내일 일경험 사업

- **사업 개요**: 직무역량을 중시하는 채용 트렌드 변화에 대응하여 민·관협업을 기반으로 미취업 청년에게 다양한 일경험 기회를 제공

## 참여대상

- 연령: 15세이상~35세미만
- 거주지역: 전국
◦(참여청년) 15세 이상 34세 이하 미취업청년
   - 군필자의 경우 의무복무기간에 비례하여 최고 만39세까지 지원합니다.

## 지원 내용

- ③ 인턴형 일경험: 기업에서 직접 현업을 수행하여 청년의 직무경험, 직무역량 향상을 지원합니다.(1~5개월 내외)
"""

WORK_EXPERIENCE_JEONBUK = """# 2024 미래내일 일경험 참여청년 모집 (문화예술)

## 참여대상

- 연령: 만 15세 ~ 34세
- 거주지역: 전북특별자치도

## 지원 내용

- 문화예술 분야 기업에서 일경험 (전북청년허브센터 운영)
"""

# 조기재취업수당 (20250212005400110432): the share it pays is written as a fraction ("구직급여의 1/2")
EARLY_REEMPLOYMENT = """# 조기재취업수당

## 지원 내용

지급기준
- 재취업한 날의 전날을 기준으로 소정급여일수를 1/2 이상 남기고 재취업한 경우, 12개월 이상 계속하여 고용되거나 또는 사업을 영위한 경우에 남아 있는 구직급여의 1/2을 조기재취업수당으로 지급

## 신청 제외

- 고용노동부 장관이 고시한 임금액 이상인 직장에 취직한 경우(‘25년 고시 월 임금액: 5,740,000원)

## 문의처

- 주관기관: 고용노동부
"""

# 대구광역시 청년 국가기술자격시험 응시료 지원 (20250220005400210475): results are 발표, not "결과"
DAEGU_EXAM_FEES = """# 대구광역시 청년 국가기술자격시험 응시료 지원

## 지원 내용

❍ 지원대상 : 19세 ~ 39세 대구광역시 거주(주민등록) 미취업 청년
❍ 지원내용 : 당해연도 응시한 시험에 한해 1인 3회, 최대 10만원이내 실비지원
❍ 신청기간 : ’25. 3월 ~ ’25. 11월(매월 20일부터 선착순 접수)

## 선정 방법

❍ 신청 다음달의 15일 경에 발표(상황에 따라 2~3일 차이가 있을 수 있음)
"""

# 2025년 청년도전지원사업 (인천 남동구, 2025년_청년도전지원사업_210274): whom it is for is said in its overview
NAMDONG_CHALLENGE = """# 2025년 청년도전지원사업

- **사업 개요**: 구직단념청년 등을 대상으로 맞춤형 프로그램을 제공하고, 청년의 구직의욕 고취, 노동시장 참여 및 취업촉진을 지원하는 사업

## 참여대상

- 연령: 만 18세 이상 34세 이하
- 거주지역: 인천광역시 거주자
- **모집기간**: '25. 2. 10. ~ '25. 3. 28.

## 문의처

- 주관기관: 고용노동부
- 운영기관: 남동구
"""

# 부산진구 청년취업매니저 (210072) and 기업탐방프로그램 (20250108005400210073): two programs of one 구 for one 대상
BUSANJIN_MANAGER = """# 부산진구 청년취업매니저

## 사업 개요

ㅇ (목적) 미취업 청년들의 경제적 부담을 완화하고 취업능력 개발 지원
ㅇ (대상) 부산진구 청년
ㅇ (주요내용) 일대일 맞춤형 취업컨설팅
ㅇ (전달체계) 직접사업

## 참여대상

- 연령: 18세이상~40세미만
- 거주지역: 부산광역시 부산진구 거주자
"""

BUSANJIN_VISITS = """[부산진구 기업탐방프로그램] 시행 공고

○ (사업명) 부산진구 기업탐방프로그램
○ (사업 개요)
ㅇ (목적) 미취업 청년들의 경제적 부담을 완화하고 취업능력 개발 지원
ㅇ (대상) 부산진구 청년
ㅇ (주요내용) 기업탐방, 직무체험, 현직자 취업멘토링
ㅇ (전달체계) 직접사업

○ (참여대상)
  ∙ 연령: 만 18세 ~ 39세
  ∙ 거주지역: 부산광역시 부산진구 거주자
"""

# 2025 북구 청년 창업자 임대료 지원사업 (광주 북구, 210644): the monthly sum and how long are one line's, not fields
BUKGU_RENT = """[2025 북구 청년 창업자 임대료 지원사업] 시행 공고

○ (사업명) 2025 북구 청년 창업자 임대료 지원사업

○ (참여대상)
  ∙ 연령: 만 19세 ~ 39세
  ∙ 거주지역: 광주광역시 북구 거주자

○ (지원 내용) 사업장 임대료 월 20만원 지원 (최대 4개월, 총 80만원) / 30명

○ (모집기간) 2025. 3. 10.(월) ~ 3. 21.(금)
"""

# [부안군] 구직자 면접비 지원 사업 (20240930005400200003): a firm is 업체 or 기업 on the page, never "회사"
BUAN_INTERVIEWS = """# [부안군] 구직자 면접비 지원 사업

## 지원 내용
면접비 5만원(최대 2회) 계좌이체로 지급

## 추가 신청 자격
- 동일 업체 면접은 1회만 지원
- 면접행사(박람회, 현장면접의 날 등)에 참여하여 복수 기업 면접에 임한 경우 당일 1회만 인정
- AI면접, 화상면접 등 비대면 면접 지원가능
"""

# 청년기업 디자인 지원사업 (세종, 20250908005400211676): the papers go by e-mail, and the list of papers is another field
SEJONG_DESIGN = """# 청년기업 디자인 지원사업(세종시 맞춤형디자인 지원사업)

## 신청방법
제출서류를 파일 형태(한글, jpeg, pdf)로 이메일 송부
- 이메일 : idealjj@korea.kr

## 제출서류
(공    통) ① 신청서, ② 주민등록등본(뒷자리 미표기), ③ 개인정보 수집·이용 및 제3자 제공 동의서
(청년창업자) ① 사업자등록증, ② 부가가치세 과세표증증명, ③ 4대보험 완납증명서
"""

# 그린 스타트업 타운 조성 (경남, 20250918005400211759): a reference link, and no way of applying written anywhere
GREEN_STARTUP_TOWN = """# 그린 스타트업 타운 조성

낙후된 도심기능을 창업, 벤처 중심으로 회복시키기 위해 도시재생뉴딜사업과 연계한 친환경 스타트업 타운 조성

## 지원내용
복합허브센터 신축(8,000㎡) 및 공학2호관 일부 리모델링(769㎡)

참고 URL: https://youth.gyeongnam.go.kr/youth/
"""

PAGES = {
    "gyeonggi-abroad.md": GYEONGGI_ABROAD, "mma-career.txt": MMA_CAREER, "defence-training.txt": DEFENCE_TRAINING,
    "seogwipo-jobs.md": SEOGWIPO_JOBS, "sasang-fees.md": SASANG_FEES, "daegu-firms.md": DAEGU_HIRING,
    "metaverse-ux.txt": METAVERSE_UX, "group-counselling.txt": GROUP_COUNSELLING, "forest-abroad.md": FOREST_ABROAD,
    "namgu-certificates.md": NAMGU_CERTIFICATES, "namgu-suits.md": NAMGU_SUITS,
    "uijeongbu-sessions.md": UIJEONGBU_SESSIONS, "changwon-student-jobs.md": CHANGWON_STUDENT_JOBS,
    "chungnam-farm-start.md": CHUNGNAM_FARM_START, "work-experience.md": WORK_EXPERIENCE,
    "work-experience-jeonbuk.md": WORK_EXPERIENCE_JEONBUK, "early-reemployment.md": EARLY_REEMPLOYMENT,
    "daegu-exam-fees.md": DAEGU_EXAM_FEES, "namdong-challenge.md": NAMDONG_CHALLENGE,
    "busanjin-manager.md": BUSANJIN_MANAGER, "busanjin-visits.txt": BUSANJIN_VISITS, "bukgu-rent.txt": BUKGU_RENT,
    "buan-interviews.md": BUAN_INTERVIEWS, "sejong-design.md": SEJONG_DESIGN,
    "green-startup-town.md": GREEN_STARTUP_TOWN,
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, PAGES)[1]


def test_the_hour_a_deadline_closes_is_the_period_line_giving_it(assistant):
    answer = answered(assistant, "경기 해외 취창업 기회 확충 사업 신청 마감날은 몇 시까지 받아?")
    assert "18시" in answer.text


def test_how_long_it_takes_is_asked_by_time_and_how_much(assistant):
    answer = answered(assistant, "병무청 병역진로설계 온라인 검사는 시간 얼마나 잡으면 돼요?")
    assert "25분" in answer.text


def test_a_course_length_in_latin_letters_answers_how_many_hours(assistant):
    answer = answered(assistant, "방사청 방산 전문인력 양성 직업계고 교육과정은 몇시간짜리에요")
    assert "120hr" in answer.text


def test_who_counsels_is_the_person_named_not_who_may_apply(assistant):
    answer = answered(assistant, "서귀포 청년 일자리 지원 프로그램 상담은 누가 해줘? 그냥 시청 직원이 하는 거야?")
    assert "전문 상담사" in answer.text


def test_how_the_money_comes_is_its_own_line(assistant):
    answer = answered(assistant, "사상구 청년 자격증 응시료 지원 돈은 어떻게 받아?")
    assert "계좌입금" in answer.text


def test_how_many_places_counts_firms_not_people(assistant):
    answer = answered(assistant, "대구 지역중소기업 청년고용 지원사업 기업 몇군데 뽑아요?")
    assert "20개사" in answer.text


def test_a_charge_written_apart_on_the_page_is_the_one_asked(assistant):
    answer = answered(assistant, "경남 메타버스 UX디자이너 육성사업 주거비 월 얼마 지원되나여")
    assert "30만원" in answer.text
    assert "225만원" not in answer.text  # the firm's pay is another sum


def test_an_everyday_word_for_the_pages_word_is_read_as_it(assistant):
    answer = answered(assistant, "산림청 해외산림 청년인재로 파견 가면 비행기값도 지원돼요?")
    assert "항공료" in answer.text


def test_an_age_limit_asked_as_one_misspelt_word_is_the_age_line(assistant):
    answer = answered(assistant, "방위산업 전문인력 양성 지원사업 나이졔한 몇살까지에요")
    assert "35세" in answer.text


def test_whether_it_may_be_sent_by_email_is_how_to_apply(assistant):
    # (not "that page gives no e-mail address": none is asked)
    answer = answered(assistant, "광주 남구 면접정장 대여 신청 어떻게 해요 이메일로도되나요")
    assert "방문·이메일" in answer.text


def test_a_channel_asked_then_the_address_gets_both(assistant):
    answer = answered(assistant, "광주 남구 자격증지원 이메일로도 신청 되요? 메일주소좀")
    assert "방문 또는 이메일 신청" in answer.text and "swim0312@korea.kr" in answer.text


def test_an_allowance_asked_as_like_one_is_refused_by_its_name(assistant):
    answer = assistant.ask("고용센터 단기집단상담프로그램 참여하면 참여수당 같은 거 나와요?")
    assert answer.abstained
    assert "참여수당" in answer.text and "단기집단상담프로그램" in answer.text


def test_how_many_times_one_attends_is_the_sessions_line(assistant):
    answer = answered(assistant, "의정부 취뽀전략 프로그램은 총 몇 번 나가야 돼?")
    assert "3회차" in answer.text


def test_a_season_asked_in_everyday_words_is_the_pages_season(assistant):
    answer = answered(assistant, "창원 대학생 알바 그거 방학 때 하는 거지? 여름방학만 해?")
    assert "동절기" in answer.text


def test_a_described_program_named_by_its_sum_is_read_from_its_page(assistant):
    # the question writes 1000만원 and the page 1,000만원: the same sum, so the page is the one described
    answer = answered(assistant, "충남에서 농고나 농대 나온 청년이 농창업하면 1000만원 주는 거 있던데, 그 돈 어디에 쓸 수 있어요?")
    assert "농자재" in answer.text


def test_a_slipped_ending_closing_the_question_is_no_detail_asked(assistant):
    # "나왕여" is 나와요 typed at speed: the verb closing the question, not a thing the page fails to name
    answer = answered(assistant, "사상구 청년자격증 응시료 지원 1인당 얼마씩 나왕여?")
    assert "10만원" in answer.text


def test_a_name_asked_without_a_place_is_the_nationwide_program_not_one_regions_round(assistant):
    # the asker's words fit the regional round's longer name a little better ("참여"), but they name no place
    answer = answered(assistant, "군대 2년 다녀온 36살 미취업자인데 미래내일 일경험 참여할 수 있어요?")
    assert answer.citations[0].source == "work-experience.md"
    assert "39세" in answer.text


def test_money_coming_in_what_way_is_the_form_it_is_paid_in(assistant):
    answer = answered(assistant, "사상구 자격증 응시료 지원금은 어떤 방식으로 들어와?")
    assert "계좌입금" in answer.text


def test_a_share_of_a_whole_asked_is_the_fraction_the_page_writes(assistant):
    answer = answered(assistant, "조기재취업수당은 남은 구직급여 중 어느 정도를 지급하나요?")
    assert "1/2" in answer.text
    assert "5,740,000원" not in answer.text  # a sum beside it is no share


def test_results_asked_are_the_line_saying_when_they_are_announced(assistant):
    answer = answered(assistant, "대구 청년 국가기술자격시험 응시료 지원 신청하고 결과는 언제쯤 나와요?")
    assert "15일" in answer.text


def test_a_program_set_aside_is_not_the_one_described(assistant):
    answer = answered(assistant, "부산진구 기업탐방 말고 청년 개인별로 봐주는 거 뭐 해줘요?")
    assert answer.citations[0].source == "busanjin-manager.md"
    assert "취업컨설팅" in answer.text and "기업탐방" not in answer.text


def test_a_program_passed_over_is_still_the_one_asked_when_no_other_is_meant(assistant):
    # "기업탐방프로그램 말고 다른 것도": the rest names no other program, so the question is about this one
    answer = assistant.ask("부산진구 기업탐방프로그램 말고 다른 취업 지원도 같이 받을 수 있어요?")
    assert answer.citations and answer.citations[0].source == "busanjin-visits.txt", answer.text


def test_a_sum_and_a_length_asked_together_are_the_line_stating_both_not_a_period_field(assistant):
    answer = answered(assistant, "광주 북구 청년 창업자 임대료 지원 월 지원액이랑 지원 기간 알려주세요")
    assert "월 20만원" in answer.text and "4개월" in answer.text
    assert "3. 21." not in answer.text  # when applying closes is no length of support


def test_a_company_asked_is_the_firm_the_page_names_otherwise(assistant):
    # people say 회사 where pages write 기업, 업체 or 사업장: the condition on the firm answers, not "회사 never said"
    answer = answered(assistant, "부안 구직자 면접비, 한 회사에서 면접 두 번 보면 두 번 다 주나요?")
    assert "동일 업체 면접은 1회만" in answer.text
    assert "'회사'" not in answer.text


@pytest.mark.parametrize("question, way", [
    ("광주 남구 사는데 다음 주에 면접이라 정장 빌리고 싶어요. 신청은 어떻게 해요?", "방문·이메일"),  # 면접 is the asker's
    ("고용센터 단기집단상담프로그램 신청 어떻게 해?", "고용24"),
])
def test_how_to_apply_asked_plainly_is_the_way_to_apply(assistant, question, way):
    assert way in answered(assistant, question).text


def test_where_the_papers_are_sent_is_the_way_to_apply_not_the_list_of_papers(assistant):
    answer = answered(assistant, "세종 청년기업 디자인 지원 신청서류 어디로 보내요?")
    assert "idealjj@korea.kr" in answer.text
    assert "주민등록등본" not in answer.text


def test_what_one_learns_is_what_the_program_gives(assistant):
    assert "대화기술" in answered(assistant, "고용센터 단기집단상담프로그램 들으면 뭐 배워?").text


def test_a_reference_link_is_no_way_of_applying(assistant):
    answer = assistant.ask("창원에서 친환경 창업 준비하는 28살인데 경남 그린 스타트업 타운 입주 신청 어떻게 해요?")
    assert answer.abstained and answer.reason == "not_in_program", answer.text
