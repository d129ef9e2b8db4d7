"""What shape of answer a question wants: several places compared, a list of what there is, or a contact.

The cues only pick the shape; what is said still comes from the passages.
"""

from __future__ import annotations

import re

from assistant.language.names import program_names

# "… 도와주는 데 있어요?", "… 뭐 있어요?", "어디어디", "어떤 프로그램": a list of the programs and places named; not
# "… 창작공간 있다던데 어디서 신청해요?", "… 대주는 프로그램 있잖아요": what one has heard there is, told to ask
# about that one
HEARSAY = r"(?!다?\s*던데|다는데|다고|다면서|다며|다길래|던데|잖)"
_WHAT = r"(프로그램|사업|지원|곳|데|거|게|것|기관|센터|정책|제도|시설|공간)(?=[^가-힣]|$|[을를이가은는에도](?:[^가-힣]|$))"
BROAD_CUE = re.compile(
    r"도와\s*주는\s*(데|곳)|도움\s*(받을|주는|되는)\s*(데|곳)|(뭐|무엇|뭣)\s*(가|이)?\s*있|어디\s*어디"
    rf"|어떤\s*([가-힣]+\s+)?{_WHAT}|무슨\s*([가-힣]+\s+)?{_WHAT}"
    rf"|(데|곳|프로그램|센터|사업|지원|제도|정책|시설|공간|기관)\s*(가|이|는|도)?\s*(있|없){HEARSAY}"
    r"|are there any|is there any|what (\w+ )?(programs|services|centers) (are|is|does|do|exist)",
    re.I,
)
# "신청서류 뭐뭐 있어?", "혜택은 뭐가 있나요?": a detail of one program asked by the kind it is of, not a list of programs.
ASKS_A_DETAIL = re.compile(r"(서류|혜택|조건|자격|요건|준비물|제출물|지원\s*내용)\s*(은|는|이|가|로|으로)?\s*(뭐|무엇|뭣)")
# "대상을 받은 도시는 어디어디?": the question asks which places, not what there is in one.
ASKS_WHICH_PLACE = re.compile(r"(도시|지역|지자체|자치구|시|군|구)(는|가|은|이|를|을)?\s*(어디|어느)|which (city|cities|district)", re.I)

# A follow-up asking how to reach someone: answered with the links and offices the passages name.
CONTACT_CUE = re.compile(
    r"전화|연락|번호|메일|홈페이지|사이트|누리집|문의|어떻게\s*신청|신청\s*방법|phone|contact|e-?mail|website|how (do|can) I apply",
    re.I,
)


def compares_places(question) -> bool:
    """Whether the question names several places: each is answered on its own ("각각", "A랑 B 중에", "비교")."""
    return len(question.places) > 1


def asks_overview(question, specific_types: set[str]) -> bool:
    """Whether the question asks what there is (programs, centers, places) in general: not a figure, a
    condition, which cities, or something about one program it names ("K-Move 스쿨은 어떤 과정…").

    Situations ("27살 백수인데…") never get here: the eligibility finder answers them first (engine).
    """
    if question.answer_type in specific_types or ASKS_WHICH_PLACE.search(question.text) or ASKS_A_DETAIL.search(question.text):
        return False
    return bool(BROAD_CUE.search(question.text)) and not program_names(question.text)


def asks_contact(question) -> bool:
    return question.answer_type == "phone" or bool(CONTACT_CUE.search(question.text))
