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


# Real dev records (온통청년, 2025), the fields the made set reads
SUIT_POLICY = {
    "plcyNo": "20250101000000000001", "plcyNm": "2025년 청년 면접정장 무료대여사업",
    "plcyExplnCn": "취업준비 청년에게 면접용 정장을 무료로 대여하여 구직 비용 부담을 덜어줌",
    "plcySprtCn": "정장 재킷, 바지 또는 스커트, 셔츠, 넥타이, 구두 대여 (1회 3박 4일)",
    "sprtTrgtMinAge": "18", "sprtTrgtMaxAge": "39", "sprtTrgtAgeLmtYn": "Y",
}
NATIONWIDE_POLICY = {
    "plcyNo": "20250101000000000002", "plcyNm": "취업성공 디딤돌 청년인턴 사업",
    "plcyExplnCn": "미취업 청년에게 중소기업 인턴 근무 기회를 제공하고 정규직 전환을 돕는 사업",
    "plcySprtCn": "인턴 기간 인건비 월 최대 80만원 지원, 정규직 전환 시 전환지원금",
    "sprtTrgtAgeLmtYn": "N",
}


def test_the_made_set_never_writes_a_policys_exact_name_and_is_the_same_every_run(analyzer):
    from evals.resolution_made import made_set

    regions = {SUIT_POLICY["plcyNo"]: ["경상남도 창원시 의창구", "경상남도 창원시 성산구"],
               NATIONWIDE_POLICY["plcyNo"]: ["전국"]}
    made = made_set([SUIT_POLICY, NATIONWIDE_POLICY], regions, analyzer)
    assert made == made_set([SUIT_POLICY, NATIONWIDE_POLICY], regions, analyzer)
    assert {q["kind"] for q in made} == {"described", "shortened", "yes_no", "situation"}
    for q in made:
        compact = q["question"].replace(" ", "")
        assert "면접정장무료대여사업" not in compact and "디딤돌청년인턴사업" not in compact
    suit = {q["kind"]: q["question"] for q in made if q["plcyNo"] == SUIT_POLICY["plcyNo"]}
    assert suit["shortened"].startswith("창원 ")  # a resident names the city, not its districts
    described = suit["described"]
    assert not any(word in described for word in ("면접", "정장", "무료", "대여"))  # the name's words are left out
    words = described.split(" 해주는 거")[0].split()[1:]  # after the place, before the frame
    assert len(words) >= 2 and all(w in SUIT_POLICY["plcyExplnCn"] + SUIT_POLICY["plcySprtCn"] for w in words)
    ages = [int(w[:-1]) for w in suit["situation"].replace("살인데", "살 ").split() if w.endswith("살")]
    assert ages and 18 <= ages[0] <= 39  # an age the policy admits
    nationwide = [q["question"] for q in made if q["plcyNo"] == NATIONWIDE_POLICY["plcyNo"]]
    assert nationwide and not any(q.startswith("전국") for q in nationwide)  # a nationwide program has no place


def test_a_shortened_name_drops_generic_words_year_and_place():
    from evals.resolution_made import place_of, shortened_names

    assert place_of(["울산광역시 북구"]) == "울산 북구"
    assert place_of(["경상남도 창원시 의창구", "경상남도 김해시"]) == "경남"
    assert place_of(["전국"]) == ""
    forms = shortened_names("완도군 청년 자격증 응시료 지원사업", "완도")
    assert forms and all("완도" not in f and "청년" not in f and "사업" not in f for f in forms)
    assert "자격증 응시료" in forms
    assert shortened_names("청춘마켓", "경남") == []  # nothing to shorten
    # the place however the name writes it, and figures, are left out too
    long_place = shortened_names("경상남도 청년 면접정장 무료대여", "경남", region_names=("경상남도",))
    assert long_place and not any("경상" in f for f in long_place)
    assert not any("영도" in f for f in shortened_names("영도 청년 자격증 응시료 지원사업", "영도구",
                                                       region_names=("부산광역시 영도구",)))
    assert not any(ch.isdigit() for f in shortened_names("광주광역시 2024 일자리박람회 개최(일시 : 10.14.)", "광주",
                                                         region_names=("광주광역시",)) for ch in f)
