"""The search page's context: one dict, rendered as HTML (search.html) or returned as JSON.

It is ``Results.to_dict()`` — the object ``dangjian search --json`` prints —
plus what a page needs: each facet value's ``toggle_url``, the active filters
as removable chips, sort links, pagination, the chart, and for an empty result
the filters whose removal would give hits (with the count each would give).
"""
from __future__ import annotations

import dataclasses
import re

from flask import url_for

from dangjian.index.schema import FACETS, FACETS_BY_NAME
from dangjian.search.request import MAX_WINDOW, SearchRequest

from .chart import timeline
from .pages import page_label
from .urls import query_string, search_link, search_links_changing, state_params

_ENGLISH_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
SHOWN = 6             # facet values shown before “更多”
SORT_LABELS = {"relevance": "相关度", "date": "最新在前", "date_asc": "最早在前"}


def search_context(engine, args) -> dict:
    """Run the search the query string's args describe and return the page's context.

    The request is read from the raw args (so unknown or bad parameters give
    their notices); links are built from the cleaned state only.
    """
    request = SearchRequest.from_params(args)
    params = state_params(args)
    results = engine.search(request)
    context = results.to_dict()
    context["facets"] = _facets(results, params)
    for notice in context["notices"]:          # the page shows the Chinese; the English stays in the JSON
        notice["text"] = _ENGLISH_TAIL.sub("", notice["message"]) or notice["message"]
    context.update(
        params={k: params.getlist(k) for k in params},
        date_from=request.date_from, date_to=request.date_to,
        chips=_chips(results, request, params), sorts=_sorts(results, params),
        pagination=_pagination(results, params), chart=timeline(request, results, params),
        way_out=_way_out(engine, request, params) if results.total == 0 else [],
        # The box keeps every filter but starts again at page 1; the date/sort form keeps the rest.
        box_hidden=[(k, v) for k, v in params.items(multi=True) if k not in ("q", "page")],
        hidden=[(k, v) for k, v in params.items(multi=True) if k not in ("q", "sort", "from", "to", "page")],
        export_url=url_for("site.export_csv") + "?" + query_string(params, limit=None),
        api_url=url_for("site.api_search") + "?" + query_string(params, page=params.get("page")),
        docx_hidden=[(k, v) for k, v in params.items(multi=True) if k not in ("page", "limit")],
        atom_url=url_for("site.search_atom") + "?" + query_string(params, sort=None),
        save_url=url_for("site.saved_new") + "?" + query_string(params),
        trends_url=url_for("site.trends") + "?" + query_string(params, q=None, sort=None, limit=None,
                                                             term=request.query or None),
        filtered=bool(request.filters or request.date_from or request.date_to),
    )
    back = query_string(params, page=params.get("page"))
    for hit in context["hits"]:
        hit["page_label"] = page_label(hit["page"])
        hit["url"] = url_for("site.article", article_id=hit["id"], q=request.query or None, back=back or None)
    return context


def _facets(results, params) -> dict:
    out = {}
    for facet in FACETS:
        listed = results.facets[facet.name]
        chosen = [v.value for v in listed.values if v.selected]
        ordered = listed.values
        if facet.name == "year":               # years read best in time order, newest first
            ordered = sorted(ordered, key=lambda v: v.value, reverse=True)
        values, toggle, current = [], search_links_changing(params, facet.param), params.getlist(facet.param)
        for n, value in enumerate(ordered):
            new = [c for c in chosen if c != value.value] if value.selected else current + [value.value]
            values.append({**value.to_dict(), "toggle_url": toggle(new), "folded": n >= SHOWN and not value.selected})
        out[facet.name] = {"label": listed.label, "param": facet.param, "values": values,
                           "truncated": listed.truncated, "folded": sum(v["folded"] for v in values)}
    return out


def _chips(results, request, params) -> list[dict]:
    chips = []
    for name, facet in results.facets.items():
        for value in (v for v in facet.values if v.selected):
            remove = [v.value for v in facet.values if v.selected and v.value != value.value]
            chips.append({"facet": facet.label, "label": value.label or value.value,
                          "remove_url": search_link(params, **{FACETS_BY_NAME[name].param: remove})})
    if request.date_from or request.date_to:
        span = f"{request.date_from or '…'} 至 {request.date_to or '…'}"
        chips.append({"facet": "日期", "label": span, "remove_url": search_link(params, **{"from": None, "to": None})})
    return chips


def _sorts(results, params) -> list[dict]:
    return [{"value": s, "label": label, "selected": s == results.sort, "url": search_link(params, sort=s)}
            for s, label in SORT_LABELS.items()]


def _pagination(results, params) -> dict:
    last = min(results.pages, max(1, MAX_WINDOW // results.limit))
    page = min(results.page, last)
    numbers = sorted({1, last} | set(range(max(1, page - 2), min(last, page + 2) + 1)))
    items, previous = [], 0
    for n in numbers:
        if n - previous > 1:
            items.append({"gap": True})
        items.append({"number": n, "current": n == page, "url": search_link(params, page=str(n))})
        previous = n
    return {"page": page, "last": last, "items": items if last > 1 else [],
            "prev_url": search_link(params, page=str(page - 1)) if page > 1 else None,
            "next_url": search_link(params, page=str(page + 1)) if page < last else None}


def _count(engine, request: SearchRequest, **changes) -> int:
    # Only the total is wanted: sorting by date skips ranking every hit.
    return engine.search(dataclasses.replace(request, page=1, limit=1, facet_limit=1, sort="date", notices=(),
                                             **changes)).total


def _way_out(engine, request: SearchRequest, params) -> list[dict]:
    """For an empty result: each filter (and the words) whose removal gives hits, with that count."""
    options = []
    for name, values in request.filters.items():
        facet = FACETS_BY_NAME[name]
        for value in values:
            rest = {**request.filters, name: tuple(v for v in values if v != value)}
            rest = {k: v for k, v in rest.items() if v}
            options.append((f"{facet.label}：{value}", _count(engine, request, filters=rest),
                            search_link(params, **{facet.param: [v for v in values if v != value]})))
    if request.date_from or request.date_to:
        options.append(("日期范围", _count(engine, request, date_from=None, date_to=None),
                        search_link(params, **{"from": None, "to": None})))
    if request.query.strip() and (request.filters or request.date_from or request.date_to):
        options.append((f"关键词“{request.query[:30]}”", _count(engine, request, query=""),
                        search_link(params, q=None)))
    return [{"label": label, "count": count, "url": url}
            for label, count, url in sorted(options, key=lambda o: -o[1]) if count]
