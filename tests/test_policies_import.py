"""Policy exports (온통청년 .json): one readable program page per record, named and hashed per record."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.documents.loading import load_documents
from assistant.engine import Assistant
from assistant.errors import DocumentLoadError
from assistant.index.build import run_ingest
from assistant.language.regions import load_regions
from assistant.programs.catalog import programs_in
from assistant.programs.finder import open_status
from assistant.programs.public import catalog_entry

REPO = Path(__file__).resolve().parent.parent
DEV_POLICIES = REPO.parent / "shared" / "data" / "youth-policies" / "policies-dev.json"
needs_dev = pytest.mark.skipif(not DEV_POLICIES.is_file(), reason=f"dev corpus absent: {DEV_POLICIES}")

DRONE = {  # written for this test in the export's own shape
    "plcyNo": "20990101000000000001", "plcyNm": "청년 드론 조종 자격 취득 지원",
    "lclsfNm": "일자리", "mclsfNm": "취업",
    "plcyExplnCn": "지역 청년의 드론 분야 취업을 돕기 위해 조종 자격 취득 비용을 지원함.",
    "plcySprtCn": "○ 드론 조종 자격 응시료 1인당 30만원 지원\n○ 실기 교육 20시간 제공",
    "plcyKywdNm": "교육지원", "sprtTrgtMinAge": "19", "sprtTrgtMaxAge": "39", "sprtTrgtAgeLmtYn": "Y",
    "aplyYmd": "20300301 ~ 20300331", "plcyAplyMthdCn": "시청 누리집 온라인 신청", "srngMthdCn": "",
    "refUrlAddr1": "https://example.org/drone", "sprvsnInstCdNm": "경기도 의정부시 일자리정책과",
    "operInstCdNm": "", "sprtSclCnt": "25", "sbmsnDcmntCn": "ㆍ신청서\nㆍ주민등록초본",
    "addAplyQlfcCndCn": "", "zipCd": "41150", "frstRegDt": "2099-01-02 10:00:00", "lastMdfcnDt": "",
}


def _record(**changes) -> dict:
    return {**DRONE, **changes}


def _put(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _load(folder: Path) -> tuple[list, list[DocumentLoadError]]:
    items = list(load_documents(folder))
    errors = [i for i in items if isinstance(i, DocumentLoadError)]
    return [i for i in items if not isinstance(i, DocumentLoadError)], errors


def _dev_records(count: int) -> list[dict]:
    return json.loads(DEV_POLICIES.read_text(encoding="utf-8"))[:count]


def test_a_record_becomes_a_labelled_program_page_with_its_metadata(tmp_path):
    _put(tmp_path, "exports/export.json", [DRONE])
    (doc,), errors = _load(tmp_path)
    assert not errors
    lines = doc.text.splitlines()
    assert lines[0] == "청년 드론 조종 자격 취득 지원"
    for line in ("주관기관: 경기도 의정부시 일자리정책과", "거주지역: 의정부시", "연령: 만 19세 ~ 39세",
                 "신청기간: 2030.03.01 ~ 2030.03.31", "지원규모: 25명", "□ 지원 내용",
                 "○ 드론 조종 자격 응시료 1인당 30만원 지원", "ㆍ주민등록초본", "참고 URL: https://example.org/drone"):
        assert line in lines
    assert "□ 심사 방법" not in lines  # an empty field gets no heading
    assert doc.source == "exports/export.json#20990101000000000001"
    assert (doc.meta.title, doc.meta.municipality) == (DRONE["plcyNm"], "의정부시")
    assert doc.meta.published == "2099-01-02"
    assert doc.meta.publisher == "경기도 의정부시 일자리정책과" and doc.meta.url == "https://example.org/drone"
    assert doc.record["plcyNo"] == DRONE["plcyNo"] and doc.record["regions"] == ["의정부시"]


def test_the_api_response_envelope_is_read(tmp_path):
    envelope = {"resultCode": 200, "resultMessage": "성공",
                "result": {"pagging": {"totCount": 2, "pageNum": 1, "pageSize": 10},
                           "youthPolicyList": [DRONE, _record(plcyNo="20990101000000000002",
                                                              plcyNm="청년 면접 정장 대여")]}}
    _put(tmp_path, "getPlcy.json", envelope)
    docs, errors = _load(tmp_path)
    assert not errors and [d.meta.title for d in docs] == ["청년 드론 조종 자격 취득 지원", "청년 면접 정장 대여"]


def test_unstated_fields_are_never_rendered_as_facts(tmp_path):
    records = [
        _record(plcyNo="1", sprtTrgtMinAge="0", sprtTrgtMaxAge="0", sprtTrgtAgeLmtYn="N", aplyYmd="",
                sprtSclCnt="0"),
        _record(plcyNo="2", sprtTrgtMinAge="", sprtTrgtMaxAge="", sprtTrgtAgeLmtYn="", sprtSclCnt=""),
        _record(plcyNo="3", sprtTrgtMinAge="0", sprtTrgtMaxAge="34"),
        _record(plcyNo="4", sprtTrgtMinAge="18", sprtTrgtMaxAge="99"),  # 99: the portal's "no upper limit"
    ]
    _put(tmp_path, "export.json", records)
    by_id = {d.record["plcyNo"]: d.text.splitlines() for d in _load(tmp_path)[0]}
    assert "연령: 제한 없음" in by_id["1"]  # the record says N
    assert "신청기간: 상시 또는 명시되지 않음" in by_id["1"]
    assert not any(line.startswith(("지원규모", "연령")) for line in by_id["2"])  # nothing stated, nothing claimed
    assert not any(line.startswith("지원규모") for line in by_id["1"])
    assert "연령: 만 34세 이하" in by_id["3"] and "연령: 만 18세 이상" in by_id["4"]


def test_portal_placeholders_are_never_shown_as_a_date_or_an_age_limit(tmp_path):
    records = [
        _record(plcyNo="none", aplyYmd="99991231 ~ 99991231"),  # the portal's "no end", as in the dev data
        _record(plcyNo="from", aplyYmd="20250301 ~ 99991231", sprtTrgtMinAge="0", sprtTrgtMaxAge="99"),
        _record(plcyNo="2099", aplyYmd="20250301 ~ 20991231", sprtTrgtMinAge="0", sprtTrgtMaxAge="0"),
        _record(plcyNo="empty", aplyYmd=""),
    ]
    _put(tmp_path, "export.json", records)
    by_id = {d.record["plcyNo"]: d.text.splitlines() for d in _load(tmp_path)[0]}
    assert "신청기간: 마감일 없음(상시)" in by_id["none"]
    for key in ("from", "2099"):
        assert "신청기간: 2025.03.01부터 마감일 없음(상시)" in by_id[key]
    assert not any("9999" in line or "2099" in line for lines in by_id.values() for line in lines[1:])
    # Y with 0/99 or 0/0 gives no limit: no age line at all, never "만 99세 이하" or "제한 없음"
    assert not any(line.startswith("연령") for line in by_id["from"] + by_id["2099"])
    assert "신청기간: 상시 또는 명시되지 않음" in by_id["empty"]  # empty: 상시 or not stated, not 상시 as fact


def test_the_catalog_reads_placeholders_as_no_end_and_no_stated_age(tmp_path):
    records = [
        _record(plcyNo="none", aplyYmd="99991231 ~ 99991231"),
        _record(plcyNo="from", aplyYmd="20250301 ~ 99991231", sprtTrgtMinAge="0", sprtTrgtMaxAge="99"),
        _record(plcyNo="zero", aplyYmd="", sprtTrgtMinAge="0", sprtTrgtMaxAge="0", plcySprtCn="○ 교육비 지원"),
    ]
    _put(tmp_path, "export.json", records)
    table = load_regions()
    programs = [p for d in _load(tmp_path)[0] for p in programs_in(d, table)]
    entries = {p.source.rsplit("#", 1)[-1]: (catalog_entry(p), p) for p in programs}
    none, from_, zero = (entries[k] for k in ("none", "from", "zero"))
    assert (none[0]["apply_start"], none[0]["apply_end"], none[0]["apply_note"]) == (None, None, "상시")
    assert (from_[0]["apply_start"], from_[0]["apply_end"]) == ("2025-03-01", None)
    assert none[0]["evidence"]["period"] == "신청기간: 마감일 없음(상시)"
    assert open_status(from_[1].period, dt.date(2025, 6, 1)) == ("always", None)
    assert open_status(from_[1].period, dt.date(2025, 2, 27)) == ("upcoming", 2)
    assert open_status(zero[1].period, dt.date(2025, 6, 1)) == ("unknown", None)  # empty: not stated
    for entry, program in (from_, zero):
        assert (entry["age_min"], entry["age_max"]) == (None, None)
        assert program.fact("age").status == "not_stated"


def test_region_codes_read_as_nationwide_a_whole_province_or_places(tmp_path):
    table = load_regions()
    local = [r.code for r in table.regions if r.level != "province"]
    gangwon = [r.code for r in table.regions if r.province == "강원특별자치도" and r.level != "province"]
    records = [_record(plcyNo="all", zipCd=",".join(local)), _record(plcyNo="gw", zipCd=",".join(gangwon)),
               _record(plcyNo="two", zipCd="41150,41280")]
    _put(tmp_path, "export.json", records)
    places = {d.record["plcyNo"]: d.meta.municipality for d in _load(tmp_path)[0]}
    assert places == {"all": "전국", "gw": "강원특별자치도", "two": "의정부시;고양시"}


def test_a_json_that_is_not_an_export_is_skipped_with_its_reason(tmp_path):
    _put(tmp_path, "package.json", {"name": "site", "dependencies": {"react": "18"}})
    (tmp_path / "broken.json").write_text('[{"plcyNo": "1", ', encoding="utf-8")
    docs, errors = _load(tmp_path)
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert not docs
    assert "not a 온통청년 policy export" in reasons["package.json"]
    assert reasons["broken.json"].startswith("not valid JSON (line 1")


def test_malformed_records_are_named_and_the_rest_ingested(tmp_path):
    records = [DRONE, "문자열", {"plcyNm": "번호 없는 정책"}, {"plcyNo": "20990101000000000009", "plcyNm": " "},
               _record(plcyNm="같은 번호")]
    _put(tmp_path, "export.json", records)
    docs, errors = _load(tmp_path)
    assert [d.meta.title for d in docs] == [DRONE["plcyNm"]]
    named = [(Path(e.path).name, e.reason) for e in errors]
    assert named == [
        ("export.json#2", "record 2 is not an object (str)"),
        ("export.json#3", "record 3 has no plcyNo (policy number)"),
        ("export.json#20990101000000000009", "record 4 has no plcyNm (policy name)"),
        (f"export.json#{DRONE['plcyNo']}", "record 5 repeats the plcyNo of record 1"),
    ]


@needs_dev
def test_every_dev_policy_is_read_with_its_place(tmp_path):
    (tmp_path / "policies.json").write_bytes(DEV_POLICIES.read_bytes())
    docs, errors = _load(tmp_path)
    records = json.loads(DEV_POLICIES.read_text(encoding="utf-8"))
    assert not errors and len(docs) == len(records)
    assert all(d.meta.title == r["plcyNm"] and d.text.startswith(r["plcyNm"]) for d, r in zip(docs, records))
    assert all(d.meta.municipality for d, r in zip(docs, records) if r["zipCd"])
    assert len({d.document_id for d in docs}) == len(docs)


@pytest.mark.slow
def test_a_changed_record_alone_is_embedded_again_and_cited_by_its_number(tmp_path, analyzer, embedder):
    written = [_record(plcyNo=str(n), plcyNm=f"정책 {n}") for n in range(4)]
    extra = _dev_records(4) if DEV_POLICIES.is_file() else written
    source = tmp_path / "knowledge"
    _put(source, "policies/export.json", [DRONE, *extra])
    settings = load_settings({}, source_dir=source, index_dir=tmp_path / "index")
    first = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assert len(first.added) == 5 and first.embedded == first.chunks

    changed = _record(plcySprtCn=DRONE["plcySprtCn"].replace("30만원", "35만원"))
    _put(source, "policies/export.json", [changed, *extra])
    second = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    drone = f"policies/export.json#{DRONE['plcyNo']}"
    assert second.updated == [drone] and len(second.unchanged) == 4
    assert 0 < second.embedded < first.chunks  # only that record's changed passages

    assistant = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    answer = assistant.ask("청년 드론 조종 자격 취득 지원은 응시료를 얼마 지원해요?")
    assert "35만원" in answer.text and answer.citations[0].source == drone


@pytest.mark.slow
def test_an_export_that_cannot_be_read_keeps_its_indexed_records(tmp_path, analyzer, embedder):
    source = tmp_path / "knowledge"
    path = _put(source, "export.json", [DRONE, _record(plcyNo="20990101000000000002", plcyNm="청년 면접 정장 대여")])
    settings = load_settings({}, source_dir=source, index_dir=tmp_path / "index")
    first = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")  # cut short while being copied
    second = run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assert [reason for _, reason in second.skipped][0].startswith("not valid JSON")
    assert not second.removed and second.chunks == first.chunks


@pytest.mark.slow
def test_ingest_command_names_a_bad_record_and_exits_3(tmp_path):
    source = tmp_path / "knowledge"
    _put(source, "export.json", [DRONE, {"plcyNo": "20990101000000000009"}])
    command = [sys.executable, "ingest.py", "--source", str(source), "--index-dir", str(tmp_path / "index"), "--quiet"]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 3, result.stderr
    bad = f"{source / 'export.json'}#20990101000000000009"
    assert f"skipped {bad}: record 2 has no plcyNm (policy name)" in result.stderr
    assert f"added export.json#{DRONE['plcyNo']}" in result.stdout
