"""Time the parser alone, in one process: ``python -m benchmarks.parse_speed ARCHIVE_DIR [--rounds 3] [--profile 25]``.

Runs ``parse_file`` (what each indexing worker runs per page) over every page
of the archive and prints articles/s, the best of a few rounds (the machine is
shared: the best round is the least disturbed), by the wall clock and
by the process's CPU time. With ``--profile N`` one more
round runs under cProfile and its N costliest functions (own time) are printed.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

from dangjian.index.parse.pipeline import page_jobs, parse_file
from dangjian.index.parse.reader import UnreadableFile
from dangjian.index.parse.records import Report


def parse_all(jobs: list[tuple[Path, Path]]) -> int:
    """Parse every page; return the number of articles."""
    articles = 0
    for path, root in jobs:
        try:
            articles += len(parse_file(path, root)[1])
        except UnreadableFile:
            pass
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.parse_speed", description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest functions")
    args = parser.parse_args(argv)
    root = args.archive.resolve()
    jobs = page_jobs([root], Report(), archive_root=root)
    parse_all(jobs[:5])                 # load the lexicon and compile patterns outside the timing
    best, cpu, articles = float("inf"), float("inf"), 0
    for _ in range(args.rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        articles = parse_all(jobs)
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    print(f"{len(jobs)} pages, {articles} articles, best of {args.rounds} rounds, one process: "
          f"wall {best:.2f} s = {articles / best:.0f} articles/s; CPU {cpu:.2f} s = {articles / cpu:.0f} articles/s")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(parse_all, jobs)
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
