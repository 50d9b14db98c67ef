"""Search the live index generation: one long-lived engine per process.

The engine keeps the open generation (Whoosh index, facet arrays, meta) and
checks the CURRENT pointer on every call — a tiny file read. With
``refresh="sync"`` (the CLI, tests) a new generation is opened on the next
call, before that query's clock starts; with ``refresh="background"`` (the
site) a thread opens it while requests go on being answered from the old one,
then one reference is swapped. Searchers are per thread: Whoosh readers are
not safe to share across threads.

The contract, used alike by the CLI, the site and the JSON API:
``Engine.search(SearchRequest) -> Results`` (see :mod:`.request` and
:mod:`.results`), ``article(id)``, ``stats()``. The time limit covers the
query's own work only: jieba is loaded and the generation opened first.
"""
from __future__ import annotations

import json
import threading
import time
import warnings
from functools import partial
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import index as whoosh_index
    from whoosh.index import EmptyIndexError

from dangjian.index import generations as gens
from dangjian.index.analysis import analysis_version
from dangjian.index.words import word_segmenter
from dangjian.index.checksums import ensure_intact
from dangjian.index.parse import load_lexicon
from dangjian.index.schema import FACET_NAMES

from .counts import date_histogram, disjunctive_counts
from .facets import FacetIndex
from .matching import Deadline
from .plan import plan
from .postings import Grams
from .query import ParsedQuery, parse_query
from .ranking import by_date, rank
from .request import MAX_LIMIT, MAX_WINDOW, SORTS, SearchRequest  # noqa: F401  (re-exported)
from .results import Hit, Notice, Results
from .snippets import make_snippets

STALE = Notice("stale_index", "索引是用不同的分词配置建立的，部分结果可能缺失，请运行 dangjian reindex。"
                              "(the index was built with a different analyzer: run `dangjian reindex`)")
TIMEOUT = Notice("timeout", "查询耗时过长，结果不完整。(the query ran out of time: results are incomplete)")
SNIPPET_TIMEOUT = Notice("snippet_timeout", "查询耗时过长，部分结果没有摘要。"
                                            "(the query ran out of time: some hits have no snippet)")
RANK_TIMEOUT = Notice("ranking_timeout", "排序耗时过长，只排了部分结果。(ranking ran out of time: partial ranking)")


class Snapshot:
    """One index generation, open for searching."""

    def __init__(self, root: Path, name: str):
        self.name = name
        self.path = root / name
        ensure_intact(self.path)      # cheap: a damaged generation raises IndexDamaged naming the fix
        self.ix = whoosh_index.open_dir(str(self.path))
        self.meta = gens.read_json(self.path / gens.META, {})
        self._local = threading.local()
        self.facets = FacetIndex.open(self.path)      # maps the read model: no stored field is read
        self.grams = Grams.open(self.path, self.ix)   # maps each segment's gram files
        self.stale = self.meta.get("analysis_version") != analysis_version()

    def searcher(self):
        if getattr(self._local, "searcher", None) is None:
            self._local.searcher = self.ix.searcher()
        return self._local.searcher


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
        this thread's searcher, so no query's clock pays for them. Searching never needs the
        segmenter (ranking takes its words from the index); related articles do, so the site loads
        it at start and a CLI search never does."""
        if words:
            word_segmenter()       # rjieba or jieba: related articles cut the article into words
        load_lexicon()
        snap = self.snapshot()
        snap.searcher()
        return snap

    def _open_current(self) -> Snapshot:
        """Open the live generation; if it was retired and removed meanwhile, open the new one."""
        for attempt in range(3):
            name = gens.current_dir(self.root).name      # raises NoIndex with a clear message
            try:
                return Snapshot(self.root, name)
            except (OSError, EmptyIndexError, gens.IndexDamaged):   # being removed: CURRENT moved on
                if attempt == 2 or gens.current_name(self.root) == name:
                    raise
        raise AssertionError("unreachable")

    # ---------------------------------------------------------------- search

    def search(self, request: SearchRequest) -> Results:
        """Answer a request: parse → plan → counts → rank → hits, each step one module."""
        parsed = parse_query(request.query)
        # Without words there is nothing to rank by: the list is newest first.
        sort = "date" if not parsed.groups and request.sort == "relevance" else request.sort
        snap = self.warm(words=False)        # ranking takes its words from the index, not jieba
        started = self.clock()               # the clock covers this query's own work only
        deadline = Deadline(self.time_limit, self.clock)
        page, limit, notices = request.bounded()
        results = Results(query=request.query, total=0, page=page, limit=limit, sort=sort)
        results.notices += list(request.notices) + parsed.notices + notices
        if snap.stale:
            results.notices.append(STALE)
        memo: dict = {}                      # this query's decoded word postings, shared by matching and ranking
        planned = plan(snap.searcher(), snap.grams, snap.facets, request, parsed, deadline, memo)
        results.notices += ([] if planned.complete else [TIMEOUT]) + planned.notices
        results.total = len(planned.hits)
        results.histogram = partial(date_histogram, snap.facets.model.dates, planned.hits)   # lazy, no second plan
        results.facets = disjunctive_counts(snap.facets, planned.base, planned.filters, planned.selected,
                                            planned.dates, top=max(1, request.facet_limit))
        ordered = self._order(snap, parsed, planned.hits, results, deadline, memo)
        window = ordered[(page - 1) * limit: page * limit]
        results.hits = self._hits(snap, window, parsed, request.snippets, deadline, results)
        if page > results.pages:
            results.notices.append(_past_end(page, results.pages))
        results.elapsed_ms = (self.clock() - started) * 1000
        return results

    def date_histogram(self, request: SearchRequest, by: str = "month") -> dict[str, int]:
        """Return the request's hits per month ('2023-10') or year ('2023'); undated hits are not counted."""
        snap = self.warm(words=False)
        planned = plan(snap.searcher(), snap.grams, snap.facets, request, parse_query(request.query),
                       Deadline(self.time_limit, self.clock))
        return date_histogram(snap.facets.model.dates, planned.hits, by)

    def _order(self, snap: Snapshot, parsed: ParsedQuery, hits, results: Results,
               deadline: Deadline, memo: dict | None = None) -> list[tuple[int, float | None]]:
        """Return the first page*limit hits in the result's sort; only hits are ever ranked."""
        wanted = results.page * results.limit
        if results.sort in ("date", "date_asc"):
            return [(d, None) for d in by_date(snap.facets.model.dates, hits, wanted, results.sort == "date")]
        ordered, complete = rank(snap.searcher(), snap.grams, parsed, hits, wanted, deadline, memo)
        if not complete:
            results.notices.append(RANK_TIMEOUT)
        return ordered

    def _hits(self, snap: Snapshot, window, parsed: ParsedQuery, snippets: bool, deadline: Deadline,
              results: Results) -> list[Hit]:
        """Return the window's hits; once the deadline has passed, the rest come without snippets."""
        hits = []
        for docnum, score in window:
            late = snippets and deadline.passed()
            hits.append(self._hit(snap, docnum, score, parsed, snippets and not late))
        if snippets and deadline.expired and SNIPPET_TIMEOUT not in results.notices:
            results.notices.append(SNIPPET_TIMEOUT)
        return hits

    def _hit(self, snap: Snapshot, docnum: int, score: float | None, parsed: ParsedQuery,
             snippets: bool = True) -> Hit:
        doc = snap.searcher().stored_fields(docnum)
        paragraphs = json.loads(doc.get("paragraphs") or "[]")
        shown = paragraphs + [doc["attribution"]] if doc.get("attribution") else paragraphs
        return Hit(
            id=doc["id"], title=doc.get("title", ""), title_derived=bool(doc.get("title_derived")),
            date=doc.get("date") or None, issue_date=doc.get("issue_date"),
            publication=doc.get("publication"), page=doc.get("page"),
            province=doc.get("province"), agency=doc.get("agency"), source=doc.get("source"),
            slogans=_split(doc.get("slogans")), people=_split(doc.get("people")),
            path=doc.get("path", ""), score=round(score, 4) if score is not None else None,
            snippets=tuple(make_snippets(shown, parsed.highlights, parsed.phrases)) if snippets else (),
        )

    # ------------------------------------------------------------ documents

    def article(self, article_id: str) -> dict | None:
        """Return one article's stored record, or None."""
        snap = self.snapshot()
        doc = snap.searcher().document(id=article_id)
        if doc is None:
            return None
        out = dict(doc)
        out["paragraphs"] = json.loads(out.get("paragraphs") or "[]")
        for name in ("slogans", "people", "places"):
            out[name] = list(_split(out.get(name)))
        return out

    def stats(self) -> dict:
        """Return counts per facet, size and provenance of the live generation."""
        snap = self.snapshot()
        size = sum(p.stat().st_size for p in snap.path.iterdir() if p.is_file())
        facets = {name: dict(snap.facets.count(name, snap.facets.live).most_common())
                  for name in FACET_NAMES}
        return {"generation": snap.name, "articles": len(snap.facets.live), "index_bytes": size,
                "built_at": snap.meta.get("built_at"), "archive": snap.meta.get("archive"),
                "kind": snap.meta.get("kind"), "analysis_version": snap.meta.get("analysis_version"),
                "stale": snap.stale, "report": snap.meta.get("report"), "facets": facets}


def _past_end(page: int, pages: int) -> Notice:
    return Notice("page_past_end", f"共 {pages} 页，第 {page} 页没有结果。(page {page} is past the last page, {pages})")


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)
