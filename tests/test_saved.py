"""Saved searches, what is new since the last visit, Atom feeds and ``dangjian digest`` (issue 17, item 1)."""
from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from lxml import etree
from werkzeug.security import generate_password_hash

from dangjian.cli import main
from dangjian.index.config import Config
from dangjian.index.writer import build_index
from dangjian.search.request import SearchRequest
from dangjian.web import create_app

from .conftest import BUNDLED

ATOM = "{http://www.w3.org/2005/Atom}"
SCHEMA = etree.RelaxNG(etree.parse(str(Path(__file__).parent / "data" / "atom.rng")))


@pytest.fixture
def site(built, tmp_path):
    """A site over the session's index with a saved-search database of its own."""
    config, _ = built
    app = create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": {}, "TESTING": True,
                      "SAVED_DB": tmp_path / "saved.sqlite3"})
    return app.test_client()


def token(client, auth=None) -> str:
    html = client.get("/saved/new?q=x", auth=auth).get_data(as_text=True)
    return re.search(r'name="csrf" value="([0-9a-f]{64})"', html).group(1)


def save(client, name: str, query: str, auth=None, csrf=None):
    return client.post("/saved", data={"name": name, "query": query, "csrf": csrf or token(client, auth)}, auth=auth)


def saved(client, auth=None) -> list[dict]:
    return client.get("/api/saved", auth=auth).get_json()["saved"]


def test_a_search_is_saved_listed_opened_and_deleted(site):
    response = save(site, "江苏两个确立", "q=两个确立&province=江苏&page=3&bogus=1")
    assert response.status_code == 303 and response.headers["Location"].endswith("/saved")
    [item] = saved(site)
    assert item["name"] == "江苏两个确立" and item["new_count"] == 0
    assert dict(parse_qsl(item["query"])) == {"q": "两个确立", "province": "江苏"}     # no page, no junk
    opened = site.get(item["open_url"])
    assert opened.status_code == 303
    assert dict(parse_qsl(urlsplit(opened.headers["Location"]).query)) == {"q": "两个确立", "province": "江苏"}
    page = site.get("/saved").get_data(as_text=True)
    assert "江苏两个确立" in page and "Atom 订阅" in page
    assert site.post(item["delete_url"], data={"csrf": token(site)}).status_code == 303
    assert saved(site) == []
    assert site.post(item["delete_url"], data={"csrf": token(site)}).status_code == 404


def test_forms_need_their_token_and_a_new_name(site):
    assert save(site, "甲", "q=民政", csrf="0" * 64).status_code == 400
    assert site.post("/saved", data={"name": "甲", "query": "q=民政"}).status_code == 400
    assert saved(site) == []
    assert save(site, "甲", "q=民政").status_code == 303
    again = save(site, "甲", "q=培训")
    assert again.status_code == 400 and "已有名为“甲”的检索" in again.get_data(as_text=True)
    blank = save(site, "   ", "q=培训")
    assert blank.status_code == 400 and "请给检索起个名字" in blank.get_data(as_text=True)
    assert [s["name"] for s in saved(site)] == ["甲"]


def test_saved_names_and_queries_come_back_escaped(site):
    assert save(site, "<script>x</script>", "q=<script>y</script>").status_code == 303
    html = site.get("/saved").get_data(as_text=True)
    assert "<script>x" not in html and "<script>y" not in html and "&lt;script&gt;x" in html


@pytest.fixture
def auth_site(built, tmp_path):
    config, _ = built
    users = {"staff": generate_password_hash("甲的密码"), "other": generate_password_hash("乙的密码")}
    app = create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": users,
                      "SAVED_DB": tmp_path / "saved.sqlite3"})
    return app.test_client()


STAFF, OTHER = ("staff", "甲的密码"), ("other", "乙的密码")


@pytest.mark.parametrize("url", ["/saved", "/saved/new?q=x", "/api/saved", "/saved/1/open", "/feeds/1.atom",
                                 "/search.atom?q=x", "/export.docx?q=x", "/trends?term=x", "/trends.csv?term=x",
                                 "/api/trends?term=x", "/static/copy.js"])
def test_basic_auth_guards_the_new_pages(auth_site, url):
    assert auth_site.get(url).status_code == 401
    assert auth_site.get(url, auth=("staff", "乙的密码")).status_code == 401
    assert auth_site.get(url, auth=STAFF).status_code in (200, 404)
    assert auth_site.post("/saved", data={"name": "x", "query": "q=x"}).status_code == 401


def test_saved_searches_are_per_user(auth_site):
    assert save(auth_site, "甲的检索", "q=民政", auth=STAFF).status_code == 303
    [mine] = saved(auth_site, STAFF)
    assert saved(auth_site, OTHER) == []
    for url in (mine["open_url"], mine["feed_url"]):
        assert auth_site.get(url, auth=OTHER).status_code == 404
        assert auth_site.get(url, auth=STAFF).status_code in (200, 303)
    # Another user's token is not this user's, and nobody deletes what is not theirs.
    assert auth_site.post(mine["delete_url"], data={"csrf": token(auth_site, STAFF)}, auth=OTHER).status_code == 400
    assert auth_site.post(mine["delete_url"], data={"csrf": token(auth_site, OTHER)}, auth=OTHER).status_code == 404
    assert [s["name"] for s in saved(auth_site, STAFF)] == ["甲的检索"]


def feed_of(client, url: str):
    response = client.get(url)
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    tree = etree.fromstring(response.data)
    SCHEMA.assertValid(tree)
    return tree


def entry_ids(tree) -> list[str]:
    return [e.find(f"{ATOM}link").get("href").rsplit("/", 1)[1] for e in tree.iter(f"{ATOM}entry")]


@pytest.mark.parametrize("qs", ["q=民政", "q=两个确立&province=江苏", "q=没有这个词语啊", "", "q=<b>x</b>%00&from=2023"])
def test_search_feed_is_valid_atom_of_the_newest_hits(site, engine, qs):
    tree = feed_of(site, "/search.atom?" + qs)
    request = SearchRequest.from_params(dict(parse_qsl(qs.replace("%00", ""))))
    newest = engine.search(SearchRequest(query=request.query, filters=request.filters, date_from=request.date_from,
                                         date_to=request.date_to, sort="date", limit=30))
    assert entry_ids(tree) == [h.id for h in newest.hits]
    titles = [e.findtext(f"{ATOM}title") for e in tree.iter(f"{ATOM}entry")]
    assert titles == [h.title for h in newest.hits]
    ids = [e.findtext(f"{ATOM}id") for e in tree.iter(f"{ATOM}entry")]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    for entry, hit in zip(tree.iter(f"{ATOM}entry"), newest.hits):
        lead = engine.article(hit.id)["paragraphs"][0]
        assert lead[:100] in entry.findtext(f"{ATOM}summary")


def test_saved_feed_is_the_saved_search(site):
    save(site, "两个确立", "q=两个确立&sort=relevance")
    [item] = saved(site)
    assert entry_ids(feed_of(site, item["feed_url"])) == entry_ids(feed_of(site, "/search.atom?q=两个确立"))
    assert feed_of(site, item["feed_url"]).findtext(f"{ATOM}title") == "我的检索：两个确立"
    assert site.get("/feeds/999999.atom").status_code == 404
    assert site.get("/feeds/99999999999999999999999.atom").status_code == 404


def wait_for_generation(client, before: int) -> int:
    for _ in range(400):                 # the site opens a new generation in the background
        total = client.get("/api/search").get_json()["total"]
        if total != before:
            return total
        time.sleep(0.05)
    raise AssertionError("the new generation was not picked up")


def test_new_articles_since_the_last_visit(tmp_path, runner):
    archive = tmp_path / "archive"
    shutil.copytree(BUNDLED / "公益时报" / "2023-06-13", archive / "公益时报" / "2023-06-13")
    config = Config(archive=archive, index=tmp_path / "index")
    build_index(config, processes=1)
    client = create_app({"INDEX": config.index, "ARCHIVE": archive, "AUTH_USERS": {}}).test_client()
    before = client.get("/api/search").get_json()["total"]
    assert save(client, "全部", "").status_code == 303
    assert save(client, "民政", "q=民政").status_code == 303
    assert [s["new_count"] for s in saved(client)] == [0, 0]

    shutil.copytree(BUNDLED / "中国社会报" / "2024" / "06" / "18", archive / "中国社会报" / "2024" / "06" / "18")
    build_index(config, processes=1)
    wait_for_generation(client, before)
    added = client.get("/api/search?publication=中国社会报&limit=100").get_json()["hits"]
    added_民政 = client.get("/api/search?q=民政&publication=中国社会报&limit=100").get_json()["hits"]
    counts = {s["name"]: s for s in saved(client)}
    assert counts["全部"]["new_count"] == len(added) > 0
    assert counts["民政"]["new_count"] == len(added_民政)
    assert {n["title"] for n in counts["全部"]["new"]} <= {h["title"] for h in added}

    # A full rebuild keeps the ids: nothing becomes new again. Opening a search is the visit.
    build_index(config, processes=1)
    client.get(counts["全部"]["open_url"])
    counts = {s["name"]: s for s in saved(client)}
    assert counts["全部"]["new_count"] == 0 and counts["民政"]["new_count"] == len(added_民政)

    result = runner.invoke(main, ["digest", "--since", "2000-01-01", "--index", str(config.index), "--json"])
    assert result.exit_code == 0, result.output
    digest = {s["name"]: s for s in json.loads(result.output)["saved"]}
    assert len(digest["全部"]["hits"]) == client.get("/api/search").get_json()["total"]
    assert {h["id"] for h in digest["民政"]["hits"]} == {h["id"] for h in _all_hits(client, "q=民政")}
    text = runner.invoke(main, ["digest", "--since", "2000", "--saved", "民政", "--index", str(config.index),
                                "--base-url", "http://intranet:8080"])
    assert text.exit_code == 0 and "== 民政：" in text.output and "http://intranet:8080/articles/" in text.output
    assert "== 全部" not in text.output
    later = runner.invoke(main, ["digest", "--since", "2999-01-01", "--index", str(config.index)])
    assert later.exit_code == 1 and "== 全部：0 篇新文章" in later.output
    out = tmp_path / "digest.txt"
    wrote = runner.invoke(main, ["digest", "--since", "2000", "--index", str(config.index), "--output", str(out)])
    assert wrote.exit_code == 0 and "== 民政：" in out.read_text(encoding="utf-8")
    assert runner.invoke(main, ["digest", "--since", "2000", "--saved", "无此名", "--index",
                                str(config.index)]).exit_code == 2
    assert runner.invoke(main, ["digest", "--since", "昨天", "--index", str(config.index)]).exit_code == 2


def _all_hits(client, qs: str) -> list[dict]:
    return client.get(f"/api/search?{qs}&limit=100").get_json()["hits"]


def test_an_unusable_database_is_a_503_page_not_a_500(built, tmp_path):
    config, _ = built
    (tmp_path / "saved.sqlite3").write_bytes(b"this is not a database" * 100)
    client = create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": {},
                         "SAVED_DB": tmp_path / "saved.sqlite3"}).test_client()
    for url in ("/saved", "/saved/new?q=x", "/saved/1/open"):
        response = client.get(url)
        assert response.status_code == 503 and "我的检索" in response.get_data(as_text=True)
    assert client.get("/api/saved").get_json()["error"]["status"] == 503
    assert client.post("/saved", data={"name": "x", "csrf": "0" * 64}).status_code == 503
    feed = client.get("/search.atom?q=民政")          # the search's feed still answers, dated by the build
    assert feed.status_code == 200
    SCHEMA.assertValid(etree.fromstring(feed.data))


def test_feeds_never_take_their_links_from_the_host_header(built, tmp_path):
    """A forged Host: never reaches a feed (issue 18); BASE_URL, when configured, makes links absolute."""
    config, _ = built
    for base in ("", "http://intranet.example:8080"):
        app = create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": {}, "TESTING": True,
                          "SAVED_DB": tmp_path / "saved.sqlite3", "BASE_URL": base})
        body = app.test_client().get("/search.atom?q=民政", headers={"Host": "evil.example"}).get_data(as_text=True)
        assert "evil.example" not in body
        hrefs = re.findall(r'href="([^"]+)"', body)
        assert hrefs and all(h.startswith(base + "/") for h in hrefs)
