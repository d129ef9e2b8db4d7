"""The counselors' program catalog (in 맞춤 사업 찾기): a filterable table in Korean, its CSV export, its layout.

Each program is one row: its places by their one full name (regions.csv), the amount, whether it is open today,
the fields its document leaves out by their Korean names, and its source as the document's title with its link
(never the stored file name).
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from pathlib import Path

from assistant.language.portal_fields import field_label
from assistant.language.regions import NATIONWIDE, load_regions
from assistant.programs.finder import locality, open_status, today_in_korea
from assistant.programs.public import OPEN_WORDS, catalog_details
from assistant.ui.render import display_title, web_link

# What a counselor reads first (is it open, until when, how much) comes before the conditions.
TABLE_COLUMNS = ["사업명", "지역", "모집 상태", "신청 마감", "금액", "나이", "상태", "대상", "없는 항목", "출처", "기준일",
                 "최근 변경"]
# Pixel widths at which every column reads at 1280 px (the table scrolls sideways past the page's width).
COLUMN_WIDTHS = ["220px", "140px", "100px", "110px", "130px", "70px", "100px", "140px", "170px", "240px", "100px",
                 "150px"]
SOURCE_COLUMN = TABLE_COLUMNS.index("출처")
# The catalog's field names as a counselor reads them (없는 항목).
FIELD_NAMES_KO = {
    "name": "사업명", "operator": "운영 기관", "regions": "지역", "age": "나이", "employment": "취업 상태",
    "groups": "대상", "benefit": "지원 내용", "head_count": "모집 인원", "period": "신청 기간", "method": "신청 방법",
    "contact": "문의처", "documents": "제출 서류",
}
AMOUNT_UNITS_SHOWN = {"월": "월", "1인당": "1인당", "연": "연", "회": "1회당", "기업당": "기업당", "가구당": "가구당"}
ALL_PLACES = "전체"


def amount_text(benefit) -> str:
    """"최대 50,000원 (1회당)" from the benefit fact's amount; "" when the document states no amount."""
    if not isinstance(benefit, dict) or not benefit.get("amount"):
        return ""
    won = int(benefit["amount"])
    unit = AMOUNT_UNITS_SHOWN.get(benefit.get("unit") or "", benefit.get("unit") or "")
    shown = f"{won // 10_000:,}만원" if won % 10_000 == 0 else f"{won:,}원"
    return ("최대 " if benefit.get("cap") else "") + shown + (f" ({unit})" if unit else "")


def place_names(names: list[str]) -> list[str]:
    """Each place once by its full name ("수원시" -> "경기도 수원시"); a name no one place answers to stays as written."""
    regions = load_regions()
    shown: list[str] = []
    for name in names:
        place = regions.place(name)
        label = place.name if place is not None else name
        if label not in shown:
            shown.append(label)
    return shown


def place_choices(assistant) -> list[str]:
    """The catalog's 지역 filter: 전체, then each place the programs name, once, by its full name."""
    names = [n for p in assistant.catalog() for n in (p.fact("regions").value or [])]
    return [ALL_PLACES, *load_regions().place_choices(names)]


def _in_place(names: list[str], chosen) -> bool:
    """Whether a program's places meet the chosen one: nationwide, wider (a resident there may apply) or inside it
    (경기도 holds 수원시's programs)."""
    regions = load_regions()
    for name in names:
        if name == NATIONWIDE:
            return True
        place = regions.place(name)
        if place is not None and (regions.covers(place, chosen) or regions.covers(chosen, place)):
            return True
    return False


def catalog_entries(assistant, text: str = "", region: str = "", missing_only: bool = False,
                    today: dt.date | None = None) -> list[dict]:
    """catalog_details of each program kept by the filters (a word in the name, a place, only incomplete ones),
    with its document's title and link and its state today; the chosen place's own programs first."""
    regions = load_regions()
    chosen = regions.place(region) if region and region.strip() not in ("", ALL_PLACES) else None
    today = today or today_in_korea()
    changed = assistant.recent_changes()
    programs = assistant.catalog()
    if chosen is not None:  # the place's own programs first, then its province's, then nationwide ones, as the finder ranks
        places: dict = {}
        programs = sorted(programs, key=lambda p: locality(p, chosen, regions, places))
    entries = []
    for program in programs:
        entry = catalog_details(program)
        if text and text.strip() and text.strip() not in entry["title"]:
            continue
        if chosen is not None and not _in_place(entry["regions"], chosen):
            continue
        if missing_only and not entry["missing"]:
            continue
        state, _ = open_status(program.period, today)
        entries.append({**entry, "open": state, "amount": amount_text(program.fact("benefit").value),
                        "document_title": display_title(program.meta), "url": web_link(program.meta.get("url", "")),
                        "change": changed.get(program.source)})
    return entries


def table_row(entry: dict, linked: bool = True) -> list[str]:
    """One row of TABLE_COLUMNS; 출처 as a Markdown link when `linked` (the page), else "title <link>" (the CSV)."""
    ages = "~".join("" if x is None else str(x) for x in (entry["age_min"], entry["age_max"]))
    title, url = entry["document_title"], entry["url"]
    if linked:
        source = f"[{_markdown_text(title)}]({url})" if url else _markdown_text(title)
    else:
        source = f"{title} <{url}>" if url else title
    values = {
        "사업명": entry["title"], "지역": ", ".join(place_names(entry["regions"])),
        "모집 상태": OPEN_WORDS.get(entry["open"], ""), "신청 마감": entry["apply_end"] or entry["apply_note"] or "",
        "금액": entry["amount"], "나이": ages if ages != "~" else "", "상태": ", ".join(entry["status"]),
        "대상": ", ".join(entry["groups"]), "없는 항목": ", ".join(FIELD_NAMES_KO.get(n, n) for n in entry["missing"]),
        "출처": source, "기준일": entry.get("as_of") or "", "최근 변경": change_mark(entry.get("change")),
    }
    return [values[column] for column in TABLE_COLUMNS]


def catalog_rows(assistant, text: str = "", region: str = "", missing_only: bool = False,
                 today: dt.date | None = None) -> list[list[str]]:
    """The catalog as the page shows it (출처 a Markdown link)."""
    return [table_row(e) for e in catalog_entries(assistant, text, region, missing_only, today)]


def _markdown_text(text: str) -> str:
    """Text shown as Markdown literally: brackets, emphasis marks and HTML are escaped."""
    out = text
    for mark in "\\[]()*_`<>#|":
        out = out.replace(mark, "\\" + mark)
    return out


def change_mark(change) -> str:
    """"● 2026-01-10 변경: 신청기간" for a program a recent sync changed or added; "" otherwise."""
    if change is None:
        return ""
    if change.kind == "added":
        return f"● {change.date} 새로 생김"
    return f"● {change.date} 변경: {', '.join(field_label(n) for n in change.fields)}"


def export_csv(rows: list[list[str]], folder: Path | None = None) -> str:
    """Write rows (table_row(entry, linked=False)) to a CSV (UTF-8 with BOM, so spreadsheet programs read the
    Korean) and return its path."""
    folder = Path(folder or tempfile.mkdtemp(prefix="catalog-"))
    path = folder / "program-catalog.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(TABLE_COLUMNS)
        writer.writerows(rows)
    return str(path)


def catalog_panel(ctx) -> None:
    """The folded 사업 목록 (상담사용): filters, the table, its CSV."""
    import gradio as gr

    with gr.Accordion("사업 목록 (상담사용)", open=False, elem_id="jq-catalog-panel"):
        with gr.Row():
            word = gr.Textbox(label="사업명에 포함", min_width=140)
            place = gr.Dropdown(place_choices(ctx.assistant), value=ALL_PLACES, label="지역", min_width=160,
                                elem_id="jq-catalog-place", info="도를 고르면 그 안의 시·군 사업도 나옵니다.")
            missing = gr.Checkbox(label="빠진 항목이 있는 사업만", min_width=140)
            show = gr.Button("보기", min_width=72, elem_id="jq-catalog-show")
        table = gr.Dataframe(headers=TABLE_COLUMNS, interactive=False, wrap=True, elem_id="jq-catalog",
                             datatype=["markdown" if i == SOURCE_COLUMN else "str" for i in range(len(TABLE_COLUMNS))],
                             column_widths=COLUMN_WIDTHS)
        download = gr.File(label="CSV 내려받기", interactive=False)

    def list_programs(text, region, only_missing):
        entries = catalog_entries(ctx.assistant, text, region, only_missing)
        return [table_row(e) for e in entries], export_csv([table_row(e, linked=False) for e in entries])

    show.click(list_programs, [word, place, missing], [table, download], api_visibility="private")
