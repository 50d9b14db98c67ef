"""An ordinary search while many exports run: ``python -m benchmarks.fair_share --index DIR [--exports 16]``.

Starts ``dangjian serve`` (one worker, 8 threads) on a free loopback port,
keeps ``--exports`` client threads asking for ``/export.csv`` of everything
(each reads its CSV to the end, then asks again; a 503 is counted and asked
again after a pause), and meanwhile times ``--searches`` ordinary searches one
after another. Prints p50/p95 of the searches with and without the exports,
their ratio, and how many exports were served or turned away (HEAVY_REQUESTS,
``[limits] heavy_requests``). Bounded: at most ``--seconds`` of load; traffic
only to 127.0.0.1; the server is stopped at the end whatever happens.
"""
from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.site_load import start_server

SEARCH = "/api/search?q=%E6%B0%91%E6%94%BF"          # 民政
EXPORT = "/export.csv"


def get(base: str, path: str, timeout: float = 60.0) -> tuple[int, float]:
    """GET path on a new connection, reading the whole body; return (status, seconds)."""
    parts = urlsplit(base)
    started = time.perf_counter()
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    except OSError:
        return 0, time.perf_counter() - started
    finally:
        conn.close()


def searches(base: str, count: int) -> list[float]:
    """Time count searches one after another; a failed one stops the benchmark."""
    out = []
    for _ in range(count):
        status, seconds = get(base, SEARCH)
        if status != 200:
            raise SystemExit(f"a search failed ({status or 'no answer'}): is {SEARCH} served by this index?")
        out.append(seconds)
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def exporting(base: str, stop: threading.Event, tally: dict, lock: threading.Lock) -> None:
    while not stop.is_set():
        status, _ = get(base, EXPORT)
        with lock:
            tally[status] = tally.get(status, 0) + 1
        if status != 200:
            stop.wait(0.5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fair_share", description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--exports", type=int, default=16)
    parser.add_argument("--searches", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    proc, base = start_server(args.index, workers=1, threads=8)
    try:
        get(base, SEARCH)
        alone = searches(base, args.searches)
        stop, lock, tally = threading.Event(), threading.Lock(), {}
        threads = [threading.Thread(target=exporting, args=(base, stop, tally, lock), daemon=True)
                   for _ in range(args.exports)]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        deadline = time.monotonic() + args.seconds
        loaded = []
        while len(loaded) < args.searches and time.monotonic() < deadline:
            loaded.append(get(base, SEARCH)[1])
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    for name, values in (("alone", alone), (f"with {args.exports} exports", loaded)):
        print(f"search {name:>16}: p50 {statistics.median(values) * 1000:7.0f} ms  "
              f"p95 {percentile(values, 0.95) * 1000:7.0f} ms  ({len(values)} searches)")
    print(f"p95 ratio loaded/alone: {percentile(loaded, 0.95) / percentile(alone, 0.95):.1f}; exports served "
          f"{tally.get(200, 0)}, turned away (503) {tally.get(503, 0)}, failed {sum(v for k, v in tally.items() if k not in (200, 503))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
