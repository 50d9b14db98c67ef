"""The search state in the URL: clean it, and build links that change one part of it.

The whole state of a search (query, filters, dates, sort, page, page size)
lives in the query string, so every page is bookmarkable and the back button
works. Links are built here, server-side; templates only print them.
"""
from __future__ import annotations

from urllib.parse import urlencode

from flask import url_for
from werkzeug.datastructures import MultiDict

from dangjian.search.request import PARAMS

MAX_VALUE = 1000          # characters kept of one parameter value in a link


def state_params(args) -> MultiDict:
    """Return the search parameters of args: known names only, NULs removed, empty values dropped."""
    out = MultiDict()
    for key in PARAMS:
        for value in args.getlist(key):
            value = value.replace("\x00", "").strip()[:MAX_VALUE]
            if value:
                out.add(key, value)
    return out


def query_string(params: MultiDict, **changes) -> str:
    """Return params as a query string with changes applied (name → None, a str or a list).

    A change of anything but the page goes back to the first page.
    """
    out = MultiDict(params)
    if "page" not in changes:
        out.poplist("page")
    for name, value in changes.items():
        out.poplist(name)
        if value is None:
            continue
        for item in [value] if isinstance(value, str) else value:
            out.add(name, item)
    return urlencode(list(out.items(multi=True)))


def link(endpoint: str, params: MultiDict, **changes) -> str:
    """Return the URL of endpoint with params changed."""
    qs = query_string(params, **changes)
    return url_for(endpoint) + ("?" + qs if qs else "")


def search_link(params: MultiDict, **changes) -> str:
    return link("site.search", params, **changes)
