"""What citizens and staff see, in Debian's headless chromium with an English browser (issue 22).

One app start and one browser for every check: a phone (390x844) and a desktop (1280x900) look at the same
app, over the seed articles plus one program page written the way real pages are (bullets, a web address,
an application period that has ended, no publisher, no date).
"""

from __future__ import annotations

import shutil
import time

import pytest

from evals.policy_corpus import copy_seed_articles
from browser_support import NEEDS_CHROMIUM, REPO, chrome, running_app
from browser_support import screen as _screen, wait as _wait

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    NEEDS_CHROMIUM,
]
PAGE = """# 청년 면접수당 지원사업

## □ 지원대상
- 연령: 만 18~39세 청년
## □ 신청기간
- 신청기간: 2025. 3. 1. ~ 3. 31.
## □ 지원내용
○ 면접 1회당 5만원, 최대 6회 지원
## □ 신청방법
- 누리집(www.noori-youth.go.kr)에서 신청
"""
PAGE_QUESTION = "청년 면접수당 지원사업 지원내용은 뭐예요?"
ARTICLE_QUESTION = "수원시 시니어 기술창업센터는 언제 개소했나요?"
STAFF = ("staff", "correct horse")


@pytest.fixture(scope="module")
def app(knowledge_settings, analyzer, embedder, tmp_path_factory):
    """`python app.py` over the seed articles and noori.md (no publisher, no date), with staff login on."""
    from assistant.config import load_settings
    from assistant.index.build import run_ingest

    scratch = tmp_path_factory.mktemp("people-see")
    copy_seed_articles(scratch / "knowledge", REPO / "knowledge")  # the seed articles, not the bundled programs
    (scratch / "knowledge" / "noori.md").write_text(PAGE, encoding="utf-8")
    shutil.copytree(knowledge_settings.index_dir, scratch / "index")  # ingest reuses the seed vectors
    settings = load_settings({}, index_dir=scratch / "index", source_dir=scratch / "knowledge")
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    with running_app(scratch, scratch / "index", scratch / "knowledge",
                     env={"JOBQA_STAFF_USER": STAFF[0], "JOBQA_STAFF_PASSWORD": STAFF[1]}) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """An English browser: Gradio's own strings must still come out Korean."""
    with chrome("en-US") as driver:
        yield driver


def _box(driver, element) -> tuple[float, float, float, float]:
    return tuple(driver.execute_script("const r = arguments[0].getBoundingClientRect();"
                                       " return [r.left, r.top, r.right, r.bottom]", element))


def _ask(driver, question: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    before = len(driver.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable"))
    driver.find_element(By.CSS_SELECTOR, "#jq-question textarea").send_keys(question, Keys.ENTER)
    _wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable")) > before)
    _wait(driver).until(ec.invisibility_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-typing")))
    return driver.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable")[-1]


def _open(driver, url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver.get(url)
    _wait(driver, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-question textarea")))
    time.sleep(1)  # let Gradio lay out its tabs


def test_on_a_phone_the_tabs_and_the_question_box_are_on_the_first_screen_in_korean(app, browser):
    from selenium.webdriver.common.by import By

    _screen(browser, 390, 844, phone=True)
    _open(browser, app)
    tabs = [t for t in browser.find_elements(By.CSS_SELECTOR, 'button[role="tab"]') if t.is_displayed()]
    names = [t.text.strip() for t in tabs]
    assert {"질문하기", "맞춤 사업 찾기", "문서 검색", "직원"} <= set(names), f"tabs shown on a phone: {names}"
    assert all(0 <= _box(browser, t)[0] and _box(browser, t)[2] <= 390 for t in tabs)
    question = browser.find_element(By.CSS_SELECTOR, "#jq-question textarea")
    assert 0 <= _box(browser, question)[1] and _box(browser, question)[3] <= 844, "the question box is below the first screen"
    footer = "return document.querySelector('footer')?.textContent || ''"
    _wait(browser, 20).until(lambda d: "API를 통해 사용" in d.execute_script(footer))  # Gradio's own footer string
    assert "Use via API" not in browser.execute_script(footer)


def test_on_a_phone_an_answer_scrolls_in_one_box_and_the_comment_box_opens_on_screen(app, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    _screen(browser, 390, 844, phone=True)
    _open(browser, app)
    answer = _ask(browser, ARTICLE_QUESTION)
    passage = answer.find_element(By.CSS_SELECTOR, ".jq-passage")
    boxes = browser.execute_script("""
        let n = 0, el = arguments[0];
        for (; el; el = el.parentElement) {
          const s = getComputedStyle(el);
          if (/auto|scroll/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1) n++;
        }
        return n;""", passage)
    assert boxes <= 1, f"the answer's source sits in {boxes} nested scroll areas"
    browser.find_element(By.CSS_SELECTOR, '#jq-chat button[aria-label="좋아요"]').click()
    comment = _wait(browser, 30).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-comment textarea")))
    time.sleep(0.5)
    top, bottom = _box(browser, comment)[1], _box(browser, comment)[3]
    assert 0 <= top and bottom <= 844, f"the comment box opened off-screen ({top:.0f}..{bottom:.0f})"
    comment.send_keys("바로 찾았어요")
    browser.find_element(By.XPATH, "//button[normalize-space()='의견 보내기']").click()
    _wait(browser, 30).until(ec.text_to_be_present_in_element((By.ID, "jq-feedback-note"), "저장되었습니다"))


def test_a_program_page_answer_shows_no_markup_links_its_address_and_marks_the_ended_period(app, browser):
    from selenium.webdriver.common.by import By

    _screen(browser, 1280, 900)
    _open(browser, app)
    answer = _ask(browser, PAGE_QUESTION)
    text = answer.find_element(By.CSS_SELECTOR, ".jq-answer").text
    assert "5만원" in text and not any(mark in text for mark in ("#", "□", "○", "- ")), text
    notes = answer.find_element(By.CSS_SELECTOR, ".jq-notes").text
    assert "사업 안내" in notes and "기사" not in notes and "noori" not in notes, notes
    meta = answer.find_element(By.CSS_SELECTOR, ".jq-meta").text
    assert meta.strip() == "날짜 미상" and " - " not in meta  # no publisher: left out, not "-"
    answer = _ask(browser, "청년 면접수당 지원사업 신청방법 알려주세요")
    links = [a.get_attribute("href") for a in answer.find_elements(By.CSS_SELECTOR, ".jq-answer a.jq-link, .jq-passage a.jq-link")]
    assert "https://www.noori-youth.go.kr/" in links, links
    answer = _ask(browser, "청년 면접수당 지원사업 신청기간은 언제까지예요?")
    notes = answer.find_element(By.CSS_SELECTOR, ".jq-notes").text
    assert "마감" in notes and "2025-03-31" in notes, notes
    article = _ask(browser, ARTICLE_QUESTION)
    assert "2015년 기사 기준 (일간경기)" in article.find_element(By.CSS_SELECTOR, ".jq-notes").text


def test_staff_see_index_stats_as_a_table_and_feedback_without_pressing_refresh(app, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    _screen(browser, 1280, 900)
    _open(browser, app)
    browser.find_element(By.XPATH, "//button[@role='tab'][normalize-space()='직원']").click()
    _wait(browser, 30).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#jq-staff-user textarea, #jq-staff-user input"))).send_keys(STAFF[0])
    browser.find_element(By.CSS_SELECTOR, "#jq-staff-password input").send_keys(STAFF[1])
    browser.find_element(By.ID, "jq-staff-login").click()
    feedback_tab = (By.XPATH, "//button[@role='tab'][normalize-space()='이용자 의견']")
    _wait(browser, 30).until(ec.element_to_be_clickable(feedback_tab)).click()
    _wait(browser, 30).until(ec.text_to_be_present_in_element((By.ID, "jq-feedback-table"), "바로 찾았어요"))
    browser.find_element(By.XPATH, "//button[@role='tab'][normalize-space()='색인 현황']").click()
    table = _wait(browser, 30).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-stats table")))
    rows = {r.find_element(By.TAG_NAME, "th").text: r.find_element(By.TAG_NAME, "td").text
            for r in table.find_elements(By.TAG_NAME, "tr")}
    assert rows["문서"] == "6" and int(rows["색인 문단"].replace(",", "")) > 6, rows
    assert "{" not in browser.find_element(By.ID, "jq-stats").text  # not raw JSON


def test_a_refusal_offers_the_next_step_and_its_button_opens_the_program_finder(app, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    _screen(browser, 390, 844, phone=True)
    _open(browser, app)
    answer = _ask(browser, "부산시 청년 일자리 지원 알려줘")  # no document is about 부산
    refusal = answer.find_element(By.CSS_SELECTOR, ".jq-refusal").text
    assert "다른 말로 물어보시거나" in refusal and "맞춤 사업 찾기" in refusal and "1350" in refusal, refusal
    answer.find_element(By.CSS_SELECTOR, "button.jq-open-finder").click()
    age = _wait(browser, 30).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-find-age")))
    assert age.is_displayed()


def test_each_example_question_clicked_on_the_page_is_answered_with_its_checked_fact(app, browser):
    """Citizens 8: the home page's examples are what people click first; clicking one and asking shows the fact
    tests/test_examples.py checks for it (on a phone, where the examples sit under the question box)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    from test_examples import RIGHT

    _screen(browser, 390, 844, phone=True)
    _open(browser, app)
    for question, (facts, wrong_lead) in RIGHT.items():
        example = _wait(browser, 30).until(ec.element_to_be_clickable(
            (By.XPATH, f"//*[self::button or self::td or self::div][normalize-space()='{question}']")))
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", example)
        example.click()
        box = browser.find_element(By.CSS_SELECTOR, "#jq-question textarea")
        _wait(browser, 30).until(lambda d: box.get_attribute("value") == question)
        before = len(browser.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable"))
        browser.find_element(By.ID, "jq-send").click()
        _wait(browser).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable")) > before)
        _wait(browser).until(ec.invisibility_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-typing")))
        text = browser.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable")[-1].find_element(By.CSS_SELECTOR, ".jq-answer").text
        assert all(f in text for f in facts) and not (wrong_lead and text.startswith(wrong_lead)), (question, text)
