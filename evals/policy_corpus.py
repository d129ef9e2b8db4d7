"""Build a policy evaluation folder: seed articles beside policies rendered as .md, .txt, .docx and a .json export.

Layout written under OUT:
  OUT/source/          what gets ingested: knowledge/*.txt + their metadata.csv rows, the rendered policy
                       files (no metadata rows: real files arrive without them) and export.json
  OUT/answers.jsonl    one row per policy: its source, form, split (tune / held) and structured truth

Each policy's form, template variant, file name style and split come from hashes of its plcyNo, so
the same policy always lands in the same place and --limit N takes a stable, mixed subset.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from evals.policy_facts import (
    DEFAULT_POLICIES,
    DEFAULT_REGIONS,
    PolicyTruth,
    age_phrase,
    count_phrase,
    load_policies,
    load_regions,
    period_phrase,
    phrase_style,
    stable_hash,
    truth_of,
)
from evals.policy_render import render_markdown, render_notice, write_docx

FORMS = ("md", "txt", "docx", "json")
SPLITS = ("tune", "held")
VARIANTS = 3
EXPORT_FILE = "export.json"
SOURCE_DIR = "source"
ANSWERS_FILE = "answers.jsonl"
SEED_DIR = Path(__file__).resolve().parent.parent / "knowledge"
_UNSAFE = re.compile(r"[^0-9A-Za-z가-힣]+")


@dataclass(frozen=True)
class Placement:
    """Where and how one policy is rendered."""

    form: str
    variant: int
    split: str
    source: str  # file name in the source folder, or "export.json#<plcyNo>"


def place(record: dict) -> Placement:
    """The form, variant, split and source name of a record, all from hashes of its plcyNo."""
    number = str(record["plcyNo"])
    form = FORMS[stable_hash("form:" + number) % len(FORMS)]
    variant = stable_hash("variant:" + number) % VARIANTS
    split = SPLITS[stable_hash("split:" + number) % len(SPLITS)]
    if form == "json":
        return Placement(form, variant, split, f"{EXPORT_FILE}#{number}")
    if stable_hash("name:" + number) % 2:
        stem = _UNSAFE.sub("_", str(record.get("plcyNm", ""))).strip("_")[:40] + f"_{number[-6:]}"
    else:
        stem = number
    return Placement(form, variant, split, f"{stem}.{form}")


def select(records: list[dict], limit: int | None) -> list[dict]:
    """The first `limit` records in plcyNo-hash order (all of them without a limit)."""
    ordered = sorted(records, key=lambda r: stable_hash("order:" + str(r["plcyNo"])))
    return ordered[:limit] if limit else ordered


def answer_row(truth: PolicyTruth, placement: Placement) -> dict:
    """The answers.jsonl row: source, form, split, the truth and the phrases the document uses."""
    rendered, style = {}, phrase_style(truth)
    if placement.form != "json":
        rendered = {"age": age_phrase(truth, style), "period": period_phrase(truth, style), "count": count_phrase(truth, style)}
    facts = {key: value for key, value in truth.to_dict().items() if key != "plcy_no"}
    return {"source": placement.source, "plcyNo": truth.plcy_no, "form": placement.form,
            "variant": placement.variant, "split": placement.split, **facts, "rendered": rendered}


def build_corpus(
    out: Path,
    policies: Path = DEFAULT_POLICIES,
    regions_csv: Path = DEFAULT_REGIONS,
    limit: int | None = None,
    seeds: Path = SEED_DIR,
) -> Counter:
    """Write OUT/source and OUT/answers.jsonl afresh; returns the count of policies per form."""
    records = select(load_policies(policies), limit)
    regions = load_regions(regions_csv)
    source = Path(out) / SOURCE_DIR
    if source.exists():
        shutil.rmtree(source)
    source.mkdir(parents=True)
    _copy_seeds(seeds, source)
    exported, rows, forms = [], [], Counter()
    for record in records:
        truth, placement = truth_of(record, regions), place(record)
        forms[placement.form] += 1
        rows.append(answer_row(truth, placement))
        if placement.form == "json":
            exported.append(record)
        else:
            _write(record, truth, placement, source / placement.source)
    if exported:
        (source / EXPORT_FILE).write_text(json.dumps(exported, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    (Path(out) / ANSWERS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return forms


def _write(record: dict, truth: PolicyTruth, placement: Placement, path: Path) -> None:
    if placement.form == "md":
        path.write_text(render_markdown(record, truth, placement.variant), encoding="utf-8")
    elif placement.form == "txt":
        path.write_text(render_notice(record, truth, placement.variant), encoding="utf-8")
    else:
        write_docx(record, truth, placement.variant, path)


def _copy_seeds(seeds: Path, source: Path) -> None:
    copy_seed_articles(source, seeds)


def copy_seed_articles(dest: Path, seeds: Path = SEED_DIR) -> Path:
    """The five seed articles of knowledge/ and their metadata.csv (its rows name only seed files) into
    `dest`, without the bundled portal export or its vector cache: the gold set is about the articles."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(seeds).glob("*.txt")):
        shutil.copy2(path, dest / path.name)
    metadata = Path(seeds) / "metadata.csv"
    if metadata.exists():
        shutil.copy2(metadata, dest / "metadata.csv")
    return dest


def load_answers(out: Path) -> list[dict]:
    """The answers.jsonl rows of a built folder."""
    text = (Path(out) / ANSWERS_FILE).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
