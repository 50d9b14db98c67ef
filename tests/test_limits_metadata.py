"""Metadata is bounded and clean (issue 18, defects 6 and 10): og: metadata of any length,
control characters, hostile sidecars."""
from __future__ import annotations

import json

import pytest

from dangjian.cli import main
from dangjian.index.config import Config
from dangjian.index.parse import parse_file, terminal_safe
from dangjian.index.writer import build_index

from .conftest import write_page

PAGE = "近日，河北省民政厅召开党组理论学习中心组学习会，深入学习习近平总书记重要讲话精神。\n（据河北省民政厅）\n"


def html_page(title: str, site: str) -> str:
    return (f"<html><head><meta charset='utf-8'><meta property='og:title' content='{title}'>"
            f"<meta property='og:site_name' content='{site}'></head><body><div>"
            "<p>近日，河北省民政厅召开党组理论学习中心组学习会，深入学习习近平总书记重要讲话精神。</p>"
            "<p>（据河北省民政厅）</p></div></body></html>")


def test_6_an_og_title_of_a_million_characters_is_no_title(tmp_path):
    path = write_page(tmp_path, "报/2023-06-13/a.html", html_page("长" * 1_000_000, "网" * 5000))
    page, articles = parse_file(path, tmp_path)
    assert len(articles) == 1
    assert len(articles[0].title) <= 200 and page.publication == "报"


def test_10_control_characters_leave_markup_metadata(tmp_path):
    path = write_page(tmp_path, "报/2023-06-13/a.html", html_page("党建\x07工作\u202e会议召开", "公益\x1b]0;x\x07时报"))
    page, articles = parse_file(path, tmp_path)
    assert articles[0].title == "党建工作会议召开"
    assert page.publication == "公益]0;x时报"


@pytest.mark.parametrize("sidecar, words", [
    ({"date": "9999-12-31"}, "years 1949 to"),
    ({"date": "0001-01-01"}, "years 1949 to"),
    ({"page": -1}, "not a page number"),
    ({"page": "0"}, "not a page number"),
    ({"page": 10 ** 19}, "not a page number"),
    ({"publication": "../../../etc/passwd"}, "is a path"),
    ({"publication": "公益\x00时\x07报\u202e"}, "control characters"),
    ({"section": "党建\x1b]0;owned\x07"}, "control characters"),
])
def test_10_hostile_sidecars_are_refused_with_their_reason(tmp_path, sidecar, words):
    # Refused whole, the page read from its path and text, the reason a warning (not a skip)
    path = write_page(tmp_path, "公益时报/2023-06-13/04.txt", PAGE, sidecar=sidecar)
    page, articles = parse_file(path, tmp_path)
    assert (page.publication, str(page.issue_date), page.page, page.section) == ("公益时报", "2023-06-13", "4", None)
    assert len(articles) == 1 and len(page.warnings) == 1 and words in page.warnings[0]


def test_10_a_sane_sidecar_still_counts(tmp_path):
    path = write_page(tmp_path, "公益时报/2023-06-13/04.txt", PAGE,
                      sidecar={"date": "1949-10-01", "page": "A3", "publication": "人民日报"})
    page, _ = parse_file(path, tmp_path)
    assert (str(page.issue_date), page.page, page.publication) == ("1949-10-01", "A3", "人民日报")


def test_10_terminal_output_escapes_control_characters():
    assert terminal_safe("a\x1b]0;x\x07b\n\tc\u202ed\x9b") == "a\\x1b]0;x\\x07b\n\tc\\u202ed\\x9b"


def test_10_stats_and_search_print_no_escape_sequence(tmp_path, runner):
    # A folder name is the one value that reaches the index unvalidated: it carries the sequence.
    archive = tmp_path / "archive"
    write_page(archive, "公益\x1b]0;owned\x07时报/2023-06-13/04.txt", PAGE)
    config = Config(archive=archive, index=tmp_path / "index")
    build_index(config, processes=1)
    for args in (["stats"], ["search", "河北省民政厅"]):
        result = runner.invoke(main, [*args, "--index", str(config.index)])
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output and "\x07" not in result.output
