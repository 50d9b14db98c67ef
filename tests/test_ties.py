"""Same archive, same order: equal scores fall to a stable key (newest first, then article id),
never to the document number, which depends on which build worker finished first."""
from __future__ import annotations

import pytest

from dangjian.index import workers
from dangjian.index.config import Config
from dangjian.index.store import Deadline, tie_key
from dangjian.index.writer import build_index
from dangjian.search.engine import Engine, SearchRequest
from dangjian.search.plan import plan
from dangjian.search.query import parse_query

QUERIES = [
    ("三会一课", {}), ("三会一课", {"province": ("黑龙江",)}), ("民政", {}), ("民政", {"province": ("江苏",)}),
    ("两个确立", {}), ("党建 引领", {}), ("主题教育 省份:山东", {}), ("民政厅", {"year": ("2023",)}),
    ("社会组织 OR 养老", {}), ("标题:民政", {}), ("\"模范机关\"", {}), ("民政 -培训", {}), ("", {}),
    ("", {"province": ("黑龙江",)}),
]
SORTS = ("relevance", "date", "date_asc")
PROCESSES = (1, 2, 4)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """One generated archive built with 1, 2 and 4 worker processes (small parts: many segments).

    240 articles: the smallest size found (seed 16) where 三会一课 filtered to 黑龙江 has hits and
    several queries have exactly equal scores."""
    from benchmarks.generate import write_archive
    base = tmp_path_factory.mktemp("ties")
    write_archive(base, 240, seed=16)
    patch = pytest.MonkeyPatch()
    patch.setattr(workers, "PART_ARTICLES", 25)
    try:
        engines = {}
        for n in PROCESSES:
            config = Config(archive=base / "archive", index=base / f"index-{n}")
            build_index(config, processes=n)
            engines[n] = Engine(config.index)
    finally:
        patch.undo()
    return engines


def every_hit(engine: Engine, query: str, filters: dict, sort: str) -> list[tuple[str, float | None, str | None]]:
    out, page = [], 1
    while True:
        results = engine.search(SearchRequest(query, filters=filters, sort=sort, page=page, limit=100, snippets=False))
        out += [(h.id, h.score, h.date) for h in results.hits]
        if page >= results.pages:
            return out
        page += 1


def test_builds_number_their_documents_differently(builds):
    """Otherwise the test below could not tell a docnum tie-break from a stable one."""
    keys = {n: [engine.snapshot().store.key_of(h[0]) for h in every_hit(engine, "", {}, "date")]
            for n, engine in builds.items()}
    assert keys[1] != keys[2] or keys[1] != keys[4]


@pytest.mark.parametrize("sort", SORTS)
def test_one_two_and_four_processes_give_identical_orders(builds, sort):
    tied = 0
    for query, filters in QUERIES:
        orders = {n: every_hit(engine, query, filters, sort) for n, engine in builds.items()}
        assert orders[1] == orders[2] == orders[4], (query, filters)
        tied += sum(1 for a, b in zip(orders[1], orders[1][1:]) if a[1] == b[1] and (sort != "relevance" or a[2] != b[2]))
    assert tied > 0              # there were ties to break (not vacuous)


def raw_order(engine: Engine, query: str, filters: dict) -> list[tuple[float, str | None, str]]:
    """Return every hit's unrounded score, date and id, in the store's relevance order."""
    store = engine.warm(words=False).store
    planned = plan(store, SearchRequest(query, filters=filters), parse_query(query))
    selected = store.select(planned.selection, Deadline(60))
    ordered, complete = store.order(selected.hits, planned.selection, "relevance", len(selected.hits), Deadline(60))
    assert complete and len(ordered) == len(selected.hits)
    records = store.records([key for key, _ in ordered])
    return [(score, r.date, r.id) for r, (_, score) in zip(records, ordered)]


def test_equal_scores_are_ordered_newest_first_then_by_id(builds):
    ties = 0
    for query, filters in QUERIES[:8]:
        hits = raw_order(builds[2], query, filters)
        for a, b in zip(hits, hits[1:]):
            assert a[0] >= b[0]
            if a[0] == b[0]:
                ties += 1
                assert tie_key(a[1], a[2]) < tie_key(b[1], b[2]), (query, a, b)
    assert ties > 0


def test_the_filtered_slogan_query_has_ties_and_keeps_their_order(builds):
    hits = every_hit(builds[4], "三会一课", {"province": ("黑龙江",)}, "relevance")
    assert hits and hits == every_hit(builds[1], "三会一课", {"province": ("黑龙江",)}, "relevance")
