"""Regression gate: quality metrics may not fall more than a tolerance below evals/baseline.json."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError
from evals.runner import LATENCY_METRICS, QUALITY_METRICS

DEFAULT_TOLERANCE = 0.02


class BaselineError(AssistantError):
    """The baseline file cannot be read."""


@dataclass(frozen=True)
class Regression:
    metric: str
    baseline: float
    current: float | None

    def describe(self) -> str:
        now = "n/a" if self.current is None else f"{self.current:.3f}"
        return f"{self.metric} dropped from {self.baseline:.3f} to {now}"


def load_baseline(path: Path, command: str = "python -m evals run") -> dict[str, float]:
    """The baseline's quality metrics; BaselineError naming `command` when the file is missing or malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {k: float(v) for k, v in data["metrics"].items() if v is not None}
    except FileNotFoundError:
        raise BaselineError(f"no baseline at {path} — run `{command} --update-baseline`") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BaselineError(f"{path}: not a baseline file ({exc})") from None


def compare(
    current: dict[str, float | None], baseline: dict[str, float], tolerance: float, names: Sequence[str] = QUALITY_METRICS
) -> list[Regression]:
    """Each quality metric in the baseline that is now lower by more than `tolerance` (or missing)."""
    regressions = []
    for name in names:
        if name not in baseline:
            continue
        now = current.get(name)
        if now is None or now < baseline[name] - tolerance - 1e-9:
            regressions.append(Regression(name, baseline[name], now))
    return regressions


def floor_failures(outcomes: Sequence) -> list[str]:
    """The gold rows that break a floor no tolerance excuses (issue 18): an answerable question refused, and a
    comparison answered without every place's fact. Each as one line naming the row."""
    out = []
    for o in outcomes:
        if o.row.answerable and o.abstained:
            out.append(f"{o.row.id} ({o.row.type}) is answerable but was refused: {o.row.question}")
        elif o.row.type == "comparison" and not o.passed:
            out.append(f"{o.row.id} (comparison) lacks {o.missing_facts}: {o.row.question}")
    return out


def write_baseline(
    path: Path, overall: dict[str, float | None], dataset: str, count: int, names: Sequence[str] = QUALITY_METRICS
) -> None:
    """Record the quality metrics to gate on; latency is kept for information only."""
    data = {
        "dataset": dataset,
        "questions": count,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "metrics": {name: overall.get(name) for name in names},
        "latency_ms_not_gated": {name: overall.get(name) for name in LATENCY_METRICS},
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
