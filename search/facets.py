"""Facet counts from value arrays, loaded once per index generation.

Whoosh's ``groupedby`` walks the index for every query; here each facet is a
per-document array of value ids plus, per value, the set of documents that
have it. Counting is then a pass over the hit set, and a filter is a set union.
Counting is disjunctive: each facet's counts apply every other facet's filter
but not its own, so a selected province still shows the other provinces.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from dangjian.index.lexicon import load_lexicon
from dangjian.index.schema import FACETS, FACETS_BY_NAME

from .results import FacetList, FacetValue


@dataclass
class FacetArray:
    """One facet: the values of every document and the documents of every value."""

    values: list[str]                  # value id → value
    doc_values: list[tuple[int, ...]]  # docnum → value ids
    docs_of: dict[str, set[int]]       # value → docnums


class FacetIndex:
    """All facet arrays of one generation, plus dates for range filters and sorting."""

    def __init__(self, stored: list[dict | None]):
        self.size = len(stored)
        self.live = {n for n, doc in enumerate(stored) if doc is not None}
        self.dates = [(doc or {}).get("date", "") for doc in stored]
        self.arrays = {f.name: self._array(f.name, stored) for f in FACETS}

    @classmethod
    def from_reader(cls, reader) -> FacetIndex:
        stored: list[dict | None] = [None] * reader.doc_count_all()
        for docnum, fields in reader.iter_docs():
            stored[docnum] = fields
        return cls(stored)

    @staticmethod
    def _array(name: str, stored: list[dict | None]) -> FacetArray:
        multi = FACETS_BY_NAME[name].multi
        ids: dict[str, int] = {}
        doc_values, docs_of = [], {}
        for docnum, doc in enumerate(stored):
            raw = (doc or {}).get(name) or ""
            values = [v for v in raw.split(",") if v] if multi else ([raw] if raw else [])
            row = []
            for value in values:
                row.append(ids.setdefault(value, len(ids)))
                docs_of.setdefault(value, set()).add(docnum)
            doc_values.append(tuple(row))
        return FacetArray(values=list(ids), doc_values=doc_values, docs_of=docs_of)

    def docs_with(self, name: str, values) -> set[int]:
        """Return the documents having any of values in facet name (OR within a facet)."""
        docs_of = self.arrays[name].docs_of
        out: set[int] = set()
        for value in values:
            out |= docs_of.get(value, set())
        return out

    def resolve(self, name: str, text: str) -> list[str]:
        """Return the values a filter text selects — one rule for options, prefixes and negations.

        A province is named whole, in full or short (江苏, 江苏省, 广西壮族自治区 → 江苏;
        江 names none). Any other facet: the value itself, else every value containing
        the text (单位:民政厅 → every 民政厅).
        """
        if name == "province":
            short = load_lexicon().provinces.get(text.strip())
            return [short] if short else []
        return self.matching_values(name, text.strip())

    def matching_values(self, name: str, text: str) -> list[str]:
        """Return the facet's values equal to text, or else containing it (单位:民政厅)."""
        docs_of = self.arrays[name].docs_of
        if text in docs_of:
            return [text]
        return sorted(v for v in docs_of if text.lower() in v.lower())

    def docs_in_dates(self, start: str | None, end: str | None) -> set[int]:
        """Return the documents dated within [start, end] (ISO strings, prefixes allowed)."""
        hi = (end or "9999") + "\uffff"   # 2023 as an end means all of 2023
        lo = start or ""
        return {n for n, d in enumerate(self.dates) if d and lo <= d <= hi and n in self.live}

    def count(self, name: str, docs: set[int]) -> Counter:
        array = self.arrays[name]
        counts: Counter = Counter()
        for docnum in docs:
            counts.update(array.doc_values[docnum])
        return Counter({array.values[i]: c for i, c in counts.items()})


def disjunctive_counts(index: FacetIndex, base: set[int], filters: dict[str, set[int]],
                       selected: dict[str, list[str]], extra: set[int] | None = None,
                       top: int = 30) -> dict[str, FacetList]:
    """Count each facet over the base hits filtered by every other facet's selection.

    ``filters`` maps a facet name to the documents its selection allows;
    ``extra`` is a filter that is not a facet (a date range) and applies to all.
    """
    out = {}
    for facet in FACETS:
        docs = base if extra is None else base & extra
        for name, allowed in filters.items():
            if name != facet.name:
                docs = docs & allowed
        counts = index.count(facet.name, docs)
        chosen = selected.get(facet.name, [])
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        values = [FacetValue(v, c, v in chosen, facet.label_of(v)) for v, c in ranked[:top]]
        # A selected value stays visible (with its count, possibly 0) so it can be unselected.
        shown = {v.value for v in values}
        values += [FacetValue(v, counts.get(v, 0), True, facet.label_of(v)) for v in chosen if v not in shown]
        out[facet.name] = FacetList(facet.name, facet.label, values, truncated=len(ranked) > top)
    return out
