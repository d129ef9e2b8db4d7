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
