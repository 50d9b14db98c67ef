"""Reindex under load: the site under its production server keeps answering while the index is rebuilt.

`dangjian serve --workers 2` runs as a real process on a free loopback port; a
few client threads send a continuous stream of searches, article pages,
browsing, suggestions and exports (bounded in count and time: each thread stops
by itself) while a full `dangjian reindex` and then an `update` that adds new
pages run as real processes. Every request must succeed (200), and the new
pages must become searchable without a restart. The figures (requests served,
p95 latency) are printed, not asserted: the machine is shared.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from dangjian.index.config import Config
from dangjian.index.writer import build_index

from .conftest import BUNDLED, write_page
from .test_serve import get_json, start

THREADS = 3
MAX_REQUESTS = 3000          # per thread
MAX_SECONDS = 75             # per thread, whatever happens to the rebuilds
NEW_PAGES = {
    "公益时报/2026-11-03/05.txt": "负载验证专版\n\n青海省民政厅部署琥珀湾社区养老服务\n\n近日，青海省民政厅召开琥珀湾社区养老"
                               "服务推进会，部署下一阶段工作。\n会议要求，坚持“两个确立”，把服务做实。\n\n（据青海省民政厅）\n",
    "公益时报/2026-11-03/06.txt": "宁夏回族自治区民政厅开展翡翠岭村务公开检查\n\n日前，宁夏回族自治区民政厅组织翡翠岭"
                               "村务公开专项检查，\n督促各地落实整改。\n\n（通讯员 马某某）\n",
}
NEW_TERMS = ("琥珀湾", "翡翠岭")


def q(path: str, **params) -> str:
    return path + "?" + urllib.parse.urlencode(params, doseq=True)


def urls_for(address: str, article_id: str) -> list[str]:
    """Return the mix of requests the stream cycles through: every kind of page the site serves."""
    paths = [q("search", q="两个确立"), q("api/search", q="民政厅", province="浙江"), q("search", q="", sort="date"),
             f"articles/{article_id}", q("api/search", q="琥珀湾"), q("browse"), q("api/suggest", q="民政"),
             q("search.json", q="会议 -培训", year="2023"), q("export.csv", q="民政"), "api/status"]
    return [address + p for p in paths]


class Stream:
    """Client threads that GET urls in turn and record every request's start, latency and failure."""

    def __init__(self, urls: list[str]):
        self.urls, self.stop = urls, threading.Event()
        self.timings: list[tuple[float, float]] = []        # (start, seconds)
        self.failures: list[str] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(THREADS)]

    def _run(self, n: int) -> None:
        deadline = time.monotonic() + MAX_SECONDS
        for k in range(MAX_REQUESTS):
            if self.stop.is_set() or time.monotonic() > deadline:
                return
            url = self.urls[(n + k) % len(self.urls)]
            began = time.monotonic()
            try:
                with urllib.request.urlopen(url, timeout=60) as response:
                    response.read()
                    failure = None if response.status == 200 else f"{response.status} {url}"
            except (urllib.error.URLError, OSError) as exc:
                failure = f"{exc} {url}"
            with self.lock:
                self.timings.append((began, time.monotonic() - began))
                if failure:
                    self.failures.append(failure)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=90)

    def served_between(self, start: float, end: float) -> int:
        with self.lock:
            return sum(1 for began, _ in self.timings if start <= began <= end)

    def p95(self) -> float:
        with self.lock:
            latencies = sorted(seconds for _, seconds in self.timings)
        return latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0


def run_cli(config: Config, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DANGJIAN_ARCHIVE": str(config.archive), "DANGJIAN_INDEX": str(config.index)}
    env.pop("DANGJIAN_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "dangjian", *args], env=env, capture_output=True, text=True,
                          timeout=180)


def wait_until_found(address: str, terms: tuple[str, ...]) -> bool:
    """Poll until every worker finds every term: 12 answers in a row (the workers switch in the background)."""
    streak = 0
    for _ in range(600):
        found = all(get_json(address + q("api/search", q=term))["total"] > 0 for term in terms)
        streak = streak + 1 if found else 0
        if streak == 12:
            return True
        time.sleep(0.05)
    return False


def test_reindex_and_update_under_a_stream_of_requests_fail_none(tmp_path):
    config = Config(tmp_path / "archive", tmp_path / "index")
    for n in range(2):                    # two copies, so the rebuild lasts long enough to be under load
        shutil.copytree(BUNDLED, config.archive / f"copy{n}")
    build_index(config, processes=1)
    proc, address = start(["--archive", str(config.archive), "--index", str(config.index), "--workers", "2"],
                          tmp_path)
    try:
        first = get_json(address + q("api/search", q="两个确立"))["hits"][0]["id"]
        assert all(get_json(address + q("api/search", q=term))["total"] == 0 for term in NEW_TERMS)
        with Stream(urls_for(address, first)) as stream:
            time.sleep(1)
            began = time.monotonic()
            reindex = run_cli(config, "reindex", "--processes", "1")
            for rel, text in NEW_PAGES.items():
                write_page(config.archive / "copy0", rel, text)
            update = run_cli(config, "update")
            found = wait_until_found(address, NEW_TERMS)
            ended = time.monotonic()
            time.sleep(0.5)
        during = stream.served_between(began, ended)
        print(f"\nreindex + update under load: {len(stream.timings)} requests served "
              f"({during} while rebuilding), {len(stream.failures)} failed, p95 {stream.p95() * 1000:.0f} ms")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert reindex.returncode == 0, reindex.stderr[-2000:]
    assert update.returncode == 0, update.stderr[-2000:]
    assert stream.failures == [], stream.failures[:10]
    assert during > 0
    assert found, "the new pages never became searchable"
