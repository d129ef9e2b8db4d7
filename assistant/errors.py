"""Precise errors the library raises; entry points turn them into one line with the next step."""

from __future__ import annotations

from pathlib import Path


class AssistantError(Exception):
    """Base class: the message is meant for the person running the command."""


class ConfigError(AssistantError):
    """A setting has a value the assistant cannot use."""


class DocumentLoadError(AssistantError):
    """A source file could not be read; ingest names it and goes on with the rest."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class IndexNotBuiltError(AssistantError):
    """No index where one was expected."""

    def __init__(self, index_dir: Path | str):
        self.index_dir = str(index_dir)
        super().__init__(f"no index at {self.index_dir} — run `python ingest.py --index-dir {self.index_dir}` first")


class IngestLockedError(AssistantError):
    """Another ingest holds the index."""

    def __init__(self, index_dir: Path | str):
        super().__init__(f"another ingest is running on {index_dir}; wait for it to finish and try again")


class ChromaUnavailableError(AssistantError):
    """The Chroma server named in the settings does not answer."""

    def __init__(self, host: str, port: int, reason: str = ""):
        detail = f" ({reason})" if reason else ""
        super().__init__(
            f"cannot reach the Chroma server at {host}:{port}{detail} — start it with "
            f"`chroma run --path DIR --host {host} --port {port}`, or drop --chroma-host to use the local index"
        )
