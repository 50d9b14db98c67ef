"""The read side of the SolrCloud store: :class:`SolrStore`, one per generation (one collection).

Hit sets are Solr queries (:class:`SolrHits`): ``& | -`` build a boolean query,
nothing is fetched until a set is counted or listed, and counting, ordering
and histograms run in Solr over the query. Keys are article ids.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from dangjian.index.schema import FACETS
from dangjian.index.store import (Deadline, FacetTally, Selected, Selection, Store, StoredArticle, StoreInfo,
                                       WordStat, tie_key)

from .client import SolrClient
from .documents import record
from .querying import NOTHING, clause_query, date_query, quote, values_query
from .ranking import (NEAR_BOOST, NEAR_CANDIDATES, anchors, candidate_words, near, ranking_terms, score,
                      search_text)
from .reader import HitSet, SolrReader, Statistics, _literal, bm25

DATE_SORTS = {"date": "date desc,id asc", "date_asc": "date asc,id asc"}   # undated last either way
SLOGAN_BONUS = 2.0


class SolrHits:
    """A hit set of one collection, as a query; ids (sorted) are fetched on first use."""

    def __init__(self, reader: SolrReader, query: str, deadline: Deadline | None = None):
        self.reader = reader
        self.query = query
        self.deadline = deadline            # the query's budget, for the requests counting these hits
        self._ids: list[str] | None = None
        self._count: int | None = None

    def ids(self) -> list[str]:
        if self._ids is None:
            self._ids = self.reader.hit_ids(HitSet(self.query))
            self._count = len(self._ids)
        return self._ids

    def __len__(self) -> int:
        if self._count is None:
            self._count = self.reader.select({"q": self.query, "rows": 0})["response"]["numFound"]
        return self._count

    def __iter__(self):
        return iter(self.ids())

    def __contains__(self, key: object) -> bool:
        return key in set(self.ids())

    def __and__(self, other: SolrHits) -> SolrHits:
        return SolrHits(self.reader, f"(+({self.query}) +({other.query}))", self.deadline)

    def __or__(self, other: SolrHits) -> SolrHits:
        return SolrHits(self.reader, f"(({self.query}) OR ({other.query}))", self.deadline)

    def __sub__(self, other: SolrHits) -> SolrHits:
        return SolrHits(self.reader, f"(+({self.query}) -({other.query}))", self.deadline)

    def __repr__(self) -> str:
        return f"SolrHits({self.query!r})"


class SolrStore(Store):
    """One collection of a SolrCloud, read through any of its nodes."""

    def __init__(self, urls, collection: str, generation: str = "", meta: Mapping | None = None,
                 client: SolrClient | None = None):
        self.reader = SolrReader(client or SolrClient(urls), collection)
        self.collection = collection
        self._info = (generation or collection, dict(meta or {}))

    @property
    def info(self) -> StoreInfo:
        generation, meta = self._info
        return StoreInfo(generation, meta, len(self.live()))

    def hits(self, query: str, deadline: Deadline | None = None) -> SolrHits:
        return SolrHits(self.reader, query, deadline)

    def live(self) -> SolrHits:
        return self.hits("*:*")

    def facet_values(self, name: str) -> Sequence[str]:
        return self.reader.facet_values()[name]

    # ---------------------------------------------------------------- select

    def select(self, selection: Selection, deadline: Deadline) -> Selected:
        """Return the selection as queries: base, each facet's filter, the dates, their intersection.

        The hits are counted here, under the deadline (Solr's ``timeAllowed``): when Solr stops
        early, or the deadline has passed, the selection is incomplete and its count a true subset's.
        """
        base = self.hits(base_query(selection), deadline)
        filters = {name: self.hits(values_query(name, values)) for name, values in selection.filters.items()}
        dates = None
        if selection.date_from or selection.date_to:
            dates = self.hits(date_query(selection.date_from, selection.date_to))
        hits = base
        for part in [*filters.values(), *([dates] if dates is not None else [])]:
            hits = hits & part
        # "dates is not None", never "if dates": the truth of a hit set is its length (an empty range dropped)
        handle = HitSet(base.query, {n: f.query for n, f in filters.items()},
                        [dates.query] if dates is not None else [])
        hits._count, counted = self.reader.count(handle, deadline)
        return Selected(hits, base, filters, dates, counted and not deadline.passed(), handle)

    def count(self, selected: Selected, chosen: Mapping[str, Sequence[str]], top: int) -> dict[str, FacetTally]:
        """Count every facet disjunctively in one request (each facet without its own filter)."""
        handle = selected.handle if isinstance(selected.handle, HitSet) else HitSet(selected.hits.query)
        total, counted = self.reader.facet_counts(handle, -1, {n: list(v) for n, v in chosen.items()},
                                                  getattr(selected.hits, "deadline", None))
        if isinstance(selected.hits, SolrHits) and selected.hits._count is None:
            selected.hits._count = total          # the same request counted the hits: no second one
        out = {}
        for facet in FACETS:
            counts, _ = counted[facet.name]
            having = {v: n for v, n in counts.items() if n}
            best = sorted(having.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
            picked = {v: counts.get(v, 0) for v in chosen.get(facet.name, ())}
            out[facet.name] = FacetTally(tuple(best), picked, len(having))
        return out

    def histogram(self, hits, by: str = "month") -> dict[str, int]:
        return self.reader.histogram(HitSet(hits.query), by)

    # ----------------------------------------------------------------- order

    def order(self, hits, selection: Selection, sort: str, wanted: int, deadline: Deadline,
              handle=None) -> tuple[list[tuple[str, float | None]], bool]:
        """Return the first hits by relevance or date; ties by ``tie_key`` (newest first, then id)."""
        if isinstance(hits, SolrHits) and hits._count is not None:
            wanted = min(wanted, hits._count)      # an incomplete selection lists no more than it counted
        if wanted <= 0:
            return [], True
        query = HitSet(hits.query)
        if sort in DATE_SORTS:
            docs = self.reader.ranked(query, [], Statistics(1, {}, {}), wanted, DATE_SORTS[sort], deadline=deadline)
            return [(d["id"], None) for d in docs], not docs.partial
        clauses = [c for group in selection.groups for c in group]
        stats = self.reader.statistics(candidate_words(clauses))
        terms = ranking_terms(clauses, stats)
        needles = anchors(selection.groups)
        docs = self.reader.ranked(query, terms, stats, max(wanted, NEAR_CANDIDATES if needles else 0) + 50,
                                  deadline=deadline)
        scores = {d["id"]: score(d, terms, stats) for d in docs}

        def key(d):
            return (-scores[d["id"]], *tie_key(d.get("date"), d["id"]))
        if needles:
            best = sorted(docs, key=key)[:NEAR_CANDIDATES]
            for article in self.records([d["id"] for d in best]):
                if near(search_text(article), needles):
                    scores[article.id] += NEAR_BOOST
        return [(d["id"], scores[d["id"]]) for d in sorted(docs, key=key)[:wanted]], not docs.partial

    # ------------------------------------------------------------- documents

    def records(self, keys: Iterable[str], text: bool = True) -> list[StoredArticle]:
        keys = list(keys)
        found = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            answer = self.reader.select({"q": "id:(" + " OR ".join(quote(k) for k in part) + ")",
                                         "fl": "id,record", "rows": len(part)})
            found.update({d["id"]: record(d) for d in answer["response"]["docs"]})
        return [found[k] for k in keys if k in found]

    def key_of(self, article_id: str) -> str | None:
        return article_id if len(self.hits(f"id:{quote(article_id)}")) else None

    def catalogue(self) -> list[StoredArticle]:
        out, cursor = [], "*"
        while True:
            answer = self.reader.select([("q", "*:*"), ("fl", "id,record"), ("rows", "1000"), ("sort", "id asc"),
                                         ("cursorMark", cursor)])
            out += [record(d, text=False) for d in answer["response"]["docs"]]
            if answer["nextCursorMark"] == cursor:
                return out
            cursor = answer["nextCursorMark"]

    # --------------------------------------------------------------- ranking

    def word_stats(self, field: str, words: Iterable[str]) -> dict[str, WordStat]:
        words = list(dict.fromkeys(words))
        stats = self.reader.statistics({(field, w) for w in words})
        return {w: WordStat(stats.frequency[(field, w)], stats.idf(field, w))
                for w in words if stats.frequency.get((field, w))}

    def similar(self, words: Sequence[tuple[str, float]], slogans: Sequence[str], exclude: str,
                limit: int) -> list[tuple[str, float]]:
        """More like this: Σ weight × BM25(body, word) + 2.0 per shared slogan; never exclude, never 0."""
        words = [(w, float(x)) for w, x in words if w]
        if limit <= 0 or not (words or slogans):
            return []
        stats = self.reader.statistics({("body", w) for w, _ in words})
        words = [(w, x) for w, x in words if stats.frequency.get(("body", w))]
        wanted = [f"body_w:{quote(w)}" for w, _ in words] + [f"slogans:{quote(s)}" for s in slogans]
        if not wanted:
            return []
        query = HitSet(f"(+({' OR '.join(wanted)}) -id:{quote(exclude)})")
        docs = self.reader.ranked(query, [("body", w) for w, _ in words], stats, limit + 50,
                                  extra_fl=[f"s{i}:termfreq(slogans,{_literal(s)})" for i, s in enumerate(slogans)],
                                  weights=[x for _, x in words], bonus=(list(slogans), SLOGAN_BONUS))
        scores = {}
        for d in docs:
            total = 0.0
            for w, x in words:
                tf = float(d["tf"].get(("body", w), 0))
                total += x * bm25(tf, float(d.get("body_qlen", 0)), float(stats.average["body"]),
                                  stats.idf("body", w)) if tf else 0.0
            total += SLOGAN_BONUS * sum(1 for i in range(len(slogans)) if d.get(f"s{i}"))
            scores[d["id"]] = total
        ordered = sorted((d for d in docs if scores[d["id"]] > 0),
                         key=lambda d: (-scores[d["id"]], *tie_key(d.get("date"), d["id"])))
        return [(d["id"], scores[d["id"]]) for d in ordered[:limit]]


def base_query(selection: Selection) -> str:
    """Return the words query (groups AND-ed, clauses OR-ed, negatives removed) minus excluded values and dates."""
    if selection.void:
        return NOTHING
    parts = []
    for group in selection.groups:
        inner = [clause_query(c) for c in group]
        parts.append("+" + (inner[0] if len(inner) == 1 else "(" + " OR ".join(inner) + ")"))
    if not parts:
        parts.append("+*:*")
    parts += [f"-{clause_query(c)}" for c in selection.negatives]
    parts += [f"-{values_query(name, values)}" for name, values in selection.excluded.items() if values]
    parts += [f"-{date_query(start, end)}" for start, end in selection.excluded_dates]
    return " ".join(parts)
