"""The "맞춤 사업 찾기" tab's handlers on the real seed-article index: cards, input errors, the counselors' table."""

from __future__ import annotations

import csv
import datetime as dt

from assistant.ui.finder import catalog_rows, export_csv, find_cards

DAY = dt.date(2025, 6, 1)


def test_cards_show_the_verdict_each_condition_and_its_quote(knowledge_assistant):
    shown = find_cards(knowledge_assistant, "27", "서울 강남구", "미취업", [], today=DAY)
    assert "강남 취업경진대회" in shown and "신청 가능" in shown
    assert "나이 조건 만 18~32세 충족" in shown and "만 18~32세의 청년구직자를 대상으로" in shown


def test_an_older_resident_does_not_see_a_program_their_age_fails(knowledge_assistant):
    assert "강남 취업경진대회" not in find_cards(knowledge_assistant, "33", "강남구", "미취업", [], today=DAY)


def test_unreadable_input_gets_one_message_and_no_cards(knowledge_assistant):
    assert "나이 '스물'를 읽지 못했습니다" in find_cards(knowledge_assistant, "스물", "강남구", "모름", [])
    assert "거주지 '아틀란티스'를 찾지 못했습니다" in find_cards(knowledge_assistant, "27", "아틀란티스", "모름", [])


def test_the_tab_and_the_chat_list_the_same_programs(knowledge_assistant):
    answer = knowledge_assistant.ask("27살 취준생인데 강남구 사는데 신청할 수 있는 사업 뭐 있어요?")
    cards = find_cards(knowledge_assistant, "27", "강남구", "미취업", None)
    listed = [line.split(" — ")[0].split(" (")[0].removeprefix("• ") for line in answer.text.splitlines() if line.startswith("• ")]
    assert listed and all(title in cards for title in listed)


def test_counselors_filter_the_catalog_and_export_what_they_see(knowledge_assistant, tmp_path):
    rows = catalog_rows(knowledge_assistant, region="강남구")
    assert any(r[0] == "강남 취업경진대회" for r in rows)
    assert all("수원" not in r[1] for r in rows)
    incomplete = catalog_rows(knowledge_assistant, missing_only=True)
    assert all(r[6] for r in incomplete)  # each names the fields its document does not state
    with open(export_csv(rows, tmp_path), encoding="utf-8-sig") as f:
        table = list(csv.reader(f))
    assert table[0][0] == "사업명" and len(table) == len(rows) + 1


def test_cards_name_the_document_by_its_title_and_link_never_its_stored_file_name(knowledge_assistant):
    import dataclasses

    from assistant.language.regions import load_regions
    from assistant.programs.finder import Situation, judge
    from assistant.ui.finder import card

    shown = find_cards(knowledge_assistant, "27", "서울 강남구", "미취업", [], today=DAY)
    assert "자치구들의 일자리 창출 사업" in shown
    assert not any(p.source in shown for p in knowledge_assistant.catalog())
    program = next(p for p in knowledge_assistant.catalog() if p.title == "강남 취업경진대회")
    linked = dataclasses.replace(program, meta={**program.meta, "url": "https://www.gangnam.go.kr/notice/1"})
    regions = load_regions()
    html_card = card(judge(linked, Situation(27, "강남구", "미취업", (), DAY), regions.resolve("강남구"), regions))
    assert 'href="https://www.gangnam.go.kr/notice/1"' in html_card
