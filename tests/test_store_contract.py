"""The store contract (docs/stores.md), checked for every store against brute force over the parsed bundled archive.

Every test takes the ``store`` fixture, parametrised over :data:`STORE_FACTORIES`;
a store adds itself there with a function ``(archive, index) -> Config``
whose builds and updates write that store. The oracles are the ones the
search invariants use (:mod:`tests.test_invariants`): a term matches where
each of its runs stands in one run of the text, a quoted phrase where one
line holds it, squeezed.
"""
from __future__ import annotations

import shutil
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest

from dangjian.index import generations as gens
from dangjian.index.config import Config
from dangjian.index.schema import FACETS, facet_values
from dangjian.index.store import Clause, Deadline, Selected, Selection, open_generation, tie_key
from dangjian.index.writer import build_index, update_index

from .conftest import BUNDLED
from .test_invariants import in_range, term_matches


def embedded(archive: Path, index: Path) -> Config:
    return Config(archive=archive, index=index)


def solr(archive: Path, index: Path) -> Config:
    return Config(archive=archive, index=index, backend="solr")


STORE_FACTORIES = {"whoosh": embedded, "solr": solr}  # name → (archive, index) -> Config that builds that store


@contextmanager
def serving(request, name: str, alias: str):
    """Point a store at its server for a block: solr at the session's SolrCloud (tests/solrcloud)."""
    if name != "solr":
        yield
        return
    from .solrcloud.cluster import solr_environment
    with solr_environment(request.getfixturevalue("solr_cloud"), alias):
        yield


def open_live(config: Config):
    return open_generation(gens.current_dir(config.index))


@pytest.fixture(scope="module", params=sorted(STORE_FACTORIES))
def store(request, tmp_path_factory):
    base = tmp_path_factory.mktemp(f"contract-{request.param}")
    archive = base / "archive"
    shutil.copytree(BUNDLED, archive)
    config = STORE_FACTORIES[request.param](archive, base / "index")
    with serving(request, request.param, "contract"):
        build_index(config, processes=2)
    opened = open_live(config)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def articles(bundled_articles):
    return {a.id: a for a in bundled_articles}


def ids_of(store, hits) -> set[str]:
    return {r.id for r in store.records(list(hits))}


# ------------------------------------------------------------------ records

def test_every_article_is_stored_whole_and_found_by_id(store, articles):
    assert store.info.articles == len(articles)
    for article in articles.values():
        record = store.record(article.id)
        values = facet_values(article)
        assert (record.title, record.paragraphs, record.attribution or None) == \
               (article.title, tuple(article.paragraphs), article.attribution or None)
        assert record.date == (article.date.isoformat() if article.date else None)
        assert record.issue_date == (article.issue_date.isoformat() if article.issue_date else None)
        assert (record.path, record.ordinal, record.title_derived, record.page or None) == \
               (article.path, article.ordinal, article.title_derived, article.page or None)
        for facet in FACETS:
            got = getattr(record, facet.name)
            assert (tuple(got) if facet.multi else ((got,) if got else ())) == values[facet.name], facet.name
    assert store.record("no-such-article") is None and store.key_of("no-such-article") is None


def test_the_catalogue_lists_every_live_article_without_text(store, articles):
    listed = store.catalogue()
    assert sorted(r.id for r in listed) == sorted(articles)
    assert all(not r.paragraphs and r.title == articles[r.id].title for r in listed)


# ------------------------------------------------------------------ select

def clause(text: str, exact: bool = False, title: bool = False, negated: bool = False) -> Clause:
    return Clause(text, "title" if title else "text", negated, exact)


SELECTIONS = {
    "word": Selection(groups=((clause("两个确立"),),)),
    "fragment inside a word": Selection(groups=((clause("确立"),),)),
    "one character": Selection(groups=((clause("廉"),),)),
    "digits": Selection(groups=((clause("2023"),),)),
    "exact phrase with punctuation": Selection(groups=((clause("“两个确立”", exact=True),),)),
    "AND": Selection(groups=((clause("民政"),), (clause("党建"),))),
    "OR": Selection(groups=((clause("养老"), clause("社会组织")),)),
    "NOT": Selection(groups=((clause("民政"),),), negatives=(clause("培训", negated=True),)),
    "title only": Selection(groups=((clause("民政", title=True),),)),
    "term broken by punctuation": Selection(groups=((clause("党建-引领"),),)),
    "province": Selection(groups=((clause("民政"),),), filters={"province": ("江苏", "山东")}),
    "two facets": Selection(filters={"year": ("2023", "2024"), "publication": ("公益时报",)}),
    "excluded value": Selection(groups=((clause("民政"),),), excluded={"province": ("江苏",)}),
    "dates": Selection(groups=((clause("民政"),),), date_from="2022-03", date_to="2023"),
    "excluded dates": Selection(excluded_dates=(("2021", "2022-06"),)),
    "unknown value": Selection(filters={"agency": ("没有这个单位",)}),
    "void": Selection(groups=((clause("民政"),),), void=True),
    "everything": Selection(),
}


def brute(articles, selection: Selection, skip: str | None = None) -> set[str]:
    """The ids a selection holds by the documented rules (``skip``: a facet's own filter left out)."""
    if selection.void:
        return set()
    out = set()
    for a in articles.values():
        values = facet_values(a)

        def holds(c: Clause) -> bool:
            return term_matches(a, c.text, c.exact, c.field == "title")
        if not all(any(holds(c) for c in group) for group in selection.groups):
            continue
        if any(holds(c) for c in selection.negatives):
            continue
        if any(set(values[n]) & set(v) for n, v in selection.excluded.items()):
            continue
        if any(in_range(a, lo, hi) for lo, hi in selection.excluded_dates):
            continue
        if (selection.date_from or selection.date_to) and not in_range(a, selection.date_from, selection.date_to):
            continue
        if any(not set(values[n]) & set(v) for n, v in selection.filters.items() if n != skip):
            continue
        out.add(a.id)
    return out


@pytest.mark.parametrize("name", sorted(SELECTIONS))
def test_the_hit_set_of_a_selection_is_brute_forces(store, articles, name):
    selection = SELECTIONS[name]
    selected = store.select(selection, Deadline(60))
    assert selected.complete
    assert ids_of(store, selected.hits) == brute(articles, selection)
    assert len(selected.hits) == len(ids_of(store, selected.hits))


def test_the_oracle_is_not_vacuous(articles):
    sizes = {name: len(brute(articles, s)) for name, s in SELECTIONS.items()}
    assert all(sizes[n] > 0 for n in SELECTIONS if n not in ("void", "unknown value"))
    assert sizes["fragment inside a word"] > sizes["word"] and sizes["everything"] == len(articles)


# ------------------------------------------------------------------ count, histogram

@pytest.mark.parametrize("name", ["province", "two facets", "excluded value", "dates", "everything"])
def test_facet_counts_are_disjunctive_brute_force(store, articles, name):
    selection = SELECTIONS[name]
    selected = store.select(selection, Deadline(60))
    chosen = {n: list(v) for n, v in selection.filters.items()}
    tallies = store.count(selected, chosen, top=10_000)
    for facet in FACETS:
        expected = Counter(v for i in brute(articles, selection, skip=facet.name)
                           for v in facet_values(articles[i])[facet.name])
        tally = tallies[facet.name]
        assert dict(tally.top) == dict(expected), facet.name
        assert [c for _, c in tally.top] == sorted(expected.values(), reverse=True)
        assert tally.distinct == len(expected)
        assert tally.chosen == {v: expected.get(v, 0) for v in chosen.get(facet.name, [])}


def test_the_top_values_are_the_most_frequent_ties_by_value(store, articles):
    live = store.live()
    tally = store.count(Selected(live, live, {}, None), {}, top=3)["province"]
    everything = Counter(a.province for a in articles.values() if a.province)
    assert list(tally.top) == sorted(everything.items(), key=lambda vc: (-vc[1], vc[0]))[:3]


@pytest.mark.parametrize("by", ["year", "month"])
def test_the_histogram_is_brute_forces(store, articles, by):
    selected = store.select(SELECTIONS["fragment inside a word"], Deadline(60))
    width = 4 if by == "year" else 7
    expected = Counter(articles[i].date.isoformat()[:width] for i in ids_of(store, selected.hits)
                       if articles[i].date)
    got = store.histogram(selected.hits, by)
    assert got == dict(expected) and list(got) == sorted(got)


# ------------------------------------------------------------------ order

@pytest.mark.parametrize("name", ["word", "OR", "fragment inside a word", "everything"])
def test_relevance_order_is_by_score_then_the_tie_key(store, name):
    selection = SELECTIONS[name]
    selected = store.select(selection, Deadline(60))
    ordered, complete = store.order(selected.hits, selection, "relevance", len(selected.hits), Deadline(60),
                                    selected.handle)
    assert complete and len(ordered) == len(selected.hits)
    rows = [(score, r.date, r.id) for r, (_, score) in zip(store.records([k for k, _ in ordered]), ordered)]
    assert {r[2] for r in rows} == ids_of(store, selected.hits)
    for a, b in zip(rows, rows[1:]):
        assert a[0] > b[0] or (a[0] == b[0] and tie_key(a[1], a[2]) < tie_key(b[1], b[2]))


@pytest.mark.parametrize("sort", ["date", "date_asc"])
def test_date_order_is_by_date_then_id_undated_last(store, articles, sort):
    live = store.live()
    ordered, _ = store.order(live, SELECTIONS["everything"], sort, len(articles), Deadline(60))
    rows = [(r.date, r.id) for r in store.records([k for k, _ in ordered])]
    dated = [r for r in rows if r[0]]
    assert len(rows) == len(articles) and rows[len(dated):] == sorted(r for r in rows if not r[0])
    assert dated == sorted(dated, key=lambda r: tie_key(*r) if sort == "date" else r)
    assert all(score is None for _, score in ordered)


def test_a_page_of_the_order_is_the_head_of_the_whole_order(store, articles):
    selection = SELECTIONS["fragment inside a word"]
    selected = store.select(selection, Deadline(60))
    whole, _ = store.order(selected.hits, selection, "relevance", len(selected.hits), Deadline(60))
    head, _ = store.order(selected.hits, selection, "relevance", 3, Deadline(60))
    assert head == whole[:3]


# ------------------------------------------------------------------ ranking statistics

def test_word_statistics_and_similar_articles(store, articles):
    stats = store.word_stats("body", ["民政", "两个确立", "没有这个词语"])
    assert "没有这个词语" not in stats and stats["民政"].docs >= stats["两个确立"].docs > 0
    assert stats["两个确立"].idf > stats["民政"].idf > 0
    some = next(a for a in articles.values() if a.slogans)
    key = store.key_of(some.id)
    found = store.similar([("两个确立", 1.0), ("民政", 0.5)], list(some.slogans), key, 5)
    assert found and key not in [k for k, _ in found] and all(score > 0 for _, score in found)
    assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)


# ------------------------------------------------------------------ update = rebuild

@pytest.mark.parametrize("name", sorted(STORE_FACTORIES))
def test_update_equals_a_rebuild(request, tmp_path, name):
    archive = tmp_path / "archive"
    for rel in ("公益时报/2023-06-13/04.txt", "中国社会报/20210615/03.txt", "公益时报/2022/03/15/04.txt"):
        (archive / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(BUNDLED / rel, archive / rel)
    updated = STORE_FACTORIES[name](archive, tmp_path / "updated")
    with serving(request, name, "contract_update"):
        build_index(updated, processes=1)
        shutil.copy(BUNDLED / "公益时报/2025-11-25/04.txt", archive / "新增.txt")
        changed = archive / "公益时报/2023-06-13/04.txt"
        changed.write_text(changed.read_text(encoding="utf-8").replace("警示教育", "警示 教育", 1), encoding="utf-8")
        (archive / "中国社会报/20210615/03.txt").unlink()
        update_index(updated, processes=1)
        rebuilt = STORE_FACTORIES[name](archive, tmp_path / "rebuilt")
        build_index(rebuilt, processes=1)
    a, b = open_live(updated), open_live(rebuilt)
    assert sorted(map(repr, a.records(a.live()))) == sorted(map(repr, b.records(b.live())))
    for selection in SELECTIONS.values():
        got = ids_of(a, a.select(selection, Deadline(60)).hits)
        assert got == ids_of(b, b.select(selection, Deadline(60)).hits)
