"""The web app's handlers, in-process, over the real knowledge/ index; and its API through gradio_client."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from evals.policy_corpus import copy_seed_articles

from assistant.ui import chat as ui_chat, places as ui_places, search as ui_search, staff as ui_staff
from assistant.ui.feedback import FeedbackStore
from assistant.types import Chunk, DocumentMeta, Hit, SourceDocument
from assistant.ui.render import answer_html, answer_text
from assistant.ui.eval_report import korean_report
from assistant.ui.results import document_html, hits_html
from assistant.ui.staff import StaffAuth, StaffError
from assistant.documents.uploads import UploadError, check_upload, safe_name

REPO = Path(__file__).resolve().parent.parent
QUESTION = "수원시 시니어 기술창업센터는 언제 개소했나요?"
NOT_COVERED = "부산시 청년 구직수당은 한 달에 얼마인가요?"


@pytest.fixture
def ctx(knowledge_assistant, knowledge_settings, tmp_path):
    """An app context over the shared index whose writable parts (sources, feedback, eval output) are in tmp_path."""
    from assistant.ui.webapp import AppContext
    from evals.evaluation import evaluate

    source = tmp_path / "knowledge"
    copy_seed_articles(source, REPO / "knowledge")  # the articles the shared index holds, not the bundled export
    settings = dataclasses.replace(knowledge_settings, source_dir=source)
    return AppContext(knowledge_assistant, settings, FeedbackStore(tmp_path / "feedback.sqlite3"),
                      StaffAuth("staff", "correct horse", failed_delay=0), evaluate=evaluate,
                      eval_dataset=REPO / "evals" / "gold.jsonl", eval_out=tmp_path / "eval")


@pytest.fixture
def token(ctx):
    return ctx.auth.login("staff", "correct horse")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ---- chat -------------------------------------------------------------------------------------


def test_ask_streams_then_shows_the_answer_with_its_sources(knowledge_assistant):
    steps = list(ui_chat.ask_turn(knowledge_assistant, QUESTION, [], "전체"))
    assert len(steps) >= 3, "the answer should arrive in pieces"
    assert all('class="jq-typing"' in shown[-1]["content"] for shown, _ in steps[:-1])
    shown, turns = steps[-1]
    assert [m["role"] for m in shown] == ["user", "assistant"]
    answer = turns[0]["answer"]
    assert not answer["abstained"] and "2011년 3월" in answer["answer"]
    assert answer["citations"][0]["source"] == "000_3e53feb907e695fd.txt"
    html = shown[1]["content"]
    assert '<a class="jq-cite" href="#jq-src-0-1">[1]</a>' in html and 'id="jq-src-0-1"' in html
    assert "출처 1건" in html or "출처 2건" in html
    assert "<mark>" in html and "일간경기" in html and "수원시" in html
    assert "2015년 기사 기준" in html  # the source-age note


def test_a_question_the_documents_do_not_cover_is_shown_as_a_refusal(knowledge_assistant):
    shown, turns = list(ui_chat.ask_turn(knowledge_assistant, NOT_COVERED, []))[-1]
    assert turns[0]["answer"]["abstained"] and not turns[0]["answer"]["citations"]
    html = shown[1]["content"]
    assert 'class="jq-refusal"' in html and "답변할 수 없는 질문입니다" in html
    assert "1350" in html  # where to ask instead
    assert "jq-sources" not in html


def test_follow_up_questions_carry_the_previous_turns(knowledge_assistant):
    _, turns = list(ui_chat.ask_turn(knowledge_assistant, QUESTION, []))[-1]
    _, turns = list(ui_chat.ask_turn(knowledge_assistant, "보육실에는 몇 개 기업이 입주할 수 있나요?", turns))[-1]
    assert ui_chat.history_of(turns)[0][0] == QUESTION
    assert len(turns) == 2 and "27개" in turns[1]["answer"]["answer"]


def test_an_empty_question_changes_nothing(knowledge_assistant):
    assert list(ui_chat.ask_turn(knowledge_assistant, "   ", [])) == [([], [])]


def test_document_text_is_rendered_inert():
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script> [1]'
    answer = {"answer": evil, "abstained": False, "notes": [evil], "citations": [{
        "number": 1, "source": "<b>x.txt", "title": evil, "municipality": "<i>", "publisher": "&", "published": "",
        "snippet": "<script>alert(2)</script>", "passage": evil, "score": 1.0}]}
    html = answer_html(answer)
    assert "<script" not in html and "<img" not in html and "<b>x" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html and "\n\n" not in html
    meta = DocumentMeta(title=evil, municipality="<u>")
    chunk = Chunk("d:0", "d", 0, evil, 0, len(evil), "e.txt", meta)
    doc = SourceDocument("d", "e.txt", evil + "\n\n뒤", meta, "h")
    rendered = hits_html([Hit(chunk, 1.0)], {"e.txt": doc})
    assert "<script" not in rendered and "<img" not in rendered and "<u>" not in rendered


def test_the_copy_button_copies_plain_text_with_the_sources(knowledge_assistant):
    shown, turns = list(ui_chat.ask_turn(knowledge_assistant, QUESTION, []))[-1]
    answer = turns[0]["answer"]
    plain = answer_text(answer)
    assert "<" not in plain and ">" not in plain
    assert plain.startswith(answer["answer"].strip()) and "[1]" in plain and "\n출처\n[1] " in plain
    assert "수원형 맞춤형 인프라" in plain and "일간경기" in plain  # the title and the publisher of source [1]
    html_out = shown[1]["content"]
    hidden = html_out.split('<div class="jq-plain" hidden>')[1].split("</div>")[0]
    assert hidden.replace("<br>", "\n") == __import__("html").escape(plain)
    assert 'class="jq-copy"' in html_out


def test_citizens_see_the_source_link_not_the_stored_file_name(knowledge_assistant):
    shown, turns = list(ui_chat.ask_turn(knowledge_assistant, QUESTION, []))[-1]
    assert turns[0]["answer"]["citations"][0]["source"] == "000_3e53feb907e695fd.txt"
    assert "000_3e53feb907e695fd" not in shown[1]["content"] and "000_3e53feb907e695fd" not in answer_text(turns[0]["answer"])
    cited = {**turns[0]["answer"]["citations"][0], "url": "https://news.example.kr/a?id=1&p=2"}
    linked = answer_html({**turns[0]["answer"], "citations": [cited]})
    assert '<a class="jq-link" href="https://news.example.kr/a?id=1&amp;p=2">원문 보기</a>' in linked
    assert "https://news.example.kr/a?id=1&p=2" in answer_text({**turns[0]["answer"], "citations": [cited]})
    sneaky = answer_html({**turns[0]["answer"], "citations": [{**cited, "url": "javascript:alert(1)"}]})
    assert "javascript:" not in sneaky and "jq-link" not in sneaky


def test_a_question_cut_at_the_length_limit_says_so(knowledge_assistant):
    long_question = QUESTION + " " + "자세히 알려 주세요 " * 20
    shown, turns = list(ui_chat.ask_turn(knowledge_assistant, long_question, [], max_chars=60))[-1]
    assert len(turns[0]["question"]) <= 60 and long_question.startswith(turns[0]["question"])
    assert "앞 60자까지만 읽었습니다" in shown[0]["content"]
    shown, _ = list(ui_chat.ask_turn(knowledge_assistant, QUESTION, [], max_chars=60))[-1]
    assert "jq-cut" not in shown[0]["content"]


# ---- feedback ---------------------------------------------------------------------------------


def test_feedback_is_stored_changed_commented_and_exported(ctx, token, knowledge_assistant):
    _, turns = list(ui_chat.ask_turn(knowledge_assistant, QUESTION, []))[-1]
    turns, row_id, message = ui_chat.rate(ctx.feedback, turns, 1, True)  # message 1 is the first answer
    assert row_id and "개인정보" in message
    turns, same_id, _ = ui_chat.rate(ctx.feedback, turns, 1, False)
    assert same_id == row_id
    assert ui_chat.add_comment(ctx.feedback, row_id, "  날짜가 맞아요  ") == "의견이 저장되었습니다. 고맙습니다."
    (row,) = ctx.feedback.rows()
    assert row["question"] == QUESTION and row["verdict"] == "down" and row["comment"] == "날짜가 맞아요"
    assert row["answer"] == turns[0]["answer"]["answer"]
    assert row["citations"][0]["source"] == "000_3e53feb907e695fd.txt" and "passage" not in row["citations"][0]
    assert set(row) == {"id", "created", "verdict", "question", "answer", "citations", "comment"}

    table = ui_staff.feedback_rows(ctx, token, "down")
    assert table[0][0] == row_id and table[0][2] == "아쉬워요"
    exported = Path(ui_staff.export_feedback(ctx, token)).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert rows[0]["question"] == QUESTION and rows[0]["comment"] == "날짜가 맞아요"
    assert json.loads(rows[0]["citations"])[0]["number"] == 1


def test_feedback_ignores_likes_on_no_answer_and_export_neutralises_formulas(ctx):
    assert ui_chat.rate(ctx.feedback, [], 7, True)[1] is None
    assert ui_chat.add_comment(ctx.feedback, None, "x").startswith("먼저")
    ctx.feedback.record("=HYPERLINK(\"http://x\")", "답", [], "up")
    assert "'=HYPERLINK" in ctx.feedback.to_csv()


# ---- search -----------------------------------------------------------------------------------


def test_search_ranks_passages_and_opens_the_document_with_the_passage_marked(knowledge_assistant):
    html = ui_search.search_passages(knowledge_assistant, "시니어 기술창업센터 보육실", "전체", None, None, 5)
    assert html.count("jq-copyable") == 5 and "원문 전체 보기" in html
    assert '<mark class="jq-passage-mark">' in html and "수원형 맞춤형 인프라" in html  # the source's title
    top = knowledge_assistant.retrieve("시니어 기술창업센터 보육실", k=1)[0].chunk
    document = knowledge_assistant.document(top.source)
    assert document.text[top.start : top.end] == top.text
    marked = document_html(document, top.start, top.end)
    inside = marked.split('<mark class="jq-passage-mark">')[1].split("</mark>")[0]
    assert inside.replace("<br>", "\n") == __import__("html").escape(top.text)


def test_search_marks_the_query_words_and_says_scores_in_words(knowledge_assistant):
    html_out = ui_search.search_passages(knowledge_assistant, "시니어 기술창업센터 보육실", "전체", None, None, 5)
    assert '<mark class="jq-term">보육</mark>' in html_out and '<mark class="jq-term">시니어</mark>' in html_out
    assert html_out.count("어휘 일치 ") == 5 and html_out.count("의미 유사 ") == 5
    assert "어휘 일치 높음" in html_out and "의미 유사 높음" in html_out and "의미 유사 낮음" in html_out
    scores = [part.split("</div>")[0] for part in html_out.split('<div class="jq-scores">')[1:]]
    assert len(scores) == 5 and not any(__import__("re").search(r"\d\.\d", line) for line in scores), scores
    plain = html_out.split('<div class="jq-plain" hidden>')[1].split("</div>")[0]
    assert "「2016년 희망 일터 목표 1100명 달성 위해 수원형 맞춤형 인프라 구축」, 일간경기, 2015, 수원시" in plain


def test_a_result_without_any_query_word_is_labelled():
    meta = DocumentMeta(title="고양 일자리센터 안내", publisher="고양시", url="https://www.goyang.go.kr/jobs")
    with_word = Chunk("d:0", "d", 0, "경력단절 여성의 취업을 돕습니다.", 0, 17, "d.txt", meta)
    without = Chunk("d:1", "d", 1, "구직자와 기업을 이어 줍니다.", 18, 33, "d.txt", meta)
    html_out = hits_html([Hit(with_word, 0.9, 0.8, 2.0), Hit(without, 0.5, 0.9, 0.0)], {}, ["경력", "단절", "여성"])
    first, second = __import__("re").split(r'<div class="jq-hit[ "]', html_out)[1:]
    assert "검색어가 들어 있지 않음" not in first and "어휘 일치 높음" in first
    assert "검색어가 들어 있지 않음" in second and "어휘 일치 없음" in second and "jq-hit-unmatched" in second
    assert "https://www.goyang.go.kr/jobs" in second  # the link goes with the copied citation


def test_search_groups_passages_by_document_and_counts_them(knowledge_assistant):
    import re

    html_out = ui_search.search_passages(knowledge_assistant, "시니어 기술창업센터 보육실", "전체", None, None, 8)
    titles = re.findall(r'<div class="jq-source-title">\d+\. (.*?) · <span class="jq-match-count">일치한 문단 (\d+)개', html_out)
    assert len({t for t, _ in titles}) == len(titles), "a document is listed twice"
    assert sum(int(n) for _, n in titles) == html_out.count("jq-copyable") == 8
    assert any(int(n) > 1 for _, n in titles), "no document had two passages: the grouping was not exercised"
    assert f"문단 8개 · 문서 {len(titles)}개" in html_out


def test_search_filters_by_municipality_and_years(knowledge_assistant):
    hits_html_text = ui_search.search_passages(knowledge_assistant, "일자리 목표", "고양시", 2016, 2016, 5)
    assert "고양시" in hits_html_text and "일간경기" not in hits_html_text
    assert "조건에 맞는 문단이 없습니다" in ui_search.search_passages(knowledge_assistant, "일자리", "고양시", 2020, None)
    assert "늦습니다" in ui_search.search_passages(knowledge_assistant, "일자리", None, 2020, 2010)
    assert "입력하세요" in ui_search.search_passages(knowledge_assistant, "  ", None, None, None)


# ---- staff ------------------------------------------------------------------------------------


def test_staff_functions_refuse_without_a_login(ctx):
    assert ctx.auth.login("staff", "wrong") is None and ctx.auth.login("", "") is None
    for token in (None, "", "made-up-token"):
        for call in (lambda t: ui_staff.run_evaluation(ctx, t), lambda t: ui_staff.latest_report(ctx, t),
                     lambda t: ui_staff.feedback_rows(ctx, t), lambda t: ui_staff.export_feedback(ctx, t),
                     lambda t: ui_staff.upload_documents(ctx, t, [REPO / "knowledge" / "README.md"]),
                     lambda t: ui_staff.index_stats(ctx, t)):
            with pytest.raises(StaffError, match="로그인이 필요합니다"):
                call(token)
    good = ctx.auth.login("staff", "correct horse")
    ctx.auth.logout(good)
    with pytest.raises(StaffError):
        ui_staff.index_stats(ctx, good)


def test_staff_tools_are_disabled_without_credentials(ctx):
    off = dataclasses.replace(ctx, auth=StaffAuth.from_env({}))
    assert not off.auth.enabled and off.auth.login("", "") is None
    with pytest.raises(StaffError, match="JOBQA_STAFF_USER"):
        ui_staff.index_stats(off, "anything")


def test_index_stats(ctx, token):
    stats = ui_staff.index_stats(ctx, token)
    assert stats["documents"] == 5 and stats["chunks"] > 0 and "고양시" in stats["municipalities"]
    assert stats["feedback"] == {"up": 0, "down": 0}


def test_evaluation_runs_the_gold_set_and_the_report_can_be_read(ctx, token, tmp_path):
    gold = [json.loads(line) for line in (REPO / "evals" / "gold.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    ctx.eval_dataset = tmp_path / "gold.jsonl"
    ctx.eval_dataset.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in gold), encoding="utf-8")
    assert "아직 평가 보고서가 없습니다" in ui_staff.latest_report(ctx, token)
    seen = []
    summary = ui_staff.run_evaluation(ctx, token, on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)] and "/ 2 통과" in summary and "answer_accuracy" in summary
    report = ui_staff.latest_report(ctx, token)
    assert "2문항 중" in report and "정답률" in report and "응답 시간" in report and "Eval report" not in report
    assert (ctx.eval_out / "results.json").exists() and str(ctx.eval_out) not in report  # no server path
    assert "문항별 결과" in report and "<th>앱의 답</th>" in report and gold[0]["question"] in report
    download = Path(ui_staff.report_download(ctx, token))
    rows = list(csv.reader(io.StringIO(download.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["번호", "질문", "기대한 사실", "앱의 답", "출처", "판정", "이유"] and len(rows) == 3
    assert {r[1] for r in rows[1:]} == {g["question"] for g in gold} and all(r[5] in ("통과", "실패") for r in rows[1:])


def test_the_staff_report_lists_failures_first_in_korean():
    def row(question, passed, **more):
        return {"question": question, "answerable": True, "abstained": False,
                "verdicts": {"passed": passed, "missing_facts": []}, **more}

    results = {"summary": {"overall": {"answer_accuracy": 0.5, "latency_p95_ms": 1234.0}}, "questions": [
        row("통과한 질문", True),
        row("수원 창업센터 보육실은 몇 개?", False, verdicts={"passed": False, "missing_facts": [["27개"]]}),
        row("대전 일자리 목표는?", False, abstained=True),
        row("부산 구직수당은?", False, answerable=False),
    ]}
    report = korean_report(results)
    assert report.index("실패한 질문 (3)") < report.index("주요 지표") and "통과한 질문" not in report
    assert "수원 창업센터 보육실은 몇 개? — 답에 빠진 사실: 27개" in report
    assert "대전 일자리 목표는? — 답해야 하는데 거절했습니다" in report
    assert "부산 구직수당은? — 문서에 없는 내용인데 답했습니다" in report
    assert "| 정답률 | 50% |" in report and "| 응답 시간 | 1.2초 |" in report
    assert len(report.splitlines()) < 20


def test_staff_messages_are_korean_and_a_failed_login_is_an_error():
    shown = ui_staff.error_html(ui_staff.LOGIN_FAILED)
    assert shown.startswith('<div class="jq-error" role="alert">') and "비밀번호가 맞지 않습니다" in shown
    assert "&lt;b&gt;" in ui_staff.error_html("<b>x</b>")


# ---- uploads ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["../../etc/passwd.txt", "..\\win.txt", "a/b.txt", ".hidden.txt", "metadata.csv",
                                  "README.md", "virus.exe", "noext", "", "a\x00b.txt", "a..b.txt", "<x>.txt"])
def test_odd_file_names_are_rejected(name):
    with pytest.raises(UploadError):
        safe_name(name)


def test_plain_korean_file_names_are_accepted():
    assert safe_name("2024 고양시 청년 일자리(안내).pdf") == "2024 고양시 청년 일자리(안내).pdf"


BAD_UPLOADS = {
    "text-named.pdf": (b"plain text, not a PDF " * 10, "확장자"),
    "text-named.docx": ("한글 텍스트 파일입니다.".encode(), "확장자"),
    "pdf-named.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "확장자"),
    "zip-named.hwpx": (b"PK\x03\x04" + b"\x00" * 60, "읽지 못했습니다"),
    "binary.txt": (b"\x00\x01\x02\x03" * 100, "읽지 못했습니다"),
    "empty.md": (b"", "빈 파일"),
    "000_3e53feb907e695fd.txt": ("이미 있는 이름".encode(), "이미"),
}


@pytest.mark.parametrize("name", sorted(BAD_UPLOADS))
def test_bad_uploads_are_rejected_and_change_nothing(ctx, token, tmp_path, name):
    content, reason = BAD_UPLOADS[name]
    upload = tmp_path / "upload" / name
    upload.parent.mkdir()
    upload.write_bytes(content)
    before = snapshot(ctx.settings.source_dir)
    with pytest.raises(UploadError, match=reason):
        ui_staff.upload_documents(ctx, token, [str(upload)])
    assert snapshot(ctx.settings.source_dir) == before


def test_an_upload_over_the_size_limit_is_rejected(ctx, token, tmp_path):
    ctx.max_upload_bytes = 1000
    upload = tmp_path / "big.txt"
    upload.write_text("가" * 1000, encoding="utf-8")
    before = snapshot(ctx.settings.source_dir)
    with pytest.raises(UploadError, match="너무 큽니다"):
        ui_staff.upload_documents(ctx, token, [str(upload)])
    assert snapshot(ctx.settings.source_dir) == before


def test_one_bad_file_keeps_the_good_ones_out_too(ctx, token, tmp_path):
    good, bad = tmp_path / "good.md", tmp_path / "bad.pdf"
    good.write_text("# 안내\n\n좋은 문서입니다.", encoding="utf-8")
    bad.write_text("PDF가 아닙니다", encoding="utf-8")
    before = snapshot(ctx.settings.source_dir)
    with pytest.raises(UploadError, match="bad.pdf"):
        ui_staff.upload_documents(ctx, token, [str(good), str(bad)])
    assert snapshot(ctx.settings.source_dir) == before


def test_a_bad_publication_date_is_refused_before_anything_is_written(ctx, token, tmp_path):
    good = tmp_path / "good.md"
    good.write_text("좋은 문서입니다.", encoding="utf-8")
    before = snapshot(ctx.settings.source_dir)
    with pytest.raises(StaffError, match="발행일"):
        ui_staff.upload_documents(ctx, token, [str(good)], {"published": "어제"})
    assert snapshot(ctx.settings.source_dir) == before


def test_a_link_that_is_not_a_web_address_is_refused_before_anything_is_written(ctx, token, tmp_path):
    good = tmp_path / "good.md"
    good.write_text("좋은 문서입니다.", encoding="utf-8")
    before = snapshot(ctx.settings.source_dir)
    with pytest.raises(StaffError, match="링크는 http"):
        ui_staff.upload_documents(ctx, token, [str(good)], {"url": "javascript:alert(1)"})
    assert snapshot(ctx.settings.source_dir) == before


def test_check_upload_reads_a_good_file(tmp_path):
    upload = tmp_path / "x"
    upload.write_text("<html><head><title>고양시 안내</title></head><body><p>청년 일자리 박람회를 엽니다.</p></body></html>",
                      encoding="utf-8")
    checked = check_upload(upload, "안내.html", tmp_path / "empty")
    assert checked.name == "안내.html" and "박람회" in checked.document.text


@pytest.mark.slow
def test_a_good_upload_is_indexed_and_answerable(tmp_path, staff_context):
    ctx = staff_context
    assistant, source = ctx.assistant, tmp_path / "knowledge"
    upload = tmp_path / "upload" / "청주시 청년 면접수당.md"
    upload.parent.mkdir()
    upload.write_text("# 청주시 청년 면접수당\n\n청주시는 구직 중인 청년에게 면접 1회당 5만원의 면접수당을 지급한다.\n",
                      encoding="utf-8")
    message = ui_staff.upload_documents(ctx, ctx.auth.login("s", "p"), [str(upload)],
                                        {"municipality": "청주시", "publisher": "청주시청", "published": "2024-05-01"})
    assert "올렸습니다:** 청주시 청년 면접수당.md" in message and "추가 1건" in message and "added" not in message
    assert "청주시 청년 면접수당.md: 링크 없음" in message  # the form gave a date but no link: a warning says so
    assert (source / "청주시 청년 면접수당.md").exists() and "청주시" in assistant.municipalities()
    answer = assistant.ask("청주시 청년 면접수당은 얼마인가요?")
    assert not answer.abstained and "5만원" in answer.text
    assert answer.citations[0].source == "청주시 청년 면접수당.md" and answer.citations[0].publisher == "청주시청"


# ---- entry point and API ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_chat_is_reachable_through_gradio_client(ctx):
    from gradio_client import Client

    from assistant.ui.webapp import build_app

    demo = build_app(ctx)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, ssr_mode=False)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        assert set(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == {"/ask"}
        result = client.predict(QUESTION, api_name="/ask")
        assert not result["abstained"] and "[1]" in result["answer"]
        assert result["citations"][0]["source"] == "000_3e53feb907e695fd.txt"
        follow = client.predict("보육실에는 몇 개 기업이 입주할 수 있나요?", "수원시",
                                [[QUESTION, result["answer"]]], api_name="/ask")
        assert "27개" in follow["answer"]
    finally:
        demo.close()


def test_app_without_an_index_says_what_to_run(tmp_path):
    done = subprocess.run([sys.executable, str(REPO / "app.py"), "--index-dir", str(tmp_path / "none")],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 2
    assert done.stderr.strip().endswith(f"no index at {tmp_path / 'none'} — run `python ingest.py --index-dir "
                                        f"{tmp_path / 'none'}` first")


def test_the_place_filter_lists_each_place_once_and_a_province_finds_its_cities(knowledge_assistant):
    choices = ui_places.place_choices(knowledge_assistant)
    regions = __import__("assistant.language.regions", fromlist=["load_regions"]).load_regions()
    places = [regions.place(c) for c in choices[1:] if c != "전국"]
    assert choices[0] == ui_chat.ALL and None not in places and len({p.code for p in places}) == len(places)
    assert "경기도 수원시" in choices and "수원시" not in choices
    shown = set()
    for query in ("수원 일자리 목표", "고양 일자리 목표"):  # a province returns its cities' documents
        html_out = ui_search.search_passages(knowledge_assistant, query, "경기도", None, None, 5)
        shown |= {s.strip() for s in __import__("re").findall(r'<div class="jq-meta">([^·<]+)', html_out)}
    assert {"수원시", "고양시"} <= shown and "서울특별시" not in shown, shown


def test_a_search_result_leaves_out_a_publisher_the_document_writes_as_a_dash():
    """'운영기관: -' is no publisher: the counselor's meta line and the copied citation leave it out, not "· - ·"."""
    from assistant.ui.results import citation_text

    meta = DocumentMeta(title="제2차 경기도 청년 면접수당", municipality="경기도", publisher="-", published="2024-08-05")
    chunk = Chunk("d:0", "d", 0, "청년 면접수당 지원", 0, 10, "d.json", meta)
    shown = hits_html([Hit(chunk, 1.0)], {})
    assert "경기도 · 2024-08-05" in shown and "· - ·" not in shown
    assert citation_text(chunk) == "「제2차 경기도 청년 면접수당」, 2024-08-05, 경기도"
