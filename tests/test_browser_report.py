"""Browser tests of issue 17's pages in chromium at 1280 px and 390 px: save a search and find it
under 我的检索, tick results and download them as Word, copy a citation, compare terms over time.

Same server and browser as tests/test_browser.py (``dangjian serve`` over the session's index);
screenshots go to var/screenshots/ (``report-*.png``).
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import time
from urllib.parse import parse_qsl, urlsplit

import pytest
from docx import Document
from lxml import etree

from dangjian.index.config import Config
from dangjian.index.writer import build_index
from dangjian.search.request import SearchRequest

from .conftest import BUNDLED
from .test_browser import CHROMIUM, SHOTS, search_for, server, browser, sync_api, total_of  # noqa: F401

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
WIDTHS = {"wide": 1280, "narrow": 390}


@pytest.fixture(params=list(WIDTHS))
def sized(request, browser):
    """A page at 1280 px and at 390 px; yields (page, label)."""
    context = browser.new_context(viewport={"width": WIDTHS[request.param], "height": 900}, locale="zh-CN",
                                  accept_downloads=True)
    yield context.new_page(), request.param
    context.close()


def no_sideways_scrolling(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"report-{name}.png"), full_page=True)


def test_save_a_search_and_find_it_under_my_searches(sized, server):
    page, width = sized
    name = f"两个确立·{width}·{time.monotonic_ns()}"
    search_for(page, server, "两个确立")
    count = total_of(page)
    page.click("text=保存检索")
    page.wait_for_url(re.compile(r"/saved/new\?"))
    assert page.input_value("#saved-name") == "两个确立"
    page.fill("#saved-name", name)
    page.click("form.save-form button[type=submit]")
    page.wait_for_url(re.compile(r"/saved$"))
    item = page.locator(".saved-item", has_text=name)
    assert item.count() == 1 and "无新文章" in item.inner_text()
    assert no_sideways_scrolling(page)
    shoot(page, f"saved-{width}")
    feed_url = item.locator("text=Atom 订阅").get_attribute("href")
    feed = etree.fromstring(page.request.get(server + feed_url).body())
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == min(30, count)
    item.locator("h2 a").click()                      # opening it is the visit: back to the search
    page.wait_for_url(re.compile(r"/search\?"))
    assert total_of(page) == count
    page.goto(server + "/saved")
    page.locator(".saved-item", has_text=name).locator("button", has_text="删除").click()
    page.wait_for_url(re.compile(r"/saved$"))
    assert page.locator(".saved-item", has_text=name).count() == 0


def test_tick_results_and_download_them_as_word(sized, server, engine):
    page, width = sized
    search_for(page, server, "民政")
    boxes = page.locator("ol.hits input.pick")
    titles = page.locator("ol.hits h2 a").all_inner_texts()
    boxes.nth(1).check()
    boxes.nth(3).check()
    page.select_option("select[name=text]", "full")
    assert no_sideways_scrolling(page)
    shoot(page, f"search-ticked-{width}")
    with page.expect_download() as info:
        page.click("form.docx-form button[type=submit]")
    download = info.value
    assert re.fullmatch(r"党建报道-民政-\d{8}\.docx", download.suggested_filename)
    document = Document(io.BytesIO(open(download.path(), "rb").read()))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [titles[1], titles[3]]
    assert any(p.text == "正文：全文" for p in document.paragraphs)


def test_copy_the_citation(sized, server):
    page, width = sized
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    search_for(page, server, "两个确立")
    page.locator("ol.hits h2 a").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    citation = page.inner_text("#citation")
    assert "[N]. " in citation
    button = page.locator("button[data-copy=citation]")
    assert button.is_visible()
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == citation
    assert button.inner_text() == "已复制"
    assert no_sideways_scrolling(page)
    shoot(page, f"article-citation-{width}")


def test_compare_terms_over_time_and_follow_a_point(sized, server, engine):
    page, width = sized
    page.goto(server + "/trends")
    inputs = page.locator("form.trend-form input[name=term]")
    inputs.nth(0).fill("两个确立")
    inputs.nth(1).fill("提法:两个维护")
    page.select_option("select[name=by]", "year")
    page.click("form.trend-form button[type=submit]")
    page.wait_for_url(re.compile(r"/trends\?"))
    assert page.locator(".trend-chart polyline").count() == 2
    assert page.locator("table.trend-table tbody tr").count() >= 2
    assert no_sideways_scrolling(page)
    shoot(page, f"trends-{width}")
    point = page.locator(".trend-chart a.point").last         # drawn last: on top of any it overlaps
    term, period, count = re.fullmatch(r"(.+)，(\d{4})：(\d+) 篇", point.get_attribute("aria-label")).groups()
    count = int(count)
    point.click()
    page.wait_for_url(re.compile(r"/search\?"))
    assert total_of(page) == count
    params = dict(parse_qsl(urlsplit(page.url).query))
    assert (params["q"], params["from"], params["to"]) == (term, period, period)
    assert engine.search(SearchRequest.from_params(params)).total == count


def test_without_javascript_the_citation_is_plain_selectable_text(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    search_for(page, server, "两个确立")
    page.locator("ol.hits h2 a").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    assert "[N]. " in page.inner_text("#citation")
    assert not page.locator("button[data-copy=citation]").is_visible()
    assert page.evaluate("getComputedStyle(document.getElementById('citation')).userSelect") == "all"
    context.close()


@contextlib.contextmanager
def serving(config):
    """Run `dangjian serve` over config's index on a free port; yield its address."""
    env = {k: v for k, v in os.environ.items() if k != "DANGJIAN_CONFIG"}
    proc = subprocess.Popen([sys.executable, "-m", "dangjian", "serve", "--port", "0", "--index", str(config.index),
                             "--archive", str(config.archive)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=config.index.parent)
    try:
        match = re.search(r"http://127\.0\.0\.1:\d+", proc.stdout.readline())
        assert match, proc.stderr.read() if proc.poll() is not None else "no address"
        yield match.group()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_new_articles_appear_under_my_searches_after_a_reindex(browser, tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(BUNDLED / "公益时报" / "2023-06-13", archive / "公益时报" / "2023-06-13")
    config = Config(archive=archive, index=tmp_path / "index")
    build_index(config, processes=1)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    with serving(config) as site:
        page.goto(site + "/saved/new?q=民政")
        page.fill("#saved-name", "民政动态")
        page.click("form.save-form button[type=submit]")
        page.wait_for_url(re.compile(r"/saved$"))
        assert page.locator(".saved-item .no-new").count() == 1
        before = page.request.get(site + "/api/search").json()["total"]
        shutil.copytree(BUNDLED / "中国社会报" / "2024" / "06" / "18", archive / "中国社会报" / "2024" / "06" / "18")
        build_index(config, processes=1)
        for _ in range(400):             # the server opens the new generation in the background
            if page.request.get(site + "/api/search").json()["total"] != before:
                break
            time.sleep(0.05)
        added = page.request.get(site + "/api/search?q=民政&publication=中国社会报&limit=100").json()["hits"]
        page.goto(site + "/saved")
        assert page.inner_text(".new-count") == f"{len(added)} 篇新文章" and added
        assert sorted(page.locator(".new-list a").all_inner_texts()) == sorted(h["title"] for h in added)[:5]
        shoot(page, "saved-new-wide")
        page.set_viewport_size({"width": 390, "height": 900})
        assert no_sideways_scrolling(page)
        shoot(page, "saved-new-narrow")
        page.click(".saved-item h2 a")
        page.wait_for_url(re.compile(r"/search\?q="))
        page.goto(site + "/saved")
        assert page.locator(".saved-item .no-new").count() == 1
    context.close()
