"""Which sentence answers a question in prose: the one holding the kind of value asked (a year, a span
of time, a rank, a person...), not the one that only repeats the question's words; and a question
naming the answer's kind ("…를 기록한 역사서는?") is answered, not refused for that word."""

from __future__ import annotations

import pytest

from assistant.language.questions import analyze, unknown_terms

# Prose paragraphs in the style of an encyclopedia (KorQuAD's kind of text), one document each.
PARAGRAPHS = {
    "career.txt": (
        "그는 3학년 때 상대 학생회장에 당선되어 한일협정을 반대하는 시위를 주도했다. "
        "경찰에 체포돼 대법원에서 징역 3년, 집행유예 5년을 선고받고 6개월간 복역했다. "
        "대학 졸업 후 학생운동 전력으로 취업이 되지 않자 대통령에게 편지를 써 정면 돌파를 시도했다."
    ),
    "athlete.txt": (
        "그는 1996년 애틀랜타 올림픽에서 자신의 올림픽 타이틀을 유지하려는 시도를 하였다. "
        "그러나 2.32m의 3개의 시도들에서 모두 실패하여 결국 11위에 머물고 말았다. "
        "우승은 미국의 찰스 오스틴에게 돌아갔다."
    ),
    "film.txt": (
        "감독은 배우에게 영화 출연을 처음 권유하면서 시나리오를 건넸다. "
        "감독은 2013년 10월 부산국제영화제에서 배우를 만났을 때 시나리오를 건넸는데, 배우가 거절할 것을 두려워해 악역으로 수정해서 보냈다. "
        "배우는 제작사의 양해를 얻어 다른 드라마에 먼저 출연했다."
    ),
    "minister.txt": (
        "2005년 1월 2일, 당 지도부가 법안 처리 불발에 책임지고 사퇴하며 그녀도 함께 물러났다. "
        "이후 새 지도부의 당의장 후보로 이름이 거론되다가 갑자기 경선에 불출마를 선언한다. "
        "교육부총리 물망에도 올랐으나 본인의 고사로 제외되기도 한다. "
        "이런 와중에 다른 의원들은 3월과 5월에 방북하기도 했고, 그녀는 4월 러시아를 조문사절로 방문하는 등 대선 주자로서 활동을 보였다. "
        "2006년 4월에는 국무총리로 지명되어 국회 인준을 받았다."
    ),
    "regent.txt": (
        "1894년 6월 21일 경복궁이 일본군 혼성여단에 의해 점령되었다. "
        "대원군은 정권 회복과 왕조 중흥 방안 마련에 골몰했으며, \"조선의 땅을 한 치도 요구하지 않겠다.”라는 스기무라 후카시 "
        "일본 공사관 서기관의 확약을 곧이곧대로 믿고 일본 상인의 호위를 받으며 입궐하였다."
    ),
    "queen.txt": (
        "『조선왕조실록』에 의하면 신씨는 어진 덕이 있어 화평하고 온순하였으며 아랫사람들을 은혜로써 어루만졌다. "
        "신씨는 폐위된 뒤에도 궁궐 밖에서 조용히 살았다."
    ),
}


@pytest.fixture(scope="module")
def prose_assistant(tmp_path_factory, analyzer, embedder):
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    from evals.korquad import SquadParagraph, write_documents

    source = tmp_path_factory.mktemp("prose")
    # as the KorQuAD benchmark lays them out: one .txt a paragraph, titled by its article (the file's stem)
    write_documents([SquadParagraph(name, name.removesuffix(".txt"), text) for name, text in PARAGRAPHS.items()], source)
    settings = load_settings({}, index_dir=tmp_path_factory.mktemp("prose-index"), source_dir=source)
    run_ingest(settings, progress=False, analyzer=analyzer, embedder=embedder)
    return Assistant.open(settings, analyzer=analyzer, embedder=embedder)


@pytest.mark.parametrize("question, kind, unit", [
    ("그 선수는 올림픽에서 몇위를 기록했나?", "number", "위"),
    ("이 카메라는 몇 만 화소인가?", "number", "만"),
    ("감독이 출연을 처음 권유한 해는?", "date", ""),
    ("대통령에 당선된 년도는 언제인가?", "date", ""),
    ("면접수당은 몇 명을 뽑나요?", "count", "명"),  # the templated kinds stay as they were
    # where to apply is how to apply, not a venue the page must give
    ("대구 청년농업인 맞춤 지원 신청 어디다 해요?", "apply", ""),
    ("특강 하는 거 있던데 신청 어디서 봐요?", "apply", ""),
    ("신청자는 어디 살아야 돼요?", "residence", ""),  # where the asker lives, still
    ("교육 장소 어디예요?", "place", ""),
])
def test_the_kind_of_value_asked_is_read_from_the_question(analyzer, question, kind, unit):
    asked = analyze(question, analyzer)
    assert (asked.answer_type, asked.unit) == (kind, unit)


def test_a_noun_a_clause_describes_is_not_a_missing_detail(analyzer):
    known = {"신씨", "화평", "기록", "청년", "면접", "수당"}.__contains__
    clause = analyze("신씨가 어질고 화평하다고 기록한 역사서는?", analyzer)
    assert unknown_terms(clause, analyzer, known) == []
    phrase = analyze("음악을 하기 전 공부했던 학문 분야는?", analyzer)  # the clause describes the whole phrase
    assert unknown_terms(phrase, analyzer, known) == []
    bare = analyze("청년 면접수당 참가비는?", analyzer)  # what is asked, named outright: the documents must mention it
    assert unknown_terms(bare, analyzer, known) == ["참가비"]
    # "X 대신": what the asked thing replaces, not a detail the page must name
    instead = analyze("능력중심채용은 스펙대신 뭘 보는 건가요?", analyzer)
    assert unknown_terms(instead, analyzer, {"능력", "중심", "채용"}.__contains__) == []
    # who does a thing the page names ("입주자" on a page about 입주 신청); a page never naming it still lacks it
    assert unknown_terms(analyze("입주자는 어떤 절차로 선발합니까?", analyzer), analyzer, {"입주"}.__contains__) == []
    assert unknown_terms(analyze("입주자는 어떤 절차로 선발합니까?", analyzer), analyzer, {"선발"}.__contains__) == ["입주자"]


@pytest.mark.parametrize("question, value", [
    ("한일협정 반대 시위로 대법원에서 징역과 집행유예를 선고받고 복역한 기간은?", "6개월"),
    ("애틀랜타 올림픽에서 몇위를 기록했는가?", "11위"),
    ("감독이 배우에게 영화 출연을 처음 권유한 해는?", "2013년"),
    ("신씨가 어질고 화평하다고 기록한 역사서는?", "조선왕조실록"),
    # the year is named once, at the passage's start; the answering sentence gives only the month
    ("그녀가 2005년 4월 조문사절로 방문한 나라는?", "러시아"),
    # the sentence is cut at the quote's full stop ("…않겠다.”|라는 스기무라…"): its rest comes with it
    ("대원군에게 조선의 땅을 한 치도 요구하지 않겠다고 약속한 사람은?", "스기무라 후카시"),
])
def test_prose_questions_are_answered_by_the_sentence_holding_the_asked_kind(prose_assistant, question, value):
    answer = prose_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert value in answer.text
    assert answer.citations
    for citation in answer.citations:  # every quote lies inside its cited passage, and that inside the document
        assert citation.snippet in citation.passage
        assert citation.passage.strip() in PARAGRAPHS[citation.source]


@pytest.mark.parametrize("question, kind", [
    ("한국 휴대전화 기기 제조사는 어디인가?", "place"),  # a phone (the device) is no phone number asked
    ("특별심사위원을 맡게 된 오디션 프로그램은?", "general"),  # 위원을 is no sum of money
    ("국가 상징 중 하나이며 근면성을 나타내는 동물은?", "general"),  # 하나이며 holds no age
    ("대규모 집회를 우려하여 폐쇄한 곳은?", "general"),
    ("무조건적인 성장전략을 포기하고 내세운 전략은?", "general"),
    ("첫 번째 문법조약은 몇 세기에 쓰여졌나?", "date"),  # a century, not an age
    ("면접수당 나이 제한 있어요?", "age"),
    ("센터 전화번호 알려줘", "phone"),
])
def test_a_kind_word_inside_another_word_does_not_set_the_kind(question, kind):
    from assistant.language.questions import answer_type

    assert answer_type(question) == kind


def test_a_sentence_that_only_repeats_the_question_loses_to_one_that_adds(analyzer):
    from assistant.answer.extractive import ExtractiveAnswerer
    from assistant.types import Chunk, DocumentMeta, Hit

    text = ("펜더사 최초의 좌우 비대칭 일렉트릭 기타이다. "
            "1958년 공개된 재즈마스터가 펜더사 최초의 좌우 비대칭 일렉트릭 기타로 꼽힌다.")
    chunk = Chunk(chunk_id="guitar:0", document_id="guitar", index=0, text=text, start=0, end=len(text),
                  source="guitar.txt", meta=DocumentMeta(title="기타"))
    answerer = ExtractiveAnswerer(analyzer, {"__chunks__": 10})
    answer = answerer.answer(analyze("펜더사 최초의 좌우 비대칭 일렉트릭 기타는?", analyzer), [Hit(chunk, 1.0)])
    assert "재즈마스터" in answer.text


def _passage(text: str, title: str, document_id: str = "doc"):
    from assistant.types import Chunk, DocumentMeta, Hit

    return Hit(Chunk(chunk_id=f"{document_id}:0", document_id=document_id, index=0, text=text, start=0, end=len(text),
                     source=f"{document_id}.txt", meta=DocumentMeta(title=title)), 1.0)


def test_a_sentence_holding_what_the_question_says_of_its_subject_is_answered_at_a_lower_coverage(analyzer):
    from assistant.answer.extractive import ExtractiveAnswerer

    answerer = ExtractiveAnswerer(analyzer, {"__chunks__": 100})  # every word weighs the same
    text = "음악을 하기 이전, 잠시 미술을 공부하기도 했었던 그는 미술에도 관심과 조예가 있어 앨범재킷을 디자인한 바 있다."
    asked = analyze("하현우가 음악을 하기 전 공부했던 학문 분야는?", analyzer)
    answer = answerer.answer(asked, [_passage(text, "하현우")])
    # it holds 음악 and 공부 (what is said of 하현우) but not 학문 분야: less than the usual share, still the answer
    assert not answer.abstained and "미술" in answer.text
    subject_only = "하현우는 대한민국의 가수이자 음악 프로듀서이며 록밴드의 보컬로 활동하고 있다."
    assert answerer.answer(asked, [_passage(subject_only, "하현우", "other")]).abstained


def test_korquad_questions_split_into_fixed_halves_by_the_hash_of_their_id():
    from evals.korquad import SquadQuestion, half_of, in_half

    questions = [SquadQuestion(f"{n}-0-0", "질문?", ("답",), "0000_000.txt") for n in range(200)]
    tune, held = in_half(questions, "tune"), in_half(questions, "held")
    assert len(tune) + len(held) == 200 and not {q.qid for q in tune} & {q.qid for q in held}
    assert 60 < len(tune) < 140  # about half each
    assert [half_of(q.qid) for q in questions] == [half_of(q.qid) for q in questions]  # fixed, not sampled
    assert half_of("6543842-6-0") == "tune"  # sha256 of the id is even: the same in every run and on every machine
    assert in_half(questions, "all") == questions

