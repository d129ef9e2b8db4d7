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
# Where the asker lives: a place word followed by one of these ("의정부 사는", "수원에서", "강남구 거주").
RESIDENCE_AFTER = re.compile(r"([가-힣]{2,10}(?:\s[가-힣]{2,6})?)\s*(?:에\s*)?(?:사는|살고|거주|에서|에 살|인데|사람)")
# The question asks what the asker can get, not a fact about one program.
WHAT_CAN_I = re.compile(
    r"뭐\s*(?:신청|받|할\s*수|있)|무엇을?\s*(?:신청|받)|어떤\s*(?:지원|사업|혜택|정책)|"
    r"(?:신청|지원|받을)\s*수\s*있는\s*(?:게|것|거|지원|사업|혜택|정책)|해당(?:되는|하는)\s*(?:지원|사업|정책)"
)
# The asker says where they live (a place alone is the topic of the question, not their residence).
LIVES = re.compile(r"사는|살고|살아|거주|에\s*살")
# The one missing fact that changes a finder's answer most, in the order to ask for it.
ASK_FOR = {
    "age": "나이를 알려주시면 더 정확히 찾아 드릴게요.",
    "residence": "사는 곳(시군구)을 알려주시면 더 정확히 찾아 드릴게요.",
    "status": "지금 취업 상태(미취업·재직·창업)를 알려주시면 더 정확히 찾아 드릴게요.",
}
