"""Hostile queries: any text, filters, dates, sorts and paging give results or notices, never an exception."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dangjian.search.engine import SearchRequest

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
QUERY_CHARS = st.sampled_from(list("民政厅两个确立党建江苏\"“”'()-:：*?~^OR NOT AND 标题省份日期..2023-10-31０１\\/<>&\t\n\u3000"))
TEXT = st.one_of(st.text(max_size=60), st.text(QUERY_CHARS, max_size=60))


@SETTINGS
@given(query=TEXT, province=st.lists(TEXT, max_size=2), year=st.lists(TEXT, max_size=2),
       date_from=st.one_of(st.none(), TEXT), sort=st.one_of(st.sampled_from(["relevance", "date", "date_asc"]), TEXT),
       page=st.integers(-5, 10**6), limit=st.integers(-5, 10**6))
def test_any_request_gets_an_answer(engine, query, province, year, date_from, sort, page, limit):
    # Untrusted input enters through from_params, as the site's and the CLI's do.
    params = {"q": query, "province": province, "year": year, "from": date_from or "", "sort": sort,
              "page": str(page), "limit": str(limit)}
    results = engine.search(SearchRequest.from_params(params))
    data = results.to_dict()
    assert 1 <= data["limit"] <= 100 and data["page"] >= 1
    assert 0 <= len(data["hits"]) <= min(data["limit"], data["total"])


def test_a_filter_matching_nothing_shows_no_hits(engine):
    """Found by the property above: an empty hit set was ranked without its filter."""
    results = engine.search(SearchRequest(query="0", filters={"year": ("00",)}))
    assert results.total == 0 and results.hits == []
