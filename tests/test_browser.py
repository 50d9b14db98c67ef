"""Browser tests: Playwright drives Debian's chromium through the main flows of the site.

The server is ``dangjian serve`` (waitress) in a subprocess on a free port of
127.0.0.1, over the session's index of the bundled archive. Screenshots of
the search and article pages go to var/screenshots/ (DANGJIAN_SCREENSHOTS=docs/screenshots
refreshes the ones README shows).
Skipped, with the reason, when chromium or Playwright is absent.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
# Screenshots go to var/screenshots (git-ignored) so a test run never changes the repository;
# DANGJIAN_SCREENSHOTS=docs/screenshots refreshes the pictures README shows.
SHOTS = Path(os.environ.get("DANGJIAN_SCREENSHOTS") or ROOT / "var" / "screenshots")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")


@pytest.fixture(scope="module")
def server(built):
    """Run `dangjian serve` on a free port; yield its address."""
    config, _ = built
    env = {k: v for k, v in os.environ.items() if k != "DANGJIAN_CONFIG"}   # no auth from a stray config
    proc = subprocess.Popen([sys.executable, "-m", "dangjian", "serve", "--port", "0", "--index", str(config.index),
                             "--archive", str(config.archive)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=config.index.parent)
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, (line, proc.stderr.read() if proc.poll() is not None else "")
        yield match.group().rstrip("/")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    yield page
    context.close()


def total_of(page) -> int:
    return int(page.locator("#total").inner_text())


def search_for(page, server, text: str) -> None:
    page.goto(server + "/")
    page.fill("#q", text)
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"/search\?"))


def test_search_tick_open_back_flow(page, server, engine):
    from dangjian.search.request import SearchRequest
    search_for(page, server, "两个确立")
    expected = engine.search(SearchRequest.from_params({"q": "两个确立"})).total
    assert total_of(page) == expected > 0
    assert page.locator("ol.hits mark").first.inner_text() == "两个确立"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)

    jiangsu = page.locator('#facet-province ~ ul a[data-value="江苏"]')
    count = int(jiangsu.locator(".count").inner_text())
    jiangsu.click()
    page.wait_for_url(re.compile(r"province=%E6%B1%9F%E8%8B%8F"))
    assert total_of(page) == count
    assert page.locator(".chip").first.inner_text().startswith("省份：江苏")
    filtered_url, first_title = page.url, page.locator("ol.hits h2 a").first.inner_text()

    page.locator("ol.hits h2 a").first.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}"))
    marks = page.locator(".text mark")
    assert marks.count() > 0 and all(m == "两个确立" for m in marks.all_inner_texts())
    assert re.fullmatch(r"(.+\. )?.+\[N\]\. .+, \d{4}-\d{2}-\d{2}(\(\d+\))?\.", page.inner_text("#citation"))
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)

    page.go_back()
    page.wait_for_url(filtered_url)
    assert total_of(page) == count
    assert page.locator("ol.hits h2 a").first.inner_text() == first_title


def test_back_link_returns_to_the_same_results(page, server):
    search_for(page, server, "民政")
    results_url = page.url
    page.locator("ol.hits h2 a").first.click()
    page.click("text=返回检索结果")
    assert page.url == results_url


def test_paginate(page, server):
    search_for(page, server, "民政")
    first_page = page.locator("ol.hits h2 a").all_inner_texts()
    page.click("nav.pagination >> text=下一页")
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator("ol.hits").get_attribute("start") == "11"
    assert not set(page.locator("ol.hits h2 a").all_inner_texts()) & set(first_page)


def test_a_year_bar_filters_to_its_year(page, server):
    search_for(page, server, "民政")
    bar = page.locator("figure.chart a.bar").first
    label = bar.get_attribute("aria-label")          # 2021年：16 篇
    year, count = re.match(r"(\d{4})年：(\d+) 篇", label).groups()
    bar.click()
    page.wait_for_url(re.compile(rf"year={year}"))
    assert total_of(page) == int(count)
    assert page.locator("figure.chart a.bar").count() >= 1      # now the months of that year
    assert "月" in page.locator("figure.chart figcaption").inner_text()


def test_browse_by_issue_to_an_article_and_its_source_page(page, server):
    page.goto(server + "/browse")
    for _ in range(3):                           # publication → year → issue
        page.locator("ul.browse a").first.click()
        page.wait_for_load_state()
    link = page.locator(".issue-page a").first
    title = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/articles/"))
    assert title in page.locator("h1").inner_text()
    page.click("text=查看原始版面文字")
    page.wait_for_url(re.compile(r"/source"))
    marked = page.locator("ol.source li.marked")
    assert marked.count() > 0
    assert page.locator("ol.source li").count() > marked.count()


def test_suggestions_appear_while_typing(page, server):
    page.goto(server + "/")
    page.keyboard.press("/")                      # "/" focuses the box
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("江苏")
    options = page.locator("#suggestions li")
    options.first.wait_for(state="visible")
    assert any("江苏" in t for t in options.all_inner_texts())
    assert page.get_attribute("#q", "aria-expanded") == "true"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?province=|/articles/"))


def test_the_site_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    search_for(page, server, "两个确立")
    before = total_of(page)
    page.locator("#facet-year ~ ul a").first.click()
    assert total_of(page) <= before
    page.select_option("select[name=sort]", "date_asc")
    page.click("text=应用")
    assert "sort=date_asc" in page.url and "year=" in page.url
    context.close()


def test_narrow_screen_has_no_sideways_scrolling(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    search_for(page, server, "两个确立")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.locator("ol.hits h2 a").first.click()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(SHOTS / "article-narrow.png"), full_page=True)
    context.close()


def test_no_request_leaves_the_site(page, server):
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    search_for(page, server, "两个确立")
    page.locator("ol.hits h2 a").first.click()
    page.goto(server + "/help")
    assert outside == []


def test_keyboard_order_skip_link_first_results_before_facets(page, server):
    search_for(page, server, "两个确立")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到正文"
    page.focus("#q")
    reached = None
    for _ in range(80):
        page.keyboard.press("Tab")
        reached = page.evaluate("""() => { const e = document.activeElement;
            return e.closest('ol.hits') ? 'hits' : e.closest('aside.facets') ? 'facets' : null; }""")
        if reached:
            break
    assert reached == "hits"
    page.keyboard.press("Enter")                  # a focused result opens with the keyboard
    page.wait_for_url(re.compile(r"/articles/"))
