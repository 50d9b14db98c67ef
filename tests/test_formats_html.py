"""E-paper HTML: title, date, 版次, publication and body from the markup; boilerplate dropped."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchmarks.epaper_html import FOOTER, RELATED, render_epaper
from benchmarks.sample_articles import ARTICLES, as_parsed
from dangjian.index.parse.clean import page_lines, split_paragraphs, tidy
from dangjian.index.parse.formats.reflow import text_layer
from dangjian.index.parse.pipeline import parse_file, parse_paths
from dangjian.index.parse.records import Report

EDITION = {"publication": "中国社会报", "date": "2024-07-09", "page": "04", "section": "党建"}


@pytest.mark.parametrize("style", [1, 2, 3])
@pytest.mark.parametrize("n", range(len(ARTICLES)))
def test_epaper_page_gives_its_article_and_edition(tmp_path, style, n):
    article = {**ARTICLES[n], "subtitle": "以党建引领，推动民政事业高质量发展" if n % 2 else None}
    data, truth = render_epaper(article, EDITION, style)
    path = tmp_path / "inbox" / "article.html"
    path.parent.mkdir()
    path.write_bytes(data)
    page, found = parse_file(path, tmp_path)
    assert len(found) == 1
    got = found[0]
    assert (got.title, got.title_derived) == (truth["title"], False)
    truth = as_parsed(truth)                          # a 本报讯 byline goes to the attribution (issue 15)
    assert list(got.paragraphs) == truth["paragraphs"] and got.attribution == truth["attribution"]
    assert (str(got.issue_date), got.page, got.publication) == ("2024-07-09", "4", "中国社会报")
    assert (got.extraction, page.issue_date_source) == ("html", "markup")
    text = got.title + got.body
    assert not any(noise in text for noise in (*RELATED, FOOTER, "分享", "上一版"))
    assert got.province == ARTICLES[n]["truth"]["province"]


def test_sidecar_and_path_outrank_nothing_but_markup_fills_gaps(tmp_path):
    data, _ = render_epaper(ARTICLES[0], EDITION, 1)
    path = tmp_path / "公益时报" / "2024-07-10" / "a.html"
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    path.with_name("a.html.json").write_text('{"publication": "别的报", "page": 9}', encoding="utf-8")
    page, _ = parse_file(path, tmp_path)
    # the sidecar wins; the markup's date comes before the path's (it is the page's own statement)
    assert (page.publication, page.page, str(page.issue_date)) == ("别的报", "9", "2024-07-09")


@pytest.mark.parametrize("markup, reason", [
    (b"<html><head><title>x</title></head></html>", "empty body"),
    (b"<html><body><div>   </div></body></html>", "empty body"),
    (b"<html><body><nav><p>\xe9\xa6\x96\xe9\xa1\xb5</p></nav><ul><li>x</li></ul></body></html>", "without article text"),
    (b"   ", "empty file"),
])
def test_html_without_an_article_is_skipped_with_its_reason(tmp_path, markup, reason):
    (tmp_path / "bad.html").write_bytes(markup)
    report = Report()
    assert list(parse_paths([tmp_path], report)) == []
    assert len(report.skipped) == 1 and reason in report.skipped[0].reason


_CHARS = "AB 12的一是在了有和人这中大为上个国我以要他时来用们生到作地于出就分对成可主发动同工也能下过子说产种面而方后多定行学法所民得经之进着等部度家"
_PARAGRAPH = st.lists(
    st.lists(st.text(alphabet=_CHARS, min_size=2, max_size=20), min_size=1, max_size=3).map("，".join),
    min_size=1, max_size=4).map(lambda clauses: "。".join(clauses) + "。").filter(
    # Paragraphs of digits alone (11。) are not prose: a one-line one between blanks reads as
    # double-spaced text, a bare number as a page number (docs/decisions.md). Nor is one Han
    # character (一 。): it cannot be broken into two lines, and a page of such one-line
    # paragraphs between blanks is double-spaced text to the cleaner (found by hypothesis:
    # ['1一。', '一 。', '1一。'] came back as one paragraph, on every version of the reflow).
    lambda p: sum("\u4e00" <= c <= "\u9fff" for c in p) >= 2)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=6))
@example(["1一。"])                      # once split as 1 / 一。, and a lone 1 is a page number
def test_paragraphs_a_format_states_come_back_whole(paragraphs):
    """Reflowed paragraphs (HTML <p>, Word) survive the cleaner, which knows them only by line ends."""
    assert split_paragraphs(page_lines(text_layer(paragraphs))) == [tidy(p) for p in paragraphs]


def test_a_heading_far_from_the_title_is_no_subtitle(tmp_path):
    article = ARTICLES[1]
    body = "".join(f"<p>{p}</p>" for p in article["paragraphs"]) + f"<p>{article['attribution']}</p>"
    page = (f"<html><head><meta charset='utf-8'></head><body><h1>{article['title']}</h1>"
            f"<div class='meta'>2024-07-09 第3版</div><div class='stamp'>本报电子版</div>"
            f"<div id='content'>{body}</div><div class='box'><h2>往期回顾</h2></div></body></html>")
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    _, found = parse_file(path, tmp_path)
    assert [(a.title, a.page, str(a.issue_date)) for a in found] == [(article["title"], "3", "2024-07-09")]
