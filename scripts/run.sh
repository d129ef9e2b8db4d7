#!/usr/bin/env bash
# The main job: install, build the index from knowledge/ if it is missing, start the app.
# Usage: bash scripts/run.sh [app flags, e.g. --port 7861]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export ANONYMIZED_TELEMETRY=False GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1
index_dir="${JOBQA_INDEX_DIR:-data/index}"
if [ ! -f "$index_dir/CURRENT" ]; then
  echo "no index at $index_dir: building it from knowledge/"
  .venv/bin/python ingest.py --index-dir "$index_dir" || [ $? -eq 3 ]
fi
if [ -f app.py ]; then
  exec .venv/bin/python app.py --index-dir "$index_dir" "$@"
fi
.venv/bin/python -m assistant ask --index-dir "$index_dir" "고양시에 경력단절 여성 취업 도와주는 데 있어요?"
