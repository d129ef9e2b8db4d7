"""The typed variants of the natural questions are the tuning halves' questions with a few key slips, made the same
way every time, so a change's effect on slips can be measured and compared."""

import json
import random

from assistant.language.spelling import typed_distance
from evals.policy_natural import half_of
from evals.typed_variants import typed_rows, variant


def test_a_variant_is_the_question_with_one_or_two_key_slips_at_most_run_together(tmp_path):
    question = "울산 동구 청년 면접정장 대여서비스 신청하려면 어디로 문의 전화하면 돼요?"
    for seed in range(50):
        typed = variant(question, random.Random(seed))
        assert typed != question
        # two slipped words and the polite ending: three letters at most, spaces aside
        assert typed_distance(typed.replace(" ", ""), question.replace(" ", ""), 5) <= 3, typed


def test_only_tuning_rows_are_varied_the_same_way_every_time_keeping_what_they_ask(tmp_path):
    rows = [{"id": f"n{i}", "kind": "natural", "question": "구미 청년성장 프로젝트 가면 상담도 해주나요?",
             "plcyNo": "1", "facts": [["상담"]], "style": "typo", "asks": "benefit"} for i in range(40)]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    typed = typed_rows([path])
    assert typed == typed_rows([path])  # seeded by each id
    tune = {r["id"] for r in rows if half_of(r["id"]) == "tune"}
    assert {r["id"].removesuffix("~typed") for r in typed} == tune and 0 < len(tune) < len(rows)
    assert all(r["original"] != r["question"] and r["facts"] == [["상담"]] and r["plcyNo"] == "1" for r in typed)
