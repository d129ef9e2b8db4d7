"""The Gradio app: a chat for citizens, a passage search for counselors, tools for staff behind a login.

The handlers live in ui_chat, ui_search and ui_staff as plain functions; this module lays out the
page and wires events to them. `app.py` builds an AppContext and calls `launch`.
"""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from assistant.ui import chat as ui_chat, places as ui_places, search as ui_search, staff as ui_staff
from assistant.errors import AssistantError
from assistant.ui.context import AppContext, open_context  # noqa: F401  (app.py and tests open the app through here)
from assistant.ui.finder import finder_tab
from assistant.ui.script import PAGE_SCRIPT
from assistant.ui.style import CSS, THEME

TITLE = "지자체 일자리 정책 도우미"
EXAMPLES = [
    "수원시 시니어 기술창업센터는 언제 개소했나요?",
    "고양시 취업성공장려금은 누구를 위한 사업인가요?",
    "강남 취업경진대회는 몇 살 청년이 참가할 수 있나요?",
    "의정부시 청년일자리 플랫폼에서는 어떤 프로그램을 하나요?",
]
# Answering is CPU-bound (Kiwi, the embedder, numpy) and the engine serialises its index work, so more
# than a few answers at once only adds memory and latency. Four run together; up to 64 wait in line and
# see their place; past that a visitor is told the queue is full instead of waiting for minutes.
CONCURRENCY = 4
QUEUE_SIZE = 64


def build_app(ctx: AppContext) -> gr.Blocks:
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(f"## {TITLE}\n지자체 일자리·취업 정책 문서에서 찾아 답하고, 근거를 [번호]로 보여 드립니다. "
                    "이름·연락처 같은 개인정보는 입력하지 마세요.", elem_id="jq-header")
        with gr.Tabs():
            with gr.Tab("질문하기", id="chat"):
                places = [_chat_tab(ctx)]
            with gr.Tab("맞춤 사업 찾기", id="finder"):
                finder_tab(ctx)
            with gr.Tab("문서 검색", id="search"):
                places.append(_search_tab(ctx))
            with gr.Tab("직원", id="staff"):
                _staff_tab(ctx)
        # municipalities change when staff upload documents: offer the current ones on every page load
        demo.load(lambda: [gr.update(choices=ui_places.place_choices(ctx.assistant)) for _ in places], None, places,
                  api_visibility="private")
        gr.api(_api_ask(ctx), api_name="ask", api_description="질문 하나에 근거 있는 답과 출처를 돌려줍니다.")
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    return demo


def _api_ask(ctx: AppContext):
    def ask(question: str, municipality: str = "", history: list[list[str]] | None = None) -> dict:
        """Answer.to_dict(): answer text with [n] markers, citations, notes, abstained, reason."""
        return ui_chat.ask_api(ctx.assistant, question, municipality, history)

    return ask


def _chat_tab(ctx: AppContext) -> gr.Dropdown:
    ui = SimpleNamespace(turns=gr.State([]), feedback_id=gr.State(None))
    with gr.Row():
        ui.municipality = gr.Dropdown(ui_places.place_choices(ctx.assistant), value=ui_places.ALL, label="지역", scale=1,
                                      min_width=160, elem_id="jq-municipality")
        gr.Markdown("지역을 고르면 그 지역 문서에서만 찾습니다(도를 고르면 그 안의 시·군 문서도). 이어지는 질문(예: \"그럼 신청은 어디서 하나요?\")은 "
                    "앞의 대화를 이어서 이해합니다.", elem_classes=["jq-hint"])
    ui.chatbot = gr.Chatbot(
        label="대화", show_label=False, elem_id="jq-chat", layout="panel", autoscroll=False,  # script.py scrolls
        allow_tags=False, sanitize_html=True, latex_delimiters=[], buttons=[],  # each answer has its own copy button
        placeholder="지역 일자리 정책에 대해 물어보세요. 답 아래에 근거 문서와 인용한 문장이 표시됩니다.",
    )
    with gr.Row(equal_height=True):
        ui.question = gr.Textbox(show_label=False, placeholder="질문을 입력하세요", scale=5, min_width=200,
                                 elem_id="jq-question")  # focused by script.py on wide screens only
        ui.send = gr.Button("묻기", variant="primary", scale=1, min_width=64, elem_id="jq-send")
        ui.clear = gr.Button("새 대화", scale=1, min_width=64, elem_id="jq-clear")
    gr.Examples([[q] for q in EXAMPLES], inputs=[ui.question], label="예시 질문")
    with gr.Group(visible=False) as ui.comment_box:
        ui.note = gr.Markdown(elem_id="jq-feedback-note")
        ui.comment = gr.Textbox(label="의견 (선택)", lines=2, max_length=2000, elem_id="jq-comment")
        ui.comment_send = gr.Button("의견 보내기", size="sm")
    _wire_chat(ctx, ui)
    return ui.municipality


def _wire_chat(ctx: AppContext, ui: SimpleNamespace) -> None:
    def chat(text, state, place):
        try:
            for shown, new_state in ui_chat.ask_turn(ctx.assistant, text, state, place,
                                                     ctx.settings.max_question_chars):
                yield shown, new_state, ""
        except AssistantError as exc:
            raise gr.Error(str(exc)) from None

    def like(state, data: gr.LikeData):
        state, row_id, message = ui_chat.rate(ctx.feedback, state, data.index, data.liked)
        return state, row_id, message, gr.update(visible=row_id is not None)

    def comment(row_id, text):
        return ui_chat.add_comment(ctx.feedback, row_id, text), ""

    def reset():
        return [], [], None, gr.update(visible=False), ""

    inputs, outputs = [ui.question, ui.turns, ui.municipality], [ui.chatbot, ui.turns, ui.question]
    ui.send.click(chat, inputs, outputs, api_name="chat", api_visibility="undocumented")
    ui.question.submit(chat, inputs, outputs, api_visibility="private")

    def pick(state, place, data: gr.SelectData):  # a clicked choice under an answer is the next question
        yield from chat(data.value, state, place)

    ui.chatbot.option_select(pick, [ui.turns, ui.municipality], outputs, api_visibility="private")
    ui.chatbot.like(like, [ui.turns], [ui.turns, ui.feedback_id, ui.note, ui.comment_box], api_visibility="private")
    ui.comment_send.click(comment, [ui.feedback_id, ui.comment], [ui.note, ui.comment], api_visibility="private")
    for trigger in (ui.clear.click, ui.chatbot.clear):
        trigger(reset, None, [ui.chatbot, ui.turns, ui.feedback_id, ui.comment_box, ui.question],
                api_visibility="private")


def _search_tab(ctx: AppContext) -> gr.Dropdown:
    with gr.Row(equal_height=True):
        query = gr.Textbox(show_label=False, placeholder="찾을 내용 (예: 청년 창업 지원)", scale=5, min_width=200,
                           elem_id="jq-search-query")
        go = gr.Button("검색", variant="primary", scale=1, min_width=72, elem_id="jq-search")
    with gr.Row():
        municipality = gr.Dropdown(ui_places.place_choices(ctx.assistant), value=ui_places.ALL, label="지역", min_width=160,
                                   elem_id="jq-search-place", info="도를 고르면 그 안의 시·군 문서도, 시를 고르면 구 문서도 찾습니다.")
        year_from = gr.Textbox(label="시작 연도", placeholder="예: 2015", max_length=4, min_width=100)
        year_to = gr.Textbox(label="끝 연도", placeholder="비우면 제한 없음", max_length=4, min_width=100)
        k = gr.Slider(1, ui_search.MAX_K, value=ui_search.DEFAULT_K, step=1, label="문단 수", min_width=140)
    results = gr.HTML(elem_id="jq-results")

    def search(text, place, start, end, count):
        return ui_search.search_passages(ctx.assistant, text, place, start, end, count)

    inputs = [query, municipality, year_from, year_to, k]
    go.click(search, inputs, results, api_name="search", api_visibility="undocumented")
    query.submit(search, inputs, results, api_visibility="private")
    return municipality


def _staff_tab(ctx: AppContext) -> None:
    if not ctx.auth.enabled:
        gr.Markdown(ui_staff.DISABLED, elem_id="jq-staff-disabled")
        return
    from assistant.ui.staff_tab import staff_tab

    staff_tab(ctx)


def page_settings(ctx: AppContext) -> dict:
    """How Gradio serves the page wherever it is mounted (http/server.py): look, page script, upload limit,
    and none of Gradio's extras (server-side rendering, MCP, PWA, run history)."""
    return dict(max_file_size=ctx.max_upload_bytes, theme=THEME, css=CSS, head=PAGE_SCRIPT, ssr_mode=False,
                mcp_server=False, pwa=False, run_history=False, footer_links=["api"])

