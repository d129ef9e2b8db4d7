"""'What do I get', 'who may apply', 'how are people chosen' are answered from the section that states it: that
section's lines, the reader's best first, cut by whole lines to an answer's length, each shown line inside its
cited passage; a section labelled with the asked kind answers even when no one line is sure; a yes/no condition
that no line names gets who may apply, never a verdict. Documents are real dev-policy pages as the corpus renders
them."""

import re

import pytest

from assistant.answer.fields import label_strength
from assistant.answer.meaning import LineChoice
from assistant.answer.sections import SECTION_CHARS, case_line, in_section, section_kind, section_lines
from assistant.documents.structure import read_units
from assistant.language.asking import EXCEPTION_LINE, asked_case, case_pieces, settling_kinds
from tests.conftest import assistant_over
from tests.dev_pages import DAEGU_HIRING

# 청년근로자 복리후생 지원 (춘천), a .docx page of label | value rows
CHUNCHEON_WELFARE = """청년근로자 복리후생 지원
춘천시의 중소기업에서 근무하는 청년근로자의 복지 향상을 통한 근로의욕 고취 및 장기재직 유도
사업명 | 청년근로자 복리후생 지원
참여대상 | 연령: 만 19세 ~ 39세 거주지역: 강원특별자치도 춘천시 거주자 - 본사가 춘천인 중소기업에 2023. 1. 1. 이후 입사하여 공고일 기준 3개월 이상 재직 중인 주 36시간 이상 상용근로자
지원 내용 | 중소기업에서 3개월 이상 재직중이며, 춘천시에 주소지를 두고 있는 기준중위소득 130% 이하 청년에게 건강관리, 여가활동, 자기계발 등의 목적으로 사용할 수 있는 상품권 지원. - 1인당 춘천사랑상품권 100만원(2회 분할지급, 생애 1회)
선발인원 | 총 150명
모집기간 | '25. 4. 21. ~ '25. 5. 9.
신청 방법 | “강원혜택이지” 접속 후 회원 가입, 신청 자격 확인 및 이용 약관 동의 후 공공행정정보 마이데이터 조회, 신청서 작성 및 업로드
심사방법 | 선발기준 : 3개월 평균 건강보험료가 낮은 순으로 선발 / 동일 보험료일 경우, ① 현직장 장기 재직자, ② 연령 높은 순으로 선정 확인: 6. 2. ~ 6. 13. 선정 발표: 6. 17. 2차 적격확인: 2025. 11. 3.(월) ~ 11. 14.(금) (예정)
제출 서류 | 1. 근로계약서 * 공고일 기준 3개월 이상 근무 및 기간 정함이 없는 근로자 확인 2. 근무처 사업자등록증(춘천소재지 명기된 것) 3. 직장가입자 개인별 건강보험료 산출내역(2025년) 캡처본
문의처 | 주관기관: 경제진흥국 홈페이지: https://easy.gwd.go.kr/
"""
VERDICT = re.compile(r"(신청|지원|참여)?\s*(가능합니다|할 수 있습니다|됩니다|안 됩니다|불가능합니다|해당합니다)")


def _shown_inside_citations(answer) -> None:
    """Every quoted line of the answer lies in a cited passage."""
    body = answer.text.split(" — ", 1)[1]
    cited = " ".join(c.snippet for c in answer.citations).replace(" ", "")
    for piece in re.split(r"\s*\[\d+\]\s*", body):
        for line in piece.split("\n"):
            words = re.sub(r"[*#\-❍|]", "", line).replace(" ", "")
            if len(words) > 3 and "명시되어있지않습니다" not in words:
                assert words in re.sub(r"[*#\-❍|]", "", cited), line


def test_section_labels_of_real_pages_name_their_kinds():
    # labels as the 461 dev policies, the seeds and the HWP notices write them
    for label, kind in [("지원내용", "benefits"), ("지원사항", "benefits"), ("교육내용", "benefits"), ("혜택", "benefits"),
                        ("참여대상", "eligibility"), ("신청자격", "eligibility"), ("지원대상", "eligibility"),
                        ("심사방법", "selection"), ("선정방법", "selection"), ("선발기준", "selection"),
                        ("제출서류", "documents"), ("구비서류", "documents")]:
        assert label_strength(label, kind) >= 0.6, (label, kind)


def test_a_line_under_the_section_heading_with_a_label_of_another_kind_is_not_in_the_section():
    units = {u.text.strip(): u for u in read_units(DAEGU_HIRING)}
    assert in_section(units["- (청    년)근속 인센티브 지원(8개월 근속시) 1인당 80만원"], "benefits")
    assert in_section(units["- (고용업체)청년 고용 인건비 지원 1인당 월 50만원 X 8개월"], "benefits")
    assert not in_section(units["- **선발인원**: 20명"], "benefits")  # a head count, though under "지원 내용"
    assert not in_section(units["- **모집기간**: 2025. 2. 24.(월) ~ 3. 14.(금)"], "benefits")
    assert in_section(units["- 연령: 19세이상~40세미만"], "eligibility")  # age and residence are who may apply
    assert in_section(units["- 거주지역: 대구광역시 거주자"], "eligibility")
    rows = {u.label: u for u in read_units(CHUNCHEON_WELFARE)}
    assert in_section(rows["심사방법"], "selection") and not in_section(rows["선발인원"], "selection")


def test_only_list_like_kinds_without_a_figure_asked_get_a_section():
    assert section_kind(["benefits"]) == "benefits"
    assert section_kind(["eligibility", "yes_no"]) == "eligibility"
    assert section_kind(["amount"]) == ""  # "얼마 줘요?": the line holding the sum answers
    assert section_kind(["place"]) == ""


def test_the_section_is_cut_by_whole_lines_to_an_answers_length():
    units = [u for u in read_units(CHUNCHEON_WELFARE) if u.answers]
    # the reader's best line leads; of the rest only the section's lines join ("선발인원", "모집기간" rows never)
    ranked = sorted((LineChoice(u, {}, 0.9 if u.label == "지원내용" else 0.5 - 0.01 * n) for n, u in enumerate(units)),
                    key=lambda c: -c.score)
    assert [c.unit.label for c in section_lines(ranked, "benefits")] == ["지원내용"]
    ranked[0], ranked[1] = ranked[1], ranked[0]  # another line is the reader's best: it leads, the section follows
    assert [c.unit.label for c in section_lines(ranked, "benefits")] == [ranked[0].unit.label, "지원내용"]
    long_section = [LineChoice(u, {}, 0.5) for u in read_units(DAEGU_HIRING) if u.answers and in_section(u, "benefits")]
    shown = section_lines(long_section, "benefits")
    assert 1 <= len(shown) < len(long_section)
    assert sum(len(c.unit.text.strip()) for c in shown) <= SECTION_CHARS or len(shown) == 1


@pytest.fixture(scope="module")
def pages(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"daegu-hiring.md": DAEGU_HIRING, "chuncheon-welfare.txt": CHUNCHEON_WELFARE})[1]


@pytest.mark.slow
def test_what_do_i_get_is_answered_with_the_section_lines_not_one_line(pages):
    answer = pages.ask("대구 지역 중소기업 청년고용 지원사업은 뭐 지원해줘요?")
    assert not answer.abstained
    assert "50만원" in answer.text and "80만원" in answer.text  # the company's and the young worker's line
    assert "선발인원" not in answer.text and "모집기간" not in answer.text
    assert len(answer.text) <= 450
    _shown_inside_citations(answer)


@pytest.mark.slow
def test_how_people_are_chosen_is_answered_from_the_selection_row(pages):
    answer = pages.ask("춘천 청년근로자 복리후생 지원 신청자 많으면 누구부터 뽑아요?")
    assert not answer.abstained
    assert "건강보험료가 낮은 순" in answer.text
    _shown_inside_citations(answer)


@pytest.mark.slow
def test_a_condition_no_line_names_gets_who_may_apply_and_no_verdict(pages):
    answer = pages.ask("대구 지역 중소기업 청년고용 지원사업 대학원생도 신청할 수 있어요?")
    if answer.abstained:  # refusing is honest too; answering must not decide it
        return
    assert "19세이상~40세미만" in answer.text or "대구광역시 거주자" in answer.text
    assert not VERDICT.search(answer.text.split(" — ", 1)[1])
    _shown_inside_citations(answer)


# 울산 북구 창업 아이디어 경진대회, a .docx page of label | value rows (dev corpus)
ULSAN_CONTEST = """울산 북구 창업 아이디어 경진대회
관내 청년 및 청소년 대상 창업 아이디어 경진대회를 개최하여, 지역 주력산업 기반(수소·전기차, 부품경량화 등) 스타트업 창업 활성화
사업명 | 울산 북구 창업 아이디어 경진대회
참여대상 | 거주지역: 울산광역시 북구 거주자
지원 내용 | ○ 사업내용 : 창업 아이디어사업계획서 기반 우수 비즈니스모델 선발 - 예선 : 서민평가 9개팀 선발(선발팀 멘토링 지원) - 본선 : 성인부 6개팀 발표 및 시상, 학생부 3개팀 시상
문의처 | 주관기관: 울산광역시 북구 경제일자리과 청년정책팀(052-241-7717) 운영기관: 주관기관과 동일
"""
# 청년창업지원센터 운영 (인천 남동구), a .txt notice (dev corpus)
NAMDONG_CENTER = """「청년창업지원센터 운영」 공고

□ 사업개요
 ○ 사업명 : 청년창업지원센터 운영
 ○ 사업목적 : 스타트업 청년 창업자에 대한 체계적인 지원을 통한 창업 성공 및 남동구 우수한 청년 기업 육성

□ 지원대상
 ㅇ 연령: 만 18세 ~ 39세
 ㅇ 거주지역: 인천광역시 거주자

□ 지원내용
 ㅇ &middot; 입주기업 창업공간 무상제공 및 부대시설 24시간 이용
 ㅇ &middot; 창업 및 취업 준비 청년을 위한 청년 멤버십 운영
 ㅇ  &middot; 청년 창업 프로그램(교육) 등 창업 활동 지원

□ 문의
 ㅇ 주관기관: 남동구
"""
# 용산구 청년창업지원센터 (dev corpus): a page that never says whether the space costs anything
YONGSAN_CENTER = """용산구 청년창업지원센터
사업명 | 용산구 청년창업지원센터
사업개요 | 우수한 창업 아이디어를 가진 청년들의 창업공간 마련 및 체계적인 창업지원 체계 구축을 통한 청년 기업 육성
지원대상 | 연령: 만 20세 이상 39세 이하 거주지역: 서울특별시 용산구 거주자
지원내용 | 입주공간 제공, 멘토링, 네트워킹 등 프로그램 지원
문의 | 주관기관: 용산구청 재정경제국 일자리경제과 운영기관: 02-2199-4515
"""
# 대구광역시 청년 국가기술자격시험 응시료 지원 (dev corpus), its 추가 자격 조건 as the corpus renders it
DAEGU_EXAM_FEE = """# 대구광역시 청년 국가기술자격시험 응시료 지원

- **사업 개요**: 미취업 청년의 국가기술자격시험 응시료 지원

## 추가 자격 조건

❍ (연 령) 신청월 기준 19세∼39세 청년
❍ (거 주) 신청일 현재 주민등록상 대구광역시 거주자
❍ (취 업) 미취업자 대상(고용보험 미가입자)
   - 단, 고용보험 가입되어 있더라도 고용보험 가입 3개월 이하 또는 주30시간 이하 단기근로자일 경우 신청 가능
❍ 위 조건을 모두 만족해야 합니다

## 문의처

- 주관기관: 대구광역시
"""


def test_the_askers_own_case_is_read_from_a_may_i_question():
    assert asked_case("경남 청년일자리 성장 프로젝트는 이미 중소기업에 입사한 신입사원도 참여할 수 있나요?") == ["신입사원"]
    assert asked_case("일반고 2학년도 일반고 특화훈련 들을 수 있어요?") == ["학년"]  # a stated grade: the grade limit
    assert asked_case("전남 청년농 스마트팜 온실 신축 지원, 땅이 없으면 임대해도 되나요?") == ["임대"]
    # a bound noun ("때") stands for the words before it in its clause
    assert asked_case("경남 청년 면접정장 무료대여, 대학원 입시 면접 볼 때도 빌릴 수 있나요?") == ["대학원", "입시", "면접"]
    assert asked_case("강원도 사는데 대학생도 돼요?") == ["대학생"]  # a province's 도 marks no case
    assert asked_case("서울 청년수당 얼마 받아요?") == []
    assert asked_case("경남 청춘마켓은 프리마켓 여는 거 말고 다른 것도 해요?") == []  # "거 말고 다른 것" names no case
    # "분야" stands for the words before it, as "때" does
    assert "분야" not in asked_case("사학과 3학년 재학 중인데 국가유산 산업 인턴 발굴조사 분야도 지원할 수 있어요?")
    assert case_pieces("고등학생") == ("고등학생", ("고등", "학생"))


def _ranked(page: str, section: str = "") -> list[LineChoice]:
    """The page's lines as the reader might rank them: those of `section` first (the closest to the question)."""
    units = sorted((u for u in read_units(page) if u.answers), key=lambda u: u.section != section)
    return [LineChoice(u, {}, 0.5 - 0.01 * n) for n, u in enumerate(units)]


def test_a_line_naming_the_askers_class_or_saying_what_it_costs_settles_a_may_i_question():
    ulsan = case_line(_ranked(ULSAN_CONTEST), ["고등학생"], [], "울산 북구 창업 아이디어 경진대회")
    assert ulsan is not None and "학생부" in ulsan.unit.text  # 고등학생 is of the 학생부 entrants
    assert case_line(_ranked(ULSAN_CONTEST), ["외국인"], [], "울산 북구 창업 아이디어 경진대회") is None
    # a head of the case must begin a word: "업자" of 자영업자 is not the 사업자 of a line
    assert case_line([LineChoice(read_units("- 사업자등록 후 1년 이내 기업")[0], {}, 0.5)], ["자영업자"], [], "") is None
    pays = settling_kinds("남동구 청년창업지원센터 입주하면 사무실 임대료 내야 돼요?")
    namdong = case_line(_ranked(NAMDONG_CENTER, "지원내용"), [], pays, "청년창업지원센터 운영")
    assert namdong is not None and "무상제공" in namdong.unit.text
    assert case_line(_ranked(YONGSAN_CENTER, "지원내용"), [], pays, "용산구 청년창업지원센터") is None  # no line says what it costs


def test_a_line_naming_the_case_and_the_sum_paid_settles_whether_it_is_paid_before_one_naming_the_case_only():
    # 근로자 이주정착금 지원 (제천), its lines as the reader ranked them for "배우자 몫도 이주정착금 나와요?"
    lines = ["- 관내에 주소를 둔 공장(제조업)의 근로자 중 제천시로 전입한 근로자 본인, 배우자, 자녀(미성년자)",
             "- **참여대상**: 거주지역: 충청북도 제천시 거주자",
             "- 배우자 및 첫째자녀 1인당 2백만원"]
    ranked = [LineChoice(read_units(t)[0], {}, 0.5 - 0.1 * n) for n, t in enumerate(lines)]
    paid = settling_kinds("다른 지역에서 제천 공장으로 이직하면서 아내랑 같이 전입하는데, 배우자 몫도 이주정착금 나와요?")
    assert paid and asked_case("배우자 몫도 이주정착금 나와요?") == ["배우자"]
    assert "2백만원" in case_line(ranked, ["배우자"], paid, "근로자 이주정착금 지원").unit.text
    assert "전입한 근로자" in case_line(ranked, ["배우자"], [], "근로자 이주정착금 지원").unit.text  # not asked whether paid
    assert settling_kinds("인천 청년 인턴 체험하는 거, 돈도 줘요?") and not settling_kinds("청년수당 얼마 받아요?")


@pytest.fixture(scope="module")
def centers(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"ulsan-contest.txt": ULSAN_CONTEST, "namdong-center.txt": NAMDONG_CENTER,
                           "yongsan-center.txt": YONGSAN_CENTER, "daegu-exam-fee.md": DAEGU_EXAM_FEE})[1]


@pytest.mark.slow
def test_a_may_i_question_is_answered_with_the_line_that_settles_it(centers):
    answer = centers.ask("울산 북구 창업 아이디어 경진대회 고등학생도 나갈 수 있어요?")
    assert not answer.abstained and "학생부" in answer.text
    answer = centers.ask("남동구 청년창업지원센터 입주하면 사무실 임대료 내야 돼요?")
    assert not answer.abstained and "무상제공" in answer.text
    _shown_inside_citations(answer)


@pytest.mark.slow
def test_whether_it_costs_is_still_refused_when_no_line_says(centers):
    answer = centers.ask("용산구 청년창업지원센터 입주하면 임대료 따로 내야 돼요?")
    assert answer.abstained


def test_a_line_making_an_exception_reads_as_one():
    assert EXCEPTION_LINE.match("- 단, 고용보험 가입되어 있더라도 고용보험 가입 3개월 이하 또는 주30시간 이하 단기근로자일 경우 신청 가능")
    assert EXCEPTION_LINE.match("※ 다만, 군 복무기간만큼 연령 상한 연장")
    assert not EXCEPTION_LINE.match("- 단기근로자 제외")  # 단기 is no "단,"
    assert not EXCEPTION_LINE.match("❍ (취 업) 미취업자 대상(고용보험 미가입자)")
    # a bracketed note ruling a case out, on the line under a list of what is covered (부산 청년 자격증 시험 응시료 지원)
    assert EXCEPTION_LINE.match("                 (국가공인민간자격증 x)".strip())
    assert not EXCEPTION_LINE.match("(필기, 실기 합산x)")  # no case ruled out: how the sum is counted


@pytest.mark.slow
def test_a_condition_is_shown_with_the_exception_that_follows_it(centers):
    answer = centers.ask("대구 사는데 알바 때문에 고용보험 가입돼 있어요. 대구광역시 청년 국가기술자격시험 응시료 지원 못 받나요?")
    assert not answer.abstained
    assert "주30시간 이하" in answer.text  # the exception settles it, not only "미취업자 대상"
    _shown_inside_citations(answer)


# 지역 청년 무역인력 인턴십 지원 사업 (강원, dev corpus): who may apply is a residence line and the line under it
GANGWON_TRADE = """# 지역 청년 무역인력 인턴십 지원 사업

### 사업목적
- 도내 기업 인력난과 청년 취업난을 동시에 극복하고 산·관·학 상생 네트워크 내실화 도모

### 신청자격
- 거주지역: 강원특별자치도 거주자
- 강원대 GTEP 수료(예정)자 5명 내외

### 지원사항
- GTEP 수료(예정) 학생에게 도내 수출기업의 e-커머스 마케팅분야 인턴십 제공 및 정규직 채용 유도

### 모집인원
- 총 5명

### 문의처
- 주관기관: 강원특별자치도
"""


@pytest.fixture(scope="module")
def trade(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"gangwon-trade-internship.md": GANGWON_TRADE})[1]


@pytest.mark.slow
def test_who_may_apply_is_not_answered_by_the_residence_line_alone(trade):
    # the residence line is one condition; who may apply is the line naming the people (GTEP 수료자)
    answer = trade.ask("강원 지역 청년 무역인력 인턴십 누가 신청할 수 있어?")
    assert not answer.abstained and "GTEP 수료(예정)자" in answer.text, answer.text
    _shown_inside_citations(answer)


# 순천시 청년창업 성장지원사업 (dev corpus, a .txt notice): named by its money, asked how people are chosen
SUNCHEON_STARTUP = """[순천시 청년창업 성장지원사업] 시행 공고
○ (사업명) 순천시 청년창업 성장지원사업
○ (사업 개요) 창의적인 사업 아이디어를 가진 청년 예비~초기 창업자에 사업화지원금 지원
○ (참여대상)
 ∙ 연령: 18세이상~46세미만
 ∙ 거주지역: 전라남도 순천시 거주자
○ (지원 내용) 1천만원 사업화 지원금 지원
○ (선발인원) 10명 선발
○ (신청 방법) 2월 중 모집공고(순천시청 누리집) 확인 후 신청서 제출
○ (심사방법)
 ∙ 모집공고 및 접수 : 2월 중
 ∙ 발표평가: 3월 중
 ∙ 협약 및 사업추진 : 4월~11월
○ (제출 서류) 모집공고(순천시청 누리집) 내 제출서류 확인
○ (문의처) 주관기관: 순천시
"""


@pytest.fixture(scope="module")
def suncheon(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"suncheon-startup.txt": SUNCHEON_STARTUP})[1]


@pytest.mark.slow
def test_a_program_named_by_its_money_asked_how_people_are_chosen_gets_the_selection_lines(suncheon):
    # "지원금 주는 거" names the program; no sum is asked, so the 1천만원 line is no answer
    answer = suncheon.ask("순천에서 예비 청년창업자한테 사업화 지원금 주는 거, 어떤 방식으로 뽑아요?")
    assert not answer.abstained and "발표평가" in answer.text, answer.text
    _shown_inside_citations(answer)


# 청년-기업 어울림 프로젝트(희망이음) (충남, the portal's page) and AI 강원 일자리 통합플랫폼 운영 (a .docx table), dev corpus
CHUNGNAM_MEETUP = """청년-기업 어울림 프로젝트(희망이음)
주관기관: 청년정책관
거주지역: 충청남도
연령: 만 19세 ~ 39세
신청기간: 2025.01.01 ~ 2025.02.28
지원규모: 40명

□ 정책 설명
지역 청년과 기업 간 상호교류를 활성화하여 지역기업 취업에 대한 긍정적 인식 제고 및 정보접근성 향상

□ 지원 내용
도내 우수기업 탐방 및 취업행사 참여, 취업역량강화 프로그램 운영
"""
GANGWON_PLATFORM = """AI 강원 일자리 통합플랫폼 운영
사업명 | AI 강원 일자리 통합플랫폼 운영
사업개요 | 도내 채용정보 및 비대면 취업지원 서비스, AI 맞춤형 일자리 정보, 지원정책 정보 등 지속적·효율적 제공
지원대상 | 거주지역: 전국
지원내용 | 도내 채용정보 제공 및 맞춤형 일자리 정보 제공, 비대면 취업지원 서비스 제공, 지원정책 안내
신청기간 | '25. 1월 ~ 12월
문의 | 주관기관: 강원특별자치도
"""


@pytest.fixture(scope="module")
def offers(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"chungnam-meetup.md": CHUNGNAM_MEETUP, "gangwon-platform.txt": GANGWON_PLATFORM})[1]


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("충남 청년-기업 어울림 프로젝트 희망이음에 참여하면 어떤 활동을 하게 됩니까?", "우수기업 탐방"),
    ("강원도에서 AI로 맞춤 일자리 추천해주는 온라인 플랫폼 있다던데 거기서 뭐 제공해요?", "채용정보"),
])
def test_what_a_program_offers_asked_in_other_words_gets_its_section(offers, question, fact):
    answer = offers.ask(question)
    assert not answer.abstained and fact in answer.text, answer.text


# 영농4-H 활력화 기반구축 지원사업 (충북, a .docx table, dev corpus): who it is for is a 4-H 회원
CHUNGBUK_4H = """영농4-H 활력화 기반구축 지원사업 안내
사업명 | 영농4-H 활력화 기반구축 지원사업
사업목적 | 4-H회 활성화 및 청년회원을 농촌에 유입시켜 미래후계인력으로 육성하며 고품질 농산물생산과 농업농촌 활력화 도모
신청자격 | 연령: 만 19세 ~ 39세 거주지역: 충청북도 거주자
지원사항 | ❍ (사업대상) 4-H회원으로서 전문농업인으로 발전 가능성이 있는 청년농업인 선정(만19~40세 미만) ❍ (사업내용) - 사업량 : 1개소(개소당 30백만원)
접수기간 | '25. 1. 1. ~ '25. 2. 28.
문의처 | 주관기관: 충청북도
"""


@pytest.fixture(scope="module")
def four_h(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"chungbuk-4h.txt": CHUNGBUK_4H})[1]


@pytest.mark.slow
def test_a_case_the_asker_says_they_lack_is_settled_by_the_line_naming_it(four_h):
    answer = four_h.ask("충북 4-H 활력화 기반구축 지원은 4-H회원이 아니어도 신청할 수 있습니까?")
    assert not answer.abstained and "4-H회원으로서" in answer.text, answer.text
    assert not VERDICT.search(answer.text.split(" — ", 1)[1])  # the line settles it; no verdict is invented


# Dev-corpus pages (.docx tables and the portal's condition text) where the line settling who a program is for is not
# its age or residence line: the purpose or overview names the people (관심자, 중소기업 근로자, 업력 3~7년), or a list of
# exclusions names the asker's case (재고용된 경우)
FOREST_STARTUP = """산림산업 창업지원 안내
사업명 | 산림산업 창업지원
사업목적 | 산림분야 관심자 및 전공자 태상 취ㆍ창업 실적역량 강화로 임산업 분야 우수 청년인재 유입 확대
신청자격 | 연령: 만 18세 ~ 39세 거주지역: 전국 세부사업별로 공고시 신청자격 알림
모집인원 | 766명 선발
문의처 | 주관기관: 산림안전보건일자리팀 운영기관: 한국임업진흥원
"""
CONTRACT_DEGREE = """중소기업 계약학과
사업명 | 중소기업 계약학과
사업개요 | 중소기업 근로자 대상으로 산업계 수요를 반영한 학위과정 운영
지원대상 | 거주지역: 전국
지원내용 | 중소기업 재직자 학위 과정 지원
문의 | 주관기관: 중소벤처기업부
"""
LOCAL_VENTURE = """강원 로컬벤처기업 육성
사업명 | 강원 로컬벤처기업 육성
사업개요 | 지역이 가지고 있는 고유의 잠재적 가치를 기반으로 사업적 모델을 창출하는 로컬벤처기업(업력 3~7년 미만 도약기 창업자) 육성
지원대상 | 거주지역: 강원특별자치도 거주자
지원내용 | 사업화 자금 지원(최대 30백만원), 도약기 창업자
지원규모 | 15명
문의 | 주관기관: 강원특별자치도 운영기관: 강원창조경제혁신센터
"""
EARLY_REEMPLOYMENT = """조기재취업수당
구직급여 수급자격자가 실업의 신고일로부터 14일이 지난 후 재취업한 날의 전날을 기준으로 소정급여일수를 1/2 이상 남기고 재취업한 경우, 12개월 이상 계속 고용되거나 또는 사업을 영위한 경우에 남아 있는 구직급여의 1/2을 조기재취업수당으로 지급하여 구직급여 수급자의 빠른 재취업을 촉진하는 제도
지급요건: 아래 요건 모두 충족
1) 재취업한 날의 전날을 기준으로 고용보험법 제50조에 따른 소정급여일수를 2분의 1이상 남긴 상태여야 함
2) 12개월 이상 계속하여 고용된(또는 사업을 영위한) 경우
- 사업주가 변경되더라도 기간의 단절 없이 계속 고용되어 12개월 이상 근무한 경우이어야 함
3. 지급 제외 요건
 - 최후 이직한 사업의 사업주에게 재고용된 경우
 - 실업 신고일 이전 채용을 약속한 사업주에게 고용된 경우
 - 고용노동부 장관이 고시한 임금액 이상인 직장에 취직한 경우(‘25년 고시 월 임금액: 5,740,000원)
문의처: 고용노동부 고객상담센터 1350
"""


@pytest.fixture(scope="module")
def targets(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder,
                          {"forest-startup.txt": FOREST_STARTUP, "contract-degree.txt": CONTRACT_DEGREE,
                           "local-venture.txt": LOCAL_VENTURE, "early-reemployment.txt": EARLY_REEMPLOYMENT})[1]


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    # a condition asked as yes or no: the line naming it, not the age and residence field
    ("전공자는 아니고 관심만 있는데 산림산업 창업지원 대상 될까요?", "관심자"),
    ("강원 로컬벤처기업 육성은 창업 1년차도 지원 대상이에요?", "3~7년 미만"),
    # who it is for, where the 지원대상 field says only 거주지역: 전국
    # (asked by the program's bare name, the reader is too unsure of any line and the section answers: a gap left)
    ("회사 다니면서 학위 따는 중소기업 계약학과 있던데 그거 누구 대상이에요?", "중소기업 근로자"),
])
def test_who_a_program_is_for_is_the_line_naming_the_people_not_a_residence_line(targets, question, fact):
    answer = targets.ask(question)
    assert not answer.abstained and fact in answer.text, answer.text
    _shown_inside_citations(answer)


@pytest.mark.slow
def test_a_case_named_in_other_words_is_settled_by_the_exclusion_under_its_heading(targets):
    # 재입사 is written 재고용 on the page; the heading says which way it goes (지급 제외), the page's words, no verdict made
    answer = targets.ask("예전 회사에 다시 재입사했는데 이런 경우도 조기재취업수당 받을 수 있어요?")
    assert not answer.abstained and "재고용된 경우" in answer.text and "지급 제외 요건" in answer.text, answer.text
    assert not VERDICT.search(answer.text.split(" — ", 1)[1])


# 청년 자격증 시험 응시료 지원 사업 (부산 서구, the portal's support text): the kinds of test covered, and under them a
# bracketed note ruling one out
BUSAN_TEST_FEES = """청년 자격증 시험 응시료 지원 사업
미취업 청년 구직 활동에 대한 경제적 부담 완화 및 직업역량 개발
연령: 만 19세 ~ 34세
거주지역: 부산광역시 서구
ㅇ 지원금: 대상 청년 1인당 자격증시험 1종 연1회 10만원 한도
  *10만원 한도에서 실제 결제한 금액 지원
ㅇ 지원분야: 어학능력시험, 국가기술자격시험, 국가전문자격시험, 한국사능력검정시험
                 (국가공인민간자격증 x)
"""


@pytest.fixture(scope="module")
def test_fees(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"busan-test-fees.txt": BUSAN_TEST_FEES})[1]


@pytest.mark.slow
def test_a_case_is_shown_with_the_bracketed_note_ruling_it_out(test_fees):
    answer = test_fees.ask("부산 서구에 사는 스물다섯인데 국가공인민간자격증 시험 응시료도 지원받을 수 있나요?")
    assert not answer.abstained and "국가공인민간자격증 x" in answer.text, answer.text
    _shown_inside_citations(answer)


# 전북형 청년취업 지원 (dev corpus, a .txt notice): the 지원 내용 row says "정규직 전환 지원"; the overview names the thing
# given (인건비)
JEONBUK_HIRING = """[전북형 청년취업 지원] 시행 공고

○ (사업명) 전북형 청년취업 지원
○ (사업 개요) 청년 추가 채용시 인건비 지원

○ (참여대상)
  ∙ 연령: 만 18세 ~ 39세
  ∙ 거주지역: 전북특별자치도 전주시 완산구, 전북특별자치도 군산시 거주자

○ (지원 내용) 기업에서 청년들을 상시 근로인원 외에 더 채용하도록 지원하여 현장 실무체험 후 정규직 전환 지원

○ (모집기간) 상시

○ (문의처) 주관기관: 전북특별자치도
"""


@pytest.fixture(scope="module")
def jeonbuk_hiring(tmp_path_factory, analyzer, embedder):
    return assistant_over(tmp_path_factory, analyzer, embedder, {"jeonbuk-hiring.txt": JEONBUK_HIRING})[1]


@pytest.mark.slow
def test_what_a_program_gives_shows_the_overview_naming_the_thing_given(jeonbuk_hiring):
    # "더 뽑으면" says when the firm is helped, not how people are chosen: the question asks what is given
    answer = jeonbuk_hiring.ask("전북형 청년취업 지원은 회사가 청년을 더 뽑으면 뭘 지원받아요?")
    assert not answer.abstained and "인건비" in answer.text and "정규직 전환" in answer.text, answer.text
    _shown_inside_citations(answer)
