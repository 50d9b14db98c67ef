"""Search the live index generation: one long-lived engine per process.

The engine keeps the open generation (Whoosh index, facet arrays, meta) and
checks the CURRENT pointer on every call — a tiny file read — so a reindex
becomes visible on the next query without reopening anything per request.
Searchers are per thread: Whoosh readers are not safe to share across threads.
"""
from __future__ import annotations

import json
import threading
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import index as whoosh_index
    from whoosh.index import EmptyIndexError
    from whoosh.collectors import FilterCollector, TimeLimit, TimeLimitCollector

from dangjian.index import generations as gens
from dangjian.index.analysis import analysis_version
from dangjian.index.checksums import ensure_intact
from dangjian.index.schema import FACET_NAMES

from .facets import FacetIndex, disjunctive_counts
from .query import ParsedQuery, parse_query, to_whoosh
from .results import Hit, Results
from .snippets import make_snippets

MAX_LIMIT = 100
MAX_WINDOW = 1000            # deepest result reachable by paging
SORTS = ("relevance", "date", "date_asc")


@dataclass(frozen=True)
class SearchRequest:
    query: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    limit: int = 10
    facet_limit: int = 30         # values shown per facet


class Snapshot:
    """One index generation, open for searching."""

    def __init__(self, root: Path, name: str):
        self.name = name
        self.path = root / name
        ensure_intact(self.path)      # cheap: a damaged generation raises IndexDamaged naming the fix
        self.ix = whoosh_index.open_dir(str(self.path))
        self.meta = gens.read_json(self.path / gens.META, {})
        self._local = threading.local()
        with self.ix.searcher() as searcher:
            self.facets = FacetIndex.from_reader(searcher.reader())
        self.stale = self.meta.get("analysis_version") != analysis_version()

    def searcher(self):
        if getattr(self._local, "searcher", None) is None:
            self._local.searcher = self.ix.searcher()
        return self._local.searcher


class Engine:
    """Answer searches against whatever generation is live."""

    def __init__(self, index_root: Path, time_limit: float = 3.0):
        self.root = Path(index_root)
        self.time_limit = time_limit
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    def snapshot(self) -> Snapshot:
        """Return the live generation, opening it if CURRENT moved on; raise NoIndex if none."""
        name = gens.current_name(self.root)
        snap = self._snapshot
        if snap is not None and snap.name == name:
            return snap
        with self._lock:
            if self._snapshot is None or self._snapshot.name != name:
                self._snapshot = self._open_current()
            return self._snapshot

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
        started = time.monotonic()
        snap = self.snapshot()
        parsed = parse_query(request.query)
        page, limit, notices = _bounds(request)
        results = Results(query=request.query, total=0, page=page, limit=limit,
                          sort=request.sort if request.sort in SORTS else "relevance")
        results.notices += parsed.notices + notices
        if snap.stale:
            results.notices.append("索引是用不同的分词配置建立的，部分结果可能缺失，请运行 dangjian reindex。"
                                   "(the index was built with a different analyzer: run `dangjian reindex`)")
        deadline = started + self.time_limit
        q = to_whoosh(parsed)
        base = self._base_docs(snap, q, deadline, results) - _excluded(snap.facets, parsed)
        selected = _selected(snap.facets, request, parsed, results)
        filters = {name: snap.facets.docs_with(name, values) for name, values in selected.items()}
        dates = _date_filter(snap.facets, request, parsed)
        hits = base if dates is None else base & dates
        for allowed in filters.values():
            hits = hits & allowed
        results.total = len(hits)
        results.facets = disjunctive_counts(snap.facets, base, filters, selected, dates,
                                            top=max(1, request.facet_limit))
        ordered = self._order(snap, q, hits, results, deadline)
        window = ordered[(page - 1) * limit: page * limit]
        results.hits = [self._hit(snap, docnum, score, parsed) for docnum, score in window]
        results.elapsed_ms = (time.monotonic() - started) * 1000
        return results

    def _base_docs(self, snap: Snapshot, q, deadline: float, results: Results) -> set[int]:
        if q is None:
            return set(snap.facets.live)
        docs = set()
        for n, docnum in enumerate(q.docs(snap.searcher())):
            if n % 4096 == 0 and time.monotonic() > deadline:
                results.notices.append("查询耗时过长，结果不完整。(the query ran out of time: results are incomplete)")
                break
            docs.add(docnum)
        return docs

    def _order(self, snap: Snapshot, q, hits: set[int], results: Results,
               deadline: float) -> list[tuple[int, float | None]]:
        if not hits:          # FilterCollector reads an empty allow-set as "no filter" and would rank everything
            return []
        wanted = results.page * results.limit
        dates = snap.facets.dates
        if results.sort == "date_asc":
            return [(d, None) for d in sorted(hits, key=lambda d: (dates[d] or "9999", d))[:wanted]]
        if results.sort == "date" or q is None:
            return [(d, None) for d in sorted(hits, key=lambda d: (dates[d], -d), reverse=True)[:wanted]]
        searcher = snap.searcher()
        # The filter must wrap the time limit: TimeLimitCollector feeds its child
        # directly and would skip a FilterCollector placed inside it. No SIGALRM:
        # signals only work in the main thread, and web servers search in others.
        timed = TimeLimitCollector(searcher.collector(limit=wanted), use_alarm=False,
                                   timelimit=max(0.05, deadline - time.monotonic()))
        collector = FilterCollector(timed, allow=hits)
        try:
            searcher.search_with_collector(q, collector)
        except TimeLimit:
            results.notices.append("排序耗时过长，只排了部分结果。(ranking ran out of time: partial ranking)")
        return [(hit.docnum, hit.score) for hit in collector.results()]

    def _hit(self, snap: Snapshot, docnum: int, score: float | None, parsed: ParsedQuery) -> Hit:
        doc = snap.searcher().stored_fields(docnum)
        paragraphs = json.loads(doc.get("paragraphs") or "[]")
        return Hit(
            id=doc["id"], title=doc.get("title", ""), title_derived=bool(doc.get("title_derived")),
            date=doc.get("date") or None, issue_date=doc.get("issue_date"),
            publication=doc.get("publication"), page=doc.get("page"),
            province=doc.get("province"), agency=doc.get("agency"), source=doc.get("source"),
            slogans=_split(doc.get("slogans")), people=_split(doc.get("people")),
            path=doc.get("path", ""), score=round(score, 4) if score is not None else None,
            snippets=tuple(make_snippets(paragraphs, parsed.highlights)),
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


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


def _bounds(request: SearchRequest) -> tuple[int, int, list[str]]:
    notices = []
    limit = min(max(1, request.limit), MAX_LIMIT)
    if limit != request.limit:
        notices.append(f"每页条数已调整为 {limit}。(limit bounded to 1–{MAX_LIMIT})")
    page = max(1, request.page)
    if page * limit > MAX_WINDOW:
        page = max(1, MAX_WINDOW // limit)
        notices.append(f"最多只能翻到第 {MAX_WINDOW} 条结果，请缩小范围。(paging stops at result {MAX_WINDOW})")
    return page, limit, notices


def _selected(facets: FacetIndex, request: SearchRequest, parsed: ParsedQuery,
              results: Results) -> dict[str, list[str]]:
    """Merge facet filters from the request and from the query's field prefixes."""
    selected: dict[str, list[str]] = {}
    asked = [(n, v) for n, values in request.filters.items() if n in FACET_NAMES for v in values if v]
    asked += [(n, v) for n, texts in parsed.facets.items() for v in texts]
    for name, text in asked:
        matched = facets.matching_values(name, _canonical(name, text))
        if not matched:
            results.notices.append(f"没有 “{text}” 这个筛选值。(no {name} value matches “{text}”)")
            matched = [text]
        selected.setdefault(name, []).extend(matched)
    return {name: list(dict.fromkeys(values)) for name, values in selected.items()}


def _canonical(name: str, text: str) -> str:
    """Name a province as the facet does: 江苏省, 广西壮族自治区 → 江苏, 广西."""
    if name == "province":
        from dangjian.index.lexicon import load_lexicon
        return load_lexicon().provinces.get(text, text)
    return text


def _excluded(facets: FacetIndex, parsed: ParsedQuery) -> set[int]:
    """Documents removed by -省份:… or -日期:…; they leave the base like a -word would."""
    out: set[int] = set()
    for name, texts in parsed.excluded_facets.items():
        for text in texts:
            out |= facets.docs_with(name, facets.matching_values(name, text))
    for start, end in parsed.excluded_dates:
        out |= facets.docs_in_dates(start, end)
    return out


def _date_filter(facets: FacetIndex, request: SearchRequest, parsed: ParsedQuery) -> set[int] | None:
    start = request.date_from or parsed.date_from
    end = request.date_to or parsed.date_to
    if not start and not end:
        return None
    return facets.docs_in_dates(start, end)
