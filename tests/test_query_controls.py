"""Control characters a user types (or pastes) into a query or a filter value are removed before
anything echoes or searches them: a bidi override (U+202E) reversed the echoed query and every
notice after it on the results page, and a BEL reached the page."""
from __future__ import annotations

from dangjian.search.request import SearchRequest

from .webutil import app, client  # noqa: F401  (fixtures)

RLO, BEL, LRI = "\u202e", "\x07", "\u2066"


def test_the_request_holds_no_control_characters():
    request = SearchRequest.from_params({"q": f"两个{RLO}确立{BEL}", "province": f"江{LRI}苏"})
    assert request.query == "两个确立"
    assert request.filters == {"province": ("江苏",)}


def test_a_tab_or_newline_in_the_query_is_a_space():
    assert SearchRequest.from_params({"q": "两个确立\t主题教育\n三会一课"}).query == "两个确立 主题教育 三会一课"


def test_the_results_page_echoes_no_override_and_finds_what_the_plain_query_finds(client):
    plain = client.get("/search.json?q=两个确立&province=江苏").get_json()
    dirty = client.get(f"/search.json?q=两个{RLO}确立{BEL}&province=江{RLO}苏").get_json()
    assert dirty["total"] == plain["total"] > 0
    page = client.get(f"/search?q=两个{RLO}确立{BEL}&province=江苏").get_data(as_text=True)
    assert RLO not in page and BEL not in page
    assert "两个确立" in page
