"""Start the web app: `python app.py [--host 127.0.0.1] [--port 7860] [--index-dir data/index] [--workers N]`.

One server on one port: the Gradio UI at /, the REST API at /api (OpenAPI page at /docs) and the
KakaoTalk skill at /kakao/skill. Questions are answered by N worker processes (default one per core,
env JOBQA_WORKERS; 0 answers inside the web process). Gradio's GRADIO_SERVER_NAME / GRADIO_SERVER_PORT
apply when the flags are not given. Staff tools need JOBQA_STAFF_USER and JOBQA_STAFF_PASSWORD; without
them the staff tab says they are disabled. The API's access settings (JOBQA_API_KEYS, JOBQA_RATE_LIMIT,
JOBQA_CORS_ORIGINS, JOBQA_KAKAO_SECRET) are described in SECURITY.md.
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
    parser.add_argument("--workers", type=int,
                        help="answer worker processes (default one per core, env JOBQA_WORKERS; 0: none)")
    return parser


def main(argv: list[str] | None = None) -> int:
    apply_process_defaults()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    args = build_parser().parse_args(argv)
    from assistant.config import load_settings
    from assistant.errors import AssistantError
    from assistant.http.settings import HttpSettings
    from assistant.http.workers import AnswerPool, PooledAssistant, RecentAnswers

    pool = None
    try:
        settings = load_settings(index_dir=args.index_dir, source_dir=args.source)
        http = HttpSettings.from_env(workers=args.workers)
        # an LLM answerer streams its words and waits on the network: it answers in the web process
        workers = http.worker_count() if settings.generator == "extractive" or http.workers else 0
        # raises IndexNotBuiltError before any worker starts; no Chroma search before the workers fork
        assistant = PooledAssistant.open(settings, load_vectors_ahead=not workers)
        if workers:
            # the workers are forked from this process once it has loaded the models and the index
            pool = AnswerPool(settings, workers, http.answer_wait_seconds, http.max_waiting, preloaded=assistant)
            pool.start()  # before the UI and the server start threads of their own
        from assistant.ui.webapp import open_context

        from_env = os.environ.get("JOBQA_FEEDBACK_DB")
        feedback_db = args.feedback_db or (Path(from_env) if from_env else None)
        from evals.evaluation import evaluate

        ctx = open_context(settings, feedback_db=feedback_db, assistant=assistant, evaluate=evaluate,
                           eval_dataset=EVALS / "gold.jsonl", eval_out=EVALS / "out")
        if pool is not None:
            assistant.attach(pool, RecentAnswers())
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if pool is not None:
            pool.close()
        return 2
    import uvicorn

    from assistant.http.server import create_app

    host = args.host or os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    port = args.port or int(os.environ.get("GRADIO_SERVER_PORT") or 7860)
    print(f"feedback is stored in {ctx.feedback.path}; staff tools {'on' if ctx.auth.enabled else 'off'}; "
          f"{workers or 'no'} answer workers", flush=True)
    print(f"* Running on http://{host}:{port} (API: http://{host}:{port}/docs)", flush=True)
    try:
        uvicorn.run(create_app(ctx, http), host=host, port=port, log_level="warning", proxy_headers=True)
    finally:
        if pool is not None:
            pool.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
