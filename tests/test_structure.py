"""Reading program documents by structure: headings, items, fields and table rows, with their sections."""

from assistant.documents.structure import read_units, title_of
from assistant.index.chunking import chunk_document
from assistant.language.korean import KoreanAnalyzer
from assistant.types import DocumentMeta, SourceDocument

NOTICE = """2025년 거제시 청년 스펙-UP 지원사업 공고

□ 사업개요
○ 청년의 취업 역량을 높이기 위해 자격증 응시료를 지원합니다.
□ 지원대상
○ (연령) 만 19세 ~ 39세
○ (지역) 공고일 현재 거제시에 주소를 둔 청년
□ 모집인원
○ 200명 내외
□ 접수기간
○ 2025.03.01 ~ 2025.12.10 (예산 소진 시까지)
※ 문의: 거제시 일자리경제과 055-639-3000
"""

PAGE = """# 청년 JUMP-UP 아카데미

- **지원대상**: 18세이상 ~ 40세미만 청년
- 신청기간: 20250205 ~ 20250210
- 지원내용:
  월 최대 30만원, 교통비 실비
1. 교육과정
가. 기초과정은 4주간 운영합니다.
항목 | 내용
지원규모 | 25백만원
"""


def test_a_notice_reads_as_headings_fields_and_items_with_sections():
    units = {u.text.strip(): u for u in read_units(NOTICE)}
    assert units["□ 지원대상"].kind == "heading" and not units["□ 지원대상"].answers
    age = units["○ (연령) 만 19세 ~ 39세"]
    assert (age.kind, age.label, age.value, age.section) == ("field", "연령", "만 19세 ~ 39세", "지원대상")
    assert units["○ 200명 내외"].section == "모집인원"  # the value under a heading carries it as its section
    assert units["※ 문의: 거제시 일자리경제과 055-639-3000"].label == "문의"


def test_a_page_reads_bold_labels_bare_labels_numbering_and_table_rows():
    units = read_units(PAGE)
    by_text = {u.text.strip(): u for u in units}
    assert by_text["- **지원대상**: 18세이상 ~ 40세미만 청년"].label == "지원대상"
    bare = by_text["- 지원내용:"]
    assert bare.kind == "label" and not bare.answers  # a label whose value follows never answers alone
    assert by_text["월 최대 30만원, 교통비 실비"].section == "지원내용"
    assert by_text["1. 교육과정"].kind == "heading"
    assert by_text["가. 기초과정은 4주간 운영합니다."].kind == "item"  # a sentence, not a heading
    assert by_text["항목 | 내용"].kind == "heading"
    row = by_text["지원규모 | 25백만원"]
    assert (row.kind, row.label, row.value) == ("row", "지원규모", "25백만원")
    for u in units:
        assert PAGE[u.start : u.end] == u.text


def test_title_is_the_first_heading_or_the_name_field():
    assert title_of(PAGE) == "청년 JUMP-UP 아카데미"
    assert title_of(NOTICE) == "2025년 거제시 청년 스펙-UP 지원사업 공고"
    assert title_of("정책명: 내일설계 프로젝트\n주관기관: 화천군\n") == "내일설계 프로젝트"
    assert title_of("공고문\n항목 | 내용\n사업명 | 청년 면접정장 대여\n") == "청년 면접정장 대여"


def test_program_chunks_keep_sections_and_record_them():
    analyzer = KoreanAnalyzer()
    text = NOTICE * 3
    doc = SourceDocument("d1", "notice.txt", text, DocumentMeta(title="t"), "h")
    chunks = chunk_document(doc, analyzer, max_tokens=120)
    assert len(chunks) > 1
    for c in chunks:
        assert c.text == text[c.start : c.end]
    assert any(c.section == "지원대상" or "□ 지원대상" in c.text for c in chunks)
    # a section heading never ends a chunk without its lines
    assert not any(c.text.rstrip().endswith(("□ 지원대상", "□ 모집인원", "□ 접수기간")) for c in chunks)


CAMP = """4. 지원사항
  - 1. 행 사 명 : 청년취업캠프 「취준진담」
  - 2. 일 시 : 2024. 11. 12.（화）09:00 ~ 19:00
  - 3. 장 소 : 한강뮤지엄（와부읍）
5. 접수기간 2024. 10. 14.(월) ~ 10. 25.(금)
"""

CERTIFICATE = """□ 제출 서류
① 청년기업 인증 신청서
② 개인정보 수집 및 이용 동의서
③ 대표자 주민등록등본
제출서류
① 사업계획서
② 주민등록등본
2. 사업목적
3. 신청자격
4. 지원사항
"""


def test_a_numbered_field_under_a_bullet_and_one_without_a_colon_read_as_fields():
    units = {u.text.strip(): u for u in read_units(CAMP)}
    place = units["- 3. 장 소 : 한강뮤지엄（와부읍）"]
    assert (place.kind, place.label, place.value) == ("field", "장소", "한강뮤지엄（와부읍）")
    assert units["- 2. 일 시 : 2024. 11. 12.（화）09:00 ~ 19:00"].label == "일시"
    period = units["5. 접수기간 2024. 10. 14.(월) ~ 10. 25.(금)"]
    assert (period.kind, period.label) == ("field", "접수기간")


def test_short_lines_numbered_alike_are_a_lists_items_under_its_heading():
    units = {(u.text.strip(), u.section): u for u in read_units(CERTIFICATE)}
    item = units[("③ 대표자 주민등록등본", "제출서류")]
    assert item.kind == "item" and item.answers  # a document to submit, not a heading with nothing under it
    assert units[("① 사업계획서", "제출서류")].answers  # under an unmarked "제출서류" line, now its label
    assert not units[("제출서류", "제출서류")].answers
    assert units[("3. 신청자격", "사업목적")].kind == "heading"  # section names stay headings, even left empty


def test_a_field_in_a_titles_brackets_and_a_glyph_in_a_label_are_read():
    title = read_units("2024 서울 마포구 일자리박람회 안내(일시: 10. 23.(수) 10:00-17:00)")[0]
    assert (title.kind, title.label, title.value) == ("field", "일시", "10. 23.(수) 10:00-17:00")
    period = read_units("- ❍ 지원기간 : 2025. 2. ~ 12.   ※ 예산 소진 시 조기 마감")[0]
    assert period.label == "지원기간"  # not "❍지원기간", which no table names
    assert read_units("참가비 안내(1인 1만원)")[0].kind == "line"  # brackets naming no field state none
