"""Programs a question describes instead of naming: a site the question asks for ("신청 사이트 어디예요?") is what the
described program's page writes as 누리집, 홈페이지 or its address, not a detail the page lacks."""

import pytest

# A dev program page, as published: its site is written 누리집 with its address
MEDIA_COMPLEX = """# 1인 미디어 콤플렉스

### 사업목적

- ‘1인 미디어 콤플렉스’ 운영을 통해 ‘트웰브랩스’ 등 스타트업의 성장을 지원 사업

### 지원사항

- 전용 사무공간(현재 34개 기업 입주)과 미디어 제작 특화 스튜디오 제공

### 접수기간

- 2024.06.17 ~ 2024.07.05

### 접수방법

- 1인 미디어 콤플렉스 누리집(www.meplex.co.kr)에서 7월 5일(금)까지 온라인 접수

### 문의처

- 주관기관: 과학기술정보통신부 방송진흥정책관 디지털방송정책과
- 운영기관: 한국전파진흥협회
"""


@pytest.fixture(scope="module")
def media(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder, {"media-complex.md": MEDIA_COMPLEX})[1]


@pytest.mark.slow
def test_a_site_asked_is_the_page_s_address_not_a_detail_it_lacks(media):
    answer = media.ask("과기부에서 1인 미디어 스타트업한테 전용 사무공간이랑 스튜디오 주는 곳 신청 사이트 어디예요?")
    assert not answer.abstained
    assert "meplex" in answer.text


# dev policy 20240723005400200005 as the policy corpus renders it (its .docx's paragraphs and 항목 | 내용 table); a
# tuning-half question of evals/natural_blind3.jsonl describes it
PARTS_MAKERS = """# 울산 북구 부품사 기술전환 지원

급변하는 세계시장의 환경변화에 따른 글로벌 경쟁력을 확보하고 미래지향적 자동차산업의 강소기업으로 도약할 수 있는 지원책 마련

| 항목 | 내용 |
|---|---|
| 사업명 | 울산 북구 부품사 기술전환 지원 |
| 참여대상 | 거주지역: 울산광역시 북구 거주자 |
| 지원 내용 | □ 지원내용<br>- 미래차 부품전환 준비단계 / 실행단계로 구분 지원<br>- 각 단계별 기업컨설팅 후 맞춤형 프로그램 지원<br>○ 준비단계<br>- 미래차 부품 시장조사<br>- 기업기술 진단<br>- 선행기술/특허조사<br>○ 실행단계 기업<br>- 미래차 핵심부품 기술자립 지원<br>- 미래차 부품 해외 마케팅 지원<br>- 정책자금 조달 수수료 지원 |
| 문의처 | 주관기관: 울산광역시 북구 경제일자리과 기업투자팀(052-241-7713)<br>운영기관: 울산테크노파크(052-219-8500) |
"""


@pytest.mark.slow
def test_a_described_program_is_answered_when_the_reader_is_sure_though_the_question_says_it_otherwise(
        tmp_path_factory, analyzer, embedder):
    """"자동차 부품 회사들 미래차 쪽으로 바꾸도록 도와주는 사업 … 목적이 뭐예요?" says most of what it says of the program in
    its own words (회사, 바꾸, 도와주), but the page names every thing it names but one, and the reader is sure of the
    purpose line: that line answers, not "the documents do not say". A program described by things no page names
    ("반려동물 가게 인테리어비") is still no program of this page."""
    from tests.conftest import assistant_over

    parts = assistant_over(tmp_path_factory, analyzer, embedder, {"parts.md": PARTS_MAKERS})[1]
    purpose = parts.ask("울산 북구에서 자동차 부품 회사들 미래차 쪽으로 바꾸도록 도와주는 사업 있잖아요 그거 목적이 뭐라고 돼있어요?")
    assert not purpose.abstained and "글로벌 경쟁력" in purpose.text and purpose.citations[0].source == "parts.md"
    invented = parts.ask("울산 북구에서 반려동물 가게 인테리어비 돌려주는 사업 있다던데 뭐뭐 지원돼요?")
    assert invented.abstained and not invented.citations, invented.text
