"""Warm latency of dangjian alone on an index built already: ``python -m benchmarks.warm --index DIR``.

The query mix of :mod:`benchmarks.queries` (seed 1 by default), each query timed
``--rounds`` times in one long-lived engine after a warm-up pass, ids and all
facet counts as in :mod:`benchmarks.run`; prints each query's median and the
p50/p95 over the queries. For archives too large to build the baselines on
(100,000 articles on a small machine). ``--cpu`` times the process's CPU
(``time.process_time``) instead of the wall clock: comparable across runs on a
loaded, shared machine, where wall times swing with the other processes.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from dangjian.search.engine import Engine

from .measure import percentile
from .queries import query_mix
from .systems import request


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cpu", action="store_true", help="time CPU (process_time), not the wall clock")
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter
    engine = Engine(args.index, time_limit=30)
    engine.warm()
    queries = query_mix(args.seed)
    for q in queries:
        engine.search(request(q, snippets=False))
    medians = []
    for q in queries:
        times = []
        for _ in range(args.rounds):
            started = clock()
            total = engine.search(request(q, snippets=False)).total
            times.append((clock() - started) * 1000)
        medians.append(statistics.median(times))
        print(f"{medians[-1]:8.2f} ms  {total:8,}  {q.label}")
    print(f"p50 {percentile(medians, 50):.1f} ms, p95 {percentile(medians, 95):.1f} ms over {len(queries)} queries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
