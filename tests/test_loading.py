"""Loading: every format and encoding read into clean text with its tables, or refused with one reason."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.errors import DocumentLoadError
from assistant.documents.formats import FormatError, decode_text, layout_lines
from assistant.documents.ocr import ocr_available
from assistant.documents.loading import MAX_FILE_BYTES, load_document, load_documents, read_metadata

FIXTURES = Path(__file__).parent / "fixtures"
GOYANG = "고양시는 2024년 청년 구직자 500명에게 면접 정장을 무료로 빌려준다."


def load(path: Path, source_dir: Path | None = None):
    return load_document(path, path.name, None, source_dir or path.parent)


def refusal(path: Path, source_dir: Path | None = None) -> str:
    with pytest.raises(DocumentLoadError) as info:
        load(path, source_dir)
    assert "\n" not in info.value.reason
    return info.value.reason


def put(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---- encodings -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "notice-cp949.txt", "notice-euckr.txt", "notice-utf8-bom.txt", "notice-utf16le-bom.txt",
    "notice-utf16be-bom.txt", "notice-utf16le.txt", "notice-utf16be.txt",
])
def test_korean_text_in_any_common_encoding_reads_the_same(name):
    doc = load(FIXTURES / name)
    assert GOYANG in doc.text
    assert doc.meta.title == "고양시 청년 면접정장 대여 안내"
    assert "\ufeff" not in doc.text and "\x00" not in doc.text


def test_a_file_half_utf8_half_cp949_keeps_both_halves():
    doc = load(FIXTURES / "notice-mixed.txt")
    assert GOYANG in doc.text
    assert "화성시는 2024년 중장년 구직자 200명에게 재취업 상담을 제공한다." in doc.text


def test_utf16_without_bom_with_little_ascii_is_read(tmp_path):
    text = "고양시는청년구직자에게면접정장을빌려준다 신청은일자리센터에서받는다\n" * 5
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode_text(text.encode(codec)) == text


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_property_decode_text_returns_text_or_refuses(raw):
    try:
        out = decode_text(raw)
    except FormatError as exc:
        assert str(exc)
    else:
        assert isinstance(out, str) and out.strip()


# ---- PDF -----------------------------------------------------------------------------------------

def test_pdf_text_layer_is_read():
    doc = load(FIXTURES / "notice.pdf")
    assert "Hello Suwon job center 2024" in doc.text
    assert "031-228-3000" in doc.text


def test_scanned_pdf_says_it_needs_ocr():
    reason = refusal(FIXTURES / "scanned.pdf")
    assert "scanned" in reason and "OCR" in reason


def test_pdf_table_rows_keep_their_cells():
    doc = load(FIXTURES / "table.pdf")
    lines = doc.text.splitlines()
    assert doc.meta.title == "서초구 청년 취업 지원사업 안내"
    assert "서초구는 2025년 청년 구직자에게 면접 비용을 지원한다." in lines  # prose stays prose
    assert "구분 | 대상 | 지원 금액" in lines
    assert "면접 정장 대여 | 만 19~34세 | 1회 10만원" in lines


def test_layout_text_becomes_rows_only_where_cells_are_spaced_apart():
    text = "  제목     \n\n   구분      대상      지원 금액   \n  지원대상      만 19세 이상"
    assert layout_lines(text).splitlines() == ["제목", "구분 | 대상 | 지원 금액", "지원대상 만 19세 이상"]


@pytest.mark.skipif(not ocr_available(), reason="tesseract with its Korean model, or pdftoppm, not installed")
def test_scanned_pdf_is_read_by_ocr_when_the_tools_are_installed():
    doc = load(FIXTURES / "scanned-notice.pdf")
    compact = "".join(doc.text.split())
    assert "면접수당1회5만원을지원한다" in compact and "031-729-2000" in compact


def test_scanned_pdf_without_ocr_tools_is_refused_with_the_advice(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no pdftoppm, no tesseract
    reason = refusal(FIXTURES / "scanned-notice.pdf")
    assert "no text layer" in reason and "needs OCR" in reason and "tesseract-ocr-kor" in reason


def test_encrypted_pdf_says_it_needs_a_password():
    reason = refusal(FIXTURES / "encrypted.pdf")
    assert "encrypted" in reason and "password" in reason


def test_truncated_pdf_is_refused_as_damaged(tmp_path):
    raw = (FIXTURES / "notice.pdf").read_bytes()
    reason = refusal(put(tmp_path, "cut.pdf", raw[: len(raw) // 2]))
    assert "damaged or truncated PDF" in reason


# ---- HWPX, legacy HWP, DOCX --------------------------------------------------------------------------

def test_hwpx_text_and_table_rows_are_kept():
    doc = load(FIXTURES / "notice.hwpx")
    lines = doc.text.splitlines()
    assert doc.meta.title == "부천시 중장년 재취업 지원사업 공고"
    assert "부천시는 만 50세 이상 구직자 300명에게 재취업 교육을 제공한다." in lines  # runs joined
    assert "문의 부천시 일자리정책과 032-625-2000" in lines  # text after <hp:tab/> kept
    assert "지원 내용은 다음 표와 같다." in lines  # the paragraph that holds the table
    assert "구분 | 대상 | 지원 금액" in lines
    assert "재취업 교육 | 만 50세 이상 | 1인당 200만 원" in lines


def test_hwpx_saved_as_hwp_is_read(tmp_path):
    doc = load(put(tmp_path, "공고.hwp", (FIXTURES / "notice.hwpx").read_bytes()))
    assert "인턴 채용 | 중소기업 | 월 80만 원" in doc.text


def test_damaged_binary_hwp_is_refused_with_what_to_do(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 20  # an OLE signature, then noise
    reason = refusal(put(tmp_path, "old.hwp", ole))
    assert "damaged or unreadable HWP" in reason and "HWPX" in reason


def test_text_named_hwp_is_refused(tmp_path):
    assert "not an HWP file" in refusal(put(tmp_path, "memo.hwp", GOYANG))


def test_docx_paragraphs_and_table_rows_are_kept():
    doc = load(FIXTURES / "notice.docx")
    lines = doc.text.splitlines()
    assert doc.meta.title == "안산시 청년 일경험 지원사업"
    assert "구분 | 기간 | 지원 금액" in lines
    assert "일경험 | 6개월 | 월 200만 원" in lines
    assert lines[-1] == "문의: 안산시 일자리정책과 031-481-2000"  # body order kept


def _docx(body_xml: str, doctype: str = "", member: str = "word/document.xml") -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(member, f'{doctype}<w:document xmlns:w="{ns}"><w:body>{body_xml}</w:body></w:document>')
    return out.getvalue()


def test_docx_text_inside_content_controls_and_tabs_is_kept(tmp_path):
    body = ('<w:sdt><w:sdtContent><w:p><w:r><w:t>용인시 일자리센터</w:t></w:r></w:p></w:sdtContent></w:sdt>'
            '<w:p><w:r><w:t>전화</w:t><w:tab/><w:t>031-324-2000</w:t></w:r></w:p>')
    doc = load(put(tmp_path, "a.docx", _docx(body)))
    assert doc.text.splitlines() == ["용인시 일자리센터", "전화 031-324-2000"]


def test_docx_zip_bomb_is_refused_before_inflating(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/document.xml", "w") as member:
            for _ in range(40):
                member.write(b" " * 2**20)  # 40 MB of spaces compress to about 40 KB
    reason = refusal(put(tmp_path, "bomb.docx", out.getvalue()))
    assert "zip bomb" in reason


def test_docx_with_damaged_compressed_data_is_refused(tmp_path):
    raw = bytearray((FIXTURES / "notice.docx").read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 20, start + 60):
        raw[i] ^= 0x5A
    assert "damaged DOCX" in refusal(put(tmp_path, "broken.docx", bytes(raw)))


@pytest.mark.parametrize("body, reason", [
    ("<w:p><w:r><w:t>열리고 닫히지 않는", "malformed DOCX XML"),
    (None, "no word/document.xml"),
])
def test_malformed_docx_is_refused(tmp_path, body, reason):
    raw = _docx(body) if body else _docx("<w:p/>", member="word/other.xml")
    assert reason in refusal(put(tmp_path, "bad.docx", raw))


def test_docx_declaring_entities_is_refused(tmp_path):
    laughs = '<!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    raw = _docx("<w:p><w:r><w:t>&b;</w:t></w:r></w:p>", doctype=laughs)
    assert "entities" in refusal(put(tmp_path, "laughs.docx", raw))


@pytest.mark.parametrize("name, data, reason", [
    ("pdf-in-disguise.docx", (FIXTURES / "notice.pdf").read_bytes(), "not a DOCX (zip)"),
    ("zip-in-disguise.txt", (FIXTURES / "notice.hwpx").read_bytes(), "ZIP file, not text"),
    ("text-in-disguise.pdf", GOYANG, "not a PDF"),
    ("not-a-zip.hwpx", GOYANG, "not a HWPX (zip)"),
])
def test_content_that_contradicts_the_name_is_refused(tmp_path, name, data, reason):
    assert reason in refusal(put(tmp_path, name, data))


# ---- HTML ------------------------------------------------------------------------------------------

def test_html_keeps_text_and_table_rows_and_drops_scripts_and_chrome():
    doc = load(FIXTURES / "notice.html")
    lines = doc.text.splitlines()
    assert doc.meta.title == "시흥시 일자리 박람회 개최"
    assert "박람회 | 5월 15일 10시 | 시흥시청 대강당" in lines
    assert "참여 기업은 40곳이며 현장 면접도 진행한다." in lines
    for absent in ("alert", "xss", "fetch", "cookie", "evil.example", "onerror", "시스템 프롬프트", "로그인", "color"):
        assert absent not in doc.text


def test_broken_html_still_gives_its_text(tmp_path):
    html = "<html><body><p>평택시 <b>청년 <i>일자리 <table><tr><td>구분<td>인원<tr><td>인턴<td>30명"
    doc = load(put(tmp_path, "broken.html", html))
    assert "평택시 청년 일자리" in doc.text and "인턴 | 30명" in doc.text


def test_deeply_nested_html_is_read_in_one_pass(tmp_path):
    depth = 50_000
    html = "<html><body>" + "<div>" * depth + "오산시 취업 박람회" + "</div>" * depth + "</body></html>"
    assert load(put(tmp_path, "deep.html", html)).text == "오산시 취업 박람회"


def test_deeply_nested_hwpx_is_refused_not_crashed(tmp_path):
    raw = io.BytesIO()
    deep = "<hp:subList>" * 5000 + "<hp:p><hp:run><hp:t>x</hp:t></hp:run></hp:p>" + "</hp:subList>" * 5000
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as z:
        z.writestr("Contents/section0.xml", f'<hs:sec xmlns:hs="s" xmlns:hp="p">{deep}</hs:sec>')
    assert "nested too deeply" in refusal(put(tmp_path, "deep.hwpx", raw.getvalue()))


# ---- files that are not documents ---------------------------------------------------------------------

def test_empty_and_blank_files_are_refused(tmp_path):
    assert refusal(put(tmp_path, "empty.txt", b"")) == "empty file"
    assert refusal(put(tmp_path, "blank.txt", b" \n\t\r\n ")) == "empty file"


def test_binary_named_txt_is_refused(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    assert "binary" in refusal(put(tmp_path, "photo.txt", png))
    assert "binary" in refusal(put(tmp_path, "noise.txt", os.urandom(4096).replace(b"\x00", b"\x01")))


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.write(GOYANG.encode("utf-8"))
        f.truncate(200 * 2**20)  # sparse: 200 MB on paper, nothing on disk
    reason = refusal(path)
    assert "too large (200 MB" in reason and f"limit is {MAX_FILE_BYTES // 2**20} MB" in reason


def test_symlinks_leaving_the_folder_are_not_followed(tmp_path):
    outside = put(tmp_path, "secret/passwords.txt", "root:hunter2 이 파일은 읽히면 안 된다")
    source = tmp_path / "docs"
    source.mkdir()
    (source / "link.txt").symlink_to(outside)
    (source / "folder-link").symlink_to(outside.parent, target_is_directory=True)
    items = {Path(i.path).name: i.reason for i in load_documents(source)}
    assert "outside the source folder" in items["link.txt"]
    assert "symbolic link to a folder" in items["folder-link"]


def test_broken_and_looping_symlinks_are_skipped(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    put(tmp_path, "ok.txt", GOYANG)
    gone, loop, ok = load_documents(tmp_path)
    assert "broken symbolic link" in gone.reason and "broken symbolic link" in loop.reason
    assert ok.text == GOYANG


def test_a_pipe_named_txt_is_skipped_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    put(tmp_path, "ok.txt", GOYANG)
    items = list(load_documents(tmp_path))
    assert "not a regular file" in items[1].reason and items[0].text == GOYANG


@pytest.mark.parametrize("name", ["공 고 문.txt", "it's \"quoted\".txt", "줄\n바꿈.txt", "tab\tname.md", "ㅎㅎ😀.txt"])
def test_odd_file_names_are_loaded_under_their_own_name(tmp_path, name):
    put(tmp_path, name, GOYANG)
    (doc,) = load_documents(tmp_path)
    assert doc.source == name and doc.text == GOYANG


def test_every_file_of_a_batch_is_accounted_for(tmp_path):
    put(tmp_path, "a.txt", GOYANG)
    put(tmp_path, "b.txt", b"")
    put(tmp_path, "c/d.hwpx", (FIXTURES / "notice.hwpx").read_bytes())
    put(tmp_path, "c/e.doc", b"\xd0\xcf\x11\xe0")
    put(tmp_path, ".hidden.txt", GOYANG)
    put(tmp_path, "metadata.csv", "file,title\na.txt,고양 공고\n")
    items = list(load_documents(tmp_path))
    names = [Path(getattr(i, "source", None) or i.path).name for i in items]
    assert names == ["a.txt", "b.txt", "d.hwpx", "e.doc"]
    assert [type(i).__name__ for i in items] == ["SourceDocument", "DocumentLoadError", "SourceDocument",
                                                 "DocumentLoadError"]
    assert items[0].meta.title == "고양 공고"
    assert "unsupported file type .doc" in items[3].reason


def test_unreadable_metadata_table_leaves_documents_loadable(tmp_path, caplog):
    put(tmp_path, "a.txt", GOYANG)
    put(tmp_path, "metadata.csv", "file,title\na.txt,\"" + "x" * 200_000 + "\"\n")  # over csv's field limit
    (doc,) = load_documents(tmp_path)
    assert doc.text == GOYANG
    assert "metadata" in caplog.text


def test_metadata_rows_are_read_by_file_name(tmp_path):
    put(tmp_path, "metadata.csv", "file,title,published\na.txt,제목,2024-13-01\n,없음,\n")
    meta = read_metadata(tmp_path)
    assert meta["a.txt"].title == "제목" and meta["a.txt"].published == ""  # bad date left empty
    assert list(meta) == ["a.txt"]
