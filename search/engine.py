"""Search the live index generation: one long-lived engine per process.

The engine keeps the open generation (its :class:`~dangjian.index.store.Store`
and meta) and checks the CURRENT pointer on every call — a tiny file read.
With ``refresh="sync"`` (the CLI, tests) a new generation is opened on the
next call, before that query's clock starts; with ``refresh="background"``
(the site) a thread opens it while requests go on being answered from the
old one, then one reference is swapped.

The contract, used alike by the CLI, the site and the JSON API:
``Engine.search(SearchRequest) -> Results`` (see :mod:`.request` and
:mod:`.results`), ``article(id)``, ``stats()``. The time limit covers the
query's own work only: jieba is loaded and the generation opened first.
Whatever the store, a request is four calls to it: select, count, order,
records (:mod:`dangjian.index.store`).
"""
from __future__ import annotations

import threading
import time
from functools import partial
from pathlib import Path

from dangjian.index import generations as gens
from dangjian.index.analysis import analysis_version
from dangjian.index.words import word_segmenter
from dangjian.index.checksums import ensure_intact
from dangjian.index.parse import load_lexicon
from dangjian.index.schema import FACET_NAMES
from dangjian.index.store import Deadline, Selected, StoredArticle, open_generation

from .facetlists import facet_lists
from .plan import plan
from .query import ParsedQuery, parse_query
from .request import MAX_LIMIT, MAX_WINDOW, SORTS, SearchRequest  # noqa: F401  (re-exported)
from .results import Hit, Notice, Results
from .snippets import make_snippets

STALE = Notice("stale_index", "索引是用不同的分词配置建立的，部分结果可能缺失，请运行 dangjian reindex。"
                              "(the index was built with a different analyzer: run `dangjian reindex`)")
TIMEOUT = Notice("timeout", "查询耗时过长，结果不完整。(the query ran out of time: results are incomplete)")
SNIPPET_TIMEOUT = Notice("snippet_timeout", "查询耗时过长，部分结果没有摘要。"
                                            "(the query ran out of time: some hits have no snippet)")
RANK_TIMEOUT = Notice("ranking_timeout", "排序耗时过长，只排了部分结果。(ranking ran out of time: partial ranking)")
ALL_VALUES = 1 << 30          # a tally's top that lists every value


class Snapshot:
    """One index generation, open for searching: its store, meta, and per-generation caches."""

    def __init__(self, root: Path, name: str):
        self.name = name
        self.path = root / name
        ensure_intact(self.path)      # cheap: a damaged generation raises IndexDamaged naming the fix
        self.store = open_generation(self.path)
        self.meta = dict(self.store.info.meta)
        self.stale = self.meta.get("analysis_version") != analysis_version()
        self._lock = threading.Lock()
        self._catalogue: list[StoredArticle] | None = None
        self._live_counts: dict | None = None

    def catalogue(self) -> list[StoredArticle]:
        """Return every live article without text, read once per generation (browse, suggestions)."""
        if self._catalogue is None:
            with self._lock:
                if self._catalogue is None:
                    self._catalogue = self.store.catalogue()
        return self._catalogue

    def live_counts(self) -> dict[str, dict[str, int]]:
        """Return every facet's value counts over all live articles, counted once per generation."""
        if self._live_counts is None:
            live = self.store.live()
            tallies = self.store.count(Selected(live, live, {}, None), {}, ALL_VALUES)
            self._live_counts = {name: dict(tally.top) for name, tally in tallies.items()}
        return self._live_counts


class Engine:
    """Answer searches against whatever generation is live."""

    def __init__(self, index_root: Path, time_limit: float = 3.0, refresh: str = "sync", clock=time.monotonic):
        if refresh not in ("sync", "background"):
            raise ValueError("refresh is 'sync' or 'background'")
        self.root = Path(index_root)
        self.time_limit = time_limit
        self.clock = clock                        # the query clock; tests pass a fake one
        self.refresh = refresh
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._opening: str | None = None          # generation a background thread is opening

    def snapshot(self) -> Snapshot:
        """Return the live generation, opening it if CURRENT moved on; raise NoIndex if none.

        In background mode a generation other than the first is opened by a
        thread, and the old one answers until it is ready.
        """
        name = gens.current_name(self.root)
        snap = self._snapshot
        if snap is not None and snap.name == name:
            return snap
        if snap is not None and self.refresh == "background":
            self._open_in_background(name)
            return snap
        with self._lock:
            if self._snapshot is None or self._snapshot.name != name:
                self._snapshot = self._open_current()
            return self._snapshot

    def _open_in_background(self, name: str) -> None:
        with self._lock:
            if self._opening == name:
                return
            self._opening = name

        def open_and_swap():
            try:
                snap = Snapshot(self.root, name)
                with self._lock:
                    self._snapshot = snap
            except Exception:            # noqa: BLE001 — the old generation keeps answering; retried next call
                pass
            finally:
                with self._lock:
                    self._opening = None
        threading.Thread(target=open_and_swap, name=f"open-{name}", daemon=True).start()

    def warm(self, words: bool = True) -> Snapshot:
        """Load the lexicon (and the word segmenter, with ``words``), open the live generation and
        this thread's store resources, so no query's clock pays for them. Searching never needs the
        segmenter (ranking takes its words from the index); related articles do, so the site loads
        it at start and a CLI search never does."""
        if words:
            word_segmenter()       # rjieba or jieba: related articles cut the article into words
        load_lexicon()
        snap = self.snapshot()
        snap.store.warm()
        return snap

    def _open_current(self) -> Snapshot:
        """Open the live generation; if it was retired and removed meanwhile, open the new one."""
        for attempt in range(3):
            name = gens.current_dir(self.root).name      # raises NoIndex with a clear message
            try:
                return Snapshot(self.root, name)
            except (OSError, gens.IndexDamaged):   # being removed: CURRENT moved on
                if attempt == 2 or gens.current_name(self.root) == name:
                    raise
        raise AssertionError("unreachable")

    # ---------------------------------------------------------------- search

    def search(self, request: SearchRequest) -> Results:
        """Answer a request: parse → plan → select → count → order → records, each one step."""
        parsed = parse_query(request.query)
        # Without words there is nothing to rank by: the list is newest first.
        sort = "date" if not parsed.groups and request.sort == "relevance" else request.sort
        snap = self.warm(words=False)        # ranking takes its words from the index, not jieba
        store = snap.store
        started = self.clock()               # the clock covers this query's own work only
        deadline = Deadline(self.time_limit, self.clock)
        page, limit, notices = request.bounded()
        results = Results(query=request.query, total=0, page=page, limit=limit, sort=sort)
        results.notices += list(request.notices) + parsed.notices + notices
        if snap.stale:
            results.notices.append(STALE)
        planned = plan(store, request, parsed)
        results.notices += planned.notices
        selected = store.select(planned.selection, deadline)
        results.notices += [] if selected.complete else [TIMEOUT]
        results.total = len(selected.hits)
        results.histogram = partial(store.histogram, selected.hits)   # lazy, no second selection
        top = max(1, request.facet_limit)
        results.facets = facet_lists(store.count(selected, planned.selected, top), planned.selected, top)
        ordered, complete = store.order(selected.hits, planned.selection, sort, page * limit, deadline,
                                        selected.handle)
        if not complete:
            results.notices.append(RANK_TIMEOUT)
        window = ordered[(page - 1) * limit: page * limit]
        records = store.records([key for key, _ in window], text=request.snippets)
        results.hits = self._hits(records, window, parsed, request.snippets, deadline, results)
        if page > results.pages:
            results.notices.append(_past_end(page, results.pages))
        results.elapsed_ms = (self.clock() - started) * 1000
        return results

    def date_histogram(self, request: SearchRequest, by: str = "month") -> dict[str, int]:
        """Return the request's hits per month ('2023-10') or year ('2023'); undated hits are not counted."""
        snap = self.warm(words=False)
        planned = plan(snap.store, request, parse_query(request.query))
        selected = snap.store.select(planned.selection, Deadline(self.time_limit, self.clock))
        return snap.store.histogram(selected.hits, by)

    def _hits(self, records, window, parsed: ParsedQuery, snippets: bool, deadline: Deadline,
              results: Results) -> list[Hit]:
        """Return the window's hits; once the deadline has passed, the rest come without snippets."""
        hits = []
        for record, (_, score) in zip(records, window):
            late = snippets and deadline.passed()
            hits.append(self._hit(record, score, parsed, snippets and not late))
        if snippets and deadline.expired and SNIPPET_TIMEOUT not in results.notices:
            results.notices.append(SNIPPET_TIMEOUT)
        return hits

    @staticmethod
    def _hit(record: StoredArticle, score: float | None, parsed: ParsedQuery, snippets: bool = True) -> Hit:
        made = tuple(make_snippets(record.shown_lines(), parsed.highlights, parsed.phrases)) if snippets else ()
        return Hit.of(record, score, made)

    # ------------------------------------------------------------ documents

    def article(self, article_id: str) -> dict | None:
        """Return one article's stored record as a dict, or None."""
        record = self.snapshot().store.record(article_id)
        return None if record is None else record.to_dict()

    def stats(self) -> dict:
        """Return counts per facet, size and provenance of the live generation."""
        snap = self.snapshot()
        size = sum(p.stat().st_size for p in snap.path.iterdir() if p.is_file())
        counts = snap.live_counts()
        facets = {name: counts.get(name, {}) for name in FACET_NAMES}
        return {"generation": snap.name, "articles": snap.store.info.articles, "index_bytes": size,
                "built_at": snap.meta.get("built_at"), "archive": snap.meta.get("archive"),
                "kind": snap.meta.get("kind"), "analysis_version": snap.meta.get("analysis_version"),
                "stale": snap.stale, "report": snap.meta.get("report"), "facets": facets}


def _past_end(page: int, pages: int) -> Notice:
    return Notice("page_past_end", f"共 {pages} 页，第 {page} 页没有结果。(page {page} is past the last page, {pages})")
