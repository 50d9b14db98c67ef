"""Site throughput over loopback: `dangjian serve --workers N` under a bounded stream of queries.

Used by ``benchmarks.run`` (through :func:`benchmarks.web_bench.run`) for the
issue's figure "site ≥ 100 requests/s for the mix, p95 ≤ 250 ms". Traffic goes
only to 127.0.0.1; the request count and the time are both bounded, and the
server is stopped at the end whatever happens.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

CLIENT_THREADS = 8
MAX_REQUESTS = 2000
MAX_SECONDS = 60.0


def query_urls(queries) -> list[str]:
    """Turn benchmark queries (benchmarks.queries.BenchQuery) into search-page URLs."""
    urls = []
    for q in queries:
        params = [("q", q.text)]
        if q.province:
            params.append(("province", q.province))
        if q.date_from:
            params.append(("from", q.date_from))
        if q.date_to:
            params.append(("to", q.date_to))
        urls.append("/search?" + urlencode(params))
    return urls or ["/search?q=%E6%B0%91%E6%94%BF"]


def start_server(index: Path, workers: int) -> tuple[subprocess.Popen, str]:
    """Start `dangjian serve` on a free loopback port; return the process and its base URL."""
    env = {**os.environ, "DANGJIAN_INDEX": str(index)}
    proc = subprocess.Popen([sys.executable, "-m", "dangjian", "serve", "--host", "127.0.0.1", "--port", "0",
                             "--workers", str(workers)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    start = line.find("http://127.0.0.1:")
    if start < 0:
        proc.kill()
        raise RuntimeError(f"the server did not start: {line.strip()!r}")
    return proc, line[start:].split()[0].rstrip("/")


def _fetch(url: str) -> tuple[bool, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            ok = response.status == 200
    except (urllib.error.URLError, OSError):
        ok = False
    return ok, (time.perf_counter() - started) * 1000


def load(base: str, urls: list[str], max_requests: int = MAX_REQUESTS, max_seconds: float = MAX_SECONDS) -> dict:
    """Send the URLs round-robin from a few threads until either bound; return the figures."""
    for url in urls:                         # warm every worker's caches a little
        _fetch(base + url)
    times, failures, lock, counter = [], [0], threading.Lock(), iter(range(max_requests))
    deadline = time.monotonic() + max_seconds

    def client():
        for n in counter:
            if time.monotonic() > deadline:
                return
            ok, ms = _fetch(base + urls[n % len(urls)])
            with lock:
                times.append(ms)
                failures[0] += not ok
    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(CLIENT_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    ordered = sorted(times)
    return {"requests": len(times), "failed": failures[0], "seconds": round(wall, 2),
            "requests_per_s": round(len(times) / wall, 1) if wall else 0.0,
            "p50_ms": round(statistics.median(ordered), 1) if ordered else None,
            "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1) if ordered else None}


def run(index: Path, queries, workers: int = 2, **bounds) -> dict:
    """Serve index with workers processes and measure the query mix against it."""
    proc, base = start_server(Path(index), workers)
    try:
        return {"workers": workers, "client_threads": CLIENT_THREADS, **load(base, query_urls(queries), **bounds)}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
