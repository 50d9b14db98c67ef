"""The SolrCloud store: the same articles, analysed in Python, kept in a Solr collection behind an alias.

- :mod:`.documents` — an article as a Solr document, and the one decoder of a stored record;
- :mod:`.client` — JSON over HTTP to any live node, failing over to the others;
- :mod:`.querying` — clauses, facet values and dates in Solr's query syntax (verbatim by bigram phrases);
- :mod:`.reader` — the requests: documents, facet counts, statistics, ranked candidates, histograms;
- :mod:`.ranking` — BM25 over the jieba words, as the embedded store scores;
- :mod:`.store` — :class:`SolrStore`, the read side of the store contract;
- :mod:`.writer` — sinks and the store writer: a new collection per build, then the alias.

The pipeline (``index/writer.py``) and the engine (``search/engine.py``) drive it like any store:
``backend = "solr"`` in the configuration, with ``[solr] zk_host`` (or ``urls``) and ``alias``;
:mod:`.zookeeper` follows the live nodes and reads aliases and collections when a ZooKeeper host is given.

The configset (``configset/conf``) is shipped with the package and uploaded by the writer.
"""
from __future__ import annotations

import json
from pathlib import Path

CONFIGSET = Path(__file__).resolve().parent / "configset" / "conf"


def open_generation(generation: Path):
    """Open the collection a generation was written to (its ``solr.json``), through the configured nodes
    (a ZooKeeper host or URLs); without a ``[solr]`` configuration here, through those it was written with."""
    from dangjian.index.config import ConfigError

    from .store import SolrStore
    from .writer import STATE, SolrSettings, load_settings
    generation = Path(generation)
    state = json.loads((generation / STATE).read_text())
    try:
        settings = load_settings()
    except ConfigError:
        settings = SolrSettings(tuple(state.get("urls") or ()), zk_host=state.get("zk_host"))
    meta_path = generation / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    return SolrStore(settings.urls, state["collection"], generation.name, meta,
                     client=settings.client())


def _backend():
    from dangjian.index.store import Backend

    from .writer import SolrStoreWriter
    return Backend("solr", open=open_generation, create=SolrStoreWriter.create, extend=SolrStoreWriter.extend)


def __getattr__(name: str):
    if name == "BACKEND":
        return _backend()
    raise AttributeError(name)
