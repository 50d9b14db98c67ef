"""Pieces of the query path against brute force: the date order, the best scores, facet counts."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from pyroaring import BitMap

from dangjian.index.store.whoosh.counts import count_values, mask_of
from dangjian.index.store.whoosh.ranking import best_indexes, by_date

dates = st.lists(st.sampled_from([0, 20210101, 20210615, 20230101, 20231031, 20250228]), min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(dates, st.data(), st.integers(1, 70), st.booleans())
def test_by_date_equals_a_full_sort(numbers, data, wanted, newest_first):
    hits = data.draw(st.sets(st.integers(0, len(numbers) - 1)))
    array = np.asarray(numbers, dtype=np.int32)
    if newest_first:       # newest first, undated last, ties by docnum
        expected = sorted(hits, key=lambda d: (numbers[d] == 0, -numbers[d], d))
    else:                  # oldest first, undated last, ties by docnum
        expected = sorted(hits, key=lambda d: (numbers[d] == 0, numbers[d], d))
    assert by_date(array, BitMap(hits), wanted, newest_first) == expected[:wanted]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([0.0, 0.5, 1.25, 3.0]), min_size=1, max_size=80), st.integers(1, 90))
def test_best_scores_equal_a_full_sort(scores, wanted):
    # Many ties: the partial sort must still break them by docnum, as a full sort does.
    docs = np.arange(0, 3 * len(scores), 3, dtype=np.int64)
    expected = sorted(range(len(scores)), key=lambda i: (-scores[i], docs[i]))[:wanted]
    assert best_indexes(np.asarray(scores), docs, wanted).tolist() == expected


class Column:
    def __init__(self, pairs, nvalues):
        self.docs = np.asarray([d for d, _ in pairs], dtype=np.int32)
        self.vals = np.asarray([v for _, v in pairs], dtype=np.int32)
        self.values = [f"v{i}" for i in range(nvalues)]


@given(st.sets(st.tuples(st.integers(0, 30), st.integers(0, 5))), st.sets(st.integers(0, 30)))
def test_bincount_over_a_hit_mask_equals_counting_pairs(pairs, hits):
    column = Column(sorted(pairs), 6)
    counts = count_values(column, mask_of(31, BitMap(hits)))
    assert counts.tolist() == [sum(1 for d, v in pairs if v == i and d in hits) for i in range(6)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 4), min_size=1, max_size=50), st.integers(1, 60), st.randoms())
def test_top_values_equal_sorting_by_count_then_value(counts, top, rnd):
    from dangjian.index.store.whoosh.counts import top_values
    values = [f"v{rnd.randint(0, 999):03d}{i}" for i in range(len(counts))]
    by_rank = np.asarray(sorted(range(len(values)), key=values.__getitem__))
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[by_rank] = np.arange(len(values))
    expected = sorted((i for i, c in enumerate(counts) if c), key=lambda i: (-counts[i], values[i]))[:top]
    assert top_values(np.asarray(counts), ranks, by_rank, top).tolist() == expected
