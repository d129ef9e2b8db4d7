"""'What do I get', 'who may apply', 'how are people chosen' are answered from the section that states it: that
section's lines, the reader's best first, cut by whole lines to an answer's length, each shown line inside its
cited passage; a section labelled with the asked kind answers even when no one line is sure; a yes/no condition
that no line names gets who may apply, never a verdict. Documents are real dev-policy pages as the corpus renders
them."""

import re

import pytest

from assistant.answer.fields import label_strength
from assistant.answer.meaning import LineChoice
from assistant.answer.sections import SECTION_CHARS, in_section, section_kind, section_lines
from assistant.documents.structure import read_units
from tests.conftest import assistant_over

# 지역 중소기업 청년고용 지원사업 (대구), as the dev corpus renders it
DAEGU_HIRING = """# 지역 중소기업 청년고용 지원사업

- **사업 개요**: 지역 청년을 신규 고용한 지역 중소기업 및 소상공인에게 인건비 일부 지원 및 근속 근무한 청년에게 근속 인센티브 지원하는 사업

## 참여대상

- 연령: 19세이상~40세미만
- 거주지역: 대구광역시 거주자

## 지원 내용

- ❍ 사업목적 : 지역청년을 고용한 중소기업 및 소상공인에게 인건비를 지원하고, 근속 근무한 청년에게 인센티브를 지원함으로써 청년고용을 장려하고 청년 역외 유출을 최소화하고자 함
- ❍ 지원대상
   - (고용업체)대구시 소재 중소기업 및 소상공인 20개사 정도
   - (청    년)대구시 거주(예정) 19~39세 청년 20명 정도
-  ❍ 사업내용 : 인건비 및 근속 인센티브 지원
   - (고용업체)청년 고용 인건비 지원 1인당 월 50만원 X 8개월
   - (청    년)근속 인센티브 지원(8개월 근속시) 1인당 80만원
-  ❍ 수행기관 : 대구행복진흥사회서비스원(대구시청년센터)
- **선발인원**: 20명
- **모집기간**: 2025. 2. 24.(월) ~ 3. 14.(금)

## 신청 방법

※ 2025년 선발 종료
- 중소기업 및 소상공인 선정 → 기업별 1명 신규 청년 채용

## 문의처

- 주관기관: 대구광역시
- 운영기관: 대구광역시행복진흥사회서비스원
"""
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
