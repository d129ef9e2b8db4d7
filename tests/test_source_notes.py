"""The note under an answer names the cited document's kind and date, marks an ended application period
마감, and never shows the stored file name."""

from __future__ import annotations

import datetime as dt

from assistant.answer.refusals import age_notes
from assistant.types import Citation

TODAY = dt.date(2026, 12, 3)
ARTICLE = ("수원시가 창업 인프라를 구축해 지역경제 활성화에 앞장서고 있다. 시니어 기술창업센터는 2011년 3월 개소했다. "
           "시 관계자는 앞으로도 지원하겠다고 밝혔다.")
PAGE = "사업개요\n신청기간: 2025. 3. 1. ~ 3. 31.\n지원대상: 만 18~39세 청년\n지원내용: 월 50만원"


def _cite(passage, title="청년 면접수당", publisher="", published="", snippet=None):
    return Citation(1, "noori.hwp", title, "", publisher, published, snippet or passage, 1.0, passage=passage)


def test_a_program_page_is_not_called_an_article_and_its_ended_period_is_marked():
    (note,) = age_notes([_cite(PAGE, publisher="경기도", published="2025-02-20")], TODAY, 3)
    assert note.startswith("[1] 2025년 2월 20일 사업 안내 기준 (경기도).")
    assert "기사" not in note and "신청 기간이 2025-03-31에 끝났습니다(마감)" in note


def test_a_notice_and_a_news_article_are_named_as_such():
    (notice,) = age_notes([_cite(PAGE, title="2025년 청년 면접수당 참여자 모집 공고", published="2025")], TODAY, 3)
    (news,) = age_notes([_cite(ARTICLE, title="수원형 인프라 구축", publisher="일간경기", published="2015")], TODAY, 3)
    assert notice.startswith("[1] 2025년 공고 기준.") and news.startswith("[1] 2015년 기사 기준 (일간경기).")
    assert "바뀌었을 수 있습니다" in news and "바뀌었을" not in notice


def test_a_period_still_open_is_not_marked_closed():
    open_page = PAGE.replace("2025. 3. 1. ~ 3. 31.", "2026. 11. 1. ~ 12. 31.")
    (note,) = age_notes([_cite(open_page, published="2026-10-30")], TODAY, 3)
    assert "마감" not in note


def test_an_undated_source_without_a_publisher_shows_no_file_name():
    (ko,) = age_notes([_cite(PAGE)], TODAY, 3)
    (en,) = age_notes([_cite(PAGE)], TODAY, 3, lang="en")
    assert "noori" not in ko + en and ".hwp" not in ko + en
    assert ko.startswith("[1] 작성 시점이 확인되지 않은 사업 안내입니다.") and "program page" in en
