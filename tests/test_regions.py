"""Region table: residents' spellings resolve, programs of a wider region admit residents inside it."""

import pytest

from assistant.language.regions import NATIONWIDE, load_regions


@pytest.fixture(scope="module")
def table():
    return load_regions()


@pytest.mark.parametrize("spelling", ["의정부", "의정부시", "경기 의정부시", "경기도 의정부시", "경기도의정부시"])
def test_common_spellings_of_a_city_resolve_to_it(table, spelling):
    assert table.resolve(spelling).name == "경기도 의정부시"


def test_sejong_and_bare_metropolitan_names_resolve_to_the_province(table):
    assert table.resolve("세종").province == "세종특별자치시"
    assert table.resolve("세종특별자치시").level == "province"
    assert table.resolve("서울").name == "서울특별시"
    assert table.resolve("충북").name == "충청북도"


def test_an_ambiguous_district_needs_its_city(table):
    assert table.resolve("중구") is None
    assert len(table.resolve_all("중구")) > 1
    assert table.resolve("서울 중구").name == "서울특별시 중구"
    assert table.resolve("없는동네") is None


def test_a_city_known_only_by_its_districts_still_resolves(table):
    assert table.resolve("청주").name == "충청북도 청주시"


def test_containment_province_city_district(table):
    resident = table.resolve("수원 장안구")
    assert table.covers("경기도", resident)
    assert table.covers("수원시", resident)
    assert table.covers(NATIONWIDE, resident)
    assert not table.covers("의정부시", resident)
    assert not table.covers("충청북도", resident)
    assert table.covers(table.by_code("36110"), table.resolve("세종"))


def test_describe_collapses_whole_provinces_and_the_nation(table):
    gyeongbuk = [r.code for r in table.regions if r.province == "경상북도" and r.level == "city"]
    assert table.describe(gyeongbuk) == ["경상북도"]
    everywhere = [r.code for r in table.regions if r.level != "province"]
    assert table.describe(everywhere) == [NATIONWIDE]
    changwon = [r.code for r in table.regions if r.city == "창원시" and r.level == "district"]
    assert table.describe(changwon) == ["창원시"]
    assert table.describe(["41150", "41110"]) == ["의정부시", "수원시"]


@pytest.mark.parametrize("spelling, name", [
    ("세종시", "세종특별자치시"),
    ("강원도", "강원특별자치도"),
    ("전라북도", "전북특별자치도"),
    ("제주도", "제주특별자치도"),
    ("강원도 춘천시", "강원특별자치도 춘천시"),
    ("전라북도 전주시", "전북특별자치도 전주시"),
])
def test_sejong_written_as_si_and_former_province_names_resolve(table, spelling, name):
    assert table.resolve(spelling).name == name


def test_a_document_naming_a_province_by_its_former_name_reads_as_it(table):
    from assistant.programs.pages import places_in

    assert places_in("강원도 거주 청년", table) == ["강원특별자치도"]
    assert places_in("세종시 거주자", table) == ["세종특별자치시"]


# ---- one name per place (the counselors' 지역 filter) ------------------------------------------------------


def test_each_place_is_offered_once_by_its_full_name():
    table = load_regions()
    stored = ["수원시", "경기도 수원시", "경주시", "경상북도 경주시", "서귀포시", "제주특별자치도 서귀포시", "중구",
              "울산광역시 중구", "경기도", "전국"]
    choices = table.place_choices(stored)
    assert choices == ["전국", "울산광역시 중구", "경기도", "경기도 수원시", "경상북도 경주시", "제주특별자치도 서귀포시"]
    shared = ("중구", "동구", "서구", "남구", "북구", "강서구")
    assert not any(c in shared for c in choices)  # a bare district several cities share is never offered


def test_a_province_holds_its_cities_and_a_city_its_districts():
    table = load_regions()
    stored = ["경기도", "수원시", "경기도 수원시", "수원시 장안구", "고양시", "서울특별시 강남구", "전국", "중구"]
    assert table.names_within("경기도", stored) == ["경기도", "수원시", "경기도 수원시", "수원시 장안구", "고양시"]
    assert table.names_within("경기도 수원시", stored) == ["수원시", "경기도 수원시", "수원시 장안구"]
    assert table.names_within("서울특별시", stored) == ["서울특별시 강남구"]
    assert table.names_within("전국", stored) == ["전국"]


# ---- places as residents type them --------------------------------------------------------------------------


@pytest.mark.parametrize("spelling, name", [
    ("서울시 강남", "서울특별시 강남구"),  # a 특별시 written with 시, and a district without its 구
    ("부산시 서구", "부산광역시 서구"),
    ("광주시 남구", "광주광역시 남구"),  # 남구 settles which 광주
    ("광쭈 남구", "광주광역시 남구"),  # a slip of a key in the city, confirmed by the district inside it
    ("광쭈남구", "광주광역시 남구"),
    ("수언 장안구", "경기도 수원시 장안구"),
])
def test_a_place_written_loosely_or_misspelt_resolves(table, spelling, name):
    assert table.resolve(spelling).name == name


def test_a_loose_or_misspelt_place_never_takes_a_real_name(table):
    assert table.resolve("광주시").name == "경기도 광주시"  # a city of that name is what 광주시 alone means
    assert table.resolve("서울시").name == "서울특별시"
    assert table.resolve("광쭈") is None  # no district to confirm it: not plain which place
    assert table.resolve("서울 강냄") is None  # the district is not read as a slip


def test_a_misspelt_place_in_a_question_is_respelt_beside_its_district(table):
    assert table.read_places("광쭈 남구 청년 자격증 응시료 얼마예요?") == "광주 남구 청년 자격증 응시료 얼마예요?"
    assert table.read_places("부샨 서구에서 청년 응시료") == "부산 서구에서 청년 응시료"
    assert table.read_places("청년 남구 응시료") == "청년 남구 응시료"  # a word no slip of a place holding 남구
    assert table.read_places("광쭈 남구", known=lambda word: word == "광쭈") == "광쭈 남구"  # as the documents write it
