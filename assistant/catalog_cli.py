"""`python -m assistant catalog|find`: the program catalog and the eligibility finder on the command line.

Both read the live index generation's catalog only (no models are loaded), and print JSON with --json.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from assistant.errors import AssistantError, IndexNotBuiltError
from assistant.index.store import read_current, read_documents
from assistant.language.conditions import GENDERS, MILITARY, PERSON_GROUPS, PERSON_STATUSES
from assistant.language.regions import load_regions
from assistant.programs.catalog import ProgramRecord
from assistant.programs.finder import Match, find
from assistant.programs.public import catalog_entry, match_entry, open_label
from assistant.programs.situations import SituationError, build_situation
from assistant.programs.storage import catalog_at

COMMANDS = ("catalog", "find")


def add_parsers(sub, common) -> None:
    """The two subcommands, with the shared --index-dir etc. from `common`."""
    cat = sub.add_parser("catalog", help="every program the indexed documents describe")
    cat.add_argument("--json", action="store_true", help="print a JSON list")
    common(cat)
    fnd = sub.add_parser("find", help="programs a resident can apply for: eligible / check / ineligible")
    fnd.add_argument("--age", type=int, help="만 나이")
    fnd.add_argument("--region", help="where the resident lives (의정부, 경기 의정부시, …)")
    fnd.add_argument("--status", choices=PERSON_STATUSES,
                     help="employment status (a 대학생 or 고등학생 counts as preparing for a job)")
    fnd.add_argument("--gender", choices=GENDERS, help="without it, a program for one gender is 확인 필요")
    fnd.add_argument("--military", choices=MILITARY, help="병역")
    fnd.add_argument("--business-years", type=int, help="years since the business was registered (업력, for 창업)")
    fnd.add_argument("--group", action="append", choices=PERSON_GROUPS,
                     help="a group the resident belongs to; repeatable (a group not given is taken as not applying)")
    fnd.add_argument("--date", type=dt.date.fromisoformat, help="judge open/closed on this day (default today)")
    fnd.add_argument("--open-only", action="store_true", help="only programs open for applications")
    fnd.add_argument("--all", action="store_true", help="also list ineligible programs with the failing condition")
    fnd.add_argument("--json", action="store_true", help="print a JSON list")
    common(fnd)


def live_catalog(index_dir: Path) -> list[ProgramRecord]:
    """The catalog of the live generation at `index_dir`."""
    name = read_current(Path(index_dir))
    if name is None:
        raise IndexNotBuiltError(index_dir)
    path = Path(index_dir) / name
    return catalog_at(path, lambda: read_documents(path))


def run(args, settings) -> int:
    if args.command == "catalog":
        return _print([catalog_entry(p) for p in live_catalog(Path(settings.index_dir))], args.json, _catalog_line)
    regions = load_regions()
    try:  # the person's facts first: a mistyped region is worth saying before anything is read
        situation = build_situation(args.age, args.region, args.status, args.group or (), args.date, args.gender,
                                    args.military, args.business_years, regions)
    except SituationError as exc:
        raise AssistantError(str(exc)) from None
    programs = live_catalog(Path(settings.index_dir))
    matches = find(programs, situation, regions, include_ineligible=args.all, open_only=args.open_only)
    if args.json:
        return _print([match_entry(m) for m in matches], True, None)
    for m in matches:
        print(_match_line(m))
    return 0


def _print(rows: list[dict], as_json: bool, line) -> int:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(line(row))
    return 0


def _catalog_line(row: dict) -> str:
    ages = "~".join(str(x) if x is not None else "" for x in (row["age_min"], row["age_max"]))
    ages = "" if ages == "~" else ages
    return f"{row['title']}\t{','.join(row['regions'])}\t{ages}\t{row['apply_end'] or row['apply_note'] or ''}\t{row['source']}"


def _match_line(m: Match) -> str:
    return f"[{m.verdict}/{m.open}] {m.program.title} · {open_label(m)} — {'; '.join(m.reasons)} ({m.program.source})"
