"""The program-resolution eval reports the tuning half's parts A and B beside the halves."""

from assistant.types import Answer
from evals.program_resolution import is_held, judge, summary, tune_part


def test_parts_a_and_b_split_the_tuning_half_and_are_reported_by_style():
    ids = [f"nT{i:03d}" for i in range(200)]
    tune = [i for i in ids if not is_held(i)]
    parts = {tune_part(i) for i in tune}
    assert parts == {"A", "B"}
    share_a = sum(tune_part(i) == "A" for i in tune) / len(tune)
    assert 0.35 < share_a < 0.65
    rows = [{"id": i, "kind": "natural", "style": "typo", "facts": [["5만원"]]} for i in ids]
    verdicts = [judge(r, Answer("q", "1회 5만원 [1]", False, program="a.md"), {"a.md"}) for r in rows]
    report = summary(verdicts)
    assert report["tune_A"]["natural"] + report["tune_B"]["natural"] == report["tune"]["natural"]
    assert report["tune_A"]["by_style"]["typo"]["right"] == 1.0
    assert report["held"]["by_style"]["typo"]["program_cited_first"] == 0.0  # a cited answer needs citations
