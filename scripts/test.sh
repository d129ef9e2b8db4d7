#!/usr/bin/env bash
# Install everything the tests need (the project with its dev extras; Debian's chromium and
# chromedriver for the browser test, and tesseract with its Korean model and poppler-utils for
# reading scanned PDFs, when root) and run the whole test suite.
# Usage: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list 2>/dev/null | grep -qi "noto sans cjk" \
   || [ ! -x /usr/bin/tesseract ] || [ ! -x /usr/bin/pdftoppm ] \
   || ! ls /usr/share/tesseract-ocr/*/tessdata/kor.traineddata >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk \
      tesseract-ocr tesseract-ocr-kor poppler-utils >/dev/null) \
      || echo "warning: could not install chromium or tesseract; the browser and OCR tests will be skipped" >&2
  else
    echo "warning: not root, chromium and tesseract not installed; the browser and OCR tests will be skipped" >&2
  fi
fi
export ANONYMIZED_TELEMETRY=False GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
exec .venv/bin/python -m pytest "$@"
