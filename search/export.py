"""Every hit of a search, in order, for export (the site's CSV), in chunks.

A result page is bounded (:data:`~dangjian.search.request.MAX_WINDOW`) so
that nobody pages a thousand times; an export wants the whole result set up
to :data:`MAX_EXPORT` rows. :class:`ExportRequest` is the same request with
its own, wider bound; each chunk is one ordinary ``engine.search`` call, so
export and search page can never disagree about what matches or in which order.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from .request import SearchRequest
from .results import Hit

MAX_EXPORT = 10_000
CHUNK = 500


@dataclasses.dataclass(frozen=True)
class ExportRequest(SearchRequest):
    """A request whose pages reach as deep as an export may go (page × limit ≤ MAX_EXPORT)."""

    def bounded(self):
        limit = min(max(1, self.limit), CHUNK)
        page = min(max(1, self.page), MAX_EXPORT // limit)
        return page, limit, []


def iter_hits(engine, request: SearchRequest, max_rows: int = MAX_EXPORT, snippets: bool = True) -> Iterator[Hit]:
    """Yield the request's hits in its order, at most max_rows (≤ MAX_EXPORT), chunk by chunk.

    ``snippets=False`` leaves each hit's snippets empty: an export that shows no text skips making them.
    """
    max_rows = max(0, min(max_rows, MAX_EXPORT))
    base = ExportRequest(**{f.name: getattr(request, f.name) for f in dataclasses.fields(SearchRequest)})
    sent = 0
    for page in range(1, MAX_EXPORT // CHUNK + 1):
        chunk = engine.search(dataclasses.replace(base, page=page, limit=CHUNK, facet_limit=1,
                                                   snippets=snippets and request.snippets))
        for hit in chunk.hits[: max_rows - sent]:
            yield hit
            sent += 1
        if sent >= max_rows or len(chunk.hits) < CHUNK:
            return
