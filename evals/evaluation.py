"""One evaluation run, as the CLI and the staff tab both do it: gold set -> answers -> results.json + report.md."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from evals.dataset import load_gold
from evals.report import summary_table, write_outputs
from evals.runner import Outcome, run_rows, summarize


@dataclass(frozen=True)
class Evaluation:
    """The figures of one run, each question's outcome, and where its report was written."""

    summary: dict
    outcomes: list[Outcome]
    report: Path

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def table(self) -> str:
        """The overall figures as a Markdown table."""
        return summary_table(self.summary["overall"])


def evaluate(assistant, dataset: Path, out: Path, on_progress: Callable[[int, int], None] | None = None) -> Evaluation:
    """Answer every gold row of `dataset` with `assistant`; write results.json and report.md into `out`.

    `on_progress(done, total)` is called after each question. DatasetError names a bad line.
    """
    rows = load_gold(dataset)
    done: list[Outcome] = []

    def progressed(outcome: Outcome) -> None:
        done.append(outcome)
        if on_progress:
            on_progress(len(done), len(rows))

    outcomes = run_rows(assistant, rows, on_done=progressed)
    summary = summarize(outcomes)
    stats = assistant.stats()
    context = {"dataset": str(dataset), "questions": len(rows), "index_dir": stats.get("index_dir"),
               "documents": stats.get("documents"), "chunks": stats.get("chunks"), "embedder": stats.get("embedder")}
    write_outputs(Path(out), summary, outcomes, context)
    return Evaluation(summary, outcomes, Path(out) / "report.md")
