"""Measure only the builds: ``python -m benchmarks.build_speed ARCHIVE_DIR [--naive]``.

A quick check of the indexer against the naive Whoosh + ChineseAnalyzer build
on the same archive (wall time, articles/s, index size, peak memory of the
process tree) without the queries of :mod:`benchmarks.run`.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from .measure import dir_size, run_measured

ROOT = Path(__file__).resolve().parent.parent


def _row(name: str, m, articles: int, size: int) -> dict:
    return {"build": name, "articles": articles, "wall_s": round(m.wall, 1),
            "articles_per_s": round(articles / m.wall, 1), "index_mb": round(size / 2**20, 1),
            "peak_mb": round(m.peak_bytes / 2**20)}


def measure(archive: Path, work: Path, naive: bool, processes: int | None) -> list[dict]:
    """Build dangjian (and the naive baseline when asked) over archive; return one row per build."""
    index = work / "index"
    cmd = [sys.executable, "-m", "dangjian", "reindex", "--archive", str(archive), "--index", str(index)]
    cmd += ["--processes", str(processes)] if processes else []
    m = run_measured(cmd, cwd=ROOT)
    if m.returncode:
        raise SystemExit(f"dangjian reindex failed: {m.stderr[-2000:]}")
    live = index / (index / "CURRENT").read_text().strip()
    articles = json.loads((live / "meta.json").read_text())["report"]["articles"]
    rows = [_row("dangjian", m, articles, dir_size(live))]
    if naive:
        out = work / "naive"
        m = run_measured([sys.executable, "-m", "benchmarks.baselines", "build", "whoosh", str(archive), str(out)],
                         cwd=ROOT)
        if m.returncode:
            raise SystemExit(f"naive build failed: {m.stderr[-2000:]}")
        rows.append(_row("naive Whoosh + ChineseAnalyzer", m, articles, dir_size(out)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.build_speed", description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--naive", action="store_true", help="also build the naive baseline, right after")
    parser.add_argument("--processes", type=int, default=None)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="build-speed-"))
    try:
        rows = measure(args.archive, work, args.naive, args.processes)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    if len(rows) == 2:
        a, b = rows
        print(f"dangjian / naive: speed {a['articles_per_s'] / b['articles_per_s']:.2f}×, "
              f"size {a['index_mb'] / b['index_mb']:.2f}×, peak memory {a['peak_mb'] / b['peak_mb']:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
