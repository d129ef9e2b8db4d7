"""`python -m evals.policy_cuts` asks the tune half only, at each cut in turn, and scores it as the policies eval does.

The assistant here is a deterministic stand-in (the real one needs the 461-policy index): it answers a question with
the sentence of the dev page "20250715005400211285" when its reader's cut is low enough, and refuses for that
program otherwise, as the calibrated reader does."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.answer.meaning import Calibration
from assistant.answer.refusals import Refusal
from assistant.types import Answer, Citation
from evals.dataset import GoldRow
from evals.policy_cuts import figures_by_cut, render
from evals.policy_questions import PolicyQuestion

LENGTH = "- (고용기간 4개월)"
TITLE = "지방공기업 체험형 청년인턴 제도 운영"
PAGE = "internship.md"


class CutAssistant:
    """Answers when the reader's cut is at most `sure` (the reading's probability), refuses for the program above it."""

    def __init__(self, sure: float):
        self.sure = sure
        self.programs = SimpleNamespace(reader=SimpleNamespace(calibration=Calibration()))
        self.asked: list[str] = []

    def retrieve(self, question: str, k: int) -> list:
        return []

    def ask(self, question: str) -> Answer:
        self.asked.append(question)
        if self.programs.reader.calibration.threshold <= self.sure:
            citation = Citation(1, PAGE, TITLE, "충청남도", "", "", LENGTH, 1.0)
            return Answer(question, f"{TITLE} — {LENGTH} [1]", False, (citation,))
        text = f"{TITLE} 문서에는 그 내용이 없습니다."
        return Answer(question, text, True, reason=Refusal.NOT_IN_PROGRAM)


def _question(identifier: str, text: str, kind: str, split: str) -> PolicyQuestion:
    facts = (("4개월",),) if kind == "natural" else ()
    row = GoldRow(identifier, text, kind == "natural", (PAGE,), facts, kind)
    return PolicyQuestion(row, "duration", "md", split, "natural")


QUESTIONS = [
    _question("t1", "지방공기업 체험형 청년인턴 하면 몇 개월 일하는 거야?", "natural", "tune"),
    _question("t2", "지방공기업 체험형 청년인턴 면접수당 얼마예요?", "natural_not_stated", "tune"),
    _question("h1", "체험형 청년인턴 고용기간 몇 달?", "natural", "held"),
]


def test_each_cut_is_asked_of_the_tune_half_only_and_scored_as_the_eval_does():
    assistant = CutAssistant(sure=0.3)
    table = figures_by_cut(assistant, {"dev": QUESTIONS}, [0.2, 0.4], Calibration(threshold=0.32))
    assert "체험형 청년인턴 고용기간 몇 달?" not in assistant.asked and len(assistant.asked) == 4
    low, high = table[0.2]["dev"], table[0.4]["dev"]
    # below the reading's probability: the length is answered, and so is the question the page does not answer
    assert low["natural_accuracy"] == 1.0 and low["natural_first_citation"] == 1.0
    assert low["natural_not_stated_refused"] == 0.0
    # above it: both refused for that program
    assert high["natural_refused_answerable"] == 1.0 and high["natural_not_stated_refused"] == 1.0
    assert assistant.programs.reader.calibration.threshold == 0.5  # the assistant's own calibration is put back
    lines = render(table).splitlines()
    assert len(lines) == 3 and lines[1].split()[:3] == ["0.20", "dev", "1.000"]
