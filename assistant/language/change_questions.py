"""Questions about what changed: "○○ 사업 작년이랑 뭐가 달라졌어요?", "최근에 바뀐 사업 있어요?".

Only the cue that the question asks about a change; which program it names is found by the engine.
"""

from __future__ import annotations

import re

_CHANGE_VERB = r"(달라|바뀌|바꼈|바뀐|변경|변했|변한|변동|수정|차이)"
CHANGE_CUE = re.compile(
    rf"(뭐|무엇|뭣|어떤\s*(것|게|점)|어디|무슨\s*점)\s*(이|가)?\s*{_CHANGE_VERB}"  # 뭐가 달라졌어요
    rf"|(달라진|바뀐|변경된|변동된|수정된|새로\s*바뀐)\s*(거|것|게|점|사업|프로그램|정책|내용|부분|항목)"  # 바뀐 사업
    r"|변경\s*(사항|내용|점|된)|변동\s*사항"
    rf"|(작년|지난해|전년|예전|이전|지난번)\s*(이랑|하고|과|와|보다|대비|에\s*비해)\S*\s*.*{_CHANGE_VERB}"
    r"|what(\'s| has| is)? changed|any changes",
    re.I,
)
# "최근에 바뀐 사업 있어요?": a list of recent changes, not one program's.
ANY_PROGRAM_CUE = re.compile(r"(바뀐|달라진|변경된|새로\s*생긴|없어진)\s*(사업|프로그램|정책|것|거|게)\s*(이|가|은|는|들)?\s*(있|뭐|무엇|어떤|알려)"
                             r"|(최근|요즘|이번)\S*\s*.*(바뀐|달라진|변경)|any changes", re.I)


def asks_changes(text: str) -> bool:
    """Whether the question asks what changed (in one program, or among all)."""
    return bool(CHANGE_CUE.search(text) or ANY_PROGRAM_CUE.search(text))


def asks_any_change(text: str) -> bool:
    """Whether it asks which programs changed recently, rather than about one it names."""
    return bool(ANY_PROGRAM_CUE.search(text))
