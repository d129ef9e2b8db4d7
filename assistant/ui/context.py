"""What the app's handlers share (AppContext) and how app.py opens it.

The page (webapp.py), the staff tools (staff.py) and the staff tab (staff_tab.py) all take an AppContext;
it lives here, below all three, so none of them imports another in a circle.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.config import Settings
from assistant.documents.uploads import MAX_UPLOAD_BYTES
from assistant.ui.feedback import FeedbackStore, default_feedback_path
from assistant.ui.staff_auth import StaffAuth

if TYPE_CHECKING:
    from assistant.engine import Assistant


class EvaluationResult(Protocol):
    """What an evaluation run reports back (evals.evaluation.Evaluation is one)."""

    @property
    def passed(self) -> int: ...

    @property
    def total(self) -> int: ...

    @property
    def table(self) -> str: ...  # the overall figures as Markdown

    @property
    def report(self) -> Path: ...


# (assistant, gold set, output folder, on_progress(done, total)) -> result. The composition root (app.py)
# hands in evals.evaluation.evaluate, so nothing under assistant/ imports evals.
Evaluate = Callable[[Any, Path, Path, "Callable[[int, int], None] | None"], EvaluationResult]
NO_EVALUATION = "이 앱에는 평가 기능이 연결되어 있지 않습니다. `python -m evals run` 으로 평가하세요."


@dataclass
class AppContext:
    """What the handlers share: the loaded assistant, where feedback and eval outputs go, who is staff."""

    assistant: Assistant
    settings: Settings
    feedback: FeedbackStore
    auth: StaffAuth
    evaluate: Evaluate | None = None  # the staff tab's evaluation, handed in by app.py; None: not offered
    eval_dataset: Path | None = None  # the gold set it answers
    eval_out: Path | None = None  # where its results.json and report.md go
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    write_lock: threading.Lock = field(default_factory=threading.Lock)  # one upload or re-index at a time


def open_context(settings: Settings, feedback_db: Path | None = None, auth: StaffAuth | None = None,
                 assistant: Assistant | None = None, **options) -> AppContext:
    """Load the assistant (IndexNotBuiltError when there is no index) and the feedback store."""
    if assistant is None:
        from assistant.engine import Assistant

        assistant = Assistant.open(settings)
    store = FeedbackStore(feedback_db or default_feedback_path(settings.index_dir))
    return AppContext(assistant, settings, store, auth or StaffAuth.from_env(), **options)
