"""How residents describe their own situation in a question ("27살 백수인데 의정부에서 뭐 신청할 수 있어요?")."""

from __future__ import annotations

import re

# An age the asker gives about themself: "27살", "만 27세", "나이는 27".
OWN_AGE = re.compile(r"(?:만\s*)?(\d{2})\s*(?:살|세)(?!\s*(?:이상|이하|미만|초과|까지|부터))|나이[는가]?\s*(\d{2})")
# Employment status, in everyday words -> the catalog's status.
OWN_STATUS: dict[str, tuple[str, ...]] = {
    "미취업": ("백수", "무직", "미취업", "취준", "취업준비", "취업 준비", "구직 중", "구직중", "실업", "퇴사"),
    "재직": ("직장인", "회사원", "재직 중", "재직중", "회사 다니", "회사에 다니"),
    "창업·예비창업": ("창업 준비", "창업했", "창업을 했", "예비창업자", "사장인데", "자영업자", "가게를 운영"),
}
# Groups an asker may say they belong to -> the catalog's group.
OWN_GROUPS: dict[str, tuple[str, ...]] = {
    "여성": ("여성", "여자"),
    "경력단절": ("경력단절", "경단녀", "경력이 끊"),
    "장애인": ("장애인", "장애가 있"),
    "졸업예정": ("졸업예정", "졸업 예정", "졸업반"),
    "대학생": ("대학생", "재학 중", "재학중"),
    "신중년": ("신중년", "중장년"),
    "농어업인": ("농업인", "어업인", "농사"),
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
    "미취업": r"\bunemployed\b|\bjobless\b|\bjob[- ]?seek|\blooking for (?:a )?(?:job|work)\b|\bout of work\b",
    "재직": r"\bI(?:'m| am) (?:employed|working)\b|\boffice worker\b",
    "창업·예비창업": r"\bstart(?:ing)? a business\b|\bfounder\b|\bentrepreneur\b",
}
OWN_GROUPS_EN: dict[str, str] = {
    "여성": r"\b(?:woman|female)\b", "경력단절": r"\bcareer[- ]break", "장애인": r"\bdisab",
    "대학생": r"\b(?:college|university) student\b",
}
LIVES_EN = re.compile(r"\b(?:live|living|based|reside|resident)\b|\bin [A-Z][a-z]+")
# The one missing fact that changes a finder's answer most, in the order to ask for it.
ASK_FOR = {
    "age": "나이를 알려주시면 더 정확히 찾아 드릴게요.",
    "residence": "사는 곳(시군구)을 알려주시면 더 정확히 찾아 드릴게요.",
    "status": "지금 취업 상태(미취업·재직·창업)를 알려주시면 더 정확히 찾아 드릴게요.",
}
