"""The read model equals what the stored fields say, after a build and after an update.

Oracle: brute force over every stored document of the generation (Whoosh's
own stored fields): its date, each facet's values, the live documents, the
documents of every value. The mapped arrays and bitmaps must hold exactly that.
"""
from __future__ import annotations

import collections
from pathlib import Path

import numpy as np
import pytest
from whoosh import index as whoosh_index

from dangjian.index import generations as gens
from dangjian.index.store.whoosh import readmodel
from dangjian.index.checksums import verify_generation
from dangjian.index.config import Config
from dangjian.index.schema import FACETS
from dangjian.index.writer import build_index, update_index
from dangjian.index.store.whoosh.counts import as_array
from dangjian.search.engine import Engine
from dangjian.index.store.whoosh.facets import FacetIndex, _model_in_memory
from dangjian.search.request import SearchRequest

from .conftest import write_page


def stored_docs(generation: Path) -> dict[int, dict]:
    with whoosh_index.open_dir(str(generation)).reader() as reader:
        return dict(reader.iter_docs())


def assert_model_matches_stored(generation: Path) -> None:
    docs = stored_docs(generation)
    model = readmodel.open_model(generation)
    assert set(model.live) == set(docs)
    for docnum in range(model.size):
        expected = readmodel.date_number(docs[docnum].get("date")) if docnum in docs else 0
        assert int(model.dates[docnum]) == expected
    for facet in FACETS:
        column = model.facets[facet.name]
        pairs = {(d, v) for d, doc in docs.items() for v in readmodel.facet_values_of(doc, facet.name, facet.multi)}
        assert {(int(d), column.values[int(v)]) for d, v in zip(column.docs, column.vals)} == pairs
        assert len(column.docs) == len(pairs)                        # no pair twice
        by_value = collections.defaultdict(set)
        for d, v in pairs:
            by_value[v].add(d)
        assert set(column.values) == set(by_value)
        for value, expected_docs in by_value.items():
            assert set(model.docs_of(facet.name, value)) == expected_docs


def test_read_model_of_the_bundled_archive_equals_its_stored_fields(built):
    generation = gens.current_dir(built[0].index)
    assert_model_matches_stored(generation)
    assert not verify_generation(generation, quick=False)             # the checksums cover the model


def test_date_numbers_round_trip_iso_dates():
    assert readmodel.date_number("2023-10-31") == 20231031
    assert readmodel.date_number("") == 0 and readmodel.date_number(None) == 0
    assert readmodel.date_number("2023") == 20230000


def _change_archive(archive: Path) -> None:
    page = next(p for p in sorted(archive.rglob("*.txt")) if "undated" not in str(p))
    page.unlink()                                                    # one page removed
    write_page(archive, "公益时报/2024-02-02/01.txt",
               "江苏省民政厅召开主题教育推进会\n\n本报讯 2024年1月30日，江苏省民政厅召开会议，"
               "深入学习习近平新时代中国特色社会主义思想，推进模范机关建设。\n")


def _facet_counts(engine: Engine, query: str) -> dict:
    results = engine.search(SearchRequest(query, facet_limit=1000))
    return {name: {(v.value, v.count) for v in values} for name, values in results.facets.items()}


def test_update_carries_the_read_model_like_a_rebuild(small_archive, tmp_path):
    build_index(small_archive, processes=1)
    old = gens.current_dir(small_archive.index)
    _change_archive(small_archive.archive)
    result = update_index(small_archive, processes=1)
    assert result.removed and result.added
    updated = gens.current_dir(small_archive.index)
    assert_model_matches_stored(updated)
    assert not verify_generation(old, quick=False)                   # hard-linked files were not written through
    rebuilt_config = Config(archive=small_archive.archive, index=tmp_path / "rebuilt")
    build_index(rebuilt_config, processes=1)
    updated_engine, rebuilt_engine = Engine(small_archive.index), Engine(rebuilt_config.index)
    for query in ("", "民政厅", "模范机关建设", "两个确立"):
        assert _facet_counts(updated_engine, query) == _facet_counts(rebuilt_engine, query)
        assert updated_engine.date_histogram(SearchRequest(query)) == rebuilt_engine.date_histogram(SearchRequest(query))
    assert updated_engine.stats()["facets"] == rebuilt_engine.stats()["facets"]


def test_an_old_generation_without_a_read_model_is_modelled_in_memory(built):
    generation = gens.current_dir(built[0].index)
    mapped, scratch = readmodel.open_model(generation), _model_in_memory(generation)
    assert np.array_equal(mapped.dates, scratch.dates) and mapped.live == scratch.live
    for facet in FACETS:
        a, b = mapped.facets[facet.name], scratch.facets[facet.name]
        assert a.values == b.values and np.array_equal(a.docs, b.docs) and np.array_equal(a.vals, b.vals)
        assert all(mapped.docs_of(facet.name, v) == scratch.docs_of(facet.name, v) for v in a.values)


def test_date_histogram_counts_the_hits_by_their_dates(engine, built):
    request = SearchRequest("民政", limit=100)
    results = engine.search(request)
    assert results.total <= 100                                       # every hit is listed, so brute force sees them all
    by_month = collections.Counter(h.date[:7] for h in results.hits if h.date)
    by_year = collections.Counter(h.date[:4] for h in results.hits if h.date)
    assert engine.date_histogram(request, "month") == dict(by_month)
    assert engine.date_histogram(request, "year") == dict(by_year)
    with pytest.raises(ValueError):
        engine.date_histogram(request, "week")


def test_date_filters_over_the_array_equal_string_comparison(engine):
    facets = engine.snapshot().store.facets
    live = as_array(facets.live).tolist()
    for lo, hi in (("2023", "2023"), ("2021-06", "2022-03-15"), (None, "2022"), ("2024-02", None)):
        top = (hi or "9999") + "\uffff"
        expected = {d for d in live if facets.dates[d] and (lo or "") <= facets.dates[d] <= top}
        assert set(facets.docs_in_dates(lo, hi)) == expected


def test_snippets_can_be_skipped(engine):
    with_text = engine.search(SearchRequest("民政厅"))
    without = engine.search(SearchRequest("民政厅", snippets=False))
    assert [h.id for h in with_text.hits] == [h.id for h in without.hits]
    assert any(h.snippets for h in with_text.hits) and not any(h.snippets for h in without.hits)


def test_facets_counted_over_a_few_hits_equal_a_count_of_their_stored_values(engine):
    # Small hit sets are counted through their own rows of each column, large ones through a mask:
    # both must give, for every facet and value, the number of hits whose stored values hold it.
    import random
    from pyroaring import BitMap
    from dangjian.index.store.whoosh import counts
    store = engine.warm().store
    live = sorted(store.live())
    records = dict(zip(live, store.records(live, text=False)))
    rng = random.Random(16)
    for size in (0, 1, 3, 10, len(live) // 2, len(live)):
        hits = BitMap(rng.sample(live, size))
        expected = {f.name: collections.Counter(v for d in hits for v in _values(records[d], f.name)) for f in FACETS}
        for share in (counts.SPARSE_SHARE, 0, 1 << 30):          # as configured, always the mask, always rows
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(counts, "SPARSE_SHARE", share)
                tallies = counts.disjunctive_counts(store.facets, hits, {}, {}, None, top=10_000)
            for f in FACETS:
                assert dict(tallies[f.name].top) == dict(expected[f.name]), (size, share, f.name)
    assert any(len(t.top) > 1 for t in tallies.values())                    # not vacuous


def _values(record, name: str) -> list[str]:
    value = getattr(record, name)
    return list(dict.fromkeys(value)) if isinstance(value, tuple) else ([value] if value else [])
