#!/usr/bin/env bash
# Create .venv and install the project with its pinned dependencies (idempotent: a second run
# with the same pyproject.toml does nothing). torch is pinned to the CPU build, so pip never
# pulls the multi-GB CUDA one. Usage: bash scripts/setup.sh [extras, e.g. dev]
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python_bin="${PYTHON:-python3.11}"
command -v "$python_bin" >/dev/null 2>&1 || python_bin=python3
if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
fi
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${extras:-base}"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  .venv/bin/python -m pip install --quiet -e "$spec"
  touch "$stamp"
fi
