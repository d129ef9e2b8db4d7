"""Process-wide defaults (no telemetry, no model downloads, quiet OpenMP), set once by each entry point."""

from __future__ import annotations

import os
from collections.abc import MutableMapping

# Each applies only when the variable is unset, so a user's own setting wins.
PROCESS_DEFAULTS = {
    "ANONYMIZED_TELEMETRY": "False",  # Chroma: send no usage data
    "GRADIO_ANALYTICS_ENABLED": "False",  # Gradio: send no usage data
    "HF_HUB_OFFLINE": "1",  # never download a model at run time
    "TRANSFORMERS_OFFLINE": "1",
    # Idle OpenMP threads sleep instead of spinning: on a busy 2-core host a spinning thread turns a
    # 15 ms query embedding into ~1 s (docs/scale.md). Read when the OpenMP runtime starts.
    "OMP_WAIT_POLICY": "PASSIVE",
}


def apply_process_defaults(environ: MutableMapping[str, str] = os.environ) -> MutableMapping[str, str]:
    """Set every PROCESS_DEFAULTS variable the environment does not set yet; returns `environ`."""
    for name, value in PROCESS_DEFAULTS.items():
        environ.setdefault(name, value)
    return environ
