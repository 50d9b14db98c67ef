"""How the parser's time grows with a page's length: ``python -m benchmarks.parse_scaling [--sizes 1000,…]``.

Builds one page of N paragraphs (by default one titled article of short
sentences, a layout line each, blank lines between some — the hostile case:
nothing cuts the page into small chunks; ``--per-article K`` adds a title and
an attribution every K paragraphs), cuts it with :func:`articles_from_page` — what an indexing worker
runs per page — and prints the time per size, then the slope of log(time)
against log(N): about 1 for a linear parser, 2 for a quadratic one. The
paragraph cap of the readers is not applied here (the parser is measured).
``--calls`` also counts the function calls of each parse (cProfile, one more
parse per size): a measure of the work that a busy machine does not blur, and
its slope.
"""
from __future__ import annotations

import argparse
import math
import sys
import time

from dangjian.index.parse import Page, articles_from_page

SIZES = (1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000)
_WORDS = "社会组织党建工作推进会在济南召开各级民政部门要深入学习贯彻党的二十大精神"


def page_of(paragraphs: int, per_article: int = 0, numbered_from: int = 0) -> Page:
    """Return a page of the given number of paragraphs, in articles of per_article (0: one article).

    Paragraphs are numbered from numbered_from: pages numbered apart share no line, so a cache
    filled by one cannot serve the next.
    """
    per_article = per_article or paragraphs
    lines = []
    for n in range(paragraphs):
        if n % per_article == 0:
            lines += ["", f"民政工作第{n // per_article + 1}次会议召开", ""]
        start = (n * 7) % 20
        lines.append(f"{_WORDS[start:start + 16]}，第{numbered_from + n}段。")
        if n % 3 == 0:
            lines.append("")
        if n % per_article == per_article - 1:
            lines.append("（据山东省民政厅）")
    text = "\n".join(lines)
    return Page(path="bench/2023-10-31/01.txt", text=text, sha1="0" * 40, encoding="utf-8")


def time_parse(paragraphs: int, per_article: int = 0, numbered_from: int = 0) -> tuple[float, int]:
    """Return (seconds, articles) for one parse of a page of this many paragraphs."""
    page = page_of(paragraphs, per_article, numbered_from)
    start = time.perf_counter()
    articles = articles_from_page(page)
    return time.perf_counter() - start, len(articles)


def count_calls(paragraphs: int, per_article: int = 0, numbered_from: int = 0) -> int:
    """Return the Python and built-in function calls of one parse of a page of this many paragraphs."""
    import cProfile
    import pstats
    page = page_of(paragraphs, per_article, numbered_from)
    profile = cProfile.Profile()
    profile.enable()
    try:
        articles_from_page(page)
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls


def slope(points: list[tuple[int, float]]) -> float:
    """Return the least-squares slope of log(seconds) against log(size)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(t, 1e-6)) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.parse_scaling", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="paragraph counts, comma-separated")
    parser.add_argument("--per-article", type=int, default=0, metavar="K",
                        help="paragraphs per article (default: the whole page is one article)")
    parser.add_argument("--calls", action="store_true", help="also count each parse's function calls")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    time_parse(200)                      # load the lexicon outside the timing
    points, calls = [], []
    for k, size in enumerate(sizes, start=1):
        # Each page numbered apart (with as many digits): no size is served by the caches of the last.
        seconds, articles = time_parse(size, args.per_article, numbered_from=10_000_000 * k)
        points.append((size, seconds))
        counted = ""
        if args.calls:
            calls.append((size, count_calls(size, args.per_article, numbered_from=10_000_000 * k + 5_000_000)))
            counted = f"  {calls[-1][1]:>11,} calls  {calls[-1][1] / size:6.1f} calls/paragraph"
        print(f"{size:>8,} paragraphs  {articles:>6,} articles  {seconds:8.3f} s  "
              f"{seconds / size * 1e6:7.1f} µs/paragraph{counted}", flush=True)
    print(f"slope of log(time) against log(paragraphs): {slope(points):.2f} (1 = linear, 2 = quadratic)")
    if calls:
        print(f"slope of log(calls) against log(paragraphs): {slope(calls):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
