"""The policy evaluation: rendered policies state only their record's facts, questions ask only what a
record states (or 'not stated' when nothing could answer), hand-written rows hold, and the gate refuses
a worse run."""

from __future__ import annotations

import json
import re

import pytest

from evals import gate
from evals.metrics import missing_fact_groups
from evals.policy_corpus import EXPORT_FILE, SOURCE_DIR, build_corpus, load_answers, place
from evals.policy_eval import GATED_METRICS, POLICY_GOLD, load_hand_questions
from evals.policy_facts import (
    DEFAULT_POLICIES,
    FREE_TEXT_FIELDS,
    age_phrase,
    load_policies,
    load_regions,
    period_phrase,
    truth_of,
)
from evals.policy_questions import field_facts, generate
from evals.policy_render import render_markdown, render_notice, write_docx

pytestmark = pytest.mark.skipif(not DEFAULT_POLICIES.exists(), reason=f"dev policies not at {DEFAULT_POLICIES}")
AGE_RANGE = re.compile(r"(\d+)\s*세?\s*(?:이상)?\s*~?\s*(\d+)\s*세\s*(이하|미만)?")


@pytest.fixture(scope="module")
def records():
    return {record["plcyNo"]: record for record in load_policies()}


@pytest.fixture(scope="module")
def regions():
    return load_regions()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("policy-eval")
    build_corpus(out, limit=40)
    return out


def _docx_text(path) -> str:
    from docx import Document

    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _rendered(record, truth, variant, form, tmp_path) -> str:
    if form == "md":
        return render_markdown(record, truth, variant)
    if form == "txt":
        return render_notice(record, truth, variant)
    path = tmp_path / f"{variant}.docx"
    write_docx(record, truth, variant, path)
    return _docx_text(path)


def _record_text(record) -> str:
    return "\n".join(str(record.get(field) or "") for field in FREE_TEXT_FIELDS)


@pytest.mark.parametrize("form", ["md", "txt", "docx"])
def test_an_age_range_is_stated_equivalently_and_no_other_age_appears(form, records, regions, tmp_path):
    picked = [r for r in records.values() if (r["sprtTrgtMinAge"], r["sprtTrgtMaxAge"]) == ("19", "39")
              and r["sprtTrgtAgeLmtYn"] == "Y" and not re.search(r"\d\s*세", _record_text(r))][:12]
    styles = set()
    for number, record in enumerate(picked):
        text = _rendered(record, truth_of(record, regions), number % 3, form, tmp_path)
        found = AGE_RANGE.findall(text)
        assert {(int(low), int(high) - (bound == "미만")) for low, high, bound in found} == {(19, 39)}, text
        styles |= {bound for _, _, bound in found}
    assert len(styles) > 1  # written more than one way across policies


@pytest.mark.parametrize("form", ["md", "txt", "docx"])
def test_every_number_in_a_rendered_document_comes_from_its_record(form, records, regions, tmp_path):
    picked = [r for r in records.values() if r["aplyYmd"] and r["sprtSclCnt"] not in ("", "0")][:6]
    for number, record in enumerate(picked):
        truth = truth_of(record, regions)
        allowed = set(re.findall(r"\d+", json.dumps(record, ensure_ascii=False)))
        allowed |= {str(truth.age_max + 1)} if truth.age_max else set()
        for day in filter(None, (truth.apply_start, truth.apply_end)):
            year, month, date = day.split("-")
            allowed |= {year, year[2:], month, date, str(int(month)), str(int(date))}
        text = _rendered(record, truth, number % 3, form, tmp_path)
        text = re.sub(r"(?m)^\d+\. ", "", text)  # section numbers of a notice are layout, not facts
        invented = set(re.findall(r"\d+", text)) - allowed
        assert not invented, (record["plcyNo"], invented)
        assert truth.name in text and f"{truth.head_count}명" in text


def test_the_corpus_holds_every_form_seeds_and_an_export_with_truth_beside_it(corpus, records):
    source = corpus / SOURCE_DIR
    answers = load_answers(corpus)
    assert {row["form"] for row in answers} == {"md", "txt", "docx", "json"}
    assert {row["split"] for row in answers} == {"tune", "held"}
    assert not list(source.glob("answers*")), "the truth must not be ingested"
    exported = json.loads((source / EXPORT_FILE).read_text(encoding="utf-8"))
    assert exported == [records[row["plcyNo"]] for row in answers if row["form"] == "json"]
    for row in answers:
        if row["form"] != "json":
            assert (source / row["source"]).is_file() and row["source"] == place(records[row["plcyNo"]]).source
    metadata = (source / "metadata.csv").read_text(encoding="utf-8")
    assert all(row["source"] not in metadata for row in answers)  # rendered files arrive without metadata
    assert len(list(source.glob("0*.txt"))) == 5  # the seed articles


def test_generated_facts_are_in_the_rendered_documents(corpus, records, regions):
    truths = load_answers(corpus)
    questions = generate(records, truths, regions)
    by_no = {t["plcyNo"]: t for t in truths}
    checked = 0
    for question in questions:
        truth = by_no[question.plcy_no]
        if not question.row.answerable or truth["form"] == "json":
            continue
        path = corpus / SOURCE_DIR / truth["source"]
        text = _docx_text(path) if path.suffix == ".docx" else path.read_text(encoding="utf-8")
        assert not missing_fact_groups(question.row.facts, text), (question.row.question, question.row.facts)
        checked += 1
    assert checked > 40


def test_questions_skip_what_a_record_does_not_state(records, regions):
    record = next(r for r in records.values() if r["aplyYmd"] and r["sprtSclCnt"] not in ("", "0"))
    bare = {**record, "aplyYmd": "", "sprtSclCnt": "0", "sprtTrgtAgeLmtYn": "N", "sprtTrgtMinAge": "0",
            "sprtTrgtMaxAge": "0", "plcyAplyMthdCn": "", "plcySprtCn": "교육 운영", "plcyExplnCn": "교육 운영",
            "addAplyQlfcCndCn": "", "srngMthdCn": "", "sbmsnDcmntCn": ""}
    full_kinds = set(field_facts(record, truth_of(record, regions).to_dict(), regions))
    assert {"deadline", "count"} <= full_kinds
    truth = {**truth_of(bare, regions).to_dict(), "plcyNo": bare["plcyNo"], "source": "x.md", "form": "md", "split": "tune"}
    assert set(field_facts(bare, truth, regions)) <= {"contact", "region"}
    asked = generate({bare["plcyNo"]: bare}, [truth], regions)
    assert {q.kind for q in asked} - {"contact", "region"} == {"not_stated"}
    assert all(not q.row.facts and not q.row.answerable for q in asked if q.kind == "not_stated")


def test_hand_written_rows_name_real_policies_and_facts_their_documents_state(corpus, records, regions, tmp_path):
    rows = [json.loads(line) for line in POLICY_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    kinds = [row["kind"] for row in rows]
    assert kinds.count("citizen") >= 40 and kinds.count("unanswerable") + kinds.count("not_stated") >= 10
    for row in rows:
        if row["kind"] != "citizen":
            continue
        record, placement = records[row["plcyNo"]], place(records[row["plcyNo"]])
        assert row["sources"] == [placement.source]
        if placement.form == "json":  # the importer renders the fields; its free text is the record's
            truth = truth_of(record, regions)
            text = _record_text(record) + f"{truth.head_count}명" + "".join(
                filter(None, (phrase(truth, v) for v in range(5) for phrase in (age_phrase, period_phrase))))
        else:
            text = _rendered(record, truth_of(record, regions), placement.variant, placement.form, tmp_path)
        assert not missing_fact_groups(row["facts"], text), row["id"]
    questions = load_hand_questions(POLICY_GOLD, load_answers(corpus))
    assert all(q.kind == "unanswerable" or q.plcy_no in {t["plcyNo"] for t in load_answers(corpus)} for q in questions)


def test_the_gate_refuses_a_run_worse_on_a_policy_metric(tmp_path):
    good = {name: 0.8 for name in GATED_METRICS}
    gate.write_baseline(tmp_path / "b.json", good, "policies", 10, GATED_METRICS)
    baseline = gate.load_baseline(tmp_path / "b.json")
    assert gate.compare(good, baseline, 0.02, GATED_METRICS) == []
    worse = {**good, "citizen_accuracy": 0.7, "not_stated_rate": 0.79}
    assert [r.metric for r in gate.compare(worse, baseline, 0.02, GATED_METRICS)] == ["citizen_accuracy"]


@pytest.mark.slow
def test_policies_command_end_to_end(tmp_path):
    from evals.__main__ import main as evals_main

    out = tmp_path / "out"
    code = evals_main(["policies", "--limit", "8", "--corpus", str(tmp_path / "corpus"), "--out", str(out), "--no-gate"])
    assert code == 0
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["summary"]["by_form"] and set(results["summary"]["by_form"]) <= {"md", "txt", "docx", "json", "-"}
    assert results["questions"] and "field_accuracy" in results["summary"]["overall"]
    report = (out / "report.md").read_text(encoding="utf-8")
    assert report.index("## Failures") < report.index("## By kind") < report.index("## By form")


def test_policy_corpus_command_names_a_missing_policy_file(tmp_path, capsys):
    from evals.__main__ import main as evals_main

    code = evals_main(["policy-corpus", "--out", str(tmp_path / "out"), "--policies", str(tmp_path / "none.json")])
    assert code == 2
    assert f"no policy records at {tmp_path / 'none.json'}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_policy_corpus_command_reports_what_it_wrote(tmp_path, capsys):
    from evals.__main__ import main as evals_main

    assert evals_main(["policy-corpus", "--out", str(tmp_path / "out"), "--limit", "12"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("12 policies (") and str(tmp_path / "out" / "answers.jsonl") in printed
    assert len(load_answers(tmp_path / "out")) == 12
