"""The SolrCloud store configured only by its ZooKeeper host (``[solr] zk_host``), on the real cluster.

The session's cluster (tests/solrcloud) runs an embedded ZooKeeper; its zkHost
(``127.0.0.1:port/solr``, a chroot) is all the store is given: no node URL. The
store finds the nodes in ``/live_nodes``, follows a node stopping and coming
back, reads the alias from ``/aliases.json``; a bad ZooKeeper address is one
clear line naming the host.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from dangjian.index.config import Config, ConfigError
from dangjian.index.generations import current_dir
from dangjian.index.writer import build_index
from dangjian.search.engine import Engine
from dangjian.search.request import SearchRequest

from .conftest import write_page
from .solrcloud.cluster import solr_environment
from .test_store_solr_faults import NEW_PAGE, NEW_TEXT, SEARCHES, Load, copy_pages

pytest.importorskip("kazoo", reason="the zk_host tests need kazoo (pip install -e '.[test]')")

from dangjian.index.store.solr import zookeeper  # noqa: E402 — after the skip: it needs kazoo


def zk_build(cloud, alias: str, archive, index):
    """Build with backend = "solr" and the ZooKeeper host as the store's only address."""
    with solr_environment(cloud, alias, zk=True):
        assert "DANGJIAN_SOLR_URLS" not in os.environ
        return build_index(Config(archive=archive, index=index, backend="solr"), processes=2)


def collection_of(index) -> dict:
    return json.loads((current_dir(index) / "solr.json").read_text())


def test_a_store_known_only_by_zk_host_indexes_searches_moves_the_alias_and_survives_a_node_stop(
        solr_cloud, tmp_path):
    archive, index = copy_pages(tmp_path / "archive"), tmp_path / "index"
    first = zk_build(solr_cloud, "t_zk", archive, index)
    state = collection_of(index)
    assert state["zk_host"] == solr_cloud.zk and state["urls"] == []

    # The same archive in the embedded store: the same totals for every query.
    build_index(Config(archive=archive, index=tmp_path / "embedded"), processes=1)
    expected = {q: Engine(tmp_path / "embedded").search(SearchRequest(query=q)).total for q in SEARCHES}
    with solr_environment(solr_cloud, "t_zk", zk=True):
        assert {q: Engine(index).search(SearchRequest(query=q)).total for q in SEARCHES} == expected
        view = zookeeper.cluster(solr_cloud.zk)
        assert sorted(view.urls()) == sorted(solr_cloud.base_urls)     # the nodes, found in /live_nodes
        assert view.aliases()["t_zk"] == [state["collection"]]

        # A rebuild with one page more: a new collection, the alias moved (as ZooKeeper records it).
        write_page(archive, NEW_PAGE, NEW_TEXT)
    second = zk_build(solr_cloud, "t_zk", archive, index)
    moved = collection_of(index)["collection"]
    assert moved != state["collection"] and second.generation != first.generation
    with solr_environment(solr_cloud, "t_zk", zk=True):
        assert view.aliases()["t_zk"] == [moved]
        assert moved in view.collections()
        engine = Engine(index)
        found = engine.search(SearchRequest(query="乌兰察布试点"))
        assert found.total == 1 and found.hits[0].path == NEW_PAGE
        expected = {q: engine.search(SearchRequest(query=q)).total for q in SEARCHES}

        # A node stops during searches: ZooKeeper's list loses it, then gets it back; no search fails.
        gone = solr_cloud.base_urls[1]
        with Load(lambda: Engine(index), seconds=90.0) as load:
            time.sleep(1)
            solr_cloud.stop_node(1)
            assert view.wait_for(lambda urls: gone not in urls, 30), view.urls()
            assert view.urls() == [solr_cloud.base_urls[0]]
            during = load.count
            time.sleep(3)
            assert load.count > during                      # searches went on with one node
            solr_cloud.start_node(1)
            assert view.wait_for(lambda urls: gone in urls, 60), view.urls()
            time.sleep(1)
    assert load.failures == []
    assert load.totals == {q: {n} for q, n in expected.items()}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_zookeeper_is_one_line_naming_the_host(tmp_path):
    """reindex with a ZooKeeper nobody listens on: exit 2, one line naming the host, nothing built."""
    zk_host = f"127.0.0.1:{free_port()}/solr"
    config = tmp_path / "dangjian.toml"
    config.write_text(f'backend = "solr"\n\n[solr]\nzk_host = "{zk_host}"\nzk_timeout = 2\n', encoding="utf-8")
    archive = copy_pages(tmp_path / "archive")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DANGJIAN_")}
    env.update(DANGJIAN_CONFIG=str(config))
    done = subprocess.run([sys.executable, "-m", "dangjian", "reindex", "--archive", str(archive),
                           "--index", str(tmp_path / "index"), "--processes", "1"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr and len(lines) == 1, done.stderr
    assert zk_host in lines[0] and "did not answer" in lines[0]
    assert not (tmp_path / "index" / "CURRENT").exists()


def test_a_zookeeper_without_live_solr_nodes_is_named(solr_cloud):
    """A chroot holding no SolrCloud, and one whose /live_nodes is empty: each a ConfigError naming the host."""
    from kazoo.client import KazooClient
    root = solr_cloud.zk.rsplit("/", 1)[0]                  # the embedded ZooKeeper without Solr's chroot
    admin = KazooClient(hosts=root)
    admin.start(timeout=30)
    try:
        admin.ensure_path("/dangjian_empty/live_nodes")
    finally:
        admin.stop()
        admin.close()
    with pytest.raises(ConfigError, match="no /live_nodes") as nothing:
        zookeeper.ZkCluster(root + "/dangjian_nothing", timeout=10)
    assert root + "/dangjian_nothing" in str(nothing.value)
    with pytest.raises(ConfigError, match="no live Solr node") as empty:
        zookeeper.ZkCluster(root + "/dangjian_empty", timeout=10)
    assert root + "/dangjian_empty" in str(empty.value)
