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


def test_slip_survival_counts_answers_that_stay_right_with_a_word_typed_wrong():
    from evals.program_resolution import slip_survival

    rows = [{"id": f"nS{i:02d}", "kind": "natural", "style": "formal", "plcyNo": "1", "facts": [["5만원"]],
             "question": "밀양시 청년 첫걸음 면접수당은 한 번에 얼마예요?"} for i in range(40)]
    rows = [r for r in rows if not is_held(r["id"])]
    spelled = set(rows[0]["question"].split())

    def ask(question):  # answers only a question spelled as written
        right = set(question.split()) == spelled
        return Answer(question, "1회 5만원 [1]" if right else "없습니다", not right, program="a.md" if right else None)

    report = slip_survival(rows, ask, {"1": {"a.md"}})
    asked = sum(part["asked"] for part in report.values())
    assert asked == 2 * len(rows)  # two slipped askings each
    assert all(part["still_right"] == 0.0 for part in report.values())  # every asking was misspelt
