"""Requests to one collection (or an alias): hit sets, facet counts, ranking statistics, ranked
candidates and date histograms — each one request to any node, failing over.

A "hit set" is a Solr query (``q`` plus tagged filter queries), not a list of
ids: counting and ordering happen in Solr, next to the data; only the page
and the ranking candidates travel.
"""
from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field

from dangjian.index.schema import FACETS
from dangjian.index.store import Deadline

from .client import SolrClient
from .documents import TITLE_WEIGHT
from .querying import quote

K1, B = 1.2, 0.75                      # the embedded store's BM25 constants
FIELD_OF = {"title": "title_w", "body": "body_w"}
LENGTH_OF = {"title": "title_qlen", "body": "body_qlen"}
WEIGHT_OF = {"title": TITLE_WEIGHT, "body": 1.0}
VALUES_TTL = 5.0                       # seconds a collection's facet value list is trusted


@dataclass
class HitSet:
    """A query's hit set: the words query, the facets' filters (tagged, for disjunctive counts), the rest."""

    q: str
    facet_filters: dict[str, str] = field(default_factory=dict)
    filters: list[str] = field(default_factory=list)

    def params(self) -> list[tuple[str, str]]:
        out = [("q", self.q)]
        out += [("fq", f"{{!tag=f_{name}}}{query}") for name, query in self.facet_filters.items()]
        out += [("fq", query) for query in self.filters]
        return out


@dataclass
class Statistics:
    """What BM25 needs from the collection: document count, average field lengths, document frequencies."""

    documents: int
    average: dict[str, float]
    frequency: dict[tuple[str, str], int]

    def idf(self, field_name: str, word: str) -> float:
        return math.log(self.documents / (self.frequency.get((field_name, word), 0) + 1)) + 1


class SolrReader:
    def __init__(self, client: SolrClient, alias: str):
        self.client = client
        self.alias = alias
        self._values: tuple[float, dict[str, list[str]]] | None = None
        self._lock = threading.Lock()

    def select(self, params, deadline: Deadline | None = None) -> dict:
        """Send one search request; under a deadline Solr gets what is left of it as ``timeAllowed``."""
        params = list(params.items()) if isinstance(params, dict) else list(params)
        if deadline is not None:
            params.append(("timeAllowed", str(time_allowed(deadline))))
        return self.client.get(f"/{self.alias}/select", params + [("wt", "json")])

    def count(self, hits: HitSet, deadline: Deadline | None = None) -> tuple[int, bool]:
        """Return (hits counted, whether Solr counted them all within the deadline)."""
        answer = self.select(hits.params() + [("rows", "0")], deadline)
        return _found(answer), not partial(answer)

    # ------------------------------------------------------------ hit sets

    def hit_ids(self, hits: HitSet) -> list[str]:
        """Return every id of a hit set (sorted), paging with a cursor."""
        out, cursor = [], "*"
        while True:
            answer = self.select(hits.params() + [("fl", "id"), ("rows", "1000"), ("sort", "id asc"),
                                                  ("cursorMark", cursor)])
            out += [d["id"] for d in answer["response"]["docs"]]
            if answer["nextCursorMark"] == cursor:
                return out
            cursor = answer["nextCursorMark"]

    # --------------------------------------------------------------- facets

    def facet_values(self) -> dict[str, list[str]]:
        """Return every value of every facet in the live collection (cached for a few seconds)."""
        with self._lock:
            if self._values and time.monotonic() - self._values[0] < VALUES_TTL:
                return self._values[1]
        params = [("q", "*:*"), ("rows", "0"), ("facet", "true"), ("facet.limit", "-1"), ("facet.mincount", "1"),
                  ("facet.sort", "index")] + [("facet.field", f.name) for f in FACETS]
        fields = self.select(params)["facet_counts"]["facet_fields"]
        values = {f.name: fields[f.name][::2] for f in FACETS}
        with self._lock:
            self._values = (time.monotonic(), values)
        return values

    def facet_counts(self, hits: HitSet, top: int, selected: dict[str, list[str]],
                     deadline: Deadline | None = None) -> tuple[int, dict]:
        """Return (total, facet → (value → count, more than top have hits)), each facet disjunctive.

        Each facet is counted without its own filter (Solr's ``{!ex}``); a selected value outside the
        top is counted too, so it can be shown (and unselected).
        """
        params = hits.params() + [("rows", "0"), ("facet", "true"), ("facet.mincount", "1"),
                                  ("facet.limit", str(top + 1) if top >= 0 else "-1"),
                                  ("facet.sort", "count")]
        params += [("facet.field", f"{{!ex=f_{f.name}}}{f.name}") for f in FACETS]
        keys = {}
        for name, values in selected.items():
            for i, value in enumerate(values):
                keys[f"sel{len(keys)}"] = (name, value)
                params.append(("facet.query", f"{{!ex=f_{name} key=sel{len(keys) - 1}}}{name}:{quote(value)}"))
        answer = self.select(params, deadline)
        faceted = answer.get("facet_counts", {})       # absent when Solr stopped at timeAllowed first
        fields = faceted.get("facet_fields", {})
        queries = faceted.get("facet_queries", {})
        out = {}
        for f in FACETS:
            flat = fields.get(f.name, [])
            counts = dict(zip(flat[::2], flat[1::2]))
            if top >= 0:
                truncated = len(counts) > top
                counts = dict(list(counts.items())[:top])
            else:
                truncated = False
            for key, (name, value) in keys.items():
                if name == f.name and value not in counts:
                    counts[value] = queries.get(key, 0)
            out[f.name] = (counts, truncated)
        return _found(answer), out

    def histogram(self, hits: HitSet, by: str = "month") -> dict[str, int]:
        """Return hits per month ('2023-10') or year ('2023'), oldest first; undated hits are not counted."""
        if by not in ("month", "year"):
            raise ValueError("by is 'month' or 'year'")
        flat = self.select(hits.params() + [("rows", "0"), ("facet", "true"), ("facet.field", "month"),
                                            ("facet.limit", "-1"), ("facet.mincount", "1"),
                                            ("facet.sort", "index")])["facet_counts"]["facet_fields"]["month"]
        out: dict[str, int] = {}
        for month, count in sorted(zip((int(m) for m in flat[::2]), flat[1::2])):
            key = f"{month // 100:04d}" if by == "year" else f"{month // 100:04d}-{month % 100:02d}"
            out[key] = out.get(key, 0) + count
        return out

    # -------------------------------------------------------------- ranking

    def statistics(self, words: set[tuple[str, str]]) -> Statistics:
        """Return the collection's document count, average field lengths and each (field, word)'s
        document frequency — one request."""
        params = [("q", "*:*"), ("rows", "0"), ("stats", "true"), ("facet", "true")]
        params += [("stats.field", f) for f in LENGTH_OF.values()]
        keyed = {}
        for i, (name, word) in enumerate(sorted(words)):
            keyed[f"w{i}"] = (name, word)
            params.append(("facet.query", f"{{!term f={FIELD_OF[name]} key=w{i}}}{word}"))
        answer = self.select(params)
        stats = answer.get("stats", {}).get("stats_fields", {})
        average = {name: (stats.get(f) or {}).get("mean") or 1.0 for name, f in LENGTH_OF.items()}
        queries = answer.get("facet_counts", {}).get("facet_queries", {})
        frequency = {keyed[k]: n for k, n in queries.items() if k in keyed}
        return Statistics(answer["response"]["numFound"], average, frequency)

    def ranked(self, hits: HitSet, terms: list[tuple[str, str]], stats: Statistics, rows: int,
               sort: str | None = None, extra_fl=(), weights=None, bonus=None,
               deadline: Deadline | None = None) -> Candidates:
        """Return the best ``rows`` hits by BM25 over terms ((field, word), repeats counted; each times its
        weight), plus ``bonus`` = (slogans, points) per shared slogan, then newest, then id — computed by
        Solr — with each term's frequency and the field lengths, so they can be rescored exactly."""
        pieces = [_bm25_function(name, word, stats) for name, word in terms]
        if weights is not None:
            pieces = [f"product({w!r},{p})" for w, p in zip(weights, pieces)]
        if bonus:
            pieces += [f"if(termfreq(slogans,{_literal(s)}),{bonus[1]!r},0)" for s in bonus[0]]
        function = "sum(" + ",".join(pieces) + ",0)" if pieces else "0"
        distinct = sorted(set(terms))
        fl = ["id", "date", "title_qlen", "body_qlen", *extra_fl]
        fl += [f"t{i}:termfreq({FIELD_OF[n]},{_literal(w)})" for i, (n, w) in enumerate(distinct)]
        answer = self.select(hits.params() + [("rows", str(rows)), ("fl", ",".join(fl)),
                                              ("sort", sort or f"{function} desc,date desc,id asc")], deadline)
        out = Candidates()
        out.partial = partial(answer)
        for doc in answer.get("response", {}).get("docs", []):
            doc["tf"] = {term: doc.get(f"t{i}", 0) for i, term in enumerate(distinct)}
            out.append(doc)
        return out


class Candidates(list):
    """Ranked documents; ``partial`` when Solr stopped at ``timeAllowed`` (some hits were not scored)."""

    partial = False


def time_allowed(deadline: Deadline) -> int:
    """Return the milliseconds left before the deadline, at least 1 (Solr reads 0 or less as no limit)."""
    return max(1, int((deadline.end - deadline.clock()) * 1000))


def partial(answer: dict) -> bool:
    """Return whether Solr stopped a request at its ``timeAllowed`` (the hits it saw are a true subset)."""
    return bool(answer.get("responseHeader", {}).get("partialResults"))


def _found(answer: dict) -> int:
    return answer.get("response", {}).get("numFound", 0)


def _literal(value: str) -> str:
    """Return a string literal of Solr's function syntax."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _bm25_function(name: str, word: str, stats: Statistics) -> str:
    """Return BM25 of one word in one field as a Solr function (constants from the statistics)."""
    tf = f"product(termfreq({FIELD_OF[name]},{_literal(word)}),{WEIGHT_OF[name]!r})"
    norm = f"sum({K1 * (1 - B)!r},product(field({LENGTH_OF[name]}),{K1 * B / stats.average[name]!r}))"
    return f"product({stats.idf(name, word)!r},div(product({tf},{K1 + 1!r}),sum({tf},{norm})))"


def bm25(tf: float, length: float, average: float, idf: float) -> float:
    """Return BM25 as the embedded store computes it (same operations, same order: same float)."""
    return idf * tf * (K1 + 1) / (tf + K1 * ((1 - B) + B * length / average))
