"""The English layer: which English questions are asked in Korean, and the English frame around Korean lines."""

from __future__ import annotations

from assistant.language.english import asked_in_korean, english_line


def test_a_question_about_what_someone_can_apply_for_is_asked_in_korean_with_their_facts():
    korean, asks = asked_in_korean("What job programs can a 25-year-old in Seoul apply for?")
    assert asks == "programs" and "서울특별시" in korean and "25살" in korean and "신청할 수 있는" in korean
    korean, _ = asked_in_korean("I'm 27 and unemployed in Suwon, what can I apply for?")
    assert "수원시" in korean and "27살" in korean and "미취업" in korean


def test_a_detail_of_a_named_program_is_asked_in_korean_and_anything_else_is_left_alone():
    assert asked_in_korean("How much is the interview allowance in Gyeonggi?") == ("경기도 면접수당은 얼마예요?", "amount")
    assert asked_in_korean("When is the deadline for the job seeking allowance in Seoul?")[1] == "period"
    for question in ("Who can move into Suwon's startup support center?", "What job programs does Busan offer?",
                     "What does the 고양 job center do?", "경기도 면접수당은 얼마예요?", "Hi"):
        assert asked_in_korean(question) is None, question


def test_a_list_line_keeps_its_korean_quote_marked_and_says_its_state_in_english():
    line = "• 취업날개 서비스 지원 — 2,123백만원 (지방비 100%) (신청 기간 미상) · 취업 상태 확인 필요 (대상: 고등학생) [7] [8]"
    shown = english_line(line)
    assert shown.startswith("• 취업날개 서비스 지원 — 2,123백만원 (지방비 100%) (원문) — application period not stated")
    assert "check your employment status (for: 고등학생 (원문))" in shown and shown.endswith("[7] [8]")
    assert english_line("12개 더 보기: '맞춤 사업 찾기' 탭에서 전체 목록을 볼 수 있어요.").startswith("12 more:")


def test_an_english_question_naming_a_program_in_korean_is_asked_in_korean_about_that_name():
    assert asked_in_korean("How old can I be to join 서울 매력일자리?") == ("서울 매력일자리는 몇 살까지 신청할 수 있어요?", "age")
    assert asked_in_korean("What is the application deadline for the 광주‧전남 합동 채용설명회?") == (
        "광주‧전남 합동 채용설명회 신청 기간은 언제예요?", "period")
    assert asked_in_korean("Can a 45-year-old apply for 서울 매력일자리?") == ("서울 매력일자리는 45살도 신청할 수 있어요?", "age_check")
    for question in ("What does the 고양 job center do?", "서울 매력일자리는 몇 살까지예요?",
                     "Is 수원 closer to 고양 than 의정부?"):
        assert asked_in_korean(question) is None, question


def test_english_around_a_korean_name_is_told_from_korean_naming_latin_words():
    from assistant.language.english import english_around_korean

    assert english_around_korean("Tell me about 서울 매력일자리")
    assert english_around_korean("Is there parking at the 수원 일자리센터?")
    for korean in ("K-Move IT 과정 신청 방법?", "서울 매력일자리는 몇 살까지 신청할 수 있어요?", "How old are you?"):
        assert not english_around_korean(korean), korean
