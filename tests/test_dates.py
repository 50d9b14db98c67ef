"""Dates as staff type them: one reader, the same answer in the site's from/to, the query's 日期: and the CLI."""
from __future__ import annotations

import json

import pytest

from dangjian.cli import main
from dangjian.search.dates import read_date, split_range
from dangjian.search.query import parse_query
from dangjian.search.request import SearchRequest

SAME = [
    ("2023", "2023"), ("2023年", "2023"), ("２０２３年", "2023"),
    ("2023-10", "2023-10"), ("2023.10", "2023-10"), ("2023/10", "2023-10"), ("2023年10月", "2023-10"),
    ("2023年1月", "2023-01"), (" 2023 年 10 月 ", "2023-10"),
    ("2023-10-05", "2023-10-05"), ("2023/10/5", "2023-10-05"), ("2023.10.5", "2023-10-05"),
    ("2023年10月5日", "2023-10-05"), ("2023年10月5号", "2023-10-05"), ("20231005", "2023-10-05"),
]
BAD = ["10月", "202310", "2023年5日", "2023-13", "2023-02-30", "2023.10.", "abc", "2023..2024", ""]


@pytest.mark.parametrize("typed,iso", SAME)
def test_every_typed_form_reads_as_its_iso_prefix(typed, iso):
    assert read_date(typed) == iso


@pytest.mark.parametrize("typed", BAD)
def test_what_is_not_a_date_is_refused_with_the_text_named(typed):
    with pytest.raises(ValueError, match="日期"):
        read_date(typed)


@pytest.mark.parametrize("iso", ["2023", "2023-10", "2023-10-05", "1999-12-31"])
def test_iso_forms_round_trip(iso):
    assert read_date(iso) == iso


def test_a_range_splits_on_dots_and_on_chinese_words():
    assert split_range("2023.10..2023.12") == ("2023.10", "..", "2023.12")
    assert split_range("2023年10月至2023年12月") == ("2023年10月", "至", "2023年12月")
    assert split_range("2023年到2024年") == ("2023年", "到", "2024年")
    assert split_range("2023年10月") == ("2023年10月", "", "")


@pytest.mark.parametrize("typed,iso", [("2023年10月", "2023-10"), ("2023/10/5", "2023-10-05"), ("2023.10", "2023-10")])
def test_the_request_reads_tolerant_dates_without_a_notice(typed, iso):
    request = SearchRequest.from_params({"from": typed, "to": typed})
    assert (request.date_from, request.date_to) == (iso, iso)
    assert [n.code for n in request.notices] == []


@pytest.mark.parametrize("typed,bounds", [
    ("日期:2023年10月..2023年12月", ("2023-10", "2023-12")),
    ("日期:2023.10..2023.12", ("2023-10", "2023-12")),
    ("日期:2023年10月至2023年12月", ("2023-10", "2023-12")),
    ("日期:2023/10/5..", ("2023-10-05", None)),
    ("日期:2023年", ("2023", "2023")),
])
def test_the_query_reads_tolerant_date_ranges(typed, bounds):
    parsed = parse_query(typed)
    assert (parsed.date_from, parsed.date_to) == bounds and not parsed.notices


def test_a_bad_date_in_the_query_is_a_notice_not_a_failure():
    parsed = parse_query("民政 日期:2023年13月")
    assert [n.code for n in parsed.notices] == ["bad_date"] and parsed.date_from is None


@pytest.mark.parametrize("typed,iso", [("2021年", "2021"), ("2021.10", "2021-10"), ("2021/10/1", "2021-10-01")])
def test_tolerant_dates_give_the_totals_of_their_iso_forms(engine, typed, iso):
    def total(params):
        return engine.search(SearchRequest.from_params(params)).total
    assert total({"q": "民政", "from": typed}) == total({"q": "民政", "from": iso})
    assert total({"q": f"民政 日期:{typed}.."}) == total({"q": "民政", "from": iso})


def test_the_cli_accepts_chinese_dates(runner, built):
    index = ["--json", "--index", str(built[0].index)]
    chinese = runner.invoke(main, ["search", "民政", "--from", "2021年", "--to", "2023年12月", *index])
    iso = runner.invoke(main, ["search", "民政", "--from", "2021", "--to", "2023-12", *index])
    assert chinese.exit_code == 0, chinese.output
    assert json.loads(chinese.stdout)["total"] == json.loads(iso.stdout)["total"] > 0
    bad = runner.invoke(main, ["search", "民政", "--from", "2023年13月", *index])
    assert bad.exit_code == 2 and "2023年13月" in bad.output
