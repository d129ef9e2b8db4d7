"""How residents describe their own situation in a question ("27살 백수인데 의정부에서 뭐 신청할 수 있어요?")."""

from __future__ import annotations

import re

# An age the asker gives about themself: "27살", "만 27세", "나이는 27".
OWN_AGE = re.compile(r"(?:만\s*)?(\d{2})\s*(?:살|세)(?!\s*(?:이상|이하|미만|초과|까지|부터))|나이[는가]?\s*(\d{2})")
# Status, in everyday words -> the finder's status (the first that matches wins: a student before a job seeker,
# a business owner before a would-be founder). A 대학생 or 고등학생 counts as preparing for a job.
OWN_STATUS: dict[str, str] = {
    "고등학생": r"고등학생|고교생|고딩|특성화고|마이스터고|직업계고|(?<![가-힣])고\s*[123](?!\d)|고등학교\s*[123]\s*학년",
    "대학생": r"대학생|대학교?\s*\d\s*학년|\d\s*학년\s*(?:대학|재학)|대학교?\s*(?:재학|휴학)|휴학\s*중|재학\s*중|대학원생",
    "창업": r"창업했|창업을\s*했|창업한\s*지|사장인데|사장이에요|자영업|가게를?\s*(?:운영|하고)|(?:쇼핑몰|카페|가게|식당|사업)\s*(?:운영|하는|을\s*하)|"
            r"사업자\s*(?:등록|냈)|\d+\s*년\s*차\s*(?:사장|대표)|대표(?:예요|입니다|인데)",
    "예비창업": r"창업\s*(?:준비|하려|하고\s*싶|예정|계획)|예비\s*창업",
    "재직": r"직장인|회사원|재직\s*중|재직중|회사\s*다니|회사에\s*다니|근무\s*중|일하고\s*있|정규직|계약직",
    "미취업": r"백수|무직|미취업|취준|취업\s*준비|구직\s*중|구직중|실업|퇴사|일자리를?\s*찾|취직\s*(?:준비|하려)",
}
# 업력 in a question: "쇼핑몰 운영 1년차", "창업한 지 2년", "사업자 낸 지 3년".
OWN_BUSINESS_YEARS = re.compile(r"(?:운영|창업|사업|장사|가게)\D{0,8}?(\d{1,2})\s*년\s*(?:차|째|됐|되었|이\s*됐)|(?:창업|사업자\D{0,4})한?\s*지\s*(\d{1,2})\s*년")
# 성별 and 병역 in a question.
OWN_GENDER: dict[str, str] = {"여성": r"여성|여자|여대생|엄마|주부", "남성": r"남성|남자|남대생"}
OWN_MILITARY: dict[str, str] = {
    "군필": r"군필|제대(?:했|한|하고)|전역(?:했|한|하고)|병역\s*필",
    "미필": r"미필|입대\s*(?:전|예정)|입영\s*(?:전|예정)",
    "면제": r"면제",
}
# "제대한 지 1년": a recently discharged veteran is in the 제대군인 group.
RECENT_VETERAN = re.compile(r"(?:제대|전역)(?:한\s*지|\s*후)\s*\d")
# The asker wants closed programs too ("마감된 것도", "지난 사업도").
ASKS_CLOSED = re.compile(r"마감된\s*(?:것|거|사업)|지난\s*(?:사업|공고)|끝난\s*(?:것|거|사업)")
# Groups an asker may say they belong to -> the catalog's group.
OWN_GROUPS: dict[str, tuple[str, ...]] = {
    "경력단절": ("경력단절", "경단녀", "경력이 끊"),
    "장애인": ("장애인", "장애가 있"),
    "제대군인": ("제대군인",),
    "국가보훈대상자": ("보훈대상", "국가유공자", "보훈 대상"),
    "기초생활수급자": ("기초생활수급", "기초수급", "생계급여"),
    "차상위": ("차상위",),
    "저소득": ("저소득",),
    "한부모": ("한부모", "싱글맘", "싱글대디", "혼자 아이를 키"),
    "북한이탈주민": ("북한이탈", "탈북"),
    "자립준비청년": ("자립준비", "보호종료", "보육원 출신"),
    "다문화": ("다문화", "결혼이민"),
    "농어업인": ("농업인", "어업인", "농사", "어민", "농민"),
}
# The question asks what the asker can get, not a fact about one program.
WHAT_CAN_I = re.compile(
    r"뭐\s*(?:신청|받|할\s*수|있)|무엇을?\s*(?:신청|받)|어떤\s*(?:지원|사업|혜택|정책)|"
    r"(?:신청할?|지원받?을?|받을)\s*수\s*있는\s*(?:게|것|거|지원|사업|혜택|정책)|해당(?:되는|하는)\s*(?:지원|사업|정책)"
)
# "저 32살 여자고 … 고양시 지원 있나요?": asking whether there is any support counts only when the asker
# also speaks of themself (SELF_SAID), else it is a question about one program ("… 면접수당 지원 있나요?").
ASKS_IF_ANY = re.compile(r"(?:지원|사업|혜택|정책|프로그램|일자리)\S{0,2}\s*(?:있나요|있어요|있을까요|있어\b|있습니까|없나요|없을까요)")
SELF_SAID = re.compile(r"(?:^|\s)(?:저|전|제가|저는|나|난|나는|내가)\s|인데|이에요|입니다|거든요")
# The asker says where they live (a place alone is the topic of the question, not their residence).
LIVES = re.compile(r"사는|살고|살아|거주|에\s*살")
# Several places with one of these is a comparison ("의정부랑 고양 … 각각"), answered place by place.
COMPARES = re.compile(r"각각|비교|중에|중에서|차이|어디가\s*더|\bvs\b|\bcompare|\beach\b", re.I)
# Particles after a place word ("수원에서", "의정부랑"), dropped before looking the place up.
PLACE_PARTICLES = re.compile(r"(에서|에|은|는|이|가|인데|사는|살고|거주|이고|이며|이랑|랑|하고|와|과)$")

# The same cues in English ("I'm 27 and unemployed in Suwon, what can I apply for?").
WHAT_CAN_I_EN = re.compile(
    r"\bwhat (?:can|could|should) I (?:apply|get|receive)|\bam I eligible|\bcan I (?:apply|get)\b|"
    r"\bwhat (?:support|help|programs?|benefits?)\b.*\b(?:for me|can I|could I)\b", re.I)
OWN_AGE_EN = re.compile(
    r"\bI(?:'m| am) (\d{2})\b|\b(\d{2})[- ]?(?:years?|yrs?)[- ]old\b|\baged? (\d{2})\b", re.I)
OWN_STATUS_EN: dict[str, str] = {
    "대학생": r"\b(?:college|university) student\b",
    "고등학생": r"\bhigh[- ]school student\b",
    "창업": r"\bfounder\b|\bentrepreneur\b|\bI (?:run|own) a (?:business|shop|store)\b",
    "예비창업": r"\bstart(?:ing)? a business\b",
    "미취업": r"\bunemployed\b|\bjobless\b|\bjob[- ]?seek|\blooking for (?:a )?(?:job|work)\b|\bout of work\b",
    "재직": r"\bI(?:'m| am) (?:employed|working)\b|\boffice worker\b",
}
OWN_GENDER_EN: dict[str, str] = {"여성": r"\b(?:woman|female)\b", "남성": r"\b(?:man|male)\b"}
OWN_GROUPS_EN: dict[str, str] = {"경력단절": r"\bcareer[- ]break", "장애인": r"\bdisab", "제대군인": r"\bveteran\b"}
LIVES_EN = re.compile(r"\b(?:live|living|based|reside|resident)\b|\bin [A-Z][a-z]+")
# The one missing fact that changes a finder's answer most, in the order to ask for it.
ASK_FOR = {
    "age": "나이를 알려주시면 더 정확히 찾아 드릴게요.",
    "residence": "사는 곳(시군구)을 알려주시면 더 정확히 찾아 드릴게요.",
    "status": "지금 상태(미취업·재직·예비창업·창업·고등학생·대학생)를 알려주시면 더 정확히 찾아 드릴게요.",
}
