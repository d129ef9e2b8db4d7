"""Layout and wiring of the staff tab: a login form, then evaluation, feedback, uploads and index stats.

The session's login token lives in a gr.State (kept on the server, never sent by a client), and every
handler checks it again in ui_staff, so the hidden endpoints refuse direct calls too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import gradio as gr

from assistant.ui import staff as ui_staff
from assistant.errors import AssistantError
from assistant.documents.uploads import UPLOAD_FIELDS, UPLOAD_SUFFIXES

if TYPE_CHECKING:
    from assistant.ui.context import AppContext

_PRIVATE = {"api_visibility": "private"}
_ONE_WRITER = {"concurrency_limit": 1, "concurrency_id": "staff-write"}  # evals and re-indexing, one at a time


def staff_tab(ctx: AppContext) -> None:
    token = gr.State(None)
    with gr.Group(visible=True) as login_box:
        user = gr.Textbox(label="아이디", elem_id="jq-staff-user")
        password = gr.Textbox(label="비밀번호", type="password", elem_id="jq-staff-password")
        login = gr.Button("로그인", variant="primary", elem_id="jq-staff-login")
    message = gr.Markdown()
    with gr.Column(visible=False) as area:
        with gr.Row():
            gr.Markdown("직원으로 로그인했습니다.")
            logout = gr.Button("로그아웃", size="sm", scale=0, min_width=96)
        with gr.Tab("평가"):
            _eval_panel(ctx, token)
        with gr.Tab("이용자 의견", elem_id="jq-staff-feedback-tab") as feedback_tab:
            _feedback_panel(ctx, token, feedback_tab)
        with gr.Tab("문서 올리기", elem_id="jq-staff-upload-tab") as upload_tab:
            _upload_panel(ctx, token, upload_tab)
        with gr.Tab("색인 현황", elem_id="jq-staff-stats-tab") as stats_tab:
            _stats_panel(ctx, token, stats_tab)

    def sign_in(name, secret):
        got = ctx.auth.login(name, secret)
        if got is None:
            failed = ui_staff.error_html(ui_staff.LOGIN_FAILED)
            return None, failed, gr.update(visible=True), gr.update(visible=False), ""
        return got, "", gr.update(visible=False), gr.update(visible=True), ""

    def sign_out(current):
        ctx.auth.logout(current)
        return None, "로그아웃했습니다.", gr.update(visible=True), gr.update(visible=False)

    login.click(sign_in, [user, password], [token, message, login_box, area, password], **_PRIVATE)
    password.submit(sign_in, [user, password], [token, message, login_box, area, password], **_PRIVATE)
    logout.click(sign_out, [token], [token, message, login_box, area], **_PRIVATE)


def _guarded(fn):
    """Turn the library's refusals into a Gradio error message."""

    def run(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AssistantError as exc:
            raise gr.Error(str(exc)) from None

    return run


def _eval_panel(ctx: AppContext, token: gr.State) -> None:
    if ctx.evaluate is None or ctx.eval_dataset is None:
        gr.Markdown(ui_staff.NO_EVALUATION)
        return
    gr.Markdown(f"정답 세트(`{ctx.eval_dataset.name}`)로 지금 색인을 평가합니다. 몇 분 걸릴 수 있습니다.")
    with gr.Row():
        run = gr.Button("평가 실행", variant="primary")
        show = gr.Button("최근 보고서 보기")
        download = gr.Button("보고서 내려받기 (CSV)")
    report = gr.Markdown(sanitize_html=True, elem_id="jq-eval-report")
    report_file = gr.File(label="평가 보고서", interactive=False, elem_id="jq-eval-file")

    def evaluate(current, progress=gr.Progress()):
        def step(done, total):
            progress((done, total), desc="질문 평가 중")

        ui_staff.run_evaluation(ctx, current, on_progress=step)
        return ui_staff.latest_report(ctx, current)  # the Korean report: failures first, a few figures

    run.click(_guarded(evaluate), [token], [report], **_PRIVATE, **_ONE_WRITER)
    show.click(_guarded(lambda current: ui_staff.latest_report(ctx, current)), [token], [report], **_PRIVATE)
    download.click(_guarded(lambda current: ui_staff.report_download(ctx, current)), [token], [report_file], **_PRIVATE)


def _feedback_panel(ctx: AppContext, token: gr.State, tab: gr.Tab) -> None:
    with gr.Row():
        verdict = gr.Radio([("전체", ""), ("좋아요", "up"), ("아쉬워요", "down")], value="", label="평가", min_width=200)
        refresh = gr.Button("새로 고침")
        export = gr.Button("CSV로 내보내기")
    table = gr.Dataframe(headers=ui_staff.FEEDBACK_HEADERS, datatype="str", interactive=False, wrap=True,
                         column_widths=ui_staff.FEEDBACK_WIDTHS, elem_id="jq-feedback-table")
    download = gr.File(label="내보낸 파일", interactive=False)

    def rows(current, choice):
        return ui_staff.feedback_rows(ctx, current, choice)

    refresh.click(_guarded(rows), [token, verdict], [table], **_PRIVATE)
    tab.select(_guarded(rows), [token, verdict], [table], **_PRIVATE)  # the table is filled when the tab opens
    verdict.change(_guarded(rows), [token, verdict], [table], **_PRIVATE)
    export.click(_guarded(lambda current: ui_staff.export_feedback(ctx, current)), [token], [download], **_PRIVATE)


def _upload_panel(ctx: AppContext, token: gr.State, tab: gr.Tab) -> None:
    limit = ctx.max_upload_bytes / 2**20
    gr.Markdown(f"{' '.join(UPLOAD_SUFFIXES)} 파일, 한 파일 {limit:.0f} MB까지. 올리면 `{ctx.settings.source_dir.name}/` 에 "
                "저장하고 색인을 새로 만듭니다. 문제가 있는 파일이 하나라도 있으면 아무것도 바꾸지 않습니다. "
                ".json 은 온통청년 정책 내보내기 파일만 받으며, 정책마다 문서가 하나씩 생깁니다(아래 칸 대신 각 정책의 값을 씁니다).")
    files = gr.File(label="문서", file_count="multiple", file_types=list(UPLOAD_SUFFIXES), type="filepath")
    with gr.Row():
        title = gr.Textbox(label="제목 (비우면 첫 줄)", min_width=200)
        municipality = gr.Textbox(label="지자체 (예: 고양시)", min_width=140)
        publisher = gr.Textbox(label="발행처", min_width=140)
        published = gr.Textbox(label="발행일 (YYYY-MM-DD)", min_width=140)
        url = gr.Textbox(label="링크 (https://…)", min_width=200)
    add = gr.Button("올리고 다시 색인", variant="primary")
    result = gr.Markdown(elem_id="jq-upload-result")

    def upload(current, chosen, *meta):
        fields = dict(zip((*UPLOAD_FIELDS, "url"), meta, strict=True))
        try:
            return ui_staff.upload_documents(ctx, current, chosen, fields)
        except AssistantError as exc:
            return ui_staff.error_html(f"올리지 못했습니다. {exc}")

    gr.Markdown("#### 문서 정보 고치기\n올린 문서의 제목·발행처·발행일·링크를 고칩니다. 저장하면 `metadata.csv` 의 그 파일 줄을 "
                "바꾸고 색인을 새로 만듭니다.")
    with gr.Row():
        chosen = gr.Dropdown([], label="문서", min_width=200, elem_id="jq-meta-file")
        load = gr.Button("불러오기", size="sm", min_width=80)
    with gr.Row():
        edits = [gr.Textbox(label=label, min_width=width, elem_id=f"jq-meta-{name}")
                 for name, label, width in (("title", "제목", 220), ("publisher", "발행처", 140),
                                            ("published", "발행일 (YYYY-MM-DD)", 140), ("url", "링크 (https://…)", 200))]
    save = gr.Button("저장하고 다시 색인", variant="primary", elem_id="jq-meta-save")
    saved = gr.Markdown(elem_id="jq-meta-result")

    def documents(current, keep=None):
        names = ui_staff.editable_documents(ctx, current)
        return gr.update(choices=names, value=keep if keep in names else None)

    def fill(current, name):
        return ui_staff.document_metadata(ctx, current, name)

    def store(current, name, *values):
        try:
            message = ui_staff.save_document_metadata(ctx, current, name, dict(zip(ui_staff.EDITABLE_FIELDS, values,
                                                                                    strict=True)))
        except AssistantError as exc:
            message = ui_staff.error_html(f"저장하지 못했습니다(바뀐 것은 없습니다). {exc}")
        return message

    tab.select(_guarded(documents), [token], [chosen], **_PRIVATE)
    chosen.change(_guarded(fill), [token, chosen], edits, **_PRIVATE)
    load.click(_guarded(fill), [token, chosen], edits, **_PRIVATE)
    save.click(store, [token, chosen, *edits], [saved], **_PRIVATE, **_ONE_WRITER)

    def upload_and_offer(current, picked, *meta):
        message = upload(current, picked, *meta)
        try:  # the uploaded file is offered for editing at once, its row filled in
            names = ui_staff.editable_documents(ctx, current)
        except AssistantError:
            return message, gr.update()
        added = [Path(str(getattr(f, "name", f))).name for f in (picked or [])]
        first = next((n for n in added if n in names), None)
        return message, gr.update(choices=names, value=first)

    form = [token, files, title, municipality, publisher, published, url]
    add.click(upload_and_offer, form, [result, chosen], **_PRIVATE, **_ONE_WRITER)
    sync = gr.Button("온통청년에서 업데이트")  # the open-API key comes from JOBQA_YOUTHCENTER_API_KEY

    def update(current):
        try:
            return ui_staff.sync_from_portal(ctx, current)
        except AssistantError as exc:
            return ui_staff.error_html(f"업데이트하지 못했습니다(바뀐 것은 없습니다). {exc}")

    sync.click(update, [token], [result], **_PRIVATE, **_ONE_WRITER)


def _stats_panel(ctx: AppContext, token: gr.State, tab: gr.Tab) -> None:
    refresh = gr.Button("새로 고침")
    stats = gr.HTML(elem_id="jq-stats")

    def show(current):
        return ui_staff.stats_html(ui_staff.index_stats(ctx, current))

    refresh.click(_guarded(show), [token], [stats], **_PRIVATE)
    tab.select(_guarded(show), [token], [stats], **_PRIVATE)
