"""A value of the asked kind is no answer when its sentence shares nothing of what the question says of its
subject: "…구직촉진수당은 한 달에 얼마씩 줘요?" asked of documents that never state that allowance is refused, not answered
with the 11.6만원 a training notice pays its trainees beside a line naming the same scheme."""

import pytest

from tests.conftest import assistant_over

pytestmark = pytest.mark.slow  # builds a real index

# A real program notice (국민내일배움카드, from the dev policies as the policy corpus renders them): it names
# 국민취업지원제도 participants' share of the training costs, and pays trainees an allowance by the month.
NOTICE = """「국민내일배움카드」 공고

□ 사업개요
 ○ 사업명 : 국민내일배움카드
 ○ 사업목적 : 급격한 기술발전에 적응하고 노동시장 변화에 대응하는 사회안전망 차원에서 생애에 걸친 역량계발 향상 등을 위해 국민 스스로 직업능력개발훈련을 실시할 수 있도록 훈련비 등 지원

□ 지원대상
 ㅇ 연령: 만 15세 이상 75세 이하
 ㅇ 거주지역: 전국

□ 지원내용
- 1인당 300~500만원까지, 훈련비의 45~85퍼센트 지원
*국민취업지원제도Ⅰ유형 및 Ⅱ형 특정계층 참여자는 훈련비의 100퍼센트 또는 80퍼센트를, 국민취업지원제도 Ⅱ유형 중 청/중장년층 참여자는 50~85퍼센트를, 근로장려금(EITC) 수급자는 72.5~92.5퍼센트 지원 등
- 140시간 이상 훈련과정을 수강하는 실업자 등에게 월 최대 11.6만원 지급(단위기간 1개월 출석률 80퍼센트 이상 시)
*실업급여 수급 중이거나 소득이 있는 경우 등에는 일부 또는 전액 부지급

□ 신청방법
 ㅇ 국민내일배움카드 발급 후 고용센터 방문 또는 고용24 홈페이지(www.work24.go.kr)를 통해 수강신청
"""


# A news item naming the allowance without its sum, so the question's words are all known to the index.
NEWS = """고용노동부, 국민취업지원제도 참여자 모집

고용노동부는 저소득 구직자에게 구직촉진수당을 주는 제도의 참여자를 모집한다고 밝혔다.
참여를 원하는 사람은 가까운 고용센터에 문의하면 된다.
"""


@pytest.fixture(scope="module")
def training(tmp_path_factory, analyzer, embedder):
    files = {"국민내일배움카드_110393.txt": NOTICE, "국민취업지원제도_보도.txt": NEWS}
    return assistant_over(tmp_path_factory, analyzer, embedder, files)[1]


def test_an_amount_sharing_nothing_of_what_is_asked_is_not_the_answer(training):
    answer = training.ask("국민취업지원제도 1유형 구직촉진수당은 한 달에 얼마씩 줘요?")
    assert answer.abstained, answer.text
    assert "11.6만원" not in answer.text


def test_the_amount_the_question_asks_about_is_still_answered(training):
    answer = training.ask("국민내일배움카드 훈련비 1인당 얼마까지 지원돼요?")
    assert not answer.abstained, answer.text
    assert "300~500만원" in answer.text
