"""Server-side time per page type of the site, on the bundled archive or any other.

    python -m benchmarks.web_bench                       # bundled archive, indexed into a temp dir
    python -m benchmarks.web_bench --archive DIR         # another archive (indexed first)
    python -m benchmarks.web_bench --index DIR           # an index already built
    python -m benchmarks.web_bench --repeat 20 --json

Requests go through the WSGI app in-process (Flask's test client), so the
times are the server's own work: routing, engine, templates — no network.
The engine is warmed first (jieba loaded, generation open), as `dangjian
serve` does before its first request. Prints median and p95 per page type,
of wall time and of this thread's CPU time: on a machine shared with other
work the wall time moves with their load, the CPU time much less.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from dangjian.index.config import Config
from dangjian.index.writer import build_index
from dangjian.web import create_app
from dangjian.web.help import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent


def run(index: Path, queries, workers: int = 2, **bounds) -> dict:
    """Throughput of `dangjian serve --workers N` for a query mix (the hook of ``benchmarks.run``)."""
    from .site_load import run as run_load
    return run_load(index, queries, workers, **bounds)


def page_types(client) -> dict[str, list[str]]:
    """Return URLs per page type, chosen from what the index holds."""
    stats = client.get("/api/status").get_json()
    data = client.get("/api/search").get_json()
    top = {name: (facet["values"][0]["value"] if facet["values"] else "") for name, facet in data["facets"].items()}
    hits = client.get("/api/search?q=" + quote("民政") + "&limit=20").get_json()["hits"] or data["hits"]
    ids = [h["id"] for h in hits][:10]
    pub = stats["publications"][0]["value"] if stats["publications"] else ""
    browse = client.get("/browse?publication=" + quote(pub)).get_data(as_text=True)
    return {
        "search: words": ["/search?q=" + quote(q) for q, _ in EXAMPLES if ":" not in q and "：" not in q],
        "search: the site_load mix": mix_urls(),
        "search: facet filters": ["/search?q=" + quote("民政") + "&province=" + quote(top["province"]),
                                  "/search?year=" + top["year"] + "&slogan=" + quote(top["slogans"])],
        "search: everything (empty query)": ["/search", "/search?sort=date_asc&page=3"],
        "search: one year (month chart)": ["/search?year=" + top["year"]],
        "search: zero hits (way out)": ["/search?q=" + quote("两个确立") + "&province=" + quote(top["province"])
                                        + "&year=1999"],
        "api/search": ["/api/search?q=" + quote("两个确立")],
        "article (with related)": [f"/articles/{i}?q=" + quote("民政") for i in ids],
        "source page": [f"/articles/{i}/source" for i in ids],
        "browse": ["/browse", "/browse?publication=" + quote(pub)] + _first_links(browse),
        "suggest": ["/api/suggest?q=" + quote(t) for t in ("江", "民政", "两个", "培训班")],
        "status": ["/status"],
        "export.csv (all hits of 民政)": ["/export.csv?q=" + quote("民政")],
    }


def mix_urls() -> list[str]:
    """The search pages `site_load` sends (benchmarks.queries' mix, seed 1), to see them without HTTP."""
    from .queries import query_mix
    from .site_load import query_urls
    return query_urls(query_mix(1))


def _first_links(html: str) -> list[str]:
    import re
    return [m.replace("&amp;", "&") for m in re.findall(r'<ul class="browse years">\s*<li><a href="([^"]+)"', html)]


def measure(client, urls: list[str], repeat: int) -> tuple[list[float], list[float]]:
    """Return wall and CPU milliseconds of each request, repeat rounds over urls."""
    times, cpu = [], []
    for _ in range(repeat):
        for url in urls:
            started, cpu_started = time.perf_counter(), time.thread_time()
            response = client.get(url)
            response.get_data()                  # a streamed export is produced here
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - cpu_started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url}: HTTP {response.status_code}")
    return times, cpu


def _p95(values: list[float]) -> float:
    """The nearest-rank 95th percentile: the smallest value at least 95% of values do not exceed."""
    return round(sorted(values)[max(0, math.ceil(len(values) * 0.95) - 1)], 1)


def index_for(args) -> Path:
    if args.index:
        return Path(args.index)
    archive = Path(args.archive) if args.archive else ROOT / "archive"
    target = Path(tempfile.mkdtemp(prefix="dangjian-bench-")) / "index"
    print(f"indexing {archive} into {target} …", file=sys.stderr)
    result = build_index(Config(archive=archive, index=target))
    print(f"  {result.report.articles} articles in {result.seconds:.1f} s", file=sys.stderr)
    return target


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", help="archive to index first (default: the bundled one)")
    parser.add_argument("--index", help="an index already built (skips indexing)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds over each page type's URLs")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    index = index_for(args)
    app = create_app({"INDEX": index, "ARCHIVE": args.archive or ROOT / "archive", "AUTH_USERS": {}})
    app.extensions["dangjian.engine"].warm()
    client = app.test_client()
    rows = {}
    for name, urls in page_types(client).items():
        measure(client, urls, 1)                 # first touch: per-generation caches (catalogue) are built
        times, cpu = measure(client, urls, args.repeat)
        rows[name] = {"requests": len(times), "median_ms": round(statistics.median(times), 1),
                      "p95_ms": _p95(times), "cpu_median_ms": round(statistics.median(cpu), 1),
                      "cpu_p95_ms": _p95(cpu)}
    articles = client.get("/api/status").get_json()["articles"]
    if args.json:
        print(json.dumps({"articles": articles, "pages": rows}, ensure_ascii=False, indent=1))
        return
    print(f"{articles} articles; server-side time per request (ms)")
    print(f"{'page type':36} {'n':>4} {'median':>8} {'p95':>8} {'cpu med':>8} {'cpu p95':>8}")
    for name, row in rows.items():
        print(f"{name:36} {row['requests']:>4} {row['median_ms']:>8} {row['p95_ms']:>8}"
              f" {row['cpu_median_ms']:>8} {row['cpu_p95_ms']:>8}")


if __name__ == "__main__":
    main()
