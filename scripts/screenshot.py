"""Start the app, ask a sample question in headless chromium and save docs/screenshot.png for the README.

Usage: .venv/bin/python scripts/screenshot.py [--index-dir data/index] [--out docs/screenshot.png]
                                              [--width 1280] [--height 900] [--phone] [--url http://127.0.0.1:7860]
                                              [--view chat|search|catalog] [--question ...] [--place 경기도]
--width/--height are the page's viewport in CSS pixels; --phone lays the page out as a phone does
(e.g. --width 390 --height 844 --phone --out docs/screenshot-phone.png). --view search shows the counselors'
문서 검색 with --question as the query and --place as the 지역 filter (results grouped by document);
--view catalog shows the 사업 목록 (상담사용) table filtered by --question as a word of the name.
Needs Debian's chromium, chromium-driver and fonts-noto-cjk (Korean glyphs). Builds the index from
knowledge/ first when --index-dir has none. With --url, uses an app that is already running.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parent.parent
QUESTION = "고양시 취업성공장려금은 누구를 위한 사업인가요?"
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run", "--lang=ko-KR")


def chromium(width: int, height: int, phone: bool = False) -> webdriver.Chrome:
    """Headless chromium whose viewport is exactly width x height (the window size would include its frame)."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (*CHROMIUM_FLAGS, f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": phone})
    return driver


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(index_dir: Path, port: int, feedback_db: Path) -> subprocess.Popen:
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, str(REPO / "app.py"), "--port", str(port), "--index-dir", str(index_dir),
               "--feedback-db", str(feedback_db)]
    return subprocess.Popen(command, cwd=REPO, env=env)


def wait_for_http(url: str, process: subprocess.Popen, timeout: float = 180) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the app exited with code {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the app did not answer at {url} within {timeout:.0f} s")


def ask(driver: webdriver.Chrome, url: str, question: str) -> None:
    """Open the page, ask, and wait until the answer's sources are shown."""
    driver.get(url)
    box = WebDriverWait(driver, 60).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#jq-question textarea")))
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 120).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "#jq-chat .jq-sources, #jq-chat .jq-refusal"))
    )
    driver.execute_script("window.scrollTo(0, 0)")  # typing scrolled a phone's page down to the input
    time.sleep(0.5)  # let the last render settle before the picture


def open_tab(driver: webdriver.Chrome, url: str, name: str) -> None:
    driver.get(url)
    WebDriverWait(driver, 60).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#jq-question textarea")))
    time.sleep(1)
    tab = (By.XPATH, f"//button[@role='tab'][contains(., '{name}')]")
    WebDriverWait(driver, 30).until(ec.element_to_be_clickable(tab)).click()
    time.sleep(0.5)


def search(driver: webdriver.Chrome, url: str, query: str, place: str) -> None:
    """The counselors' 문서 검색: pick the 지역, search, and wait for the grouped passages."""
    open_tab(driver, url, "문서 검색")
    if place:
        field = driver.find_element(By.CSS_SELECTOR, "#jq-search-place input")
        field.click()
        field.send_keys(Keys.CONTROL, "a")
        field.send_keys(place)
        option = WebDriverWait(driver, 10).until(lambda d: next(
            (li for li in d.find_elements(By.CSS_SELECTOR, "#jq-search-place li[role=option]")
             if li.get_attribute("aria-label") == place), None))
        option.click()
    box = driver.find_element(By.CSS_SELECTOR, "#jq-search-query textarea")
    box.send_keys(query, Keys.ENTER)
    WebDriverWait(driver, 120).until(ec.presence_of_element_located((By.CSS_SELECTOR, "#jq-results .jq-result-count")))
    driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.5)


def catalog(driver: webdriver.Chrome, url: str, word: str) -> None:
    """The 사업 목록 (상담사용) table under 맞춤 사업 찾기, filtered by a word of the program's name."""
    open_tab(driver, url, "맞춤 사업 찾기")
    driver.find_element(By.CSS_SELECTOR, "#jq-catalog-panel button").click()
    time.sleep(0.5)
    driver.find_element(By.CSS_SELECTOR, "#jq-catalog-panel textarea, #jq-catalog-panel input[type=text]").send_keys(word)
    driver.find_element(By.ID, "jq-catalog-show").click()
    WebDriverWait(driver, 120).until(ec.presence_of_element_located((By.CSS_SELECTOR, "#jq-catalog tbody td")))
    time.sleep(1)
    panel = driver.find_element(By.ID, "jq-catalog-panel")
    driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", panel)
    time.sleep(0.5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, default=REPO / "data" / "index")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--phone", action="store_true", help="mobile layout (touch, phone viewport)")
    parser.add_argument("--url", help="use an app already running here instead of starting one")
    parser.add_argument("--view", choices=("chat", "search", "catalog"), default="chat")
    parser.add_argument("--place", default="", help="the 지역 filter of --view search (e.g. 경기도)")
    args = parser.parse_args(argv)
    process = None
    with tempfile.TemporaryDirectory(prefix="jobqa-shot-") as scratch:
        url = args.url
        if url is None:
            if not (args.index_dir / "CURRENT").exists():
                ingest = [sys.executable, str(REPO / "ingest.py"), "--index-dir", str(args.index_dir), "--quiet"]
                subprocess.run(ingest, cwd=REPO, check=False)
            port = free_port()
            process = start_app(args.index_dir, port, Path(scratch) / "feedback.sqlite3")
            url = f"http://127.0.0.1:{port}/"
            wait_for_http(url, process)
        driver = chromium(args.width, args.height, args.phone)
        try:
            if args.view == "search":
                search(driver, url, args.question, args.place)
            elif args.view == "catalog":
                catalog(driver, url, args.question)
            else:
                ask(driver, url, args.question)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(args.out))
        finally:
            driver.quit()
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
