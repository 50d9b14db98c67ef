"""Site throughput over loopback: `dangjian serve --workers N` under a bounded stream of queries.

    python -m benchmarks.site_load --index DIR [--workers 2] [--seed 1] [--keep-alive]

Used by ``benchmarks.run`` (through :func:`benchmarks.web_bench.run`) for the
issue's figure "site ≥ 100 requests/s for the mix, p95 ≤ 250 ms". Traffic goes
only to 127.0.0.1; the request count and the time are both bounded, and the
server is stopped at the end whatever happens.

The client runs on the same machine as the server, so its CPU is reported
beside the figures (``client_cpu_share``: the client process's CPU over the
load, as a share of all cores) and so is the server's (its whole process tree,
read from /proc where there is one): a figure bought by starving the client,
or lost to it, is visible. Each client thread opens a new connection per
request by default, the worst case for the server; ``keep_alive`` reuses one
connection per thread, as a browser does.
"""
from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

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


def start_server(index: Path, workers: int, threads: int | None = None) -> tuple[subprocess.Popen, str]:
    """Start `dangjian serve` on a free loopback port; return the process and its base URL."""
    env = {**os.environ, "DANGJIAN_INDEX": str(index)}
    extra = ["--threads", str(threads)] if threads else []
    proc = subprocess.Popen([sys.executable, "-m", "dangjian", "serve", "--host", "127.0.0.1", "--port", "0",
                             "--workers", str(workers), *extra], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    start = line.find("http://127.0.0.1:")
    if start < 0:
        proc.kill()
        raise RuntimeError(f"the server did not start: {line.strip()!r}")
    return proc, line[start:].split()[0].rstrip("/")


class Client:
    """One client thread's HTTP connection: new per request, or kept alive between requests."""

    def __init__(self, base: str, keep_alive: bool):
        parts = urlsplit(base)
        self.host, self.port, self.keep_alive = parts.hostname, parts.port, keep_alive
        self.conn: http.client.HTTPConnection | None = None

    def fetch(self, path: str) -> tuple[bool, float]:
        """GET path; return (HTTP 200 and the whole body read, milliseconds)."""
        started = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            headers = {} if self.keep_alive else {"Connection": "close"}
            self.conn.request("GET", path, headers=headers)
            response = self.conn.getresponse()
            response.read()
            ok = response.status == 200
            if not self.keep_alive or response.will_close:
                self.close()
        except (http.client.HTTPException, OSError):
            ok = False
            self.close()
        return ok, (time.perf_counter() - started) * 1000

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def tree_cpu_seconds(pid: int) -> float | None:
    """Return user+system CPU seconds of pid and its children (Linux /proc), or None elsewhere."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        total = 0
        for p in [pid, *map(int, children)]:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])        # utime, stime (fields 14, 15 of stat)
        return total / tick
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def machine_cpu_seconds() -> tuple[float, float] | None:
    """Return (busy, total) CPU seconds of the whole machine since boot (Linux /proc/stat), or None."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    tick = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)        # idle + iowait
    return (sum(fields[:8]) - idle) / tick, sum(fields[:8]) / tick


def load(base: str, urls: list[str], max_requests: int = MAX_REQUESTS, max_seconds: float = MAX_SECONDS,
         keep_alive: bool = False, server_pid: int | None = None) -> dict:
    """Send the URLs round-robin from a few threads until either bound; return the figures."""
    warm = Client(base, keep_alive)
    for url in urls:                         # warm every worker's caches a little
        warm.fetch(url)
    warm.close()
    times, failures, lock, counter = [], [0], threading.Lock(), iter(range(max_requests))
    deadline = time.monotonic() + max_seconds

    def client():
        me = Client(base, keep_alive)
        for n in counter:
            if time.monotonic() > deadline:
                break
            ok, ms = me.fetch(urls[n % len(urls)])
            with lock:
                times.append(ms)
                failures[0] += not ok
        me.close()
    server_before = tree_cpu_seconds(server_pid) if server_pid else None
    machine_before = machine_cpu_seconds()
    started, cpu_started = time.monotonic(), time.process_time()
    threads = [threading.Thread(target=client) for _ in range(CLIENT_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall, client_cpu = time.monotonic() - started, time.process_time() - cpu_started
    server_after = tree_cpu_seconds(server_pid) if server_pid else None
    machine = _machine_busy(machine_before, machine_cpu_seconds())
    return {**_figures(times, failures[0], wall), **_cpu(wall, client_cpu, server_before, server_after, len(times)),
            **({"machine_busy_share": machine} if machine is not None else {})}


def _machine_busy(before, after) -> float | None:
    """Share of all cores busy during the load (client, server and anything else on the machine)."""
    if before is None or after is None or after[1] <= before[1]:
        return None
    return round((after[0] - before[0]) / (after[1] - before[1]), 3)


def _figures(times: list[float], failed: int, wall: float) -> dict:
    ordered = sorted(times)
    return {"requests": len(times), "failed": failed, "seconds": round(wall, 2),
            "requests_per_s": round(len(times) / wall, 1) if wall else 0.0,
            "p50_ms": round(statistics.median(ordered), 1) if ordered else None,
            "p95_ms": round(ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)], 1) if ordered else None}


def _cpu(wall: float, client_cpu: float, server_before, server_after, requests: int) -> dict:
    """CPU use of client and server during the load, as seconds and as shares of all cores."""
    cores = os.cpu_count() or 1
    out = {"cores": cores, "client_cpu_s": round(client_cpu, 2),
           "client_cpu_share": round(client_cpu / (wall * cores), 3) if wall else None}
    if server_before is not None and server_after is not None:
        server = server_after - server_before
        out.update(server_cpu_s=round(server, 2), server_cpu_share=round(server / (wall * cores), 3) if wall else None,
                   server_cpu_ms_per_request=round(server * 1000 / requests, 2) if requests else None)
    return out


def run(index: Path, queries, workers: int = 2, threads: int | None = None, keep_alive: bool = False,
        **bounds) -> dict:
    """Serve index with workers processes and measure the query mix against it."""
    proc, base = start_server(Path(index), workers, threads)
    try:
        figures = load(base, query_urls(queries), keep_alive=keep_alive, server_pid=proc.pid, **bounds)
        return {"workers": workers, "server_threads": threads or 8, "client_threads": CLIENT_THREADS,
                "keep_alive": keep_alive, **figures}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv=None) -> None:
    from .queries import query_mix
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True, help="an index already built (dangjian reindex --index DIR)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=None, help="threads per worker (default: serve's own)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the query mix (benchmarks.queries)")
    parser.add_argument("--keep-alive", action="store_true", help="one connection per client thread")
    parser.add_argument("--max-requests", type=int, default=MAX_REQUESTS)
    parser.add_argument("--max-seconds", type=float, default=MAX_SECONDS)
    args = parser.parse_args(argv)
    figures = run(Path(args.index), query_mix(args.seed), args.workers, args.threads, args.keep_alive,
                  max_requests=args.max_requests, max_seconds=args.max_seconds)
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
