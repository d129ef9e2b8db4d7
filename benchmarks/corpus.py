"""Synthetic Korean corpora for the scale benchmark, every document labelled as synthetic.

Passages are sentence windows of knowledge/ and of KorQuAD paragraphs. A corpus of n chunks is n
one-passage files; when n exceeds the number of distinct passages, passages repeat (the file name
and its copy number differ), which lets the benchmark do Kiwi and the embedder once per distinct
text (see vectors.py) and still index, store and search n chunks.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

LABEL = "※ 벤치마크용 합성 문서입니다. 실제 정책이 아닙니다."
TITLE = "합성 벤치마크 문서 (실제 정책 아님)"
PUBLISHER = "합성 데이터(벤치마크)"
PLACES = ("수원시", "대전광역시", "고양시", "서울특별시", "의정부시")
MAX_CHARS = 220  # one passage stays inside one 300-token chunk, in both pipelines
_SENTENCE = re.compile(r"(?<=[.!?다요])\s+|\n+")


def passages(knowledge: Path, korquad: Path | None) -> list[str]:
    """Distinct passages of at most MAX_CHARS characters, in a fixed order."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(knowledge).glob("*.txt"))]
    if korquad is not None:
        data = json.loads(Path(korquad).read_text(encoding="utf-8"))["data"]
        texts += [p["context"] for article in data for p in article["paragraphs"]]
    out, seen = [], set()
    for text in texts:
        for window in _windows(text):
            if window not in seen:
                seen.add(window)
                out.append(window)
    return out


def _windows(text: str):
    current = ""
    for sentence in (s.strip() for s in _SENTENCE.split(text)):
        if not sentence or len(sentence) > MAX_CHARS:
            continue
        if len(current) + len(sentence) + 1 > MAX_CHARS:
            if len(current) >= 40:
                yield current
            current = ""
        current = f"{current} {sentence}".strip()
    if len(current) >= 40:
        yield current


def write_corpus(folder: Path, size: int, pool: list[str]) -> Path:
    """`size` one-passage files in folder/corpus-<size>/ (1000 a subfolder) and metadata.csv; kept for reuse."""
    root = Path(folder) / f"corpus-{size}"
    done = root / ".complete"
    if done.exists():
        return root
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "metadata.csv", "w", encoding="utf-8", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(["file", "title", "municipality", "publisher", "published", "url"])
        for i in range(size):
            k = i % len(pool)
            name = f"{i // 1000:03d}/syn_{i:06d}.txt"
            path = root / name
            path.parent.mkdir(exist_ok=True)
            path.write_text(f"{LABEL}\n{pool[k]}\n", encoding="utf-8")
            table.writerow([name, TITLE, PLACES[k % len(PLACES)], PUBLISHER, f"{2015 + k % 9}", ""])
    done.write_text(str(size))
    return root


def questions(korquad: Path | None, count: int) -> list[str]:
    """Questions for the latency runs: the seed knowledge's, then KorQuAD's (their paragraphs are indexed)."""
    out = [
        "고양시 일자리센터는 어떤 일을 하나요?",
        "수원시 희망 일터 목표는 몇 명인가요?",
        "대전시 일자리 정책은 무엇이 있나요?",
        "의정부시가 받은 상은 무엇인가요?",
        "서울 자치구 중 일자리 창출 1위는 어디인가요?",
    ]
    if korquad is not None:
        data = json.loads(Path(korquad).read_text(encoding="utf-8"))["data"]
        out += [qa["question"] for a in data for p in a["paragraphs"] for qa in p["qas"][:1]]
    return [out[i % len(out)] for i in range(count)]
