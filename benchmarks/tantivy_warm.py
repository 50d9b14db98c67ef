"""dangjian against tantivy, warm only, on indexes built already: ``python -m benchmarks.tantivy_warm --work DIR``.

:mod:`benchmarks.tantivy_compare` parses the whole archive in one process for
the substring truth before anything is timed: on a loaded machine that alone
takes longer than the builds. This script times the part issue 16's ratio is
about — warm latency, interleaved query by query across the two systems so
the machine's noise falls on both alike — over ``DIR/index`` (``dangjian
reindex``) and ``DIR/tantivy`` (``python -m benchmarks.baselines build
tantivy``), and checks that both give the same total for every query (tantivy's
recall was measured against the truth by tantivy_compare; equal totals carry
it over). Prints p50/p95 of each, the ratio, the load average before and after.
``--cpu`` times the process's CPU (``time.process_time``: every thread, so
tantivy's search threads count) instead of the wall clock: on a machine loaded
far past its cores a few milliseconds of Python are preempted again and again
while a sub-millisecond call into Rust finishes within one time slice, so the
wall clock's ratio measures the scheduler more than the two engines.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from .baselines import open_system
from .measure import percentile
from .queries import query_mix
from .systems import DangjianSystem

FACETS = ("province", "year")          # what the baselines count, as in tantivy_compare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tantivy_warm", description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="holds index/ (dangjian) and tantivy/")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cpu", action="store_true", help="time CPU (process_time), not the wall clock")
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter
    load_before = os.getloadavg()
    systems = {"dangjian": DangjianSystem(args.work / "index", (date(1949, 1, 1), date.today())),
               "tantivy": open_system("tantivy", args.work / "tantivy", FACETS)}
    queries = query_mix(args.seed)
    times, totals = time_warm(systems, queries, args.rounds, clock)
    print(("CPU time" if args.cpu else "wall clock") + "; "
          + render(times, totals, queries, args.rounds, load_before, os.getloadavg()))
    return 0


def time_warm(systems: dict, queries, rounds: int, clock=time.perf_counter) -> tuple[dict, dict]:
    """Return {system: {query label: [ms]}} and {system: {label: total}}, after one untimed pass."""
    times = {name: {} for name in systems}
    totals = {name: {} for name in systems}
    for q in queries:
        for name, system in systems.items():
            totals[name][q.label] = system.search(q).total
    for _ in range(rounds):
        for q in queries:
            for name, system in systems.items():
                started = clock()
                system.search(q)
                times[name].setdefault(q.label, []).append((clock() - started) * 1000)
    return times, totals


def render(times: dict, totals: dict, queries, rounds: int, load_before, load_after) -> str:
    stats = {}
    for name, per_query in times.items():
        medians = [statistics.median(v) for v in per_query.values()]
        stats[name] = (percentile(medians, 50), percentile(medians, 95))
    same = sum(1 for q in queries if totals["dangjian"][q.label] == totals["tantivy"][q.label])
    d, t = stats["dangjian"], stats["tantivy"]
    lines = [f"load average before {_load(load_before)}, after {_load(load_after)}; "
             f"median of {rounds} interleaved rounds per query, {len(queries)} queries",
             "", "| system | warm p50 ms | warm p95 ms |", "|---|---:|---:|",
             f"| dangjian | {d[0]:.1f} | {d[1]:.1f} |", f"| tantivy | {t[0]:.1f} | {t[1]:.1f} |", "",
             f"p95 ratio dangjian/tantivy {d[1] / t[1]:.2f}× (p50 {d[0] / t[0]:.2f}×); "
             f"equal totals on {same}/{len(queries)} queries", "",
             "| query | total | dangjian ms | tantivy ms |", "|---|---:|---:|---:|"]
    lines += [f"| {q.label} | {totals['dangjian'][q.label]:,} | {statistics.median(times['dangjian'][q.label]):.1f} | "
              f"{statistics.median(times['tantivy'][q.label]):.1f} |" for q in queries]
    return "\n".join(lines)


def _load(avg) -> str:
    return " ".join(f"{x:.1f}" for x in avg)


if __name__ == "__main__":
    sys.exit(main())
