"""Cleaning: site chrome and repeated blocks out, article paragraphs in; never raises, never invents."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.documents.cleaning import clean_text, is_boilerplate

ARTICLE = "\n".join([
    "로그인", "회원가입", "메뉴",
    "고양시, 청년 일자리 500개 만든다",
    "입력 2024.03.02 10:00", "이 기사를 공유합니다", "글자크기", "",
    "고양시는 올해 청년 일자리 500개를 만들기로 했다고 2일 밝혔다.",
    "",
    "• 신청: 고양시 일자리센터 031-8075-4000",
    "고양시는 올해 청년 일자리 500개를 만들기로 했다고 2일 밝혔다.",  # the article block captured twice
    "", "",
    "저작권자 © 경기일보 무단전재 및 재배포 금지",
    "댓글", "0 / 400", "많이 본 기사", "Copyright © 2024 All rights reserved.",
])


def test_chrome_is_removed_and_article_kept():
    assert clean_text(ARTICLE) == (
        "고양시, 청년 일자리 500개 만든다\n"
        "입력 2024.03.02 10:00\n\n"
        "고양시는 올해 청년 일자리 500개를 만들기로 했다고 2일 밝혔다.\n\n"
        "• 신청: 고양시 일자리센터 031-8075-4000"
    )


def test_short_lines_may_repeat():
    text = "◇ 성과\n첫째 사업 내용이 여기에 있다.\n◇ 성과\n둘째 사업 내용이 여기에 있다."
    assert clean_text(text).splitlines() == text.splitlines()


def test_windows_and_old_mac_line_ends_and_page_breaks_become_lines():
    assert clean_text("첫 줄\r\n둘째 줄\r셋째 줄\x0c넷째 줄\u2028다섯째 줄").splitlines() == [
        "첫 줄", "둘째 줄", "셋째 줄", "넷째 줄", "다섯째 줄"]


def test_control_and_bidi_characters_are_removed():
    text = "수원시\x00 일자리\x07센터\u202e 031\u200b-228\ufeff-3000\x1b[31m"
    assert clean_text(text) == "수원시 일자리센터 031-228-3000[31m"


def test_decomposed_hangul_is_composed():
    assert clean_text("\u1100\u1161\u11a8 고양시") == "각 고양시"


def test_boilerplate_lines():
    for line in ("배너", "• 공유하기", "3", "0 / 400", "ⓒ 경기일보", "관련기사 보기", "-"):
        assert is_boilerplate(line), line
    for line in ("고양시 일자리센터", "2024년 500명", "관련 기사에 따르면 고양시는 청년 500명을 뽑는다."):
        assert not is_boilerplate(line), line


def test_knowledge_articles_lose_no_sentence_they_should_keep():
    folder = Path(__file__).parent.parent / "knowledge"
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        cleaned = clean_text(text)
        assert clean_text(cleaned) == cleaned
        assert len(cleaned) > 0.5 * len(text.strip())


LINE_WORDS = st.sampled_from([
    "고양시 일자리센터 031-8075-4000", "청년 500명을 뽑는다.", "배너", "공유하기", "댓글", "12", "0 / 400",
    "Copyright 2024", "저작권자 © 신문 무단전재 및 재배포 금지", "• ", "◇ 성과", "입력 2024.03.02", "",
    "   ", "  수원시 창업 지원  ", "a", "ⓒ", "관련기사 보기",
])
TEXTS = st.one_of(
    st.lists(LINE_WORDS, max_size=25).map("\n".join),
    st.text(alphabet=st.sampled_from(list("고양시 일자리\n\t.·•-0123ab©")), max_size=300),
)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_property_every_output_line_is_an_input_line(text):
    inputs = {line.strip() for line in text.split("\n")}
    for line in clean_text(text).split("\n"):
        assert line == "" or line in inputs


@settings(max_examples=150, deadline=None)
@given(st.one_of(TEXTS, st.text(max_size=300)))
def test_property_cleaning_is_idempotent_and_never_raises(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\n\n\n" not in once and once == once.strip()
