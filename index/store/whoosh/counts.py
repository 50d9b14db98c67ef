"""Count facet values and dates over a hit set: ``numpy.bincount`` over the read model's columns.

Counting is disjunctive: each facet's counts apply every other facet's filter
but not its own, so a selected province still shows the other provinces.
A hit set arrives as a bitmap, per distinct filter combination (one in all
when nothing is selected); a large one is counted through a boolean mask over
every docnum, a small one through its own rows of each column.
"""
from __future__ import annotations

import numpy as np
from pyroaring import BitMap

from dangjian.index.schema import FACETS
from dangjian.index.store import FacetTally


def as_array(docs) -> np.ndarray:
    """Return a bitmap's docnums as an int64 array (sorted)."""
    if not docs:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(docs.to_array(), dtype=np.uint32).astype(np.int64)


def mask_of(size: int, docs: BitMap) -> np.ndarray:
    """Return a boolean array over docnums, True for the documents in docs."""
    mask = np.zeros(size, dtype=bool)
    if docs:
        mask[as_array(docs)] = True
    return mask


SPARSE_SHARE = 16          # hits fewer than a column's pairs / this: count the hits' own rows


def count_values(column, mask: np.ndarray) -> np.ndarray:
    """Return, per value id of a facet column, how many masked documents have it."""
    if not len(column.vals):
        return np.zeros(len(column.values), dtype=np.int64)
    return np.bincount(column.vals[mask[column.docs]], minlength=len(column.values))


def count_sparse(column, docs: np.ndarray) -> np.ndarray:
    """Return the same counts as :func:`count_values` for a few documents (sorted docnums).

    A column's (doc, value) pairs are in docnum order, so each hit's pairs are
    one slice found by binary search: the work follows the hits, not the
    column (people, places and agencies hold several pairs per article).
    """
    lo = np.searchsorted(column.docs, docs, side="left")
    n = np.searchsorted(column.docs, docs, side="right") - lo
    rows = np.repeat(lo - (np.cumsum(n) - n), n) + np.arange(int(n.sum()))
    return np.bincount(column.vals[rows], minlength=len(column.values))


class HitSet:
    """One hit set to count facets over: its docnums, and its mask over every docnum when a count wants it."""

    def __init__(self, size: int, docs: BitMap):
        self.size, self.array, self._mask = size, as_array(docs), None

    def count(self, column) -> np.ndarray:
        if len(self.array) * SPARSE_SHARE < len(column.docs):
            return count_sparse(column, self.array)
        if self._mask is None:
            self._mask = np.zeros(self.size, dtype=bool)
            self._mask[self.array] = True
        return count_values(column, self._mask)


def disjunctive_counts(index, base: BitMap, filters: dict[str, BitMap], selected,
                       extra: BitMap | None = None, top: int = 30) -> dict[str, FacetTally]:
    """Count each facet over the base hits filtered by every other facet's selection.

    ``filters`` maps a facet name to the documents its selection allows;
    ``extra`` is a filter that is not a facet (a date range) and applies to all.
    """
    start = base if extra is None else base & extra
    hit_sets: dict[frozenset, HitSet] = {}
    out = {}
    for facet in FACETS:
        others = frozenset(n for n in filters if n != facet.name)
        if others not in hit_sets:
            docs = BitMap.intersection(start, *(filters[n] for n in others)) if others else start
            hit_sets[others] = HitSet(index.size, docs)
        column = index.model.facets[facet.name]
        counts = hit_sets[others].count(column)
        out[facet.name] = tally(column, counts, selected.get(facet.name, ()), top)
    return out


def top_values(counts: np.ndarray, ranks: np.ndarray, by_rank: np.ndarray, top: int) -> np.ndarray:
    """Return the ids of the ``top`` values with the most documents, ties by value, best first.

    One int64 key per counted value (minus the count, then the value's rank in
    sorted order), so a partial sort finds them among thousands (people, agencies).
    """
    nonzero = np.flatnonzero(counts)
    keys = -counts[nonzero].astype(np.int64) * (1 << 32) + ranks[nonzero]
    if len(keys) > top:
        keys = keys[np.argpartition(keys, top - 1)[:top]]
    order = np.sort(keys)
    return by_rank[order & 0xFFFFFFFF]


def tally(column, counts: np.ndarray, chosen, top: int) -> FacetTally:
    """Return a facet's tally: the top values, the chosen values' counts, how many values have hits."""
    best = top_values(counts, *column.ranks, top).tolist()
    listed = tuple((column.values[i], int(counts[i])) for i in best)
    ids = column.ids
    picked = {v: (int(counts[ids[v]]) if v in ids else 0) for v in chosen}
    return FacetTally(listed, picked, int(np.count_nonzero(counts)))


def date_histogram(dates: np.ndarray, hits: BitMap, by: str = "month") -> dict[str, int]:
    """Return hits per period ('2023' or '2023-10'), oldest first; undated hits are not counted."""
    if by not in ("month", "year"):
        raise ValueError("by is 'month' or 'year'")
    numbers = np.asarray(dates)[as_array(hits)]
    numbers = numbers[numbers > 0]
    keys, counts = np.unique(numbers // (100 if by == "month" else 10000), return_counts=True)
    if by == "year":
        return {f"{k:04d}": int(c) for k, c in zip(keys.tolist(), counts)}
    return {f"{k // 100:04d}-{k % 100:02d}": int(c) for k, c in zip(keys.tolist(), counts)}
