"""Facet values and dates of one generation, as the read model holds them.

The generation's :mod:`.readmodel` is mapped, never rebuilt:
a value's documents are a roaring bitmap, a date range is a comparison over
the date array. This module answers "which documents" questions; counting
over a hit set is :mod:`.counts`.
"""
from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from pyroaring import AbstractBitMap, BitMap

from . import readmodel
from .grams import model_fields


class DateView:
    """Dates by docnum as ISO strings ('' when undated), read from the int array."""

    def __init__(self, numbers: np.ndarray):
        self.numbers = numbers

    def __len__(self) -> int:
        return len(self.numbers)

    def __getitem__(self, docnum: int) -> str:
        n = int(self.numbers[docnum])
        return f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}" if n else ""


class FacetIndex:
    """All facets of one generation, plus dates for range filters, sorting and histograms."""

    def __init__(self, model: readmodel.ReadModel):
        self.model = model
        self.size = model.size
        self.live = model.live
        self.dates = DateView(model.dates)

    @classmethod
    def open(cls, generation: Path) -> FacetIndex:
        """Map the generation's read model; one built before read models existed is modelled in memory."""
        try:
            return cls(readmodel.open_model(generation))
        except (FileNotFoundError, ValueError):      # none, or an older format (no tie order)
            return cls(_model_in_memory(generation))

    def values(self, name: str) -> list[str]:
        return self.model.facets[name].values

    def docs_with(self, name: str, values) -> BitMap:
        """Return the documents having any of values in facet name (OR within a facet)."""
        return BitMap.union(BitMap(), *(self.model.docs_of(name, v) for v in values))

    def docs_in_dates(self, start: str | None, end: str | None) -> BitMap:
        """Return the live documents dated within [start, end] (ISO prefixes; 2023 as an end is all of 2023)."""
        lo = readmodel.date_number(start) if start else 1
        hi = _end_number(end) if end else 99999999
        numbers = self.model.dates
        inside = np.flatnonzero((numbers >= max(lo, 1)) & (numbers <= hi))
        return BitMap(inside.astype(np.uint32)) & self.live

    def count(self, name: str, docs) -> Counter:
        """Return value → documents among docs (any iterable of docnums) having it."""
        from .counts import count_values, mask_of
        column = self.model.facets[name]
        docs = docs if isinstance(docs, AbstractBitMap) else BitMap(docs)
        counts = count_values(column, mask_of(self.size, docs))
        return Counter({column.values[i]: int(counts[i]) for i in np.flatnonzero(counts)})


def _end_number(end: str) -> int:
    parts = end.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else 99
    d = int(parts[2]) if len(parts) > 2 else 99
    return y * 10000 + m * 100 + d


def _model_in_memory(generation: Path) -> readmodel.ReadModel:
    """Build the read model of an old generation into a scratch folder and load it whole."""
    with tempfile.TemporaryDirectory(prefix="dangjian-rm-") as scratch:
        from whoosh import index as whoosh_index
        with whoosh_index.open_dir(str(generation)).reader() as reader:
            size = reader.doc_count_all()
            stored = [(n, doc) for n, doc in reader.iter_docs()]
        readmodel.write(Path(scratch), size, [(n, model_fields(doc)) for n, doc in stored])
        return readmodel.ReadModel(Path(scratch), mmap=False)
