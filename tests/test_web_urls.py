"""The search state survives the URL: link building round-trips, toggles undo themselves."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from dangjian.search.request import PARAMS
from dangjian.web.urls import query_string, search_link, search_links_changing, state_params

from .webutil import app, context  # noqa: F401  (fixtures)

value = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(
    lambda v: v.replace("\x00", "").strip() == v and v)


@given(st.lists(st.tuples(st.sampled_from(PARAMS), value), max_size=12))
def test_the_state_round_trips_through_a_query_string(pairs):
    params = state_params(MultiDict(pairs))
    again = state_params(MultiDict(parse_qsl(query_string(params, page=params.getlist("page")))))
    assert list(again.items(multi=True)) == list(params.items(multi=True))


@given(st.lists(st.tuples(st.sampled_from(PARAMS), value), max_size=8), st.sampled_from(PARAMS), value)
def test_a_change_touches_only_its_parameter_and_the_page(pairs, name, new):
    params = state_params(MultiDict(pairs))
    changed = MultiDict(parse_qsl(query_string(params, **{name: new})))
    assert changed.getlist(name) == [new]
    for other in PARAMS:
        if other not in (name, "page"):
            assert changed.getlist(other) == params.getlist(other)
    if name != "page":
        assert "page" not in changed


def reference_query_string(params: MultiDict, **changes) -> str:
    """The plain way: copy, pop what changes (and the page), add the new values, urlencode."""
    out = MultiDict(params)
    if "page" not in changes:
        out.poplist("page")
    for name, value in changes.items():
        out.poplist(name)
        for item in [] if value is None else [value] if isinstance(value, str) else value:
            out.add(name, item)
    return urlencode(list(out.items(multi=True)))


change = st.one_of(st.none(), value, st.lists(value, max_size=3))


@given(st.lists(st.tuples(st.sampled_from(PARAMS), value), max_size=10),
       st.dictionaries(st.sampled_from(PARAMS), change, max_size=3))
def test_the_fast_query_string_is_the_plain_one(pairs, changes):
    """Links are built ~150 times a page from cached pieces: byte for byte what urlencode gives."""
    params = state_params(MultiDict(pairs))
    assert query_string(params, **changes) == reference_query_string(params, **changes)


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PARAMS), value), max_size=10), st.sampled_from(PARAMS),
       st.lists(value, max_size=3), st.sampled_from(["", "/prefix"]))
def test_a_facets_toggle_links_are_search_links(app, pairs, name, values, script_root):
    """The per-facet link maker (one per facet, ~150 links a page) gives what search_link gives."""
    params = state_params(MultiDict(pairs))
    with app.test_request_context("/search", base_url="http://localhost" + script_root):
        assert search_links_changing(params, name)(values) == search_link(params, **{name: values})


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_toggling_values_on_and_off_returns_to_the_start(app, data):
    client = app.test_client()
    start = "/search?q=民政"
    base = context(client, start)
    url, ticked = start, []
    for _ in range(data.draw(st.integers(1, 3))):
        ctx = context(client, url)
        facet = data.draw(st.sampled_from(["province", "year", "publication", "slogans"]))
        choices = [v for v in ctx["facets"][facet]["values"] if not v["selected"]]
        if not choices:
            continue
        chosen = data.draw(st.sampled_from(choices))
        before = ctx["total"] if ctx["selected"].get(facet) else 0
        url = chosen["toggle_url"]
        after = context(client, url)["total"]
        if facet == "slogans":               # several per article: the union
            assert max(before, chosen["count"]) <= after <= before + chosen["count"]
        else:                                # one per article: values of a facet are disjoint
            assert after == before + chosen["count"]
        ticked.append((facet, chosen["value"]))
    for facet, value in reversed(ticked):
        ctx = context(client, url)
        url = next(v for v in ctx["facets"][facet]["values"] if v["value"] == value)["toggle_url"]
    assert context(client, url)["total"] == base["total"]
    assert context(client, url)["selected"] == base["selected"]
