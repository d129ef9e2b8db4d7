#!/usr/bin/env bash
# The main job: install, build the index from knowledge/ if it is missing, start the app.
# Usage: bash scripts/run.sh [app flags, e.g. --port 7861]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Scanned PDFs in knowledge/ are read with Debian's OCR tools; install them where we can (best effort).
if ! command -v tesseract >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-kor poppler-utils >/dev/null) \
      || echo "warning: could not install tesseract; scanned PDFs will be skipped with that advice" >&2
  fi
fi
export ANONYMIZED_TELEMETRY=False GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1
index_dir="${JOBQA_INDEX_DIR:-data/index}"
if [ ! -f "$index_dir/CURRENT" ]; then
  # knowledge/.vector-cache.npz holds the vectors of the bundled articles and programs: about half a minute, not ten
  echo "no index at $index_dir: building it from knowledge/ (5 articles, 461 온통청년 programs)"
  .venv/bin/python ingest.py --index-dir "$index_dir" || [ $? -eq 3 ]
fi
if [ -f app.py ]; then
  exec .venv/bin/python app.py --index-dir "$index_dir" "$@"
fi
.venv/bin/python -m assistant ask --index-dir "$index_dir" "고양시에 경력단절 여성 취업 도와주는 데 있어요?"
