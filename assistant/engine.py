"""Assistant: the one object the web app, the CLI and evals use. Models load once, here (ingest.py uses index.build)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from assistant.answer import changes as change_answers
from assistant.answer.conversation import Conversation
from assistant.answer.extractive import ExtractiveAnswerer
from assistant.answer.in_english import framed_for_english, in_english
from assistant.answer.invented import unless_invented
from assistant.answer.length import within_length
from assistant.answer.pointers import contact_pointers, with_pointers
from assistant.answer.meaning import MeaningReader
from assistant.answer.programs import ProgramAnswerer
from assistant.index.lines import LineVectors
from assistant.answer.refusals import HARD_REFUSALS, Refusal
from assistant.answer.resolution import Resolved, resolve, writes_most_said
from assistant.config import Settings
from assistant.index.embeddings import RememberedQueries, load_embedder
from assistant.errors import IndexNotBuiltError
from assistant.index.store import (
    chroma_client, collection_name, forget_clients, load_generation, load_vectors, read_analyzer, read_current,
    read_snapshot_dates, vector_store,
)
from assistant.documents.policies import SNAPSHOT_FIELD
from assistant.language.change_questions import asks_any_change, asks_changes
from assistant.language.english import asked_in_korean
from assistant.language.intents import asks_contact, asks_overview
from assistant.language.korean import KoreanAnalyzer, uses_multi_word_names
from assistant.language.questions import (
    HARD_TYPES, Question, analyze, clean_question, detect_language, problem_with, unknown_terms,
)
from assistant.index.retrieval import AssistantRetriever, Filters, HybridRetriever
from assistant.index.titles import ProgramTitles, load_titles
from assistant.roles import Embedder, StreamingAnswerer
from assistant.language.regions import load_regions
from assistant.answer import situation as situation_reply
from assistant.programs.catalog import ProgramRecord, coverage
from assistant.programs.finder import Match, Situation, find, today_in_korea
from assistant.programs.changes import latest_changes, read_history
from assistant.programs.storage import catalog_at
from assistant.types import Answer, Hit, SourceDocument

log = logging.getLogger(__name__)
RECENT_DAYS = 31  # a program a sync changed this recently is marked in the counselors' catalog


class Assistant:
    """Answers questions from the live index generation; picks up a newer generation by itself."""

    def __init__(
        self, settings: Settings, analyzer: KoreanAnalyzer, embedder: Embedder,
        llm_answerer: StreamingAnswerer | None = None,
    ):
        self.settings = settings
        self.analyzer = analyzer
        self.embedder = RememberedQueries(embedder)  # an answer embeds its question once, however often it searches
        self.llm_answerer = llm_answerer  # writes the answer from the passages when settings.generator asks
        self._lock = threading.RLock()
        self._generation_name: str | None = None
        self._current_stamp: tuple | None = None  # CURRENT's (inode, mtime, size) when last read
        self._loading: list[threading.Thread] = []  # what `open` started beside it; `warm` waits for them
        self.searched_vectors = False  # whether this process has searched Chroma (then forking it is unsafe)
        self.reload()

    @classmethod
    def open(cls, settings: Settings, analyzer: KoreanAnalyzer | None = None, embedder: Embedder | None = None,
             load_vectors_ahead: bool = True) -> Assistant:
        """Load the models and the index; IndexNotBuiltError (with the command to run) when there is none.

        `load_vectors_ahead=False` for a process that will fork answer workers: once Chroma has searched here, a
        forked child's first search never returns (its Rust threads are not copied), so the first search waits."""
        live = read_current(Path(settings.index_dir))
        if live is None:
            raise IndexNotBuiltError(settings.index_dir)
        loading = []
        search_ahead = load_vectors_ahead and not settings.server_mode
        if search_ahead:  # Chroma loads it without the GIL: beside Kiwi, which holds it
            loading.append(threading.Thread(target=load_vectors, daemon=True, name="load-vectors",
                                            args=(chroma_client(settings), collection_name(settings, live))))
            loading[-1].start()
        # the analyzer that made the index's morphemes: questions must be cut into the same ones
        built_with = read_analyzer(Path(settings.index_dir) / live)
        if analyzer is None or analyzer.name != built_with:
            analyzer = KoreanAnalyzer(multi_word_names=uses_multi_word_names(built_with))
        # Kiwi loads its language model on first use: in a thread, so the index files open meanwhile
        loading.append(threading.Thread(target=analyzer.terms, args=("일자리",), daemon=True, name="load-kiwi"))
        loading[-1].start()
        llm_answerer = None
        if settings.generator != "extractive":
            from assistant.answer.llm import build_llm_answerer

            llm_answerer = build_llm_answerer(settings, analyzer)
        assistant = cls(settings, analyzer, embedder or load_embedder(settings.embedder), llm_answerer)
        assistant._loading = loading
        assistant.searched_vectors = search_ahead
        return assistant

    def reload(self) -> None:
        """(Re)open the live generation, keeping the loaded models."""
        with self._lock:
            generation = load_generation(Path(self.settings.index_dir))
            if generation.analyzer != self.analyzer.name:  # a new generation made by another analyzer
                log.info("index %s was tokenized by %s; loading it", generation.name, generation.analyzer)
                self.analyzer = KoreanAnalyzer(multi_word_names=uses_multi_word_names(generation.analyzer))
            self.generation = generation
            self.retriever = self._retriever_over(generation)
            self.answerer = ExtractiveAnswerer(
                self.analyzer, generation.doc_freq, self.settings.stale_after_years, neighbor=self._chunk
            )
            reader = MeaningReader(LineVectors(generation.path), self._query_vector)
            titles = load_titles(generation.path) or ProgramTitles(generation.chunks)  # saved by the ingest, if it did
            self.programs = ProgramAnswerer(generation.chunks, self.analyzer, self.settings.stale_after_years, reader,
                                            titles)
            self._generation_name = generation.name
            self._documents: dict[str, SourceDocument] | None = None
            self._snapshot_dates: dict[str, str] | None = None  # source -> its portal snapshot's 기준일
            self._catalog: list[ProgramRecord] | None = None
            self._corpus: dict[str, object] = {}  # generation name -> its chunks' words (Generation.words)
            self._municipalities: tuple[str, list[str]] | None = None  # (generation name, its municipalities)

    def _retriever_over(self, generation) -> HybridRetriever:
        store = vector_store(chroma_client(self.settings), collection_name(self.settings, generation.name), self.embedder)
        return HybridRetriever(generation, store, self.embedder, self.analyzer, self.settings.dense_weight)

    def after_fork(self) -> None:
        """Make this Assistant usable in a process forked from the one that opened it.

        Everything loaded stays (models, the generation's files, shared copy-on-write with the parent), but
        the Chroma client is opened anew: the parent's works through threads a fork does not copy."""
        forget_clients()
        with self._lock:
            self.retriever = self._retriever_over(self.generation)

    def warm(self) -> None:
        """Load now what the first questions would otherwise load: Kiwi's language model and Chroma's vector index
        (`open` starts them in threads; this waits for them), the portal snapshot dates and the passages' words.
        Before forking workers, so each starts with them."""
        for thread in self._loading:
            thread.join()
        self.analyzer.terms("일자리")
        self._snapshot_date("#")
        self._known_in(self.generation)
        self.generation.warm()

    def _query_vector(self, text: str) -> tuple[float, ...]:
        """The question's vector for comparing it with lines; retrieval asked for the same text just before."""
        return tuple(self.embedder.embed_query(text))

    def _chunk(self, chunk_id: str):
        row = self.generation.row(chunk_id)
        return None if row is None else self.generation.chunks[row]

    def _fresh(self) -> None:
        """If an ingest made a newer generation since we opened ours, switch to it.

        Called for every question and document lookup, so it only looks at CURRENT's inode and time (one
        stat); CURRENT is read again when they change (an ingest replaces the file: a new inode)."""
        try:
            stat = os.stat(Path(self.settings.index_dir) / "CURRENT")
            stamp = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        if stamp is not None and stamp == self._current_stamp:
            return
        current = read_current(Path(self.settings.index_dir))
        if current:
            self._current_stamp = stamp
        if current and current != self._generation_name:
            log.info("index changed (%s -> %s); reloading", self._generation_name, current)
            self.reload()

    def retrieve(self, query: str, k: int = 5, municipality=None, year_from=None, year_to=None) -> list[Hit]:
        text = clean_question(query)
        if problem_with(text, self.settings.max_question_chars):
            return []
        self._fresh()
        question = analyze(text, self.analyzer)
        filters = Filters(municipality or None, year_from or None, year_to or None)
        return self.retriever.search(question.search_text, k=k, filters=filters, terms=list(question.terms))

    def as_retriever(
        self, k: int = 5, municipality: str | None = None, year_from: int | None = None, year_to: int | None = None
    ) -> AssistantRetriever:
        """This assistant's search (question analysis, hybrid fusion, filters) as a LangChain retriever, for LCEL chains."""
        return AssistantRetriever(
            search=functools.partial(self.retrieve, municipality=municipality, year_from=year_from, year_to=year_to), k=k
        )

    def ask(self, question: str, municipality=None, year_from=None, year_to=None, history=None,
            conversation: Conversation | None = None) -> Answer:
        answer = None
        for piece in self.stream(question, municipality, year_from, year_to, history, conversation):
            if isinstance(piece, Answer):
                answer = piece
        assert answer is not None
        return answer

    def stream(self, question: str, municipality=None, year_from=None, year_to=None, history=None,
               conversation: Conversation | None = None) -> Iterator:
        """Yield pieces of the answer text as they are ready, then the complete Answer.

        `conversation` (what the turns before settled: their program, the choice last offered) reads a
        follow-up or a bare choice ("전국이요"); `history` alone is the older form of its answered turns."""
        asked = asked_in_korean(clean_question(question) if isinstance(question, str) else "")
        if asked is not None:  # an English question the Korean pipeline answers: its answer in an English frame
            framed = in_english(self.ask(asked[0], municipality, year_from, year_to, history, conversation),
                                question, asked[1])  # None: a refusal the English pipeline words itself
            if framed is not None:
                yield from _pieces(framed.text)
                yield framed
                return
        if conversation is None:
            conversation = Conversation(history=tuple(tuple(pair) for pair in history or ()))
        answer, parsed, hits = self._extractive(question, municipality, year_from, year_to, conversation)
        if parsed is not None and answer.reason == Refusal.NOT_STATED and asks_contact(parsed):
            # "거기 전화번호는요?": the documents have no number, but may have the center's link or office
            found = self._search(self.retriever, parsed, Filters(municipality or None, year_from or None, year_to or None))
            answer = with_pointers(answer, contact_pointers(found), parsed.lang)
        if self.llm_answerer is not None and parsed is not None and answer.reason not in HARD_REFUSALS:
            yield from self.llm_answerer.stream(parsed.original, hits, answer)
            return
        answer = within_length(answer)  # a quoted page is no answer: cut after the last cited quote that fits
        answer = framed_for_english(self._with_snapshot_date(answer), question)  # "Tell me about 서울 매력일자리"
        for piece in _pieces(answer.text):
            yield piece
        yield answer

    def _with_snapshot_date(self, answer: Answer) -> Answer:
        """A note with the 기준일 of the portal snapshot(s) the cited programs come from."""
        sources = {c.source for c in answer.citations}  # a program cited twice is looked up once
        dates = sorted({d for d in map(self._snapshot_date, sources) if d})
        if not dates:
            return answer
        note = f"온통청년 자료 기준일 {', '.join(dates)} (그 뒤에 바뀌었을 수 있습니다)"
        return dataclasses.replace(answer, notes=(*answer.notes, note))

    def _snapshot_date(self, source: str) -> str:
        if "#" not in source:  # only portal records ("export.json#id") have one
            return ""
        with self._lock:
            if self._snapshot_dates is None:  # read once per generation, without the documents' texts
                self._snapshot_dates = read_snapshot_dates(self.generation.path, SNAPSHOT_FIELD)
            return self._snapshot_dates.get(source, "")

    def _extractive(self, raw: str, municipality, year_from, year_to, conversation: Conversation):
        text = clean_question(raw if isinstance(raw, str) else "")
        problem = problem_with(text, self.settings.max_question_chars)
        lang = detect_language(text)
        if problem:
            q = Question(raw or "", text, lang, "general", (), (), text)
            return self.answerer.refuse(q, Refusal(problem)), None, []
        self._fresh()
        if asks_changes(text):  # "○○ 사업 작년이랑 뭐가 달라졌어요?", "최근에 바뀐 사업 있어요?": the sync history
            changed = self._changes(text)
            if changed is not None:
                return changed, None, []
        # the 지역 filter may list a place's stored names ("경기도;수원시;고양시"): the residence is the place chosen, first
        chosen_place = (municipality or "").split(";")[0].strip() or None
        situation = situation_reply.situation_in(text, load_regions(), municipality=chosen_place)
        if situation is not None and not self.programs.titles.names_whole(text):
            # "27살 백수인데 의정부에서 뭐 신청할 수 있어요?": the finder answers (a program named whole is what is asked)
            return situation_reply.situation_answer(text, situation, self.find(situation), self._chunks_of), None, []
        with self._lock:  # one consistent generation for this question, even if an ingest lands meanwhile
            generation, retriever, answerer, programs = self.generation, self.retriever, self.answerer, self.programs
        history = list(conversation.history)
        filters = Filters(municipality or None, year_from or None, year_to or None)
        found: dict[str, list[Hit]] = {}  # the question's own search (in the chat's filters), run once for both
        # finding a described program and answering

        def searched(question: Question) -> list[Hit]:
            if question.search_text not in found:
                found[question.search_text] = self._search(retriever, question, filters)
            return found[question.search_text]

        chosen = conversation.pick(text)
        if chosen is not None and programs.titles.at(chosen.source) is not None:
            # "전국이요" / "2번": the question just asked, about the program picked
            question = analyze(clean_question(conversation.question) or text, self.analyzer, history)
            resolved = Resolved([programs.titles.at(chosen.source)], settled=True)
        else:
            question = analyze(text, self.analyzer, history)
            resolved = resolve(question, programs, conversation, lambda: searched(question), self._known_in(generation),
                               lambda respelt: analyze(respelt, self.analyzer, history))
            question = resolved.question if resolved and resolved.question else question
        search = lambda program: self._search(retriever, question, Filters(document_ids=(program.document_id,)))  # noqa: E731
        named = (programs.answer(question, search, answerer, today_in_korea(), named=resolved.programs,
                                 settled=resolved.settled, described=resolved.described)
                 if resolved and resolved.programs else None)
        if (named is not None and resolved.described and not resolved.sure and not named.abstained
                and not writes_most_said(question, programs, resolved.programs[0])):
            # found by what the question says, not by its name: a field answer must still come from a document
            # the question names at least in part ("삼성전자 신입 연봉이 얼마예요?" is no program's 인건비), unless
            # every word it says of the program is on that page alone, or its page writes three quarters of them
            named = programs.unnamed(question, named)
        if named is not None and (not named.abstained or (resolved.sure and not resolved.described)):
            # "거제시 청년 스펙-UP 지원사업 면접수당은?": that program's document answers, or says it lacks it
            return unless_invented(named, question, programs, self.analyzer), question, list(named.hits)
        unnamed = self._unnamed(question, generation, answerer, programs, filters, searched)
        if named is not None and resolved.sure and not (unnamed[0].citations
                                                        and unnamed[0].citations[0].source == named.program):
            # a program described clearly or named in part whose page does not answer: "that program's document
            # does not say", unless the question's own search answers from that program's page after all
            return named, question, list(named.hits)
        answer, asked, hits = unnamed
        return unless_invented(answer, asked, programs, self.analyzer), asked, hits

    def _unnamed(self, question: Question, generation, answerer, programs, filters: Filters, searched):
        """(answer, question, hits) for a question about no program in particular."""
        missing = [p for p in question.places if generation.doc_freq.get(p, 0) == 0]
        if missing:  # a place no passage or document title names
            return answerer.refuse(question, Refusal.NO_PLACE, missing[0]), question, []
        known = self._known_in(generation)
        unknown = unknown_terms(question, self.analyzer, known)
        if unknown:  # the question asks about something no document mentions ("마감일", "참가비")
            if not any(known(t) for t in question.terms if t not in unknown):
                return answerer.refuse(question, Refusal.OFF_TOPIC), question, []
            return answerer.refuse(question, Refusal.NOT_STATED, detail=unknown[0]), question, []
        hits = searched(question)
        if not hits and filters.active:
            return answerer.refuse(question, Refusal.NO_MATCH), question, []
        return programs.unnamed(question, answerer.answer(question, hits, today_in_korea())), question, hits

    def _changes(self, text: str) -> Answer | None:
        """The answer from the sync history; None when the index holds no portal export (answered as usual)."""
        history = read_history(self._source_dir())
        if not history:
            dates = sorted({p.meta["as_of"] for p in self.catalog() if p.meta.get("as_of")})
            return change_answers.no_history(text, dates[-1]) if dates else None
        named = [] if asks_any_change(text) else self.programs.titles.match(text)
        if not named:
            return change_answers.recent_changes(text, latest_changes(self._source_dir()), self._chunks_of)
        program = named[0]
        rows = [r for r in history if r.source == program.source]
        return change_answers.program_changes(text, program.title, rows, self.document(program.source),
                                              self._chunks_of(program.source), load_regions())

    def _search(self, retriever: HybridRetriever, question: Question, filters: Filters) -> list[Hit]:
        """Hybrid search; a question naming several places also searches each place on its own, so
        a comparison gets passages about every city it names, not only the best-matching one."""
        k = self.settings.top_k
        if asks_overview(question, HARD_TYPES):  # "뭐 있어요?": a list of what there is reads more passages
            k *= 2
        if not question.places and question.answer_type == "place":
            # "어느 도시가…?": the best passage of each document first, so every city that answers is seen
            hits = retriever.search(question.search_text, k=2 * k, filters=filters, terms=list(question.terms))
            return _interleave_documents(hits)[:k]
        hits = retriever.search(question.search_text, k=k, filters=filters, terms=list(question.terms))
        if len(question.places) < 2:
            return hits
        best = {h.chunk.chunk_id: h for h in hits}
        kept: set[str] = set()  # each place's own best passages stay, however the other place scores
        for place in question.places:
            others = set(question.places) - {place}
            terms = [t for t in question.terms if t not in others]
            text = " ".join(w for w in question.search_text.split() if not any(o in w for o in others))
            own = retriever.search(text, k=max(3, k // 2), filters=self._place_filters(place, filters), terms=terms)
            kept |= {h.chunk.chunk_id for h in own[:2]}
            for h in own:
                if h.chunk.chunk_id not in best or best[h.chunk.chunk_id].score < h.score:
                    best[h.chunk.chunk_id] = h
        ranked = sorted(best.values(), key=lambda h: (-h.score, h.chunk.chunk_id))
        top = ranked[: k + len(question.places)]
        return top + [h for h in ranked[len(top):] if h.chunk.chunk_id in kept]

    def _place_filters(self, place: str, filters: Filters) -> Filters:
        """`filters` narrowed to the one municipality a place stem names ("수원" -> 수원시), if there is one."""
        named = [m for m in self.municipalities() if m.startswith(place)]
        return dataclasses.replace(filters, municipality=named[0]) if len(named) == 1 and not filters.municipality else filters

    def _known_in(self, generation):
        """term -> whether any passage of `generation` holds it, as a morpheme or inside a longer word."""
        with self._lock:
            if self._corpus.get(generation.name) is None:
                self._corpus = {generation.name: generation.words()}
            corpus = self._corpus[generation.name]
        return lambda term: generation.doc_freq.get(term, 0) > 0 or corpus.find(term.encode()) >= 0

    def document(self, source: str) -> SourceDocument | None:
        self._fresh()
        with self._lock:
            if self._documents is None:
                self._documents = {d.source: d for d in self.generation.documents()}
            return self._documents.get(source)

    def catalog(self) -> list[ProgramRecord]:
        """Every program the documents describe (built at ingest; read afresh for an older index)."""
        self._fresh()
        with self._lock:
            if self._catalog is None:
                self._catalog = catalog_at(self.generation.path, self.generation.documents)
            return self._catalog

    def _source_dir(self) -> Path:
        """The folder the live index was built from (where a sync keeps its history), else the configured one."""
        built_from = self.generation.manifest.get("source_dir")
        return Path(built_from) if built_from and Path(built_from).is_dir() else Path(self.settings.source_dir)

    def recent_changes(self, days: int = RECENT_DAYS) -> dict:
        """source -> the latest ProgramChange (added or changed) of a sync in the last `days` days."""
        since = (today_in_korea() - dt.timedelta(days=days)).isoformat()
        found: dict = {}
        for change in read_history(self._source_dir(), since):  # newest first
            if change.kind != "removed":
                found.setdefault(change.source, change)
        return found

    def find(self, situation: Situation, include_ineligible: bool = False, open_only: bool = False) -> list[Match]:
        """Every program judged for a resident's situation, eligible and open first."""
        return find(self.catalog(), situation, load_regions(), include_ineligible, open_only)

    def _chunks_of(self, source: str) -> list:
        ids = self.generation.manifest.get("documents", {}).get(source, {}).get("chunk_ids", [])
        return [c for c in (self._chunk(i) for i in ids) if c is not None]

    def municipalities(self) -> list[str]:
        """Every municipality some document is about (a document may name several, joined by ';').

        Read once per generation: comparisons look places up in it for every question."""
        generation = self.generation
        if self._municipalities is None or self._municipalities[0] != generation.name:
            names = sorted({m.strip() for value in generation.distinct("municipality") for m in value.split(";")
                            if m.strip()})
            self._municipalities = (generation.name, names)
        return self._municipalities[1]

    def years(self) -> list[int]:
        """Publication years present in the index, for the year filters."""
        return sorted({int(y) for y in set(self.generation.column("published_year").tolist()) if y})

    def stats(self) -> dict:
        manifest = self.generation.manifest
        return {
            "documents": len(manifest.get("documents", {})),
            "chunks": len(self.generation.chunks),
            "last_ingest": manifest.get("created", ""),
            "embedder": manifest.get("embedder", ""),
            "index_dir": str(self.settings.index_dir),
            "generation": self.generation.name,
            "chroma": f"{self.settings.chroma_host}:{self.settings.chroma_port}" if self.settings.server_mode else "local",
            "programs": len(self.catalog()),
            "program_fields_stated": coverage(self.catalog()),  # share of programs stating each field
        }


def _interleave_documents(hits: list[Hit]) -> list[Hit]:
    """Round-robin over documents in rank order: each document's best hit, then each one's second..."""
    by_doc: dict[str, list[Hit]] = {}
    for h in hits:
        by_doc.setdefault(h.chunk.document_id, []).append(h)
    rounds = max((len(v) for v in by_doc.values()), default=0)
    return [group[i] for i in range(rounds) for group in by_doc.values() if i < len(group)]


def _pieces(text: str, size: int = 24) -> Iterator[str]:
    for i in range(0, len(text), size):
        yield text[i : i + size]
