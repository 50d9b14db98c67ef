"""Both stores on one generated archive: build rate, warm p50/p95 and site throughput, side by side.

    python -m benchmarks.stores [--articles 20000] [--seed 1] [--work DIR] [--processes 2] [--rounds 3]
                                [--stores whoosh,solr] [--zk]

Generates the archive (:mod:`benchmarks.generate`), builds it with ``dangjian
reindex`` into the embedded store and, through the same command with
``DANGJIAN_BACKEND=solr``, into a SolrCloud on loopback (the tests' launcher,
``tests/solrcloud``: one JVM, embedded ZooKeeper, 2 nodes, collections of
2 shards × 2 replicas), then times the benchmark query mix warm in one
long-lived engine per store (interleaved, so machine noise falls on both) and
the site under ``dangjian serve --workers 2`` (:mod:`benchmarks.site_load`).
Prints one JSON object and appends a table to ``benchmarks/RESULTS.md``
(``--no-record`` to skip). ``--stores solr`` measures one store alone (the other's
rows come from another run; the shared machine rarely has time for both at
100,000), ``--zk`` configures the Solr store by its ZooKeeper host only
(``zk_host``), as a deployment would. The load average is recorded before and after: the
machine is shared, so the ratio between the stores is the figure to read.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
import urllib.request
from pathlib import Path

from dangjian.search.engine import Engine

from . import site_load
from .generate import write_archive
from .measure import dir_size, percentile, run_measured
from .queries import query_mix
from .systems import request

ROOT = Path(__file__).resolve().parent.parent
ALIAS = "bench"


def log(message: str) -> None:
    print(f"[stores {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load_average() -> float:
    return round(os.getloadavg()[0], 1)


def build(store: str, archive: Path, index: Path, processes: int, env: dict) -> dict:
    """Run ``dangjian reindex`` into one store; return its articles, seconds, rate and peak memory."""
    log(f"building {store}")
    cmd = [sys.executable, "-m", "dangjian", "reindex", "--archive", str(archive), "--index", str(index),
           "--processes", str(processes)]
    started_load = load_average()
    m = run_measured(cmd, env={**os.environ, **env}, cwd=ROOT)
    if m.returncode != 0:
        raise SystemExit(f"{store} reindex failed ({m.returncode}):\n{m.stderr[-2000:]}")
    stats = run_measured([sys.executable, "-m", "dangjian", "stats", "--json", "--index", str(index)],
                         env={**os.environ, **env}, cwd=ROOT)
    articles = json.loads(stats.stdout)["articles"]
    return {"articles": articles, "seconds": round(m.wall, 1), "articles_per_s": round(articles / m.wall, 1),
            "build_peak_mb": round(m.peak_bytes / 2**20), "load": [started_load, load_average()]}


def solr_sizes(base_urls: list[str]) -> dict:
    """Return the cores' index bytes (every replica) and the core count, from CoreAdmin on every node."""
    total = cores = 0
    for url in base_urls:
        with urllib.request.urlopen(f"{url}/admin/cores?action=STATUS&wt=json", timeout=30) as answer:
            status = json.load(answer)["status"]
        for name, core in status.items():
            if name.startswith(ALIAS + "_"):
                total += core.get("index", {}).get("sizeInBytes", 0)
                cores += 1
    return {"index_bytes_all_replicas": total, "cores": cores}


def warm(engines: dict[str, Engine], rounds: int, seed: int) -> dict:
    """Time the query mix in each engine, interleaved; return each store's p50/p95 of per-query medians."""
    queries = query_mix(seed)
    for engine in engines.values():          # warm-up pass: caches, mapped files, Solr's filter cache
        for q in queries:
            engine.search(request(q, snippets=False))
    times: dict[str, dict[str, list[float]]] = {name: {} for name in engines}
    totals: dict[str, dict[str, int]] = {name: {} for name in engines}
    for _ in range(rounds):
        for q in queries:
            for name, engine in engines.items():
                started = time.perf_counter()
                totals[name][q.label] = engine.search(request(q, snippets=False)).total
                times[name].setdefault(q.label, []).append((time.perf_counter() - started) * 1000)
    out = {}
    for name in engines:
        medians = [statistics.median(t) for t in times[name].values()]
        out[name] = {"p50_ms": round(percentile(medians, 50), 1), "p95_ms": round(percentile(medians, 95), 1),
                     "queries": len(medians)}
    first = next(iter(totals.values()))
    differ = sorted(label for label in first if len(({t[label] for t in totals.values()})) > 1)
    return {"stores": out, "totals_differ": differ, "totals": first}


def site(index: Path, seed: int, seconds: float) -> dict:
    figures = site_load.run(index, query_mix(seed), workers=2, max_seconds=seconds)
    keep = ("requests", "failed", "seconds", "requests_per_s", "p50_ms", "p95_ms", "server_cpu_ms_per_request",
            "machine_busy")
    return {k: figures[k] for k in keep if k in figures}


def measure(args) -> dict:
    from tests.solrcloud import cluster
    work = args.work
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    log(f"generating {args.articles} articles (load {load_average()})")
    generated = write_archive(work, args.articles, args.seed)
    archive = Path(generated["archive"])
    out = {"articles": args.articles, "seed": args.seed, "processes": args.processes, "cores": os.cpu_count(),
           "load_start": load_average(), "archive_bytes": generated["bytes"], "stores": args.stores}
    stores = args.stores
    if "whoosh" in stores:
        out["whoosh"] = build("whoosh", archive, work / "whoosh", args.processes, {})
        out["whoosh"]["index_bytes"] = dir_size(work / "whoosh")
    cloud = None
    if "solr" in stores:
        log(f"starting SolrCloud (heap {cluster.HEAP})")
        cloud = cluster.start(work / "solrcloud")
    try:
        env = {}
        if cloud is not None:
            env = {"DANGJIAN_BACKEND": "solr", "DANGJIAN_SOLR_ALIAS": ALIAS,
                   **({"DANGJIAN_SOLR_ZK_HOST": cloud.zk} if args.zk else
                      {"DANGJIAN_SOLR_URLS": ",".join(cloud.base_urls)})}
            out["solr"] = build("solr", archive, work / "solr", args.processes, env)
            out["solr"].update(solr_sizes(cloud.base_urls), jvm_rss_mb=round(cloud.rss_mb()), heap=cluster.HEAP,
                               local_index_bytes=dir_size(work / "solr"), configured_by="zk_host" if args.zk else "urls")
            os.environ.update(env)           # the engines of this process read the same configuration
        log("warm queries")
        engines = {name: Engine(work / name, time_limit=30) for name in stores}
        out["warm"] = warm(engines, args.rounds, args.seed)
        if cloud is not None:
            out["solr"]["jvm_rss_mb_after_queries"] = round(cloud.rss_mb())
        for name in stores:
            log(f"site load on {name}")
            out[name]["site"] = site(work / name, args.seed, args.site_seconds)
    finally:
        if cloud is not None:
            cloud.stop()
    out["load_end"] = load_average()
    return out


def table(result: dict) -> str:
    """Render the figures as a Markdown table (one row per store)."""
    rows = ["| store | build articles/s | warm p50 | warm p95 | site req/s | site p95 | index size |",
            "|---|---|---|---|---|---|---|"]
    for name in ("whoosh", "solr"):
        if name not in result:
            continue
        r, w, s = result[name], result["warm"]["stores"][name], result[name]["site"]
        size = r.get("index_bytes") or r.get("index_bytes_all_replicas", 0)
        rows.append(f"| {name} | {r['articles_per_s']} | {w['p50_ms']} ms | {w['p95_ms']} ms | "
                    f"{s.get('requests_per_s')} | {s.get('p95_ms')} ms | {size / 2**20:.0f} MB |")
    return "\n".join(rows)


def solr_note(result: dict) -> str:
    if "solr" not in result:
        return ""
    solr = result["solr"]
    return (f"Solr: one JVM (-Xmx{solr['heap']}), 2 nodes, 2 shards × 2 replicas, configured by "
            f"{solr.get('configured_by', 'urls')}, RSS {solr['jvm_rss_mb_after_queries']} MB after the queries; "
            "its size counts every replica.")


def record(result: dict, path: Path) -> None:
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    text = (f"\n## Stores side by side: {result['articles']:,} generated articles ({stamp})\n\n"
            f"`python -m benchmarks.stores --articles {result['articles']}`; {result['cores']} cores shared with "
            f"other engineers, load average {result['load_start']} at the start, {result['load_end']} at the end; "
            f"builds with {result['processes']} processes; stores: {', '.join(result['stores'])}. " + solr_note(result)
            + "\n\n" + table(result) + "\n\n<details><summary>JSON</summary>"
            "\n\n```json\n" + json.dumps(result, ensure_ascii=False, indent=1) + "\n```\n</details>\n")
    with open(path, "a", encoding="utf-8") as out:
        out.write(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stores", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--site-seconds", type=float, default=site_load.MAX_SECONDS, help="site load bound")
    parser.add_argument("--work", type=Path, default=None, help="scratch directory (default var/bench/stores-N)")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--stores", default="whoosh,solr", help="comma-separated: whoosh, solr (default both)")
    parser.add_argument("--zk", action="store_true", help="configure the Solr store by zk_host only, not by URLs")
    args = parser.parse_args(argv)
    args.stores = [s for s in ("whoosh", "solr") if s in args.stores.split(",")]
    if not args.stores:
        parser.error("--stores: name whoosh, solr or both")
    args.work = args.work or ROOT / "var" / "bench" / f"stores-{args.articles}"
    result = measure(args)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.no_record:
        record(result, args.results)
    print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
