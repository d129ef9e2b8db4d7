"""Korean administrative regions (시도 / 시군구 / 구): codes, names in any common form, and which contains which.

The table is `regions.csv` beside this module (code,name — "41111,경기도 수원시 장안구"), the 시군구
codes of the 온통청년 portal. A code ending in 000 names a whole 시도; a city's districts share its
first four digits (41110 수원시 → 41111 장안구). Residents write places loosely ("의정부", "경기
의정부시", "세종", "수원 장안구"): `resolve` reads all of them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.language.spelling import typed_distance

TABLE_FILE = Path(__file__).with_name("regions.csv")
NATIONWIDE = "전국"
# A code list this long, or covering this share of every 시군구, means "anywhere in Korea".
NATIONWIDE_MIN_CODES = 200
# 시도 suffixes, longest first; what is left is the short form people write ("경기", "서울").
PROVINCE_SUFFIX = re.compile(r"(특별자치시|특별자치도|특별시|광역시|도)$")
LOCAL_SUFFIX = re.compile(r"(시|군|구)$")
# A place as a program's text writes it ("고양시", "경기도", "전국"), in a field's value or a bracket of its title.
PLACE_NAME = re.compile(r"[가-힣]+(시|군|구|도)(?![가-힣])|전국")
# A place's short name written with any 시도 or 시군구 suffix ("의정부" -> "의정부시"): format with stem=re.escape(name).
SUFFIXED_PLACE = r"{stem}(?:특별자치시|특별자치도|특별시|광역시|시|군|구|도)"
# Two-syllable forms of the four 도 whose short name is not their first two syllables.
PROVINCE_SHORT = {"충청북": "충북", "충청남": "충남", "전라남": "전남", "전라북": "전북", "경상북": "경북", "경상남": "경남"}
# Names a renamed 시도 still goes by in documents and residents' words ("강원도" for 강원특별자치도).
FORMER_PROVINCE_NAMES = {"강원특별자치도": ("강원도",), "전북특별자치도": ("전라북도",), "제주특별자치도": ("제주도",)}
# A 특별시 or 광역시 as residents write it with 시 ("서울시", "부산시"): read as the 시도 only where no city has that
# name ("광주시" is 경기도 광주시 on its own, but "광주시 남구" is 광주광역시's)
METROPOLITAN = re.compile(r"(특별시|광역시)$")
# A misspelt place is read only beside the place inside it that confirms it ("광쭈 남구": 광주 holds a 남구) and at
# most this many key slips (jamo) away from the place meant
PLACE_SLIPS = 1
PLACE_WORD = re.compile(r"[가-힣]{2,}")


@dataclass(frozen=True)
class Region:
    """One row of the table, split into its levels; `city` and `district` are "" above that level."""

    code: str
    name: str  # "경기도 수원시 장안구"
    province: str  # "경기도"
    city: str = ""  # "수원시" ("" for a 광역시's 구, which sits right under the 시도)
    district: str = ""  # "장안구"

    @property
    def level(self) -> str:
        if self.district:
            return "district"
        return "city" if self.city else "province"

    @property
    def short(self) -> str:
        """The name used as a municipality elsewhere in the app: "의정부시", "경기도", "수원시 장안구"."""
        if self.level == "province":
            return self.province
        if self.level == "city":
            return self.city
        return f"{self.city} {self.district}" if self.city else f"{self.province} {self.district}"


class RegionTable:
    """Lookup by code or by name in any common form, and containment between regions."""

    def __init__(self, regions: list[Region]):
        self.regions = regions
        self._by_code = {r.code: r for r in regions}
        self._by_form: dict[str, list[Region]] = {}
        for r in regions:
            for form in _forms(r):
                bucket = self._by_form.setdefault(form, [])
                if r not in bucket:
                    bucket.append(r)
        self._outer_forms: list[str] | None = None  # built on first need of a misspelt place
        self._loose: dict[str, list[Region]] = {}  # forms read where no region is so named, or as a containing place
        for r in regions:
            if r.level == "province" and METROPOLITAN.search(r.province):
                self._loose.setdefault(_stem(r.province, PROVINCE_SUFFIX) + "시", []).append(r)

    def by_code(self, code: str) -> Region | None:
        return self._by_code.get(str(code).strip())

    def resolve_all(self, text: str) -> list[Region]:
        """Every region `text` may mean ("중구" is in six cities); [] when it names none."""
        key = re.sub(r"\s+", "", text or "")
        if not key:
            return []
        found = self._by_form.get(key) or self._loose.get(key, [])
        if found:
            return _highest(found)
        # "경기 의정부시", "수원 장안구", "서울시 강남": a containing region first, then the place inside it
        for cut in range(len(key) - 1, 1, -1):
            inside = self._inside(self._outer(key[:cut]), key[cut:])
            if inside:
                return _highest(inside)
        # "광쭈 남구": a containing region misspelt, confirmed by the place inside it
        for cut in range(len(key) - 2, 1, -1):
            inside = [r for form in self._slips_of(key[:cut]) for r in self._inside(self._outer(form), key[cut:])]
            if inside and len({r.code for r in inside}) == 1:
                return inside[:1]
        return []

    def read_places(self, text: str, known=lambda word: False) -> str:
        """`text` with a misspelt place written before the place inside it respelt ("광쭈 남구 …" -> "광주 남구 …");
        a word `known(word)` holds as written, a place name itself, and a slip near two places stay."""
        words = list(PLACE_WORD.finditer(text))
        out, last = [], 0
        for word, after in zip(words, words[1:]):
            written = word.group()
            if written in self._by_form or written in self._loose or known(written):
                continue
            inner = re.sub(r"(에서|에|의|은|는|이|가)$", "", after.group())
            meant = {form for form in self._slips_of(written) if self._inside(self._outer(form), inner)}
            if len(meant) == 1:
                out += [text[last:word.start()], meant.pop()]
                last = word.end()
        return "".join(out) + text[last:]

    def _outer(self, form: str) -> list[Region]:
        return self._by_form.get(form, []) + self._loose.get(form, [])

    def _inside(self, outer: list[Region], form: str) -> list[Region]:
        """The regions named `form` that lie inside one of `outer`."""
        return [r for r in self._by_form.get(form, []) for o in outer if r is not o and self.covers(o, r)]

    def _slips_of(self, word: str) -> list[str]:
        """The names of containing places (시도, cities) a word is a key slip or so from, itself not a name."""
        if len(word) < 2 or word in self._by_form or word in self._loose:
            return []
        if self._outer_forms is None:
            self._outer_forms = [f for f, rs in (*self._by_form.items(), *self._loose.items())
                                 if any(r.level != "district" for r in rs)]
        return [f for f in self._outer_forms if abs(len(f) - len(word)) <= 1 and f[0] == word[0]
                and typed_distance(word, f, PLACE_SLIPS) <= PLACE_SLIPS]

    def resolve(self, text: str) -> Region | None:
        """The one region `text` names, None when it names none or is ambiguous ("중구")."""
        found = self.resolve_all(text)
        return found[0] if len(found) == 1 else None

    def covers(self, outer: Region | str, inner: Region) -> bool:
        """Whether a program for `outer` (a Region, a name, or "전국") admits a resident of `inner`."""
        if isinstance(outer, str):
            if outer.strip() == NATIONWIDE:
                return True
            resolved = self.resolve(outer)
            if resolved is None:
                return False
            outer = resolved
        if outer.province != inner.province:
            return False
        if outer.level == "province":
            return True
        if outer.level == "city":
            # 세종: the 시도 and its one 시군구 are the same place
            return inner.city == outer.city or (outer.city == outer.province and inner.level == "province")
        return inner.code == outer.code

    def describe(self, codes: list[str]) -> list[str]:
        """Short names for a list of codes: ["전국"], a whole 시도 as its name, a whole city as its
        name (listed by its code or by all of its districts), else each place."""
        listed = {r.code for r in (self.by_code(c) for c in codes) if r is not None}
        units = self._units()
        covered = {key for key, members in units.items() if key in listed or (members and all(m in listed for m in members))}
        if len(listed) >= NATIONWIDE_MIN_CODES or len(covered) >= 0.9 * len(units):
            return [NATIONWIDE]
        names: list[str] = []
        for code in [c.strip() for c in codes]:
            region = self.by_code(code)
            if region is None:
                continue
            province_units = [k for k in units if self._by_code[k].province == region.province]
            if region.level == "province" or all(k in covered for k in province_units):
                name = region.province
            elif region.level == "district" and region.city and self._city_code(region) in covered:
                name = region.city
            else:
                name = region.short
            if name not in names:
                names.append(name)
        return names

    def place(self, name: str) -> Region | None:
        """The one place a stored municipality means ("수원시" and "경기도 수원시" are the same Region); None for
        "전국", an unknown name, or a bare district several cities share ("중구")."""
        return None if not name or name.strip() == NATIONWIDE else self.resolve(name)

    def place_choices(self, names: list[str]) -> list[str]:
        """Each place the names mean, once, by its full name ("경기도 수원시", never a bare "중구"), in table order
        (a 시도 before its cities); "전국" first when listed. Names that mean no one place are left out."""
        places = {r.code: r for r in (self.place(n) for n in names) if r is not None}
        ordered = [places[code].name for code in sorted(places)]
        return ([NATIONWIDE] if any(n.strip() == NATIONWIDE for n in names) else []) + ordered

    def names_within(self, place: str, names: list[str]) -> list[str]:
        """The stored names that lie inside `place`: a 시도 holds its cities and districts, a city its districts
        ("경기도" -> "경기도", "수원시", "경기도 수원시", "수원시 장안구"); "전국" only itself."""
        if place.strip() == NATIONWIDE:
            return [n for n in names if n.strip() == NATIONWIDE]
        outer = self.place(place)
        if outer is None:
            return [n for n in names if n.strip() == place.strip()]
        return [n for n in names if (inner := self.place(n)) is not None and self.covers(outer, inner)]

    def _units(self) -> dict[str, list[str]]:
        """Every place a 시도 is made of (cities, and a 광역시's 구 and 군) -> the codes of its districts."""
        units: dict[str, list[str]] = {}
        for r in self.regions:
            if r.level == "city" or (r.level == "district" and not r.city):
                units.setdefault(r.code, [])
        for r in self.regions:
            if r.level == "district" and r.city:
                units.setdefault(self._city_code(r), []).append(r.code)
        return units

    def _city_code(self, district: Region) -> str:
        return next(r.code for r in self.regions if r.level == "city" and r.city == district.city
                    and r.province == district.province)


@lru_cache(maxsize=1)
def load_regions(path: Path = TABLE_FILE) -> RegionTable:
    """The shipped code table, read once."""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    regions = [_region(row["code"].strip(), row["name"].strip()) for row in rows if row.get("code")]
    cities = {(r.province, r.city) for r in regions if r.level == "city"}
    for r in list(regions):  # a city the table knows only by its districts (청주시: 43111…43114)
        if r.level == "district" and r.city and (r.province, r.city) not in cities:
            cities.add((r.province, r.city))
            regions.append(Region(r.code[:4] + "0", f"{r.province} {r.city}", r.province, r.city))
    return RegionTable(regions)


def _region(code: str, name: str) -> Region:
    parts = name.split()
    province = parts[0]
    if len(parts) == 1:
        # a 시도 row (41000), or the one 시군구 row of a 시도 without cities (36110 세종특별자치시)
        return Region(code, name, province) if code.endswith("000") else Region(code, name, province, name)
    if len(parts) == 2 and parts[1].endswith("구") and code[2:] != "000" and not province.endswith("도"):
        return Region(code, name, province, "", parts[1])  # a 광역시's 구
    if len(parts) == 2:
        return Region(code, name, province, parts[1])
    return Region(code, name, province, parts[1], parts[2])


def _stem(name: str, suffix: re.Pattern) -> str:
    stem = suffix.sub("", name)
    return stem if len(stem) >= 2 else name


def province_short(province: str) -> str:
    """"충청북도" -> "충북", "서울특별시" -> "서울", "경기도" -> "경기"."""
    stem = _stem(province, PROVINCE_SUFFIX)
    return PROVINCE_SHORT.get(stem, stem)


def _forms(r: Region) -> set[str]:
    """Every compact spelling that names `r` on its own."""
    provinces = (r.province, province_short(r.province), *FORMER_PROVINCE_NAMES.get(r.province, ()))
    if r.level == "province":
        forms = {*provinces, _stem(r.province, PROVINCE_SUFFIX)}
        if r.province.endswith("특별자치시"):  # "세종시"
            forms.add(_stem(r.province, PROVINCE_SUFFIX) + "시")
        return forms
    own = r.district or r.city
    forms = {own, _stem(own, LOCAL_SUFFIX), r.name.replace(" ", "")}
    if r.level == "district" and r.city:
        for city in (r.city, _stem(r.city, LOCAL_SUFFIX)):
            forms |= {city + r.district, city + _stem(r.district, LOCAL_SUFFIX)}
    for province in provinces:
        forms |= {province + own, province + _stem(own, LOCAL_SUFFIX)}
    return forms


def _highest(regions: list[Region]) -> list[Region]:
    """Prefer the widest level: "세종" is the 시도, not its one 시군구 row of the same name."""
    rank = {"province": 0, "city": 1, "district": 2}
    best = min(rank[r.level] for r in regions)
    return [r for r in regions if rank[r.level] == best]
