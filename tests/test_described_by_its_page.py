"""A program found by what a question says of it is answered from its page when that page writes most of what the
question says ("서울시가 대학이랑 자치구랑 같이 청년 창업 거점 만드는 사업" is 캠퍼스타운's page, though its name is never
written), and still refused when the page writes little of it ("삼성전자 신입 연봉"). Whether a program gives a thing
("보증비율 올려줘요?") is read as asked, not as a slip of 알려줘요, and a span of time asked ("처음 2년 동안은") names no
detail the page lacks. Pages are real dev programs as the portal publishes them."""

import pytest

from tests.conftest import answered, assistant_over

pytestmark = pytest.mark.slow  # builds a real index with line vectors

# 캠퍼스타운 혁신 및 청년희망·지역경제 활성화 (210622): how many are run is a line of 추진 현황
CAMPUS_TOWN = """캠퍼스타운 혁신 및 청년희망·지역경제 활성화 안내

1. 사업명
  - 캠퍼스타운 혁신 및 청년희망·지역경제 활성화
2. 사업목적
ㅇ 대학의 인적 물적·자산 등을 활용, 대학 및 청년 창업 활성화

3. 신청자격
  - 연령: 만 19세 이상 39세 이하
  - 거주지역: 서울특별시 거주자

4. 지원사항
 ㅇ 추진 현황 : ’25년 20개소 캠퍼스타운 조성·운영(창업형 16, 단위형 4)
 ㅇ 추진 체계
   - 사업주체 : 서울시·서울RISE센터·자치구·대학
   - 시행방법 : 사업유형별 공모 선정(대학ㆍ자치구 공동 제안 → 서울시 선정 및 지원)
 ㅇ 사업 방식
    - (창업형) 청년 초기 창업기업 발굴·육성, 대학·자치구 협력 지역활성화
    - (단위형) 청년활동 증진 위한 단위 프로그램 운영
 ㅇ 사업비(’25년) : 21,202백만원

5. 문의처
  - 주관기관: 경제일자리기획관
"""

# 청년해냄센터 운영 (200002, 서울 광진구): another Seoul page for young people starting out
HAENAEM_CENTER = """# 청년해냄센터 운영

## 사업 개요

- 광진구 청년들의 취업 및 창업 지원을 위한 청년 공간 운영
- 취업 상담, 창업 교육, 스터디룸 대관

## 참여대상

- 연령: 만 19세 ~ 39세
- 거주지역: 서울특별시 광진구 거주자

## 문의처

- 주관기관: 서울특별시 광진구
"""

# 청년창업기업 보증 (20250624005400111130): what it gives is better terms, written without a verb of giving
YOUTH_GUARANTEE = """# 청년창업기업 보증

## 사업 개요

- 청년창업기업 맞춤형 보증지원

## 참여대상

- 연령: 만 17세 ~ 39세
- 거주지역: 전국

## 지원 내용

- 청년창업기업에 대한 보증료 감면, 보증비율 상향, 산정특례 등

## 문의처

- 주관기관: 중소벤처기업부
"""

# 미래형 신산업기업 청년일자리사업 (경북, 20250901005400111542): what each year gives
FUTURE_INDUSTRY_JOBS = """# 미래형 신산업기업 청년일자리사업

## 참여대상

- 연령: 만 18세 ~ 39세
- 거주지역: 경상북도 거주자

## 지원사항

- (1~2년차)참여 청년 인건비, 직무교육 지원, (3년차) 참여청년 인센티브 지원 등
"""

# 중소기업 재직자 우대 저축공제 (20240924005400100001): a savings plan whose page writes 가입 and 계좌, not 청년도약계좌
WORKER_SAVINGS = """# 중소기업 재직자 우대 저축공제

## 지원대상

- 연령: 제한 없음
- 거주지역: 전국

## 지원내용

- □ 상품종류 : 5년 만기 월 10~50만원(1만원 단위 월 정액 적립)
- * (근로자) 기업지원금에 부과되는 소득세의 50%(청년은 90%) 감면

## 신청방법

- ③ (중진공)은행에 가입대상 근로자 통보
- ④ (은행)가입대상 근로자에게 안내 및 계좌 개설
"""

# 청년전용창업자금 (111129): its name holds 자금, yet an age asked of it asks no sum
YOUTH_START_FUND = """# 청년전용창업자금

## 사업개요

> 청년창업기업 성장을 위한 자금 지원

## 지원대상

- 연령: 40세 미만
- 거주지역: 전국

## 지원내용

- 신용 및 담보력이 부족한 청년 창업가를 대상으로 원부자재 구임, 인건비, 시설자금 등 융자 지원
"""


PAGES = {"campus-town.txt": CAMPUS_TOWN, "haenaem-center.md": HAENAEM_CENTER, "youth-guarantee.md": YOUTH_GUARANTEE,
         "future-industry-jobs.md": FUTURE_INDUSTRY_JOBS, "worker-savings.md": WORKER_SAVINGS,
         "youth-start-fund.md": YOUTH_START_FUND}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, PAGES)[1]


def test_a_program_described_is_answered_from_the_page_writing_most_of_what_is_said(assistant):
    answer = answered(assistant, "서울에서 대학이랑 자치구가 같이 청년 창업 거점 만드는 사업 몇 곳 운영해요?")
    assert answer.citations[0].source == "campus-town.txt"
    assert "20개소" in answer.text


def test_a_page_writing_little_of_what_is_said_is_not_the_program_described(assistant):
    answer = assistant.ask("삼성전자 신입 연봉이 얼마예요?")
    assert answer.abstained
    # 캠퍼스타운's page writes 대학, 자치구, 청년 and 창업, but this program's 농업 and 키우 are no part of it
    answer = assistant.ask("서울에서 대학이랑 자치구가 같이 청년 농업 창업 키우는 사업 몇 곳 운영해요?")
    assert answer.abstained, answer.text


def test_whether_it_raises_a_term_is_asked_as_written_and_its_benefits_settle_it(assistant):
    answer = answered(assistant, "청년창업기업 보증 받으면 보증비율 올려줘요?")
    assert "보증비율 상향" in answer.text


def test_a_span_of_years_asked_frames_the_question_and_names_no_detail(assistant):
    # "2년 동안": for how long; the page never writes 동안, yet it says what the first two years give
    answer = answered(assistant, "경북 미래형 신산업 청년일자리 처음 2년 동안은 뭐 지원돼?")
    assert "인건비" in answer.text


def test_a_compound_name_no_page_writes_is_not_a_program_described_by_its_other_words(assistant):
    # 저축공제's page writes 청년, 가입 and 계좌, but the name asked is a program of its own
    answer = assistant.ask("청년도약계좌 가입 조건이 뭐예요?")
    assert answer.abstained, answer.text


def test_a_value_word_inside_the_name_asks_nothing_beside_the_age(assistant):
    answer = answered(assistant, "청년전용창업자금은 최대 몇 세까지 지원 가능한가요?")
    assert "40세 미만" in answer.text
