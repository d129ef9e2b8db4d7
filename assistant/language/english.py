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
    ("period", re.compile(r"\bwhen\b|\bdeadline\b|\bapplication period\b|\buntil\b|\bclos(?:e|es|ing)\b", re.I),
     " 신청 기간은 언제예요?"),
    ("age", re.compile(r"\bhow old\b|\bage\b", re.I), "은 몇 살까지 신청할 수 있어요?"),
    ("apply", re.compile(r"\bhow (?:do|can|should) (?:I|we|you) (?:apply|sign up|register)\b|\bhow to apply\b|"
                         r"\bwhere (?:do|can|should) (?:I|we|you) (?:apply|sign up|register)\b|\bwhere to apply\b", re.I),
     "은 어떻게 신청해요?"),
    ("documents", re.compile(r"\bdocuments?\b|\bpaperwork\b|\bwhat (?:do|should) I (?:need to )?submit\b", re.I),
     " 제출 서류는 뭐예요?"),
    ("contact", re.compile(r"\bcontact\b|\bphone\b|\bwho (?:do|should|can) I (?:call|ask)\b", re.I), " 문의처는 어디예요?"),
    ("count", re.compile(r"\bhow many (?:people|places|participants|persons)\b", re.I), "은 몇 명 뽑아요?"),
    ("eligibility", re.compile(r"\bwho can\b|\beligib|\bwho is it for\b|\bwho (?:may|is allowed to) apply\b", re.I),
     "은 누가 신청할 수 있어요?"),
)
# A yes/no question whether the asker meets a condition of a program: "Can a 35-year-old apply for …?", "Can I apply
# for … if I'm 45?", "Can I apply if I live outside Seoul?" (the program the conversation is about).
ASKS_IF_I_CAN_EN = re.compile(r"\b(?:can|could|may) (?:I|a|an|someone|we)\b|\bam I (?:eligible|allowed)\b|"
                              r"\bis it (?:open|available) to\b", re.I)
LIVES_OUTSIDE_EN = re.compile(r"\b(?:live|living|lives|reside|residing|based)\b[^?]*?\b(?:outside(?: of)?|not in|"
                              r"elsewhere|in another|in a different)\b|\bdon'?t live in\b|\bnon-residents?\b", re.I)
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
NOTES_EN = ((r"^온통청년 자료 기준일 (.+) \(그 뒤에 바뀌었을 수 있습니다\)$", r"Youth portal (온통청년) data as of \1 (it may have changed since)."),
            # answer/refusals.py CHECKED_KO: the page a "its document does not say" refusal read
            (r"^확인한 문서: (.+?) — (.+)$", r"Document read: \1 (원문) — \2"))
# The Korean verdict on an asked age (language/fields.py AGE_VERDICT_KO) -> English, leading the answer.
AGE_VERDICTS_EN = (
    (r"^'(.+)' 대상이라 (\d+)(?:살|세)[은는] 나이 조건에 들어갑니다$",
     r"Yes, by age — a \2-year-old is within the age limit '\1' (원문)"),
    (r"^'(.+)' 대상이라 (\d+)(?:살|세)[은는] 해당하지 않습니다$",
     r"No, by age — a \2-year-old is outside the age limit '\1' (원문)"),
)
RESIDENCE_WORD = "거주"  # a line that states where applicants must live says 거주 ("경기도 거주 청년", "거주지: …")
RESIDENCE_FRAMES_EN = {
    "only_there": "No — the document limits it to residents of {place}",
    "stated": "Check where you live — the document states a residence condition",
    "unstated": "The document does not say where applicants must live; check with the office before applying",
}
FIELD_LABEL_EN = {"age_check": "Age limit", "residence_check": "Who can apply", "amount": "Amount", "period": "Application period", "age": "Age limit", "apply": "How to apply",
                  "documents": "Documents to submit", "contact": "Contact", "count": "Number of places",
                  "eligibility": "Who can apply"}
HANGUL = re.compile(r"[가-힣]")
# Words only an English sentence is built with (a Korean question naming "K-Move IT 과정" has none of them).
ENGLISH_FRAME = re.compile(r"\b(?:what|how|when|where|who|whom|which|why|is|are|does|do|did|can|could|tell|about|the|"
                           r"for|of|I|me|my)\b", re.I)
# A Korean name inside an English question: Hangul words with the digits, dots and spaces between them.
KOREAN_NAME = re.compile(r"[가-힣0-9][가-힣0-9‧·.\s]*[가-힣0-9]|[가-힣]")
# Words that frame a detail question without naming anything ("How much is the … in …?"): a detail question with
# any other word ("Who can move into Suwon's startup support center?") is left to the English pipeline, which
# reads all of it.
FRAME_WORDS_EN = set(
    "how much many is are was the a an in of for at to do does did can could i we you my our it its what when who "
    "which where until deadline application period apply applying old age limit documents document paperwork contact "
    "phone call should is it there s won amount people places participants persons eligible eligibility whom get "
    "youth young have has be need needed required require requirements submit about close closes closing sign up "
    "register may allowed m am if years year yrs aged someone live living lives reside residing based outside not "
    "elsewhere another different non resident residents don t ask support supports join offer offers provide "
    "provides receive take takes select selects".split())

ENGLISH_WORD = re.compile(r"[a-z]{3,}")
# ... and the words that frame any English question, which the Korean terms need not hold.
QUESTION_FRAME_EN = FRAME_WORDS_EN | set(
    "and or but that this these those there their they them with from into than also any anything some something all "
    "more most less best better worse good against compare list show give gives tell know please want like kind kinds "
    "type types way ways one ones name named number run runs find was were been will would "
    # prepositions, auxiliaries and everyday verbs: they carry no detail a document must state
    "through via per each every across after before during between within without over under out off down "
    "got gets getting made make makes use used using goes went going come came took taken helped "
    "has had having done doing being just only even still ever yet now then here such same own very really".split())


def unread_words(text: str) -> list[str]:
    """The content words of an English question that neither the glossary nor a place name reads ("monthly",
    "allowance", "tokyo"): what it asks about that the Korean terms searched and matched leave out."""
    low = KOREAN_NAME.sub(" ", text).lower()
    for phrase in sorted({*GLOSSARY, *PLACES_EN}, key=len, reverse=True):
        low = re.sub(rf"\b{re.escape(phrase)}\w*", " ", low)
    return [w for w in ENGLISH_WORD.findall(low) if w not in QUESTION_FRAME_EN]


def asked_in_korean(text: str) -> tuple[str, str] | None:
    """(the Korean question, what it asks: "programs" or a detail's kind) for an English question of a shape the
    Korean pipeline answers; None for Korean text or any other English question (answered as it is)."""
    if not text or len(re.findall(r"[A-Za-z]", text)) < 4:
        return None
    named = _korean_name(text)  # "How old can I be to join 서울 매력일자리?": the program as the documents write it
    if HANGUL.search(text) and named is None:
        return None
    lowered = (text.replace(named, " ") if named else text).lower()
    places = [_place(PLACES_EN[w]) for w in re.findall(r"[a-z]+", lowered) if w in PLACES_EN]
    place = "" if named else (places[0] if places else "")
    program = named or _program(lowered)
    condition = _condition(text, place, program, lowered)
    if condition is not None:
        return condition
    if ASKS_PROGRAMS_EN.search(text):
        age = cues.OWN_AGE_EN.search(text)
        status = next((s for s, p in cues.OWN_STATUS_EN.items() if re.search(p, text, re.I)), None)
        about = [f"{place}에 사는" if place else "", f"{next(g for g in age.groups() if g)}살" if age else "",
                 STATUS_KO[status] if status else ""]
        if not any(about):
            return None  # nothing about the asker: not a list for someone
        closed = " 마감된 사업도" if CLOSED_TOO_EN.search(text) else ""
        return " ".join(w for w in about if w) + f"인데{closed} 신청할 수 있는 {_topic(lowered) or '일자리'} 사업 뭐 있어요?", "programs"
    if not program or _other_words(lowered):
        return None
    for kind, pattern, ending in DETAIL_ASKS_EN:
        if pattern.search(text):
            return (f"{place} " if place else "") + program + _particle(program, ending), kind
    return None


def _condition(text: str, place: str, program: str, lowered: str) -> tuple[str, str] | None:
    """(the Korean question, "age_check" or "residence_check") for a yes/no question whether the asker's age or home
    meets a program's condition; without a named program it asks about the program the conversation is about."""
    if not ASKS_IF_I_CAN_EN.search(text) or (program and _other_words(lowered)):
        return None
    if not program and (_other_words(lowered) or not re.search(r"\bif\b", lowered)):
        return None  # "I'm 27 in Suwon, can I apply?" asks what to apply for; "Can I apply if I'm 35?" asks a condition
    named = (f"{place} " if place and program else "") + (f"{program}{_particle(program, '은')} " if program else "")
    age = cues.OWN_AGE_EN.search(text)
    if age:
        return f"{named}{next(g for g in age.groups() if g)}살도 신청할 수 있어요?", "age_check"
    if LIVES_OUTSIDE_EN.search(text):
        return f"{named}누가 신청할 수 있어요?" if program else "신청 대상은 누구예요?", "residence_check"
    return None


def english_around_korean(text: str) -> bool:
    """Whether a question is English written around Korean names ("Tell me about 서울 매력일자리"): more Latin letters
    than Hangul syllables, some of each. The Korean pipeline reads it as Korean, so its answer needs the English frame."""
    latin, hangul = len(re.findall(r"[A-Za-z]", text or "")), len(HANGUL.findall(text or ""))
    return hangul > 0 and latin >= 4 and latin >= hangul and bool(ENGLISH_FRAME.search(text))


def _particle(name: str, ending: str) -> str:
    """`ending` after `name` with the topic particle its last syllable takes: 은 after a final consonant, else 는
    ("면접수당은", "매력일자리는")."""
    if not ending.startswith("은"):
        return ending
    last = name.rstrip()[-1:]
    vowel_final = "가" <= last <= "힣" and (ord(last) - ord("가")) % 28 == 0
    return ("는" if vowel_final else "은") + ending[1:]


def _korean_name(text: str) -> str | None:
    """The one Korean stretch an English question names a program by ("광주‧전남 합동 채용설명회"); None when the
    question is not English around one Korean name (Korean text, or several Korean stretches)."""
    stretches = [m.strip() for m in KOREAN_NAME.findall(text) if HANGUL.search(m)]
    latin = len(re.findall(r"[A-Za-z]", re.sub(KOREAN_NAME, " ", text)))
    if len(stretches) != 1 or latin < len(re.findall(r"[가-힣]", text)):
        return None
    return stretches[0]


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


def place_left(text: str) -> tuple[str, str] | None:
    """(the place as the question writes it, its Korean name) that a "live outside …" question says the asker is
    not in ("outside Seoul" -> ("Seoul", "서울특별시")); None when it names none."""
    found = LIVES_OUTSIDE_EN.search(text)
    if not found:
        return None
    for word in re.findall(r"[A-Za-z]+", text[found.end():]):
        if word.lower() in PLACES_EN:
            return word, _place(PLACES_EN[word.lower()])
    return None


def age_verdict(sentence: str) -> str | None:
    """The English verdict for the Korean one on an asked age; None when `sentence` is not one."""
    for pattern, english in AGE_VERDICTS_EN:
        if re.match(pattern, sentence):
            return re.sub(pattern, english, sentence)
    return None


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
