"""Korean text handling: the number forms, spacing and morphemes that decide what matches what."""

import pytest

from assistant.language.korean import KoreanAnalyzer, normalize_numbers


@pytest.fixture(scope="module")
def analyzer():
    return KoreanAnalyzer()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2만500개", "20500개"),
        ("1만 2000여개", "12000여개"),
        ("12,000명", "12000명"),
        ("7천만 원", "70000000 원"),
        ("3만3,574건", "33574건"),
        ("13만2천200명에서 15만700명", "132200명에서 150700명"),
        ("6백여개", "600여개"),
        ("만 18~32세", "만 18~32세"),
        ("2016년 7월 11일", "2016년 7월 11일"),
        ("031-909-9000", "031-909-9000"),
    ],
)
def test_number_forms_become_digits(text, expected):
    assert normalize_numbers(text) == expected


def test_same_amount_written_two_ways_gives_same_terms(analyzer):
    assert "12000" in analyzer.terms("총 1만 2000여개를 창출")
    assert "12000" in analyzer.terms("12,000개 일자리")


def test_place_suffix_dropped_so_bare_and_full_names_match(analyzer):
    assert "수원" in analyzer.terms("수원시 일자리센터")
    assert "수원" in analyzer.terms("수원 일자리센터")


def test_question_words_and_endings_are_not_terms(analyzer):
    terms = analyzer.terms("고양시에 경력단절 여성 취업 도와주는 데 있어요?")
    assert {"고양", "경력", "단절", "여성", "취업"} <= set(terms)
    assert not {"있", "데", "어요"} & set(terms)


def test_spacing_slip_is_repaired(analyzer):
    assert analyzer.respace("수원시창업센터어디있어요").count(" ") >= 2


def test_sentence_offsets_point_into_the_text(analyzer):
    text = "첫 문장이다. 둘째 문장!\n셋째 줄"
    sentences = analyzer.sentences(text)
    assert [s.text for s in sentences] == ["첫 문장이다.", "둘째 문장!", "셋째 줄"]
    assert all(text[s.start : s.end] == s.text for s in sentences)
