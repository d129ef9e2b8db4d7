"""The app in Debian's headless chromium: ask, see the cited answer, give 👍 with a comment, search, phone width."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from evals.policy_corpus import copy_seed_articles

from browser_support import NEEDS_CHROMIUM, REPO, chrome, running_app
from browser_support import screen as _screen, wait as _wait

QUESTION = "수원시 시니어 기술창업센터는 언제 개소했나요?"
COMPARISON = "대전이랑 수원 중에 어디가 일자리 더 많이 만들었어?"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    NEEDS_CHROMIUM,
]


@pytest.fixture(scope="module")
def app(knowledge_settings, tmp_path_factory):
    """`python app.py` on a free loopback port over the test index; yields (url, feedback db path)."""
    scratch = tmp_path_factory.mktemp("browser-app")
    copy_seed_articles(scratch / "knowledge", REPO / "knowledge")  # the seed articles, not the bundled export
    feedback = scratch / "feedback.sqlite3"
    with running_app(scratch, knowledge_settings.index_dir, scratch / "knowledge", feedback=feedback) as url:
        yield url, feedback


@pytest.fixture
def driver():
    with chrome("ko-KR") as browser:
        yield browser


# Install before clicking a copy button: keeps what the page hands navigator.clipboard.writeText.
CLIPBOARD_SHIM = "window.copied = []; navigator.clipboard.writeText = async (text) => { window.copied.push(text); };"
# [top, bottom] of an element and of the visible part of the box it scrolls in, in viewport pixels.
VISIBLE_IN_BOX = """
const el = arguments[0], box = arguments[1], e = el.getBoundingClientRect(), b = box.getBoundingClientRect();
return [e.top, e.bottom, Math.max(b.top, 0), Math.min(b.bottom, window.innerHeight)];
"""
SCROLL_BOX = """
let box = arguments[0].parentElement;
while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) {
  box = box.parentElement;
}
return box;
"""


def _within(driver, element, box) -> bool:
    top, bottom, box_top, box_bottom = driver.execute_script(VISIBLE_IN_BOX, element, box)
    return box_top - 1 <= top and bottom <= box_bottom + 1


def _ask(driver, url: str, question: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    driver.get(url)
    box = _wait(driver, 60).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#jq-question textarea")))
    box.send_keys(question, Keys.ENTER)
    return _wait(driver).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-sources")))


def _feedback_rows(path: Path) -> list[tuple]:
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return db.execute("SELECT verdict, question, answer, citations, comment FROM feedback").fetchall()


def test_ask_see_sources_and_give_feedback(app, driver, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    url, feedback = app
    sources = _ask(driver, url, QUESTION)
    answer = driver.find_element(By.CSS_SELECTOR, "#jq-chat .jq-answer").text
    assert "2011년 3월" in answer and "[1]" in answer
    assert "일간경기" in sources.text and sources.find_elements(By.TAG_NAME, "mark")

    driver.find_element(By.CSS_SELECTOR, '#jq-chat button[aria-label="좋아요"]').click()
    _wait(driver, 30).until(ec.text_to_be_present_in_element((By.ID, "jq-feedback-note"), "다행입니다"))
    comment = driver.find_element(By.CSS_SELECTOR, "#jq-comment textarea")
    comment.send_keys("개소 날짜를 바로 찾았어요")
    driver.find_element(By.XPATH, "//button[normalize-space()='의견 보내기']").click()
    _wait(driver, 30).until(ec.text_to_be_present_in_element((By.ID, "jq-feedback-note"), "저장되었습니다"))

    driver.save_screenshot(str(tmp_path / "chat.png"))
    (verdict, question, stored_answer, citations, text), = _feedback_rows(feedback)
    assert (verdict, question, text) == ("up", QUESTION, "개소 날짜를 바로 찾았어요")
    assert "2011년 3월" in stored_answer and "000_3e53feb907e695fd.txt" in citations

    requested = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    outside = [r for r in requested if not r.startswith(("http://127.0.0.1", "data:", "blob:"))]
    assert outside == [], "the page fetched something from outside the machine"


def test_search_opens_the_document_with_the_passage_marked(app, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    url, _ = app
    driver.get(url)
    tab = (By.XPATH, "//button[@role='tab'][contains(., '문서 검색')]")
    _wait(driver, 60).until(ec.element_to_be_clickable(tab)).click()
    box = _wait(driver, 30).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#jq-search-query textarea")))
    box.send_keys("시니어 기술창업센터 보육실", Keys.ENTER)
    group = _wait(driver).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-results .jq-hit-group")))
    assert "수원형 맞춤형 인프라" in group.text and "000_3e53feb907e695fd.txt" not in group.text
    first = group.find_element(By.CSS_SELECTOR, ".jq-hit")
    assert first.find_elements(By.CSS_SELECTOR, "mark.jq-term") and "어휘 일치" in first.text
    first.find_element(By.CSS_SELECTOR, ".jq-document > summary").click()
    mark = (By.CSS_SELECTOR, ".jq-hit mark.jq-passage-mark")
    marked = _wait(driver, 30).until(ec.visibility_of_element_located(mark))
    assert marked.text.strip()[:20] in first.find_element(By.CSS_SELECTOR, ".jq-passage").text

    scrolled = []
    for more in driver.find_elements(By.CSS_SELECTOR, "#jq-results details.jq-more-passages > summary"):
        more.click()  # every document's other passages, unfolded
    for hit in driver.find_elements(By.CSS_SELECTOR, "#jq-results .jq-hit")[1:4]:
        hit.find_element(By.CSS_SELECTOR, ".jq-document > summary").click()
        box = _wait(driver, 10).until(lambda d, h=hit: h.find_element(By.CSS_SELECTOR, ".jq-doc"))
        marked = hit.find_element(By.CSS_SELECTOR, "mark.jq-passage-mark")
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", box)
        assert _within(driver, marked, box), "the opened document does not show its marked passage"
        scrolled.append(driver.execute_script("return arguments[0].scrollTop", box))
    assert max(scrolled) > 0, "no document needed scrolling: the check above proved nothing"

    driver.execute_script(CLIPBOARD_SHIM)
    first.find_element(By.CSS_SELECTOR, ".jq-copy").click()
    _wait(driver, 10).until(lambda d: d.execute_script("return window.copied.length"))
    (copied,) = driver.execute_script("return window.copied")
    assert copied.startswith("“") and "「2016년 희망 일터 목표 1100명 달성 위해 수원형 맞춤형 인프라 구축」, 일간경기, 2015" in copied


def test_copy_gives_plain_text_with_its_sources_and_screen_readers_get_text(app, driver):
    from selenium.webdriver.common.by import By

    url, _ = app
    _ask(driver, url, QUESTION)
    driver.execute_script(CLIPBOARD_SHIM)
    driver.find_element(By.CSS_SELECTOR, "#jq-chat .jq-copy").click()
    _wait(driver, 10).until(lambda d: d.execute_script("return window.copied.length"))
    (copied,) = driver.execute_script("return window.copied")
    assert "<" not in copied and "[1]" in copied and "2011년 3월" in copied
    assert "\n출처\n[1] 2016년 희망 일터 목표 1100명 달성 위해 수원형 맞춤형 인프라 구축 — 수원시 · 일간경기" in copied
    label = driver.find_element(By.CSS_SELECTOR, '#jq-chat [data-testid="bot"]').get_attribute("aria-label")
    assert "<" not in label and "2011년 3월" in label


def test_a_citation_scrolls_to_its_highlighted_source_and_a_new_answer_comes_into_view(app, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    url, _ = app
    _screen(driver, 390, 844, phone=True)
    _ask(driver, url, COMPARISON)  # a comparison cites each place it names: two sources or more
    link = driver.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-answer a.jq-cite")[-1]
    box = driver.execute_script(SCROLL_BOX, link)
    driver.execute_script("arguments[0].scrollTop = 0; window.scrollTo(0, 0);", box)
    card = driver.find_element(By.ID, link.get_attribute("href").split("#")[1])
    title = card.find_element(By.CSS_SELECTOR, ".jq-source-title")
    assert not _within(driver, title, box), "the source card is already in view: the click would prove nothing"
    link.click()
    _wait(driver, 10).until(lambda d: "jq-flash" in card.get_attribute("class"))
    assert _within(driver, title, box) and driver.current_url == url

    driver.find_element(By.CSS_SELECTOR, "#jq-question textarea").send_keys(QUESTION, Keys.ENTER)
    _wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, '#jq-chat [data-testid="user"]')) == 2)
    _wait(driver).until(ec.invisibility_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-typing")))
    second = driver.find_elements(By.CSS_SELECTOR, '#jq-chat [data-testid="user"]')[1]
    assert _within(driver, second, box), "the new question and its answer are out of view"


def test_the_first_screen_shows_title_and_filter_on_a_phone_and_the_input_on_a_desktop(app, driver, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    url, _ = app
    _screen(driver, 390, 844, phone=True)
    driver.get(url)
    _wait(driver, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-question textarea")))
    time.sleep(1)  # let the page settle (a focused input would scroll it)
    driver.save_screenshot(str(tmp_path / "phone-first-screen.png"))
    for part in ("#jq-header h2", "#jq-municipality"):
        top, bottom = driver.execute_script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                            " return [r.top, r.bottom]", part)
        assert 0 <= top and bottom <= 844, f"{part} is not on the first phone screen ({top:.0f}..{bottom:.0f})"
    _ask(driver, url, QUESTION)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page is {overflow}px wider than a phone screen"

    _screen(driver, 1280, 900)
    driver.get(url)
    _wait(driver, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-question textarea")))
    time.sleep(1)
    driver.save_screenshot(str(tmp_path / "desktop-first-screen.png"))
    top, bottom = driver.execute_script("const r = document.querySelector('#jq-question').getBoundingClientRect();"
                                        " return [r.top + scrollY, r.bottom + scrollY]")
    assert bottom <= 900, f"the question box ends at {bottom:.0f}px, below a 1280x900 screen"


def test_the_program_finder_form_gives_result_cards_that_fit_a_phone(app, driver, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    url, _ = app
    _screen(driver, 390, 844, phone=True)
    driver.get(url)
    tab = (By.XPATH, "//button[@role='tab'][contains(., '맞춤 사업 찾기')]")
    _wait(driver, 60).until(ec.element_to_be_clickable(tab)).click()
    field = "#{0} textarea, #{0} input"
    age = _wait(driver, 30).until(ec.element_to_be_clickable((By.CSS_SELECTOR, field.format("jq-find-age"))))
    age.send_keys("27")
    driver.find_element(By.CSS_SELECTOR, field.format("jq-find-place")).send_keys("서울 강남구")
    status = driver.find_element(By.CSS_SELECTOR, "#jq-find-status input")
    status.click()
    status.send_keys(Keys.CONTROL, "a")
    status.send_keys("미취업", Keys.ENTER)
    driver.find_element(By.ID, "jq-find").click()
    first = (By.CSS_SELECTOR, "#jq-find-results .jq-program")
    _wait(driver).until(ec.visibility_of_element_located(first))
    time.sleep(0.5)  # let the cards lay out
    driver.save_screenshot(str(tmp_path / "finder-phone.png"))
    cards = driver.find_elements(*first)
    # a 2011 article's program: its conditions are met, and the card says which year it speaks of
    assert any("강남 취업경진대회" in c.text and "조건 충족" in c.text and "2011년 기준" in c.text for c in cards)
    assert status.get_attribute("value") == "미취업"
    assert any("나이 조건 만 18~32세 충족" in c.text for c in cards)  # the age typed in was judged
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page is {overflow}px wider than a phone screen"
    rights = driver.execute_script("return Array.from(arguments[0]).map(c => c.getBoundingClientRect().right)", cards)
    assert max(rights) <= 390 + 1, f"a result card reaches {max(rights):.0f}px on a 390px screen"
