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


def test_a_case_asked_in_its_short_form_is_settled_by_the_line_writing_it_in_full(pages):
    answer = pages.ask("조달청 해외조달 전문인력 양성 과정 취준생도 들을 수 있어요?")  # 취준생: 취업준비생
    assert not answer.abstained and "취업준비생" in answer.text


def test_a_question_saying_a_year_has_passed_is_not_about_what_i_get(pages):
    answer = pages.ask("사하구 청년창업지원센터 1년 지나도 연장 돼요? 최대 몇 년까지요?")  # 지나도 holds no 나도
    assert not answer.abstained and "최대 3년" in answer.text


def test_a_detail_the_page_never_names_is_still_not_stated(pages):
    answer = pages.ask("창원시 창업 패키지 교육 기숙사비는 얼마예요?")
    assert answer.abstained and "창원시 창업 패키지 교육" in answer.text
