"""Field questions generated from policy records: age, deadline, head count, amount, contact, region, not stated.

Each question names its program the way people do (full name, year left out, a spacing slip, the
'사업' suffix dropped) and expects facts in every equivalent form, from the record's fields only. A
field the record does not state yields no question, or a "not stated" question when nothing in the
record's text could answer it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from evals.dataset import GoldRow
from evals.policy_facts import FREE_TEXT_FIELDS, stable_hash, whole_months

FIELD_KINDS = ("age", "deadline", "count", "amount", "contact", "region")
TEMPLATES = {
    "age_max": ("{X}{은} 몇 살까지 신청할 수 있어요?", "{X} 나이 제한이 어떻게 돼요?", "{X}{은} 최대 몇 세까지 지원 가능한가요?"),
    "age_min": ("{X}{은} 몇 살부터 신청할 수 있어요?", "{X} 신청 가능한 나이 알려주세요"),
    "deadline": ("{X} 신청 기간이 언제까지예요?", "{X} 접수 마감일이 언제인가요?", "{X}{은} 언제까지 신청해야 돼요?"),
    "count": ("{X}{은} 몇 명을 뽑나요?", "{X} 모집 인원이 몇 명이에요?", "{X} 선발 인원 알려 주세요"),
    "amount": ("{X}{은} 얼마를 지원해 줘요?", "{X} 지원 금액이 얼마인가요?", "{X} 지원금 얼마예요?"),
    "method": ("{X}{은} 어떻게 신청해요?", "{X} 신청 방법 알려주세요", "{X} 어디서 신청하나요?"),
    "contact": ("{X} 문의는 어디로 하면 돼요?", "{X} 담당 기관이 어디예요?"),
    "region": ("{X}{은} 어디 사는 사람이 신청할 수 있나요?", "{X} 어느 지역 주민이 대상이에요?"),
}
AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(억|천만|백만|만|천)?\s*원")
AMOUNT_WORDS = re.compile(r"금액|지원금|수당|급여|임금|실비|보수|인건비|장려금|\d\s*%")
COUNT_MENTION = re.compile(r"\d+\s*(명|개사|개소|개 ?기업|기업|팀|곳|개)|인원|규모")
PERIOD_MENTION = re.compile(r"\d{1,2}\s*월|\d{1,2}\.\s*\d{1,2}|기간|마감|상시|수시|연중")
SUPPORT_LINE = re.compile(r"지원|지급|보조|한도|최대|1인당|월|연")
YEAR = re.compile(r"\(?\s*'?(?:20)?\d{2}년도?\s*\)?\s*|\(?20\d{2}\)?\s*")
SUFFIX = re.compile(r"\s*(지원\s*사업|사업)$")
LEADING_MARKS = re.compile(r"^(?:[^\w(\[「<]|ㅇ\s|[①-⑳ㆍ]|\d{1,2}[.)](?!\d))+")  # bullets, numbering
PROGRAM_SOURCE_KEY = "source"  # the answers.jsonl field naming where a policy's text is


@dataclass(frozen=True)
class PolicyQuestion:
    """A gold row plus what the policy report breaks it down by."""

    row: GoldRow
    kind: str  # age, deadline, count, amount, contact, region, citizen, unanswerable, not_stated
    form: str  # md, txt, docx, json, or "-" for questions about no document
    split: str  # tune / held / "-"
    origin: str  # generated / hand
    plcy_no: str = ""


def _particle(name: str, vowel: str, consonant: str) -> str:
    last = name.rstrip()[-1:]
    if not ("가" <= last <= "힣"):
        return ""
    return consonant if (ord(last) - 0xAC00) % 28 else vowel


def ask(template: str, mention: str) -> str:
    """The template with the program named and the topic particle that fits it (none after a non-Hangul end)."""
    text = template.replace("{은}", _particle(mention, "는", "은")).replace("{는}", _particle(mention, "는", "은"))
    return text.replace("{X}", mention)


def name_key(name: str) -> str:
    """A program name without year, spaces or the '사업' suffix: what people keep when they shorten it."""
    return re.sub(r"\s+", "", SUFFIX.sub("", YEAR.sub(" ", name))).casefold()


def mention(name: str, seed: int) -> str:
    """The program as a citizen names it: full, year left out, a spacing slip or the '사업' suffix dropped."""
    undated = " ".join(YEAR.sub(" ", name).split())
    shorter = SUFFIX.sub("", undated)
    styles = [name]
    if undated != name and len(undated) >= 4:
        styles.append(undated)
    if " " in undated:
        first = undated.index(" ")
        styles.append(undated[:first] + undated[first + 1:])
    if shorter != undated and len(shorter) >= 4:
        styles.append(shorter)
    return styles[seed % len(styles)]


def _record_text(record: dict) -> str:
    return "\n".join(str(record.get(field) or "") for field in FREE_TEXT_FIELDS)


def age_facts(age: int, upper: bool) -> list[str]:
    """Every way a document writes this age bound: '39세', '만 39', '40세 미만', '39살'."""
    forms = [f"{age}세", f"만 {age}", f"{age}살"]
    return forms + ([f"{age + 1}세 미만", f"{age + 1}세미만"] if upper else [])


def date_facts(iso: str, month_end: bool = False) -> list[str]:
    """Every way a document writes a day: 2025.02.10, 2025. 2. 10., 2월 10일, 2025-02-10; a month's last day as '25. 2월."""
    day = dt.date.fromisoformat(iso)
    forms = [f"{day:%Y.%m.%d}", f"{day.month}. {day.day}.", f"{day.month}월 {day.day}일", f"{day:%Y-%m-%d}",
             f"{day:%Y%m%d}", f"{day:%m.%d}"]
    return forms + ([f"~ {day.month}월", f"'{day:%y}. {day.month}월", f"{day.year}년 {day.month}월"] if month_end else [])


def stated_amount(record: dict) -> str | None:
    """The one amount the support text states on a support line, or None when none or several do."""
    text = str(record.get("plcySprtCn") or "")
    if re.search(r"억\s*\d", text):
        return None
    found = {match.group(0).replace(" ", "") for match in AMOUNT.finditer(text)}
    if len(found) != 1:
        return None
    amount = found.pop()
    line = next(line for line in text.splitlines() if AMOUNT.search(line))
    return amount if SUPPORT_LINE.search(line) else None


def region_facts(truth: dict, regions: dict[str, str]) -> list[str]:
    """The region names a correct answer may use: '전국', the province, a 시군구 with or without its province."""
    forms = list(truth["region_names"])
    if forms == ["전국"]:
        return forms
    for name in forms + [regions.get(code, "") for code in truth["regions"]]:
        parts = name.split()
        if len(parts) > 1:
            forms.append(parts[-1] if parts[-1][-1:] in "시군" else " ".join(parts[-2:]))
        forms.append(name)
    return list(dict.fromkeys(form for form in forms if form))


def field_facts(record: dict, truth: dict, regions: dict[str, str]) -> dict[str, tuple[str, list[list[str]]]]:
    """kind -> (template key, fact groups) for every field the record states."""
    facts: dict[str, tuple[str, list[list[str]]]] = {}
    if truth["age_max"]:
        facts["age"] = ("age_max", [age_facts(truth["age_max"], upper=True)])
    elif truth["age_min"]:
        facts["age"] = ("age_min", [age_facts(truth["age_min"], upper=False)])
    if truth["apply_end"]:
        whole = whole_months(dt.date.fromisoformat(truth["apply_start"]), dt.date.fromisoformat(truth["apply_end"]))
        facts["deadline"] = ("deadline", [date_facts(truth["apply_end"], month_end=whole)])
    elif truth["apply_note"]:
        facts["deadline"] = ("deadline", [[truth["apply_note"], truth["apply_note"].replace(" ", "")]])
    if truth["head_count"]:
        facts["count"] = ("count", [[f"{truth['head_count']}명"]])
    amount = stated_amount(record)
    if amount:
        facts["amount"] = ("amount", [[amount]])
    if truth["apply_method"]:
        first = [_opening(line) for line in truth["apply_method"].splitlines() if _opening(line)][:3]
        if first:
            facts["contact"] = ("method", [first])
    elif truth["institution"]:
        facts["contact"] = ("contact", [[truth["institution"]]])
    if truth["region_names"]:
        facts["region"] = ("region", [region_facts(truth, regions)])
    return facts


def _opening(line: str, chars: int = 10) -> str:
    """The first `chars` letters of a line without its bullet or number: what a quote of it must contain."""
    text = LEADING_MARKS.sub("", line.strip()).strip()
    squeezed = re.sub(r"\s+", "", text)
    return text[: len(text) - len(squeezed) + chars] if len(squeezed) >= 4 else ""


def not_stated_kinds(record: dict, truth: dict) -> dict[str, str]:
    """kind -> template key for fields neither the fields nor any text of the record states."""
    text = _record_text(record)
    kinds = {}
    if not truth["head_count"] and not COUNT_MENTION.search(text):
        kinds["count"] = "count"
    if not AMOUNT.search(text) and not AMOUNT_WORDS.search(text):
        kinds["amount"] = "amount"
    if not truth["apply_end"] and not truth["apply_note"] and not PERIOD_MENTION.search(text):
        kinds["deadline"] = "deadline"
    return kinds


def generate(records: dict[str, dict], truths: list[dict], regions: dict[str, str]) -> list[PolicyQuestion]:
    """Field and not-stated questions for every policy whose name points at it alone."""
    keys: dict[str, int] = {}
    for truth in truths:
        keys[name_key(truth["name"])] = keys.get(name_key(truth["name"]), 0) + 1
    questions = []
    for truth in truths:
        if keys[name_key(truth["name"])] > 1 or len(name_key(truth["name"])) < 4:
            continue  # the same program name in several places: a question cannot name one
        record = records[truth["plcyNo"]]
        for kind, (template, facts) in field_facts(record, truth, regions).items():
            questions.append(_question(truth, kind, template, facts))
        missing = not_stated_kinds(record, truth)
        if missing:  # one a policy, so that "not stated" does not outweigh the fields
            kind = sorted(missing)[stable_hash("missing:" + truth["plcyNo"]) % len(missing)]
            questions.append(_question(truth, "not_stated", missing[kind], [], asked=kind))
    return questions


def _question(truth: dict, kind: str, template: str, facts: list[list[str]], asked: str = "") -> PolicyQuestion:
    seed = stable_hash(f"{kind}{asked}:{truth['plcyNo']}")
    options = TEMPLATES[template]
    text = ask(options[seed % len(options)], mention(truth["name"], seed // len(options)))
    answerable = kind != "not_stated"
    row = GoldRow(
        id=f"g{truth['plcyNo']}-{asked or kind}" + ("-ns" if not answerable else ""),
        question=text,
        answerable=answerable,
        sources=(truth[PROGRAM_SOURCE_KEY],) if answerable else (),
        facts=tuple(tuple(group) for group in facts),
        type=kind,
        municipality=(truth["region_names"] or [None])[0],
        style="colloquial",
    )
    return PolicyQuestion(row, kind, truth["form"], truth["split"], "generated", truth["plcyNo"])
