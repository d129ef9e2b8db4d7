"""The app in Debian's headless chromium: ask, see the cited answer, give 👍 with a comment, search, phone width."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=ko-KR")
QUESTION = "수원시 시니어 기술창업센터는 언제 개소했나요?"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
                       reason="needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    for _ in range(600):
        if process.poll() is not None:
            pytest.fail(f"app exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"app did not start:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def app(knowledge_settings, tmp_path_factory):
    """`python app.py` on a free loopback port over the test index; yields (url, feedback db path)."""
    scratch = tmp_path_factory.mktemp("browser-app")
    shutil.copytree(REPO / "knowledge", scratch / "knowledge")
    port, feedback = _free_port(), scratch / "feedback.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JOBQA_", "GRADIO_SERVER"))}
    env.update(GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1")
    log = scratch / "app.log"
    command = [sys.executable, str(REPO / "app.py"), "--port", str(port),
               "--index-dir", str(knowledge_settings.index_dir),
               "--source", str(scratch / "knowledge"), "--feedback-db", str(feedback)]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url, process, log)
        yield url, feedback
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, "--window-size=1280,1000"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield browser
    browser.quit()


def _wait(driver, seconds=120):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds)


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

    driver.find_element(By.CSS_SELECTOR, '#jq-chat button[aria-label="Like"]').click()
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
    first = _wait(driver).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#jq-results .jq-hit")))
    assert "000_3e53feb907e695fd.txt" in first.text
    first.find_element(By.CSS_SELECTOR, ".jq-document > summary").click()
    mark = (By.CSS_SELECTOR, ".jq-hit mark.jq-passage-mark")
    marked = _wait(driver, 30).until(ec.visibility_of_element_located(mark))
    assert marked.text.strip()[:20] in first.find_element(By.CSS_SELECTOR, ".jq-passage").text


def test_the_page_fits_a_phone_screen(app, driver, tmp_path):
    url, _ = app
    driver.set_window_size(390, 844)
    _ask(driver, url, QUESTION)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    driver.save_screenshot(str(tmp_path / "phone.png"))
    assert overflow <= 1, f"the page is {overflow}px wider than a phone screen"
