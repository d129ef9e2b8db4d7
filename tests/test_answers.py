"""End to end over the real knowledge/: the facts asked for, the right source first, honest refusals."""

import pytest

from assistant.language.korean import normalize_numbers

SOURCES = {
    "suwon": "000_3e53feb907e695fd.txt",
    "daejeon": "001_1a5e258c03fa5bd7.txt",
    "goyang": "002_c72173dde1e6d9a0.txt",
    "seoul": "003_42356f59f6b58290.txt",
    "uijeongbu": "004_f7151f5f38947686.txt",
}


@pytest.mark.parametrize(
    "question, facts, source",
    [
        ("대전시 올해 일자리 목표가 몇 개예요?", ["20500"], "daejeon"),
        ("수원시 시니어 기술창업센터는 언제 문 열었어?", ["2011년 3월"], "suwon"),
        ("수원시 K-Move 스쿨은 몇 명을 뽑아요?", ["30명"], "suwon"),
        ("의정부 청년일자리 플랫폼으로 몇 명이 취업했어?", ["656명"], "uijeongbu"),
        ("의정부시 여성 고용률은 얼마나 올랐어요?", ["58.2%"], "uijeongbu"),
        ("대전시 창업공간 무료로 주나요?", ["9.9㎡"], "daejeon"),
        ("서울시 자치구 일자리 평가에서 최우수구는 어디야?", ["마포구"], "seoul"),
    ],
)
def test_answer_carries_the_fact_and_cites_the_right_source_first(knowledge_assistant, question, facts, source):
    answer = knowledge_assistant.ask(question)
    assert not answer.abstained, answer.text
    text = normalize_numbers(answer.text).replace(" ", "")
    for fact in facts:
        assert normalize_numbers(fact).replace(" ", "") in text, (fact, answer.text)
    assert answer.citations[0].source == SOURCES[source]
    assert "[1]" in answer.text


def test_every_citation_quotes_its_passage_exactly(knowledge_assistant):
    answer = knowledge_assistant.ask("수원시 채용박람회에 몇 개 기업이 참여했어요?")
    assert answer.citations
    for c in answer.citations:
        assert c.snippet and c.snippet in c.passage
        assert c.title and c.municipality and c.publisher
        assert f"[{c.number}]" in answer.text


def test_old_source_says_its_age_and_that_it_may_have_changed(knowledge_assistant):
    answer = knowledge_assistant.ask("수원시 시니어 기술창업센터는 언제 문 열었어?")
    assert any("2015년 기사 기준" in n and "바뀌었을 수" in n for n in answer.notes)


def test_undated_source_says_its_date_is_unknown(knowledge_assistant):
    answer = knowledge_assistant.ask("대전시 올해 일자리 목표가 몇 개예요?")
    assert any("확인되지 않은" in n for n in answer.notes)


@pytest.mark.parametrize(
    "question, reason",
    [
        ("부산시 청년 일자리 지원 알려줘", "no_place"),
        ("제주도 취업 지원 프로그램 있나요?", "no_place"),
        ("오늘 날씨 어때?", "off_topic"),
        ("수원시 일자리센터 전화번호 알려줘", "not_stated"),
        ("", "empty"),
        ("🙂🙂🙂", "not_a_question"),
        ("가" * 2500, "too_long"),
    ],
)
def test_uncovered_questions_are_refused_without_citations(knowledge_assistant, question, reason):
    answer = knowledge_assistant.ask(question)
    assert answer.abstained
    assert answer.reason == reason
    assert answer.citations == ()
    assert answer.text  # a polite sentence, not an empty string


def test_english_question_is_answered_from_korean_sources(knowledge_assistant):
    answer = knowledge_assistant.ask("How many people got jobs through Uijeongbu's youth job platform?")
    assert not answer.abstained, answer.text
    assert "656" in answer.text
    assert answer.citations[0].source == SOURCES["uijeongbu"]


def test_english_refusal_is_in_english(knowledge_assistant):
    answer = knowledge_assistant.ask("What job programs does Busan offer?")
    assert answer.abstained
    assert "documents" in answer.text


def test_municipality_filter_keeps_other_cities_out(knowledge_assistant):
    hits = knowledge_assistant.retrieve("일자리 목표", k=5, municipality="수원시")
    assert hits and all(h.chunk.meta.municipality == "수원시" for h in hits)


def test_year_filter(knowledge_assistant):
    hits = knowledge_assistant.retrieve("일자리 창출", k=5, year_from=2020)
    assert hits and all(h.chunk.meta.published_year >= 2020 for h in hits)


def test_followup_leans_on_previous_turn(knowledge_assistant):
    history = [("의정부시 청년일자리 플랫폼 사업이 뭐예요?", "…")]
    answer = knowledge_assistant.ask("그럼 몇 명이 취업했어요?", history=history)
    assert not answer.abstained, answer.text
    assert "656" in answer.text


def test_a_document_about_several_municipalities_matches_each_of_them():
    from types import SimpleNamespace

    from assistant.index.retrieval import Filters
    from assistant.types import Chunk, DocumentMeta

    def chunk(i, municipality):
        return Chunk(f"d:{i}", "d", i, "본문", 0, 2, "a.txt", DocumentMeta(municipality=municipality))

    from assistant.index.store import Generation

    generation = SimpleNamespace(chunks=[chunk(0, "고양시;파주시"), chunk(1, "수원시"), chunk(2, "파주시")], _columns={})
    generation.column = lambda name: Generation.column(generation, name)
    assert Filters("파주시").mask(generation).tolist() == [True, False, True]
    assert Filters("고양시").mask(generation).tolist() == [True, False, False]
    assert Filters("고양").mask(generation).tolist() == [False, False, False]


def test_a_question_mixing_english_and_a_korean_name_is_answered_in_english(knowledge_assistant):
    from assistant.language.questions import detect_language

    question = "What does the 고양 job center do?"
    answer = knowledge_assistant.ask(question)
    assert detect_language(question) == "en"
    assert not answer.abstained, answer.text
    assert answer.text.startswith("The documents (in Korean) say:"), answer.text
    assert answer.notes and all(n.split("] ", 1)[1].startswith("Based on") for n in answer.notes), answer.notes
