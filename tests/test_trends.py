"""Term trends (issue 17, item 3): every count is the engine's own, and each term's counts add up."""
from __future__ import annotations

import csv
import io
import re
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from dangjian.search.request import SearchRequest

from .webutil import app, client  # noqa: F401  (fixtures)

CASES = [
    [("term", "两个确立"), ("term", "提法:两个维护"), ("term", "民政"), ("by", "year")],
    [("term", "两个确立"), ("term", "党建引领"), ("by", "month")],
    [("term", "民政"), ("term", "培训 -主题教育"), ("province", "江苏"), ("province", "浙江"), ("by", "year")],
    [("term", "两个确立"), ("term", "延吉 OR 银川"), ("from", "2023-03-15"), ("to", "2024-05"), ("by", "month")],
    [("term", "没有这个词语啊"), ("by", "year")],
]


def trends(client, pairs) -> dict:
    response = client.get("/api/trends?" + urlencode(pairs))
    assert response.status_code == 200
    return response.get_json()


def period_bounds(period: str, pairs) -> tuple[str, str]:
    """The period, narrowed by the request's own date range (an independent reading of the rule)."""
    start, end = dict(pairs).get("from"), dict(pairs).get("to")
    return (start if start and start[: len(period)] == period else period,
            end if end and end[: len(period)] == period else period)


@pytest.mark.parametrize("pairs", CASES)
def test_each_count_is_the_engines_total_for_that_period_and_they_add_up(client, engine, pairs):
    answer = trends(client, pairs)
    filters = [(k, v) for k, v in pairs if k not in ("term", "by")]
    assert [t["term"] for t in answer["terms"]] == [v for k, v in pairs if k == "term"]
    for term in answer["terms"]:
        whole = engine.search(SearchRequest.from_params({**_multi(filters), "q": term["term"]}))
        assert sum(p["count"] for p in term["series"]) + term["undated"] == term["total"] == whole.total
        for point in term["series"]:
            start, end = period_bounds(point["period"], pairs)
            params = {**_multi(filters), "q": term["term"], "from": start, "to": end}
            assert engine.search(SearchRequest.from_params(params)).total == point["count"], point
            if point["count"]:           # the point's link is that very search
                linked = SearchRequest.from_params(_multi(parse_qsl(urlsplit(point["url"]).query)))
                assert engine.search(linked).total == point["count"]
    periods = answer["periods"]
    assert periods == sorted(periods) and all(len(p) == (7 if answer["by"] == "month" else 4) for p in periods)


def _multi(pairs) -> dict:
    out: dict = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


def test_periods_run_without_gaps_from_first_to_last(client):
    answer = trends(client, [("term", "民政"), ("by", "month")])
    months = answer["periods"]
    for before, after in zip(months, months[1:]):
        y, m = int(before[:4]), int(before[5:])
        assert after == (f"{y + 1}-01" if m == 12 else f"{y}-{m + 1:02d}")


def test_at_most_five_terms_and_a_bad_unit_give_notices(client):
    answer = trends(client, [("term", t) for t in ("甲", "乙", "丙", "丁", "戊", "己", "甲")] + [("by", "week")])
    assert [t["term"] for t in answer["terms"]] == ["甲", "乙", "丙", "丁", "戊"]
    assert answer["by"] == "year" and len(answer["notices"]) == 2


def test_the_page_draws_a_point_link_per_nonzero_count_and_the_table(client):
    pairs = [("term", "两个确立"), ("term", "提法:两个维护"), ("by", "year")]
    answer = trends(client, pairs)
    html = client.get("/trends?" + urlencode(pairs)).get_data(as_text=True)
    nonzero = [p for t in answer["terms"] for p in t["series"] if p["count"]]
    assert html.count('class="point"') == len(nonzero)
    assert html.count("<polyline") == 2 and "<table class=\"trend-table\">" in html
    for t in answer["terms"]:
        assert f'<a href="{t["url"].replace("&", "&amp;")}">{t["total"]}</a>' in html


def test_csv_is_the_same_table(client):
    pairs = [("term", "两个确立"), ("term", "民政"), ("by", "year")]
    answer = trends(client, pairs)
    response = client.get("/trends.csv?" + urlencode(pairs))
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["时期", "两个确立", "民政"]
    assert [r[0] for r in rows[1:-2]] == answer["periods"]
    for n, term in enumerate(answer["terms"], start=1):
        assert [int(r[n]) for r in rows[1:-2]] == [p["count"] for p in term["series"]]
        assert int(rows[-1][n]) == term["total"] and int(rows[-2][n]) == term["undated"]
    assert re.search(r"filename\*=UTF-8''%E5%85%9A", response.headers["Content-Disposition"])


def test_no_terms_shows_the_form(client):
    html = client.get("/trends").get_data(as_text=True)
    assert 'name="term"' in html and "<svg viewBox" not in html
