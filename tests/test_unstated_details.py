"""A named program's question is refused as "not stated" only for a detail its page truly lacks: a counting word
("모두 몇 개소", "각각 몇 년"), a word misspelt by a vowel ("신쳥할때") and a word the page writes otherwise ("소관 부처":
주관기관) are no such detail, so the page's line answers. The pages are lines of real 2025 dev policies."""

import pytest

from tests.conftest import assistant_over

pytestmark = pytest.mark.slow  # builds a real index with line vectors

PAGES = {
    "gyeonggi-university-jobs.txt": """경기도 대학일자리센터 지원

○ 사업목적 : 도내 대학일자리플러센터 22개소를 통해 대학 내 취 ·창업 지원, 진로지도, 취업서비스 등 제공 (고용노동부 사업)
○ 지원대상 : 도내 대학생 및 졸업생
""",
    "technical-officer.md": """# 기술사관 육성

- **사업 개요**: 직업계고(2년) + 전문대(2년) 연계 교육을 통해 중소기업의 현장전문기술인력을 양성
- **지원 내용**: 직업계고(2년) + 전문대(2년) 연계 교육
""",
    "changwon-startup-package.md": """# 창원시 창업 패키지 교육

- 교육대상: 창원시 거주 예비창업자 및 창업 3년 이내 여성
- 제출서류: 신청서(사진포함), 신분증
- 교육장소: 창원여성인력개발센터
""",
    "overseas-procurement.md": """# 해외조달 전문인력 양성

- **사업 개요**: 청년(학생 및 조달기업 재직자) 대상 해외조달시장에 대한 이론, 실무교육 실시 및 채용 연계

## 참여대상
- 대학(원)생 및 취업준비생
""",
    "saha-startup-center.md": """# 사하구 청년창업지원센터 입주기업 모집

| 사업목적 | 「사하구 청년창업지원센터」에서는 우수한 창업 아이템과 열정을 가진 청년들의 성공적인 창업지원을 위한 사업 |
| 지원사항 | ❍ 입주기간 : 입주일로부터 1년 ※ 계약기간 종료 전 기업평가 후 연장 가능(우수기업 최대 3년 입주 가능) |
| 접수기간 | 2024-07-29 ~ 2024-08-11 |
""",
    # 청년 창업‧창직 지원사업 (충남) and 기장군 청년 자격시험 응시료 지원 사업, as the portal's pages render
    "chungnam-startup.md": """청년 창업‧창직 지원사업
주관기관: 청년정책관
거주지역: 충청남도
신청기간: 2025.03.01 ~ 2025.03.31
지원규모: 60명

□ 지원 내용
사업화(시제품제작, 홍보 등) 자금 지원 및 교육·컨설팅·멘토링 등 창업역량 강화 지원
""",
    "gijang-exam-fee.md": """기장군 청년 자격시험 응시료 지원 사업
거주지역: 기장군
연령: 만 19세 ~ 39세

□ 지원 내용
기장군에 거주중인 19세 ~ 39세청년에 대하여 시험 응시지원료 1인당 최대 10만원 실비 지원

□ 심사 방법
지원 대상에 한해 신청순으로 선정
""",
    "creative-economy-mentoring.md": """# 창조경제혁신센터 멘토링 프로그램 운영

- 지원 내용: 창조경제혁신센터를 통해 분야별 전문가 멘토링 및 창업상담 제공
- 문의처: 주관기관: 중소벤처기업부 홈페이지: https://ccei.creativekorea.or.kr/
""",
    # 대학생 아르바이트 추진 (창원), 2024년 방위산업 채용정보 박람회, 구직자ㆍ기업 도약보장 패키지 and 출향청년 채용
    # 전주기업 취업지원, as rendered
    "changwon-student-jobs.md": """대학생 아르바이트 추진
방학 동안 대학생의 경제적 지원 및 취업을 위한 일경험 기회 제공
사업명: 대학생 아르바이트 추진
참여대상: 거주지역: 경상남도 창원시 의창구 거주자
지원 내용: ㅇ근무시기: 하절기/동절기 ㅇ근무조건: 주5일, 1일 8시간 ㅇ근무수당: 최저시급
""",
    "defense-job-fair.md": """[2024년 방위산업 채용정보 박람회] 시행 공고
○ (사업명) 2024년 방위산업 채용정보 박람회
○ (지원 내용)
ㅇ 온라인 : '24. 7. ~ 10. - 온라인 채용관, 취업지원관
ㅇ 오프라인 : '24. 9. 24.(화) 10:00~17:00 / 창원컨벤션센터(CECO) 컨벤션홀 3
- 방위산업 분야 기업/정출연 채용설명회, 자기소개서/면접특강 등
○ (모집기간) 2024년 7월 1일 ~ 2024년 10월 4일
○ (신청 방법) 온라인 신청(홈페이지 바로가기)
""",
    "leap-package.md": """구직자ㆍ기업 도약보장 패키지
주관기관: 고용노동부
신청기간: 상시 또는 명시되지 않음

□ 정책 설명
□ 인구·산업구조 변화, 취업·채용 형태 다양화, 일에 대한 인식 변화, 온라인·디지털 서비스 확산 등 고용서비스 여건 변화에 대응 필요

□ 지원 내용
□ 구직자 : ①잡케어(Job Care) 기반 개인별 직무역량 및 노동시장 정보 분석 제공, ②1:1 심층 상담을 통한 경력개발 로드맵 설계
""",
    "university-startup-fund.md": """# 대학창업펀드 조성

- **사업 개요**: 초기 대학 창업기업에 자금을 공급하여 대학창업기업의 사업화 기반 마련 및 경쟁력 있는 기업으로 성장 지원
- **지원 내용**: 정부는 벤처투자 모태조합(모펀드)을 통해 대학창업펀드(자펀드)에 출자, 대학 등은 약정비율에 따라 출자하여 펀드를 조성
- **제출 서류**: 제안서
""",
    "jeonju-returning-youth.md": """[출향청년 채용 전주기업 취업지원] 시행 공고
○ (사업명) 출향청년 채용 전주기업 취업지원
○ (사업 개요) 중소기업의 인력난을 해소하고 청년 고용의 기회를 확대하는 동시에 청년의 지역정착을 지원
○ (참여대상)
∙ 연령: 만 18세 ~ 39세
∙ [기업]
○전주시 소재 상시 근로자 3인 이상 고용보험 가입 기업으로 상시근로자 외 청년을 정규직으로 채용하고 월 급여액을 최저임금 이상 지급 가능한 기업
∙ [청년]
○18~39세 전주시 전입 청년으로 참여기업에서 6개월 미만 근무한 청년 자격요건을 충족한 자
○ (지원 내용)
○기업 : 청년 채용 1인당 월 100만원씩 12개월간 지원
○ (모집기간) 2025.06.04 ~ 2025.06.13
""",
    # 청년 구직응원 패키지 지원사업 (금정구), 취업준비생을 위한 순천시 행정인턴제 운영, 대학일자리플러스센터 지원사업 (경주),
    # 청년4-H회원 창업 성공모델 지원 사업, 청년창업기업 보증 and 청년창업농 영농정착지원사업, as rendered
    "geumjeong-job-package.md": """청년 구직응원 패키지 지원사업
| 사업명 | 청년 구직응원 패키지 지원사업 |
| 참여대상 | 연령: 18세이상~40세미만 거주지역: 부산광역시 금정구 거주자 |
| 지원 내용 | 자격증 응시료(10만원 내) 및 이력서 사진촬영비(3만원 내) 지원 |
""",
    "suncheon-intern.txt": """「취업준비생을 위한 순천시 행정인턴제 운영」 공고

□ 사업개요
 ○ 사업명 : 취업준비생을 위한 순천시 행정인턴제 운영
 ○ 사업목적 : 순천시 미취업 청년들에게 행정인턴으로 일자리 및 일경험 제공

□ 지원규모
 ㅇ 40명 선발

□ 신청기간
 ㅇ '25. 4. 14. ~ '25. 4. 30.

□ 신청방법
 ㅇ 순천시 청년정책과 직접방문 접수 또는 전자우편 접수
""",
    "gyeongju-university-jobs-plus.md": """대학일자리플러스센터 지원사업
주관기관: 고용노동부
거주지역: 경주시
신청기간: 2025.03.01 ~ 2026.02.28

□ 지원 내용
∙ (대학 내) 진로지도 및 취ㆍ창업 통합 지원
""",
    "chungbuk-4h-startup.md": """청년4-H회원 창업 성공모델 지원 사업
| 사업명 | 청년4-H회원 창업 성공모델 지원 사업 |
| 참여대상 | 연령: 만 19세 ~ 39세 거주지역: 충청북도 거주자 |
| 모집기간 | 2025.01.01 ~ 2025.02.28 |
| 신청 방법 | ❍ (시기) 매년 1~2월중(사업계획 준비 필요) ❍ (방법) 시군센터 홈페이지 공고, 지방지 게재 등 |
""",
    "youth-startup-guarantee.md": """청년창업기업 보증
| 사업명 | 청년창업기업 보증 |
| 참여대상 | 연령: 만 17세 ~ 39세 거주지역: 전국 |
| 지원 내용 | 청년창업기업에 대한 보증료 감면, 보증비율 상향, 산정특례 등 |
""",
    # 태안군 취업자격증 취득지원 사업, as rendered
    "taean-certificate.md": """# 태안군 취업자격증 취득지원 사업
## 사업개요
> 관내 구직자의 경제적 부담을 완화하고 취업능력 개발을 지원
## 지원내용
□ 지원내용 : 2024. 1. 1.부터 응시한 자격증 및 어학시험 등 *응시료 지원
□ 지원금액 : 회당 지원상한액 5만원 / 1인당 연간 최대 2회 지원(총 10만원 한도)
□ 자격증 취득 여부와 상관없이 응시료 지원
## 신청방법
□ 신청방법 : 방문, 전자우편 中 택1
-   ❍ 방문접수 : 태안군청 경제진흥과 일자리사회적경제팀
-       (주소) 충청남도 태안군 태안읍 군청로 1, (태안군청 3층 경제진흥과)
## 제출서류
- 응시사실 확인 증빙서류(성적표, 응시확인서 등)
""",
    # 남동형 청년재직자 내일채움공제 플러스 사업, 병역진로설계 안내 and (의왕시)청년 인턴사업, as rendered
    "namdong-youth-savings.md": """# 남동형 청년재직자 내일채움공제 플러스 사업
## 사업개요
> 중소기업 사업주와 청년 근로자, 정부가 3년간 공동으로 적립한 공제금을 3년 만기 시 장기 재직한 청년 근로자에게 성과보상금 형태로 지급
## 지원대상
- 연령: 18세이상~40세미만
- 거주지역: 인천광역시 남동구 거주자
## 지원내용
- &middot; 지원대상
- 기업 : 제조, 건설업 영위 50인 미만 중소기업
- &middot; 지원내용 : 남동형 청년재직자 내일채움공제 가입 기업에 대한 부담금 지원
- &middot; 지원금액 : 가입자 1명당 7만원
""",
    "military-career-design.txt": """병역진로설계 안내

2. 사업목적
  - 입영 전 자신의 적성, 전공 등을 고려 군 복무 및 전역 후 진로를 체계적으로 설계하도록 지원하는 프로그램

4. 지원사항
  - [입영 전 병역진로설계 서비스]
  -  (설명회) 병역이행절차 소개, 군 생활 및 자기개발 정보 제공
  -  (병역진로상담) 1:1 상담

5. 접수방법
  - ① 상담신청(온라인)
  - ② 직업선호도검사(온라인) : 직업선호도 S형, 약 25분 소요
""",
    "uiwang-intern.md": """(의왕시)청년 인턴사업 안내
| 사업명 | (의왕시)청년 인턴사업 |
| 지원사항 | ○ 사업기간: 상,하반기 각 4개월 ○ 사업대상: 19~39세 관내 미취업 청년 ○ 근무내용: 행정사무 보조 등 |
| 모집인원 | 총 4명 |
| 접수기간 | 2025-02-03 ~ 2025-02-14 |
""",
    # 청년농업인 육성지원 (강원), as rendered
    "gangwon-young-farmer.md": """청년농업인 육성지원
주관기관: 강원특별자치도
거주지역: 강원특별자치도
신청기간: 2025.01.01 ~ 2025.03.31

□ 지원 내용
(취업농) 농업법인 취업자 지원, 팜쉐어(농지 임차비) 지원

□ 신청 방법
시군 홈페이지 참고

□ 제출 서류
시군 홈페이지 참고
""",
    "young-farmer-settlement.md": """청년창업농 영농정착지원사업
주관기관: 농림축산식품부
거주지역: 전북특별자치도
연령: 만 18세 ~ 40세

□ 지원 내용
청년창업농 선발자 최장 3년간 영농정착지원금 지원
""",
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, PAGES)[1]


@pytest.mark.parametrize("question, fact", [
    ("경기도 대학일자리센터는 모두 몇 개소입니까?", "22개소"),  # "모두" counts, it names nothing the page lacks
    ("기술사관 육성 고등학교랑 전문대 각각 몇년씩 다니는거?", "2년"),
    ("창원시 창업 패키지 교육 신쳥할때 뭐 내야되여?", "신분증"),  # 신청, a vowel slipped
    ("창조경제혁신센터 멘토링 프로그램 운영의 소관 부처는 어디입니까?", "중소벤처기업부"),  # written 주관기관
    ("충남 청년 창업창직 지원 올해 몇명 뽑아여", "60명"),  # the year it is asked of, no detail
    ("기장군 청년 자격시험 응시료 지원 대상자는 어떤 방식으로 선정합니까?", "신청순"),  # 대상자 frames who is chosen
])
def test_a_detail_the_page_states_in_its_own_way_is_answered(pages, question, fact):
    answer = pages.ask(question)
    assert not answer.abstained, answer.text
    assert fact in answer.text and any(fact in c.snippet for c in answer.citations)


@pytest.mark.parametrize("question, fact", [
    ("창원 대학생 아르바이트 추진 사업 취지가 뭐예요?", "일경험"),  # the opening line says what it is for
    ("방위산업 채용정보 박람회 오프라인 행사 날짜 언제예요?", "9. 24."),  # "날짜" names the kind asked, no detail
    ("방위산업 채용정보 박람회 오프라인 행사 정확히 언제 열려요?", "9. 24."),  # "정확히" says how it is asked, not what
    ("출향청년 채용 전주기업 취업지원 받으려면 직원 몇 명 이상 기업이어야 해요?", "3인 이상"),  # who may apply
    ("구직자 도약보장 패키지 도입 배경이 뭐예요?", "고용서비스 여건 변화"),  # the sentence under 정책 설명
])
def test_a_word_saying_what_kind_or_how_is_asked_is_no_missing_detail(pages, question, fact):
    answer = pages.ask(question)
    assert not answer.abstained, answer.text
    assert fact in answer.text


def test_a_case_asked_in_its_short_form_is_settled_by_the_line_writing_it_in_full(pages):
    answer = pages.ask("조달청 해외조달 전문인력 양성 과정 취준생도 들을 수 있어요?")  # 취준생: 취업준비생
    assert not answer.abstained and "취업준비생" in answer.text


def test_a_question_saying_a_year_has_passed_is_not_about_what_i_get(pages):
    answer = pages.ask("사하구 청년창업지원센터 1년 지나도 연장 돼요? 최대 몇 년까지요?")  # 지나도 holds no 나도
    assert not answer.abstained and "최대 3년" in answer.text


def test_a_sum_asked_in_eok_that_the_page_never_states_is_not_stated(pages):
    answer = pages.ask("대학창업펀드 조성 사업 펀드 규모가 총 몇억 원이에요?")  # 몇억 원 asks a sum, as 몇만 원 does
    assert answer.abstained and "대학창업펀드 조성" in answer.text


def test_a_detail_the_page_never_names_is_still_not_stated(pages):
    answer = pages.ask("창원시 창업 패키지 교육 기숙사비는 얼마예요?")
    assert answer.abstained and "창원시 창업 패키지 교육" in answer.text


def test_a_charge_asked_in_one_word_is_found_where_the_page_writes_it_apart(pages):
    answer = pages.ask("금정구 청년 구직응원 패키지 이력서 사진비 얼마까지 돼요?")  # written 사진촬영비
    assert not answer.abstained and "3만원" in answer.text


@pytest.mark.parametrize("question, fact", [
    ("순천시 행정인턴 5월에도 접수 받나요?", "4. 30."),  # whether one applies in a month: the application period
    ("경주시 대학일자리플러스센터 지원사업 기간이 어떻게 되나요?", "2026.02.28"),  # no run stated: the dates it is open
    ("충북 청년4-H회원 창업 성공모델 사업 공모는 보통 몇월에 나요?", "매년 1~2월"),  # what usually happens: the yearly time
])
def test_a_schedule_asked_is_answered_by_the_dates_the_page_gives(pages, question, fact):
    answer = pages.ask(question)
    assert not answer.abstained, answer.text
    assert fact in answer.text


def test_whether_a_program_gives_a_thing_is_settled_by_what_it_gives(pages):
    answer = pages.ask("청년창업기업 보증 받으면 보증료 깎아줘요?")
    assert not answer.abstained and "보증료 감면" in answer.text


def test_an_age_stated_beside_another_question_answers_that_question_not_the_age(pages):
    answer = pages.ask("익산에서 딸기 농사 시작한 25살인데 청년창업농 영농정착지원금 몇년까지 받을 수 있어요?")
    assert not answer.abstained and "3년" in answer.text
    assert "나이 조건" not in answer.text


def test_a_case_the_page_gives_regardless_of_is_settled_by_the_line_saying_so(pages):
    answer = pages.ask("태안 자격증 시험 떨어졌는데 응시료 지원 받을수 있나요?")
    assert not answer.abstained and "취득 여부와 상관없이" in answer.text, answer.text


@pytest.mark.parametrize("question, fact", [
    # the firms' size asked: the line bounding it, under another label, settles it
    ("남동구 청년재직자 내일채움공제 플러스 직원 몇 명 미만 회사만 되나요?", "50인 미만"),
    # the service named with the word before it: the line writing "1:1 상담", not the first naming 상담
    ("내년에 입대 예정인데 병역진로설계 받으면 1:1 상담도 해줘요?", "(병역진로상담) 1:1 상담"),
    ("의왕 청년인턴 2월에 접수했다던데 정확히 언제였어요?", "2025-02-03"),  # "정확히" says how it is asked
])
def test_the_line_that_settles_what_is_asked_leads(pages, question, fact):
    answer = pages.ask(question)
    assert not answer.abstained, answer.text
    assert fact in answer.text.split(" [1]")[0], answer.text


def test_where_to_find_out_is_answered_by_the_line_pointing_where_to_look(pages):
    answer = pages.ask("춘천에서 농업법인 취업한 청년인데 강원 청년농업인 육성지원 신청하려면 서류 어디서 확인해요?")
    assert not answer.abstained and "시군 홈페이지 참고" in answer.text, answer.text


def test_a_floor_asked_is_answered_by_the_line_stating_it(pages):
    answer = pages.ask("태안 자격증 응시료 지원 방문접수하면 군청 몇층으로 가요?")
    assert not answer.abstained and "3층" in answer.text, answer.text


def test_two_frame_words_written_as_one_frame_the_kind_but_two_field_names_name_a_detail():
    from assistant.answer.unstated import frames

    assert frames("나이제한") and frames("신청마감") and frames("마감날")  # the age limit, the deadline
    assert not frames("심사일정") and not frames("선발기간") and not frames("교육날")  # details a page may lack


def test_a_sum_the_page_writes_otherwise_is_written_but_a_smaller_one_is_not(analyzer):
    from assistant.answer.unstated import UnstatedWords
    from assistant.language.questions import analyze

    page = "청년 도내 농창업 지원\n- 농자재, 소모품 구입 등 경상비 지원(1,000만원)"
    words = UnstatedWords(analyzer)
    same = analyze("농창업하면 1000만원 주는 거 있던데 어디에 쓸 수 있어요?", analyzer)
    assert "10000000" not in words.foreign_words(same, "청년 도내 농창업 지원", page)[1]
    smaller = analyze("농창업하면 100만원 주는 거 있던데 어디에 쓸 수 있어요?", analyzer)
    assert "1000000" in words.foreign_words(smaller, "청년 도내 농창업 지원", page)[1]
