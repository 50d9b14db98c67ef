"""A real SolrCloud on loopback for the tests: build the Java launcher with Maven, start it, stop it by pid.

One JVM (``dangjian.solrcloud.Launcher``, started with ``java -cp``, not through
Maven) holds an embedded ZooKeeper and the Solr nodes. It uploads the
project's configset, creates a collection of shards × replicas behind an
alias, writes ``ready.json`` and then takes commands on its standard input:
``stop N`` / ``start N`` stop or restart one node (the fault tests), ``quit``
shuts everything down. :class:`SolrCloud` wraps that process.
"""
from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CONFIGSET = ROOT / "index" / "store" / "solr" / "configset" / "conf"
CLASSPATH = HERE / "target" / "classpath.txt"
MAIN_CLASS = HERE / "target" / "classes" / "dangjian" / "solrcloud" / "Launcher.class"
SOURCES = [HERE / "pom.xml", HERE / "src" / "main" / "java" / "dangjian" / "solrcloud" / "Launcher.java"]
HEAP = os.environ.get("DANGJIAN_SOLR_HEAP", "768m")


class SolrUnavailable(Exception):
    """The launcher could not be built or the cluster did not start; the message says what failed."""


def _mvn(offline: bool) -> subprocess.CompletedProcess:
    cmd = ["mvn", "-B", "-q", *(["-o"] if offline else []), "compile", "dependency:build-classpath",
           f"-Dmdep.outputFile={CLASSPATH}", "-Dmdep.includeScope=runtime"]
    return subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, timeout=900)


def _up_to_date() -> bool:
    if not (CLASSPATH.exists() and MAIN_CLASS.exists()):
        return False
    built = min(CLASSPATH.stat().st_mtime, MAIN_CLASS.stat().st_mtime)
    jars = CLASSPATH.read_text().strip().split(os.pathsep)
    return all(s.stat().st_mtime <= built for s in SOURCES) and all(Path(j).exists() for j in jars)


def build() -> float:
    """Compile the launcher and write its classpath; return seconds spent (0 when up to date).

    Offline first (a warm ~/.m2 needs no network); online when something is missing.
    """
    if _up_to_date():
        return 0.0
    started = time.monotonic()
    try:
        done = _mvn(offline=True)
        if done.returncode != 0:
            done = _mvn(offline=False)
    except (OSError, subprocess.TimeoutExpired) as exc:      # no mvn on PATH, or a hung download
        raise SolrUnavailable(f"mvn could not run: {exc}") from exc
    if done.returncode != 0:
        raise SolrUnavailable(f"mvn failed ({done.returncode}): {(done.stdout + done.stderr)[-3000:]}")
    return time.monotonic() - started


@dataclass
class SolrCloud:
    """A running cluster: its nodes' base URLs, ZooKeeper address (``zk``: the zkHost, ``127.0.0.1:port/solr``,
    which ``ready.json`` and the READY line print), collection and alias."""

    process: subprocess.Popen
    work: Path
    base_urls: list[str]
    zk: str
    config: str
    collection: str
    alias: str
    ready_seconds: float
    _lines: list[str] = field(default_factory=list, repr=False)
    _cond: threading.Condition = field(default_factory=threading.Condition, repr=False)

    @property
    def pid(self) -> int:
        return self.process.pid

    def rss_mb(self) -> float:
        """Return the JVM's resident memory in MB (ZooKeeper and every node: one process)."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def command(self, text: str, timeout: float = 120.0) -> str:
        """Send one launcher command (stop N, start N) and return its answer line."""
        with self._cond:
            seen = len(self._lines)
            self.process.stdin.write(text + "\n")
            self.process.stdin.flush()
            if not self._cond.wait_for(lambda: len(self._lines) > seen or self.process.poll() is not None, timeout):
                raise SolrUnavailable(f"no answer to {text!r} within {timeout} s")
            if len(self._lines) == seen:
                raise SolrUnavailable(f"the launcher exited while doing {text!r}; see {self.work / 'solr.log'}")
            answer = self._lines[seen]
        if not answer.startswith("OK"):
            raise SolrUnavailable(answer)
        return answer

    def stop_node(self, index: int) -> None:
        self.command(f"stop {index}")

    def start_node(self, index: int) -> None:
        self.command(f"start {index}")

    def stop(self, grace: float = 30.0) -> None:
        """Stop the cluster: quit, then SIGTERM, then SIGKILL, always by this process's pid."""
        if self.process.poll() is not None:
            return
        try:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            pass
        for sig in (None, signal.SIGTERM, signal.SIGKILL):
            if sig is not None and self.process.poll() is None:
                os.kill(self.pid, sig)
            try:
                self.process.wait(timeout=grace)
                return
            except subprocess.TimeoutExpired:
                continue


def _read_answers(cloud_lines: list[str], cond: threading.Condition, stream) -> None:
    for line in stream:
        if line.startswith("@@"):
            with cond:
                cloud_lines.append(line[2:].strip())
                cond.notify_all()
    with cond:
        cond.notify_all()


def start(work: Path, nodes: int = 2, shards: int = 2, replicas: int = 2, collection: str = "articles_1",
          alias: str = "articles", config: str = "dangjian", timeout: float = 180.0) -> SolrCloud:
    """Build if needed, start the launcher and wait until the collection is active behind its alias."""
    build()
    work.mkdir(parents=True, exist_ok=True)
    (work / "cluster").mkdir(exist_ok=True)
    jars = CLASSPATH.read_text().strip()
    cmd = ["java", "-Xms128m", f"-Xmx{HEAP}", "-XX:+UseSerialGC", "-Xss512k",
           f"-Dlog4j2.configurationFile={HERE / 'log4j2.xml'}",
           "-cp", f"{HERE / 'target' / 'classes'}{os.pathsep}{jars}", "dangjian.solrcloud.Launcher",
           str(work / "cluster"), str(CONFIGSET), config, collection, alias, str(nodes), str(shards), str(replicas)]
    log = open(work / "solr.log", "wb")
    started = time.monotonic()
    try:
        process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
                                   encoding="utf-8", start_new_session=True)
    except OSError as exc:
        raise SolrUnavailable(f"java could not run: {exc}") from exc
    finally:
        log.close()
    lines: list[str] = []
    cond = threading.Condition()
    threading.Thread(target=_read_answers, args=(lines, cond, process.stdout), daemon=True).start()
    with cond:
        ok = cond.wait_for(lambda: lines or process.poll() is not None, timeout)
    if not ok or not lines or not lines[0].startswith("READY "):
        _kill(process)
        tail = (work / "solr.log").read_text(errors="replace")[-3000:]
        raise SolrUnavailable(f"SolrCloud did not start ({'timeout' if not ok else 'exited'}): {tail}")
    ready = json.loads(lines[0][len("READY "):])
    cloud = SolrCloud(process, work, ready["base_urls"], ready["zk"], config, ready["collection"], ready["alias"],
                      time.monotonic() - started, lines[1:], cond)
    # The reader thread appends to the list it was given: keep one list.
    cloud._lines = lines
    del lines[0]
    atexit.register(cloud.stop)
    return cloud


def _kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


@contextmanager
def solr_environment(cloud: SolrCloud, alias: str, zk: bool = False):
    """Point the solr store at the cluster for a block: by its node URLs (``DANGJIAN_SOLR_URLS``), or with
    ``zk=True`` by its ZooKeeper host alone (``DANGJIAN_SOLR_ZK_HOST``: the launcher's zkHost, chroot
    included); ``DANGJIAN_SOLR_ALIAS`` either way."""
    keys = ("DANGJIAN_SOLR_URLS", "DANGJIAN_SOLR_ZK_HOST", "DANGJIAN_SOLR_ALIAS")
    saved = {k: os.environ.get(k) for k in keys}
    for key in keys:
        os.environ.pop(key, None)
    if zk:
        os.environ["DANGJIAN_SOLR_ZK_HOST"] = cloud.zk
    else:
        os.environ["DANGJIAN_SOLR_URLS"] = ",".join(cloud.base_urls)
    os.environ["DANGJIAN_SOLR_ALIAS"] = alias
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
