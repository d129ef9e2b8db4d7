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


@pytest.mark.parametrize("text, things", [
    ("서울 캠퍼스타운 사무실 제공돼요?", {"서울", "캠퍼스", "타운", "사무실"}),  # 제공 made a verb by 되
    ("서울 캠퍼스타운 사무실 제공 돼요?", {"서울", "캠퍼스", "타운", "사무실"}),  # ... the same when spaced apart
    ("회사 다니면서 30살에 해도 돼요?", {"회사"}),  # not a verb's stem (다니) nor a number (30)
    ("구체적으로 뭐 해요?", set()),  # 구체 made a modifier by 적
    ("부담스러워요?", set()),  # 스럽 is tagged XSA-I: still an adjective's suffix
])
def test_things_a_question_names_are_its_nouns_not_what_it_asks_is_done(analyzer, text, things):
    assert analyzer.things(text) == things


def test_a_verb_spaced_apart_makes_no_verb_of_a_noun_when_only_joined_ones_count(analyzer):
    assert "케어" not in analyzer.things("잡케어 해야되나요")
    assert "케어" in analyzer.things("잡케어 해야되나요", joined_only=True)
