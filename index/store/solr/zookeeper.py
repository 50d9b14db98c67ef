"""The SolrCloud as its ZooKeeper describes it: the live nodes (watched), the aliases and the collections.

With ``[solr] zk_host = "zk1:2181,zk2:2181/solr"`` the store needs no node URL:
it reads what Solr's own Java client reads — ``/live_nodes`` (one ephemeral
child per running node, ``host:port_context``), ``/clusterprops.json`` (the
URL scheme), ``/aliases.json`` and ``/collections`` — under the chroot.
A watch on ``/live_nodes`` keeps the node list current: a node that stops
leaves it within its ZooKeeper session's end (at once for a clean stop), a
node that comes back joins it, so requests go to live nodes and the HTTP
failover of :mod:`.client` covers only the moment between.

One ZooKeeper session per process and host string (workers of a build are
forked: a session is never shared across processes). kazoo is an optional
dependency (``pip install 'dangjian[solr]'``), imported only here.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import urllib.parse
import warnings

from dangjian.index.config import ConfigError

DEFAULT_TIMEOUT = 10.0       # seconds to reach ZooKeeper before the configuration is reported unusable

# kazoo logs every refused connection while it retries; without a handler Python would print them
# on stderr as if they were the command's errors. The one-line ConfigError says what went wrong.
logging.getLogger("kazoo").addHandler(logging.NullHandler())

_sessions: dict[tuple[int, str], ZkCluster] = {}
_sessions_lock = threading.Lock()


def cluster(zk_host: str, timeout: float = DEFAULT_TIMEOUT) -> ZkCluster:
    """Return this process's session with the cluster at zk_host (connected, its live nodes watched)."""
    key = (os.getpid(), zk_host)
    with _sessions_lock:
        found = _sessions.get(key)
        if found is None or found.closed:
            found = _sessions[key] = ZkCluster(zk_host, timeout)
        return found


def node_url(node: str, scheme: str = "http") -> str:
    """Return a live node's base URL: ``127.0.0.1:8983_solr`` → ``http://127.0.0.1:8983/solr``."""
    address, _, context = node.partition("_")
    context = urllib.parse.unquote(context).strip("/")
    return f"{scheme}://{address}" + (f"/{context}" if context else "")


class ZkCluster:
    """A read-only view of one SolrCloud through ZooKeeper; :meth:`urls` is kept current by a watch."""

    def __init__(self, zk_host: str, timeout: float = DEFAULT_TIMEOUT):
        self.zk_host = zk_host
        self.closed = False
        try:
            from kazoo.client import KazooClient
            from kazoo.handlers.threading import KazooTimeoutError
        except ImportError as exc:
            raise ConfigError(f"[solr] zk_host = {zk_host!r} needs the ZooKeeper client kazoo: "
                              "pip install 'dangjian[solr]'") from exc
        try:
            self.zk = KazooClient(hosts=zk_host, timeout=timeout, read_only=True)
        except ValueError as exc:               # kazoo's parse of the host string
            raise ConfigError(f"[solr] zk_host = {zk_host!r} is not a ZooKeeper address "
                              f"(host:port[,host:port…][/chroot]): {exc}") from exc
        try:
            with warnings.catch_warnings():     # "No chroot path exists": said below, as no /live_nodes
                warnings.simplefilter("ignore")
                self.zk.start(timeout=timeout)
        except KazooTimeoutError as exc:
            self.close()
            raise ConfigError(f"ZooKeeper at {zk_host} did not answer within {timeout:g} s "
                              "(is it running, is [solr] zk_host right?)") from exc
        self._lock = threading.Lock()
        self._nodes: list[str] = []
        self._changed = threading.Condition(self._lock)
        if not self.zk.exists("/live_nodes"):
            self.close()
            raise ConfigError(f"ZooKeeper at {zk_host} holds no SolrCloud: no /live_nodes there "
                              "(is the chroot right, e.g. host:2181/solr?)")
        self.scheme = self._url_scheme()
        self.zk.ChildrenWatch("/live_nodes", self._on_nodes)   # calls back once now, then on every change
        if not self.urls():
            self.close()
            raise ConfigError(f"ZooKeeper at {zk_host} lists no live Solr node (/live_nodes is empty): "
                              "start the Solr nodes first")

    def _url_scheme(self) -> str:
        props = self._json("/clusterprops.json")
        return props.get("urlScheme", "http") if isinstance(props, dict) else "http"

    def _on_nodes(self, children: list[str]) -> None:
        with self._changed:
            self._nodes = sorted(node_url(c, self.scheme) for c in children)
            self._changed.notify_all()

    def urls(self) -> list[str]:
        """Return the live nodes' base URLs now (the watch's latest list)."""
        with self._lock:
            return list(self._nodes)

    def wait_for(self, predicate, timeout: float) -> bool:
        """Wait until predicate(urls) holds (a node gone or back); return whether it did."""
        with self._changed:
            return self._changed.wait_for(lambda: predicate(list(self._nodes)), timeout)

    def aliases(self) -> dict[str, list[str]]:
        """Return every alias and its collections, from ``/aliases.json`` as Solr keeps it."""
        data = self._json("/aliases.json")
        listed = data.get("collection", {}) if isinstance(data, dict) else {}
        return {alias: [c for c in str(names).split(",") if c] for alias, names in listed.items()}

    def collections(self) -> list[str]:
        """Return the cluster's collections (the children of ``/collections``)."""
        return sorted(self.zk.get_children("/collections")) if self.zk.exists("/collections") else []

    def _json(self, path: str):
        if not self.zk.exists(path):
            return {}
        data, _ = self.zk.get(path)
        return json.loads(data.decode("utf-8")) if data else {}

    def close(self) -> None:
        self.closed = True
        try:
            self.zk.stop()
            self.zk.close()
        except Exception:          # noqa: BLE001 — closing a session that never opened
            pass
