"""What a prose question asks, read from its focus, and which sentence answers it.

A noun naming a kind of value ("자금", "전화") sets the kind only when it is what is asked, "몇 개" takes any
counter, a share may be a fraction, and the sentence that repeats the question's phrases as written answers
before one that only names the same things."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import ExtractiveAnswerer
from assistant.language.questions import analyze
from assistant.types import Chunk, DocumentMeta, Hit


def _passage(text: str, title: str, document_id: str = "doc") -> Hit:
    chunk = Chunk(chunk_id=f"{document_id}:0", document_id=document_id, index=0, text=text, start=0, end=len(text),
                  source=f"{document_id}.txt", meta=DocumentMeta(title=title))
    return Hit(chunk, 1.0)


@pytest.mark.parametrize("question, kind", [
    # the kind noun is part of the scene; what is asked comes after it
    ("정치자금 수입명세서를 입수해 의원의 불법 후원금을 보도한 언론은?", "general"),
    ("시계와 전화 기능을 갖춘 아이템은?", "general"),
    ("비자금을 수사하여 처벌한 전직 대통령은?", "general"),
    ("교원의 정치자금 기부를 금지한 규정이 처음 제정된 연도는?", "date"),
    ("4천억 비자금설이 밝혀지게 된 출처는 누구인가?", "person"),
    # the kind noun is what is asked
    ("청년 창업 지원 금액은 얼마예요?", "amount"),
    ("구직촉진수당 금액은 월 얼마?", "amount"),
    ("창업 자금 지원 한도는?", "amount"),
    ("센터 전화번호는 몇 번이에요?", "phone"),
    ("면접수당 나이 제한 있어요?", "age"),
])
def test_a_kind_noun_sets_the_kind_only_as_the_questions_focus(analyzer, question, kind):
    assert analyze(question, analyzer).answer_type == kind


def test_a_question_about_a_scene_with_money_in_it_is_answered_not_refused(analyzer):
    answerer = ExtractiveAnswerer(analyzer, {"__chunks__": 100})
    text = ("정치자금 수입명세서를 입수한 오마이뉴스는 일부 기부자의 직업이 교원으로 표시되어 있다고 보도했다. "
            "의원 측은 이에 대해 해명하지 않았다.")
    answer = answerer.answer(analyze("정치자금 수입명세서를 입수해 보도한 언론은?", analyzer), [_passage(text, "의원")])
    assert not answer.abstained and "오마이뉴스" in answer.text


@pytest.mark.parametrize("text, question, value", [
    ("케이스 상단의 모퉁이에는 각각 215 × 90 cm 의 태양 전지 패널이 4매 장착되어 있다. 패널은 접혀서 발사되었다.",
     "케이스 상단 모퉁이에 장착된 태양 전지 패널은 몇 개인가?", "4매"),
    ("기본 색상은 블랙 사파이어, 화이트 펄, 골드 플래티넘, 실버 티타늄으로 총 4종이다. 출고가는 지역마다 다르다.",
     "이 휴대전화의 기본 색상은 몇 가지인가?", "4종"),
])
def test_how_many_is_answered_in_the_counter_the_thing_takes(analyzer, text, question, value):
    answerer = ExtractiveAnswerer(analyzer, {"__chunks__": 100})
    answer = answerer.answer(analyze(question, analyzer), [_passage(text, "탐사선")])
    assert not answer.abstained and value in answer.text


def test_how_many_is_not_answered_by_a_year_or_a_sum(analyzer):
    answerer = ExtractiveAnswerer(analyzer, {"__chunks__": 100})
    text = "패널은 2007년에 설계되었다. 패널의 제작에는 4천억 원이 들었다."
    assert answerer.answer(analyze("태양 전지 패널은 몇 개인가?", analyzer), [_passage(text, "탐사선")]).abstained


def test_a_share_may_be_written_as_a_fraction(analyzer):
    answerer = ExtractiveAnswerer(analyzer, {"__chunks__": 100})
    text = ("세계적으로도 긴 강들이 티베트 고원에서 발원한다. "
            "이들 강들은 전 세계에서 유실되는 토양의 1/4을 침식하여 수송하고 있다.")
    answer = answerer.answer(analyze("티베트 고원에서 발원하는 강들이 유실되는 토양 중 차지하는 비율은?", analyzer),
                             [_passage(text, "티베트 고원")])
    assert not answer.abstained and "1/4" in answer.text


def test_the_sentence_repeating_the_questions_phrase_answers_before_one_naming_the_same_things(analyzer):
    answerer = ExtractiveAnswerer(analyzer, {"__chunks__": 100})
    text = "ESP는 시그네처 기타가 가장 많은 브랜드로도 유명하다. ESP의 첫 시그네처 기타는 조지 린치의 ESP Kamikaze이다."
    answer = answerer.answer(analyze("ESP의 첫 시그네처 기타는?", analyzer), [_passage(text, "ESP")])
    assert not answer.abstained and "조지 린치" in answer.text
    assert "브랜드" not in answer.text.split("[1]")[0]  # the brand sentence is not what answers


def test_a_quoted_opening_the_splitter_left_with_the_sentence_before_is_quoted_with_its_own(analyzer):
    from assistant.language.discourse import quote_openings_moved

    text = ("5월 1일, 바니야스는 시위대가 장악한 남부와 정부 지배하의 북부로 분열된 상태에 놓였다. "
            "\"저항의 날\"로 선언한 5월 6일에는 금요일 예배 이후 시민 수백 명이 시가 행진을 벌였다.")
    moved = quote_openings_moved(text, analyzer.sentences(text))
    assert [s.text for s in moved][-1].startswith("\"저항의 날\"로 선언한")
    assert all(text[s.start:s.end] == s.text for s in moved)  # still spans of the passage, so citable
    answerer = ExtractiveAnswerer(analyzer, {"__chunks__": 100})
    answer = answerer.answer(analyze("5월 6일은 무슨 날로 선언했는가?", analyzer), [_passage(text, "시리아")])
    assert not answer.abstained and "저항의 날" in answer.text
    assert answer.citations[0].snippet in text
