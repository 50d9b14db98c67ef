"""What is new for a saved search: its hits first indexed after a given time.

Used by the "我的检索" page (new since the last visit), the feeds (each entry's
``updated``) and ``dangjian digest`` (new since a date; its text and JSON are made here too). Before answering, the
live generation's article ids are noted in the saved-search database
(:meth:`~.saved.SavedStore.note_generation`), once per generation; an article's
first-indexed time is when the site first noted it live. Every page that sets a
visit notes first, so an article live at a visit is never new after it (noting at
build time instead would let a worker still serving the old generation record a
visit before articles it never showed).
The hits themselves always come from ``Engine.search`` (via the export's
chunked iteration), so "new" never disagrees with what the search shows.
"""
from __future__ import annotations

import dataclasses
import json
from urllib.parse import parse_qsl

from werkzeug.datastructures import MultiDict

from dangjian.search.catalog import catalog
from dangjian.search.export import MAX_EXPORT, iter_hits
from dangjian.search.request import SearchRequest

from .pages import page_label
from .saved import SavedStore, to_utc


def live_ids(engine) -> list[str]:
    """Return every live article id of the engine's generation (the one place that lists them all)."""
    return [entry.id for entry in catalog(engine.snapshot())]


def note_live(engine, store: SavedStore) -> str:
    """Note the live generation's ids unless already noted; return its build time (UTC)."""
    snapshot = engine.snapshot()
    built_at = to_utc(snapshot.meta.get("built_at"))
    if not store.noted(snapshot.name):
        store.note_generation(snapshot.name, built_at, live_ids(engine))
    return built_at


def request_of(query: str, **changes) -> SearchRequest:
    """Return the search a saved query string describes (bad parts dropped, as the site drops them)."""
    params = MultiDict(parse_qsl(query, keep_blank_values=False))
    params.pop("page", None)
    return dataclasses.replace(SearchRequest.from_params(params), **changes)


def new_hits(engine, store: SavedStore, query: str, since: str, limit: int = MAX_EXPORT) -> list[tuple]:
    """Return [(hit, first_indexed)] of the saved query's hits first indexed after since, newest first.

    Nothing is searched when no article at all is that new (the common case).
    """
    if not store.any_since(since):
        return []
    request = request_of(query, sort="date")
    hits = list(iter_hits(engine, request, MAX_EXPORT, snippets=False))
    seen = store.first_seen(h.id for h in hits)
    return [(h, seen[h.id]) for h in hits if seen.get(h.id, "") > since][:limit]


def digest(engine, store: SavedStore, since: str, name: str | None = None, owner: str | None = None) -> list[dict]:
    """Return ``[{owner, name, query, hits: [(hit, first_indexed)]}]`` for the saved searches chosen."""
    note_live(engine, store)
    chosen = [s for s in store.all_searches()
              if (name is None or s["name"] == name) and (owner is None or s["owner"] == owner)]
    return [{**s, "hits": new_hits(engine, store, s["query"], since)} for s in chosen]


def _hit_dict(hit, first_indexed: str, base_url: str) -> dict:
    return {"id": hit.id, "title": hit.title, "date": hit.date, "province": hit.province, "agency": hit.agency,
            "publication": hit.publication, "issue_date": hit.issue_date, "page": hit.page,
            "first_indexed": first_indexed,
            "url": f"{base_url.rstrip('/')}/articles/{hit.id}" if base_url else None}


def format_digest(found: list[dict], since: str, base_url: str = "", as_json: bool = False) -> str:
    """Return the digest of ``newness.digest``'s answer as text (or one JSON object)."""
    items = [{"owner": f["owner"], "name": f["name"], "query": f["query"],
              "hits": [_hit_dict(h, at, base_url) for h, at in f["hits"]]} for f in found]
    if as_json:
        return json.dumps({"since": since, "saved": items}, ensure_ascii=False) + "\n"
    lines = [f"{since} 以来新编入索引的文章，按保存的检索列出", ""]
    if not items:
        lines.append("（还没有保存的检索）")
    for item in items:
        who = f" [{item['owner']}]" if item["owner"] else ""
        lines.append(f"== {item['name']}{who}：{len(item['hits'])} 篇新文章")
        for n, hit in enumerate(item["hits"], start=1):
            where = f"《{hit['publication'] or '报刊不详'}》{hit['issue_date'] or ''} {page_label(hit['page'])}".strip()
            lines.append(f"  {n}. {hit['title']}  [{hit['date'] or '日期不详'} · {hit['province'] or '—'} · {where}]")
            lines.append(f"     {hit['url'] or hit['id']}")
        lines.append("")
    return "\n".join(lines)
