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
from dangjian.search.didyoumean import did_you_mean, partial_matches
from dangjian.search.request import MAX_WINDOW, SearchRequest
from dangjian.search.rewrite import tokens_of, write

from .chart import timeline
from .pages import page_label
from .urls import query_string, search_link, search_links_changing, state_params

_ENGLISH_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
SHOWN = 6             # facet values shown before “更多”
SORT_LABELS = {"relevance": "相关度", "date": "最新在前", "date_asc": "最早在前"}
# 单位 and 来源 often hold the same kind of name; a visible line under each heading tells them apart.
FACET_NOTES = {"agency": "开展工作的单位", "source": "稿件出处：文末（据…）所署"}


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
        **_corrections(engine, request, results, params),
        date_inputs=_date_inputs(request, params),
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
        out[facet.name] = {"label": listed.label, "note": FACET_NOTES.get(facet.name), "param": facet.param,
                           "values": values,
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
            "past_end": results.total > 0 and results.page > last, "last_url": search_link(params, page=str(last)),
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
    options += _typed_filters(engine, request, params)
    if request.query.strip() and (request.filters or request.date_from or request.date_to):
        options.append((f"关键词“{request.query[:30]}”", _count(engine, request, query=""),
                        search_link(params, q=None)))
    return [{"label": label, "count": count, "url": url}
            for label, count, url in sorted(options, key=lambda o: -o[1]) if count]


TYPED_FILTERS = {prefix for facet in FACETS for prefix in facet.prefixes} | {"日期", "date"}


def _typed_filters(engine, request: SearchRequest, params) -> list[tuple[str, int, str]]:
    """Each filter typed in the box (省份:西藏, -日期:2023): the query without it, as a ticked filter has."""
    tokens, options = tokens_of(request.query), []
    for n, token in enumerate(tokens):
        if token.prefix in TYPED_FILTERS:
            rest = write(tokens[:n] + tokens[n + 1:])
            options.append((f"{'不含 ' if token.negated else ''}{token.prefix}：{token.text}",
                            _count(engine, request, query=rest), search_link(params, q=rest or None)))
    return options


def _corrections(engine, request: SearchRequest, results, params) -> dict:
    """For an empty result of typed words: "did you mean" and the best partial matches, each a link."""
    if results.total or not request.query.strip():
        return {"did_you_mean": [], "partial_matches": []}
    found = {"did_you_mean": did_you_mean(engine, request), "partial_matches": partial_matches(engine, request)}
    for item in found["did_you_mean"] + found["partial_matches"]:
        item["url"] = search_link(params, q=item["query"])
    return found


def _date_inputs(request: SearchRequest, params) -> dict:
    """Return what the from/to inputs show: the date as read, or the text typed when it could not be read."""
    return {"from": request.date_from or params.get("from", ""), "to": request.date_to or params.get("to", "")}
