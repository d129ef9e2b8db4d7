"""Optional LLM answers (an OpenAI-compatible server or a local GGUF model), still grounded.

The model writes from numbered passages; its reply streams to the user as it arrives, then is
checked (grounding.py): only sentences its cited passages support stay. When nothing survives,
the model refuses what the documents answer, or the server fails, the extractive answer is
returned instead, with a note saying so. Never an exception once the answerer is built.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.answer.grounding import CheckedReply, GroundingChecker
from assistant.language.korean import KoreanAnalyzer
from assistant.language.questions import detect_language
from assistant.answer.refusals import age_notes, introduce_quotes
from assistant.answer.prompting import PASSAGE_TOKENS, Passage, build_prompt, fit_passages
from assistant.types import Answer, Citation, Hit

log = logging.getLogger(__name__)

MAX_ANSWER_TOKENS = 512
LLAMACPP_CONTEXT = 4096
NOTE_UNVERIFIED = "LLM 답변을 검증하지 못해 문서 인용 답변으로 대신합니다."
NOTE_FAILED = "LLM 서버에서 답을 받지 못해 문서 인용 답변으로 대신합니다."
NOTE_REFUSED = "LLM이 문서에서 답을 찾지 못해 문서 인용 답변으로 대신합니다."
NOTE_DROPPED = "문서로 확인되지 않는 LLM 문장 {n}개를 뺐습니다."


class LLMAnswerer:
    """Prompt, stream, check, compose; subclasses only say how tokens come out of the model."""

    name = "llm"

    def __init__(self, analyzer: KoreanAnalyzer, stale_after_years: int = 3, budget: int = PASSAGE_TOKENS):
        self.checker = GroundingChecker(analyzer)
        self.stale_after_years = stale_after_years
        self.budget = budget

    def _tokens(self, prompt: list[dict[str, str]]) -> Iterator[str]:
        raise NotImplementedError

    def stream(self, question: str, hits: list[Hit], extractive: Answer) -> Iterator[str | Answer]:
        """Yield the model's text as it arrives, then the checked Answer (or the extractive one + a note)."""
        passages = fit_passages(hits, self.budget)
        if not passages:
            yield extractive.text
            yield replace(extractive, generator=self.name)
            return
        reply: list[str] = []
        try:
            for token in self._tokens(build_prompt(question, passages)):
                reply.append(token)
                yield token
        except Exception as exc:  # any failure of the model or its server: answer from the documents
            log.warning("%s answerer failed (%s); answering extractively", self.name, type(exc).__name__)
            yield _with_note(extractive, NOTE_FAILED)
            return
        yield self.finish(question, "".join(reply), passages, extractive)

    def finish(self, question: str, reply: str, passages: list[Passage], extractive: Answer) -> Answer:
        """The reply's supported sentences as a cited Answer, or the extractive answer with a note."""
        checked = self.checker.check(reply, passages)
        log.info("%s reply: %d sentences kept, %d dropped", self.name, len(checked.claims), checked.dropped)
        if checked.refused:
            if extractive.abstained:
                return replace(extractive, generator=self.name)
            return _with_note(extractive, NOTE_REFUSED)
        if not checked.claims:
            return _with_note(extractive, NOTE_UNVERIFIED)
        return self._compose(question, checked, passages, extractive)

    def _compose(
        self, question: str, checked: CheckedReply, passages: list[Passage], extractive: Answer
    ) -> Answer:
        order: dict[int, int] = {}  # passage number -> citation number, by first appearance
        for claim in checked.claims:
            for n in claim.numbers:
                order.setdefault(n, len(order) + 1)
        lang = detect_language(question)
        cited = (f"{c.text} " + "".join(f"[{order[n]}]" for n in c.numbers) for c in checked.claims)
        body = introduce_quotes(" ".join(cited), lang)
        by_number = {p.number: p for p in passages}
        citations = [_citation(order[n], by_number[n], checked) for n in order]
        notes = age_notes(citations, dt.date.today(), self.stale_after_years, lang)
        if checked.dropped:
            notes.append(NOTE_DROPPED.format(n=checked.dropped))
        hits = extractive.hits or tuple(p.hit for p in passages)
        return Answer(question, body, False, tuple(citations), tuple(notes), generator=self.name, hits=hits)


class OpenAIAnswerer(LLMAnswerer):
    """Any server that speaks OpenAI chat completions: OpenAI, Ollama, vLLM, llama.cpp server, LM Studio."""

    name = "openai"

    def __init__(self, settings: Settings, analyzer: KoreanAnalyzer, environ: Mapping[str, str] | None = None,
                 streaming: bool = True):
        super().__init__(analyzer, settings.stale_after_years)
        self.model = settings.llm_model
        self.streaming = streaming
        self._chat = _chat_openai(settings, os.environ if environ is None else environ)

    def __repr__(self) -> str:  # never the client: its settings hold the key
        return f"OpenAIAnswerer(model={self.model!r})"

    def _tokens(self, prompt: list[dict[str, str]]) -> Iterator[str]:
        if not self.streaming:
            yield _text(self._chat.invoke(prompt).content)
            return
        for chunk in self._chat.stream(prompt):
            text = _text(chunk.content)
            if text:
                yield text


def _chat_openai(settings: Settings, environ: Mapping[str, str]):
    """A ChatOpenAI for the configured server; OPENAI_BASE_URL and OPENAI_API_KEY as everywhere else."""
    try:
        from langchain_openai import ChatOpenAI
    except ImportError:
        raise ConfigError(
            "--generator openai needs langchain-openai — run `pip install -e '.[llm]'`"
        ) from None
    if not settings.llm_model:
        raise ConfigError(
            "--generator openai needs a model name — give --llm-model (env JOBQA_LLM_MODEL), e.g. qwen2.5:7b"
        )
    base_url = environ.get("OPENAI_BASE_URL") or environ.get("OPENAI_API_BASE") or None
    key = environ.get("OPENAI_API_KEY") or None
    if not base_url and not key:
        raise ConfigError(
            "--generator openai needs OPENAI_BASE_URL (a local server, e.g. http://localhost:11434/v1) "
            "or OPENAI_API_KEY (the hosted API) — see docs/llm.md"
        )
    return ChatOpenAI(
        model=settings.llm_model,
        base_url=base_url,
        api_key=key or "not-needed",  # local servers ignore the key, but the client insists on one
        timeout=settings.llm_timeout,
        max_retries=0,
        temperature=0,
        max_tokens=MAX_ANSWER_TOKENS,
    )


class LlamaCppAnswerer(LLMAnswerer):
    """A local GGUF model through llama-cpp-python (optional extra `llamacpp`), one answer at a time."""

    name = "llamacpp"

    def __init__(self, settings: Settings, analyzer: KoreanAnalyzer):
        super().__init__(analyzer, settings.stale_after_years)
        self.path = _gguf_path(settings.llm_model)
        try:
            from llama_cpp import Llama
        except ImportError:
            raise ConfigError(
                "--generator llamacpp needs llama-cpp-python — run `pip install -e '.[llamacpp]'`"
            ) from None
        try:
            self._llm = Llama(model_path=str(self.path), n_ctx=LLAMACPP_CONTEXT, verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise ConfigError(f"{self.path}: llama.cpp could not load it as a GGUF model ({exc})") from None
        self._lock = threading.Lock()  # a Llama context serves one generation at a time

    def __repr__(self) -> str:
        return f"LlamaCppAnswerer(path={str(self.path)!r})"

    def _tokens(self, prompt: list[dict[str, str]]) -> Iterator[str]:
        with self._lock:
            chunks = self._llm.create_chat_completion(
                messages=prompt, stream=True, temperature=0, max_tokens=MAX_ANSWER_TOKENS
            )
            for chunk in chunks:
                text = chunk["choices"][0].get("delta", {}).get("content")
                if text:
                    yield text


def _gguf_path(model: str) -> Path:
    if not model:
        raise ConfigError("--generator llamacpp needs the path of a GGUF file — give --llm-model PATH")
    path = Path(model).expanduser()
    if not path.is_file():
        raise ConfigError(
            f"no GGUF model at {path} — download one (see docs/llm.md) and give its path with --llm-model"
        )
    return path


def build_llm_answerer(settings: Settings, analyzer: KoreanAnalyzer | None = None) -> LLMAnswerer:
    """The LLM answerer `settings.generator` names; ConfigError (with the fix) when it cannot be used."""
    analyzer = analyzer or KoreanAnalyzer()
    if settings.generator == "openai":
        return OpenAIAnswerer(settings, analyzer)
    if settings.generator == "llamacpp":
        return LlamaCppAnswerer(settings, analyzer)
    raise ConfigError(f"no LLM answerer called {settings.generator!r} — use openai or llamacpp")


def _with_note(answer: Answer, note: str) -> Answer:
    return replace(answer, notes=(*answer.notes, note))


def _text(content) -> str:
    """Message content as text: a string, or the text parts of a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in content if _is_part(p))
    raise ValueError(f"unexpected message content of type {type(content).__name__}")


def _is_part(part) -> bool:
    return isinstance(part, str) or (isinstance(part, dict) and part.get("type", "text") == "text")


def _citation(number: int, passage: Passage, checked: CheckedReply) -> Citation:
    """Citation for a cited passage; the snippet is the passage sentence that best supports a claim."""
    support = [c.support[passage.number] for c in checked.claims if passage.number in c.support]
    snippet = max(support, key=lambda s: s[0])[1] or passage.shown
    return Citation.quote(number, passage.hit, snippet)
