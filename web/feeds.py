"""Atom feeds (RFC 4287) of a search's newest hits: ``/search.atom?…`` and ``/feeds/<id>.atom``.

For intranet mail clients and feed readers. Each entry is one article: title,
a permanent id (a name-based UUID of the article id, the same on every host),
``updated`` (when it was first indexed), ``published`` (its issue date), a link
to its page, and its lead as the summary. The feed carries the required
``id``, ``title``, ``updated`` and an ``author``, a ``self`` link and one to the
search page. Written with lxml, so every text is escaped by the serializer.
"""
from __future__ import annotations

import sqlite3
import uuid

from flask import Response, abort, current_app, request
from lxml import etree
from werkzeug.datastructures import MultiDict

from dangjian.search.request import SearchRequest

from .citation import lead
from .mine import _pairs, owner, store
from .newness import note_live
from .security import external_url
from .saved import to_utc
from .urls import search_link, state_params
from .views import bp, engine

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 30
SUMMARY = 300            # characters of the lead in a summary; the link leads to the whole article
NS = uuid.UUID("6f0f3c52-2f7c-5d0e-9a57-8b1f2f0b2c11")   # this site's namespace for entry ids


def _sub(parent, tag: str, text: str | None = None, **attrs):
    element = etree.SubElement(parent, f"{{{ATOM}}}{tag}", {k: xml_safe(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = xml_safe(text)
    return element


def xml_safe(text: str) -> str:
    """Return text without the characters XML 1.0 cannot hold (NUL, other C0 controls, lone surrogates)."""
    return "".join(c for c in text if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
                   or c >= "\U00010000")


def _first_indexed(hits) -> dict[str, str]:
    """Return article id → first indexed time; the generation's build time when the database cannot answer."""
    built = to_utc(engine().snapshot().meta.get("built_at"))
    try:
        note_live(engine(), store())
        seen = store().first_seen(h.id for h in hits)
    except sqlite3.Error as exc:            # a read-only index directory: the feed still answers
        current_app.logger.warning("first-indexed times unavailable: %s", exc)
        seen = {}
    return {h.id: seen.get(h.id, built) for h in hits} | {"": built}


def build_feed(title: str, params: MultiDict) -> bytes:
    """Return the Atom document of the newest hits of the search params describe."""
    search = SearchRequest.from_params(params)
    results = engine().search(SearchRequest(query=search.query, filters=search.filters, date_from=search.date_from,
                                            date_to=search.date_to, sort="date", limit=FEED_SIZE, facet_limit=1,
                                            snippets=False))
    times = _first_indexed(results.hits)
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    _sub(feed, "title", title)
    # Never the Host header (issue 18): the id is a name-based UUID of the feed's path and query,
    # the links come from the configured BASE_URL or are relative to the feed's own address.
    _sub(feed, "id", uuid.uuid5(NS, request.full_path).urn)
    _sub(feed, "updated", max(times.values()))
    _sub(_sub(feed, "author"), "name", "党建报道检索")
    _sub(feed, "link", rel="self", href=_base() + request.full_path, type="application/atom+xml")
    _sub(feed, "link", rel="alternate", href=_base() + search_link(params, sort="date"), type="text/html")
    _sub(feed, "subtitle", f"共 {results.total} 篇，列出最新的 {len(results.hits)} 篇")
    for hit in results.hits:
        _entry(feed, hit, times[hit.id])
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8")


def _entry(feed, hit, updated: str) -> None:
    entry = _sub(feed, "entry")
    _sub(entry, "title", hit.title or "（无标题）")
    _sub(entry, "id", uuid.uuid5(NS, hit.id).urn)
    _sub(entry, "updated", updated)
    if hit.issue_date and len(hit.issue_date) == 10:
        _sub(entry, "published", f"{hit.issue_date}T00:00:00Z")
    _sub(entry, "link", rel="alternate", type="text/html",
         href=external_url("site.article", article_id=hit.id))
    doc = engine().article(hit.id) or {}
    text = lead(doc)
    meta = "，".join(x for x in (hit.date, hit.province, hit.agency, f"《{hit.publication}》" if hit.publication else "")
                    if x)
    _sub(entry, "summary", (meta + "。" if meta else "") + (text[:SUMMARY] + ("…" if len(text) > SUMMARY else "")))


def _base() -> str:
    return (current_app.config.get("BASE_URL") or "").rstrip("/")


def _atom(body: bytes) -> Response:
    return Response(body, content_type="application/atom+xml; charset=utf-8")


@bp.route("/search.atom")
def search_atom():
    params = state_params(request.args)
    title = f"党建报道检索：{params.get('q')}" if params.get("q") else "党建报道检索：最新文章"
    return _atom(build_feed(title, params))


@bp.route("/feeds/<int:search_id>.atom")
def saved_feed(search_id: int):
    saved = store().get(owner(), search_id)
    if saved is None:
        abort(404)
    params = state_params(MultiDict(_pairs(saved["query"])))
    return _atom(build_feed(f"我的检索：{saved['name']}", params))

