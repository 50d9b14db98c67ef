"""Run the whole benchmark on one generated archive: ``python -m benchmarks.run``.

In one run, on the same archive: generate it; parse it once (the truth, and
the parser's own speed); build dangjian (``dangjian reindex``, a subprocess)
and each baseline (a subprocess each) measuring wall time, articles/s, index
size and the process tree's peak memory; check every system's recall against
brute-force substring truth; time the query mix warm (long-lived engine or
searcher in this process; median of ``--rounds`` rounds per query) and cold
(a fresh process per search); the site (hook, see :func:`site_figures`); and
``dangjian update`` after 1% of the pages changed. Prints a markdown report
and writes it to ``--results`` (default benchmarks/RESULTS.md).
"""
from __future__ import annotations

import argparse
import importlib
import json
import shlex
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from dangjian.index.schema import FACET_NAMES

from .baselines import KINDS, open_system
from .generate import change_pages
from .measure import Measured, dir_size, machine, run_measured
from .open_cost import measure_open
from .queries import BenchQuery, Truth, query_mix
from .report import render
from .systems import DangjianSystem, cold_command

ROOT = Path(__file__).resolve().parent.parent
SYSTEMS = ("dangjian",) + KINDS


@dataclass
class Build:
    system: str
    articles: int
    wall: float
    peak_bytes: int
    size_bytes: int
    note: str = ""


@dataclass
class QueryRun:
    system: str
    warm: dict[str, list[float]] = field(default_factory=dict)   # query label → ms per round
    cold: list[float] = field(default_factory=list)              # ms per cold search
    recall: dict[str, float] = field(default_factory=dict)
    false_hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    work = args.work or ROOT / "var" / "bench" / f"{args.articles}-{args.seed}"
    try:
        _prepare(work)
    except FileExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    ctx = {"machine": machine(), "command": "python -m benchmarks.run " + shlex.join(argv or sys.argv[1:]),
           "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    ctx.update(measure_all(args, work))
    text = render(ctx)
    print(text)
    args.results.write_text(text, encoding="utf-8")
    log(f"wrote {args.results}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def measure_all(args, work: Path) -> dict:
    """Generate, build, query, update: every figure of one run, on one archive."""
    generated = _generate(work, args.articles, args.seed)
    archive = work / "archive"
    articles, parse_seconds = _parse(archive)
    truth = Truth(articles)
    span = (min(a.date for a in articles if a.date), max(a.date for a in articles if a.date))
    builds = [_build_dangjian(work, archive)] + [_build_baseline(kind, work, archive) for kind in KINDS]
    queries = query_mix(args.seed)
    facets = FACET_NAMES if args.baseline_facets == "all" else tuple(args.baseline_facets.split(","))
    systems = {"dangjian": DangjianSystem(work / "index", span)}
    systems.update({kind: open_system(kind, work / kind, facets) for kind in KINDS})
    runs = {name: QueryRun(name) for name in systems}
    _recall(systems, runs, queries, truth)
    _warm(systems, runs, queries, args.rounds)
    step = max(1, len(queries) // args.cold_queries)
    _cold(runs, queries[::step][:args.cold_queries], work, facets)
    site = site_figures(work / "index", queries, skip=args.skip_site)
    log("opening the generation in fresh processes")
    opened = measure_open(work / "index")
    builds.append(_update(work, archive, builds[0]))
    return {"generated": generated, "parse_seconds": parse_seconds, "builds": builds, "runs": runs,
            "queries": queries, "truth": truth, "facets": facets, "partial": systems["dangjian"].partial,
            "rounds": args.rounds, "site": site, "open": opened}


def _parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000, help="archive size (100000 for the big run)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, help="scratch directory (default var/bench/N-SEED)")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--rounds", type=int, default=3, help="timed warm rounds per query (median)")
    parser.add_argument("--cold-queries", type=int, default=8, help="queries timed cold, per system")
    parser.add_argument("--baseline-facets", default="province,year",
                        help="facets the baselines count, comma-separated, or 'all' (dangjian's seven)")
    parser.add_argument("--skip-site", action="store_true", help="do not measure the web site")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.rounds < 1 or args.cold_queries < 1:
        parser.error("--articles, --rounds and --cold-queries must be at least 1")
    return args


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _prepare(work: Path) -> None:
    """Empty the scratch directory, refusing one this script did not make."""
    if work.exists() and any(work.iterdir()):
        if not (work / "generated.json").exists():
            raise FileExistsError(f"{work} is not empty and was not made by benchmarks.run")
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)


def _generate(work: Path, articles: int, seed: int) -> dict:
    """Generate the archive in a subprocess, measuring its time and (flat) memory."""
    log(f"generating {articles} articles into {work}")
    cmd = [sys.executable, "-m", "benchmarks.generate", str(work), "--articles", str(articles), "--seed", str(seed)]
    m = _checked(run_measured(cmd, cwd=ROOT), "generate")
    summary = json.loads((work / "generated.json").read_text(encoding="utf-8"))
    return {**summary, "seconds": m.wall, "peak_bytes": m.peak_bytes}


def _parse(archive: Path):
    from dangjian.index.parse.pipeline import parse_paths
    from dangjian.index.parse.records import Report
    started = time.perf_counter()
    report = Report()
    articles = [a for _, found in parse_paths([archive], report, archive_root=archive) for a in found]
    seconds = time.perf_counter() - started
    log(f"parsed {len(articles)} articles in {seconds:.1f} s ({len(report.skipped)} files skipped)")
    return articles, seconds


def _checked(m: Measured, what: str) -> Measured:
    if m.returncode != 0:
        raise SystemExit(f"{what} failed ({m.returncode}):\n{m.stderr[-2000:]}")
    return m


def _build_dangjian(work: Path, archive: Path) -> Build:
    log("dangjian reindex")
    cmd = [sys.executable, "-m", "dangjian", "reindex", "--archive", str(archive), "--index", str(work / "index")]
    m = _checked(run_measured(cmd, cwd=ROOT), "dangjian reindex")
    engine_stats = json.loads(_checked(run_measured(
        [sys.executable, "-m", "dangjian", "stats", "--json", "--index", str(work / "index")]), "stats").stdout)
    return Build("dangjian", engine_stats["articles"], m.wall, m.peak_bytes, engine_stats["index_bytes"])


def _build_baseline(kind: str, work: Path, archive: Path) -> Build:
    log(f"baseline build: {kind}")
    cmd = [sys.executable, "-m", "benchmarks.baselines", "build", kind, str(archive), str(work / kind)]
    m = _checked(run_measured(cmd, cwd=ROOT), f"{kind} build")
    return Build(kind, json.loads(m.stdout)["articles"], m.wall, m.peak_bytes, dir_size(work / kind))


def _update(work: Path, archive: Path, full: Build) -> Build:
    changed = change_pages(work)
    log(f"dangjian update after changing {len(changed)} pages")
    cmd = [sys.executable, "-m", "dangjian", "update", "--archive", str(archive), "--index", str(work / "index")]
    m = _checked(run_measured(cmd, cwd=ROOT), "dangjian update")
    return Build("dangjian update", full.articles, m.wall, m.peak_bytes, 0,
                 note=f"{len(changed)} of {json.loads((work / 'generated.json').read_text())['pages']} pages changed")


def _recall(systems: dict, runs: dict, queries: list[BenchQuery], truth: Truth) -> None:
    """List every system's hits for every query (also the warm-up round) and compare with the truth."""
    log("recall against substring truth")
    for n, q in enumerate(queries, start=1):
        expected = truth.ids(q)
        log(f"  {n}/{len(queries)} {q.label}: {len(expected)} in truth")
        for name, system in systems.items():
            system.search(q)
            found = system.all_ids(q)
            runs[name].recall[q.label] = len(found & expected) / len(expected) if expected else 1.0
            runs[name].false_hits[q.label] = len(found - expected)


def _warm(systems: dict, runs: dict, queries: list[BenchQuery], rounds: int) -> None:
    """Time each query in each system, interleaved so machine noise falls on all alike."""
    log(f"warm queries: {rounds} rounds of {len(queries)}")
    for _ in range(rounds):
        for q in queries:
            for name, system in systems.items():
                started = time.perf_counter()
                answer = system.search(q)
                runs[name].warm.setdefault(q.label, []).append((time.perf_counter() - started) * 1000)
                runs[name].totals[q.label] = answer.total


def _cold(runs: dict, queries: list[BenchQuery], work: Path, facets: tuple[str, ...]) -> None:
    """Time fresh-process searches: `dangjian search --json` and each baseline's search script."""
    log(f"cold queries: {len(queries)} per system")
    for q in queries:
        commands = {"dangjian": cold_command(q, work / "index")}
        for kind in KINDS:
            commands[kind] = [sys.executable, "-m", "benchmarks.baselines", "search", kind, str(work / kind),
                              json.dumps(q.to_dict(), ensure_ascii=False), "--facets", ",".join(facets)]
        for name, cmd in commands.items():
            started = time.perf_counter()
            _checked(run_measured(cmd, cwd=ROOT), f"cold search {name} {q.label}")
            runs[name].cold.append((time.perf_counter() - started) * 1000)


def site_figures(index: Path, queries: list[BenchQuery], skip: bool) -> dict:
    """SITE HOOK: the site's throughput (requests/s, p95) for the query mix, 2 workers, loopback.

    The site is being built in another issue; its benchmark lives in
    ``benchmarks/web_bench.py`` and is expected to offer
    ``run(index=Path, queries=[BenchQuery], workers=2) -> {"requests_per_s", "p95_ms", ...}``.
    Until it exists this reports why the figure is missing.
    """
    if skip:
        return {"status": "skipped (--skip-site)"}
    try:
        web_bench = importlib.import_module("benchmarks.web_bench")
    except ImportError:
        return {"status": "not measured: benchmarks/web_bench.py is not there yet"}
    if not hasattr(web_bench, "run"):
        return {"status": "not measured: benchmarks/web_bench.py has no run(index, queries, workers)"}
    try:
        return {"status": "measured", **web_bench.run(index=index, queries=queries, workers=2)}
    except Exception as exc:      # noqa: BLE001 — a failing site benchmark must not lose the other figures
        return {"status": f"failed: {type(exc).__name__}: {exc}"}


if __name__ == "__main__":
    sys.exit(main())
