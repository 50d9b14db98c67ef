"""dangjian against tantivy on one archive in one run: ``python -m benchmarks.tantivy_compare``.

The part of :mod:`benchmarks.run` that issue 16's target needs (dangjian's warm
p95 within 2× tantivy's, with the same recall), for a loaded machine or little
time: the same generated archive, parse, ``dangjian reindex`` and the baselines
chosen (``tantivy``, optionally ``trigram``) built as subprocesses, recall
against the substring truth, warm latency interleaved across systems, cold
searches in fresh processes — without the naive Whoosh and jieba FTS5 builds,
the site and the update, which take most of a full run's time. An archive
generated already in ``--work`` (by this script or ``benchmarks.run --keep``)
with the same size and seed is reused.
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from pathlib import Path

from dangjian.index.schema import FACETS

from .baselines import KINDS, open_system
from .measure import machine, run_measured
from .queries import Truth, query_mix
from .report import NAMES, _details, _ms, _ratio, _tantivy_target, query_stats
from .run import ROOT, QueryRun, _build_baseline, _build_dangjian, _checked, _generate, _parse, _recall, _warm, log
from .systems import DangjianSystem, cold_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tantivy_compare", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, required=True, help="scratch directory (kept)")
    parser.add_argument("--baselines", default="tantivy", help="comma-separated, from: " + ", ".join(KINDS))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold-queries", type=int, default=4)
    parser.add_argument("--results", type=Path, help="also write the report here")
    args = parser.parse_args(argv)
    kinds = tuple(args.baselines.split(","))
    if "tantivy" not in KINDS or not set(kinds) <= set(KINDS):
        parser.error(f"--baselines must name installed baselines ({', '.join(KINDS)}); tantivy is needed")
    ctx = {"command": "python -m benchmarks.tantivy_compare " + shlex.join(argv or sys.argv[1:]),
           "machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    ctx.update(measure(args, kinds))
    text = render(ctx)
    print(text)
    if args.results:
        args.results.write_text(text, encoding="utf-8")
    return 0


def measure(args, kinds: tuple[str, ...]) -> dict:
    """Build dangjian and the baselines on one archive, then recall, warm and cold queries."""
    work = args.work
    summary = work / "generated.json"
    generated = json.loads(summary.read_text(encoding="utf-8")) if summary.exists() else {}
    if (generated.get("articles"), generated.get("seed")) != (args.articles, args.seed):
        work.mkdir(parents=True, exist_ok=True)
        generated = _generate(work, args.articles, args.seed)
    archive = work / "archive"
    articles, parse_seconds = _parse(archive)
    truth = Truth(articles)
    span = (min(a.date for a in articles if a.date), max(a.date for a in articles if a.date))
    builds = [_build_dangjian(work, archive)] + [_build_baseline(kind, work, archive) for kind in kinds]
    queries = query_mix(args.seed)
    facets = ("province", "year")
    systems = {"dangjian": DangjianSystem(work / "index", span)}
    systems.update({kind: open_system(kind, work / kind, facets) for kind in kinds})
    runs = {name: QueryRun(name) for name in systems}
    _recall(systems, runs, queries, truth)
    _warm(systems, runs, queries, args.rounds)
    _cold(runs, queries[::max(1, len(queries) // args.cold_queries)][:args.cold_queries], work, kinds, facets)
    return {"generated": generated, "parse_seconds": parse_seconds, "builds": builds, "runs": runs,
            "queries": queries, "truth": truth, "rounds": args.rounds, "facets": facets}


def _cold(runs: dict, queries, work: Path, kinds: tuple[str, ...], facets: tuple[str, ...]) -> None:
    log(f"cold queries: {len(queries)} per system")
    for q in queries:
        commands = {"dangjian": cold_command(q, work / "index")}
        for kind in kinds:
            commands[kind] = [sys.executable, "-m", "benchmarks.baselines", "search", kind, str(work / kind),
                              json.dumps(q.to_dict(), ensure_ascii=False), "--facets", ",".join(facets)]
        for name, cmd in commands.items():
            started = time.perf_counter()
            _checked(run_measured(cmd, cwd=ROOT), f"cold search {name} {q.label}")
            runs[name].cold.append((time.perf_counter() - started) * 1000)


def render(ctx: dict) -> str:
    """Return the report: the run, builds, queries with the ratio to tantivy, the target, every query."""
    m, g = ctx["machine"], ctx["generated"]
    stats = {name: query_stats(run) for name, run in ctx["runs"].items()}
    t = stats["tantivy"]
    lines = [f"## dangjian and tantivy: {g['articles']:,} generated articles (seed {g['seed']})", "",
             f"- run {ctx['started']}: `{ctx['command']}`",
             f"- machine: {m['nproc']} cores ({m['cpu']}), {m['memory_gb']} GB, Python {m['python']}; "
             f"load average at start {m['load_at_start']}",
             f"- archive: {g['pages']:,} pages; the parser (one process) read it in {ctx['parse_seconds']:.1f} s",
             "", "| build | articles | wall s | articles/s | index MB | peak MB (process tree) |",
             "|---|---:|---:|---:|---:|---:|"]
    lines += [f"| {NAMES[b.system]} | {b.articles:,} | {b.wall:.1f} | {b.articles / b.wall:.0f} | "
              f"{b.size_bytes / 1e6:.1f} | {b.peak_bytes / 1e6:.0f} |" for b in ctx["builds"]]
    lines += ["", f"| system | warm p50 ms | warm p95 ms | ×tantivy p95 | cold p50 ms | queries at 100% recall "
              "| hits not in truth |", "|---|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {NAMES[name]} | {_ms(s['p50'])} | {_ms(s['p95'])} | {_ratio(s['p95'], t['p95'])} | "
              f"{_ms(s['cold50'])} | {s['full']}/{s['n']} | {s['false']:,} |" for name, s in stats.items()]
    lines += ["", "| target | measured | met |", "|---|---|---|", _tantivy_target(stats), "",
              _details(ctx), "",
              f"Warm: median of {ctx['rounds']} rounds per query after a warm-up pass, interleaved; dangjian "
              f"counts all {len(FACETS)} disjunctive facets, the baselines {', '.join(ctx['facets'])}."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
