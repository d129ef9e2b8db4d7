"""Start the web app: `python app.py [--host 127.0.0.1] [--port 7860] [--index-dir data/index]`.

Gradio's own GRADIO_SERVER_NAME / GRADIO_SERVER_PORT apply when the flags are not given. Staff tools
need JOBQA_STAFF_USER and JOBQA_STAFF_PASSWORD; without them the staff tab says they are disabled.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from assistant.runtime import apply_process_defaults

EVALS = Path(__file__).resolve().parent / "evals"  # the staff tab's evaluation: the gold set and where reports go


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python app.py", description="Korean job-policy Q&A web app")
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1, env GRADIO_SERVER_NAME)")
    parser.add_argument("--port", type=int, help="port (default 7860, env GRADIO_SERVER_PORT)")
    parser.add_argument("--index-dir", type=Path, help="index directory (default data/index, env JOBQA_INDEX_DIR)")
    parser.add_argument("--source", type=Path, help="documents folder uploads go to (default knowledge/)")
    parser.add_argument("--feedback-db", type=Path,
                        help="SQLite file for 👍/👎 (default feedback.sqlite3 beside the index directory, "
                             "env JOBQA_FEEDBACK_DB)")
    return parser


def main(argv: list[str] | None = None) -> int:
    apply_process_defaults()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    args = build_parser().parse_args(argv)
    from assistant.config import load_settings
    from assistant.errors import AssistantError

    try:
        settings = load_settings(index_dir=args.index_dir, source_dir=args.source)
        from assistant.ui.webapp import launch, open_context

        from_env = os.environ.get("JOBQA_FEEDBACK_DB")
        feedback_db = args.feedback_db or (Path(from_env) if from_env else None)
        from evals.evaluation import evaluate

        ctx = open_context(settings, feedback_db=feedback_db, evaluate=evaluate,
                           eval_dataset=EVALS / "gold.jsonl", eval_out=EVALS / "out")
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"feedback is stored in {ctx.feedback.path}; staff tools {'on' if ctx.auth.enabled else 'off'}", flush=True)
    launch(ctx, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
