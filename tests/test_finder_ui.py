"""The "맞춤 사업 찾기" tab's handlers on the real seed-article index: cards, input errors, the counselors' table."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from assistant.programs.public import OPEN_WORDS

from assistant.ui.catalog import FIELD_NAMES_KO, TABLE_COLUMNS, catalog_entries, catalog_rows, export_csv, table_row
from assistant.ui.finder import find_cards
from browser_support import CHROMEDRIVER, CHROMIUM, running_app
from browser_support import chrome as korean_chrome

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


@pytest.mark.parametrize("flags, given", [
    (["--region", "아틀란티스"], {"region": "아틀란티스"}),
    (["--age", "200"], {"age": 200}),
    (["--business-years", "-1"], {"business_years": -1}),
])
def test_find_and_the_tab_refuse_the_same_facts_with_the_same_korean_words(knowledge_assistant, flags, given):
    """One Situation builder behind `find`, /api/find and the tab: the CLI prints its message, the tab shows it."""
    import subprocess
    import sys

    from assistant.programs.situations import SituationError, build_situation

    with pytest.raises(SituationError) as refused:
        build_situation(**given)
    message = str(refused.value)
    assert any("가" <= ch <= "힣" for ch in message)
    run = subprocess.run([sys.executable, "-m", "assistant", "find", *flags, "--index-dir",
                          str(knowledge_assistant.settings.index_dir)],
                         cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and run.stderr.strip() == f"error: {message}"
    form = {"age": str(given.get("age", "")), "residence": given.get("region", ""),
            "business_years": str(given.get("business_years", ""))}
    shown = find_cards(knowledge_assistant, form["age"], form["residence"], "모름", [],
                       business_years=form["business_years"])
    if "business_years" not in given:  # the form reads "-1" as unreadable text before the builder sees it
        assert message in shown.replace("&#x27;", "'")


def test_a_wrong_date_or_choice_is_refused_in_korean():
    from assistant.programs.situations import SituationError, build_situation

    for given in ({"date": "2026/01/01"}, {"status": "학생"}, {"gender": "기타"}, {"groups": ["외계인"]}):
        with pytest.raises(SituationError, match="[가-힣]"):
            build_situation(**given)
    assert build_situation(27, "의정부시", "미취업", [], "2026-12-03").date == dt.date(2026, 12, 3)


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
    missing = TABLE_COLUMNS.index("없는 항목")
    assert incomplete and all(r[missing] for r in incomplete)  # each names the fields its document does not state
    named = {name.strip() for r in incomplete for name in r[missing].split(",")}
    assert named <= set(FIELD_NAMES_KO.values()), named  # in Korean, never the English field keys
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


# --- The tab in Debian's headless chromium, over a small index of real dev policies ---------------------------

DEV_POLICIES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "youth-policies" / "policies-dev.json"
WOMEN_ONLY = "충북 청년여성 일자리 플랫폼 운영"  # a 충청북도 program for women (미취업, 만 19~39세)
TAB_RECORDS = 30  # records whose places cover 충주 (the women's program among them), closed ones included

browser = pytest.mark.skipif(not CHROMIUM.exists() or not CHROMEDRIVER.exists() or not DEV_POLICIES.exists(),
                             reason="needs Debian's chromium and chromium-driver and ../shared's dev policies")


@pytest.fixture(scope="module")
def policy_app(tmp_path_factory, analyzer, embedder):
    """`python app.py` on a free port over an index of dev records a 충주 resident could be offered."""
    import json

    from assistant.config import load_settings
    from assistant.index.build import run_ingest
    from assistant.language.regions import load_regions
    from assistant.programs.records import region_names

    regions = load_regions()
    chungju = regions.resolve("충주시")
    records = json.loads(DEV_POLICIES.read_text(encoding="utf-8"))
    covering = [r for r in records if any(n == "전국" or regions.covers(n, chungju)
                                          for n in region_names(r, regions))]
    women = [r for r in covering if r["plcyNm"] == WOMEN_ONLY]
    chosen = women + [r for r in covering if r["plcyNm"] != WOMEN_ONLY][: TAB_RECORDS - 1]
    chosen.append(_closed_this_year(next(r for r in chosen[1:] if _admits_anyone_27_in_chungju(r, regions))))
    scratch = tmp_path_factory.mktemp("finder-app")
    (scratch / "knowledge").mkdir()
    (scratch / "knowledge" / "policies.json").write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
    settings = load_settings({}, index_dir=scratch / "index", source_dir=scratch / "knowledge")
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    with running_app(scratch, settings.index_dir, scratch / "knowledge") as url:
        yield url


CLOSED_THIS_YEAR = " (올해 마감)"


def _admits_anyone_27_in_chungju(record: dict, regions) -> bool:
    """Whether the finder calls the record eligible for a 27-year-old job seeker in 충주, whatever the gender."""
    from assistant.documents.policies import policy_document
    from assistant.programs.catalog import programs_in
    from assistant.programs.finder import Situation, judge

    programs = programs_in(policy_document(record, f"p.json#{record['plcyNo']}", regions), regions)
    return bool(programs) and all(judge(programs[0], Situation(27, "충주시", "미취업", (), gender=g), regions.resolve("충주시"),
                                        regions).verdict == "eligible" for g in ("여성", "남성", None))


def _closed_this_year(record: dict) -> dict:
    """A copy of a dev record whose period ended yesterday in Korea (the 2024-2025 records are earlier years',
    listed with their year; only a period closed this year is folded under 마감된 사업)."""
    from assistant.programs.finder import today_in_korea

    today = today_in_korea()
    end = today - dt.timedelta(days=1)
    start = max(end - dt.timedelta(days=20), dt.date(end.year, 1, 1))
    return {**record, "plcyNo": record["plcyNo"][:-1] + "9", "plcyNm": record["plcyNm"] + CLOSED_THIS_YEAR,
            "aplyYmd": f"{start:%Y%m%d} ~ {end:%Y%m%d}"}


@pytest.fixture
def chrome():
    with korean_chrome("ko-KR") as driver:
        yield driver


def _search(driver, gender: str) -> list[dict]:
    """Choose the gender, press 찾기, and read the cards shown before any fold: title, verdict, open state."""
    import time

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    radio = driver.find_element(By.XPATH, f"//*[@id='jq-find-gender']//label[contains(., '{gender}')]")
    radio.click()
    driver.find_element(By.ID, "jq-find").click()
    said = "" if gender == "모름" else gender  # the header names the gender the cards were found for
    header = f"#jq-find-results .jq-find-count[data-gender='{said}']"
    WebDriverWait(driver, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, header)))
    time.sleep(0.5)
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('#jq-find-results > div .jq-program, #jq-find-results .jq-program'))
          .filter(c => !c.closest('details.jq-more, details.jq-closed'))
          .map(c => ({title: c.firstElementChild.textContent, verdict: c.dataset.verdict, open: c.dataset.open,
                      text: c.innerText}));""")


@pytest.mark.browser
@pytest.mark.slow
@browser
def test_choosing_a_gender_changes_the_cards_and_closed_programs_stay_folded(policy_app, chrome):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    chrome.get(policy_app)
    tab = (By.XPATH, "//button[@role='tab'][contains(., '맞춤 사업 찾기')]")
    WebDriverWait(chrome, 60).until(ec.element_to_be_clickable(tab)).click()
    field = "#{0} textarea, #{0} input"
    WebDriverWait(chrome, 30).until(ec.element_to_be_clickable((By.CSS_SELECTOR, field.format("jq-find-age")))).send_keys("27")
    chrome.find_element(By.CSS_SELECTOR, field.format("jq-find-place")).send_keys("충주시")
    from selenium.webdriver.common.keys import Keys

    status = chrome.find_element(By.CSS_SELECTOR, "#jq-find-status input")
    status.click()
    status.send_keys(Keys.CONTROL, "a")
    status.send_keys("미취업", Keys.ENTER)
    unsaid = _search(chrome, "모름")
    women = _search(chrome, "여성")
    men = _search(chrome, "남성")
    for shown in (unsaid, women, men):
        assert 0 < len(shown) <= 10  # ten at most before "더 보기"
        assert all(card["open"] != "closed" for card in shown), shown  # closed ones are folded away
    verdict = {label: next((c["verdict"] for c in shown if c["title"] == WOMEN_ONLY), None)
               for label, shown in (("unsaid", unsaid), ("women", women), ("men", men))}
    assert verdict["women"] == "eligible" and verdict["unsaid"] != "eligible" and verdict["men"] is None, verdict
    dated = [card for card in unsaid if card["open"] == "dated"]
    assert dated and all("년 기준 — 올해 운영 여부 확인" in card["text"] for card in dated)  # an earlier year's, listed
    from assistant.programs.finder import today_in_korea

    if today_in_korea() > dt.date(today_in_korea().year, 1, 1):  # on 1 January nothing has closed this year yet
        folded = chrome.find_elements(By.CSS_SELECTOR, "#jq-find-results details.jq-closed")
        assert folded and "마감된 사업 (1개)" in folded[0].text  # the one closed this year, under its own fold


def test_a_program_known_only_from_an_earlier_year_is_listed_with_its_year_never_as_applicable_now(knowledge_assistant):
    """The seed articles speak of 2011-2023: in December 2026 the tab lists their programs (not folded as 마감),
    each with its year, and counts none of them as 신청 가능."""
    import re

    shown = find_cards(knowledge_assistant, "27", "서울 강남구", "미취업", [], today=dt.date(2026, 12, 3))
    dated = re.findall(r'<div class="jq-program" data-open="dated"[^>]*>.*?</div><div>(.*?)</div>', shown)
    assert dated and all(re.search(r"· 20[12]\d년 기준 — 올해 운영 여부 확인$", line) for line in dated), dated
    assert not any(line.startswith("신청 가능") for line in dated)
    assert "신청 가능 0개" in shown and "jq-closed" not in shown


def test_the_catalog_shows_the_title_with_its_link_the_amount_and_whether_it_is_open(knowledge_assistant):
    program = next(p for p in knowledge_assistant.catalog() if p.title == "강남 취업경진대회")
    source = TABLE_COLUMNS.index("출처")
    row = catalog_rows(knowledge_assistant, text="강남 취업경진대회", today=DAY)[0]
    assert program.source not in row[source] and row[source].strip()  # the document's title, never its file name
    assert row[TABLE_COLUMNS.index("모집 상태")] in OPEN_WORDS.values()  # one of the finder's own open states
    entry = catalog_entries(knowledge_assistant, text="강남 취업경진대회", today=DAY)[0]
    linked = table_row({**entry, "url": "https://www.gangnam.go.kr/notice/1", "document_title": "강남구 [공고]"})
    assert linked[source] == "[강남구 \\[공고\\]](https://www.gangnam.go.kr/notice/1)"
    plain = table_row({**entry, "url": "https://www.gangnam.go.kr/notice/1"}, linked=False)
    assert plain[source].endswith("<https://www.gangnam.go.kr/notice/1>")


def test_the_amount_and_the_open_state_read_as_a_person_says_them():
    from assistant.ui.catalog import amount_text

    assert amount_text({"text": "면접 1회당 5만원", "amount": 50000, "unit": "회", "cap": False}) == "5만원 (1회당)"
    assert amount_text({"text": "최대 300만원", "amount": 3000000, "unit": "", "cap": True}) == "최대 300만원"
    assert amount_text({"text": "교육 지원"}) == "" and amount_text(None) == ""


def test_a_province_lists_its_cities_programs_and_each_place_is_named_once(knowledge_assistant):
    from assistant.ui.catalog import place_choices

    places = TABLE_COLUMNS.index("지역")
    seoul = catalog_rows(knowledge_assistant, region="서울특별시")
    gangnam = catalog_rows(knowledge_assistant, region="서울특별시 강남구")
    assert any(r[0] == "강남 취업경진대회" for r in seoul)  # the province holds its districts' programs
    assert {r[0] for r in gangnam} <= {r[0] for r in seoul} | {r[0] for r in catalog_rows(knowledge_assistant) if "전국" in r[places]}
    choices = place_choices(knowledge_assistant)
    assert len(choices) == len(set(choices)) and not {"중구", "동구", "서구", "남구", "북구", "강서구"} & set(choices)
