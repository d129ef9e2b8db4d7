"""Evaluation: gold set, metrics (pure functions), runner, report, regression gate, KorQuAD benchmark."""
