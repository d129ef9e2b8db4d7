"""The "맞춤 사업 찾기" tab: a resident's form -> result cards (conditions met / unknown / failed, cited),
and for counselors the catalog as a filterable table with CSV export and the fields each program lacks.

Handlers are plain functions of the Assistant (tested without a browser); `finder_tab` lays them out.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import tempfile
from pathlib import Path

from assistant.language.conditions import EMPLOYMENT_STATUSES, GROUP_WORDS
from assistant.language.portal_fields import field_label
from assistant.language.regions import load_regions
from assistant.programs.finder import FAILED, MET, UNKNOWN, Match, Situation, today_in_korea
from assistant.programs.public import OPEN_WORDS, benefit_text, catalog_details
from assistant.ui.render import display_title, web_link

STATUS_CHOICES = ["모름", *[s for s in EMPLOYMENT_STATUSES if s != "무관"]]
GROUP_CHOICES = list(GROUP_WORDS)
VERDICT_WORDS = {"eligible": ("신청 가능", "#15803d"), "check": ("확인 필요", "#b45309"), "ineligible": ("대상 아님", "#b91c1c")}
MARKS = {MET: ("✓", "#15803d"), UNKNOWN: ("?", "#b45309"), FAILED: ("✗", "#b91c1c")}
TABLE_COLUMNS = ["사업명", "지역", "나이", "상태", "대상", "신청 마감", "없는 항목", "출처", "기준일", "최근 변경"]
CARD = ("display:block;border:1px solid #d1d5db;border-radius:8px;padding:0.7em 0.9em;margin:0 0 0.7em 0;"
        "overflow-wrap:anywhere;max-width:100%;box-sizing:border-box")


def situation_from_form(age: str, residence: str, status: str, groups: list[str] | None, today: dt.date) -> Situation:
    """The form's values as a Situation; ValueError with a message for the person when one cannot be read."""
    age_text = str(age or "").strip().removeprefix("만").removesuffix("세").removesuffix("살").strip()
    if age_text and not (age_text.isdigit() and 0 < int(age_text) < 130):
        raise ValueError(f"나이 '{age}'를 읽지 못했습니다. 만 나이를 숫자로 입력해 주세요 (예: 27).")
    place = str(residence or "").strip()
    if place and load_regions().resolve(place) is None:
        raise ValueError(f"거주지 '{place}'를 찾지 못했습니다. 시군구 이름으로 입력해 주세요 (예: 의정부시, 수원시 장안구).")
    return Situation(int(age_text) if age_text else None, place or None,
                     None if status in (None, "", "모름") else status, tuple(groups or ()) or None, today)


def find_cards(assistant, age: str, residence: str, status: str, groups: list[str] | None,
               open_only: bool = False, today: dt.date | None = None) -> str:
    """HTML result cards for the form, eligible and open first; a one-line message for unreadable input."""
    try:
        situation = situation_from_form(age, residence, status, groups, today or today_in_korea())
    except ValueError as exc:
        return f'<p class="jq-error">{html.escape(str(exc), quote=False)}</p>'
    matches = assistant.find(situation, include_ineligible=False, open_only=open_only)
    if not matches:
        return "<p>입력한 조건으로 신청할 수 있는 사업을 문서에서 찾지 못했습니다.</p>"
    head = f"<p>{len(matches)}개 사업 · 신청 가능 {sum(m.verdict == 'eligible' for m in matches)}개</p>"
    return head + "".join(card(m) for m in matches)


def card(m: Match) -> str:
    """One program: name, verdict, open status, benefit, each condition marked and cited, the quotes."""
    e = html.escape
    word, colour = VERDICT_WORDS[m.verdict]
    days = f" (D-{m.d_day})" if m.d_day is not None and m.open in ("open", "upcoming") else ""
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
        f'<div class="jq-program" style="{CARD}">'
        f'<div style="font-weight:700">{e(m.program.title)}</div>'
        f'<div><span style="color:{colour};font-weight:700">{word}</span> · {OPEN_WORDS[m.open]}{days}</div>'
        + (f"<div>{e(benefit)}</div>" if benefit else "")
        + f'<ul style="padding-left:1.1em;margin:0.4em 0">{"".join(rows)}</ul>'
        f'<details><summary>근거 {len(quotes)}개 · {e(display_title(m.program.meta))}</summary>'
        f'<ol style="padding-left:1.1em;margin:0.3em 0;list-style:none">{cites}</ol>{origin}</details></div>'
    )


def catalog_rows(assistant, text: str = "", region: str = "", missing_only: bool = False) -> list[list[str]]:
    """The catalog as table rows, filtered by a word in the name and a region; optionally only incomplete ones."""
    regions = load_regions()
    resident = regions.resolve(region) if region and region.strip() else None
    rows = []
    changed = assistant.recent_changes()
    for program in assistant.catalog():
        entry = catalog_details(program)
        if text and text.strip() and text.strip() not in entry["title"]:
            continue
        if resident is not None and not any(n == "전국" or regions.covers(n, resident) for n in entry["regions"]
                                            if n == "전국" or regions.resolve(n)):
            continue
        if missing_only and not entry["missing"]:
            continue
        rows.append(table_row(entry, changed.get(program.source)))
    return rows


def table_row(entry: dict, change=None) -> list[str]:
    ages = "~".join("" if x is None else str(x) for x in (entry["age_min"], entry["age_max"]))
    return [entry["title"], ", ".join(entry["regions"]), ages if ages != "~" else "", ", ".join(entry["status"]),
            ", ".join(entry["groups"]), entry["apply_end"] or entry["apply_note"] or "", ", ".join(entry["missing"]),
            entry["source"], entry.get("as_of") or "", change_mark(change)]


def change_mark(change) -> str:
    """"● 2026-01-10 변경: 신청기간" for a program a recent sync changed or added; "" otherwise."""
    if change is None:
        return ""
    if change.kind == "added":
        return f"● {change.date} 새로 생김"
    return f"● {change.date} 변경: {', '.join(field_label(n) for n in change.fields)}"


def export_csv(rows: list[list[str]], folder: Path | None = None) -> str:
    """Write the shown rows to a CSV (UTF-8 with BOM, so spreadsheet programs read the Korean) and return its path."""
    folder = Path(folder or tempfile.mkdtemp(prefix="catalog-"))
    path = folder / "program-catalog.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(TABLE_COLUMNS)
        writer.writerows(rows)
    return str(path)


def finder_tab(ctx) -> None:
    """Lay out the form, the cards, and the counselors' catalog table."""
    import gradio as gr

    with gr.Row():
        age = gr.Textbox(label="나이 (만)", placeholder="예: 27", max_length=4, min_width=90, elem_id="jq-find-age")
        residence = gr.Textbox(label="거주지", placeholder="예: 의정부시", min_width=140, elem_id="jq-find-place")
        status = gr.Dropdown(STATUS_CHOICES, value="모름", label="상태", min_width=120, elem_id="jq-find-status")
    groups = gr.CheckboxGroup(GROUP_CHOICES, label="해당 사항", elem_id="jq-find-groups")
    with gr.Row():
        open_only = gr.Checkbox(label="신청 중인 사업만", value=False, min_width=140)
        go = gr.Button("찾기", variant="primary", min_width=80, elem_id="jq-find")
    cards = gr.HTML(elem_id="jq-find-results")
    go.click(lambda *a: find_cards(ctx.assistant, *a), [age, residence, status, groups, open_only], cards,
             api_name="find", api_visibility="undocumented")
    with gr.Accordion("사업 목록 (상담사용)", open=False):
        with gr.Row():
            word = gr.Textbox(label="사업명에 포함", min_width=140)
            place = gr.Textbox(label="지역", min_width=120)
            missing = gr.Checkbox(label="빠진 항목이 있는 사업만", min_width=140)
            show = gr.Button("보기", min_width=72)
        table = gr.Dataframe(headers=TABLE_COLUMNS, interactive=False, wrap=True, elem_id="jq-catalog")
        download = gr.File(label="CSV 내려받기", interactive=False)

    def list_programs(text, region, only_missing):
        rows = catalog_rows(ctx.assistant, text, region, only_missing)
        return rows, export_csv(rows)

    show.click(list_programs, [word, place, missing], [table, download], api_visibility="private")
