"""The store seam: what the query path, the site and the writer need from a search engine.

Everything above this seam — parsing and analysis, the query language,
filter resolution, snippets, the site, the CLI — is the same whatever engine
holds the articles. Everything below it — posting lists, gram files, facet
columns, segment files, a remote cluster — belongs to one store package
(:mod:`dangjian.index.store.whoosh`, the embedded default; a SolrCloud store
beside it). ``docs/stores.md`` walks through adding a store.

Granularity is chosen for a remote engine: one call answers a whole request's
selection (every clause, facet filter and date range), one call counts every
facet disjunctively, one call orders a page, one call fetches its records.
Nothing asks a store one character pair or one posting at a time.

Read side (:class:`Store`), one per open generation:

- :meth:`Store.select` — the hit set of a :class:`Selection` (a parsed query's
  clauses plus resolved facet filters and dates), with the pieces that
  disjunctive facet counting needs;
- :meth:`Store.count` — every facet's counts over a selection, disjunctive;
- :meth:`Store.order` — the first hits by relevance (BM25 over jieba words) or
  date, ties broken by :func:`tie_key` (newest first, then article id);
- :meth:`Store.histogram` — hits per year or month;
- :meth:`Store.records`, :meth:`Store.record`, :meth:`Store.catalogue` —
  stored articles, decoded once into :class:`StoredArticle`;
- :meth:`Store.word_stats`, :meth:`Store.similar` — ranking statistics and
  more-like-this for related articles;
- :meth:`Store.facet_values`, :attr:`Store.info` — what filters resolve
  against, and the generation's identity.

Write side (:class:`StoreWriter`): the pipeline parses and analyses in worker
processes and hands each file's :class:`AnalysedArticle` list to an
:class:`ArticleSink` (made in the worker from a picklable
:class:`SinkSpec`); the writer commits the sinks' parts, deletes removed
files' articles, writes its derived files and reports its article count. The
generation folder (``files.json``, ``meta.json``, checksums, the CURRENT
switch) is the pipeline's own and the same for every store
(:mod:`dangjian.index.generations`).

Hit sets are opaque to callers: a :class:`HitSet` supports ``len``,
iteration (over the store's own :data:`DocKey` values, meaningful only to the
store that made them), ``in`` and ``& | -`` with hit sets of the same store.
A pyroaring ``BitMap`` of document numbers is one; a remote store may use a
sorted array of its stable keys.
"""
from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

DocKey = Any          # a store's own document key (the embedded store: a docnum); opaque above the seam
SORTS = ("relevance", "date", "date_asc")


# ------------------------------------------------------------------ records

@dataclass(frozen=True)
class StoredArticle:
    """One stored article, as every store returns it: hits, catalogue entries and related articles
    are views of this record (:meth:`view`, :meth:`to_dict`)."""

    id: str
    title: str = ""
    title_derived: bool = False
    date: str | None = None              # ISO event date (or None)
    issue_date: str | None = None
    publication: str | None = None
    page: str | None = None
    ordinal: int = 0                     # the article's place on its page
    province: str | None = None
    agency: str | None = None
    source: str | None = None
    year: str | None = None
    slogans: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    attribution: str | None = None
    path: str = ""
    sha1: str | None = None
    pdf_page: int | None = None
    extraction: str | None = None

    LISTS = ("slogans", "people", "places", "paragraphs")

    def to_dict(self) -> dict:
        """Return the article as the API shows it: lists always, other fields only when they have a value."""
        out = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if name in self.LISTS:
                out[name] = list(value)
            elif value is not None and value != "":
                out[name] = value
        return out

    def view(self, *names: str) -> dict:
        """Return the named fields (lists as lists): a catalogue entry, a related article."""
        return {n: list(v) if isinstance(v := getattr(self, n), tuple) else v for n in names}

    def shown_lines(self) -> list[str]:
        """Return the text a snippet is cut from: paragraphs, then the attribution."""
        return list(self.paragraphs) + ([self.attribution] if self.attribution else [])


@dataclass(frozen=True)
class AnalysedArticle:
    """What the pipeline hands a store writer: the parser's Article, its page's sha1, and its
    tokens (``pretokenize`` output: ``{"title": Tokenized, "body": Tokenized}``, attribution included)."""

    article: Any             # dangjian.index.parse.Article
    sha1: str
    tokens: Mapping[str, Any]


def tie_key(record_date: str | None, article_id: str) -> tuple:
    """Return the stable order of equal scores: newest first, then article id (undated last).

    Every store breaks ties by this, so the same archive gives the same order whatever the
    build's worker count or the engine's internal document numbers.
    """
    number = int((record_date or "").replace("-", "")[:8] or 0) if (record_date or "")[:4].isdigit() else 0
    return (-number, article_id)


# ------------------------------------------------------------------ queries

@dataclass
class Clause:
    """One word clause of a query: its text, field (text | title), whether negated, whether exact
    (a quoted phrase: the exact character sequence, punctuation included)."""

    text: str
    field: str = "text"
    negated: bool = False
    exact: bool = False


@dataclass(frozen=True)
class Selection:
    """What a request selects, every filter value already resolved to the facet's own values.

    ``groups`` are AND-ed, the clauses of a group OR-ed; ``negatives`` are removed; ``void``:
    words were typed but none is searchable (nothing matches). Facet ``filters`` are OR within a
    facet and AND across facets; ``excluded`` values and ``excluded_dates`` leave the base like a
    negated word. Dates are ISO prefixes; an end of 2023 is all of 2023.
    """

    groups: tuple[tuple[Clause, ...], ...] = ()
    negatives: tuple[Clause, ...] = ()
    void: bool = False
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    excluded: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    excluded_dates: tuple[tuple[str | None, str | None], ...] = ()


@runtime_checkable
class HitSet(Protocol):
    """A set of documents of one store: opaque keys, set algebra."""

    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[DocKey]: ...
    def __contains__(self, key: object) -> bool: ...
    def __and__(self, other): ...
    def __or__(self, other): ...
    def __sub__(self, other): ...


@dataclass
class Selected:
    """A selection's answer: ``hits`` (base ∩ every filter ∩ dates), and the pieces disjunctive
    counting needs: ``base`` (the words minus exclusions), each facet's ``filters`` and ``dates``.

    ``complete`` is False when the deadline passed: the hits are then a true subset.
    A store may keep its own state in ``handle`` (a remote query to reuse for counting).
    """

    hits: HitSet
    base: HitSet
    filters: dict[str, HitSet]
    dates: HitSet | None
    complete: bool = True
    handle: Any = None


@dataclass(frozen=True)
class FacetTally:
    """One facet's counts over a selection: the ``top`` values (count desc, then value), the
    counts of the ``chosen`` values (selected ones, listed even at 0), and how many values have hits."""

    top: tuple[tuple[str, int], ...]
    chosen: Mapping[str, int]
    distinct: int


@dataclass(frozen=True)
class WordStat:
    """Ranking statistics of one word in one field: document frequency and BM25 idf."""

    docs: int
    idf: float


@dataclass(frozen=True)
class StoreInfo:
    """Which generation a store serves: its name, its meta.json (written by the pipeline), its size."""

    generation: str
    meta: Mapping[str, Any]
    articles: int


class Deadline:
    """A query's time budget on a clock (injectable, so tests need no real time)."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.clock = clock
        self.end = clock() + seconds
        self.expired = False

    def passed(self) -> bool:
        if not self.expired and self.clock() > self.end:
            self.expired = True
        return self.expired


# ------------------------------------------------------------------ read side

class Store(ABC):
    """One open generation of a store, read-only, safe to share between threads."""

    info: StoreInfo

    @abstractmethod
    def live(self) -> HitSet:
        """Return every live article."""

    @abstractmethod
    def facet_values(self, name: str) -> Sequence[str]:
        """Return every value of a facet that some article has (filters resolve against these)."""

    @abstractmethod
    def select(self, selection: Selection, deadline: Deadline) -> Selected:
        """Return the selection's hits: verbatim recall (any fragment, punctuation in quotes exact)."""

    @abstractmethod
    def count(self, selected: Selected, chosen: Mapping[str, Sequence[str]], top: int) -> dict[str, FacetTally]:
        """Count every facet over ``selected`` disjunctively: each facet's counts apply every
        other facet's filter and the dates, but not its own; ``chosen`` values are counted always."""

    @abstractmethod
    def histogram(self, hits: HitSet, by: str = "month") -> dict[str, int]:
        """Return hits per 'YYYY' or 'YYYY-MM', oldest first; undated hits are not counted."""

    @abstractmethod
    def order(self, hits: HitSet, selection: Selection, sort: str, wanted: int, deadline: Deadline,
              handle: Any = None) -> tuple[list[tuple[DocKey, float | None]], bool]:
        """Return the first ``wanted`` hits as (key, score) in ``sort`` (SORTS), and whether every
        hit was scored. Relevance: BM25 over the positive clauses' jieba words, a nearness bonus;
        dates: None scores, undated last. Ties always by :func:`tie_key`. ``handle`` is the
        :attr:`Selected.handle` of the selection the hits came from (state a store may reuse)."""

    @abstractmethod
    def records(self, keys: Iterable[DocKey]) -> list[StoredArticle]:
        """Return the stored articles of keys, in the keys' order."""

    @abstractmethod
    def key_of(self, article_id: str) -> DocKey | None:
        """Return a live article's key, or None."""

    def record(self, article_id: str) -> StoredArticle | None:
        """Return a live article by id, or None."""
        key = self.key_of(article_id)
        return None if key is None else self.records([key])[0]

    @abstractmethod
    def catalogue(self) -> list[StoredArticle]:
        """Return every live article without text (paragraphs, attribution empty): browse, suggest."""

    @abstractmethod
    def word_stats(self, field: str, words: Iterable[str]) -> dict[str, WordStat]:
        """Return the statistics of the words the field has (absent words are left out)."""

    @abstractmethod
    def similar(self, words: Sequence[tuple[str, float]], slogans: Sequence[str], exclude: DocKey,
                limit: int) -> list[tuple[DocKey, float]]:
        """Return up to limit live articles by Σ weight × BM25(body, word) + a bonus per shared
        slogan, best first (ties by :func:`tie_key`), never ``exclude``, never a score of 0."""

    def warm(self) -> None:
        """Make this thread's resources ready (a searcher, a connection), so no query pays for them."""

    def close(self) -> None:
        """Release what the store holds (maps, connections); the default holds nothing."""


# ------------------------------------------------------------------ write side

@dataclass(frozen=True)
class SinkSpec:
    """How a worker process makes its sink: a picklable factory and its arguments."""

    factory: Any             # a module-level callable
    args: tuple = ()

    def make(self) -> "ArticleSink":
        return self.factory(*self.args)


class ArticleSink(ABC):
    """Receives one worker's analysed articles and writes them as parts of the new generation."""

    @abstractmethod
    def add_file(self, articles: Sequence[AnalysedArticle]) -> str | None:
        """Add one file's articles; return why they could not be stored (the file is skipped), or None."""

    @abstractmethod
    def pending(self) -> int:
        """Return how many articles were added since the last :meth:`finish`."""

    @abstractmethod
    def finish(self) -> Any:
        """Write what was added as one part; return it (picklable), or None when nothing was added."""


class StoreWriter(ABC):
    """Writes one new generation of a store: built from nothing, or from the live one (update).

    The pipeline calls :meth:`sink_spec` once and makes a sink per worker, hands every part
    back to :meth:`commit` (in archive order) together with the paths whose articles go, then
    :meth:`finish` before it records checksums and switches CURRENT. What ``check`` and
    ``update`` compare with files.json (articles per path) is read back through :meth:`Store.catalogue`. Nothing is visible to
    readers before the switch; a failure leaves the live generation as it was.
    """

    @abstractmethod
    def sink_spec(self) -> SinkSpec:
        """Return how worker processes make their sinks."""

    @abstractmethod
    def commit(self, parts: Sequence[Any], delete_paths: Sequence[str] = ()) -> None:
        """Make the parts part of the generation, after removing the articles of delete_paths."""

    @abstractmethod
    def finish(self) -> None:
        """Write derived data (read model, statistics) once every part is committed."""
