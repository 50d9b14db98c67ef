"""JSON over HTTP to a SolrCloud, any node: a request that fails on one node is sent to the next.

Every node answers for the whole collection (it forwards to the shards'
replicas), so a stopped node costs a retry, not a failed search. The nodes
come from one of two places:

- configured URLs: the list starts from them and is extended from the live
  nodes Solr reports (``CLUSTERSTATUS``) when a node fails;
- a ZooKeeper host (``zk_host``): the live nodes ZooKeeper lists, kept current
  by a watch (:mod:`.zookeeper`), so a stopped node leaves the list and a
  restarted one joins it without a failed request to find out.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from ..base import StoreUnavailable


class SolrError(Exception):
    """Solr answered with an error that retrying elsewhere cannot fix (a bad request), or no node answered."""


class SolrUnavailable(SolrError, StoreUnavailable):
    """No node of the cluster answered within the client's patience."""


_RETRY_STATUS = {404, 408, 409, 429, 500, 502, 503, 504}   # 404: a node still loading a core after a restart


class SolrClient:
    """Send requests to the cluster's nodes in turn; fail over on connection errors and server errors."""

    def __init__(self, urls=(), timeout: float = 30.0, patience: float = 30.0, zk_host: str | None = None,
                 zk_timeout: float | None = None):
        self.urls = [u.rstrip("/") for u in ([urls] if isinstance(urls, str) else urls)]
        self.cluster = None                 # the ZooKeeper view when configured by zk_host
        if zk_host:
            from . import zookeeper
            self.cluster = zookeeper.cluster(zk_host, zk_timeout or zookeeper.DEFAULT_TIMEOUT)
        elif not self.urls:
            raise ValueError("no Solr URL given")
        self.timeout = timeout
        self.patience = patience            # seconds to keep retrying before giving up
        self._turn = itertools.count()
        self._lock = threading.Lock()
        self.failovers = 0                  # requests that needed another node (the fault tests read it)

    def get(self, path: str, params: dict | list) -> dict:
        """GET (as a form POST, so long queries fit) path on some node; return the decoded answer."""
        body = urllib.parse.urlencode(params, doseq=True).encode()
        return self._send(path, body, "application/x-www-form-urlencoded")

    def post_json(self, path: str, payload, params: dict | None = None) -> dict:
        query = "?" + urllib.parse.urlencode(params, doseq=True) if params else ""
        body = json.dumps(payload, ensure_ascii=False).encode()
        return self._send(path + query, body, "application/json")

    def send(self, path: str, body: bytes, content_type: str) -> dict:
        """POST a body to path on some node, failing over; return the decoded answer."""
        return self._send(path, body, content_type)

    def _send(self, path: str, body: bytes, content_type: str) -> dict:
        deadline = time.monotonic() + self.patience
        errors: list[str] = []
        for attempt in itertools.count():
            urls = self._order()
            for url in urls:
                try:
                    answer = self._once(url + path, body, content_type)
                    if attempt or errors:
                        self.failovers += 1
                    return answer
                except _Retry as exc:
                    errors.append(f"{url}: {exc}")
            if time.monotonic() > deadline:
                where = f" (live nodes from ZooKeeper at {self.cluster.zk_host})" if self.cluster else ""
                raise SolrUnavailable(f"no Solr node answered {path.split('?')[0]}{where}: "
                                f"{'; '.join(errors[-4:]) or 'ZooKeeper lists none'}")
            self._refresh_nodes()
            time.sleep(min(0.2 * (attempt + 1), 1.0))
        raise AssertionError("unreachable")

    def _order(self) -> list[str]:
        if self.cluster is not None:
            urls = self.cluster.urls()
            if not urls:                    # every node gone for now: wait for one, within the patience
                return []
        else:
            with self._lock:
                urls = list(self.urls)
        start = next(self._turn) % len(urls)
        return urls[start:] + urls[:start]

    def _once(self, url: str, body: bytes, content_type: str) -> dict:
        request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.load(response)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:800]
            if exc.code in _RETRY_STATUS:
                raise _Retry(f"HTTP {exc.code} {detail}") from exc
            raise SolrError(f"Solr refused {url.split('?')[0]}: HTTP {exc.code} {detail}") from exc
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            raise _Retry(str(exc)) from exc

    def _refresh_nodes(self) -> None:
        """Add the live nodes ZooKeeper knows to the list (never drop a configured one: it may come back)."""
        if self.cluster is not None:        # the watch keeps that list: nothing to ask
            return
        for url in self._order():
            try:
                status = self._once(url + "/admin/collections?action=CLUSTERSTATUS&wt=json", b"",
                                    "application/x-www-form-urlencoded")
            except (_Retry, SolrError):
                continue
            live = status.get("cluster", {}).get("live_nodes", [])
            scheme = url.split("://", 1)[0]
            found = [f"{scheme}://{n.replace('_', '/', 1)}" for n in live]   # 127.0.0.1:8983_solr
            with self._lock:
                self.urls += [u for u in found if u not in self.urls]
            return


class _Retry(Exception):
    """This node could not answer; another may."""
