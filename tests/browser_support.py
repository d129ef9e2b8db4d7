"""One way to start the app and a headless Chromium for every browser test (test_browser, test_what_people_see,
test_finder_ui, test_counselors_see): Debian's chromium and chromedriver, the app as `python app.py` on a free
loopback port, waits that fail with the app's log."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run")
NEEDS_CHROMIUM = pytest.mark.skipif(not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
                                    reason="needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    for _ in range(600):
        if process.poll() is not None:
            pytest.fail(f"app exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"app did not start:\n{log.read_text(errors='replace')}")


@contextlib.contextmanager
def running_app(scratch: Path, index_dir: Path, source_dir: Path, env: dict | None = None,
                feedback: Path | None = None, evals: Path | None = None) -> Iterator[str]:
    """`python app.py` over an index and its source folder; yields the page's URL and stops the app after.

    `evals`: a folder holding the gold set (gold.jsonl) the staff tab's 평가 answers, and where it writes its report
    (out/), in place of the repository's evals/ (app.py's EVALS, set before its main runs)."""
    port = free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("JOBQA_", "GRADIO_SERVER"))}
    clean.update(GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1", **(env or {}))
    log = scratch / "app.log"
    arguments = ["--port", str(port), "--index-dir", str(index_dir), "--source", str(source_dir),
                 "--feedback-db", str(feedback or scratch / "feedback.sqlite3")]
    command = [sys.executable, str(REPO / "app.py"), *arguments]
    if evals is not None:
        command = [sys.executable, "-c", "import sys, pathlib, app; app.EVALS = pathlib.Path(sys.argv[1]); "
                   "sys.exit(app.main(sys.argv[2:]))", str(evals), *arguments]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=REPO, env=clean, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url, process, log)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextlib.contextmanager
def chrome(lang: str = "ko-KR", width: int = 1280, height: int = 1000) -> Iterator:
    """A headless Chromium whose browser language is `lang` (en-US: Gradio's own strings must still be Korean)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--lang={lang}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    if not lang.startswith("ko"):
        options.add_experimental_option("prefs", {"intl.accept_languages": f"{lang},{lang.split('-')[0]}"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def screen(driver, width: int, height: int, phone: bool = False) -> None:
    """Make the page's viewport exactly width x height CSS pixels (a phone: touch, mobile layout)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": phone})


def wait(driver, seconds: float = 120):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds)


def open_tab(driver, name: str) -> None:
    """Click the page's top-level tab called `name`."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    tab = (By.XPATH, f"//button[@role='tab'][contains(., '{name}')]")
    wait(driver, 60).until(ec.element_to_be_clickable(tab)).click()
