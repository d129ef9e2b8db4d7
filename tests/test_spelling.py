"""Misspelt words are read as the words meant, by how many key slips apart they are (jamo edit distance), over
real program titles and through the whole answer."""

import json
import random
import re

import pytest

from assistant.index.titles import Program, ProgramTitles, name_key
from assistant.language.spelling import Respeller, key_slips, slip_held, typed_distance, words_of
from evals.program_resolution import slipped
from tests.conftest import REPO

@pytest.fixture(scope="module")
def real_titles():
    """The 461 bundled 온통청년 programs' titles, as the title matcher holds them."""
    records = json.loads((REPO / "knowledge" / "youthcenter_policies.json").read_text(encoding="utf-8"))
    titles = [r["plcyNm"] for r in records["result"]["youthPolicyList"]]
    return ProgramTitles(programs=[Program(f"d{i}", t, "", f"s{i}", (i,), "") for i, t in enumerate(titles)])


def test_one_slip_of_a_key_is_one_letter_apart():
    rnd = random.Random(7)
    for word in ("신청기간", "서면평가", "영농정착", "면접수당", "임차료", "지원금액"):
        for typo in slipped(word, rnd):
            assert typed_distance(typo, word) == 1, typo
    assert typed_distance("잇어요", "있어요") == 1  # a final moved or lost
    assert typed_distance("신청기간", "면접수당") > 3


def test_every_real_title_misspelt_by_rule_still_names_its_program(real_titles):
    """Each title whose name is its own, with one word slipped in every way, spaced as written and run together."""
    corpus = "".join(re.sub(r"\s", "", p.title) for p in real_titles.programs)
    own = [p for p in real_titles.programs if sum(name_key(q.title) == name_key(p.title) for q in real_titles.programs) == 1]
    asked = found = 0
    for program in own:
        rnd = random.Random(program.title)
        words = re.findall(r"[가-힣]{3,}", program.title)
        if not words:
            continue
        word = rnd.choice(words)
        for typo in slipped(word, rnd):
            for title in (program.title, program.title.replace(" ", "")):
                question = title.replace(word, typo, 1) + " 신청 언제까지예요?"
                respelt = real_titles.respeller().respell(question, lambda w: w in corpus)
                named = real_titles.match(respelt)
                asked += 1
                found += named == [program]
    assert asked > 1500
    assert found / asked >= 0.97, found / asked


def test_a_shortened_misspelt_name_is_read_as_the_title_word():
    titles = ProgramTitles(programs=[Program("a", "구미 청년성장 프로젝트", "경상북도 구미시", "a.md", (0,), "구미"),
                                     Program("b", "청년일자리 도약장려금", "전국", "b.md", (1,), "")])
    known = lambda word: False  # noqa: E731  (no passage holds the misspelt word)
    assert titles.respeller().respell("구미 청년서장 프로젝트 가면 상담도 해주나요?", known).startswith("구미 청년성장 프로젝트")


def test_only_words_no_document_holds_are_reread_and_only_into_one_plain_word():
    page = Respeller(words_of("서면평가 70점 이상인 자를 대상으로 면접평가를 실시합니다. 임차료의 50% 지원"))
    assert page.respell("서먼평가 몇 점 넘어야 돼요?", lambda w: False) == "서면평가 몇 점 넘어야 돼요?"
    assert page.respell("임차룡 몇 퍼센트?", lambda w: False) == "임차료 몇 퍼센트?"
    # a word some document holds is what the person meant, however close to the page's
    assert page.respell("서먼평가 몇 점?", lambda w: w == "서먼평가") == "서먼평가 몇 점?"
    # a known word with its endings stays ("면접평가했나요" is 면접평가 + an ending)
    assert page.respell("면접평가했나요?", lambda w: w == "면접평가") == "면접평가했나요?"
    # two syllables are never reread: a slip there makes another real word
    assert Respeller(["면접"]).respell("멘접 언제?", lambda w: False) == "멘접 언제?"
    # two page words alike close: not plain which was meant, so it stays
    assert Respeller(["가나다라", "가나다마"]).respell("가나다바", lambda w: False) == "가나다바"


MIRYANG = """# 밀양시 청년 첫걸음 면접 지원사업

- 지역: 경상남도 밀양시
- 지원대상: 밀양시 거주 만 19세 ~ 39세 미취업 청년
- 지원내용: 면접 1회당 5만원, 최대 3회
- 선발방법: 서면평가 70점 이상인 자를 대상으로 면접평가 후 선발
- 문의: 밀양시 일자리경제과 055-359-0000
"""


@pytest.mark.slow
def test_a_misspelt_question_gets_the_answer_the_right_spelling_gets(tmp_path_factory, analyzer, embedder):
    _, assistant = assistant_over_files(tmp_path_factory, analyzer, embedder)
    right = assistant.ask("밀양시 청년 첫걸음 면접 지원사업 서면평가 몇 점 이상이어야 해요?")
    typo = assistant.ask("밀양시 청년 첫걸음 면접 지원사업 서먼평가 몇 점 이상이어야 해요?")
    assert not right.abstained and "70점" in right.text
    assert not typo.abstained and "70점" in typo.text
    assert typo.citations[0].source == right.citations[0].source == "miryang.md"
    assert typo.question.startswith("밀양시 청년 첫걸음 면접 지원사업 서먼평가")  # the person's words are kept


@pytest.mark.slow
def test_a_two_syllable_slip_that_is_no_word_is_read_as_the_word_meant_not_named_as_missing(tmp_path_factory,
                                                                                             analyzer, embedder):
    """"서뉴 뭐 내요?" asks for 서류 (one letter off, and no word): the page states none, so the refusal says it lacks
    the documents, not that it lacks a "서뉴"; "먀감 언제예요?" likewise asks the deadline."""
    _, assistant = assistant_over_files(tmp_path_factory, analyzer, embedder)
    papers = assistant.ask("밀양시 청년 첫걸음 면접 지원사업 서뉴 뭐 내요?")
    assert papers.abstained and "제출 서류 내용이 없습니다" in papers.text and "서뉴" not in papers.text
    deadline = assistant.ask("밀양시 청년 첫걸음 면접 지원사업 먀감 언제예요?")
    assert deadline.abstained and "신청 기간 내용이 없습니다" in deadline.text and "먀감" not in deadline.text


def assistant_over_files(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    return assistant_over(tmp_path_factory, analyzer, embedder, {"miryang.md": MIRYANG})


def test_a_misspelt_place_is_read_as_the_place(real_titles):
    places = real_titles.place_respeller()
    nothing = lambda word: False  # noqa: E731
    assert places.respell("서귀표 청년 자격증 응시료 얼마예요?", nothing).startswith("서귀포 ")
    assert places.respell("남얀주 청년 창업지원금", nothing).startswith("남양주 ")
    # one slip from two places (삼척시, 사천시): not plain which, so it stays
    assert places.respell("사척시 청년 창업지원금", nothing).startswith("사척시 ")
    assert places.respell("의정브시 청년 면접수당", nothing).startswith("의정부시 ")
    # a word that is no slip of a place stays
    assert places.respell("청년 자격증 응시료", nothing) == "청년 자격증 응시료"


def page_respeller(page: str) -> Respeller:
    """A page's respeller as the answer builds it: its words (two syllables and up) and the asking words."""
    from assistant.language.spelling import ASKING_WORDS

    return Respeller(words_of(page) | set(ASKING_WORDS), page=page)


def test_a_short_noun_with_its_particle_is_read_as_the_page_noun_one_final_off():
    page = page_respeller("청년 1:1 상담 및 취업 컨설팅 제공. 인턴 참여 가능. 거주지 광주 기준, 소득 있음 확인")
    nothing = lambda word: False  # noqa: E731
    assert page.respell("1:1 상다도 해주나요?", nothing) == "1:1 상담도 해주나요?"  # a final dropped
    assert page.respell("결혼이민자도 인터으로 참여할 수 있나요?", nothing) == "결혼이민자도 인턴으로 참여할 수 있나요?"
    # a vowel or an initial changed makes another word, and a verb's ending is no particle
    assert page.respell("아내랑 같이 받을 수 있어요?", nothing) == "아내랑 같이 받을 수 있어요?"
    assert page.respell("소득 있으면 안 돼요?", nothing) == "소득 있으면 안 돼요?"
    # a noun the page holds is as written
    assert page.respell("상담도 해주나요?", nothing) == "상담도 해주나요?"


def test_a_place_the_page_names_is_read_as_people_write_it():
    from assistant.answer.resolution import PLACE_SUFFIX  # the page's places are added as people write them
    from assistant.language.regions import PLACE_NAME

    text = "거주지역: 광주광역시 거주자"
    places = {PLACE_SUFFIX.sub("", m.group()) for m in PLACE_NAME.finditer(text)}
    page = Respeller(words_of(text) | places, page=text)
    # one final off 광주 (and a vowel off 거주, which is no final slip)
    assert page.respell("과주에서 직원 다니는데 받을 수 있나요?", lambda word: False).startswith("광주에서 ")
    alone = Respeller(words_of(text), page=text)
    assert alone.respell("과주에서 직원", lambda word: False).startswith("과주에서 ")


def test_only_particles_and_endings_are_cut_before_a_word_is_reread():
    page = page_respeller("전기차 정비 양성과정 운영. 입주자 모집. 청년친화기업 선정")
    unknown = lambda word: False  # noqa: E731
    assert page.respell("양성교육 문의", unknown) == "양성교육 문의"  # not 양성교 + 육 -> 양성과육
    assert page.respell("입주하려면 뭐 해야 해요?", unknown).startswith("입주하려면 ")  # not 입주자려면
    assert page.respell("청년친화기업으로 선정되면", unknown).startswith("청년친화기업으로 ")  # 으로 is a particle


def test_an_asking_word_typed_wrong_is_read_as_it():
    page = page_respeller("선발기준: 건강보험료가 낮은 순으로 선발")
    assert page.respell("신청자 많으면 누구붕터 뽑아요?", lambda word: False) == "신청자 많으면 누구부터 뽑아요?"
    # the formal asking ending too: no detail the page lacks ("알려주싑시오 내용이 없습니다" was the answer)
    papers = page_respeller("제출서류: 농업경영체등록확인서, 지방세납부확인서")
    assert papers.respell("신청 시 제출해야 하는 서류를 알려주싑시오.", lambda word: False) == \
        "신청 시 제출해야 하는 서류를 알려주십시오."


def test_a_word_one_vowel_or_final_from_the_pages_word_is_no_detail_the_page_lacks():
    page = "참가자혜택:캠프참가비무료/시상금총400만원/대상200만원.신청서(사진포함),신분증제출.신청기한:익월15일까지"
    assert slip_held("신쳥", page) and slip_held("신쳥할때", page)  # a vowel slipped: 신청
    assert slip_held("상굼", page)  # 상금
    assert not slip_held("신청", page)  # the page holds it as written: nothing to read past
    assert not slip_held("부처", "문의처:담당부서") and not slip_held("기숙사", page)  # an initial changed, or no near word


def test_a_stroke_too_many_is_read_back_as_the_plain_word():
    assert "시급" in key_slips("씨급") and "매달" in key_slips("매딸") and "두번" in key_slips("두뻔")  # doubled initial
    assert "나이" in key_slips("냐이") and "신청" in key_slips("신쳥")  # a marked vowel
    # a plain letter typed is the word meant, and a final is not read past ("백수" is no slip of 배수)
    assert "따른" not in key_slips("다른") and "배수" not in key_slips("백수") and not key_slips("다른")


VETERANS = """# 제대군인 전직지원금

- 지역: 전국
- 지원대상: 중기복무 제대군인 중 취업하지 못한 사람
- 지원내용: 중기복무 제대군인에게 매달 58만원을 최대 6개월간 지급
- 신청방법: 보훈처 제대군인지원센터 방문 신청
"""


@pytest.mark.slow
def test_a_detail_typed_with_a_doubled_initial_is_answered_not_refused(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    _, assistant = assistant_over(tmp_path_factory, analyzer, embedder, {"veterans.md": VETERANS})
    typo = assistant.ask("제대군인 전직지원금 중기복무는 매딸 얼마 나와요?")  # 매달, the shift key held
    assert not typo.abstained and "58만원" in typo.text


def test_asking_endings_typed_at_speed_are_read_as_meant():
    from assistant.language.spelling import plain_asking

    assert plain_asking("충남 청년 창업창직 지원 몇명 뽑아여") == "충남 청년 창업창직 지원 몇명 뽑아요"
    assert plain_asking("월별로 다른가여? 일반인도 되나욤") == "월별로 다른가요? 일반인도 되나요"
    assert plain_asking("신쳥할때 서류 머 내요? 머머 필요해여") == "신쳥할때 서류 뭐 내요? 뭐뭐 필요해요"
    assert plain_asking("참가비 잇나요? 어디에 쓸수잇어요") == "참가비 있나요? 어디에 쓸수있어요"
    assert plain_asking("언제 열어여? 축제할때하나") == "언제 열어요? 축제할때하나요"
    # a noun ending in 여 or 나, and words that only begin like 머, are no endings
    for kept in ("면접정장 대여?", "급여", "청년 참여", "그중 하나는?", "머리 염색", "서울이나 부산"):
        assert plain_asking(kept) == kept


GUMI = """# 청년성장 프로젝트

### 신청자격

- 연령: 만 18세 이상 39세 이하
- 거주지역: 경상북도 구미시 거주자

### 지원사항

- 청년 1:1 상담 등에 필요한 청년 친화적 공간 및 시설 등 인프라 제공
 - 초기상담을 통해 개인 맞춤형 프로그램 설계·제안

### 모집인원

- 1100명

### 접수기간

- '25. 3월 ~ 12월
"""


def test_the_year_asked_of_is_no_detail_the_page_lacks(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    _, assistant = assistant_over(tmp_path_factory, analyzer, embedder, {"gumi.md": GUMI})
    answer = assistant.ask("구미 청년성장 프로잭트 올해 몇명까지 참여할수 있어여?")  # the page never writes "올해"
    assert not answer.abstained and "1100명" in answer.text


def test_documents_asked_with_what_is_there_are_no_list_of_programs():
    from assistant.answer.situation import asks_what_i_can_get

    assert not asks_what_i_can_get("이공계 대학원생 청년창업 탐색지원 신청서류 뭐뭐 있어?")
    assert asks_what_i_can_get("대학원생인데 뭐 신청할 수 있어?")


ULSAN_JUNGGU = """# 울산 중구 2025년 청년도전지원사업 (중기)

- **사업 개요**: 구직단념청년 등을 발굴하고 구직의욕 고취 및 자신감 강화를 위한 맞춤형 프로그램 제공을 통해 노동시장 참여 및 취업 촉진 지원

## 참여대상

- 연령: 만 19~39세
- 거주지역: 울산광역시 거주자
- 자세한 사항은 울산중구종합사회복지관으로 문의하시기 바랍니다(052-296-3161)

## 지원 내용

- ‣ 참여수당: 1인당 150만원(50만원×3회)
- **모집기간**: 2025.04.01 ~ 2025.07.21
- **신청 방법**: 울산중구종합사회복지관 상담 및 문의 (052-290-3161)
- **문의처**: 주관기관: 경제문화국
"""


def test_a_misspelt_name_of_a_detail_the_page_writes_otherwise_is_read_as_it(tmp_path_factory, analyzer, embedder):
    from tests.conftest import assistant_over

    _, assistant = assistant_over(tmp_path_factory, analyzer, embedder, {"junggu.md": ULSAN_JUNGGU})
    answer = assistant.ask("울산 중구 청년도전지원사업 문의 젼화번호 뭐예요")  # the page never writes "전화번호"
    assert not answer.abstained and "052-" in answer.text


def test_handing_in_is_no_slip_of_doing():
    # "뭐 내야돼요?" asks what to hand in; read as "해야돼요" it asked nothing of the page's 제출서류
    page = page_respeller("제출서류: 사업계획서 및 구비서류")
    assert page.respell("신청할 때 뭐 내야돼요?", lambda word: False) == "신청할 때 뭐 내야돼요?"


def test_a_marked_or_soundalike_vowel_in_a_word_no_document_writes_is_read_as_the_plain_word():
    """"제쳔", "졍규직", "켐퍼스": one syllable typed with a marked vowel (ㅕ for ㅓ) or ㅔ for ㅐ, in a word no page
    writes, is the one plain spelling the pages hold, whatever the respeller's own words; a word no page writes
    whose slip syllable pages do write ("공짜로": 짜 as in 날짜) may be a real word, and stays."""
    corpus = ("채용일전 제천시에 주민등록 되어 있는 만 18세이상~만45세이하 청년. 인턴 : 정규직 전환 시 100만원 지원. "
              "하남스타트업캠퍼스 투자유치 역량강화 프로그램. 국가유공자 확인서. 신청 날짜")
    known = lambda word: word in corpus  # noqa: E731
    nothing = Respeller([])
    assert nothing.respell("제쳔에서 면접 정장 빌려주나요?", known) == "제천에서 면접 정장 빌려주나요?"
    assert nothing.respell("인턴 하다 졍규직 전환되면 얼마?", known) == "인턴 하다 정규직 전환되면 얼마?"
    assert nothing.respell("하남스타트업켐퍼스 뭐 해줘요?", known) == "하남스타트업캠퍼스 뭐 해줘요?"
    assert nothing.respell("정장 공짜로 빌려주나요?", known) == "정장 공짜로 빌려주나요?"
    assert nothing.respell("제쳔에서", lambda word: False) == "제쳔에서"  # no page writes 제천: nothing to read back


def test_a_two_syllable_word_that_is_no_word_is_read_as_the_page_word_one_letter_off(analyzer):
    """On a page, given the analyzer: "먀감" (no word it knows), "목정이" (read only as 목 + 정) and "단당이에요" are the
    page's 마감, 목적 and 담당, one letter off; "아내랑" and "하류" are words of their own, and stay."""
    page = page_respeller("신청 마감: 2025.3.31. 사업 목적: 청년 일자리 제공. 담당: 일자리경제과. 하루 4시간, 이내 신청, 민원 사이")
    nothing = lambda word: False  # noqa: E731

    def read(text: str) -> str:
        return page.respell(text, nothing, analyzer.reads_as_no_word)

    assert read("신청 먀감 언제예요?") == "신청 마감 언제예요?"
    assert read("사업 목정이 뭐예요?") == "사업 목적이 뭐예요?"
    assert read("어디 단당이에요?") == "어디 담당이에요?"
    assert read("아내랑 같이 받을 수 있어요?") == "아내랑 같이 받을 수 있어요?"
    assert read("하류 몇 시간 일해요?") == "하류 몇 시간 일해요?"
    assert read("50만원 줘요? 사일 근무해요?") == "50만원 줘요? 사일 근무해요?"  # a number and its counter are words
    assert page.respell("신청 먀감 언제예요?", nothing) == "신청 먀감 언제예요?"  # without the analyzer, as before



def test_a_word_that_is_no_word_is_read_as_the_spelling_a_letter_off_that_reads_plainly(analyzer):
    """On a page, given how readily the analyzer reads a word: a slip in an ending ("해줭요", "얼마엥여", "멏개") or in a
    word no vocabulary holds ("운영깅관은") is read as the spelling a letter off that Kiwi reads as words; a slip of
    words the page writes is read as the page writes them ("마춤지원" on a page writing 맞춤 지원, not Kiwi's 마침지원),
    but never as a run into the inside of the page's words ("멏개" is not the 및개 of "교육과정 및 개인", nor "해유" the
    해외 of "해외마케팅"); a slip with two plain readings ("상굼": 상금 or 상품) and real words ("데모데이") stay."""
    page = page_respeller("청년농업인 맞춤 지원. 신청: 군청 방문. 우수팀은 데모데이 발표. 교육과정 및 개인 상담. 해외마케팅")
    nothing = lambda word: False  # noqa: E731

    def read(text: str) -> str:
        return page.respell(text, nothing, analyzer.reads_as_no_word, analyzer.reading_score)

    assert read("상담도 해줭요?") == "상담도 해줘요?"
    assert read("한 달에 얼마엥여?") == "한 달에 얼마에여?"
    assert read("운영깅관은 어디입니까?") == "운영기관은 어디입니까?"
    assert read("마춤지원 신청 어디다 해요?") == "맞춤지원 신청 어디다 해요?"
    assert read("상굼 얼마예요?") == "상굼 얼마예요?"
    assert read("교육과정 멏개 있어요?") == "교육과정 몇개 있어요?"
    assert "해외" not in read("컨설팅도 해유?")
    assert read("데모데이 언제 해요?") == "데모데이 언제 해요?"
    assert page.respell("상담도 해줭요?", nothing, analyzer.reads_as_no_word) == "상담도 해줭요?"  # no analyzer given


FAIR = """# 세종 청년취업박람회

세종시는 지역 청년과 중소기업을 잇는 청년취업박람회를 엽니다.

- 일시: 2025. 9. 24.(수) 13:00~17:00
- 장소: 세종시청 대강당

참여 기업 30곳이 현장에서 면접을 봅니다. 이력서 사진을 무료로 찍어 드리고, 취업 전문가가 1:1 컨설팅을 해 드립니다.
문의: 세종시 일자리정책과 044-300-0000
"""


@pytest.mark.slow
def test_a_slip_in_an_asking_ending_gets_the_answer_not_a_refusal_naming_the_slip(tmp_path_factory, analyzer, embedder):
    """"컨설팅도 해줭요?" (해줘요, a final too many) is answered as "컨설팅도 해줘요?" is, with the line saying it, not
    refused as a page lacking "해줭요"."""
    from tests.conftest import assistant_over

    _, assistant = assistant_over(tmp_path_factory, analyzer, embedder, {"fair.md": FAIR})
    right = assistant.ask("세종 청년취업박람회에서 컨설팅도 해줘요?")
    typo = assistant.ask("세종 청년취업박람회에서 컨설팅도 해줭요?")
    assert not right.abstained and "1:1 컨설팅" in right.text
    assert not typo.abstained and "1:1 컨설팅" in typo.text and "해줭요" not in typo.text
    assert typo.citations[0].source == "fair.md"
