"""Scanned PDFs -> text with Debian's OCR tools, when they are installed: pdftoppm (poppler-utils)
rasterises each page, tesseract (tesseract-ocr + tesseract-ocr-kor) reads it in Korean and English.

Nothing is downloaded: without the tools (or without the Korean model) `ocr_available` says so and
the caller refuses the scan with that advice. Pages are read one at a time in a temporary folder.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = "kor+eng"
RESOLUTION_DPI = 200  # tesseract reads 10-12 pt Hangul reliably from about 200 dpi
# Page layout: one column of text of varying sizes. Automatic analysis (psm 3) broke clean Korean
# lines into fragments and dropped some in our test scans; notices are read top to bottom.
PAGE_SEGMENTATION = "4"
MAX_OCR_PAGES = 60  # a longer scan is refused rather than tying up ingest for many minutes
PAGE_TIMEOUT_S = 120
INSTALL_ADVICE = "install Debian's tesseract-ocr, tesseract-ocr-kor and poppler-utils to read scans"


class OcrError(Exception):
    """A scan could not be read; documents.formats turns it into that file's FormatError (formats
    imports this module, never the other way round)."""


def ocr_available() -> bool:
    """Whether pdftoppm and tesseract with its Korean model are on PATH."""
    if not (shutil.which("pdftoppm") and shutil.which("tesseract")):
        return False
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return "kor" in (listed.stdout + listed.stderr).split()


def ocr_pdf(raw: bytes, pages: int) -> str:
    """The OCR text of every page of a PDF, pages separated by blank lines; OcrError on failure."""
    if pages > MAX_OCR_PAGES:
        raise OcrError(f"scanned PDF of {pages} pages: OCR reads at most {MAX_OCR_PAGES}; split it")
    with tempfile.TemporaryDirectory(prefix="jobqa-ocr-") as folder:
        pdf = Path(folder) / "scan.pdf"
        pdf.write_bytes(raw)
        texts = []
        for number in range(1, pages + 1):
            image = _rasterise(pdf, number)
            texts.append(_read_image(image))
            image.unlink()
    return "\n\n".join(t.strip() for t in texts)


def _rasterise(pdf: Path, number: int) -> Path:
    stem = pdf.with_name(f"page-{number}")
    command = ["pdftoppm", "-png", "-r", str(RESOLUTION_DPI), "-f", str(number), "-l", str(number),
               "-singlefile", str(pdf), str(stem)]
    _run(command, f"page {number} cannot be rendered for OCR")
    return stem.with_suffix(".png")


def _read_image(image: Path) -> str:
    command = ["tesseract", str(image), "-", "-l", LANGUAGES, "--psm", PAGE_SEGMENTATION]
    return _run(command, f"OCR failed on {image.stem}")


def _run(command: list[str], failure: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, timeout=PAGE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise OcrError(f"{failure} (over {PAGE_TIMEOUT_S} s)") from None
    except OSError as exc:
        raise OcrError(f"{failure} ({exc.strerror or exc})") from None
    if done.returncode != 0:
        detail = (done.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1][:160]
        log.debug("%s failed: %s", command[0], detail)
        raise OcrError(f"{failure} ({command[0]}: {detail})")
    return done.stdout.decode("utf-8", "replace")
