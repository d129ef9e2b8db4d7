"""The rule tables behind shaped answers (issue 15): targets vs results, back-references, program names,
and which questions want a list. Plain functions over real sentences from the seed articles."""

import pytest

from assistant.language.discourse import leans_back, reads_as_statement, without_connective
from assistant.language.figures import RESULT, TARGET, asked_kind, figure_kind
from assistant.language.names import departments, program_names


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("올해 3만4천개의 일자리를 목표로 9월 말 현재 목표대비 3만2836(96.6%)명을 달성, 일자리 창출에 박차를 가하고 있다.", RESULT),
        ("시는 시민이 체감하는 안정적 일자리 제공을 위해 민선6기 지역일자리 목표를 16만개로 설정했다.", TARGET),
        ("2016년 일자리 목표 11,000명을 달성하기 위해 최고의 일자리센터를 운영하고 있다.", TARGET),
        ("내년에는 청년 해외진출을 돕기 위해 ‘청년인재 K-Move 스쿨 해외취업 지원사업’을 실시할 계획이다.", TARGET),
        ("이를 통해 656명이 취업하고 736명이 자격증을 취득했다.", RESULT),
        ("향후 테크노밸리 조성이 완료되면 1만 8천여 명의 일자리 창출효과가 기대된다.", TARGET),
        ("허브센터에는 커뮤니티 공간과 세미나실을 설치한다.", ""),
        # the figure was reached before the sentence turns to what is still planned
        ("사회적기업 육성을 위해 기업(단체) 31곳을 발굴해 앞으로 설명회를 거쳐 심사에 응모토록 할 계획이다.", RESULT),
        ("앞으로 3년간 기업 50곳을 발굴할 계획이다.", TARGET),
    ],
)
def test_a_figure_is_a_target_or_a_result(sentence, kind):
    assert figure_kind(sentence) == kind


def test_what_a_question_wants_compared():
    assert asked_kind("대전이랑 수원 중에 어디가 일자리 더 많이 만들었어?") == RESULT
    assert asked_kind("목표 대비 실적은 각각 얼마나 돼?") == RESULT
    assert asked_kind("두 도시의 올해 일자리 목표를 비교해줘") == TARGET
    assert asked_kind("청년 지원 각각 뭐 있어?") == ""


def test_back_references_and_connectives():
    assert leans_back("이를 통해 656명이 취업했다.") and leans_back("해당 사업은 청년들이 참여한다.")
    assert leans_back("또한 이 같은 노력이 결실을 맺었다.")
    assert not leans_back("이번 수상과 관련해 소개한다.") and not leans_back("이마트 광교점이 문을 열었다.")
    assert without_connective("또한, 입주기업의 제품이 시장에 진입한다.") == "입주기업의 제품이 시장에 진입한다."
    assert without_connective("이밖에도 고양시는 행사를 연다.") == "고양시는 행사를 연다."
    assert reads_as_statement("센터를 운영하고 있다.") and not reads_as_statement("<강남구‘강남 취업경진대회’실시>")
    assert reads_as_statement("QR코드집을 제작하여 적극적인 홍보를 실시하였다,")  # a comma typed for the full stop


def test_program_names_are_the_names_not_the_phrase_around_them():
    sentence = "해당 사업은 청년들이 관내 대학에서 직무교육, 창업스쿨, 면접캠프 등의 프로그램에 참여한 뒤 취업하도록 돕는다."
    assert program_names(sentence) == ["창업스쿨", "면접캠프"]
    assert program_names("또한 고양 일자리센터(http://blog.naver.com/goyang_jobs)를 통해 길라잡이 역할을 한다.") == ["고양 일자리센터"]
    assert "연령별·계층별 맞춤형 취업지원 프로그램" in program_names("시가 운영하는 연령별·계층별 맞춤형 취업지원 프로그램은 연간 2,000명이 이용한다.")
    assert program_names("고용노동부 주관 ‘2015 전국 지방자치단체 일자리 대상’에서 최우수상을 수상했다.") == []  # an award
    assert program_names("일자리 사업과 각종 지원사업을 펼친다.") == []  # generic phrases
    assert departments("일자리진흥과 직원이 직접 제작했고, 그 결과 효과가 컸다.") == ["일자리진흥과"]


def test_which_questions_want_a_list_of_what_there_is():
    from types import SimpleNamespace

    from assistant.language.intents import asks_contact, asks_overview

    def overview(text, answer_type="general"):
        return asks_overview(SimpleNamespace(text=text, answer_type=answer_type), {"count"})

    assert overview("고양시에 경력단절 여성 취업 도와주는 데 있어요?")
    assert overview("수원에 창업 도와주는 곳 어디어디 있어?", "place")
    assert overview("서울 자치구들은 어떤 일자리 사업을 했나요?")
    assert not overview("청년인재 K-Move 스쿨 해외취업 지원사업은 어떤 과정을 거쳐 어디로 취업시키나요?")  # one named program
    assert not overview("전국 지방자치단체 일자리 대상을 받은 도시는 어디어디인가요?")  # which cities
    assert not overview("고양시에 일자리센터 몇 개 있어요?", "count")
    # what one has heard there is, asked about: that one program, found by what the question says of it
    assert not overview("제주에서 3D프린터랑 레이저 커터 쓸 수 있는 창작공간 있다던데 어디서 신청해요?")
    assert not overview("면접 볼 때 정장 빌려주는 곳 있다고 들었는데 며칠 빌려줘요?")
    # "… 있잖아요": the one program both know of, not whether there is any
    assert not overview("민간 VC가 찾아낸 기업한테 사업화 자금 대주는 정부 프로그램 있잖아요 어떤 기업이 대상이에요?")
    assert overview("민간 VC가 찾아낸 기업한테 사업화 자금 대주는 정부 프로그램 있어요?")
    assert overview("제주에서 3D프린터 쓸 수 있는 창작공간 있어요?")  # whether there is any: the list
    assert asks_contact(SimpleNamespace(text="거기 전화번호는요?", answer_type="phone"))


def test_how_often_and_how_many_of_a_thing_are_asked_kinds():
    from assistant.language.asking import asked_kinds, line_fits

    assert asked_kinds("전남청년카페 심리상담 최대 몇번까지 받을수있어요") == ["times"]
    assert asked_kinds("IP 출원은 팀별로 몇 건까지 지원됩니까?") == ["quantity"]
    assert asked_kinds("공모전 최소 몇 자 써야 돼?") == ["quantity"]
    # 뭘 (뭐를) asks what, not whether: no yes/no read into "뭘 보는 건가요?"
    assert "yes_no" not in asked_kinds("스펙 대신 뭘 보는 건가요?")
    assert "quantity" not in asked_kinds("몇 개월 일하는 거야?")  # a length, not a number of things
    assert asked_kinds("생계비대부 금리 몇퍼에요?") == ["percent"]
    assert line_fits("times", "추가 상담 필요시 최대 10회 지원") and not line_fits("times", "상담 지원")
    assert asked_kinds("문의 전화번호를 알려주시기 바랍니다.") == ["contact", "phone"]  # "주시기" asks no 시기
    assert asked_kinds("수당 지급 시기는요?") == ["schedule"]
    assert asked_kinds("자격증 응시료 돌려주는 거 돈 언제 들어와요?") == ["schedule"]  # when the money comes, not how much
    assert asked_kinds("돈은 언제 얼마 들어와요?") == ["amount", "schedule"]
    assert "phone" in asked_kinds("어디로 문의 전화하면 돼요?") and "phone" not in asked_kinds("접수번호 어디서 봐요?")
    assert "selection" not in asked_kinds("면접비 한 번에 얼마예요?") and "selection" in asked_kinds("면접도 봐요?")
    assert line_fits("percent", "임차료(입점 첫해에 한해 50퍼센트 지원)")
    assert asked_kinds("청년수당 현금으로 들어와요?") == ["paid_as"]  # in what form it comes, not when
    assert line_fits("paid_as", "월30만원씩 최대3년간 지역화폐로 수당지급")
    assert line_fits("phone", "문의: 052-209-3487") and not line_fits("phone", "문의처 주관기관: 경제정책국")


def test_where_to_apply_is_how_to_apply_not_a_venue():
    from assistant.language.asking import asked_kinds

    assert asked_kinds("대구 청년농업인 맞춤 지원 신청 어디다 해요?") == ["apply"]
    assert asked_kinds("특강 하는 거 있던데 신청 어디서 봐요?") == ["apply"]
    assert asked_kinds("교육 장소 어디예요?") == ["place"]  # a venue asked


def test_money_naming_the_program_is_no_sum_asked_beside_another_kind():
    from assistant.language.asking import asked_kinds

    assert asked_kinds("사업화 지원금 주는 거, 어떤 방식으로 뽑아요?") == ["selection"]
    assert asked_kinds("수당 받으려면 서류 뭐 내요?") == ["documents"]
    assert "amount" in asked_kinds("지원금 얼마고 몇 명 뽑아요?")  # a sum asked too
    assert asked_kinds("멘티 신청서 냈는데 합격하면 어떻게 알려줘요?") == ["selection"]  # how results are told


def test_a_wage_set_by_law_is_an_amount_and_how_money_comes_is_its_form():
    from assistant.language.asking import asked_kinds, line_fits

    assert line_fits("amount", "ㅇ근무수당: 최저시급") and line_fits("amount", "지급임금: 세종시 생활임금 적용")
    assert asked_kinds("면접비 돈은 어떻게 들어와요?") == ["paid_as"]  # in what form, not when
    assert line_fits("paid_as", "지급방법 : 대상자 월별 취합 후, 계좌이체로 지급")
    assert not line_fits("paid_as", "부안군 로컬JOB센터 방문접수, 홈페이지 신청")  # 홈페이지 holds no 페이


def test_what_a_program_offers_is_asked_in_many_ways_and_its_scene_words_ask_nothing():
    from assistant.language.asking import asked_kinds

    assert asked_kinds("청년일자리 1~2년차에는 인건비 말고 또 무엇이 지원됩니까?") == ["benefits"]  # 인건비 is set aside
    assert asked_kinds("어울림 프로젝트에 참여하면 어떤 활동을 하게 됩니까?") == ["benefits"]
    assert asked_kinds("AI로 일자리 추천해주는 온라인 플랫폼 있다던데 거기서 뭐 제공해요?") == ["benefits"]  # no applying asked
    assert "apply" in asked_kinds("온라인으로 신청해요?")
    assert "amount" in asked_kinds("수당 얼마 받고 어떤 혜택 있어요?")


def test_how_many_places_and_how_long_after_are_asked_in_everyday_words():
    from assistant.language.asking import asked_kinds, line_fits

    assert asked_kinds("국제기구 직업체험 참여하는 기관 몇 군데예요?") == ["head_count"]
    assert asked_kinds("가게 폐업하고 얼마나 지나야 신청할 수 있어요?") == ["lead_time"]  # no sum asked
    assert line_fits("lead_time", "- 공고일 기준 폐업 후 1개월이 지난 자")
    assert asked_kinds("지원금 얼마나 나와요?") == ["amount"]


def test_a_contact_person_named_in_the_scene_is_not_whom_to_call():
    from assistant.language.asking import asked_kinds

    assert asked_kinds("토크콘서트 일반기업 인사담당자 멘토 편은 몇 번 열려요?") == ["times"]
    assert "contact" in asked_kinds("담당자 연락처랑 신청기간 알려줘")
    assert "contact" in asked_kinds("담당 부서 어디고 몇 명 뽑아요?")


def test_a_formal_may_i_question_and_a_case_said_to_be_lacking_are_read():
    from assistant.language.asking import asked_case, asked_kinds

    assert asked_kinds("4-H회원이 아니어도 신청할 수 있습니까?") == ["yes_no"]  # a formal ending asks yes or no too
    assert asked_case("충북 4-H 활력화 기반구축 지원은 4-H회원이 아니어도 신청할 수 있습니까?") == ["H회원"]
    assert asked_case("대학생이 아니어도 돼요?") == ["대학생"]  # the case is what the asker is not


def test_what_to_hand_in_is_documents_not_a_cost_and_the_askers_home_frames_it():
    from assistant.language.asking import asked_kinds

    assert asked_kinds("강동구 공방거리 입점 신청할 때 뭐 내야돼요?") == ["documents"]  # no 비용 named: papers, not paying
    assert asked_kinds("세종 사는 청년농업인인데 확인서 말고 뭐 더 내야돼요?") == ["documents"]  # 세종 사는: the asker's home
    assert "cost" in asked_kinds("참가비 내야 돼요?") and "cost" in asked_kinds("교육비 따로 내야 하나요?")
    assert "residence" in asked_kinds("다른 지역 사는 사람도 돼요?")  # where one lives is the condition asked
    assert "residence" in asked_kinds("서울 사는데 신청돼요?")  # nothing else asked: the residence settles it


def test_who_runs_it_is_the_organiser_and_a_target_asked_as_yes_or_no_is_a_condition():
    from assistant.language.asking import asked_case, asked_kinds

    assert asked_kinds("광주 디지털비즈니스고도화프로젝트 누가 운영하는 사업입니까?") == ["organiser"]
    assert asked_kinds("누가 신청할 수 있어요?") == ["eligibility"]
    assert asked_kinds("창업한 지 2년 됐는데 로컬벤처기업 육성 지원 대상이에요?") == ["eligibility", "yes_no"]
    assert "yes_no" not in asked_kinds("그거 누구 대상이에요?")  # who, not whether
    # the asker's case written with its verb ("재입사했는데 이런 경우도"): the noun names it
    assert "재입사" in asked_case("전에 다니던 회사에 재입사했는데 이런 경우도 받을 수 있어요?")


def test_who_runs_it_asked_in_peoples_words_is_the_organiser_not_a_place():
    from assistant.language.asking import asked_kinds

    for question in ("직업계고 현장실습 내실화 사업 운영 어디가 해?", "경북 창업교육 혁신선도대학 주관 대학 어디야",
                     "울산북구 스타비즈니스센터 운영은 어디서 맡아서 해요?", "강서구 캠퍼스타운 창업 보육공간은 어느 대학이 운영함?",
                     "서산시 대학생 아르바이트 어디 담당이에요?"):
        assert asked_kinds(question) == ["organiser"], question
    # where a course is held is still a place
    assert asked_kinds("교육 운영 어디서 해요?") == ["place"] and asked_kinds("운영 장소 어디예요?") == ["place"]


def test_what_a_program_teaches_gives_or_runs_is_its_benefits_and_with_whom_its_partner():
    from assistant.language.asking import ASKS_PURPOSE, asked_kinds

    assert asked_kinds("강원 AI 일자리 온라인 플랫폼 거기서 뭐 알려줘요?") == ["benefits"]  # 온라인 names the program
    assert asked_kinds("경북 미래 신산업 청년일자리 3년차 되면 인건비 대신 뭐 나와?") == ["benefits"]
    assert asked_kinds("제주 취업역량강화 사업에 어떤 프로그램들 있어요?") == ["benefits"]
    assert asked_kinds("취업컨설팅은 누구랑 같이 하는 거예요?") == ["partner"]
    assert asked_kinds("누가 신청할 수 있어요?") == ["eligibility"]
    assert ASKS_PURPOSE.search("축제 때 대학생 일자리 주는 거 무슨 목적으로 하는거에요")
    assert ASKS_PURPOSE.search("면접정장 빌려주는거 무슨 취지로 하는거에요?")


def test_where_to_look_it_up_is_how_to_apply_not_a_venue():
    from assistant.language.asking import asked_kinds

    assert asked_kinds("청년농업인 영농정착지원 신청은 어디서 확인해요?") == ["apply"]  # the page named, not a venue
    assert asked_kinds("신청 서류는 어디서 알아봐요?") == ["documents"]  # the papers, not where they are
    assert asked_kinds("해외취업 상담해주는 센터 있던데 예약 어떻게 해요?") == ["apply"]  # booking is applying


def test_applying_that_frames_a_question_is_no_way_to_apply_asked():
    from assistant.language.asking import asked_kinds

    assert asked_kinds("태안 자격증 응시료 지원 방문접수하면 군청 몇층으로 가요?") == ["quantity"]  # the floor is asked
    assert asked_kinds("신청하면 돈 언제 들어와요?") == ["schedule"]
    assert asked_kinds("방문 신청은 어떻게 해요?") == ["apply"]


def test_hiring_as_the_case_a_question_states_is_no_selection_asked():
    from assistant.language.asking import asked_kinds

    assert asked_kinds("기업이 청년 더 뽑으면 뭘 지원해주는거예요?") == ["benefits"]
    assert "selection" in asked_kinds("어떻게 뽑아요?") and "selection" in asked_kinds("몇 명 뽑아요?")


def test_a_which_question_names_the_thing_it_asks_for():
    from assistant.language.asking import which_noun

    assert which_noun("서울형 강소기업으로 선정되려면 어떤 인증이 있어야 되나요?") == "인증"
    assert which_noun("동구 청년 일자리 박람회 어떤 업종 회사들 나와요?") == "업종"
    assert which_noun("어느 정도 돼요?") == ""  # names nothing a label holds


def test_a_ministry_and_a_generic_word_name_who_runs_a_program_not_a_program():
    from assistant.language.names import names_a_body_only

    assert names_a_body_only("농식품부 사업") and names_a_body_only("중기부 프로그램") and names_a_body_only("산림청 사업")
    # names of programs whose words only end like a body's (처, 부)
    assert not names_a_body_only("수출바우처 사업") and not names_a_body_only("사내벤처 프로그램")
    assert not names_a_body_only("경기북부 박람회") and not names_a_body_only("체험 프로그램")


def test_a_word_for_a_company_is_written_only_where_it_names_one():
    from assistant.language.fields import writes_form
    assert writes_form("업체", "동일업체면접은1회만지원")
    assert writes_form("기업", "중소기업재직자")
    assert not writes_form("업체", "국제기구직업체험프로그램")  # 직업체험 holds 업체 by its letters only
    assert not writes_form("기업", "(전달체계)지방공기업(행정안전부)")  # a public body hiring, not a company one works at
    assert not writes_form("기업", "주관기관:중소벤처기업부")  # a ministry
