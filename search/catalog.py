"""A light catalogue of every live article, read once per index generation.

Browsing by issue and suggesting titles need every article's title, dates and
place in the paper, but not its text. The store lists them once per
generation (:meth:`~dangjian.index.store.Store.catalogue`, records without
text) and the :class:`~dangjian.search.engine.Snapshot` keeps the list,
read-only afterwards; it goes when the generation does.
"""
from __future__ import annotations

from dangjian.index.store import StoredArticle

Entry = StoredArticle          # a catalogue entry is the stored record, without its text
ENTRY_FIELDS = ("id", "title", "title_derived", "date", "issue_date", "publication", "page", "province", "agency")


def catalog(snapshot) -> list[StoredArticle]:
    """Return the snapshot's catalogue, reading it on first use."""
    return snapshot.catalogue()


def entry_dict(entry: StoredArticle) -> dict:
    """Return a catalogue entry as browse lists it."""
    return entry.view(*ENTRY_FIELDS)
