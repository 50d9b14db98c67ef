"""The write side of the SolrCloud store: a NEW collection per build, the alias moved when it is done.

The pipeline parses and analyses in worker processes exactly as for the
embedded store; each worker's :class:`SolrSink` sends its articles' documents
straight to the collection (uncommitted: invisible). :meth:`SolrStoreWriter.commit`
deletes what removed and changed files had, :meth:`~SolrStoreWriter.finish`
commits once and, for a rebuild, moves the alias onto the new collection —
searches go on against the old one until that single step (zero downtime, as
with generations); the previous collection is kept, older ones are deleted.
An update (``extend``) writes into the live collection and commits once.

The generation folder records which collection it is (``solr.json``), so a
reader opening a generation reads that collection, whatever the alias says.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from dangjian.index.config import ConfigError, solr_table
from dangjian.index.store import ArticleSink, SinkSpec, StoreWriter

from . import CONFIGSET
from .client import SolrClient
from .documents import solr_document
from .querying import quote

BATCH = 500                   # documents per update request
STATE = "solr.json"           # in the generation folder: the cluster and the collection it was written to


@dataclass(frozen=True)
class SolrSettings:
    """Where the store lives: node URLs or a ZooKeeper host, the alias searches use, the shape of new collections."""

    urls: tuple[str, ...] = ()
    alias: str = "dangjian"
    shards: int = 2
    replicas: int = 2
    zk_host: str | None = None          # "zk1:2181,zk2:2181/solr": the live nodes come from there
    zk_timeout: float = 10.0

    def client(self, timeout: float = 30.0, patience: float = 30.0) -> SolrClient:
        return SolrClient(self.urls, timeout=timeout, patience=patience, zk_host=self.zk_host,
                          zk_timeout=self.zk_timeout)

    def where(self) -> str:
        return f"ZooKeeper {self.zk_host}" if self.zk_host else ", ".join(self.urls)


ENV_KEYS = ("DANGJIAN_SOLR_URLS", "DANGJIAN_SOLR_ZK_HOST")


def load_settings() -> SolrSettings:
    """Return the settings: the nodes from ``$DANGJIAN_SOLR_ZK_HOST`` / ``$DANGJIAN_SOLR_URLS`` (comma-separated)
    when either is set, else the config file's ``[solr]`` table (``zk_host`` or ``urls``); a ZooKeeper host,
    when given, is where the live nodes come from. ``$DANGJIAN_SOLR_ALIAS`` overrides the alias."""
    table = solr_table()
    if any(os.environ.get(k) for k in ENV_KEYS):
        urls = [u for u in os.environ.get("DANGJIAN_SOLR_URLS", "").split(",") if u.strip()]
        zk_host = os.environ.get("DANGJIAN_SOLR_ZK_HOST") or None
    else:
        urls, zk_host = table.get("urls", []), table.get("zk_host") or None
    if isinstance(urls, str):
        urls = [urls]
    if zk_host is not None and not isinstance(zk_host, str):
        raise ConfigError('[solr] zk_host must be a string: "host1:2181,host2:2181/solr"')
    if not urls and not zk_host:
        raise ConfigError('the solr store needs [solr] zk_host = "zk1:2181,zk2:2181/solr" or '
                          'urls = ["http://host:8983/solr", ...] (or DANGJIAN_SOLR_ZK_HOST / DANGJIAN_SOLR_URLS)')
    try:
        return SolrSettings(tuple(u.strip() for u in urls),
                            os.environ.get("DANGJIAN_SOLR_ALIAS") or table.get("alias", "dangjian"),
                            int(table.get("shards", 2)), int(table.get("replicas", 2)),
                            zk_host.strip() if zk_host else None, float(table.get("zk_timeout", 10.0)))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"[solr] shards, replicas and zk_timeout must be numbers: {exc}") from exc


def configset_name() -> str:
    """Return the configset's name in ZooKeeper: versioned by its content, so a change is a new one."""
    digest = hashlib.sha1()
    for path in sorted(CONFIGSET.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(CONFIGSET).as_posix().encode() + b"\0" + path.read_bytes())
    return f"dangjian-{digest.hexdigest()[:12]}"


class SolrAdmin:
    """Collections, the configset and the alias of one cluster."""

    def __init__(self, settings: SolrSettings, client: SolrClient | None = None):
        self.settings = settings
        self.client = client or settings.client(timeout=120.0, patience=60.0)

    def admin(self, action: str, **params) -> dict:
        return self.client.get("/admin/collections", {"action": action, "wt": "json", **params})

    def ensure_configset(self) -> str:
        name = configset_name()
        listed = self.client.get("/admin/configs", {"action": "LIST", "wt": "json"}).get("configSets", [])
        if name not in listed:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as zipped:
                for path in sorted(CONFIGSET.rglob("*")):
                    if path.is_file():
                        zipped.write(path, path.relative_to(CONFIGSET).as_posix())
            self.client.send(f"/admin/configs?action=UPLOAD&name={name}&wt=json", buffer.getvalue(),
                             "application/octet-stream")
        return name

    def live_collection(self) -> str | None:
        """Return the collection the alias points at, or None when there is no alias yet
        (from ZooKeeper's ``/aliases.json`` when configured by zk_host, as Solr resolves it)."""
        if self.client.cluster is not None:
            return ",".join(self.client.cluster.aliases().get(self.settings.alias, [])) or None
        return self.admin("LISTALIASES").get("aliases", {}).get(self.settings.alias) or None

    def collections(self) -> list[str]:
        if self.client.cluster is not None:
            return self.client.cluster.collections()
        return self.admin("LIST").get("collections", [])

    def create_collection(self, generation: str) -> str:
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", generation.removesuffix(".building"))
        name = f"{self.settings.alias}_{stem}_{time.time_ns() % 1_000_000:06d}"
        self.admin("CREATE", name=name, **{"collection.configName": self.ensure_configset()},
                   numShards=self.settings.shards, replicationFactor=self.settings.replicas,
                   waitForFinalState="true")
        return name

    def move_alias(self, collection: str) -> None:
        self.admin("CREATEALIAS", name=self.settings.alias, collections=collection)

    def retire(self, keep: set[str]) -> list[str]:
        """Delete this alias's collections other than keep (the new and the previous one)."""
        prefix = f"{self.settings.alias}_"
        gone = [c for c in self.collections() if c.startswith(prefix) and c not in keep]
        for name in gone:
            self.admin("DELETE", name=name)
        return gone


class SolrSink(ArticleSink):
    """One worker's articles, sent to the collection in batches (uncommitted until the writer finishes)."""

    def __init__(self, settings: SolrSettings, collection: str, batch: str):
        self.client = settings.client(timeout=120.0, patience=60.0)   # in the worker: its own ZooKeeper session
        self.collection = collection
        self.batch = batch
        self.buffer: list[dict] = []
        self.added = 0

    def add_file(self, articles) -> str | None:
        try:
            self.buffer += [solr_document(a.article, a.sha1, a.tokens, self.batch) for a in articles]
        except Exception as exc:      # an article that cannot be a document costs its file, not the build
            return f"cannot be stored in Solr: {type(exc).__name__}: {exc}"
        self.added += len(articles)
        if len(self.buffer) >= BATCH:
            self._flush()
        return None

    def pending(self) -> int:
        return self.added

    def finish(self) -> int | None:
        self._flush()
        added, self.added = self.added, 0
        return added or None

    def _flush(self) -> None:
        if self.buffer:
            self.client.post_json(f"/{self.collection}/update", self.buffer, {"wt": "json"})
            self.buffer = []


def make_sink(settings: SolrSettings, collection: str, batch: str) -> SolrSink:
    return SolrSink(settings, collection, batch)


class SolrStoreWriter(StoreWriter):
    """Write one generation into a collection: a new one (rebuild) or the live one (update)."""

    def __init__(self, generation: Path, settings: SolrSettings, collection: str, fresh: bool,
                 previous: str | None = None):
        self.generation = Path(generation)
        self.settings = settings
        self.admin = SolrAdmin(settings)
        self.collection = collection
        self.fresh = fresh
        self.previous = previous
        self.batch = f"{self.generation.name}-{time.time_ns()}"
        # Written anew, not through a hard link an update's folder shares with the live generation.
        state = self.generation / STATE
        scratch = state.with_name(STATE + ".tmp")
        scratch.write_text(json.dumps({"urls": list(settings.urls), "zk_host": settings.zk_host,
                                       "alias": settings.alias, "collection": collection}, ensure_ascii=False))
        scratch.replace(state)

    @classmethod
    def create(cls, generation: Path, settings: SolrSettings | None = None) -> SolrStoreWriter:
        settings = settings or load_settings()
        admin = SolrAdmin(settings)
        previous = admin.live_collection()
        return cls(generation, settings, admin.create_collection(Path(generation).name), True, previous)

    @classmethod
    def extend(cls, generation: Path, settings: SolrSettings | None = None) -> SolrStoreWriter:
        settings = settings or load_settings()
        state = json.loads((Path(generation) / STATE).read_text())
        return cls(generation, settings, state["collection"], False)

    def sink_spec(self) -> SinkSpec:
        return SinkSpec(make_sink, (self.settings, self.collection, self.batch))

    def commit(self, parts, delete_paths=()) -> None:
        """Delete the other articles of removed and changed paths (not those this write has sent)."""
        paths = list(delete_paths)
        for start in range(0, len(paths), 200):
            query = f"path:({' OR '.join(quote(p) for p in paths[start:start + 200])}) -batch:{quote(self.batch)}"
            self.admin.client.post_json(f"/{self.collection}/update", {"delete": {"query": query}}, {"wt": "json"})

    def finish(self) -> None:
        """Commit once (everything becomes visible together); a rebuild then moves the alias."""
        self.admin.client.post_json(f"/{self.collection}/update", {"commit": {"waitSearcher": True}},
                                    {"wt": "json"})
        if self.fresh:
            self.admin.move_alias(self.collection)
            self.admin.retire({self.collection} | ({self.previous} if self.previous else set()))

    def abandon(self) -> None:
        """Delete a rebuild's collection (the build failed); the live one is untouched."""
        if self.fresh:
            self.admin.admin("DELETE", name=self.collection)

    def _select(self, **params) -> dict:
        return self.admin.client.get(f"/{self.collection}/select", {"wt": "json", **params})

    def article_count(self) -> int:
        return self._select(q="*:*", rows=0)["response"]["numFound"]

    def path_counts(self) -> dict[str, int]:
        flat = self._select(q="*:*", rows=0, facet="true", **{"facet.field": "path", "facet.limit": -1,
                                                              "facet.mincount": 1})["facet_counts"]["facet_fields"]["path"]
        return dict(zip(flat[::2], flat[1::2]))
