"""What counselors and staff see, and what an English question gets, in Debian's headless chromium (issue 22:
counselors 1-3, staff 1, citizens 6), at 1280x900.

The app runs over the seed articles plus one program page of 경기도 with its link in metadata.csv, so the catalog
has a program with an amount, a state and a source link, and an English question has a program to be about.
"""

from __future__ import annotations

import re
import shutil
import time

import pytest

from browser_support import NEEDS_CHROMIUM, REPO, chrome, open_tab, running_app, screen, wait
from evals.policy_corpus import copy_seed_articles

pytestmark = [pytest.mark.browser, pytest.mark.slow, NEEDS_CHROMIUM]
PAGE = """# 경기도 청년 면접수당

## □ 지원대상
- 연령: 만 18~39세 경기도 거주 청년
## □ 신청기간
- 신청기간: 2030. 3. 1. ~ 3. 31.
## □ 지원내용
- 지원금액: 면접 1회당 5만원, 최대 6회 지원
## □ 신청방법
- 잡아바 누리집에서 신청
"""
PAGE_FILE, PAGE_LINK = "gyeonggi-interview.md", "https://www.jobaba.net/interview"
STAFF = ("staff", "correct horse")
SHARED_DISTRICTS = ("중구", "동구", "서구", "남구", "북구", "강서구")


@pytest.fixture(scope="module")
def app(knowledge_settings, analyzer, embedder, tmp_path_factory):
    from assistant.config import load_settings
    from assistant.documents.uploads import append_metadata
    from assistant.index.build import run_ingest
    from assistant.types import DocumentMeta

    scratch = tmp_path_factory.mktemp("counselors-see")
    knowledge = copy_seed_articles(scratch / "knowledge", REPO / "knowledge")
    (knowledge / PAGE_FILE).write_text(PAGE, encoding="utf-8")
    append_metadata(knowledge, [PAGE_FILE], DocumentMeta(title="경기도 청년 면접수당", municipality="경기도",
                                                         publisher="경기도일자리재단", published="2030-02-01",
                                                         url=PAGE_LINK))
    shutil.copytree(knowledge_settings.index_dir, scratch / "index")  # ingest reuses the seed vectors
    settings = load_settings({}, index_dir=scratch / "index", source_dir=knowledge)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    with running_app(scratch, scratch / "index", knowledge,
                     env={"JOBQA_STAFF_USER": STAFF[0], "JOBQA_STAFF_PASSWORD": STAFF[1]}) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chrome("ko-KR", 1280, 900) as driver:
        screen(driver, 1280, 900)
        yield driver


def _open(driver, url: str, tab: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver.get(url)
    wait(driver, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-question textarea")))
    time.sleep(1)
    open_tab(driver, tab)


def _choices(driver, dropdown_id: str, typed: str) -> list[str]:
    """Type into a Gradio dropdown and read the choices its list then shows (the list draws what fits: typing is
    how a person finds a place among a hundred)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    field = driver.find_element(By.CSS_SELECTOR, f"#{dropdown_id} input")
    field.click()
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(typed)
    time.sleep(0.5)
    shown = [li.get_attribute("aria-label") for li in driver.find_elements(By.CSS_SELECTOR, f"#{dropdown_id} li[role=option]")]
    field.send_keys(Keys.CONTROL, "a", Keys.BACK_SPACE, Keys.ESCAPE)
    return shown


def _pick(driver, dropdown_id: str, choice: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    field = driver.find_element(By.CSS_SELECTOR, f"#{dropdown_id} input")
    field.click()
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(choice)
    option = wait(driver, 10).until(lambda d: next((li for li in d.find_elements(By.CSS_SELECTOR, f"#{dropdown_id} li[role=option]")
                                                    if li.get_attribute("aria-label") == choice), None))
    option.click()


def test_the_place_filter_names_each_place_once_and_a_province_finds_its_cities(app, browser):
    """Counselors 1: 지역 lists 경기도 수원시 once (never 수원시 beside it, never a bare 중구); 경기도 finds 수원시's
    and 고양시's documents."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    _open(browser, app, "문서 검색")
    label = browser.find_element(By.CSS_SELECTOR, "#jq-search-place").text
    assert label.startswith("지역")
    suwon = _choices(browser, "jq-search-place", "수원")
    assert suwon == ["경기도 수원시"], suwon  # one name for the place, never 수원시 beside 경기도 수원시
    for district in SHARED_DISTRICTS:
        shown = _choices(browser, "jq-search-place", district)
        assert all(len(c.split()) > 1 for c in shown), shown  # a shared district name always with its city
    _pick(browser, "jq-search-place", "경기도")
    places = set()
    for query in ("수원 일자리 목표", "고양 일자리 목표"):
        box = browser.find_element(By.CSS_SELECTOR, "#jq-search-query textarea")
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(query, Keys.ENTER)
        wait(browser, 60).until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#jq-results .jq-result-count"), "문단"))
        time.sleep(1)
        places |= {m.text.split("·")[0].strip() for m in browser.find_elements(By.CSS_SELECTOR, "#jq-results .jq-hit-group > .jq-meta")}
    assert {"수원시", "고양시"} <= places, places


def test_the_chat_place_filter_names_each_place_once_and_a_province_answers_from_its_cities(app, browser):
    """Counselors 1 in 질문하기: its own 지역 lists the same canonical places as 문서 검색, and 경기도 answers a question
    about 수원시's center from 수원시's article (a filter of the stored name 경기도 alone found nothing)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    _open(browser, app, "질문하기")
    assert browser.find_element(By.CSS_SELECTOR, "#jq-municipality").text.startswith("지역")
    suwon = _choices(browser, "jq-municipality", "수원")
    assert suwon == ["경기도 수원시"], suwon
    for district in SHARED_DISTRICTS:
        shown = _choices(browser, "jq-municipality", district)
        assert all(len(c.split()) > 1 for c in shown), shown
    _pick(browser, "jq-municipality", "경기도")
    box = browser.find_element(By.CSS_SELECTOR, "#jq-question textarea")
    box.send_keys("수원시 시니어 기술창업센터는 언제 개소했나요?", Keys.ENTER)
    wait(browser, 120).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-sources")))
    answer = browser.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable")[-1]
    assert not answer.find_elements(By.CSS_SELECTOR, ".jq-refusal"), answer.text
    places = {m.text.split("·")[0].strip() for m in answer.find_elements(By.CSS_SELECTOR, ".jq-source .jq-meta")}
    assert "수원시" in places, places


def test_search_results_name_each_document_once_with_its_passage_count(app, browser):
    """Counselors 2: eight passages from a few documents show each document once, saying how many matched."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    _open(browser, app, "문서 검색")
    box = browser.find_element(By.CSS_SELECTOR, "#jq-search-query textarea")
    box.send_keys("시니어 기술창업센터 보육실", Keys.ENTER)
    head = wait(browser, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-results .jq-result-count")))
    titles = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#jq-results .jq-hit-group > .jq-source-title")]
    counts = [int(re.search(r"일치한 문단 (\d+)개", t).group(1)) for t in titles]
    names = [t.split(" · 일치한 문단")[0] for t in titles]
    assert len(names) == len(set(names)) and sum(counts) == 8 and max(counts) > 1, titles
    assert f"문단 8개 · 문서 {len(titles)}개" in head.text
    folded = browser.find_elements(By.CSS_SELECTOR, "#jq-results details.jq-more-passages > summary")
    assert folded and "같은 문서의 다른 문단" in folded[0].text  # the document's other passages, one click away


def test_the_catalog_reads_in_korean_with_the_amount_the_state_and_the_source_link(app, browser):
    """Counselors 3: Korean field names under 없는 항목, the title linked under 출처, 금액 and 모집 상태 columns,
    and 신청 마감 wide enough to read at 1280 px."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    _open(browser, app, "맞춤 사업 찾기")
    panel = wait(browser, 30).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#jq-catalog-panel button")))
    panel.click()
    wait(browser, 10).until(ec.element_to_be_clickable((By.ID, "jq-catalog-show"))).click()
    link = wait(browser, 60).until(ec.presence_of_element_located((By.CSS_SELECTOR, f"#jq-catalog a[href='{PAGE_LINK}']")))
    assert link.get_attribute("textContent") == "경기도 청년 면접수당"
    assert PAGE_FILE not in browser.find_element(By.ID, "jq-catalog").get_attribute("textContent")
    headers = [h.text.strip() for h in browser.find_elements(By.CSS_SELECTOR, "#jq-catalog thead th") if h.text.strip()]
    for name in ("금액", "모집 상태", "신청 마감", "없는 항목", "출처"):
        assert name in headers, headers
    deadline = next(h for h in browser.find_elements(By.CSS_SELECTOR, "#jq-catalog thead th") if h.text.strip() == "신청 마감")
    assert deadline.rect["width"] >= 80, deadline.rect  # not one character wide
    table = browser.find_element(By.ID, "jq-catalog")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", table)
    body = table.get_attribute("textContent")  # the grid draws rows in its own order: read the whole table
    assert "5만원" in body and ("신청 예정" in body or "신청 중" in body)
    assert not re.search(r"\b(?:head_count|employment|operator|documents|contact|period|method)\b", body)
    assert "제출 서류" in body or "문의처" in body  # what the page does not state, in Korean


def test_staff_see_the_date_an_upload_states_and_edit_its_title_and_link(app, browser, tmp_path):
    """Staff 1: an uploaded release's own date is read into its metadata.csv row, and its link can be added in the tab."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    release = tmp_path / "고양 보도자료.md"
    release.write_text("# 고양시, 청년 면접수당 지급\n\n보도일시: 2024. 3. 5.(화) 배포\n\n"
                       "고양시는 구직 중인 청년에게 면접 1회당 5만원의 면접수당을 지급한다고 밝혔다.\n", encoding="utf-8")
    _open(browser, app, "직원")
    user = (By.CSS_SELECTOR, "#jq-staff-user textarea, #jq-staff-user input")
    wait(browser, 30).until(ec.element_to_be_clickable(user)).send_keys(STAFF[0])
    browser.find_element(By.CSS_SELECTOR, "#jq-staff-password input").send_keys(STAFF[1])
    browser.find_element(By.ID, "jq-staff-login").click()
    tab = (By.XPATH, "//button[@role='tab'][contains(., '문서 올리기')]")
    wait(browser, 30).until(ec.element_to_be_clickable(tab)).click()
    browser.find_element(By.CSS_SELECTOR, "input[type='file']").send_keys(str(release))
    time.sleep(2)
    browser.find_element(By.XPATH, "//button[contains(., '올리고 다시 색인')]").click()
    result = wait(browser, 180).until(ec.text_to_be_present_in_element((By.ID, "jq-upload-result"), "올렸습니다"))
    assert result
    shown = browser.find_element(By.ID, "jq-upload-result").text
    assert "2024-03-05" in shown and "문서 본문" in shown and "링크" in shown
    chosen = browser.find_element(By.CSS_SELECTOR, "#jq-meta-file input")
    wait(browser, 30).until(lambda d: chosen.get_attribute("value") == "고양 보도자료.md")
    date_box = browser.find_element(By.CSS_SELECTOR, "#jq-meta-published input, #jq-meta-published textarea")
    wait(browser, 30).until(lambda d: date_box.get_attribute("value") == "2024-03-05")
    link_box = browser.find_element(By.CSS_SELECTOR, "#jq-meta-url input, #jq-meta-url textarea")
    link_box.send_keys("https://www.goyang.go.kr/news/1")
    browser.find_element(By.ID, "jq-meta-save").click()
    wait(browser, 180).until(ec.text_to_be_present_in_element((By.ID, "jq-meta-result"), "저장했습니다"))
    assert "https://www.goyang.go.kr/news/1" in browser.find_element(By.ID, "jq-meta-result").text


def test_an_english_question_gets_the_field_answer_in_an_english_frame(app, browser):
    """Citizens 6: "How much is the interview allowance in Gyeonggi?" gets the amount, labelled in English, the
    Korean line marked (원문)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    browser.get(app)
    box = wait(browser, 60).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#jq-question textarea")))
    box.send_keys("How much is the interview allowance in Gyeonggi?", Keys.ENTER)
    wait(browser, 120).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-sources")))
    answer = browser.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable")[-1].text
    assert answer.startswith("Amount — the document says (원문):") and "5만원" in answer, answer
    assert "경기도 청년 면접수당" in answer  # its source card


def test_english_conditions_get_english_verdicts_over_the_marked_korean_quote(app, browser):
    """Citizens 6 beyond amounts: an age and a live-outside condition asked in English lead with an English verdict,
    the document's Korean line marked (원문), its source card under it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    browser.get(app)
    for question, verdict in (("Can I get the Gyeonggi interview allowance if I'm 45?", "No, by age — a 45-year-old is outside"),
                              ("Can I apply for the Gyeonggi interview allowance if I live outside Gyeonggi?",
                               "No — the document limits it to residents of Gyeonggi (원문):")):
        before = len(browser.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-sources"))
        box = wait(browser, 60).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#jq-question textarea")))
        box.send_keys(question, Keys.ENTER)
        wait(browser, 120).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-sources")) > before)
        answer = browser.find_elements(By.CSS_SELECTOR, "#jq-chat .jq-copyable")[-1]
        text = answer.find_element(By.CSS_SELECTOR, ".jq-answer").text
        assert text.startswith(verdict) and "(원문)" in text.splitlines()[0] and "만 18~39세" in text, text
        assert "경기도 청년 면접수당" in answer.find_element(By.CSS_SELECTOR, ".jq-source-title").text
