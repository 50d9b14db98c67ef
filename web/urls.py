"""The search state in the URL: clean it, and build links that change one part of it.

The whole state of a search (query, filters, dates, sort, page, page size)
lives in the query string, so every page is bookmarkable and the back button
works. Links are built here, server-side; templates only print them.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from urllib.parse import quote_plus

from flask import g, url_for
from werkzeug.datastructures import MultiDict

from dangjian.index.parse import without_controls
from dangjian.search.request import PARAMS

MAX_VALUE = 1000          # characters kept of one parameter value in a link


def state_params(args) -> MultiDict:
    """Return the search parameters of args: known names only, control characters removed, empty
    values dropped."""
    out = MultiDict()
    for key in PARAMS:
        for value in args.getlist(key):
            value = without_controls(value).strip()[:MAX_VALUE]
            if value:
                out.add(key, value)
    return out


def query_string(params: MultiDict, **changes) -> str:
    """Return params as a query string with changes applied (name → None, a str or a list).

    A change of anything but the page goes back to the first page. Changed
    parameters move to the end, in the order given (as ``urlencode`` of a
    MultiDict with them popped and added again would put them).
    """
    dropped = changes.keys() if "page" in changes else changes.keys() | {"page"}
    pieces = [_pair(name, value) for name, values in params.lists() if name not in dropped for value in values]
    for name, value in changes.items():
        if value is None:
            continue
        pieces += [_pair(name, item) for item in ([value] if isinstance(value, str) else value)]
    return "&".join(pieces)


@lru_cache(maxsize=8192)
def _pair(name: str, value: str) -> str:
    # The search page builds ~150 links from the same few values; each pair is encoded once.
    return quote_plus(str(name), safe="") + "=" + quote_plus(str(value), safe="")


def link(endpoint: str, params: MultiDict, **changes) -> str:
    """Return the URL of endpoint with params changed."""
    qs = query_string(params, **changes)
    return endpoint_url(endpoint) + ("?" + qs if qs else "")


def endpoint_url(endpoint: str) -> str:
    """Return url_for(endpoint), built once per request (it depends only on the script root)."""
    built = g.setdefault("_endpoint_urls", {})
    if endpoint not in built:
        built[endpoint] = url_for(endpoint)
    return built[endpoint]


def search_link(params: MultiDict, **changes) -> str:
    return link("site.search", params, **changes)


def search_links_changing(params: MultiDict, name: str) -> Callable[[list[str]], str]:
    """Return ``f(values) == search_link(params, **{name: values})``, with what does not change
    encoded once: the search page asks for a link per facet value, ~150 of them."""
    dropped = {name, "page"}
    base = endpoint_url("site.search")
    kept = [_pair(key, value) for key, values in params.lists() if key not in dropped for value in values]

    def changed(values: list[str]) -> str:
        qs = "&".join(kept + [_pair(name, value) for value in values])
        return base + ("?" + qs if qs else "")
    return changed
