"""What a resident sees of a long program list, and what staff see of an evaluation, in Debian's headless chromium
(issue 22: citizens 4, staff 2).

One app over the seed articles and real dev policies a 27-year-old job seeker in 충주 can apply for (more than the
chat lists at once), with staff login on and a three-question gold set of the seed articles for 평가.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest

from browser_support import NEEDS_CHROMIUM, REPO, chrome, open_tab, running_app, screen, wait
from evals.policy_corpus import copy_seed_articles

DEV_POLICIES = REPO.parent.parent / "shared" / "data" / "youth-policies" / "policies-dev.json"
if not DEV_POLICIES.exists():
    DEV_POLICIES = Path("/work/shared/data/youth-policies/policies-dev.json")
pytestmark = [pytest.mark.browser, pytest.mark.slow, NEEDS_CHROMIUM,
              pytest.mark.skipif(not DEV_POLICIES.exists(), reason="needs ../shared's dev policies")]
STAFF = ("staff", "correct horse")
LIST_QUESTION = "충주에 사는 27살 미취업인데 신청할 수 있는 사업 뭐 있어요?"
RECORDS = 24  # dev records whose places cover 충주: more than the ten a chat list shows
GOLD_IDS = ("q001", "q002", "q003")  # seed-article questions of evals/gold.jsonl


@pytest.fixture(scope="module")
def app(knowledge_settings, analyzer, embedder, tmp_path_factory):
    from assistant.config import load_settings
    from assistant.index.build import run_ingest
    from assistant.language.regions import load_regions
    from assistant.programs.records import region_names

    regions = load_regions()
    chungju = regions.resolve("충주시")
    records = json.loads(DEV_POLICIES.read_text(encoding="utf-8"))
    covering = [r for r in records if any(n == "전국" or regions.covers(n, chungju) for n in region_names(r, regions))]
    scratch = tmp_path_factory.mktemp("lists-and-reports")
    knowledge = copy_seed_articles(scratch / "knowledge", REPO / "knowledge")
    (knowledge / "policies.json").write_text(json.dumps(covering[:RECORDS], ensure_ascii=False), encoding="utf-8")
    shutil.copytree(knowledge_settings.index_dir, scratch / "index")  # ingest reuses the seed vectors
    settings = load_settings({}, index_dir=scratch / "index", source_dir=knowledge)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    evals = scratch / "evals"
    (evals / "out").mkdir(parents=True)
    gold = [line for line in (REPO / "evals" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["id"] in GOLD_IDS]
    (evals / "gold.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    with running_app(scratch, scratch / "index", knowledge, evals=evals,
                     env={"JOBQA_STAFF_USER": STAFF[0], "JOBQA_STAFF_PASSWORD": STAFF[1]}) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chrome("ko-KR", 1280, 900) as driver:
        yield driver


def _open(driver, url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver.get(url)
    wait(driver, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-question textarea")))
    time.sleep(1)


def _ask(driver, question: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    driver.find_element(By.CSS_SELECTOR, "#jq-question textarea").send_keys(question, Keys.ENTER)
    wait(driver).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-actions")))
    wait(driver).until(ec.invisibility_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-typing")))
    return driver.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable")[-1]


@pytest.mark.parametrize("width,height,phone", [(1280, 900, False), (390, 844, True)], ids=["desktop", "phone"])
def test_a_program_list_shows_one_card_per_program_and_more_opens_the_finder_with_the_question_facts(
        app, browser, width, height, phone):
    """Citizens 4: each listed program has one source card (its other quotes folded), and "N개 더 보기" is a button
    that opens 맞춤 사업 찾기 with the question's age, place and status filled in and the whole list found."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    screen(browser, width, height, phone=phone)
    _open(browser, app)
    answer = _ask(browser, LIST_QUESTION)
    listed = [line for line in answer.find_element(By.CSS_SELECTOR, ".jq-answer").text.splitlines() if line.startswith("•")]
    assert len(listed) == 10, listed
    cards = answer.find_elements(By.CSS_SELECTOR, ".jq-sources > .jq-source")
    folded = answer.find_elements(By.CSS_SELECTOR, ".jq-sources details.jq-more-sources .jq-source")
    assert len(cards) == len(listed), [c.text.splitlines()[0] for c in cards]  # one card per program
    assert folded and all(not c.is_displayed() for c in folded)  # the rest folded
    summary = answer.find_element(By.CSS_SELECTOR, "details.jq-more-sources > summary").text
    assert summary == f"같은 문서의 다른 인용 {len(folded)}건", summary
    more = answer.find_element(By.CSS_SELECTOR, ".jq-answer button.jq-more-programs")
    shown_more = int(re.fullmatch(r"(\d+)개 더 보기", more.text).group(1))
    left, right = browser.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right]", more)
    assert 0 <= left and right <= width  # the button fits the screen
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", more)
    more.click()
    count = wait(browser, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-find-results .jq-find-count")))
    assert browser.find_element(By.CSS_SELECTOR, "#jq-find-age input, #jq-find-age textarea").get_attribute("value") == "27"
    assert browser.find_element(By.CSS_SELECTOR, "#jq-find-place input, #jq-find-place textarea").get_attribute("value") == "충주"
    assert browser.find_element(By.CSS_SELECTOR, "#jq-find-status input").get_attribute("value") == "미취업"
    found = int(re.match(r"(\d+)개 사업", count.text).group(1))
    assert found == len(listed) + shown_more, (count.text, shown_more)  # the whole list the chat shortened
    titles = browser.execute_script("return Array.from(document.querySelectorAll('#jq-find-results .jq-program'))"
                                    ".map(c => c.firstElementChild.textContent)")
    assert all(any(line[2:].startswith(t.strip()[:8]) for t in titles) for line in listed)


def test_staff_run_the_evaluation_and_read_each_question_in_korean_in_the_page(app, browser):
    """Staff 2: 평가 실행 shows, in the page and in Korean, the figures and each question with the facts expected,
    the app's answer, its citations and the verdict; the same rows download as CSV."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    screen(browser, 1280, 900)
    _open(browser, app)
    open_tab(browser, "직원")
    user = (By.CSS_SELECTOR, "#jq-staff-user textarea, #jq-staff-user input")
    wait(browser, 30).until(ec.element_to_be_clickable(user)).send_keys(STAFF[0])
    browser.find_element(By.CSS_SELECTOR, "#jq-staff-password input").send_keys(STAFF[1])
    browser.find_element(By.ID, "jq-staff-login").click()
    wait(browser, 30).until(ec.element_to_be_clickable((By.XPATH, "//button[@role='tab'][normalize-space()='평가']"))).click()
    browser.find_element(By.XPATH, "//button[normalize-space()='평가 실행']").click()
    wait(browser, 300).until(ec.text_to_be_present_in_element((By.ID, "jq-eval-report"), "문항 중"))
    report = browser.find_element(By.ID, "jq-eval-report")
    text = report.text
    assert re.search(r"3문항 중 \d문항 통과", text), text
    for figure in ("정답률", "근거 검색", "출처 정확도", "응답 시간"):
        assert figure in text
    assert "/" + "evals" not in text and ".json" not in text  # no server file path
    headers = [th.text for th in report.find_elements(By.CSS_SELECTOR, "table.jq-eval-questions th")]
    assert headers == ["번호", "질문", "기대한 사실", "앱의 답", "출처", "판정", "이유"], headers
    rows = {r.find_elements(By.TAG_NAME, "td")[0].text: [td.text for td in r.find_elements(By.TAG_NAME, "td")]
            for r in report.find_elements(By.CSS_SELECTOR, "table.jq-eval-questions tr") if r.find_elements(By.TAG_NAME, "td")}
    assert set(rows) == set(GOLD_IDS), rows
    first = rows["q001"]
    assert first[1] == "수원시 시니어 기술창업센터는 언제 개소했나요?" and "2011년 3월" in first[2]
    assert first[3] and re.search(r"\[1\] \S", first[4]) and first[5] in ("통과", "실패")
    browser.find_element(By.XPATH, "//button[normalize-space()='보고서 내려받기 (CSV)']").click()
    link = wait(browser, 60).until(ec.presence_of_element_located((By.CSS_SELECTOR, "#jq-eval-file a")))
    assert link.get_attribute("href").endswith(".csv")
