"""A light catalogue of every live article, built once per index generation.

Browsing by issue and suggesting titles need every article's title, dates and
place in the paper, but not its text. Reading the stored fields once per
generation and keeping only those columns makes both a pass over a list; the
catalogue is cached per :class:`~dangjian.search.engine.Snapshot` (weakly, so
it goes when the generation does) and is read-only afterwards.
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One article as the catalogue lists it."""

    id: str
    title: str
    title_derived: bool
    date: str | None
    issue_date: str | None
    publication: str | None
    page: str | None
    ordinal: int
    province: str | None
    agency: str | None
    path: str

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "title_derived": self.title_derived,
                "date": self.date, "issue_date": self.issue_date, "publication": self.publication,
                "page": self.page, "province": self.province, "agency": self.agency}


_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def catalog(snapshot) -> list[Entry]:
    """Return the snapshot's catalogue, building it on first use."""
    entries = _CACHE.get(snapshot)
    if entries is None:
        with _LOCK:
            entries = _CACHE.get(snapshot)
            if entries is None:
                entries = _build(snapshot)
                _CACHE[snapshot] = entries
    return entries


def _build(snapshot) -> list[Entry]:
    reader = snapshot.searcher().reader()
    live = snapshot.facets.live
    out = []
    for docnum, doc in reader.iter_docs():
        if docnum in live:
            out.append(_entry(doc))
    return out


def _entry(doc: dict) -> Entry:
    ordinal = doc.get("ordinal")
    return Entry(
        id=doc["id"], title=doc.get("title", ""), title_derived=bool(doc.get("title_derived")),
        date=doc.get("date") or None, issue_date=doc.get("issue_date") or None,
        publication=doc.get("publication") or None, page=doc.get("page") or None,
        ordinal=ordinal if isinstance(ordinal, int) else 0,
        province=doc.get("province") or None, agency=doc.get("agency") or None,
        path=doc.get("path", ""),
    )
