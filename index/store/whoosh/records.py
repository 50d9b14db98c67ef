"""The one decoder of a stored Whoosh document into a :class:`~dangjian.index.store.StoredArticle`.

:func:`~.schema.to_document` joins multi-valued facets with commas and the
paragraphs as JSON; everything that reads an article back — hits, the
article page, the catalogue, related articles, phrase verification — goes
through :func:`decode`.
"""
from __future__ import annotations

import json

from dangjian.index.store import StoredArticle

_TEXT = ("title", "attribution", "path")
_OPTIONAL = ("date", "issue_date", "publication", "page", "province", "agency", "source", "year", "sha1",
             "extraction")
_LISTS = ("slogans", "people", "places")


def decode(doc: dict, text: bool = True) -> StoredArticle:
    """Return the record of a stored document; ``text=False`` leaves paragraphs and attribution out."""
    fields = {name: doc.get(name) or None for name in _OPTIONAL}
    fields.update({name: split(doc.get(name)) for name in _LISTS})
    ordinal, pdf_page = doc.get("ordinal"), doc.get("pdf_page")
    return StoredArticle(
        id=doc["id"], title=doc.get("title") or "", title_derived=bool(doc.get("title_derived")),
        ordinal=ordinal if isinstance(ordinal, int) else 0,
        pdf_page=pdf_page if isinstance(pdf_page, int) else None,
        paragraphs=paragraphs(doc) if text else (),
        attribution=(doc.get("attribution") or None) if text else None,
        path=doc.get("path") or "", corrected=bool(doc.get("corrected")), **fields)


def split(value: str | None) -> tuple[str, ...]:
    """Return a comma-joined facet's values."""
    return tuple(v for v in (value or "").split(",") if v)


def paragraphs(doc: dict) -> tuple[str, ...]:
    """Return a stored document's paragraphs ((), when they are garbled)."""
    try:
        found = json.loads(doc.get("paragraphs") or "[]")
    except ValueError:
        return ()
    return tuple(p for p in found if isinstance(p, str)) if isinstance(found, list) else ()
