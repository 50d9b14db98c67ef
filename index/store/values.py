"""The values that cross the store seam: records, selections, hit sets, tallies, statistics.

The contracts that produce and take them are in :mod:`.base`.
"""
from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
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
    corrected: bool = False              # an administrator's corrections.toml changed it (issue 17)

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
