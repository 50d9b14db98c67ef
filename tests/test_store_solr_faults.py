"""The SolrCloud store under faults and change, on the real cluster: a node stopped during searches,
a reindex under load (zero failed requests either way), an update equal to a rebuild."""
from __future__ import annotations

import shutil
import threading
import time
from types import SimpleNamespace

import pytest

from dangjian.index.config import Config
from dangjian.index.store import Clause, Deadline, Selection
from dangjian.index.store.solr.store import SolrStore
from dangjian.index.writer import build_index, update_index
from dangjian.search.engine import Engine
from dangjian.search.query import parse_query
from dangjian.search.request import SearchRequest

from .conftest import BUNDLED, write_page
from .solrcloud.cluster import solr_environment

PAGES = ("公益时报/2023-06-13/04.txt", "中国社会报/20210615/03.txt", "公益时报/2022/03/15/04.txt",
         "中国社会报/undated/dj_p03_a.txt", "中国社会报/undated/dj_p03_a.txt.json", "中国社会报/2025-09-16/03.txt")
NEW_PAGE = "浙江日报/2024-05-06/02.txt"
NEW_TEXT = ("乌兰察布试点社区党建工作会议召开\n\n"
            "本报讯 5月6日，乌兰察布试点社区召开党建工作推进会，部署下一阶段三会一课落实工作。\n")
SEARCHES = ["民政", "党建 会议", "三会一课", '"民政厅"', ""]


def copy_pages(root, pages=PAGES):
    for rel in pages:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(BUNDLED / rel, root / rel)
    return root


class Load:
    """Search threads, bounded in count and time, recording every failure and every total seen."""

    def __init__(self, engine_of, threads: int = 2, seconds: float = 120.0):
        self.engine_of = engine_of
        self.stop = threading.Event()
        self.failures: list[str] = []
        self.totals: dict[str, set[int]] = {q: set() for q in SEARCHES}
        self.count = 0
        self.lock = threading.Lock()
        self.deadline = time.monotonic() + seconds
        self.threads = [threading.Thread(target=self.run, daemon=True) for _ in range(threads)]

    def run(self):
        engine = self.engine_of()
        n = 0
        while not self.stop.is_set() and time.monotonic() < self.deadline and n < 5000:
            query = SEARCHES[n % len(SEARCHES)]
            n += 1
            try:
                total = engine.search(SearchRequest(query=query, limit=10)).total
            except Exception as exc:     # noqa: BLE001 — any failed search is the test's failure
                with self.lock:
                    self.failures.append(f"{query!r}: {type(exc).__name__}: {exc}")
                continue
            with self.lock:
                self.totals[query].add(total)
                self.count += 1

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=60)


def build(cloud, alias: str, archive, index, update: bool = False):
    """Build (or update) an archive into the cluster with the project's pipeline, backend = "solr"."""
    config = Config(archive=archive, index=index, backend="solr")
    with solr_environment(cloud, alias):
        return (update_index if update else build_index)(config, processes=1)


def test_a_node_stopped_during_searches_fails_no_search(solr_cloud, tmp_path):
    build(solr_cloud, "t_node", copy_pages(tmp_path / "archive"), tmp_path / "index")
    expected = {q: Engine(tmp_path / "index").search(SearchRequest(query=q)).total for q in SEARCHES}
    with Load(lambda: Engine(tmp_path / "index")) as load:
        time.sleep(2)
        before = load.count
        solr_cloud.stop_node(1)
        time.sleep(4)
        during = load.count
        solr_cloud.start_node(1)
        time.sleep(3)
    assert load.failures == []
    assert during > before and load.count > during        # searches went on while the node was down
    assert load.totals == {q: {n} for q, n in expected.items()}


def test_reindex_under_load_fails_no_request_and_finds_new_articles(solr_cloud, tmp_path):
    archive, index = copy_pages(tmp_path / "archive"), tmp_path / "index"
    first = build(solr_cloud, "t_load", archive, index)
    old = {q: Engine(index).search(SearchRequest(query=q)).total for q in SEARCHES}
    write_page(archive, NEW_PAGE, NEW_TEXT)
    with Load(lambda: Engine(index)) as load, Load(lambda: _alias_engine(solr_cloud, "t_load")) as direct:
        time.sleep(1)
        second = build(solr_cloud, "t_load", archive, index)
        time.sleep(2)
    assert load.failures == [] and direct.failures == []
    assert load.count > 0 and direct.count > 0
    new = {q: Engine(index).search(SearchRequest(query=q)).total for q in SEARCHES}
    for seen in (load, direct):                 # one collection or the other, never half of one
        assert all(seen.totals[q] <= {old[q], new[q]} for q in SEARCHES)
    assert new[""] == old[""] + 1
    found = Engine(index).search(SearchRequest(query="乌兰察布试点"))
    assert found.total == 1 and found.hits[0].path == NEW_PAGE
    assert _alias_engine(solr_cloud, "t_load").search(SearchRequest(query="乌兰察布试点")).total == 1
    assert second.generation != first.generation


class _AliasSearch:
    """Searches straight through the alias, as another client of the cluster would (words only)."""

    def __init__(self, store: SolrStore):
        self.store = store

    def search(self, request: SearchRequest):
        parsed = parse_query(request.query)
        clause = lambda c: Clause(c.text, c.field, c.negated, c.exact)   # noqa: E731
        selection = Selection(groups=tuple(tuple(clause(c) for c in g) for g in parsed.groups),
                              negatives=tuple(clause(c) for c in parsed.negatives), void=parsed.void)
        hits = self.store.select(selection, Deadline(30)).hits
        self.store.order(hits, selection, "relevance", request.limit, Deadline(30))
        return SimpleNamespace(total=len(hits))


def _alias_engine(cloud, alias: str) -> _AliasSearch:
    return _AliasSearch(SolrStore(tuple(cloud.base_urls), alias))


def test_update_equals_rebuild(solr_cloud, tmp_path):
    archive = copy_pages(tmp_path / "archive")
    build(solr_cloud, "t_update", archive, tmp_path / "index")
    (archive / PAGES[0]).unlink()                                                   # removed
    shutil.copy(BUNDLED / "中国社会报/2022-05-24/03.txt", archive / PAGES[1])        # changed
    write_page(archive, NEW_PAGE, NEW_TEXT)                                          # added
    done = build(solr_cloud, "t_update", archive, tmp_path / "index", update=True)
    assert (done.added, done.changed, done.removed) == ([NEW_PAGE], [PAGES[1]], [PAGES[0]])
    assert not any("rebuilt in full" in note for note in done.notes)
    build(solr_cloud, "t_rebuild", archive, tmp_path / "rebuilt")
    updated, rebuilt = Engine(tmp_path / "index").snapshot().store, Engine(tmp_path / "rebuilt").snapshot().store
    assert [a.to_dict() for a in updated.catalogue()] == [a.to_dict() for a in rebuilt.catalogue()]
    assert updated.records(list(updated.live())) == rebuilt.records(list(rebuilt.live()))
    for query in SEARCHES + ["乌兰察布试点"]:
        want = Engine(tmp_path / "rebuilt").search(SearchRequest(query=query))
        got = Engine(tmp_path / "index").search(SearchRequest(query=query))
        assert [h.to_dict() for h in got.hits] == [h.to_dict() for h in want.hits]
