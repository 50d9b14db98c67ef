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

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .values import (AnalysedArticle, Deadline, DocKey, FacetTally, HitSet, Selected, Selection, StoredArticle,
                     StoreInfo, WordStat)


# ------------------------------------------------------------------ read side

class StoreUnavailable(Exception):
    """The store's servers did not answer (a distributed store): the administrator's to fix, not a bug.

    The CLI turns it into one line and exit status 3, like a missing index.
    """


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
    def records(self, keys: Iterable[DocKey], text: bool = True) -> list[StoredArticle]:
        """Return the stored articles of keys, in the keys' order; ``text=False`` may leave paragraphs
        and attribution out (a page of hits without snippets needs neither)."""

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
