"""Peak memory and time of parsing each hostile file: ``python -m benchmarks.hostile_files [--memory-mb 2048]``.

Writes the hostile files of tests/hostile.py into a temporary folder and
parses each in a fresh worker process under the index's per-file limits
(:func:`dangjian.index.limits.limited`, with RLIMIT_AS as in a reindex
worker), printing the outcome (articles, or the skip reason), the wall time
and the process's peak resident memory, above what it held before the parse.
"""
from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

from dangjian.index import limits
from dangjian.index.parse import UnreadableFile, parse_file


def _measure(path: str, root: str, out) -> None:
    from tests import hostile  # noqa: F401 — the same modules a worker loads
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    try:
        outcome = f"{len(limits.limited(parse_file, Path(path), Path(root))[1])} articles"
    except UnreadableFile as exc:
        outcome = f"skipped: {exc}"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out.put((time.perf_counter() - started, before / 1024, peak / 1024, outcome))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hostile_files", description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.hostile import write_hostile
    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_hostile(Path(tmp) / "hostile" / "2024-01-01")
        for path in paths:
            out = ctx.Queue()
            child = ctx.Process(target=_measure, args=(str(path), tmp, out))
            child.start()
            seconds, before, peak, outcome = out.get(timeout=900)
            child.join()
            print(f"{path.name:<12} {path.stat().st_size:>12,} bytes  {seconds:6.2f} s  "
                  f"peak {peak:7.0f} MB (+{peak - before:5.0f})  {outcome[:110]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
