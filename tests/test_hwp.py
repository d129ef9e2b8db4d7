"""Legacy binary HWP read with unhwp: text in order, table rows kept, protected files named, answered from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.documents.hwp import markdown_text, table_row
from assistant.documents.loading import load_document
from assistant.engine import Assistant
from assistant.errors import DocumentLoadError
from assistant.index.build import run_ingest

HWP_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "hwp"
NOORI, REPORT = HWP_DIR / "noori.hwp", HWP_DIR / "basicsReport.hwp"
needs_files = pytest.mark.skipif(not (NOORI.is_file() and REPORT.is_file()),
                                 reason=f"real HWP samples absent: {HWP_DIR}")
PASSWORD_FLAG = 0x02  # bit 1 of the FileHeader properties: the document is encrypted with a password


def _load(path: Path):
    return load_document(path, path.name, None, path.parent)


@needs_files
def test_press_release_text_comes_out_in_order_with_its_bullets():
    doc = _load(NOORI)
    lines = doc.text.splitlines()
    assert doc.meta.title == "우리가 독자 개발하여 최초 발사하는 한국형발사체, 국민이 정한 그 이름은 ｢누리｣"
    assert any(line.startswith("□ 과학기술정보통신부(장관 유영민") for line in lines)  # the □ the document wrote
    assert any(line.startswith("o 4월 27일부터 5월 31일까지") and "약 6,300여명의 국민이 참여" in line for line in lines)
    assert "**" not in doc.text and "![" not in doc.text and "<br>" not in doc.text


@needs_files
def test_table_rows_stay_rows():
    lines = _load(NOORI).text.splitlines()
    assert "배포일시 | 2018. 9. 3.(월) 09:00 | 담당부서 | 거대공공연구정책과" in lines
    assert "구 분 | 한국형발사체(누리호) | 시험발사체" in lines
    assert "총 길이 | 47.2 m | 25.8 m" in lines
    report = _load(REPORT)
    assert report.meta.title == "리포트의 제목"
    assert "학번 | 200012345" in report.text.splitlines()


def test_markdown_tables_become_cell_rows():
    markdown = "| **구분** | 금액<br>(1인당) | |\n| :--- | :--- | :--- |\n| 교육비 | 30만원 | |\n\n본문 **강조**"
    assert markdown_text(markdown).splitlines() == ["구분 | 금액 (1인당)", "교육비 | 30만원", "", "본문 강조"]
    assert table_row(r"| a \| b | c |") == "a | b | c"


@needs_files
def test_password_protected_hwp_is_named_and_skipped(tmp_path):
    raw = bytearray(NOORI.read_bytes())
    header = raw.find(b"HWP Document File")  # the FileHeader stream: signature, version, then properties
    raw[header + 36] |= PASSWORD_FLAG
    locked = tmp_path / "잠긴문서.hwp"
    locked.write_bytes(bytes(raw))
    with pytest.raises(DocumentLoadError) as info:
        _load(locked)
    assert info.value.path == str(locked)
    assert info.value.reason == "password-protected HWP: save an unprotected copy in 한글 and add that"


@needs_files
@pytest.mark.slow
def test_a_question_about_an_hwp_press_release_is_answered_from_it(tmp_path, analyzer, embedder):
    source = tmp_path / "knowledge"
    source.mkdir()
    shutil.copy(NOORI, source / "press.hwp")
    settings = load_settings({}, source_dir=source, index_dir=tmp_path / "index")
    report = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assert report.added == ["press.hwp"] and not report.skipped
    assistant = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    answer = assistant.ask("한국형발사체 명칭 공모에 몇 명이 참여했어?")
    assert "6,300" in answer.text and answer.citations[0].source == "press.hwp"
    table = assistant.ask("누리호의 총 길이는?")
    assert "47.2 m" in table.text
