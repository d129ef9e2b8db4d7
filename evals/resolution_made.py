"""A rule-made resolution set: questions about each dev policy that do not write its exact name.

Made from the records' own fields, never from people's questions, so the team may tune on it (like `--slips`):

- described: the policy's place and a few nouns of its own description and support text (`plcyExplnCn`,
  `plcySprtCn`) that its name does not hold, "익산 정장 면접 대여 해주는 거 신청 어떻게 해요?";
- shortened: its name without the generic words (사업, 지원, 프로그램, 청년, a year or round …) and without its
  place, or its most distinctive word alone, with the place in front as a resident would write it;
- yes_no and situation: that shortened name in a yes/no frame ("… 대학생도 신청 돼요?") or a person's situation
  ("저 27살인데 … 받을 수 있어요?").

Every choice (which nouns, which frame, which asking words) comes from a seeded random generator per policy and
kind, so the set is the same on every run.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

from assistant.language.regions import NATIONWIDE, province_short

SEED = 18
KINDS = ("described", "shortened", "yes_no", "situation")
# Words of a program name that say what kind of thing it is, not which one (dropped when a name is shortened)
GENERIC_NAME_WORDS = {
    "사업", "지원", "지원사업", "프로그램", "청년", "청년들", "모집", "공고", "운영", "참여자", "참여", "대상", "추진",
    "신청", "안내", "계획", "및", "등", "위한", "시행", "우리", "지역", "제도", "사업단",
}
# Nouns of a description that describe any program (left out of a described question)
GENERIC_NOUNS = GENERIC_NAME_WORDS | {
    "청년", "지원", "사업", "기반", "도모", "목적", "마련", "제공", "지역", "통해", "위해", "경우", "기간", "이내", "이상",
    "이하", "만원", "최대", "월", "년", "일", "명", "개", "회", "내외", "관내", "해당", "기타", "필요", "활동", "추진",
    "실시", "진행", "확대", "강화", "조성", "구축", "도움", "대한", "관련", "분야", "일부", "전체", "자", "소재", "거주",
    "신청", "대상", "선정", "모집", "운영", "참여", "연계", "향상", "증진", "정착", "안정", "도내", "시내", "군내", "구내",
}
ASKS = ("신청 어떻게 해요?", "누가 받을 수 있어요?", "얼마나 지원돼요?", "문의는 어디로 해요?", "언제까지 신청해요?")
YES_NO = ("대학생도 신청 돼요?", "다른 지역 살아도 신청되나요?", "직장 다니면서도 할 수 있어요?", "사업자 있어도 되나요?")
SITUATIONS = ("저 {age}살인데 {name} 받을 수 있어요?", "{age}살 취준생인데 {name} 신청 가능해요?",
              "지금 {age}살이고 일 안 하는데 {name} 해당되나요?")
NOUN_TAGS = ("NNG", "NNP", "SL")
MIN_NOUNS = 2
RARE_NOUNS = 5  # a described question draws three of the policy's five rarest nouns
YEAR_OR_ROUND = re.compile(r"\(?\d{2,4}\s*년도?\)?|\(?제?\d{1,2}\s*(?:차|기|회차)\)?|\d{4}")
BRACKETED = re.compile(r"[(\[【<「][^()\[\]【】<>「」]*[)\]】>」]")


def place_of(region_names: list[str]) -> str:
    """How a resident names the place a policy runs in: "익산" for 익산시, "울산 북구", "경남" for several cities
    of one province; "" for a nationwide policy or one of several provinces."""
    names = [n for n in region_names if n and n != NATIONWIDE]
    if not names:
        return ""
    provinces = {n.split()[0] for n in names}
    if len(provinces) > 1:
        return ""
    province = province_short(next(iter(provinces)))
    cities = {n.split()[1] for n in names if len(n.split()) > 1}
    if len(cities) != 1:
        return province
    city = next(iter(cities))
    if city.endswith("구"):
        return city if len(city) > 2 else f"{province} {city}"
    stem = city[:-1] if len(city) > 2 and city[-1] in "시군" else city
    return stem


def _compact(text: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]", "", unicodedata.normalize("NFKC", text).lower())


def shortened_names(name: str, place: str, rarity=lambda word: len(word), region_names: tuple[str, ...] = ()) -> list[str]:
    """The ways a person shortens `name`: without its generic words, year, round, figures and place (however the
    name writes it: 경상남도 for 경남, 영도 for 영도구), and its most distinctive word alone (the one `rarity` rates
    highest, of three syllables or more); only forms that differ from the name and keep two syllables or more."""
    bare = YEAR_OR_ROUND.sub(" ", BRACKETED.sub(" ", name))
    places = _place_stems(place, region_names)
    words = [w for w in re.split(r"[\s·‧,/_]+", bare) if w and not re.search(r"\d", w)]
    kept = [w for w in words if w not in GENERIC_NAME_WORDS and not any(p in w or w in p for p in places)]
    kept = [re.sub(r"(지원사업|사업|지원)$", "", w) or w for w in kept]
    forms = []
    if kept:
        forms.append(" ".join(kept))
        head = max(kept, key=rarity)
        if len(re.findall(r"[가-힣]", head)) >= 3:
            forms.append(head)
    whole = _compact(name)
    return [f for f in dict.fromkeys(forms) if len(_compact(f)) >= 2 and _compact(f) != whole]


def _place_stems(place: str, region_names: tuple[str, ...]) -> set[str]:
    """Every way the policy's place may be written in its name: "경남", "경상남도", "창원시", "창원", "영도"."""
    stems = set(place.split()) | {_compact(place)}
    for region in region_names:
        for word in region.split():
            stems |= {word, word[:-1] if len(word) > 2 and word[-1] in "시군구도" else word, province_short(word)}
    return {s for s in stems if len(s) >= 2 and s != NATIONWIDE}


def described_nouns(policy: dict, analyzer) -> list[str]:
    """Nouns of the policy's description and support text that its name does not hold, in order, once each
    (`made_set` keeps the rarest of them among all policies: what sets this program apart)."""
    text = f"{policy.get('plcyExplnCn') or ''}\n{policy.get('plcySprtCn') or ''}"
    name = _compact(policy["plcyNm"])
    out = []
    for token in analyzer.tokens(text):
        form = token.form
        if token.tag not in NOUN_TAGS or len(form) < 2 or form in GENERIC_NOUNS or not re.search(r"[가-힣a-zA-Z]", form):
            continue
        if any(form[i : i + 2] in name for i in range(len(form) - 1)) or form in out:
            continue
        out.append(form)
    return out


def made_set(policies: list[dict], region_names: dict[str, list[str]], analyzer, seed: int = SEED) -> list[dict]:
    """The made questions about every policy (`region_names`: plcyNo -> the names of the places it runs in)."""
    nouns = {p["plcyNo"]: described_nouns(p, analyzer) for p in policies}
    noun_count = Counter(n for found in nouns.values() for n in found)
    name_count = Counter(w for p in policies for w in set(re.split(r"[\s·,/]+", p["plcyNm"])))
    out = []
    for policy in policies:
        rare = sorted(nouns[policy["plcyNo"]], key=lambda n: noun_count[n])[:RARE_NOUNS]
        rare = [n for n in nouns[policy["plcyNo"]] if n in rare]  # in the order the text gives them
        out += made_questions(policy, region_names.get(policy["plcyNo"], []), rare,
                              lambda w: (-name_count[w], len(w)), seed)
    return out


def made_questions(policy: dict, region_names: list[str], nouns: list[str], rarity, seed: int = SEED) -> list[dict]:
    """The made questions about one policy, one per kind it allows: {"id", "plcyNo", "kind", "question"}."""
    number, name = policy["plcyNo"], policy["plcyNm"]
    place = place_of(region_names)
    prefix = f"{place} " if place else ""
    out = []

    def add(kind: str, question: str) -> None:
        out.append({"id": f"made-{kind}-{number}", "plcyNo": number, "kind": kind,
                    "question": re.sub(r"\s+", " ", question).strip()})

    rnd = random.Random(f"{seed}:{number}:described")
    if len(nouns) >= MIN_NOUNS:
        picked = sorted(rnd.sample(nouns, min(3, len(nouns))), key=nouns.index)
        add("described", f"{prefix}{' '.join(picked)} 해주는 거 {rnd.choice(ASKS)}")
    forms = shortened_names(name, place, rarity, tuple(region_names))
    if not forms:
        return out
    rnd = random.Random(f"{seed}:{number}:shortened")
    add("shortened", f"{prefix}{rnd.choice(forms)} {rnd.choice(ASKS)}")
    rnd = random.Random(f"{seed}:{number}:yes_no")
    add("yes_no", f"{prefix}{rnd.choice(forms)} {rnd.choice(YES_NO)}")
    rnd = random.Random(f"{seed}:{number}:situation")
    low, high = _ages(policy)
    age = rnd.randint(low, high)
    add("situation", rnd.choice(SITUATIONS).format(age=age, name=f"{prefix}{rnd.choice(forms)}"))
    return out


def _ages(policy: dict) -> tuple[int, int]:
    """An age the policy admits, as a range to draw from (19-34 when it states none)."""
    try:
        low, high = int(policy.get("sprtTrgtMinAge") or 0), int(policy.get("sprtTrgtMaxAge") or 0)
    except ValueError:
        low, high = 0, 0
    if policy.get("sprtTrgtAgeLmtYn") != "Y" or not 0 < low <= high:
        return 19, 34
    return max(low, 19), max(min(high, 39), max(low, 19))


def same_program_key(name: str) -> str:
    """A policy name without its year and round: rounds of one program share it (any of them is the one meant)."""
    return _compact(YEAR_OR_ROUND.sub(" ", name))
