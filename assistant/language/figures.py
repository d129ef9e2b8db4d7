"""Whether a sentence's figure is a target (목표·계획) or a result (실적): a comparison sets like against like.

"올해 3만4천개의 일자리를 목표로 … 3만2836명을 달성" is a result; "민선6기 목표를 16만개로 설정했다" and
"… 실시할 계획이다" are targets. The rules are tried in order; the first that matches decides.
"""

from __future__ import annotations

import re

TARGET, RESULT, AWARD = "목표", "실적", "수상"

# (kind, pattern) in order of precedence: a plan phrase outranks a result verb in the same sentence
# ("달성하기 위해" is a plan), a result verb outranks a bare "목표" noun ("목표대비 58%의 성과를 올렸다").
FIGURE_RULES: list[tuple[str, re.Pattern]] = [
    (TARGET, re.compile(r"달성하기\s*위해|목표[를로]\s*[^.]{0,20}(설정|세웠|세우|정했|정하)|목표로\s*(하|삼)")),
    (TARGET, re.compile(r"[할될줄]\s*(계획|예정|방침|전망)|예정이다|계획이다|방침이다|기대된다|예상된다|예상되는|창출할|[하겠]겠다")),
    (RESULT, re.compile(
        r"달성[했하,]|기록[했하]|발굴[했해]|거[뒀두]|올렸|냈다|창출했|창출,|취업했|취업하고|취득했|참여했|참여하였|개최했|개최하였"
        r"|실적|성과|상승했|증가했|수상|선정[됐되]|이르고|이른다|이르렀|제공했|지원했|체결했|체결하|맺었|맺어|개소했|개관"
    )),
    (TARGET, re.compile(r"목표|계획|예정")),
]

# What a question asks for: "무슨 상" wants an award; "실적", "성과", "만들었어", "더 많이" want results;
# "목표", "계획" want targets.
ASKED_RULES: list[tuple[str, re.Pattern]] = [
    (AWARD, re.compile(r"(무슨|어떤|어느|무엇|몇\s*등)\s*상|상\s*(을|은|이)?\s*(받|탔|수상)|수상|award|prize", re.I)),
    (RESULT, re.compile(r"실적|성과|달성|만들었|만든|창출했|취업했|[했됐]\s*(어|나|는지|을까)|더\s*(많|적|높|낮|잘)|result|achiev|did|created", re.I)),
    (TARGET, re.compile(r"목표|계획|예정|target|goal|plan", re.I)),
]

# A sentence that states an award given ("우수상에 선정", "최우수상을 수상", "대상을 받았다"), not one that
# describes the award ("… 일자리 분야 최고의 상이다").
AWARD_STATED = re.compile(r"상(을|에|으로|까지)?\s*(수상|받|탔|선정|차지|거머)|수상[했하한을]|시상식에서")

# A sentence that states a place's rank in an evaluation ("최우수구로 선정된 마포구는…", "최우수구에 마포구, 우수구에
# … 선정되었으며"): a prize for what it did, not what it did.
RANKED = re.compile(r"(최우수|우수|모범|대상|금상|은상|동상)[^.]{0,80}선정|선정[^.]{0,20}(최우수|우수|모범)")

# A question that wants a figure compared ("더 많이", "몇", "실적", "달성률"): each place's quote must give one.
FIGURE_QUESTION = re.compile(
    r"몇|얼마|더\s*(많|적|높|낮|크|작|잘)|실적|성과|목표|달성|[률율]|규모|how many|how much|more|most|rate|target", re.I
)
# A number as Korean articles write it: "1,132", "6,800여 ", "3만 " (the unit follows).
NUMBER = r"\d[\d,.]*\s*(여\s*)?(천|만|억)?\s*"
# A figure worth comparing: a number with a unit or a share (not a bare year such as "2015").
FIGURE = re.compile(rf"{NUMBER}(명|개|곳|건|회|개사|개소|가지|업체|기업|원|%|％|%p|배|㎡)")

# The unit a compared figure should have: a share when the question asks for a rate, a count when it asks
# how many ("더 많이 만들었어" compares 일자리 N개, not a "109%" achievement rate).
SHARE_QUESTION = re.compile(r"[률율]|%|퍼센트|비율|percent|rate", re.I)
SHARE = re.compile(r"\d[\d,.]*\s*(%|％|%p|퍼센트)")
# Narrower than questions.FACT_PATTERNS["count"], which also spans "3개동" whole.
COUNT = re.compile(rf"{NUMBER}(명|개|곳|건|회|개사|개소|가지|업체|기업)")


def figure_of(question: str) -> re.Pattern:
    """The pattern of the figure a comparison question wants: a share or a count."""
    return SHARE if SHARE_QUESTION.search(question) else COUNT


# Where a sentence turns to what is still to come ("31곳을 발굴해 앞으로 … 응모토록 할 계획이다"): the plan
# after it is not what happened to the figure before it.
FUTURE_TURN = re.compile(r"\s(?:앞으로|향후)\s")


def figure_kind(sentence: str) -> str:
    """TARGET, RESULT, or "" when the sentence states neither.

    A figure stated before the sentence turns to the future takes the kind of its own clause."""
    turn = FUTURE_TURN.search(sentence)
    if turn and FIGURE.search(sentence[: turn.start()]) and not FIGURE.search(sentence[turn.end():]):
        sentence = sentence[: turn.start()]
    for kind, pattern in FIGURE_RULES:
        if pattern.search(sentence):
            return kind
    return ""


def states_kind(sentence: str, kind: str) -> bool:
    """Whether a sentence states a fact of the asked kind (an award given, a target, a result)."""
    return bool(AWARD_STATED.search(sentence)) if kind == AWARD else figure_kind(sentence) == kind


def states_rank(sentence: str) -> bool:
    """Whether a sentence states an award or a rank a place was given."""
    return bool(AWARD_STATED.search(sentence) or RANKED.search(sentence))


def asked_kind(question: str) -> str:
    """The kind of fact a comparison question wants (AWARD, TARGET or RESULT), "" when it does not say."""
    for kind, pattern in ASKED_RULES:
        if pattern.search(question):
            return kind
    return ""
