"""A generation's chunks as columns: written once at ingest, memory-mapped by every process that opens the index.

Reading `chunks.jsonl` into 100k `Chunk` objects took ~1.5 s of every start at 100k chunks (a JSON parse
per line). The table keeps the same chunks as a few files in `table/`:

    header.json          format and row count (written last: a table without it is unfinished)
    values.json          each text field's distinct values
    text.bytes           every chunk's text, UTF-8, back to back (text.offsets.npy: where each starts)
    words.bytes          every chunk's text without spaces, one a line: what a question's words are looked up in
    <field>.npy          the integer fields, and each text field as codes into its distinct values
    chunk_id.json        the chunk ids, in row order

A reader opens them without reading them (`np.load(mmap_mode="r")`, `mmap`) and builds a `Chunk` only for a
row a question touches. Forked workers share the pages.
"""

from __future__ import annotations

import json
import mmap
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from assistant.types import Chunk, DocumentMeta

TABLE_DIR = "table"
TABLE_FORMAT = 1  # bump when a column changes meaning: an older table is then ignored (chunks.jsonl is read)
TEXT_FIELDS = ("document_id", "source", "section", "title", "municipality", "publisher", "published", "url")
INT_FIELDS = ("index", "start", "end")


class TableWriter:
    """Collects chunks in row order; texts go to disk as they come, the columns at `commit`."""

    def __init__(self, generation_dir: Path):
        self.path = Path(generation_dir) / TABLE_DIR
        self.path.mkdir(parents=True, exist_ok=True)
        self._text = open(self.path / "text.bytes", "wb")
        self._words = open(self.path / "words.bytes", "wb")
        self._offsets = [0]
        self._ids: list[str] = []
        self._ints: dict[str, list[int]] = {name: [] for name in INT_FIELDS}
        self._values: dict[str, dict[str, int]] = {name: {} for name in TEXT_FIELDS}
        self._codes: dict[str, list[int]] = {name: [] for name in TEXT_FIELDS}

    def add(self, chunk: Chunk) -> None:
        data = chunk.text.encode("utf-8")
        self._text.write(data)
        self._offsets.append(self._offsets[-1] + len(data))
        self._words.write(chunk.text.replace(" ", "").encode("utf-8") + b"\n")
        self._ids.append(chunk.chunk_id)
        for name in INT_FIELDS:
            self._ints[name].append(getattr(chunk, name))
        for name, value in _text_fields(chunk):
            self._codes[name].append(self._values[name].setdefault(value, len(self._values[name])))

    def commit(self) -> None:
        for handle in (self._text, self._words):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        _save(self.path / "text.offsets.npy", np.asarray(self._offsets, dtype=np.int64))
        for name in INT_FIELDS:
            _save(self.path / f"{name}.npy", np.asarray(self._ints[name], dtype=np.int64))
        for name in TEXT_FIELDS:
            _save(self.path / f"{name}.npy", np.asarray(self._codes[name], dtype=np.int32))
        _write_json(self.path / "chunk_id.json", self._ids)
        _write_json(self.path / "values.json", {n: list(v) for n, v in self._values.items()})
        # the header last: a table without it is unfinished and never read
        _write_json(self.path / "header.json", {"format": TABLE_FORMAT, "rows": len(self._ids)})

    def abort(self) -> None:
        for handle in (self._text, self._words):
            if not handle.closed:
                handle.close()


def write_table(generation_dir: Path, chunks: Iterable[Chunk]) -> None:
    """The table of an existing generation (one written before tables were), from its chunks in row order."""
    writer = TableWriter(generation_dir)
    try:
        for chunk in chunks:
            writer.add(chunk)
        writer.commit()
    except BaseException:
        writer.abort()
        raise


def has_table(generation_dir: Path) -> bool:
    return _header(Path(generation_dir) / TABLE_DIR) is not None


class ChunkTable(Sequence):
    """The chunks of a generation, row by row, read from the table's memory-mapped columns on demand."""

    def __init__(self, generation_dir: Path):
        path = Path(generation_dir) / TABLE_DIR
        header = _header(path)
        if header is None:
            raise FileNotFoundError(path / "header.json")
        self.path = path
        self._rows = int(header["rows"])
        self._values: dict[str, list[str]] = json.loads((path / "values.json").read_text(encoding="utf-8"))
        self._text = _mapped(path / "text.bytes")
        self._offsets = np.load(path / "text.offsets.npy", mmap_mode="r")
        self._ints = {name: np.load(path / f"{name}.npy", mmap_mode="r") for name in INT_FIELDS}
        self._codes = {name: np.load(path / f"{name}.npy", mmap_mode="r") for name in TEXT_FIELDS}
        self._ids: list[str] | None = None
        self._row_of: dict[str, int] | None = None
        self._columns: dict[str, np.ndarray] = {}
        self._words: bytes | mmap.mmap | None = None

    def __len__(self) -> int:
        return self._rows

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(self._rows))]
        row = int(row)
        if row < 0:
            row += self._rows
        if not 0 <= row < self._rows:
            raise IndexError(row)
        value = {name: self._values[name][int(self._codes[name][row])] for name in TEXT_FIELDS}
        meta = DocumentMeta(title=value["title"], municipality=value["municipality"], publisher=value["publisher"],
                            published=value["published"], url=value["url"])
        return Chunk(chunk_id=self.chunk_ids()[row], document_id=value["document_id"],
                     index=int(self._ints["index"][row]), text=self.text(row), start=int(self._ints["start"][row]),
                     end=int(self._ints["end"][row]), source=value["source"], meta=meta, section=value["section"])

    def __iter__(self) -> Iterator[Chunk]:
        for row in range(self._rows):
            yield self[row]

    def text(self, row: int) -> str:
        start, end = int(self._offsets[row]), int(self._offsets[row + 1])
        return self._text[start:end].decode("utf-8")

    def chunk_ids(self) -> list[str]:
        if self._ids is None:
            self._ids = json.loads((self.path / "chunk_id.json").read_text(encoding="utf-8"))
        return self._ids

    def row_of(self, chunk_id: str) -> int | None:
        if self._row_of is None:
            self._row_of = {chunk_id: row for row, chunk_id in enumerate(self.chunk_ids())}
        return self._row_of.get(chunk_id)

    def column(self, name: str) -> np.ndarray:
        """One field of every chunk as an array (as `Generation.column`), from the codes: no chunk is built."""
        values = self._columns.get(name)
        if values is None:
            if name == "published_year":
                years = np.asarray([DocumentMeta(published=p).published_year for p in self._values["published"]]
                                   or [0], dtype=np.int64)
                values = years[np.asarray(self._codes["published"])]
            elif name in INT_FIELDS:
                values = np.asarray(self._ints[name])
            elif name == "chunk_id":
                values = np.asarray(self.chunk_ids())
            else:
                values = np.asarray(self._values[name] or [""])[np.asarray(self._codes[name])]
            self._columns[name] = values
        return values

    def distinct(self, name: str) -> list[str]:
        """The values of a text field that some chunk has."""
        used = np.unique(np.asarray(self._codes[name])) if self._rows else []
        return [self._values[name][int(i)] for i in used]

    def words(self) -> bytes | mmap.mmap:
        """Every chunk's text without spaces, one a line, as UTF-8 bytes (memory-mapped): a word's UTF-8 is
        inside it exactly when the word is inside some chunk's text."""
        if self._words is None:
            self._words = _mapped(self.path / "words.bytes")
        return self._words


def _text_fields(chunk: Chunk):
    meta = chunk.meta
    yield "document_id", chunk.document_id
    yield "source", chunk.source
    yield "section", chunk.section
    yield "title", meta.title
    yield "municipality", meta.municipality
    yield "publisher", meta.publisher
    yield "published", meta.published
    yield "url", meta.url


def _header(path: Path) -> dict | None:
    try:
        header = json.loads((path / "header.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return header if isinstance(header, dict) and header.get("format") == TABLE_FORMAT else None


def _mapped(path: Path) -> bytes | mmap.mmap:
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            return b""  # mmap cannot map an empty file
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def _save(path: Path, array: np.ndarray) -> None:
    with open(path, "wb") as f:
        np.save(f, array)
        f.flush()
        os.fsync(f.fileno())


def _write_json(path: Path, value) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
