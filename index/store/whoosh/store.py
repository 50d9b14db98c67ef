"""The embedded store's read side: one open generation of Whoosh segments, gram files and read model.

Whoosh holds the stored articles, the word fields' lengths and the id and
path terms; the gram files (:mod:`.grams`, :mod:`.gramsearch`) answer
verbatim recall and hold the word postings (:mod:`.wordfiles`, the only
copy) and each document's card (a hit without its text); the read model
(:mod:`.readmodel`, :mod:`.facets`) holds facet values, dates and the tie
order as mapped arrays. Hit sets are pyroaring bitmaps of docnums.
Searchers are per thread: Whoosh readers are not safe to share across threads.
"""
from __future__ import annotations

import threading
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
from pyroaring import BitMap

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import index as whoosh_index
    from whoosh.index import EmptyIndexError

from dangjian.index import generations as gens
from dangjian.index.store import (Deadline, FacetTally, Selected, Selection, Store, StoredArticle, StoreInfo,
                                       WordStat)

from .counts import as_array, date_histogram, disjunctive_counts
from .facets import FacetIndex
from .gramsearch import Grams
from .matching import match
from .ranking import best_indexes, bm25, by_date, rank
from .records import decode

SLOGAN_BOOST = 2.0           # related articles: per slogan term (提法) shared


class WhooshStore(Store):
    """One generation of the embedded store, open for searching."""

    def __init__(self, generation: Path):
        self.path = Path(generation)
        try:
            self.ix = whoosh_index.open_dir(str(self.path))
        except EmptyIndexError as exc:        # being removed, or not an index: the engine retries or reports
            raise FileNotFoundError(f"no index in {self.path}: {exc}") from None
        meta = gens.read_json(self.path / gens.META, {}) or {}
        self._local = threading.local()
        self.facets = FacetIndex.open(self.path)      # maps the read model: no stored field is read
        self.grams = Grams.open(self.path, self.ix)   # maps each segment's gram files
        self.ties = self.facets.model.order
        self.info = StoreInfo(self.path.name, meta, len(self.facets.live))

    def searcher(self):
        """Return this thread's Whoosh searcher."""
        if getattr(self._local, "searcher", None) is None:
            self._local.searcher = self.ix.searcher()
        return self._local.searcher

    def warm(self) -> None:
        self.searcher()

    def live(self) -> BitMap:
        return self.facets.live

    def facet_values(self, name: str) -> Sequence[str]:
        return self.facets.values(name)

    # ---------------------------------------------------------------- select, count

    def select(self, selection: Selection, deadline: Deadline) -> Selected:
        memo: dict = {}          # this query's decoded word postings, shared by matching and ranking
        matched = match(self.searcher(), self.grams, selection, self.facets.live, deadline, memo)
        base = BitMap(matched.docs) - self._excluded(selection)
        filters = {name: self.facets.docs_with(name, values) for name, values in selection.filters.items()}
        dated = selection.date_from or selection.date_to
        dates = self.facets.docs_in_dates(selection.date_from, selection.date_to) if dated else None
        hits = BitMap.intersection(base, *filters.values(), *([dates] if dates is not None else []))
        return Selected(hits, base, filters, dates, matched.complete, memo)

    def _excluded(self, selection: Selection) -> BitMap:
        out = BitMap()
        for name, values in selection.excluded.items():
            out |= self.facets.docs_with(name, values)
        for start, end in selection.excluded_dates:
            out |= self.facets.docs_in_dates(start, end)
        return out

    def count(self, selected: Selected, chosen: Mapping[str, Sequence[str]], top: int) -> dict[str, FacetTally]:
        return disjunctive_counts(self.facets, selected.base, selected.filters, chosen, selected.dates, top)

    def histogram(self, hits, by: str = "month") -> dict[str, int]:
        return date_histogram(self.facets.model.dates, hits, by)

    # ---------------------------------------------------------------- order

    def order(self, hits, selection: Selection, sort: str, wanted: int, deadline: Deadline, handle=None):
        if sort in ("date", "date_asc"):
            docs = by_date(self.facets.model.dates, hits, wanted, sort == "date", self.ties)
            return [(d, None) for d in docs], True
        return rank(self.grams, selection, hits, wanted, deadline, handle, self.ties)

    # ---------------------------------------------------------------- records

    def records(self, keys: Iterable[int], text: bool = True) -> list[StoredArticle]:
        keys = [int(k) for k in keys]
        if not text:               # the card: a few hundred bytes of JSON, not the whole document unpickled
            cards = [self.grams.card(k) for k in keys]
            if all(c is not None for c in cards):
                return [decode(c, text=False) for c in cards]
        searcher = self.searcher()
        return [decode(searcher.stored_fields(k), text) for k in keys]

    def key_of(self, article_id: str) -> int | None:
        docnum = self.searcher().document_number(id=article_id)
        return docnum if docnum is not None and docnum in self.facets.live else None

    def catalogue(self) -> list[StoredArticle]:
        live = self.facets.live
        cards = [self.grams.card(docnum) for docnum in live]          # in docnum order, as Whoosh's iter_docs
        if all(c is not None for c in cards):
            return [decode(c, text=False) for c in cards]
        return [decode(doc, text=False) for docnum, doc in self.searcher().reader().iter_docs() if docnum in live]

    def text(self, key: int) -> str:
        """Return a document's search text (lowercased title, paragraphs, attribution)."""
        return self.grams.text(int(key))

    # ---------------------------------------------------------------- ranking statistics

    def word_stats(self, field: str, words: Iterable[str]) -> dict[str, WordStat]:
        index = self.grams.words
        return {w: WordStat(index.doc_frequency(field, w), index.idf(field, w))
                for w in dict.fromkeys(words) if index.has(field, w)}

    def similar(self, words: Sequence[tuple[str, float]], slogans: Sequence[str], exclude: int,
                limit: int) -> list[tuple[int, float]]:
        docs = np.arange(self.grams.size, dtype=np.int64)
        scores = np.zeros(len(docs))
        for word, weight in words:
            scores += weight * bm25(self.grams, docs, "body", word)
        for slogan in slogans:
            scores[as_array(self.facets.docs_with("slogans", [slogan]))] += SLOGAN_BOOST
        live = np.zeros(len(docs), dtype=bool)
        live[as_array(self.facets.live)] = True
        scores = np.where(live, scores, 0.0)
        if exclude is not None and 0 <= exclude < len(scores):
            scores[exclude] = 0.0
        return [(int(i), float(scores[i])) for i in best_indexes(scores, docs, limit, self.ties) if scores[i] > 0]

    def close(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            searcher.close()
