"""The site's staff aids (issue 17): the advanced form, ways out of an empty result, tolerant dates,
the zero-hit and past-the-end pages, browse's previous/next issue, the source page's marks."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from werkzeug.security import generate_password_hash

from dangjian.search.browse import browse
from dangjian.search.request import SearchRequest
from dangjian.web import create_app

from .webutil import app, client, context, total  # noqa: F401  (fixtures)


def html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def engine_total(engine, **params) -> int:
    return engine.search(SearchRequest.from_params(params)).total


# ------------------------------------------------------------------ the advanced form

def advanced_query(client, qs: str) -> str:
    response = client.get("/advanced?" + qs + "&go=1")
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    target = urlsplit(response.headers["Location"])
    assert target.path == "/search"
    return parse_qs(target.query)


@pytest.mark.parametrize("form,same_as", [
    ("all=两个确立+民政厅", {"q": "两个确立 民政厅"}),
    ("phrase=模范机关建设", {"q": '"模范机关建设"'}),
    ("any=延吉+银川", {"q": "延吉 OR 银川"}),
    ("all=民政&none=培训", {"q": "民政 -培训"}),
    ("title=培训", {"q": "标题:培训"}),
    ("all=民政&province=江苏&province=浙江", {"q": "民政", "province": ["江苏", "浙江"]}),
    ("slogan=三会一课&agency=民政厅", {"slogan": ["三会一课"], "agency": ["民政厅"]}),
    ("all=民政&from=2021年&to=2023年10月", {"q": "民政", "from": "2021", "to": "2023-10"}),
    ("all=民政&from_day=2021-10-01&to=2023.12", {"q": "民政", "from": "2021-10-01", "to": "2023-12"}),
])
def test_the_form_searches_what_the_same_filters_find(client, engine, form, same_as):
    state = advanced_query(client, form)
    assert set(state) == {"q"}                      # everything is in the query, as the box writes it
    assert total(client, "/search?q=" + state["q"][0]) == engine_total(engine, **same_as) > 0


def test_the_form_keeps_the_sort(client):
    assert advanced_query(client, "all=民政&sort=date_asc")["sort"] == ["date_asc"]


def test_the_form_shows_the_query_it_makes_without_searching(client):
    page = html(client, "/advanced?all=两个确立&province=江苏&preview=1")
    assert '<code id="equivalent">两个确立 省份:江苏</code>' in page
    assert 'value="两个确立"' in page and re.search(r'<option value="江苏" selected>', page)


def test_a_bad_date_keeps_the_form_and_says_why(client):
    response = client.get("/advanced?all=民政&from=2023年13月&go=1")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and 'value="2023年13月"' in page and "不存在" in page


def test_an_empty_form_says_so(client):
    response = client.get("/advanced?go=1")
    assert response.status_code == 200 and "还没有填写任何条件" in response.get_data(as_text=True)


def test_the_form_lists_the_engines_facet_values(client, engine):
    page = html(client, "/advanced")
    for name, param in (("province", "province"), ("agency", "agency"), ("slogans", "slogan")):
        values = engine.stats()["facets"][name]
        block = page.split(f'name="{param}" multiple')[1].split("</select>")[0]
        assert re.findall(r'<option value="([^"]+)"', block) == sorted(values, key=lambda v: (-values[v], v))[:300]


def test_the_form_escapes_what_it_shows(client):
    page = html(client, "/advanced?phrase=%3Cb%3Ex&province=%3Cscript%3E&preview=1")
    assert "<b>x" not in page and "&lt;b&gt;x" in page and "<script>" not in page.split("site.js")[1]


# ------------------------------------------------------------------ tolerant dates on the page

@pytest.mark.parametrize("typed,iso", [("2021年", "2021"), ("2021.10", "2021-10"), ("2023/10/5", "2023-10-05")])
def test_the_page_reads_chinese_dates_and_shows_them_read(client, typed, iso):
    ctx = context(client, f"/search?q=民政&from={typed}")
    assert ctx["date_from"] == iso and not ctx["notices"]
    assert f'value="{iso}"' in html(client, f"/search?q=民政&from={typed}")


def test_a_date_that_cannot_be_read_stays_in_its_box_with_a_notice(client):
    page = html(client, "/search?q=民政&from=2023年13月")
    assert 'value="2023年13月"' in page and "不存在" in page


# ------------------------------------------------------------------ ways out of an empty result

def test_did_you_mean_offers_the_homophone_with_its_total(client):
    ctx = context(client, "/search?q=两个确力")
    assert ctx["total"] == 0
    first = ctx["did_you_mean"][0]
    assert first["query"] == "两个确立" and first["total"] == total(client, "/search?q=两个确立") > 0
    assert f'href="{first["url"]}"' in html(client, "/search?q=两个确力").replace("&amp;", "&")


def test_no_suggestions_when_there_are_hits(client):
    ctx = context(client, "/search?q=两个确立")
    assert ctx["did_you_mean"] == [] and ctx["partial_matches"] == []


def test_partial_matches_are_marked_as_partial(client):
    ctx = context(client, "/search?q=两个确立+民政厅+火星人")
    best = ctx["partial_matches"][0]
    assert best["dropped"] == ["火星人"] and best["total"] == total(client, "/search?q=两个确立+民政厅") > 0
    page = html(client, "/search?q=两个确立+民政厅+火星人")
    assert "部分匹配" in page and "去掉了 火星人" in page


def test_a_typed_filter_gets_the_way_out_a_ticked_one_gets(client):
    typed = context(client, "/search?q=两个确立+省份:西藏")
    ticked = context(client, "/search?q=两个确立&province=西藏")
    assert typed["total"] == ticked["total"] == 0
    assert [w["count"] for w in typed["way_out"]] == [w["count"] for w in ticked["way_out"] if "西藏" in w["label"]]
    assert typed["way_out"][0]["count"] == total(client, "/search?q=两个确立") > 0
    assert total(client, typed["way_out"][0]["url"]) == typed["way_out"][0]["count"]


def test_a_typed_filter_alone_gets_a_way_out(client):
    ctx = context(client, "/search?q=省份:西藏")
    assert ctx["total"] == 0 and ctx["way_out"] and total(client, ctx["way_out"][0]["url"]) == ctx["way_out"][0]["count"]


# ------------------------------------------------------------------ zero hits, past the end

def test_a_zero_hit_page_offers_no_export_sorting_or_page_count(client):
    page = html(client, "/search?q=火星人")
    assert "导出 CSV" not in page and 'name="sort"' not in page and "1/1 页" not in page
    assert 'name="from"' in page                     # the dates stay editable


def test_a_page_past_the_end_says_so_and_links_the_last_page(client):
    last = context(client, "/search?q=民政")["pages"]
    page = html(client, f"/search?q=民政&page={last + 1}")
    assert f"第 {last}/{last} 页" not in page and "超出范围" in page
    link = re.search(r'<a href="([^"]+)">到最后一页', page).group(1).replace("&amp;", "&")
    assert f"page={last}" in link and context(client, link)["hits"]


# ------------------------------------------------------------------ browse, source, labels

def test_previous_and_next_issue_walk_every_dated_issue_in_order(client, engine):
    publication = browse(engine)["items"][0]["key"]
    issues = [i["key"] for y in sorted(i["key"] for i in browse(engine, publication)["items"] if i["key"] != "undated")
              for i in browse(engine, publication, y)["items"]]
    url, seen = f"/browse.json?publication={publication}&year={issues[0][:4]}&issue={issues[0]}", []
    while url:
        data = client.get(url).get_json()
        seen.append(data["issue"])
        nxt = data["neighbours"]["next"]
        url = nxt["url"].replace("/browse?", "/browse.json?") if nxt else None
    assert seen == issues
    assert data["neighbours"]["previous"]["label"] and len(issues) > 1


def test_the_source_page_is_linked_at_the_article_and_marks_the_query(client):
    hit = context(client, "/search?q=两个确立")["hits"][0]
    article = html(client, hit["url"].replace("&amp;", "&"))
    source = re.search(r'<a href="([^"]+)">查看原始版面文字', article).group(1).replace("&amp;", "&")
    assert source.endswith("#article-start")
    page = html(client, source.split("#")[0])
    assert 'id="article-start"' in page
    marked = "".join(re.findall(r"<mark>(.*?)</mark>", page))
    assert marked and set(marked.replace("两个确立", "")) <= set("两个确立")     # a term broken by a line end too


def test_agency_and_source_are_told_apart_and_help_explains_source(client):
    page = html(client, "/search?q=民政")
    assert "开展工作的单位" in page and "稿件出处" in page
    assert "来源" in html(client, "/help").split("来源</dt>")[1][:200]


def test_the_examples_under_the_box_are_links_that_find_articles(client):
    page = html(client, "/")
    links = re.findall(r'<a class="example" href="([^"]+)">', page)
    assert len(links) == 4 and all(total(client, u.replace("&amp;", "&")) > 0 for u in links)


def test_basic_auth_covers_the_advanced_form(built):
    config, _ = built
    app = create_app({"INDEX": config.index, "ARCHIVE": config.archive,
                      "AUTH_USERS": {"staff": generate_password_hash("密码")}})
    guarded = app.test_client()
    assert guarded.get("/advanced?all=x&go=1").status_code == 401
    assert guarded.get("/advanced?all=x&go=1", auth=("staff", "密码")).status_code == 303
