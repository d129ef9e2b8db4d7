"""The "맞춤 사업 찾기" tab: a resident's form -> result cards (conditions met / unknown / failed, cited),
and for counselors the catalog (ui/catalog.py) as a filterable table with CSV export and the fields each program lacks.

Handlers are plain functions of the Assistant (tested without a browser); `finder_tab` lays them out.
"""

from __future__ import annotations

import datetime as dt
import html

from assistant.language.conditions import GENDERS, MILITARY, PERSON_GROUPS, PERSON_STATUSES
from assistant.programs.finder import FAILED, MET, UNKNOWN, Match, Situation, today_in_korea
from assistant.programs.public import VERDICT_WORDS, benefit_text, listing, open_label, verdict_label
from assistant.programs.situations import build_situation
from assistant.ui.catalog import catalog_panel
from assistant.ui.render import display_title, web_link

STATUS_CHOICES = ["모름", *PERSON_STATUSES]
GENDER_CHOICES = ["모름", *GENDERS]
MILITARY_CHOICES = ["모름", *MILITARY]
GROUP_CHOICES = list(PERSON_GROUPS)
VERDICT_COLOURS = {"eligible": "#15803d", "check": "#b45309", "ineligible": "#b91c1c"}
MARKS = {MET: ("✓", "#15803d"), UNKNOWN: ("?", "#b45309"), FAILED: ("✗", "#b91c1c")}
CARD = ("display:block;border:1px solid #d1d5db;border-radius:8px;padding:0.7em 0.9em;margin:0 0 0.7em 0;"
        "overflow-wrap:anywhere;max-width:100%;box-sizing:border-box")


def _chosen(value) -> str | None:
    return None if value in (None, "", "모름") else str(value)


def situation_from_form(age: str, residence: str, status: str, groups: list[str] | None, today: dt.date,
                        gender: str | None = None, military: str | None = None,
                        business_years: str | None = None) -> Situation:
    """The form's values as a Situation; ValueError with a message for the person when one cannot be read.

    The form asks about every group, so a group not ticked is taken as not applying (groups None: not asked)."""
    age_text = str(age or "").strip().removeprefix("만").removesuffix("세").removesuffix("살").strip()
    if age_text and not age_text.isdigit():
        raise ValueError(f"나이 '{age}'를 읽지 못했습니다. 만 나이를 숫자로 입력해 주세요 (예: 27).")
    years_text = str(business_years or "").strip().removesuffix("년").strip()
    if years_text and not years_text.isdigit():
        raise ValueError(f"업력 '{business_years}'를 읽지 못했습니다. 사업자 등록 후 햇수를 숫자로 입력해 주세요 (예: 1).")
    return build_situation(int(age_text) if age_text else None, residence, _chosen(status), groups, today,
                           _chosen(gender), _chosen(military), int(years_text) if years_text else None)


def find_cards(assistant, age: str, residence: str, status: str, groups: list[str] | None,
               open_only: bool = False, today: dt.date | None = None, gender: str | None = None,
               military: str | None = None, business_years: str | None = None, show_closed: bool = False) -> str:
    """HTML result cards for the form in the finder's order: the first ten, then "더 보기", then closed programs
    folded under "마감된 사업" (or in rank order with `show_closed`); a one-line message for unreadable input."""
    try:
        situation = situation_from_form(age, residence, status, groups, today or today_in_korea(),
                                        gender, military, business_years)
    except ValueError as exc:
        return f'<p class="jq-error">{html.escape(str(exc), quote=False)}</p>'
    matches = assistant.find(situation, include_ineligible=False, open_only=open_only)
    first, rest, closed = listing(matches, show_closed)
    if not first and not closed:
        return "<p>입력한 조건으로 신청할 수 있는 사업을 문서에서 찾지 못했습니다.</p>"
    current = first + rest
    can_apply = sum(verdict_label(m) == VERDICT_WORDS["eligible"] for m in current)  # not an earlier year's
    head = (f'<p class="jq-find-count" data-gender="{situation.gender or ""}">{len(current)}개 사업 · 신청 가능 {can_apply}개'
            + (f" · 마감 {len(closed)}개" if closed else "") + "</p>")
    out = head + "".join(card(m) for m in first)
    if rest:
        out += f'<details class="jq-more"><summary>더 보기 ({len(rest)}개)</summary>{"".join(card(m) for m in rest)}</details>'
    if closed:
        out += f'<details class="jq-closed"><summary>마감된 사업 ({len(closed)}개)</summary>{"".join(card(m) for m in closed)}</details>'
    return out


def card(m: Match) -> str:
    """One program: name, verdict, open status, benefit, each condition marked and cited, the quotes."""
    e = html.escape
    word, colour = verdict_label(m), VERDICT_COLOURS[m.verdict]
    quotes = m.cited()
    number = {f.evidence: i for i, f in enumerate(quotes, 1)}
    rows = []
    for c in m.conditions:
        mark, mark_colour = MARKS[c.outcome]
        ref = f" [{number[c.fact.evidence]}]" if c.fact.evidence in number else ""
        rows.append(f'<li><span style="color:{mark_colour};font-weight:700">{mark}</span> {e(c.reason)}{ref}</li>')
    benefit = benefit_text(m.program)
    cites = "".join(f'<li>[{i}] “{e(f.evidence)}”</li>' for i, f in enumerate(quotes, 1))
    link = web_link(m.program.meta.get("url", ""))  # the document's title and link, never its stored file name
    origin = f'<a class="jq-link" href="{e(link, quote=True)}">원문 보기</a>' if link else ""
    return (
        f'<div class="jq-program" data-open="{m.open}" data-verdict="{m.verdict}" style="{CARD}">'
        f'<div style="font-weight:700">{e(m.program.title)}</div>'
        f'<div><span style="color:{colour};font-weight:700">{word}</span> · {e(open_label(m))}</div>'
        + (f"<div>{e(benefit)}</div>" if benefit else "")
        + f'<ul style="padding-left:1.1em;margin:0.4em 0">{"".join(rows)}</ul>'
        f'<details><summary>근거 {len(quotes)}개 · {e(display_title(m.program.meta))}</summary>'
        f'<ol style="padding-left:1.1em;margin:0.3em 0;list-style:none">{cites}</ol>{origin}</details></div>'
    )


def finder_tab(ctx) -> None:
    """Lay out the form, the cards, and the counselors' catalog table."""
    import gradio as gr

    with gr.Row():
        age = gr.Textbox(label="나이 (만)", placeholder="예: 27", max_length=4, min_width=90, elem_id="jq-find-age")
        residence = gr.Textbox(label="거주지", placeholder="예: 의정부시", min_width=140, elem_id="jq-find-place")
        status = gr.Dropdown(STATUS_CHOICES, value="모름", label="상태", min_width=120, elem_id="jq-find-status")
    with gr.Row():
        gender = gr.Radio(GENDER_CHOICES, value="모름", label="성별", min_width=160, elem_id="jq-find-gender")
        military = gr.Dropdown(MILITARY_CHOICES, value="모름", label="병역", min_width=100, elem_id="jq-find-military")
        years = gr.Textbox(label="업력 (창업, 년)", placeholder="예: 1", max_length=3, min_width=90,
                           elem_id="jq-find-years")
    groups = gr.CheckboxGroup(GROUP_CHOICES, label="해당 사항 (해당하는 것만 고르세요)", elem_id="jq-find-groups")
    with gr.Row():
        open_only = gr.Checkbox(label="신청 중인 사업만", value=False, min_width=140)
        show_closed = gr.Checkbox(label="마감된 사업도 순서대로", value=False, min_width=160)
        go = gr.Button("찾기", variant="primary", min_width=80, elem_id="jq-find")
    cards = gr.HTML(elem_id="jq-find-results")

    def search(age, residence, status, groups, open_only, gender, military, years, show_closed):
        return find_cards(ctx.assistant, age, residence, status, groups or [], open_only, None, gender, military,
                          years, show_closed)

    go.click(search, [age, residence, status, groups, open_only, gender, military, years, show_closed], cards,
             api_name="find", api_visibility="undocumented")
    catalog_panel(ctx)
