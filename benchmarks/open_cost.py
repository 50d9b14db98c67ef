"""What opening a generation costs a fresh worker: ``python -m benchmarks.open_cost --index DIR``.

A site worker opens the live generation when it starts and after every
reindex: Whoosh's table of contents and segments, the read model and the gram
index (all memory-mapped). Measured in a fresh process, after the imports:
wall time of the open and of a first search, and the memory they added (RSS
and PSS from /proc, Linux). Run from :mod:`benchmarks.run` a few times; the
median is reported.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .measure import _process_memory


def _rss(pid: int = 0) -> int:
    for line in Path(f"/proc/{pid or 'self'}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def open_once(index: Path) -> dict:
    """Open the live generation in this process; return ms and bytes added by the open and a first search."""
    import os

    from dangjian.search.engine import Engine
    from dangjian.search.request import SearchRequest
    pid = os.getpid()
    engine = Engine(index)
    rss0, pss0 = _rss(), _process_memory(pid)
    started = time.perf_counter()
    engine.snapshot().store.warm()
    opened = time.perf_counter()
    engine.search(SearchRequest("民政", snippets=False))
    searched = time.perf_counter()
    return {"open_ms": (opened - started) * 1000, "first_search_ms": (searched - opened) * 1000,
            "rss_added_mb": (_rss() - rss0) / 1e6, "pss_added_mb": (_process_memory(pid) - pss0) / 1e6,
            "pss_mb": _process_memory(pid) / 1e6}


def measure_open(index: Path, repeats: int = 3) -> dict:
    """Return the median of ``repeats`` fresh-process opens (each figure's own median)."""
    runs = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-m", "benchmarks.open_cost", "--index", str(index)],
                             capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
        runs.append(json.loads(out.stdout))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    args = parser.parse_args(argv)
    print(json.dumps(open_once(args.index)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
