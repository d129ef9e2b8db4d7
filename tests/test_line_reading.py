"""Which line of a program's document answers, read by what the line holds: the asked value in the same clause as the
question's word, the person or the employer a line is about, the application period only for a "when" of applying,
an address as a place; and the line model fitted on each question's order of lines. Lines are real dev-policy lines."""

import numpy as np

from assistant.answer.meaning import SECOND_LINE, Calibration, MeaningReader, _near, for_me
from assistant.documents.structure import read_units
from assistant.language.asking import ASKS_APPLICATION, ASKS_FOR_ME, line_fits
from evals.policy_calibrate import fit_ranking

# 지역 중소기업 청년고용 지원사업 (대구), as the dev corpus renders it
DAEGU_HIRING = """# 지역 중소기업 청년고용 지원사업

- ❍ 사업목적 : 지역청년을 고용한 중소기업 및 소상공인에게 인건비를 지원하고, 근속 근무한 청년에게 인센티브를 지원함
- ❍ 사업내용 : 인건비 및 근속 인센티브 지원
   - (고용업체)청년 고용 인건비 지원 1인당 월 50만원 X 8개월
   - (청    년)근속 인센티브 지원(8개월 근속시) 1인당 80만원
"""
EMPLOYER_LINE = "- (고용업체)청년 고용 인건비 지원 1인당 월 50만원 X 8개월"
PERSON_LINE = "- (청    년)근속 인센티브 지원(8개월 근속시) 1인당 80만원"
# 서귀포시 취업준비 청년 자격증 등 응시료 지원사업
SEOGWIPO_FEES = """# 서귀포시 취업준비 청년 자격증 등 응시료 지원사업

모집기간 | 2025-02-10 ~ 2025-12-15
심사방법 | 홈페이지 시스템으로 처리대기, 처리중, 지급완료 진행상황 통지 및 신청월 기준 익월에 지원금 지급
"""


# 부산청년 일하는 기쁨카드 and 국제기구 직업체험 프로그램 (인천), as the dev corpus renders them
BUSAN_JOY_CARD = """# 부산청년 일하는 기쁨카드

주관기관: 부산광역시
□ 정책 설명
부산 소재 중소기업에서 일하는 청년 근로자에게 연간 100만원 상당의 복지포인트 지급
□ 지원 내용
○ 1인당 100만원 복지포인트 지원
○ 문화여가, 자기계발, 건강관리 3개 분야 사용 가능
"""
INCHEON_INTERNSHIP = """# 국제기구 직업체험 프로그램

□ 정책 설명
인천 청년들의 국제기구 진출 발판 마련 및 경력 형성 제고를 위해 국제기구에서의 직업체험(청년인턴십) 기회 제공
□ 지원 내용
○ 활동분야
- 국제기구 주최 각종 행사 및 회의 진행 지원
- 국제기구 행정 업무 보조, 통·번역 작업 등
○ 지원사항
- 참가확인서 발급 및 활동시간에 따른 활동비 지급
- 단체보험 가입 지원
"""

# 근로자 이주정착금 지원 (제천)
JECHEON_SETTLING = """# 근로자 이주정착금 지원

- **참여대상**: 거주지역: 충청북도 제천시 거주자
- 관내에 주소를 둔 공장(제조업)의 근로자 중 제천시로 전입한 근로자 본인, 배우자, 자녀(미성년자)
## 지원 내용
- 근로자 본인 1인당 3백만원
- 배우자 및 첫째자녀 1인당 2백만원
"""

# 청년창업지원센터 운영 (인천 남동구)
NAMDONG_STARTUP_CENTER = """# 청년창업지원센터 운영

○ 사업목적 : 스타트업 청년 창업자에 대한 체계적인 지원을 통한 창업 성공 및 남동구 우수한 청년 창업가 발굴
ㅇ · 청년 창업 프로그램(교육) 등 창업 활동 지원
ㅇ · 창업 및 취업 준비 청년을 위한 청년 멤버십 운영
ㅇ · 입주기업 창업공간 무상제공 및 부대시설 24시간 이용
ㅇ 주관기관: 남동구
"""


class _AllAsClose(dict):
    """Line vectors that make every line as close in meaning to the question (0.86, a usual closeness), so that what
    a line holds decides."""

    def get(self, text, default=None):
        return np.asarray([0.86, 0.51], dtype=np.float32)


def _ranked(document: str, question: str, terms: list[str]):
    units = read_units(document)
    title = units[0].text.lstrip("# ").strip()
    reader = MeaningReader(_AllAsClose(), lambda text: [1.0, 0.0], Calibration.read())
    return reader.read(question, terms, units, title, 1.0).ranked[0]


def _chosen(document: str, question: str, terms: list[str]) -> list[str]:
    units = read_units(document)
    title = units[0].text.lstrip("# ").strip()
    reader = MeaningReader(_AllAsClose(), lambda text: [1.0, 0.0], Calibration.read())
    return [c.unit.text for c in reader.read(question, terms, units, title, 1.0).chosen]


def _first_line(document: str, question: str, terms: list[str]) -> str:
    return _ranked(document, question, terms)[0].unit.text


def test_money_for_me_is_answered_by_the_line_about_the_person_not_the_company():
    question = "대구 지역 중소기업 청년고용 지원사업으로 채용됐는데, 회사 말고 저한테도 따로 주는 돈 있어요?"
    assert ASKS_FOR_ME.search(question)
    assert for_me(PERSON_LINE) == 1.0 and for_me(EMPLOYER_LINE) == -1.0
    ranked = _ranked(DAEGU_HIRING, question, ["채용", "회사", "따로", "돈"])
    assert "80만원" in ranked[0].unit.text
    # and the company's 50만원 is no close second line shown beside it
    company = next(c for c in ranked if c.unit.text.strip() == EMPLOYER_LINE)
    assert company.score < SECOND_LINE * ranked[0].score


def test_when_money_comes_is_not_answered_by_the_application_period():
    question = "서귀포에서 취준생 자격증 시험 응시료 돌려주는 거, 신청하면 돈 언제 들어와요?"
    assert not ASKS_APPLICATION.search(question)  # "신청하면 돈 언제": the when of the money
    assert ASKS_APPLICATION.search("서귀포 응시료 지원 언제 신청해요?")
    assert "익월" in _first_line(SEOGWIPO_FEES, question, ["취준생", "자격증", "시험", "응시료", "돈"])


def test_a_value_counts_as_near_only_in_the_clause_holding_the_asked_word():
    exception = "- 단, 고용보험 가입되어 있더라도 고용보험 가입 3개월 이하 또는 주30시간 이하 단기근로자일 경우 지원 가능"
    residence = "- 거주요건 : 신청일 현재 대구광역시에 주민등록이 되어 있는 청년"
    assert _near(exception, ["고용보험"], ["yes_no"]) == 1.0
    assert _near(residence, ["고용보험"], ["yes_no"]) == 0.0
    # 8개월 is a duration, but in the employer's clause, not the one naming 인센티브
    assert _near("인건비 8개월 지원, 인센티브 지급", ["인센티브"], ["duration"]) == 0.0


def test_an_address_is_a_place_and_a_city_named_in_passing_is_not():
    assert line_fits("place", "○ 위 치 : 온금동 3-9")
    assert not line_fits("place", "군산시 청년기업을 지원하여 고용을 늘림")


def test_the_ranking_fit_puts_each_questions_answering_line_first():
    # "near" marks the answer within every question; "sim" is high for all lines of some questions and low for all
    # of others, so a fit over all lines alike would lean on it; the per-question fit must not
    rng = np.random.default_rng(7)
    groups = []
    for q in range(40):
        level = 0.9 if q % 2 else 0.7
        rows = [{"sim": level + rng.normal(0, 0.01), "near": 0.0} for _ in range(6)]
        answer = int(rng.integers(6))
        rows[answer]["near"] = 1.0
        groups.append((rows, [int(i == answer) for i in range(6)]))
    weights = fit_ranking(groups, ("sim", "near"))
    assert weights["near"] > 0
    for rows, labels in groups:
        scores = [weights["bias"] + weights["sim"] * r["sim"] + weights["near"] * r["near"] for r in rows]
        assert labels[int(np.argmax(scores))] == 1


def test_what_a_benefit_may_be_spent_on_is_answered_beside_the_lines_naming_it():
    # the lines writing 복지포인트 restate what is asked about; the line of its uses is shown with them
    shown = _chosen(BUSAN_JOY_CARD, "부산 기쁨카드 복지포인트 어디에 쓸 수 있어?", ["부산", "기쁨", "카드", "복지", "포인트"])
    assert any("3개 분야 사용 가능" in line for line in shown), shown


def test_whether_money_is_paid_is_answered_by_the_line_paying_it():
    shown = _chosen(INCHEON_INTERNSHIP, "인천에 있는 UN 기구에서 청년 인턴 체험하는 거, 돈도 줘요?",
                    ["인천", "기구", "청년", "인턴", "체험", "돈"])
    assert any("활동비 지급" in line for line in shown), shown


def test_no_line_joins_when_a_chosen_line_already_holds_the_kind_asked():
    # "돈도 줘요?" of a page whose best line pays: nothing more is added
    shown = _chosen(INCHEON_INTERNSHIP, "국제기구 직업체험 활동비도 지급돼요?", ["활동비", "지급"])
    assert "활동비 지급" in shown[0] and len(shown) <= 2, shown


def test_whether_the_money_a_program_is_named_for_is_paid_is_answered_by_a_sum():
    # "이주정착금" is the program's own name, yet it is the money asked of: a line paying a sum answers
    shown = _chosen(JECHEON_SETTLING, "제천으로 아내랑 같이 전입하는데, 배우자 몫도 이주정착금 나와요?",
                    ["제천", "아내", "전입", "배우자", "몫", "이주", "정착금"])
    assert any("원" in line for line in shown), shown


def test_whether_the_asker_pays_is_answered_by_the_line_saying_it_is_free():
    """"임대료 내야 돼요?" of a page never writing 임대료: the line saying the space is 무상 settles it, so the document
    answers (it was refused as not stating it)."""
    units = read_units(NAMDONG_STARTUP_CENTER)
    reader = MeaningReader(_AllAsClose(), lambda text: [1.0, 0.0], Calibration.read())
    reading = reader.read("남동구 청년창업지원센터 입주하면 사무실 임대료 내야 돼요?", ["남동구", "입주", "사무실", "임대료"],
                          units, "청년창업지원센터 운영", 1.0)
    assert "무상제공" in reading.chosen[0].unit.text and reader.answers(reading), reading.probability


# 경북청년 예비창업가 육성사업 (예천군)
YECHEON_FOUNDERS = """# 경북청년 예비창업가 육성사업

- 예천군 내 예비 또는 1년이내 초기 청년창업가 대상 창업활동비 지원
󰏅 사업대상 : 19세 ~ 39세 이하의 예천군민 / 1년 미만 사업가 지원
󰏅 사업규모 : 2명
󰏅 지원내용 : 1인당 사업비 12백만원 및 창업 교육․멘토링 서비스 제공
- 예천군 경북청년예비창업가육성사업 참여신청서 1부(소정양식)
"""


class _CountLineFar(dict):
    """Line vectors as the index gives them for this page: the bare "사업규모 : 2명" lies far in meaning from a question
    that asks a sum first (0.80), the other lines close (0.88)."""

    def get(self, text, default=None):
        far = "2명" in text
        return np.asarray([0.80, 0.60] if far else [0.88, 0.475], dtype=np.float32)


def test_a_two_part_question_each_part_answered_by_a_line_holding_its_value_is_answered():
    units = read_units(YECHEON_FOUNDERS)
    reader = MeaningReader(_CountLineFar(), lambda text: [1.0, 0.0], Calibration.read())
    reading = reader.read("예천군 경북청년 예비창업가 육성사업은 1인당 사업비가 얼마이고 몇 명 선발하나요?",
                          ["예천군", "사업비", "선발"], units, "경북청년 예비창업가 육성사업", 1.0)
    shown = [c.unit.text for c in reading.chosen]
    assert any("12백만원" in line for line in shown) and any("2명" in line for line in shown), shown
    assert reader.answers(reading), reading.probability  # the far count line no longer makes the whole unsure


# 경상남도 청년 면접정장 무료대여, its 지원 내용 row as the docx renders it
GYEONGNAM_SUITS = """경상남도 청년 면접정장 무료대여

사업명 | 경상남도 청년 면접정장 무료대여
지원 내용 | 구직청년에 대한 면접정장 무료대여 사업 - 대여기간 : 4일(연 5회/인) - 자격요건 : 취업 면접 참여자 ※ 모의면접, 대학(원) 진학면접, 학군단면접 등 취업과 직접 연계되지 않는 경우는 대여 불가
선발인원 | 총 1500명
문의처 | 주관기관: 경상남도
"""


def test_a_word_a_line_writes_with_an_optional_bracketed_part_is_found_in_it():
    # "대학(원) 진학면접 … 대여 불가" holds the 대학원 the question asks of
    units = read_units(GYEONGNAM_SUITS)
    reader = MeaningReader(_AllAsClose(), lambda text: [1.0, 0.0], Calibration.read())
    reading = reader.read("경남 청년 면접정장 무료대여, 대학원 입시 면접 볼 때도 빌릴 수 있나요?", ["경남", "대학원", "입시", "면접"],
                          units, "경상남도 청년 면접정장 무료대여", 1.0)
    assert "대여 불가" in reading.chosen[0].unit.text and reading.chosen[0].features["cover"] > 0, reading.chosen[0].features


# 「2024 전주시 국제기구 청년인턴 프로그램」 참가자 모집
JEONJU_INTERNS = """# 「2024 전주시 국제기구 청년인턴 프로그램」 참가자 모집

□ 지원대상
ㅇ 연령: 30세 미만
ㅇ 가. 파견기구 : 세계지방정부연합 아시아ˑ태평양지부(인도네시아 자카르타 본부)
ㅇ   나. 기    간 : 2024. 12월 ∼ 2025. 2월(8주)
ㅇ   다. 인    원 : 2명
ㅇ 주관기관: 전주시
"""


class _PlaceLineFar(_CountLineFar):
    def get(self, text, default=None):
        far = "파견기구" in text or "기    간" in text
        return np.asarray([0.80, 0.60] if far else [0.88, 0.475], dtype=np.float32)


def test_where_people_are_sent_is_a_place_its_label_states():
    """"어디로 파견 가고 기간은 몇 주": the 파견기구 line states the place part, the 기간 line the length: answered."""
    units = read_units(JEONJU_INTERNS)
    reader = MeaningReader(_PlaceLineFar(), lambda text: [1.0, 0.0], Calibration.read())
    reading = reader.read("전주시 국제기구 청년인턴 어디로 파견 가고 기간은 몇 주예요?", ["전주시", "국제기구", "파견", "기간"],
                          units, "「2024 전주시 국제기구 청년인턴 프로그램」 참가자 모집", 1.0)
    shown = " ".join(c.unit.text for c in reading.chosen)
    assert "자카르타" in shown and "8주" in shown and reader.answers(reading), (shown, reading.probability)


# 2025년 1단계 희망드림일자리 참여자 모집 공고 (용인), as the dev corpus renders it
YONGIN_HOPE_JOBS = """# 2025년 1단계 희망드림일자리 참여자 모집 공고

### 지원사항
○ 근무시간
※  65세 미만자(1960. 1. 3.이후 출생자) : 주25시간(1일 5시간, 5일 근무)
※  65세 이상자(1960. 1. 2.이전 출생자) : 주15시간(1일 3시간, 5일 근무)
○ 임금 : 시급 10,030원, 주·월차수당, 부대비(5,000원/일) 지급
"""
# 중소기업 재직자 우대 저축공제
SME_SAVINGS = """# 중소기업 재직자 우대 저축공제

□ 상품구조 : 근로자 납입금 + 기업지원금(근로자 납입금의 20%) + 은행 금리우대(1~2%) + 정부 세제지원*(재정지원 없음)
* (기업) 기업지원금에 대한 법인세 9~24%적용 또는 세액 25% 공제(기업이 선택)
□ 상품종류 : 5년 만기 월 10~50만원(1만원 단위 월 정액 적립)
"""


def test_hours_asked_by_one_in_their_forties_are_not_the_hours_of_those_65_and_over():
    question = "용인 희망드림일자리 1단계 하려는데 40대면 하루 몇 시간 일하고 시급은 얼마예요?"
    chosen = " ".join(_chosen(YONGIN_HOPE_JOBS, question, ["하루", "시간", "시급"]))
    assert "1일 5시간" in chosen and "10,030원" in chosen, chosen
    ranked = _ranked(YONGIN_HOPE_JOBS, question, ["하루", "시간", "시급"])
    under, over = (next(c for c in ranked if group in c.unit.text) for group in ("65세 미만자", "65세 이상자"))
    assert over.score < SECOND_LINE * under.score  # so close in meaning, it is still not the asker's
    # one who gives no age is shown both groups' hours
    both = " ".join(_chosen(YONGIN_HOPE_JOBS, "용인 희망드림일자리 하루 몇 시간 일해요?", ["하루", "시간"]))
    assert "1일 5시간" in both and "1일 3시간" in both, both


def test_a_sum_asked_by_the_month_is_answered_by_the_line_paying_by_the_month():
    question = "중소기업 재직자 우대 저축공제 한 달에 얼마씩 넣을 수 있어?"
    assert "월 10~50만원" in _first_line(SME_SAVINGS, question, ["넣을"])


# 울산 동구 청년 면접정장 대여서비스 사업 and 울산 북구 스타 비즈니스 센터 운영 및 기초제조업 지원, as the dev corpus
# renders them
ULSAN_SUITS = """# 울산 동구 청년 면접정장 대여서비스 사업

사업목적 | 청년 구직자들의 구직활동 비용 경감 및 성공 면접 지원으로 취업률 제고
접수방법 | 울산동구청년센터 문의(052-209-3487)
문의처 | 주관기관: 경제정책국 운영기관: 경제정책국 홈페이지: https://www.instagram.com/p/DGLKY-izvBE/?img_index=1
"""
ULSAN_STAR_CENTER = """# 울산 북구 스타 비즈니스 센터 운영 및 기초제조업 지원

> 미래형 자동차 산업 발전을 위하여 산-관-연 협력으로 치기 기술제조기업 육성으로부터 예비스타기업육성, 기술 강소기업까지 성장 지원
□ 추진방법 : 위탁운영(울산테크노파크) / 협력기관(금향산업협동조합)
- 주관기관: 울산광역시 북구 경제일자리과 기업투자팀(052-241-7713)
"""


def test_where_to_ask_answered_by_a_contact_without_a_number_is_joined_by_the_line_giving_one():
    chosen = " ".join(_chosen(ULSAN_SUITS, "울산 동구 면접정장 대여 어디다 물어봐야 돼?", ["면접정장", "대여"]))
    assert "052-209-3487" in chosen, chosen


def test_a_body_named_as_a_partner_or_the_one_run_by_is_an_organiser():
    assert line_fits("organiser", "□ 추진방법 : 위탁운영(울산테크노파크) / 협력기관(금향산업협동조합)")
    assert not line_fits("organiser", "> 미래형 자동차 산업 발전을 위하여 산-관-연 협력으로 치기 기술제조기업 육성")
    chosen = " ".join(_chosen(ULSAN_STAR_CENTER, "울산 북구 스타 비즈니스 센터 협력기관 어디에요?", ["협력기관"]))
    assert "금향산업협동조합" in chosen, chosen


# 제대군인 전직지원금, as the dev corpus renders it
VETERANS_TRANSITION = """# 제대군인 전직지원금

전역후 6개월 이내 실업상태의 군인연금비대상 장기복무제대군인의 취, 창업 촉진을 위한 전직지원금 지원
○ 매월 장기복무 81만 원, 중기복무 58만 원 씩 6개월 간 지급.
* 신청기간 : 전역후 6개월이내
신청 이후 약 25일 소요
"""


def test_how_long_money_takes_is_the_line_stating_the_time_it_takes():
    question = "전역한지 2달 된 장기복무 제대군인인데 전직지원금 신청하면 돈 나오기까지 얼마나 걸려요?"
    first = _first_line(VETERANS_TRANSITION, question, ["신청", "돈"])
    assert "25일 소요" in first, first


# 면접용 정장대여(광주 남구)
GWANGJU_SUITS = """# 면접용 정장대여(광주 남구)

> 2025년 광주 남구 구직청년 면접정장 대여
-   ❍ 지원대상 : 광주광역시 남구에 주소를 둔 구직청년(만19세 ~ 39세)
-   ❍ 지원내용 : 면접용 정장 무료대여
- 대여기간 : 3박 4일(1인 연간 3회 이용 가능)
"""


def test_how_many_times_asked_with_a_particle_is_the_line_counting_them():
    """"몇 번까지": the unit asked is 번 (written 회), not 번까; the page answers (3회), it is not left unanswered."""
    reader = MeaningReader(_AllAsClose(), lambda text: [1.0, 0.0], Calibration.read())
    units = read_units(GWANGJU_SUITS)
    reading = reader.read("광주 남구 면접정장 1년에 몇 번까지 빌릴 수 있어?", ["면접", "정장", "1", "빌리"], units,
                          "면접용 정장대여(광주 남구)", 0.55)
    assert "3회" in reading.chosen[0].unit.text and reading.ranked[0][0].features["cover"] == 1.0
