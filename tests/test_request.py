"""The engine's contract: a request that validates itself, results in the documented shape."""
from __future__ import annotations

import shutil
import time

import pytest
from werkzeug.datastructures import MultiDict

from dangjian.index.config import Config
from dangjian.index.schema import FACETS
from dangjian.index.writer import build_index
from dangjian.search.engine import Engine
from dangjian.search.request import MAX_LIMIT, SearchRequest

from .conftest import BUNDLED


@pytest.mark.parametrize("kwargs,error", [
    ({"filters": {"province": "江苏"}}, TypeError),          # a str would be read per character
    ({"filters": {"provinces": ("江苏",)}}, ValueError),
    ({"sort": "sideways"}, ValueError),
    ({"date_from": "2023-13"}, ValueError),
    ({"query": None}, TypeError),
    ({"page": "2"}, TypeError),
])
def test_request_built_in_code_rejects_wrong_parameters(kwargs, error):
    with pytest.raises(error):
        SearchRequest(**kwargs)


def codes(request_or_results) -> set[str]:
    return {n.code for n in request_or_results.notices}


@pytest.mark.parametrize("params,code", [
    ({"sort": "sideways"}, "unknown_sort"),
    ({"page": "two"}, "bad_number"),
    ({"limit": "1e9"}, "bad_number"),
    ({"from": "2023-02-30"}, "bad_date"),
    ({"from": "2024", "to": "2023"}, "date_reversed"),
    ({"colour": "red"}, "unknown_param"),
    ({"province": [f"省{i}" for i in range(30)]}, "too_many_values"),
])
def test_untrusted_parameters_become_notices(params, code):
    request = SearchRequest.from_params(params)
    assert code in codes(request)


def test_params_map_to_facets_and_multidict_keeps_repeats():
    request = SearchRequest.from_params(MultiDict([("q", "民政"), ("province", "江苏"), ("province", "山东"),
                                                   ("slogan", "两个确立"), ("from", "2024"), ("to", "2023-06")]))
    assert request.query == "民政"
    assert request.filters == {"province": ("江苏", "山东"), "slogans": ("两个确立",)}
    assert (request.date_from, request.date_to) == ("2023-06", "2024")
    assert not SearchRequest.from_params({"q": "民政", "province": "江苏"}).notices


def test_nul_bytes_and_huge_numbers_are_harmless(engine):
    request = SearchRequest.from_params({"q": "民\x00政", "page": "-1", "limit": str(10**12)})
    results = engine.search(request)
    assert request.query == "民政"
    assert results.page == 1 and results.limit == MAX_LIMIT
    assert {"page_bounded", "limit_bounded"} <= codes(results)


def test_results_have_the_documented_shape(engine):
    data = engine.search(SearchRequest("民政", filters={"province": ("江苏",)}, facet_limit=3)).to_dict()
    assert list(data["facets"]) == [f.name for f in FACETS]
    province = data["facets"]["province"]
    assert province["label"] == "省份" and province["truncated"] is True
    for value in province["values"]:
        assert set(value) == {"value", "label", "count", "selected"}
    assert any(v["value"] == "江苏" and v["selected"] for v in province["values"])
    assert data["selected"]["province"] == ["江苏"]
    assert all(set(n) == {"code", "message"} for n in data["notices"])


def test_year_values_are_labelled_as_years(engine):
    years = engine.search(SearchRequest("")).facets["year"]
    assert years.values and all(v.label == f"{v.value}年" for v in years)


def test_empty_query_states_that_it_sorted_newest_first(engine):
    results = engine.search(SearchRequest("", limit=100))
    assert results.sort == "date"
    dates = [h.date for h in results.hits if h.date]
    assert dates == sorted(dates, reverse=True)
    assert engine.search(SearchRequest("民政")).sort == "relevance"


def test_background_refresh_answers_from_old_generation_until_new_is_open(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(BUNDLED / "公益时报", archive / "公益时报")
    config = Config(archive=archive, index=tmp_path / "index")
    build_index(config, processes=1)
    engine = Engine(config.index, refresh="background")
    before = engine.search(SearchRequest("")).total
    shutil.copytree(BUNDLED / "中国社会报", archive / "中国社会报")
    build_index(config, processes=1)
    # The first call after the switch answers at once, from the old generation ...
    assert engine.search(SearchRequest("")).total == before
    deadline = time.monotonic() + 30
    while engine.search(SearchRequest("")).total == before and time.monotonic() < deadline:
        time.sleep(0.05)
    # ... and the new generation is picked up without a restart.
    assert engine.search(SearchRequest("")).total > before
