"""Staff uploads of legacy .hwp files and 온통청년 .json exports: checked by content, refused in Korean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.documents.uploads import UploadError, check_upload
from assistant.ui import staff as ui_staff

REPO = Path(__file__).resolve().parent.parent
HWP_DIR = REPO.parent / "shared" / "data" / "hwp"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

POLICY = {  # written for this test in the export's own shape
    "plcyNo": "20300101000000000001", "plcyNm": "청년 용접 기능사 취득 지원",
    "plcySprtCn": "○ 용접기능사 응시료 1인당 20만원 지원", "sprtTrgtMinAge": "18", "sprtTrgtMaxAge": "34",
    "sprtTrgtAgeLmtYn": "Y", "aplyYmd": "20300301 ~ 20300331", "zipCd": "41150", "sprtSclCnt": "10",
    "sprvsnInstCdNm": "경기도 의정부시 일자리정책과", "refUrlAddr1": "https://example.org/weld",
}


def _upload(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / "upload" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _refused(path: Path, source: Path) -> str:
    with pytest.raises(UploadError) as raised:
        check_upload(path, path.name, source)
    return str(raised.value)


@pytest.mark.skipif(not (HWP_DIR / "noori.hwp").is_file(), reason=f"HWP samples absent: {HWP_DIR}")
def test_a_legacy_hwp_is_accepted_and_read(tmp_path):
    path = _upload(tmp_path, "보도자료.hwp", (HWP_DIR / "noori.hwp").read_bytes())
    checked = check_upload(path, path.name, tmp_path / "knowledge")
    assert checked.name == "보도자료.hwp" and len(checked.document.text) > 200


def test_a_hwp_that_is_not_an_ole_file_is_refused_by_its_content(tmp_path):
    message = _refused(_upload(tmp_path, "공고.hwp", "한글 텍스트를 .hwp 로 저장했습니다."), tmp_path / "k")
    assert message == "공고.hwp: 파일 내용이 확장자(.hwp)와 다릅니다: 실제로는 텍스트 파일입니다."


def test_a_damaged_hwp_is_refused_in_korean(tmp_path):
    message = _refused(_upload(tmp_path, "깨진.hwp", OLE_MAGIC + b"\x00" * 600), tmp_path / "k")
    assert message.startswith("깨진.hwp: 문서에서 글을 읽지 못했습니다 (")
    assert "HWP" in message and "damaged" not in message


def test_a_policy_export_is_accepted_with_one_document_per_record(tmp_path):
    second = {**POLICY, "plcyNo": "20300101000000000002", "plcyNm": "청년 면접 정장 대여"}
    path = _upload(tmp_path, "온통청년.json", json.dumps({"result": {"youthPolicyList": [POLICY, second]}},
                                                           ensure_ascii=False))
    checked = check_upload(path, path.name, tmp_path / "k")
    assert [d.meta.title for d in checked.documents] == ["청년 용접 기능사 취득 지원", "청년 면접 정장 대여"]
    assert checked.documents[0].source == "온통청년.json#20300101000000000001"


@pytest.mark.parametrize("content, expected", [
    ('{"name": "site", "dependencies": {}}', "온통청년 정책 내보내기 파일이 아닙니다"),
    ('[{"plcyNo": "1", ', "JSON 문법이 잘못되었습니다 (1번째 줄"),
    (json.dumps([POLICY, {"plcyNo": "77"}, POLICY], ensure_ascii=False),
     "정책 2건을 읽지 못했습니다: 77: 2번째 항목에 정책명(plcyNm) 없음, "
     "20300101000000000001: 3번째 항목의 정책번호가 1번째 항목과 같음"),
])
def test_a_json_that_is_not_a_clean_export_is_refused_in_korean(tmp_path, content, expected):
    message = _refused(_upload(tmp_path, "목록.json", content), tmp_path / "k")
    assert message.startswith("목록.json: ") and expected in message


@pytest.mark.slow
def test_an_uploaded_export_is_indexed_and_its_policy_found(tmp_path, staff_context):
    ctx = staff_context
    assistant, source = ctx.assistant, tmp_path / "knowledge"
    upload = _upload(tmp_path, "정책.json", json.dumps([POLICY], ensure_ascii=False))
    message = ui_staff.upload_documents(ctx, ctx.auth.login("s", "p"), [str(upload)])
    assert "올렸습니다:** 정책.json" in message and "추가 1건" in message
    assert not (source / "metadata.csv").exists()  # an export's records carry their own metadata
    answer = assistant.ask("청년 용접 기능사 취득 지원은 몇 살까지 신청할 수 있어요?")
    assert "34세" in answer.text and answer.citations[0].source == "정책.json#20300101000000000001"
    assert "청년 용접 기능사 취득 지원" in [p.title for p in assistant.catalog()]


def test_an_upload_gets_its_metadata_row_with_the_date_the_document_states(tmp_path, staff_context):
    import csv

    ctx = staff_context
    release = ("# 고양시, 청년 면접수당 지급\n\n보도일시: 2024. 3. 5.(화) 배포\n\n"
               "고양시는 구직 중인 청년에게 면접 1회당 5만원의 면접수당을 지급한다고 밝혔다.\n")
    upload = _upload(tmp_path, "고양 보도자료.md", release)
    message = ui_staff.upload_documents(ctx, ctx.auth.login("s", "p"), [str(upload)])  # nothing typed in the form
    with open(tmp_path / "knowledge" / "metadata.csv", encoding="utf-8") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    row = rows["고양 보도자료.md"]
    assert row["published"] == "2024-03-05" and row["title"] == "고양시, 청년 면접수당 지급"
    assert "고양 보도자료.md: 링크 없음" in message and "발행일" not in message.split("<ul>")[1]
    answer = ctx.assistant.ask("고양시 청년 면접수당은 얼마예요?")
    assert answer.citations and answer.citations[0].published == "2024-03-05"


@pytest.mark.skipif(not (HWP_DIR / "noori.hwp").is_file(), reason=f"HWP samples absent: {HWP_DIR}")
def test_an_uploaded_hwp_gets_the_date_it_states_and_staff_can_edit_its_row(tmp_path, staff_context):
    import csv

    ctx, token = staff_context, staff_context.auth.login("s", "p")
    release = _upload(tmp_path, "누리 보도자료.hwp", (HWP_DIR / "noori.hwp").read_bytes())
    message = ui_staff.upload_documents(ctx, token, [str(release)])
    assert "2018-09-04" in message and "문서 본문" in message  # 보도일시 | 2018. 9. 4. in the release's table
    assert "누리 보도자료.hwp" in ui_staff.editable_documents(ctx, token)
    title, publisher, published, url = ui_staff.document_metadata(ctx, token, "누리 보도자료.hwp")
    assert published == "2018-09-04" and "누리" in title and not publisher and not url

    saved = ui_staff.save_document_metadata(ctx, token, "누리 보도자료.hwp", {
        "title": "한국형발사체 이름은 누리", "publisher": "과학기술정보통신부", "published": "2018-09-04",
        "url": "https://www.msit.go.kr/press/1"})
    assert "저장했습니다" in saved
    with open(tmp_path / "knowledge" / "metadata.csv", encoding="utf-8") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    assert rows["누리 보도자료.hwp"]["publisher"] == "과학기술정보통신부" and len(rows) >= 1
    document = ctx.assistant.document("누리 보도자료.hwp")
    assert document.meta.title == "한국형발사체 이름은 누리" and document.meta.url == "https://www.msit.go.kr/press/1"
    with pytest.raises(ui_staff.StaffError):
        ui_staff.save_document_metadata(ctx, token, "누리 보도자료.hwp", {"published": "작년"})
    assert ui_staff.document_metadata(ctx, token, "누리 보도자료.hwp")[0] == "한국형발사체 이름은 누리"  # unchanged


@pytest.mark.skipif(not (HWP_DIR / "basicsReport.hwp").is_file(), reason=f"HWP samples absent: {HWP_DIR}")
def test_an_hwp_stating_no_date_gets_the_day_its_summary_says_it_was_saved(tmp_path):
    from assistant.documents.uploads import hwp_summary, read_meta_with_origin
    from assistant.types import DocumentMeta

    path = _upload(tmp_path, "보고서.hwp", (HWP_DIR / "basicsReport.hwp").read_bytes())
    assert hwp_summary(path) == {"created": "2011-09-21", "modified": "2011-11-03"}
    row, origin = read_meta_with_origin(check_upload(path, path.name, tmp_path / "k"), DocumentMeta())
    assert row.published == "2011-11-03" and origin["published"].startswith("HWP 문서 정보")
    assert hwp_summary(_upload(tmp_path, "a.txt", "2020. 1. 1. 글")) == {}


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_an_hwpx_upload_gets_the_date_its_text_states_else_the_day_its_package_says_it_was_saved(tmp_path):
    """Staff 1 for .hwpx: both files were written by python-hwpx (tests/fixtures/make_hwpx.py); the dated release
    states 보도일시 2025. 4. 7., the undated one only carries the package's ModifiedDate (2025-09-17)."""
    from assistant.documents.uploads import hwpx_summary, read_meta_with_origin
    from assistant.types import DocumentMeta

    dated = _upload(tmp_path, "성남 보도자료.hwpx", (FIXTURES / "release.hwpx").read_bytes())
    row, origin = read_meta_with_origin(check_upload(dated, dated.name, tmp_path / "k"), DocumentMeta())
    assert row.published == "2025-04-07" and origin["published"] == "문서 본문"
    undated = _upload(tmp_path, "성남 안내.hwpx", (FIXTURES / "release-undated.hwpx").read_bytes())
    assert hwpx_summary(undated) == {"format": "hwpx", "created": "2025-09-17", "modified": "2025-09-17"}
    row, origin = read_meta_with_origin(check_upload(undated, undated.name, tmp_path / "k"), DocumentMeta())
    assert row.title == "성남시 청년 면접수당 안내" and row.published == "2025-09-17"
    assert origin["published"] == "HWPX 문서 정보(마지막 저장일)"
    typed, _ = read_meta_with_origin(check_upload(undated, undated.name, tmp_path / "k"), DocumentMeta(published="2025-05-01"))
    assert typed.published == "2025-05-01"  # what staff type wins over the package's date
    assert hwpx_summary(_upload(tmp_path, "a.txt", "2020. 1. 1. 글")) == {}
