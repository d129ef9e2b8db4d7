"""Situation questions ("27살 백수인데 수원에서 뭐 신청할 수 있어요?") in chat, over seeds and real dev policies;
the chat, the '맞춤 사업 찾기' tab and the CLI list the same programs in the same order (issue 14)."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from evals.policy_corpus import copy_seed_articles

from assistant.answer.situation import situation_in
from assistant.programs.public import FIRST_SHOWN as SHOWN, listing
from assistant.documents.policies import export_documents
from assistant.language.regions import load_regions
from assistant.programs.catalog import programs_in
from assistant.programs.public import BENEFIT_LINE_CHARS, benefit_line, open_label
from assistant.ui.finder import find_cards

REPO = Path(__file__).resolve().parent.parent
DEV_POLICIES = REPO.parent / "shared" / "data" / "youth-policies" / "policies-dev.json"
needs_dev = pytest.mark.skipif(not DEV_POLICIES.is_file(), reason=f"dev corpus absent: {DEV_POLICIES}")
GYEONGGI_RECORDS = 24  # dev records for a place in 경기도 (or nationwide) put into the small index


@pytest.mark.parametrize("question, age, place, status, groups, gender", [
    ("27살 백수인데 수원에서 뭐 신청할 수 있어요?", 27, "경기도 수원시", "미취업", (), None),
    ("의정부 사는 미취업 청년인데 받을 수 있는 지원 뭐 있어요?", None, "경기도 의정부시", "미취업", (), None),
    ("저 32살 여자고 경력단절인데 고양시 지원 있나요?", 32, "경기도 고양시", None, ("경력단절",), "여성"),
    ("I'm 27 and unemployed in Suwon, what can I apply for?", 27, "경기도 수원시", "미취업", (), None),
    ("특성화고 3학년인데 대구 수성구 살아요. 뭐 신청할 수 있어요?", None, "대구광역시 수성구", "고등학생", (), None),
    ("대학교 4학년 여자인데 부산 남구 사는데 받을 수 있는 지원 뭐 있어?", None, "부산광역시 남구", "대학생", (), "여성"),
])
def test_a_resident_describing_themself_is_a_situation(question, age, place, status, groups, gender):
    regions = load_regions()
    situation = situation_in(question, regions)
    assert situation is not None
    assert (situation.age, situation.status, situation.groups, situation.gender) == (age, status, groups, gender)
    assert regions.resolve(situation.residence).name == place


@pytest.mark.parametrize("question, status, years, military, groups", [
    ("거제에서 쇼핑몰 운영 1년차인데 받을 수 있는 지원 뭐 있어요?", "창업", 1, None, ()),
    ("춘천 사는 22살, 제대한 지 1년 됐는데 뭐 신청할 수 있어요?", None, None, "군필", ("제대군인",)),
    ("순천에서 창업 준비 중인 35살인데 뭐 신청할 수 있어요?", "예비창업", None, None, ()),
])
def test_chat_reads_business_years_service_and_founding_plans_from_the_question(question, status, years, military, groups):
    situation = situation_in(question, load_regions())
    assert (situation.status, situation.business_years, situation.military, situation.groups) == \
        (status, years, military, groups)


def test_the_chat_region_filter_stands_for_the_residence_of_a_situation():
    situation = situation_in("27살 백수인데 뭐 신청할 수 있어요?", load_regions(), municipality="의정부시")
    assert situation.residence == "의정부시"
    named = situation_in("27살 백수인데 수원 사는데 뭐 신청할 수 있어요?", load_regions(), municipality="의정부시")
    assert named.residence == "수원"  # the question's own place wins


@pytest.mark.parametrize("question", [
    "의정부랑 고양 여성 일자리 각각 뭐 있어?",
    "의정부와 고양 중에 여성 일자리 뭐 있어?",
    "수원이랑 고양 청년 지원 비교해줘, 받을 수 있는 지원 뭐 있어?",
    "만 39세도 청년 면접수당 지원 있나요?",  # about one program, not the asker
])
def test_places_compared_or_one_program_asked_about_is_no_situation(question):
    assert situation_in(question, load_regions()) is None


def test_a_comparison_in_chat_is_answered_by_place_not_by_the_finder(knowledge_assistant):
    answer = knowledge_assistant.ask("의정부랑 고양 여성 일자리 각각 뭐 있어?")
    assert answer.generator != "finder"


@needs_dev
def test_the_one_line_benefit_reads_as_a_phrase_on_dev_policies():
    regions = load_regions()
    raw = DEV_POLICIES.read_bytes()
    lines = [benefit_line(p) for d in export_documents(raw, "dev.json", "dev.json", regions)
             if not isinstance(d, Exception) for p in programs_in(d, regions)]
    lines = [line for line in lines if line]
    assert len(lines) > 300
    for line in lines:
        assert len(line) <= BENEFIT_LINE_CHARS + 1, line
        assert not re.match(r"[\s\-•·ㆍ∙○◯●□■※*]|\d{1,2}[.)]\s|\(목적\)", line), line
        assert "&middot;" not in line and "\n" not in line, line
        assert not re.search(r"(?:및|등|,|\()…$", line), line  # never cut on a dangling connective


@pytest.fixture(scope="module")
def policy_assistant(tmp_path_factory, analyzer, embedder):
    """A real index of the seed articles beside a few dev policies (경기도 or nationwide) in an export .json."""
    if not DEV_POLICIES.is_file():
        pytest.skip(f"dev corpus absent: {DEV_POLICIES}")
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    root = tmp_path_factory.mktemp("policies")
    source = root / "knowledge"
    copy_seed_articles(source, REPO / "knowledge")  # the articles; the records come below
    records = json.loads(DEV_POLICIES.read_text(encoding="utf-8"))
    codes = [str(r.get("zipCd") or "").split(",") for r in records]
    gyeonggi = [r for r, mine in zip(records, codes) if any(c.strip().startswith("41") for c in mine)]
    (source / "exports").mkdir()
    (source / "exports" / "policies.json").write_text(
        json.dumps(gyeonggi[:GYEONGGI_RECORDS], ensure_ascii=False), encoding="utf-8")
    settings = load_settings({}, index_dir=root / "index", source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    return Assistant.open(settings, analyzer=analyzer, embedder=embedder)


def _listed(assistant, question: str):
    situation = situation_in(question, load_regions())
    first, rest, _closed = listing(assistant.find(situation))
    return first + rest


def test_a_situation_gets_a_short_cited_list_with_deadlines_and_more(policy_assistant):
    question = "27살 백수인데 수원에서 뭐 신청할 수 있어요?"
    answer = policy_assistant.ask(question)
    listed = _listed(policy_assistant, question)
    assert answer.generator == "finder" and len(listed) > SHOWN
    lines = [line for line in answer.text.splitlines() if line.startswith("• ")]
    assert len(lines) == SHOWN
    for line, match in zip(lines, listed):
        assert line.startswith(f"• {match.program.title}")
        assert re.search(r"\[\d+\]$", line)  # ends with its citations
        assert f"({open_label(match)})" in line  # the deadline status, with its D-day or an earlier year's
        assert match.open != "dated" or re.search(r"\(20\d\d년 기준 — 올해 운영 여부 확인\)", line)
        if match.d_day is not None and match.open in ("open", "upcoming"):
            assert f"D-{match.d_day}" in line
    assert f"{len(listed) - SHOWN}개 더 보기" in answer.text
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert cited == {c.number for c in answer.citations}
    assert all(c.snippet in c.passage for c in answer.citations)  # each quote is a line of its passage


def test_a_situation_without_an_age_asks_for_it(policy_assistant):
    answer = policy_assistant.ask("의정부 사는 미취업 청년인데 받을 수 있는 지원 뭐 있어요?")
    assert answer.generator == "finder"
    assert answer.text.splitlines()[-1] == "나이를 알려주시면 더 정확히 찾아 드릴게요."


SAME_SITUATION = [  # (chat question, tab form: age, residence, status, groups; CLI arguments)
    ("27살 백수인데 수원에서 뭐 신청할 수 있어요?", ("27", "수원", "미취업", None),
     ["--age", "27", "--region", "수원", "--status", "미취업"]),
    ("의정부 사는 미취업 청년인데 받을 수 있는 지원 뭐 있어요?", ("", "의정부", "미취업", None),
     ["--region", "의정부", "--status", "미취업"]),
    ("저 32살 여자고 경력단절인데 고양시 지원 있나요?", ("32", "고양시", "모름", ["경력단절"]),
     ["--age", "32", "--region", "고양시", "--gender", "여성", "--group", "경력단절"]),
]


@pytest.mark.slow
@pytest.mark.parametrize("question, form, arguments", SAME_SITUATION)
def test_the_chat_and_the_tab_give_the_same_programs_as_the_cli(policy_assistant, question, form, arguments):
    today = dt.date.today()
    command = [sys.executable, "-m", "assistant", "find", *arguments, "--date", today.isoformat(), "--json",
               "--index-dir", str(policy_assistant.settings.index_dir)]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    cli = [row["title"] for row in rows]
    current = [row["title"] for row in rows if row["open"] != "closed"]
    assert cli[: len(current)] == current  # closed programs come last
    assert len(current) >= SHOWN - 1  # enough programs that the order matters

    gender = "여성" if "--gender" in arguments else None
    cards = find_cards(policy_assistant, *form, today=today, gender=gender)
    tab = [html.unescape(t) for t in re.findall(r'<div class="jq-program"[^>]*><div[^>]*>(.*?)</div>', cards)]
    assert tab == cli

    chat = policy_assistant.ask(question).text.splitlines()
    listed = [line for line in chat if line.startswith("• ")]
    assert len(listed) == min(SHOWN, len(current))
    assert all(line.startswith(f"• {title} ") for line, title in zip(listed, cli)), (listed, cli[:SHOWN])
    assert (f"{len(current) - SHOWN}개 더 보기" in "\n".join(chat)) == (len(current) > SHOWN)
    if len(cli) > len(current):
        assert f"마감된 사업 {len(cli) - len(current)}개" in "\n".join(chat)


STARTUP_GUARANTEE = """# 청년창업기업 보증

- 지역: 전국
- 지원대상: 만 39세 이하 청년이 창업한 업력 7년 이내 기업
- 지원내용: 청년창업기업에 대한 보증료 감면, 보증비율 상향, 산정특례 등
- 신청방법: 신용보증기금 영업점 상담 후 신청
"""

STARTUP_ROOMS = """# 청년 창업공간 입주 지원

- 지역: 전국
- 지원대상: 만 39세 이하 예비창업자 및 업력 3년 이내 창업자
- 지원내용: 창업공간 입주 및 멘토링 지원
"""


def test_a_situation_naming_a_program_whole_is_answered_from_that_program(tmp_path_factory, analyzer, embedder):
    """"38살이고 작년에 창업했는데 청년창업기업 보증 받으면 어떤 혜택 있어요?" speaks of the asker but asks about the
    program it names whole: that program's page answers, not the finder's list; unnamed, the finder still lists."""
    from tests.conftest import assistant_over

    assistant = assistant_over(tmp_path_factory, analyzer, embedder,
                               {"guarantee.md": STARTUP_GUARANTEE, "rooms.md": STARTUP_ROOMS})[1]
    named = assistant.ask("38살이고 작년에 창업했는데 청년창업기업 보증 받으면 어떤 혜택 있어요?")
    assert named.generator != "finder", named.text
    assert named.citations and named.citations[0].source == "guarantee.md", named.citations[:1]
    assert "보증료 감면" in named.text, named.text
    listed = assistant.ask("38살이고 작년에 창업했는데 받을 수 있는 지원 뭐 있어요?")
    assert listed.generator == "finder", listed.text
