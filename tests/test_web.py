"""The site with Flask's test client: every route, the search flows, and oracles between pages."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest
from werkzeug.datastructures import MultiDict

from dangjian.search.request import SearchRequest
from dangjian.web import create_app
from dangjian.web.help import EXAMPLES
from dangjian.web.source import _compact

from .webutil import HEADERS, app, client, context, total  # noqa: F401  (fixtures)

ROUTES = ["/", "/search?q=两个确立", "/search.json?q=两个确立", "/browse", "/browse.json", "/help", "/status",
          "/api/search?q=两个确立", "/api/suggest?q=江", "/api/status", "/export.csv?q=两个确立",
          "/opensearch.xml", "/static/site.css", "/static/site.js", "/static/favicon.svg"]


# The site's tests below taking store_client / store_app / store_engine run against every store (conftest's
# STORES): all routes, search page, facets, chart, paging, article and source pages, browse, suggest, status,
# API and export. The rest (markup details, colours, PDF originals) stay on the embedded store.
@pytest.fixture(scope="module")
def store_app(store_built):
    config, _ = store_built
    return create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": {}, "TESTING": True})


@pytest.fixture
def store_client(store_app):
    return store_app.test_client()


def first_hit(client, q="两个确立") -> dict:
    return context(client, f"/search?q={q}")["hits"][0]


@pytest.mark.parametrize("url", ROUTES)
def test_every_route_answers_with_safety_headers(store_client, url):
    response = store_client.get(url)
    assert response.status_code == 200
    for name in HEADERS:
        assert name in response.headers
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]


def test_article_routes_answer(store_client):
    hit = first_hit(store_client)
    for url in (f"/articles/{hit['id']}", f"/articles/{hit['id']}/source", f"/api/articles/{hit['id']}"):
        assert store_client.get(url).status_code == 200


def test_api_search_is_the_cli_object(store_client, store_engine):
    data = store_client.get("/api/search?q=两个确立&province=江苏&sort=date").get_json()
    expected = store_engine.search(SearchRequest.from_params({"q": "两个确立", "province": "江苏", "sort": "date"})).to_dict()
    data.pop("elapsed_ms"), expected.pop("elapsed_ms")
    assert data == expected


def test_empty_query_lists_everything_newest_first(store_client, store_engine):
    ctx = context(store_client, "/search")
    assert ctx["total"] == store_engine.stats()["articles"]
    assert ctx["sort"] == "date"
    dates = [h["date"] for h in ctx["hits"] if h["date"]]
    assert dates == sorted(dates, reverse=True)


def test_ticking_a_facet_value_gives_its_count(store_client):
    """Disjunctive counts: following any value's toggle_url gives exactly the count it showed."""
    ctx = context(store_client, "/search?q=两个确立")
    for name in ("province", "year", "publication"):
        for value in ctx["facets"][name]["values"]:
            ticked = context(store_client, value["toggle_url"])
            assert ticked["total"] == value["count"], (name, value)
            assert value["value"] in ticked["selected"][name]


def test_toggling_a_selected_value_and_its_chip_undo_the_filter(store_client):
    before = total(store_client, "/search?q=两个确立")
    ctx = context(store_client, "/search?q=两个确立&province=江苏&province=浙江")
    assert ctx["total"] == sum(v["count"] for v in ctx["facets"]["province"]["values"] if v["selected"])
    jiangsu = next(v for v in ctx["facets"]["province"]["values"] if v["value"] == "江苏")
    assert context(store_client, jiangsu["toggle_url"])["selected"]["province"] == ["浙江"]
    chips = {c["label"]: c for c in ctx["chips"]}
    assert set(chips) == {"江苏", "浙江"}
    once = context(store_client, chips["江苏"]["remove_url"])
    assert context(store_client, once["chips"][0]["remove_url"])["total"] == before


def test_long_facet_lists_fold_but_keep_selected_values_visible(client):
    ctx = context(client, "/search")
    agency = ctx["facets"]["agency"]
    assert agency["folded"] == sum(v["folded"] for v in agency["values"]) > 0
    last = agency["values"][-1]["value"]
    ticked = context(client, agency["values"][-1]["toggle_url"])
    assert not next(v for v in ticked["facets"]["agency"]["values"] if v["value"] == last)["folded"]
    html = client.get("/search").get_data(as_text=True)
    assert "更多（" in html and "<details>" in html


def test_date_range_filters_and_shows_a_chip(store_client):
    ctx = context(store_client, "/search?from=2023-01&to=2023-06")
    assert ctx["total"] > 0
    assert all("2023-01" <= h["date"] <= "2023-06-99" for h in ctx["hits"])
    chip = next(c for c in ctx["chips"] if c["facet"] == "日期")
    assert total(store_client, chip["remove_url"]) > ctx["total"]


def test_sorts_order_hits(client):
    for sort, reverse in (("date", True), ("date_asc", False)):
        ctx = context(client, f"/search?q=民政&sort={sort}&limit=50")
        dates = [h["date"] for h in ctx["hits"] if h["date"]]
        assert dates == sorted(dates, reverse=reverse)
        assert next(s for s in ctx["sorts"] if s["selected"])["value"] == sort


def test_pages_partition_the_results(store_client):
    ctx = context(store_client, "/search?q=民政")
    seen = []
    url = "/search?q=民政"
    while url:
        page = context(store_client, url)
        seen += [h["id"] for h in page["hits"]]
        url = page["pagination"]["next_url"]
    assert len(seen) == len(set(seen)) == ctx["total"]
    numbers = [i["number"] for i in ctx["pagination"]["items"] if "number" in i]
    assert numbers[0] == 1 and numbers[-1] == ctx["pages"]


def test_year_bars_sum_to_the_total_and_each_link_gives_its_count(store_client):
    ctx = context(store_client, "/search?q=民政")
    chart = ctx["chart"]
    assert chart["mode"] == "year"
    assert sum(b["count"] for b in chart["bars"]) == ctx["total"]
    for bar in chart["bars"]:
        if bar["url"]:
            assert total(store_client, bar["url"]) == bar["count"]
    assert '<svg' in store_client.get("/search?q=民政").get_data(as_text=True)


@pytest.mark.parametrize("params", [{"q": "民政"}, {}, {"year": "2023"}, {"q": "两个确立", "province": "江苏"},
                                    {"q": "民政", "from": "2022-03-01", "to": "2023-05-31"}, {"q": "无此词语"}])
def test_the_answers_histogram_equals_a_second_search(app, params):
    """The chart counts months from the hit set the page was counted on; a second search agrees."""
    engine = app.extensions["dangjian.engine"]
    request = SearchRequest.from_params(MultiDict(params))
    results = engine.search(request)
    for by in ("month", "year"):
        assert results.date_histogram(by) == engine.date_histogram(request, by)
    assert sum(results.date_histogram("year").values()) <= results.total
    with pytest.raises(ValueError):
        results.date_histogram("week")


def test_a_month_chart_within_a_date_range_counts_what_its_links_give(client, app):
    ctx = context(client, "/search?from=2023-02-10&to=2023-11-20")
    chart = ctx["chart"]
    assert chart["mode"] == "month" and len(chart["bars"]) == 12
    per_month = app.extensions["dangjian.engine"].date_histogram(
        SearchRequest(date_from="2023-02-10", date_to="2023-11-20"), "month")
    assert [b["count"] for b in chart["bars"]] == [per_month.get(f"2023-{m:02d}", 0) for m in range(1, 13)]
    for bar in chart["bars"]:
        if bar["url"]:
            assert total(client, bar["url"]) == bar["count"]


def test_within_one_year_the_bars_are_months(client):
    ctx = context(client, "/search?year=2023")
    chart = ctx["chart"]
    assert chart["mode"] == "month" and len(chart["bars"]) == 12
    dated = sum(1 for h in context(client, "/search?year=2023&limit=100")["hits"] if h["date"][:4] == "2023")
    assert sum(b["count"] for b in chart["bars"]) == dated
    for bar in chart["bars"]:
        if bar["url"]:
            assert total(client, bar["url"]) == bar["count"]


def test_zero_hits_offer_to_drop_the_filter_that_emptied_them(store_client):
    url = "/search?q=两个确立&province=江苏&year=2021"
    ctx = context(store_client, url)
    assert ctx["total"] == 0 and ctx["way_out"]
    for option in ctx["way_out"]:
        assert total(store_client, option["url"]) == option["count"] > 0
    html = store_client.get(url).get_data(as_text=True)
    assert "去掉一个条件" in html


def test_zero_hits_without_filters_say_why(client):
    html = client.get("/search?q=完全不存在的字串甲乙").get_data(as_text=True)
    assert "没有文章包含" in html


def test_article_page_highlights_terms_cites_and_links_back(store_client):
    hit = first_hit(store_client)
    url = hit["url"]
    assert "back=" in url and "q=" in url
    html = store_client.get(url).get_data(as_text=True)
    assert "<mark>两个确立</mark>" in html
    assert re.search(r'<span id="citation" class="cite">[^<]+\[N\]\. [^<]+, \d{4}-\d{2}-\d{2}\(\d+\)\.</span>', html)
    assert 'href="/search?q=' in html            # back to the results
    assert store_client.get(f"/articles/{hit['id']}").get_data(as_text=True).count("<mark>") == 0


def test_article_links_into_faceted_search(store_client):
    hit = first_hit(store_client)
    data = store_client.get(f"/api/articles/{hit['id']}").get_json()
    html = store_client.get(f"/articles/{hit['id']}").get_data(as_text=True)
    for slogan in data["slogans"]:
        ctx = context(store_client, f"/search?slogan={slogan}")
        assert hit["id"] in [h["id"] for h in context(store_client, f"/search?slogan={slogan}&limit=100")["hits"]]
        assert ctx["total"] > 0
    assert "相关文章" in html
    for item in data["related"]:
        assert item["id"] != hit["id"]
        assert store_client.get(item["url"]).status_code == 200


def test_citation_line():
    from dangjian.web.pages import citation
    assert citation({"publication": "公益时报", "issue_date": "2023-10-31", "page": "04"}) == "《公益时报》2023年10月31日 第4版"
    assert citation({"publication": "中国社会报", "issue_date": None, "page": None}) == "《中国社会报》出版日期不详"


def test_source_page_marks_exactly_lines_of_the_article(store_client, store_app):
    hit = first_hit(store_client)
    data = store_client.get(f"/api/articles/{hit['id']}").get_json()
    from dangjian.web.pages import source_context
    with store_app.test_request_context():
        ctx = source_context(store_app.extensions["dangjian.engine"], hit["id"], {})
    whole = _compact(data["title"] + "".join(data["paragraphs"]) + (data.get("attribution") or ""))
    marked = [line for line in ctx["lines"] if line["marked"]]
    assert marked and all(_compact(line["text"]) in whole for line in marked)
    # conservation: the marked lines, joined, hold the whole article body (every line it came from)
    joined = "".join(_compact(line["text"]) for line in marked)
    assert _compact("".join(data["paragraphs"])) in joined
    html = store_client.get(f"/articles/{hit['id']}/source").get_data(as_text=True)
    assert html.count('class="marked"') == len(marked)


def test_source_page_says_when_the_file_changed_since_indexing(built, tmp_path):
    import shutil as sh

    from dangjian.web import create_app
    config, _ = built
    archive = tmp_path / "archive"
    sh.copytree(config.archive, archive)
    app = create_app({"INDEX": config.index, "ARCHIVE": archive, "SOURCE_ARCHIVE": archive, "AUTH_USERS": {}})
    client = app.test_client()
    hits = client.get("/api/search?q=两个确立&limit=100").get_json()["hits"]
    hit = next(h for h in hits if h["path"].endswith(".txt"))       # a text page, to append a line to
    url = f"/articles/{hit['id']}/source"
    assert "改动过" not in client.get(url).get_data(as_text=True)
    page = archive / hit["path"]
    page.write_text(page.read_text(encoding="utf-8") + "\n补充一行\n", encoding="utf-8")
    assert "改动过" in client.get(url).get_data(as_text=True)


def test_source_page_refuses_paths_outside_the_archive(tmp_path):
    from dangjian.web.source import SourceUnavailable, read_source
    (tmp_path / "secret.txt").write_text("秘密", encoding="utf-8")
    (tmp_path / "archive").mkdir()
    with pytest.raises(SourceUnavailable):
        read_source(tmp_path / "archive", "../secret.txt")
    with pytest.raises(SourceUnavailable):
        read_source(tmp_path / "archive", "missing.txt")


def test_browse_conserves_articles_at_every_level(store_client, store_engine):
    articles = store_engine.stats()["articles"]
    ctx = store_client.get("/browse").get_data(as_text=True)
    assert "按期浏览" in ctx
    from dangjian.search.browse import browse
    seen = set()
    top = browse(store_engine)
    assert sum(i["count"] for i in top["items"]) == articles
    for pub in top["items"]:
        years = browse(store_engine, pub["key"])["items"]
        assert sum(i["count"] for i in years) == pub["count"]
        for year in years:
            issues = browse(store_engine, pub["key"], year["key"])["items"]
            assert sum(i["count"] for i in issues) == year["count"]
            for issue in issues:
                pages = browse(store_engine, pub["key"], year["key"], issue["key"])["items"]
                assert sum(p["count"] for p in pages) == issue["count"]
                seen |= {a["id"] for p in pages for a in p["articles"]}
    assert len(seen) == articles


def test_browse_json_is_the_page_context(client):
    data = client.get("/browse.json").get_json()
    assert data["level"] == "publications" and data["items"]
    deeper = client.get(data["items"][0]["url"].replace("/browse?", "/browse.json?")).get_json()
    assert deeper["level"] == "years" and sum(i["count"] for i in deeper["items"]) == data["items"][0]["count"]


def test_browse_pages_link_down_to_articles(client):
    html = client.get("/browse").get_data(as_text=True)
    for _ in range(3):
        link = re.search(r'<ul class="browse [a-z]+">\s*<li><a href="([^"]+)"', html).group(1)
        html = client.get(link.replace("&amp;", "&")).get_data(as_text=True)
    article = re.search(r'href="(/articles/[0-9a-f]{16})"', html).group(1)
    assert client.get(article).status_code == 200


@pytest.mark.parametrize("query,meaning", EXAMPLES)
def test_help_examples_find_articles_in_the_bundled_archive(store_engine, query, meaning):
    results = store_engine.search(SearchRequest.from_params({"q": query}))
    assert results.total > 0, query
    assert not [n for n in results.notices if n.code == "unknown_filter_value"]


def test_help_page_links_every_example(client):
    html = client.get("/help").get_data(as_text=True)
    for query, _ in EXAMPLES:
        assert query.replace('"', "&#34;") in html


def test_status_reports_the_live_generation(store_client, store_engine):
    stats = store_engine.stats()
    data = store_client.get("/api/status").get_json()
    assert data["articles"] == stats["articles"] and data["generation"] == stats["generation"]
    assert sum(p["count"] for p in data["publications"]) == stats["articles"]
    html = store_client.get("/status").get_data(as_text=True)
    assert stats["generation"] in html and "公益时报" in html


def test_suggestions_contain_the_fragment_and_lead_somewhere(store_client):
    items = store_client.get("/api/suggest?q=民政").get_json()["suggestions"]
    assert items
    for item in items:
        assert "民政" in item["label"].lower()
        if item["kind"] == "facet":
            assert total(store_client, item["url"]) == item["count"]
        else:
            assert store_client.get(item["url"]).status_code == 200
    assert store_client.get("/api/suggest?q=").get_json()["suggestions"] == []
    assert store_client.get("/api/suggest?q=江&format=opensearch").get_json()[0] == "江"


def test_export_streams_every_hit_in_order_as_utf8_with_bom(store_client):
    response = store_client.get("/export.csv?q=民政&sort=date")
    assert response.is_streamed
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    header, rows = rows[0], rows[1:]
    assert header[:2] == ["id", "标题"]
    ctx = context(store_client, "/search?q=民政&sort=date&limit=100")
    assert [r[0] for r in rows] == [h["id"] for h in ctx["hits"]]
    assert len(rows) == ctx["total"]
    assert "attachment" in response.headers["Content-Disposition"]


def test_export_stops_at_its_bound(store_engine):
    from dangjian.search.export import iter_hits
    request = SearchRequest.from_params({"q": ""})
    assert len(list(iter_hits(store_engine, request, max_rows=7))) == 7
    ids = [h.id for h in iter_hits(store_engine, request)]
    assert len(ids) == len(set(ids)) == store_engine.stats()["articles"]


def test_export_cells_never_start_a_formula():
    from dangjian.web.api import _cell
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell(["两个确立", "两个维护"]) == "两个确立、两个维护"


def test_opensearch_description(client):
    response = client.get("/opensearch.xml")
    assert response.content_type.startswith("application/opensearchdescription+xml")
    root = ET.fromstring(response.data)
    templates = [e.get("template") for e in root if e.tag.endswith("Url")]
    assert any(t.endswith("/search?q={searchTerms}") for t in templates)
    assert 'rel="search"' in client.get("/").get_data(as_text=True)


def test_status_warns_about_a_stale_analyzer(built, tmp_path):
    import json
    import shutil as sh

    from dangjian.index import generations as gens
    from dangjian.index.checksums import record_checksums
    from dangjian.web import create_app
    config, _ = built
    index = tmp_path / "index"
    sh.copytree(config.index, index)
    meta_path = gens.current_dir(index) / gens.META
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["analysis_version"] = "an-older-analyzer"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    record_checksums(meta_path.parent)        # an older build, not a damaged one
    client = create_app({"INDEX": index, "ARCHIVE": config.archive, "AUTH_USERS": {}}).test_client()
    assert "dangjian reindex" in client.get("/status").get_data(as_text=True)
    assert client.get("/api/status").get_json()["stale"] is True
    assert "notice-stale_index" in client.get("/search?q=民政").get_data(as_text=True)


def test_notices_are_shown_in_chinese_and_kept_whole_in_json(client):
    ctx = context(client, "/search?sort=sideways")
    notice = next(n for n in ctx["notices"] if n["code"] == "unknown_sort")
    assert notice["text"] and "(" not in notice["text"] and notice["message"].startswith(notice["text"])
    html = client.get("/search?sort=sideways").get_data(as_text=True)
    assert f">{notice['text']}</li>" in html


def test_links_carry_only_the_cleaned_search_state(client):
    ctx = context(client, "/search?q=民政&unknown=1&province=%00江苏&page=2&bogus=x")
    assert "unknown_param" in {n["code"] for n in ctx["notices"]}
    links = [v["toggle_url"] for f in ctx["facets"].values() for v in f["values"]]
    links += [c["remove_url"] for c in ctx["chips"]] + [s["url"] for s in ctx["sorts"]]
    assert links and all("unknown" not in u and "bogus" not in u and "%00" not in u for u in links)
    assert ctx["params"] == {"q": ["民政"], "province": ["江苏"], "page": ["2"]}


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_colours_meet_wcag_aa_contrast():
    from .conftest import ROOT
    css = (ROOT / "web" / "static" / "site.css").read_text(encoding="utf-8")
    colour = dict(re.findall(r"--([a-z]+):\s*(#[0-9a-fA-F]{6})", css))
    pairs = [("ink", "paper"), ("muted", "paper"), ("link", "paper"), ("accent", "paper"), ("ink", "soft"),
             ("muted", "soft"), ("ink", "mark"), ("link", "soft")]
    for fg, bg in pairs:
        assert _contrast(colour[fg], colour[bg]) >= 4.5, (fg, bg)
    assert _contrast("#ffffff", colour["accent"]) >= 4.5          # header and buttons: white on accent


def test_source_page_of_a_pdf_article_shows_its_pdf_page(client):
    """A PDF's article shows the text layer of its own PDF page, its lines marked."""
    hits = client.get("/api/search?limit=100").get_json()["hits"]
    pdf = [h for h in hits if h["path"].endswith(".pdf")]
    assert pdf, "the bundled archive holds a PDF issue"
    for hit in pdf:
        article = client.get(f"/api/articles/{hit['id']}").get_json()
        response = client.get(f"/articles/{hit['id']}/source")
        html = response.get_data(as_text=True)
        assert response.status_code == 200 and "无法读取" not in html
        assert article["pdf_page"] >= 1
        marked = re.findall(r'<li class="marked"[^>]*><span class="visually-hidden">本文：</span>([^<]+)</li>', html)
        body = re.sub(r"\s", "", "".join(article["paragraphs"]))
        assert marked and any(re.sub(r"\s", "", line) in body for line in marked)


def test_pdf_article_links_to_its_original_file_at_its_page(client):
    hits = client.get("/api/search?limit=100").get_json()["hits"]
    hit = next(h for h in hits if h["path"].endswith(".pdf"))
    article = client.get(f"/api/articles/{hit['id']}").get_json()
    html = client.get(f"/articles/{hit['id']}").get_data(as_text=True)
    link = f"/articles/{hit['id']}/file#page={article['pdf_page']}"
    assert f'href="{link}"' in html
    response = client.get(f"/articles/{hit['id']}/file")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.get_data().startswith(b"%PDF")


def test_original_file_is_only_for_pdf_html_and_word_articles(client):
    hits = client.get("/api/search?limit=100").get_json()["hits"]
    text_hit = next(h for h in hits if h["path"].endswith(".txt"))
    assert client.get(f"/articles/{text_hit['id']}/file").status_code == 404
    assert client.get("/articles/0000000000000000/file").status_code == 404
    html_hit = next(h for h in hits if h["path"].endswith((".html", ".htm")))
    response = client.get(f"/articles/{html_hit['id']}/file")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
