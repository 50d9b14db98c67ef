"""What the ways out of an empty result cost: "did you mean" and partial matches against the search itself.

    python -m benchmarks.ways_out --index DIR [--rounds 3]

For zero-hit queries made from the index's own vocabulary — each 提法 and person with one
character swapped for a homophone, and pasted passages of two articles' sentences joined —
prints the time of the search alone and of the search with its suggestions (p50, p95, and
their ratio), the first vocabulary build of the generation, and how often a slip got its
value back. Run it from the repository root on a built index.
"""
from __future__ import annotations

import argparse
import statistics
import time

from dangjian.search import vocabulary
from dangjian.search.didyoumean import did_you_mean, partial_matches
from dangjian.search.engine import Engine
from dangjian.search.request import SearchRequest

SWAPS = {"立": "力", "护": "户", "识": "实", "信": "心", "课": "颗", "关": "观", "想": "响", "育": "玉",
         "学": "雪", "建": "见", "设": "社", "题": "提", "议": "意", "机": "基", "明": "名", "华": "化",
         "文": "闻", "国": "果", "志": "治", "伟": "维", "强": "墙", "军": "均", "平": "评", "林": "临"}


def slips(engine: Engine, limit: int) -> list[tuple[str, str]]:
    """Return (slip, value) for 提法 and people with one character swapped for a homophone."""
    facets = engine.stats()["facets"]
    out = []
    for name in ("slogans", "people"):
        for value in sorted(facets[name], key=lambda v: -facets[name][v]):
            k = next((i for i, c in enumerate(value) if c in SWAPS), None)
            if k is not None and len(value) >= 2:
                out.append((value[:k] + SWAPS[value[k]] + value[k + 1:], value))
    return out[:limit]


def passages(engine: Engine, limit: int) -> list[str]:
    """Return passages joining a sentence of one article to a sentence of another."""
    hits = engine.search(SearchRequest(query="", limit=100, snippets=False)).hits
    bodies = [(engine.article(h.id) or {}).get("paragraphs") or [""] for h in hits]
    firsts = [p[0].split("。")[0][:20] for p in bodies if p and p[0]]
    return [firsts[i] + firsts[-1 - i] for i in range(min(limit, len(firsts) // 2))]


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def measure(engine: Engine, queries: list[str], rounds: int) -> tuple[list[float], list[float]]:
    alone, with_ways = [], []
    for _ in range(rounds):
        for query in queries:
            request = SearchRequest.from_params({"q": query})
            alone.append(timed(lambda: engine.search(request)))
            with_ways.append(timed(lambda: (engine.search(request), did_you_mean(engine, request),
                                            partial_matches(engine, request))))
    return alone, with_ways


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    engine = Engine(args.index)
    engine.warm()
    build = timed(lambda: vocabulary.of(engine))
    pairs = [(s, v) for s, v in slips(engine, 40) if not engine.search(SearchRequest(query=s)).total]
    found = sum(v in [d["query"] for d in did_you_mean(engine, SearchRequest(query=s))] for s, v in pairs)
    texts = [p for p in passages(engine, 20) if not engine.search(SearchRequest(query=p)).total]
    print(f"articles {engine.stats()['articles']}, vocabulary built in {build:.0f} ms; "
          f"slips given their value back: {found}/{len(pairs)}")
    for label, queries in (("homophone slips", [s for s, _ in pairs]), ("pasted passages", texts)):
        alone, both = measure(engine, queries, args.rounds)
        print(f"{label:16} n={len(queries):3}  search alone p50 {statistics.median(alone):6.1f} ms  "
              f"p95 {p95(alone):6.1f}  |  with ways out p50 {statistics.median(both):6.1f} ms  "
              f"p95 {p95(both):6.1f}  |  ratio p50 {statistics.median(both) / statistics.median(alone):.1f}x")


if __name__ == "__main__":
    main()
