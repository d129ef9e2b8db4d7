"""English questions in the documents' words, and the English frame around an answer's Korean lines.

The sources are Korean, so an English question that asks what the Korean pipeline answers well (the programs
someone can apply for; a detail of a named program) is put into the Korean question a resident would ask; the
answer keeps its cited Korean lines, marked (원문), inside English labels and verdicts.
"""

from __future__ import annotations

import re

from assistant.language import situations as cues
from assistant.language.glossary import GLOSSARY, PLACES_EN, PROGRAM_TERMS_EN
from assistant.language.regions import load_regions

ORIGINAL_MARK = "(원문)"  # a Korean line quoted as the document writes it
# "What job programs can a 25-year-old in Seoul apply for?", "Which support can I get?"
ASKS_PROGRAMS_EN = re.compile(
    r"\b(?:what|which)\b[^?]*\b(?:programs?|programmes?|support|benefits?|schemes?|help|jobs?)\b[^?]*"
    r"\b(?:apply|get|join|eligible|qualify|receive)\b|" + cues.WHAT_CAN_I_EN.pattern, re.I)
CLOSED_TOO_EN = re.compile(r"\b(?:including|also|with|even) (?:the )?closed\b|\bclosed ones\b", re.I)
# A detail asked of a program -> how a resident asks it in Korean (after the program's name).
DETAIL_ASKS_EN = (
    ("amount", re.compile(r"\bhow much\b|\bamount\b|\bhow many won\b", re.I), "은 얼마예요?"),
    ("period", re.compile(r"\bwhen\b|\bdeadline\b|\bapplication period\b|\buntil\b", re.I), " 신청 기간은 언제예요?"),
    ("age", re.compile(r"\bhow old\b|\bage\b", re.I), "은 몇 살까지 신청할 수 있어요?"),
    ("apply", re.compile(r"\bhow (?:do|can|should) (?:I|we|you) apply\b|\bhow to apply\b", re.I), "은 어떻게 신청해요?"),
    ("documents", re.compile(r"\bdocuments?\b|\bpaperwork\b", re.I), " 제출 서류는 뭐예요?"),
    ("contact", re.compile(r"\bcontact\b|\bphone\b|\bwho (?:do|should) I call\b", re.I), " 문의처는 어디예요?"),
    ("count", re.compile(r"\bhow many (?:people|places|participants|persons)\b", re.I), "은 몇 명 뽑아요?"),
    ("eligibility", re.compile(r"\bwho can\b|\beligib|\bwho is it for\b", re.I), "은 누가 신청할 수 있어요?"),
)
STATUS_KO = {"미취업": "미취업", "재직": "직장인", "대학생": "대학생", "고등학생": "고등학생", "예비창업": "창업 준비 중",
             "창업": "창업했고"}
# The answer's Korean frame -> English (program lists, their states and verdicts, the lines under a list).
STATES_EN = (
    (r"신청 기간 미상", "application period not stated"), (r"상시 신청", "open all year"), (r"신청 중", "open"),
    (r"신청 예정", "opens soon"), (r"(\d{4})년 기준 — 올해 운영 여부 확인", r"as of \1 — check it runs this year"),
    (r"마감 \((\d{4})년\)", r"closed (\1)"), (r"마감", "closed"), (r"조건 충족", "conditions met"),
    (r"조건 확인 필요", "conditions to check"), (r"해당 안 됨", "not eligible"),
)
CHECKS_EN = (
    (r"^신청 대상·방법이 문서에 없어 확인 필요$", "who may apply and how is not in the document: check"),
    (r"^취업 상태 확인 필요 \(대상: (.+)\)$", r"check your employment status (for: \1 (원문))"),
    (r"^나이 확인 필요.*$", "check the age limit"), (r"^거주지 확인 필요.*$", "check where residents qualify"),
    (r"^거주지를 알려주시면 확인 필요 \(대상 지역: (.+)\)$", r"tell me where you live to check (for residents of: \1 (원문))"),
    (r"^확인 필요: (.+)$", r"check: \1 (원문)"),
)
LINES_EN = (
    (r"^(\d+)개 더 보기: '맞춤 사업 찾기' 탭에서 전체 목록을 볼 수 있어요\.$",
     r"\1 more: see the full list in the '맞춤 사업 찾기' (program finder) tab."),
    (r"^마감된 사업 (\d+)개는 목록에서 뺐어요.*$",
     r"\1 closed programs are left out (ask again 'including closed' to see them)."),
    (r"^나이를 알려주시면 더 정확히 찾아 드릴게요\.$", "Tell me your age for a closer match."),
    (r"^사는 곳\(시군구\)을 알려주시면 더 정확히 찾아 드릴게요\.$", "Tell me where you live (city or district) for a closer match."),
    (r"^지금 상태\(.*\)를 알려주시면 더 정확히 찾아 드릴게요\.$",
     "Tell me whether you are unemployed, employed, starting or running a business, or a high-school or university "
     "student for a closer match."),
)
NOTES_EN = ((r"^온통청년 자료 기준일 (.+) \(그 뒤에 바뀌었을 수 있습니다\)$", r"Youth portal (온통청년) data as of \1 (it may have changed since)."),)
FIELD_LABEL_EN = {"amount": "Amount", "period": "Application period", "age": "Age limit", "apply": "How to apply",
                  "documents": "Documents to submit", "contact": "Contact", "count": "Number of places",
                  "eligibility": "Who can apply"}
HANGUL = re.compile(r"[가-힣]")
# Words that frame a detail question without naming anything ("How much is the … in …?"): a detail question with
# any other word ("Who can move into Suwon's startup support center?") is left to the English pipeline, which
# reads all of it.
FRAME_WORDS_EN = set(
    "how much many is are was the a an in of for at to do does did can could i we you my our it its what when who "
    "which where until deadline application period apply applying old age limit documents document paperwork contact "
    "phone call should is it there s won amount people places participants persons eligible eligibility whom get "
    "youth young".split())


def asked_in_korean(text: str) -> tuple[str, str] | None:
    """(the Korean question, what it asks: "programs" or a detail's kind) for an English question of a shape the
    Korean pipeline answers; None for Korean text or any other English question (answered as it is)."""
    if not text or HANGUL.search(text) or len(re.findall(r"[A-Za-z]", text)) < 4:
        return None
    lowered = text.lower()
    places = [_place(PLACES_EN[w]) for w in re.findall(r"[a-z]+", lowered) if w in PLACES_EN]
    place = places[0] if places else ""
    if ASKS_PROGRAMS_EN.search(text):
        age = cues.OWN_AGE_EN.search(text)
        status = next((s for s, p in cues.OWN_STATUS_EN.items() if re.search(p, text, re.I)), None)
        about = [f"{place}에 사는" if place else "", f"{next(g for g in age.groups() if g)}살" if age else "",
                 STATUS_KO[status] if status else ""]
        if not any(about):
            return None  # nothing about the asker: not a list for someone
        closed = " 마감된 사업도" if CLOSED_TOO_EN.search(text) else ""
        return " ".join(w for w in about if w) + f"인데{closed} 신청할 수 있는 {_topic(lowered) or '일자리'} 사업 뭐 있어요?", "programs"
    program = _program(lowered)
    if not program or _other_words(lowered):
        return None
    for kind, pattern, ending in DETAIL_ASKS_EN:
        if pattern.search(text):
            return (f"{place} " if place else "") + program + ending, kind
    return None


def _other_words(lowered: str) -> list[str]:
    """The words of a detail question that are neither frame words, a place nor the program's name."""
    named = " ".join(t for t in PROGRAM_TERMS_EN if re.search(rf"\b{re.escape(t)}\b", lowered))
    known = FRAME_WORDS_EN | set(PLACES_EN) | set(re.findall(r"[a-z]+", named))
    return [w for w in re.findall(r"[a-z]+", lowered) if w not in known]


def _place(name: str) -> str:
    """A glossary place by its full name ("서울시" -> "서울특별시"), as the Korean pipeline reads it best."""
    regions = load_regions()
    region = regions.resolve(name) or regions.resolve(name.removesuffix("시"))
    return region.name if region is not None else name


def _program(lowered: str) -> str:
    """The program an English question names, in the documents' words ("interview allowance" -> "면접수당")."""
    for term in sorted(PROGRAM_TERMS_EN, key=len, reverse=True):
        if re.search(rf"\b{re.escape(term)}\b", lowered):
            return PROGRAM_TERMS_EN[term]
    return ""


def _topic(lowered: str) -> str:
    """A kind of program the list asks for ("startup programs" -> 창업), "" when it names only jobs in general."""
    program = _program(lowered)
    if program:
        return program
    for word in ("startup", "start-up", "entrepreneur", "training", "internship", "overseas"):
        if re.search(rf"\b{word}", lowered):
            return GLOSSARY.get(word, "")
    return ""


def english_line(line: str) -> str:
    """One line of a Korean answer in its English frame: a list line's name and benefit marked (원문) with its state
    and check in English, the lines under a list in English, any other line with Korean marked (원문)."""
    for pattern, english in LINES_EN:
        if re.match(pattern, line):
            return re.sub(pattern, english, line)
    if line.startswith("• "):
        return _list_line(line)
    return f"{ORIGINAL_MARK} {line}" if HANGUL.search(line) else line


def english_note(note: str) -> str:
    for pattern, english in NOTES_EN:
        if re.match(pattern, note):
            return re.sub(pattern, english, note)
    return f"{ORIGINAL_MARK} {note}" if HANGUL.search(note) else note


def field_frame(kind: str, line: str) -> str:
    """A field answer's line under its English label: "Amount — the document says (원문): 지원내용: … [1]"."""
    label = FIELD_LABEL_EN.get(kind)
    if not label or not HANGUL.search(line):
        return line
    return f"{label} — the document says {ORIGINAL_MARK}: {line}"


def _list_line(line: str) -> str:
    """'• 이름 — 지원 내용 (상태) · 확인 필요: … [1] [2]' -> '• 이름 — 지원 내용 (원문) — state; check … [1] [2]'."""
    markers = re.search(r"((?:\s*\[\d+\])*)$", line)
    refs = markers.group(1) if markers else ""
    body = line[2 : len(line) - len(refs)] if refs else line[2:]
    head, _, check = body.partition(" · ")
    found = re.match(r"^(.*) \(([^()]*(?:\([^()]*\))?[^()]*)\)$", head)
    quoted, state = (found.group(1), found.group(2)) if found else (head, "")
    parts = [f"• {quoted} {ORIGINAL_MARK}"]
    if state:
        parts.append(_states(state))
    checks = [_check(c) for c in check.split(" · ")] if check else []
    return " — ".join(parts) + ("; " + "; ".join(checks) if checks else "") + refs


def _states(state: str) -> str:
    out = []
    for piece in state.split(" · "):
        for pattern, english in STATES_EN:
            if re.search(pattern, piece):
                piece = re.sub(pattern, english, piece)
                break
        else:
            piece = f"{piece} {ORIGINAL_MARK}" if HANGUL.search(piece) else piece
        out.append(piece)
    return " · ".join(out)


def _check(reason: str) -> str:
    for pattern, english in CHECKS_EN:
        if re.match(pattern, reason):
            return re.sub(pattern, english, reason)
    return f"check: {reason} {ORIGINAL_MARK}" if HANGUL.search(reason) else reason
