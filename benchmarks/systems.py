"""dangjian as a benchmarked system, through its public surface only.

Warm searches go to a long-lived :class:`dangjian.search.engine.Engine` in this
process; cold ones to a fresh ``python -m dangjian search --json`` process.
The engine returns at most 1,000 results per request (its paging window), so
:meth:`DangjianSystem.all_ids` splits a larger result by date range until
every part fits, for the recall check.
"""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from dangjian.search.engine import Engine
from dangjian.search.request import MAX_LIMIT, MAX_WINDOW, SearchRequest

from .baselines import Answer
from .queries import BenchQuery


def request(q: BenchQuery, date_from: str | None = None, date_to: str | None = None,
            **extra) -> SearchRequest:
    """Return the engine request for a query: its text, province filter and date range."""
    filters = {"province": (q.province,)} if q.province else {}
    return SearchRequest(q.text, filters=filters, date_from=date_from or q.date_from,
                         date_to=date_to or q.date_to, **extra)


def cold_command(q: BenchQuery, index: Path) -> list[str]:
    """Return the command line of one cold search in a fresh process."""
    cmd = [sys.executable, "-m", "dangjian", "search", "--json", "--index", str(index)]
    if q.province:
        cmd += ["--province", q.province]
    if q.date_from:
        cmd += ["--from", q.date_from]
    if q.date_to:
        cmd += ["--to", q.date_to]
    return cmd + ["--", *q.text.split(" ")]


class DangjianSystem:
    """The live generation of a dangjian index, searched in this process."""

    def __init__(self, index: Path, span: tuple[date, date]):
        self.engine = Engine(Path(index))
        self.engine.warm()
        self.span = span                 # the archive's first and last event dates
        self.partial: list[str] = []     # queries whose hits could not all be listed

    def search(self, q: BenchQuery) -> Answer:
        # Ids and counts, as the baselines return: snippets are the site's work (measured with the site).
        results = self.engine.search(request(q, snippets=False))
        counts = {name: {v.value: v.count for v in facet.values}
                  for name, facet in results.facets.items()}
        return Answer(results.total, [h.id for h in results.hits], counts)

    def all_ids(self, q: BenchQuery) -> set[str]:
        lo = date.fromisoformat(q.date_from) if q.date_from else self.span[0]
        hi = date.fromisoformat(q.date_to) if q.date_to else self.span[1]
        # Sorted by date: relevance ranking with limit=1 can hang in Whoosh (see docs/decisions.md).
        total = self.engine.search(request(q, limit=MAX_LIMIT, sort="date")).total
        found = self._ids_between(q, lo, hi)
        if len(found) != total:          # undated hits cannot be reached by date ranges
            self.partial.append(q.label)
        return found

    def _ids_between(self, q: BenchQuery, lo: date, hi: date) -> set[str]:
        first = self.engine.search(request(q, lo.isoformat(), hi.isoformat(), limit=MAX_LIMIT, sort="date"))
        if first.total > MAX_WINDOW and lo < hi:
            mid = lo + (hi - lo) // 2
            return self._ids_between(q, lo, mid) | self._ids_between(q, mid + timedelta(days=1), hi)
        found = {h.id for h in first.hits}
        for page in range(2, min(first.pages, MAX_WINDOW // MAX_LIMIT) + 1):
            more = self.engine.search(request(q, lo.isoformat(), hi.isoformat(), limit=MAX_LIMIT,
                                              sort="date", page=page))
            found |= {h.id for h in more.hits}
        return found

    def close(self) -> None:
        pass
