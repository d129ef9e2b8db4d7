"""A question that names a program -> an Answer from that program's document only.

The program's labelled field of the asked kind answers (its label and value, cited); a program the
question names ambiguously gets the candidates, each cited, and a request to choose; what the
program's document does not state is said to be missing *for that program*, never answered from
another field or another program's document. A two-part question gets each part its document states,
each cited, and the kind of a part it does not state named beside them (an answer, not a refusal);
only a question none of whose parts the document states is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from assistant.answer.companions import companions, enquiry_lines, heading_of, with_exceptions
from assistant.answer.fields import (
    FieldMatch,
    age_limit,
    asked_age,
    best_units,
    for_age,
    names_age,
    round_markers,
)
from assistant.answer.meaning import LineChoice, MeaningReader, Reading, asks_open, for_me, kinds_asked
from assistant.answer.page_lines import (
    age_exception_lines,
    case_word_line,
    in_age_bracket,
    one_condition,
    page_settling_line,
    phrase_line,
    purpose_line,
    rare_word_line,
    stating_line,
    target_line,
    yearly_line,
)
from assistant.answer.parts import joined_parts
from assistant.answer.quoting import plain_quote
from assistant.answer.refusals import Refusal, age_notes, checked_note, introduce_quotes, refusal_text
from assistant.answer.sections import (
    asks_condition,
    case_line,
    followed_by,
    section_kind,
    section_lines,
    settling_line,
)
from assistant.answer.sections import labelled as _labelled
from assistant.answer.unstated import UnstatedWords
from assistant.answer.variants import program_choices, with_rounds, with_variants
from assistant.documents.structure import Unit, read_units
from assistant.index.titles import Program, ProgramTitles, round_of
from assistant.language.asking import (
    ASKS_APPLICATION,
    ASKS_APPLYING,
    ASKS_FOR_ME,
    ASKS_HOUR,
    ASKS_IF_PAID,
    ASKS_LENGTH,
    ASKS_PER_UNIT,
    ASKS_PURPOSE,
    ASKS_USUAL,
    ASKS_WHERE_TO_ASK,
    CONDITION_ASKED,
    HOUR_LINE,
    KIND_ASKED_EN,
    KIND_ASKED_KO,
    SENT_WHERE,
    VERDICT_HEADING,
    WANTS_NUMBER,
    asked_case,
    asked_kinds,
    asker_ages,
    case_phrases,
    question_parts,
    settling_kinds,
)
from assistant.language.fields import (
    AGE_INCLUSIVE_KO,
    AGE_VERDICT_KO,
    DETAIL_SYNONYMS,
    KIND_NAMES_EN,
    KIND_NAMES_KO,
    TYPE_KINDS,
    VALUE_ALONE,
    VALUE_PATTERNS,
)
from assistant.language.korean import KoreanAnalyzer
from assistant.language.questions import Question, analyze, count_pattern
from assistant.types import Answer, Chunk, Citation, Hit

DURATION_UNITS = {"년", "개월"}
REFUSE_WHEN_MISSING = VALUE_ALONE | {"documents"}  # asked but not stated: nothing else stands in
MAX_CANDIDATES = 5  # programs listed when a name fits several
# Field kinds a field labelled so answers first, when the question asks that kind too (language/asking.py kinds)
FIELD_FIRST = {"age": {"age"}, "period": {"period", "schedule"}, "count": {"head_count", "quantity"}, "amount": {"amount", "percent"},
               "contact": {"contact", "place"}, "residence": {"residence", "place"}, "apply": {"apply", "place"},
               "documents": {"documents"}, "place": {"place"}, "eligibility": {"eligibility"},
               "duration": {"duration"}}
OVERVIEW_LABEL = re.compile(r"^(사업)?개요$")  # the one line summing up what a program does
MAX_FOREIGN_SHARE = 0.5  # a found program is read by meaning only while its page uses more than half the question's words
# a described program's page using fewer of the question's words is read by meaning only when the calibrated reader
# is sure of a line and it names every thing the question names but this many
MAX_UNWRITTEN_THINGS = 1
# Values of which a one-part question asking two ("월 지원액이랑 지원 기간") is read by meaning, not from one labelled field
TWO_FIELDS_ASKED = {"amount", "percent", "duration", "head_count", "age"}
MIN_NAMED_SHARE = 0.12  # a field answer from a program the question names less than this is another program's
CHOOSE_KO = "'{name}'에 해당하는 사업이 여러 개 있습니다. 어느 사업을 말씀하시는지 지역과 함께 다시 물어봐 주세요: {items}"
CHOOSE_EN = "Several programs fit '{name}'. Please ask again naming which one (and its place): {items}"


class ProgramAnswerer:
    """Answers questions naming a program from that program's document (one index generation)."""

    def __init__(self, chunks: list[Chunk], analyzer: KoreanAnalyzer, stale_after_years: int = 3,
                 reader: MeaningReader | None = None, titles: ProgramTitles | None = None):
        self.chunks = chunks
        self.reader = reader  # picks the answering line by meaning (answer/meaning.py); None: by field labels only
        self.analyzer = analyzer
        self.unstated = UnstatedWords(analyzer)  # the asked words the program's page never writes
        self.stale_after_years = stale_after_years
        self.titles = titles or ProgramTitles(chunks)  # an index's saved programs, else read from its chunks
        self._units: dict[str, tuple[str, list[Unit]]] = {}

    def answer(
        self, question: Question, search: Callable[[Program], list[Hit]], extractive, today: dt.date,
        named: list[Program] | None = None, settled: bool = False, described: bool = False,
    ) -> Answer | None:
        """The answer about the program the question names (or `named`, when the caller resolved it); None
        when it names none. `settled`: the conversation chose the program, so the question need not name it;
        `described`: search found it by what the question says of it, so only its passages that hold the
        question's words answer (a labelled field or the meaning reader would find some line in any page:
        "서울시 청년월세 얼마?" is not another program's 지원내용).

        `search(program)` retrieves passages of that program's document for `extractive` to answer
        an open question from.
        """
        if named is None:
            named = self.named(question)
        if not named:
            return None
        named, others = self.titles.settle(named, question.places)
        if len(named) > 1:
            return self._choose(question, named[:MAX_CANDIDATES], today)
        program = named[0]
        by_meaning = self.reader is not None and question.lang == "ko" and not described
        if described:  # the line that answers by meaning when the reader is sure of it, else the passages holding its words
            text, units = self._read(program)
            reads = self.reader is not None and question.lang == "ko"
            sure = reads and self._described_here(question, program, text, units)
            about = self._by_meaning(question, program, text, units, today) if sure else None
            if about is None or about.abstained:
                about = self._open(question, program, search, extractive, today)
        else:
            about = self._about(question, program, search, extractive, today, settled, by_meaning)
        answer = replace(about, program=program.source)
        rounds = [p for p in others if round_of(p) == round_of(program)]
        if rounds and not answer.abstained:  # another round or year that states it otherwise is given too
            answer = with_rounds(answer, [self._about(question, p, search, extractive, today, settled, by_meaning)
                                           for p in rounds])
        return with_variants(answer, others[:MAX_CANDIDATES], question.lang) if others else answer

    def named(self, question: Question) -> list[Program]:
        """The programs the question names by their title, or a follow-up by the turn before it."""
        named = self.titles.match(question.text, question.places)
        if not named and question.search_text != question.text:  # a follow-up names it in the turn before
            named = self.titles.match(question.search_text, question.places)
        return named

    def unstated_detail(self, question: Question, program: Program) -> str:
        """The detail the question asks by name ("참여수당 얼마") that the program's document never mentions; ""
        when it mentions every one."""
        text, _ = self._read(program)
        return self.unstated.missing_details(question, program.title, text)[0]

    def _about(self, question: Question, program: Program, search, extractive, today: dt.date,
               settled: bool = False, by_meaning: bool = False) -> Answer:
        text, units = self._read(program)
        if by_meaning:  # the kinds of answer are read from Korean wording
            return self._by_meaning(question, program, text, units, today, settled)
        _, missing = self.unstated.missing_details(question, program.title, text)
        if missing:
            return self._not_stated(question, program, today, missing)
        kinds = TYPE_KINDS.get(question.answer_type, ())
        if question.unit in DURATION_UNITS:  # "몇 년 다녀야…": a duration, not the application period
            kinds = ()
        age = asked_age(question.text) if question.lang == "ko" else None
        if age:  # "40살도 신청 가능해요?": the program's age limit answers
            kinds = ("age",)
        if kinds:
            asked = [t for t in question.terms if len(t) >= 2 and t not in program.title]
            asked += [s for t in asked for s in DETAIL_SYNONYMS.get(t, ())]  # "월급" is written "인건비"
            unit_pattern = count_pattern(question.unit) if question.unit else None
            found = best_units(units, kinds, asked, unit_pattern, bool(ASKS_PER_UNIT.search(question.text)))
            if found:
                return self._quote(question, program, units, found, today, age)
            if kinds[0] in REFUSE_WHEN_MISSING:
                return self._not_stated(question, program, today, _kind_name(kinds[0], question.lang))
        return self._open(question, program, search, extractive, today)

    def _described_here(self, question: Question, program: Program, text: str, units: list[Unit]) -> bool:
        """Whether the program search found by what the question says of it is the one described, so its page is read
        by meaning: the page writes most of the question's words; or, said in the person's own words ("자동차 부품
        회사들 미래차 쪽으로 바꾸도록 도와주는 사업": 회사, 바꾸, 도와주), it names every thing the question names but one
        and the calibrated reader is sure of a line. Things no page of it names ("반려동물", "가게", "인테리어") say search
        found another program than the one meant ("임차보증금 이자" of a page about 월세)."""
        content, foreign = self.unstated.foreign_words(question, program.title, text)
        if _writes_most(content, foreign):
            return True
        things = self.analyzer.things(question.text)
        if sum(w.lower() in things for w in foreign) > MAX_UNWRITTEN_THINGS:
            return False
        missing = self.unstated.missing_details(question, program.title, text)[1]
        return self.reader.answers(self._reading(question, program, units, missing))

    def _by_meaning(self, question: Question, program: Program, text: str, units: list[Unit], today,
                    settled: bool = False) -> Answer:
        """The answer read from the program's document (`_read_answer`). A two-part question each of whose parts
        a field labelled with its kind states gets those fields, as a one-part question would ("어디서 하고 몇 개
        와요?": 장소, 채용인원); one the reading would refuse whole is asked part by part, since the parts read
        together are only as sure as the weaker one ("몇 명 선발하나요?" alone is answered by 모집인원)."""
        parts = question_parts(question.text)
        if len(parts) > 1 and (fields := self._by_fields(question, program, text, units, today, parts)):
            return fields
        answer = self._read_answer(question, program, text, units, today, settled, whole=True)
        if not answer.abstained or len(parts) == 1:
            return answer
        return self._by_parts(question, program, text, units, today, parts) or answer

    def _by_fields(self, question: Question, program: Program, text: str, units: list[Unit], today,
                   parts: list[str]) -> Answer | None:
        """Each part answered by the field labelled with its kind; None unless every part is."""
        fields = []
        for part in parts:
            asked = self._part(question, part)
            sure_missing, _ = self.unstated.missing_details(asked, program.title, text)
            field = None if sure_missing else self._by_field(asked, program, units, today)
            if field is None or field.abstained:
                return None
            fields.append(field)
        return joined_parts(question.original, program.title, fields, [], question.lang)

    def _by_parts(self, question: Question, program: Program, text: str, units: list[Unit], today,
                  parts: list[str]) -> Answer | None:
        """Each part asked alone of the program: the parts its document states, each cited, and the kind of
        each part it does not state, named; None when it states no part."""
        answered, unstated = [], []
        for part in parts:
            asked = self._part(question, part)
            answer = self._read_answer(asked, program, text, units, today, settled=True)
            if answer.abstained:
                unstated.append(self._unstated_name(asked, program, text))
            else:
                answered.append(answer)
        if not answered:
            return None
        return joined_parts(question.original, program.title, answered, unstated, question.lang)

    def _part(self, question: Question, part: str) -> Question:
        """A part of a two-part question as a question of its own, about the places the whole one names."""
        return replace(analyze(part, self.analyzer), original=question.original, places=question.places)

    def _unstated_name(self, part: Question, program: Program, text: str) -> str:
        """What a part asks that the document does not state: the detail it names that the document never uses
        ("면접수당", "사무실"), else the kind it asks ("인원")."""
        sure, detail = self.unstated.missing_details(part, program.title, text)
        detail = sure or detail
        kinds = kinds_asked(part.text, program.title)
        names = KIND_ASKED_EN if part.lang == "en" else KIND_ASKED_KO
        return detail or next((names[k] for k in kinds if k in names), "그 부분" if part.lang == "ko" else "rest")

    def _by_field(self, question: Question, program: Program, units: list[Unit], today) -> Answer | None:
        """The field labelled with the kind a one-part question asks, quoted ("모집인원: 2명" for "몇 명 뽑아요?"); a
        refusal for that program when it asks a figure no line of its kind states; None when the reader decides."""
        age = asked_age(question.text)
        kinds = _field_kinds(question)
        # what the question asks, in people's words; when they say nothing (English words), its answer type
        asked_now = set(asked_kinds(question.text)) or FIELD_FIRST.get(kinds[0] if kinds else "", set())
        if not kinds or question.unit in DURATION_UNITS or not (age or asked_now & _field_first(kinds[0], question.text)):
            return None
        if (len(asked_now & TWO_FIELDS_ASKED) > 1 and len(question_parts(question.text)) == 1
                and len(set(asked_kinds(_without_name(question.text, program.title))) & TWO_FIELDS_ASKED) > 1):
            # "월 지원액이랑 지원 기간": two values in one breath, which one field holds or neither (the reader); not a
            # value the name says ("청년전용창업자금은 몇 세까지": its 자금 asks no sum)
            return None
        if kinds[0] == "duration" and "residence" in asked_now:
            return None  # "몇 년 살아야 돼요?": how long one must have lived there, not how long the program runs
        asked = [t for t in question.terms if len(t) >= 2 and t not in program.title]
        asked += [s for t in asked for s in DETAIL_SYNONYMS.get(t, ())]
        rounds = round_markers(question.text, program.title)  # "2기 근무기간": the line of that round
        found = best_units(units, kinds, asked + rounds, count_pattern(question.unit) if question.unit else None,
                           bool(ASKS_PER_UNIT.search(question.text)))
        if not found and kinds[0] == "duration" and not ASKS_LENGTH.search(question.text):
            # "지원사업 기간이 어떻게 되나요?" of a page stating no run but its dates: the dates it is open for answer
            found = best_units(units, ("period",), asked)
        if kinds[0] != "age":  # "40대면 하루 몇 시간": the line of the asker's age bracket
            found = for_age(found, asker_ages(question.text))
        if kinds[0] == "period" and ASKS_HOUR.search(question.text):  # "마감 몇 시까지?": the line giving the hour
            found = [m for m in found if HOUR_LINE.search(m.unit.text)] or found
        number_wanted = kinds[0] == "contact" and WANTS_NUMBER.search(question.text)
        if number_wanted:  # "전화번호": a line holding one; the meaning reader looks beyond the 문의 field
            found = [m for m in found if VALUE_PATTERNS["contact"].search(m.unit.text)]
        if ASKS_FOR_ME.search(question.text):  # "회사 말고 저한테도 주는 돈": not the line paying the employer
            found = [m for m in found if for_me(m.unit.text) >= 0]
        if kinds[0] == "eligibility" and "yes_no" in asked_now and not age:
            return None  # "관심만 있어도 대상 될까요?": the line naming the asker's condition settles it (the reader finds it)
        if kinds[0] == "eligibility":  # "누가 신청할 수 있어?": who may apply is its section, not its age or residence line
            found = [m for m in found if not one_condition(m.unit)]
        if found:  # the field labelled with the asked kind answers it
            # "어떤 청년 대상이에요?": the line saying whom it is for in the page's words leads its conditions
            target = target_line(units) if kinds[0] == "eligibility" and not age else None
            if kinds[0] == "period" and ASKS_USUAL.search(question.text):
                # "공모는 보통 몇월에 나요?": the line saying when it opens every year ("매년 1~2월중") leads this year's dates
                target = yearly_line(units)
            # "1차 2차 각각 얼마씩": the best line of each round named, in turn
            also = _round_lines(found, rounds)
            return self._quote(question, program, units, found, today, age, target, also)
        # a figure asked that no line of its kind states: nothing stands in; but "돈도 줘요?" asks whether, not how
        # much, and a line saying 활동비 is paid settles it
        # ("40살도 돼요?" needs the age limit to compare with: that yes or no does need the figure)
        whether = "yes_no" in asked_now and not age
        if kinds[0] in REFUSE_WHEN_MISSING and not number_wanted and not whether:
            return self._not_stated(question, program, today, _kind_name(kinds[0], question.lang))
        return None

    def _read_answer(self, question: Question, program: Program, text: str, units: list[Unit], today,
                     settled: bool = False, whole: bool = False) -> Answer:
        """The line(s) of the program's document that answer, chosen by meaning, words and the asked kind; a
        labelled field of a templated kind ("연령: …") still answers its own kind first; refused for that
        program when the calibrated model says its document does not answer, unless the question is open
        (`asks_open`) and `whole` (the question as asked, not one part of a two-part question asked alone).

        A detail asked by a word the page never writes ("면접수당 얼마예요?" of a document never naming 면접수당) is
        refused for that program by that word, unless it asks no sum (another sum is never the one named) and the
        calibrated reader is sure of a line all the same (it weighs the unwritten word against it: "온실 신축기준
        몇 ㎡예요?" of a page saying "스마트팜 온실 1,500㎡ 이상 신축비용 지원"); then the answer says the page never
        writes that word, so the person can judge whether the line is it."""
        sure_missing, missing = self.unstated.missing_details(question, program.title, text)
        if not sure_missing:
            return self._read_lines(question, program, text, units, today, missing, settled, whole)
        reading = self._reading(question, program, units, missing, settled)
        if "amount" in kinds_asked(question.text, program.title) or not self.reader.answers(reading):
            return self._not_stated(question, program, today, sure_missing)
        answer = self._read_lines(question, program, text, units, today, missing, settled, whole, reading)
        if answer.abstained:
            return self._not_stated(question, program, today, sure_missing)
        note = _unwritten_note(sure_missing, question.lang)
        return answer if note in answer.text else replace(answer, text=answer.text + note)

    def _read_lines(self, question: Question, program: Program, text: str, units: list[Unit], today, missing: str,
                    settled: bool, whole: bool, reading: Reading | None = None) -> Answer:
        """`_read_answer`'s answer once a detail the page never writes is settled: `missing`, the question's word
        the page may lack (`UnstatedWords.missing_details`); `reading`, the reader's, when already read."""
        kinds = _field_kinds(question)
        if len(question_parts(question.text)) == 1 and (field := self._by_field(question, program, units, today)):
            return field
        if reading is None:
            reading = self._reading(question, program, units, missing, settled)
        # "뭐 해줘요?", "누가 신청해요?": the lines of the section stating it, not one line picked by its words
        kinds_beside_name = kinds_asked(question.text, program.title)  # the name's own words ask nothing
        asked_section = section_kind(kinds_beside_name) if reading and len(reading.ranked) == 1 else ""
        section = section_lines(reading.ranked[0], asked_section) if asked_section else []
        # "신입사원도 돼요?", "임대료 내야 돼요?": one of the reader's best lines naming the asker's case or its class, or
        # saying whether the asker pays or is paid, settles it however unsure the reader is of the question as a whole
        condition = bool(reading) and len(reading.ranked) == 1 and asks_condition(kinds_beside_name)
        case = (case_line(reading.ranked[0], asked_case(question.text), settling_kinds(question.text), program.title)
                if condition and not missing else None)
        if case is not None and (phrase := phrase_line(units, case_phrases(question.text))) is not None:
            case = LineChoice(phrase, {})  # "1:1 상담도 해줘요?": the line writing "1:1 상담", over one naming 상담 alone
        if case is None and not missing:
            # "참가비 있어?", "직원 몇 명 미만 회사만 되나요?", "신청은 어디서 확인해요?": the page's line saying it settles it
            asked = [t for t in question.terms if len(t) >= 2 and t not in question.places]
            line = page_settling_line(units, question.text, asked, kinds_beside_name, condition, program.title)
            case = LineChoice(line, {}) if line is not None else None
        # "목적이 뭐예요?": the page's purpose line states it in its own words, however unsure the reader
        purpose = purpose_line(units, program.title) if ASKS_PURPOSE.search(question.text) and not missing else None
        # "어떤 청년 대상이에요?": a line saying whom it is for ("…을 대상으로"), or "어느 부서에서 운영해?": the reader's
        # best line labelled with that one-thing kind ("주관기관: …"), states it however unsure the reader
        stating = stating_line(reading.ranked[0], units, kinds_beside_name, question.text) if reading and len(reading.ranked) == 1 and not missing else None
        # a section labelled with what is asked ("선발방법" for "누구부터 뽑아요?") states it, however unsure the reader
        # (its lines lead then, not the unsure reader's best line beyond it: "구비서류" / "- 세부사항 공고문 참조")
        sure = self.reader.answers(reading)
        labelled_lines = [c for c in section if _labelled(c.unit, asked_section)] if not missing else []
        if not sure and labelled_lines and not _labelled(section[0].unit, asked_section):
            section = labelled_lines
        if case is None and sure and not condition and not missing:
            # "건강관리에도 써져요?": of the reader's best lines, the one writing the asker's case leads
            line = case_word_line(reading.ranked[0], asked_case(question.text), program.title)
            case = LineChoice(line, {}) if line is not None else None
        # "NCS 능력중심채용이 뭐예요?", "음식점도 입주 가능해요?": a whole question asking only what the page says in its
        # own words (what it is or gives, whom it is for, whether a case may join) is answered by the reader's closest
        # lines however unsure it is, saying which word it asks with the page never writes; but whether it pays or
        # gives a thing the page never names is not ("기숙사 숙소도 제공해 줘요?"), nor a value the page may simply not
        # state (a sum, a charge, a date, a number, how to apply)
        unsettled = not sure and not labelled_lines and case is None and purpose is None and stating is None
        # (the asked nouns are read only then: every other answer needs none of it)
        asked_nouns, unwritten = (self.unstated.unwritten_asked_nouns(question, program.title, text) if unsettled
                                  else ([], []))
        open_question = (unsettled and whole and not missing and reading is not None
                         and asks_open(question.text, program.title)
                         and not (ASKS_IF_PAID.search(question.text) and not _writes_most(asked_nouns, unwritten)))
        if unsettled and not open_question:
            kind = kinds[0] if kinds else ""
            if kind == "count" and question.unit in DURATION_UNITS:  # "몇 개월 일해요?" counts months, not places
                kind = "duration"
            return self._not_stated(question, program, today, missing or (_kind_name(kind, question.lang) if kind else ""))
        # the section's lines, then the reader's own close lines beyond it ("초기상담을 통해 … 프로그램 설계" under another heading)
        # "뭘 지원해줘요?": the overview (its field, or the line under its heading), when it states the thing given ("청년 추가
        # 채용시 인건비 지원", "청년창업기업 성장을 위한 자금 지원"), after the section
        overview = ([c for c in reading.ranked[0] if OVERVIEW_LABEL.search(c.unit.label or c.unit.section)]
                    if asked_section == "benefits" else [])
        shown = (followed_by([c.unit for c in section], _beyond(section, reading.chosen)) if section
                 else [c.unit for c in reading.chosen])
        shown = followed_by(shown, overview)
        if stating is not None:
            shown = [stating, *(u for u in shown if u is not stating)]
        unstated = ""
        if purpose is not None:
            shown = [purpose]
        elif case is not None:  # the line that settles it leads (under its heading when that says which way: "지급 제외
            # 요건" over "사업주에게 재고용된 경우"), the reader's lines after it
            heading = heading_of(units, case.unit) if not case.unit.label else None
            verdict = [heading] if heading is not None and VERDICT_HEADING.search(heading.text) else []
            shown = followed_by([*verdict, case.unit], reading.chosen)
        elif condition:
            # "…도 되나요?" with no line of the best ones naming the condition: the reader's lines, then who may apply
            # (no verdict either way; "not stated" only for a condition word the document never uses)
            settling = settling_line(reading.ranked[0])
            if settling is not None and all(settling.unit is not u for u in shown):
                shown = followed_by([settling.unit], reading.chosen)  # the line naming the condition leads
            if settling is None and asked_section != "benefits":  # "보증료 깎아줘요?": what it gives, shown, settles it
                lines = section_lines(reading.ranked[0], "eligibility")
                shown = followed_by(shown, lines)
                unstated = _unstated_condition(missing, question.lang) if missing else ""  # a word the document never uses
        if unsettled and (lead := rare_word_line(reading.ranked[0], units, asked_nouns)):
            # "3D프린터 있어요?": the line writing the thing asked leads, whatever line the unsure reader finds closest
            shown = [lead, *(u for u in shown if u is not lead)]
        if unsettled and not unstated and (thing := self.unstated.thing_named(question, unwritten)):
            # "숙소도 제공되나요?": what it gives, and that 숙소 (the last thing it asks with) is not on its page
            unstated = _unwritten_note(thing, question.lang)
        shown = in_age_bracket(units, shown, asker_ages(question.text))  # "40대면 하루 몇 시간": the bracket holding 40-49
        if condition:
            shown = with_exceptions(units, shown)
        if "age" in kinds_beside_name or names_age(question.text):
            # "군대 다녀오면 나이 상한 늘어나요?", "군대 다녀왔으면 39살 넘어도 …": the line extending the limit for it, too
            shown = _with_age_exceptions(shown, units, question.text, program.title)
        groups = self._cited_groups(program, shown[0], shown)
        citations = [Citation.quote(n, Hit(chunk, 1.0), " ".join(u.text.strip() for u in group))
                     for n, (chunk, group) in enumerate(groups, start=1)]
        number = {id(u): n for n, (_, group) in enumerate(groups, start=1) for u in group}
        quoted = " ".join(f"{plain_quote(u.text)} [{number[id(u)]}]" for _, group in groups for u in group)
        body = introduce_quotes(f"{program.title} — {quoted}", question.lang) + unstated
        notes = age_notes(citations, today, self.stale_after_years, question.lang)
        return Answer(question.original, body, False, tuple(citations), tuple(notes),
                      hits=tuple(Hit(chunk, 1.0) for chunk, _ in groups))

    def reading(self, question: Question, without: Callable[[Unit], bool] | None = None):
        """(program, Reading) for a question naming one program, for calibration; None otherwise. `without`: the
        lines taken out of the document before reading it (calibration reads a document that no longer states the
        answer, to learn what "not stated" looks like in people's own words)."""
        named = self.titles.match(question.text, question.places)
        if len(named) != 1 or self.reader is None:
            return None
        program = named[0]
        text, units = self._read(program)
        if without is not None:
            taken, kept = [], []
            for u in units:
                (taken if without(u) else kept).append(u)
            units = kept
            for u in taken:  # blanked in place: the other lines keep their offsets
                text = text[: u.start] + " " * (u.end - u.start) + text[u.end :]
        _, missing = self.unstated.missing_details(question, program.title, text)
        return program, self._reading(question, program, units, missing)

    def _reading(self, question: Question, program: Program, units: list[Unit], missing: str,
                 settled: bool = False) -> Reading | None:
        """The meaning reader's reading of the program's lines, given how plainly the question names the
        program (fully when the conversation settled it: "그거 신청은?") and whether it asks a detail the
        document never mentions."""
        named = 1.0 if settled else (self.titles.named_share(question.text, program.source) or 0.0)
        # the places it names say which program, not what is asked of it ("부산서구 … 신청 어디서?" is no 거주지역)
        asked = [t for t in question.terms if t not in question.places] or list(question.terms)
        return self.reader.read(question.text, asked, units, program.title, named, bool(missing))

    def unnamed(self, question: Question, answer: Answer) -> Answer:
        """An answer to a field question that names no program must not quote a program it does not name at all
        ("서울시 청년월세 … 얼마예요?" answered with another program's amount): that is "not stated"."""
        if answer.abstained or not answer.citations or question.answer_type not in TYPE_KINDS:
            return answer
        share = self.titles.named_share(question.text, answer.citations[0].source)
        if share is None or share >= MIN_NAMED_SHARE:
            return answer
        text = refusal_text(Refusal.NOT_STATED, question.lang)
        return Answer(question.original, text, True, reason=Refusal.NOT_STATED)

    def _read(self, program: Program) -> tuple[str, list[Unit]]:
        """The program's text (rebuilt from its passages) and its units, cached (kept in a local: another
        thread may clear the cache between the check and the return)."""
        read = self._units.get(program.document_id)
        if read is None:
            if len(self._units) > 512:
                self._units.clear()
            pieces = [self.chunks[r] for r in program.rows]
            buffer = ["\n"] * max(c.end for c in pieces)  # what lies between passages is line breaks
            for c in pieces:
                buffer[c.start : c.end] = c.text
            text = "".join(buffer)
            read = self._units[program.document_id] = (text, read_units(text))
        return read

    def _quote(self, question: Question, program: Program, units: list[Unit], found: list[FieldMatch], today,
               age: tuple[int, str] | None = None, leading: Unit | None = None, also: list[Unit] = ()):
        """The best unit (under its heading when that names the kind) and the lines that go with it (and `also`), each
        line cited to a passage that holds it; an asked age gets a verdict when the cited limit is plainly comparable."""
        match = found[0]
        unit = match.unit
        heading = heading_of(units, unit) if not unit.label else None
        shown = [u for u in (leading, heading, unit, *also, *companions(units, found)) if u is not None]
        shown = [u for n, u in enumerate(shown) if all(u is not v for v in shown[:n])]
        if CONDITION_ASKED & set(asked_kinds(question.text)):  # "… 가입돼 있어요. 못 받나요?": the exception after it too
            shown = with_exceptions(units, shown)
        if match.kind == "age":  # "군대 다녀왔으면 39살 넘어도 돼요?": the line extending the limit for it, after the limit
            shown = _with_age_exceptions(shown, units, question.text, program.title)
        if match.kind == "contact" and ASKS_WHERE_TO_ASK.search(question.text):
            shown += enquiry_lines(units, shown)  # "어디에 문의해요?": the line saying where to ask, too
        groups = self._cited_groups(program, unit, shown)
        citations = [Citation.quote(n, Hit(chunk, 1.0), " ".join(u.text.strip() for u in group))
                     for n, (chunk, group) in enumerate(groups, start=1)]
        quoted = " ".join(f"{_quoted_lines(group)} [{n}]" for n, (_, group) in enumerate(groups, start=1))
        ages_asked = age or match.kind == "age" or "age" in asked_kinds(question.text)
        verdict = _age_verdict(age, unit, groups) if ages_asked and question.lang == "ko" else ""
        body = introduce_quotes(f"{program.title} — {quoted}{verdict}", question.lang)
        notes = age_notes(citations, today, self.stale_after_years, question.lang)
        hits = tuple(Hit(chunk, 1.0) for chunk, _ in groups)
        return Answer(question.original, body, False, tuple(citations), tuple(notes), span=match.value, hits=hits)

    def _cited_groups(self, program: Program, best: Unit, shown: list[Unit]) -> list[tuple[Chunk, list[Unit]]]:
        """The shown lines grouped by the passage that holds each (the best line's passage first choice); a line
        longer than a passage is shown as its parts, each with the passage it lies in: every shown line is cited."""
        rows = sorted((self.chunks[r] for r in program.rows), key=lambda c: c.start)
        home = self._chunk_holding(program, best)
        groups: dict[str, tuple[Chunk, list[Unit]]] = {}
        for u in shown:
            chunk = home if _within(home, u) else next((c for c in rows if _within(c, u)), None)
            parts = [(chunk, u)] if chunk is not None else _parts(rows, u)
            for holder, part in parts:
                groups.setdefault(holder.chunk_id, (holder, []))[1].append(part)
        return list(groups.values())

    def _open(self, question: Question, program: Program, search, extractive, today) -> Answer:
        """An open question about the program: the extractive answerer over that document's passages only."""
        hits = search(program)
        extra = [s for t in question.terms for s in DETAIL_SYNONYMS.get(t, ())]  # "공짜" is written "무료"
        asked = replace(question, terms=question.terms + tuple(extra)) if extra else question
        answer = extractive.answer(asked, hits, today) if hits else None
        if answer is None or answer.abstained or _only_headings(answer, program):
            return self._not_stated(question, program, today, "")
        return answer

    def _choose(self, question: Question, named: list[Program], today) -> Answer:
        citations, items = [], []
        for number, program in enumerate(named, start=1):
            citations.append(self._page_citation(number, program))
            place = program.municipality.replace(";", "·")
            items.append(f"{program.title}{f' ({place})' if place else ''} [{number}]")
        template = CHOOSE_EN if question.lang == "en" else CHOOSE_KO
        text = template.format(name=named[0].title, items=" / ".join(items))
        notes = age_notes(citations, today, self.stale_after_years, question.lang)
        return Answer(question.original, text, False, tuple(citations), tuple(notes), choices=program_choices(named))

    def _not_stated(self, question: Question, program: Program, today: dt.date, detail: str) -> Answer:
        """"<program> 문서에는 <detail> 내용이 없습니다": a refusal (it cites nothing), with a note naming the page it
        read and how old that page is, so a reader can look the page up and check what it does say."""
        text = refusal_text(Refusal.NOT_IN_PROGRAM, question.lang, detail=detail, program=program.title)
        note = checked_note(program.title, self._page_citation(1, program), today, self.stale_after_years, question.lang)
        return Answer(question.original, text, True, notes=(note,), reason=Refusal.NOT_IN_PROGRAM)

    def _page_citation(self, number: int, program: Program) -> Citation:
        """Citation [number] of the program's page, quoting its title where its first passage writes it (a booklet's
        program is a paragraph under it), else that passage's first line."""
        chunk = self.chunks[program.rows[0]]
        title = program.title if program.title in chunk.text else chunk.text.strip().split("\n", 1)[0]
        return Citation.quote(number, Hit(chunk, 1.0), title)

    def _chunk_holding(self, program: Program, unit: Unit) -> Chunk:
        rows = [self.chunks[r] for r in program.rows]
        return next((c for c in rows if c.start <= unit.start and unit.end <= c.end),
                    next((c for c in rows if c.start <= unit.start < c.end), rows[0]))


def _beyond(shown: list[LineChoice], lines: list[LineChoice]) -> list[LineChoice]:
    """The lines that say something the shown ones do not (a description restating the 지원내용 row is left out)."""
    said = " ".join(_letters(c.unit.text) for c in shown)
    return [c for c in lines if _letters(c.unit.text) not in said]


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


def _field_first(kind: str, text: str) -> set[str]:
    """The asked kinds a field of `kind` answers first: a "when" answers from the application period only when it
    asks when to apply ("언제 신청해요?"), not when money comes ("신청하면 돈은 언제 입금돼?")."""
    kinds = FIELD_FIRST.get(kind, set())
    return kinds - {"schedule"} if kind == "period" and not ASKS_APPLICATION.search(text) else kinds


def _field_kinds(question: Question) -> tuple[str, ...]:
    """The kinds of labelled field that answer the question: the age limit for an age asked, else its answer type's,
    a "기간" asked without applying being how long the program runs ("교육기간은?", "몇 년도까지 해요?")."""
    if asked_age(question.text):
        return ("age",)
    if SENT_WHERE.search(question.text) and not set(asked_kinds(SENT_WHERE.sub(" ", question.text))) - {"yes_no"}:
        return ("apply",)  # "신청서는 어디로 내요?": where the paper goes is the way to apply, not a venue or the papers
    kinds = TYPE_KINDS.get(question.answer_type, ())
    if not kinds and "period" in asked_kinds(question.text):
        return ("period",)  # "5월에도 접수 받나요?": whether one applies then, by the application period
    return ("duration",) if kinds == ("period",) and not ASKS_APPLYING.search(question.text) else kinds


def _without_name(text: str, title: str) -> str:
    """The question without the words of the program's name it writes ("청년전용창업자금은 몇 세까지" -> "은 몇 세까지")."""
    for word in sorted((w for w in re.split(r"[\s\W_]+", title) if len(w) >= 2), key=len, reverse=True):
        text = text.replace(word, " ")
    return text


def _writes_most(words: list[str], unwritten: list[str]) -> bool:
    """Whether a page writes most of the question's words (`unwritten`: those of them it never does), as a page
    must to be read by meaning (MAX_FOREIGN_SHARE)."""
    return len(unwritten) < MAX_FOREIGN_SHARE * max(1, len(words))


def _with_age_exceptions(shown: list[Unit], units: list[Unit], question_text: str, title: str) -> list[Unit]:
    """The shown lines followed by the page's lines extending the age limit for the exception asked (military service),
    each once."""
    return shown + [u for u in age_exception_lines(units, question_text, title) if all(u is not v for v in shown)]


def _round_lines(found: list[FieldMatch], rounds: list[str]) -> list[Unit]:
    """For a question naming several rounds ("1차 2차 각각 얼마씩"), the best line of each round after the first's;
    [] for one round or none."""
    if len(rounds) < 2:
        return []
    lines: list[Unit] = []
    for r in rounds:
        line = next((m.unit for m in found if r in m.unit.text.replace(" ", "")), None)
        if line is not None and line is not found[0].unit and all(line is not u for u in lines):
            lines.append(line)
    return lines


def _only_headings(answer: Answer, program: Program) -> bool:
    """Whether an answer quotes nothing but the program's title or headings: a topic, not an answer."""
    quoted = [u for c in answer.citations for u in read_units(c.snippet)]
    return all(u.kind in ("heading", "label") or program.title in u.text for u in quoted)


def _age_verdict(age: tuple[int, str] | None, best: Unit, groups: list[tuple[Chunk, list[Unit]]]) -> str:
    """" '만 19~39세' 대상이라 40살은 해당하지 않습니다 [n]" for an asked age, citing the passage of the line that states the
    limit; for a limit written with a bound it does not admit, the ages it does ("15세이상~46세미만": 곧 15~45세입니다),
    asked age or not; "" when that line states no plainly comparable limit."""
    limit = age_limit(best.text)
    number = next((n for n, (_, group) in enumerate(groups, start=1) if best in group), 0)
    if limit is None or not number:
        return ""
    ages = limit.inclusive()
    if age is None:
        return f" {AGE_INCLUSIVE_KO.format(ages=ages)} [{number}]" if ages else ""
    years, unit = age
    sentence = AGE_VERDICT_KO[limit.admits(years)].format(
        limit=f"'{limit.text}'" + (f"({ages})" if ages else ""), age=f"{years}{unit}", particle="은" if unit == "살" else "는")
    return f" {sentence} [{number}]"


def _parts(rows: list[Chunk], unit: Unit) -> list[tuple[Chunk, Unit]]:
    """A unit no passage holds whole, cut where passages end: each part with the passage it lies in."""
    parts, covered = [], unit.start
    for c in rows:
        start, end = max(covered, c.start), min(unit.end, c.end)
        if end > start and unit.text[start - unit.start : end - unit.start].strip():
            parts.append((c, replace(unit, text=unit.text[start - unit.start : end - unit.start], start=start, end=end)))
            covered = end
    return parts


def _within(chunk: Chunk, unit: Unit) -> bool:
    return chunk.start <= unit.start and unit.end <= chunk.end


def _unstated_condition(detail: str, lang: str) -> str:
    """What follows the lines of who may apply when none of them names the condition asked: no verdict."""
    if lang == "en":
        return " The document does not state " + (f"'{detail}'" if detail else "this condition") + " explicitly."
    return " 문서에 " + (f"'{detail}'에 대한 조건은" if detail else "이 조건은") + " 명시되어 있지 않습니다."


def _unwritten_note(word: str, lang: str) -> str:
    """What follows the lines of an open question's answer when its page never writes a word the question asks with."""
    if lang == "en":
        return f" The document does not mention '{word}'."
    return f" 문서에 '{word}'에 대한 내용은 명시되어 있지 않습니다."


def _kind_name(kind: str, lang: str) -> str:
    return (KIND_NAMES_EN if lang == "en" else KIND_NAMES_KO)[kind]


def _quoted_lines(units: list[Unit]) -> str:
    """Each shown line on its own line, without its layout marks (the citation keeps the lines as written)."""
    return "\n".join(plain_quote(u.text) for u in units)
