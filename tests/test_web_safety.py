"""The site never fails on bad input, escapes everything it echoes, sends its headers, and can ask for a password."""
from __future__ import annotations

import re
import shutil

import pytest
from werkzeug.security import generate_password_hash

from dangjian.index.config import Config, ConfigError, load_users
from dangjian.index.writer import build_index
from dangjian.web import create_app

from .conftest import BUNDLED, write_page
from .webutil import HEADERS, app, client  # noqa: F401  (fixtures)

PAGES = ("/search", "/search.json", "/api/search", "/export.csv")


def get_raw(client, path: str, query_string: bytes):
    """GET path with a raw query string, bytes as a browser may send them (WSGI carries them as latin-1)."""
    return client.get(path, environ_overrides={"QUERY_STRING": query_string.decode("latin-1")})

BAD_QUERY_STRINGS = [
    b"sort=sideways", b"page=-1", b"page=0", b"page=abc", b"page=99999999999999999999999",
    b"limit=1000000000", b"limit=-5", b"limit=0", b"limit=1e9", b"from=2023-02-30", b"to=abc",
    b"from=2025&to=2021", b"q=%00%00", b"q=a%00b", b"q=%FF%FE%FD", b"province=%FF", b"year=abc",
    b"q=" + b"%E5%85%9A" * 3000, b"province=" + b"&province=".join(b"p%d" % i for i in range(60)),
    b"unknown=1", b"q=*%E6%94%BF%E5%8E%85", b"q=%22unclosed", b"q=%E6%97%A5%E6%9C%9F:2023-13",
    b"q=OR+OR+AND+NOT", b"q=" + b"+".join(b"w%d" % i for i in range(40)), b"q=((((", b"q=%5C",
    b"sort=&page=&limit=", b"q[]=x", b"q=\xff\xfe", b"%FF=%FF",
]


@pytest.mark.parametrize("query_string", BAD_QUERY_STRINGS)
@pytest.mark.parametrize("path", PAGES)
def test_malformed_parameters_never_fail(client, path, query_string):
    response = get_raw(client, path, query_string)
    assert response.status_code in (200, 400, 404, 414), response.data[:300]
    response.get_data()                          # a streamed export must finish too


@pytest.mark.parametrize("query_string,code", [
    (b"sort=sideways", "unknown_sort"), (b"page=-1", "page_bounded"), (b"limit=1000000000", "limit_bounded"),
    (b"from=2023-02-30", "bad_date"), (b"unknown=1", "unknown_param"), (b"page=abc", "bad_number"),
])
def test_bad_values_come_back_as_notices(client, query_string, code):
    data = get_raw(client, "/search.json", query_string).get_json()
    assert code in {n["code"] for n in data["notices"]}
    assert data["limit"] <= 100 and data["page"] >= 1
    html = get_raw(client, "/search", query_string).get_data(as_text=True)
    assert f"notice-{code}" in html


def test_page_size_and_depth_are_bounded(client):
    data = client.get("/api/search?limit=1000000000&page=1000000").get_json()
    assert data["limit"] == 100 and len(data["hits"]) <= 100
    assert data["page"] * data["limit"] <= 1000


def test_an_overlong_query_string_is_refused(client):
    response = get_raw(client, "/search", b"q=" + b"a" * 9000)
    assert response.status_code == 414
    assert "网址太长" in response.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/articles/0000000000000000", "/articles/nothex", "/articles/%FF%FE",
                                 "/articles/0000000000000000/source", "/api/articles/0000000000000000",
                                 "/articles/..%2F..%2Fetc%2Fpasswd/source", "/no/such/page", "/static/../README.md"])
def test_unknown_ids_and_pages_are_404_pages(client, url):
    response = client.get(url)
    assert response.status_code == 404
    for name in HEADERS:
        assert name in response.headers
    if url.startswith("/api/"):
        assert response.get_json()["error"]["status"] == 404
    else:
        assert "没有这个页面" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/articles/\xff\xfe", "/articles/%FF", "/browse\xff", "/search\x00"])
def test_invalid_utf8_in_the_path_is_a_404_not_a_500(client, path):
    response = client.get("/", environ_overrides={"PATH_INFO": path})
    assert response.status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_the_site_is_read_only(client, method):
    response = getattr(client, method)("/search?q=x")
    assert response.status_code == 405
    assert client.post("/api/search").status_code == 405


SCRIPT = "<script>alert(1)</script>"


@pytest.mark.parametrize("url", ["/search?q={s}", "/search?province={s}", "/search?q={s}&from=2023",
                                 "/browse?publication={s}", "/browse?publication=公益时报&year={s}",
                                 "/articles/{id}?q={s}&back=q%3D{s}", "/articles/{id}/source?q={s}",
                                 "/search?q=%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B&agency={s}&year=1999"])
def test_an_echoed_script_comes_back_inert(client, url):
    article_id = client.get("/api/search?q=两个确立").get_json()["hits"][0]["id"]
    response = client.get(url.format(s=SCRIPT, id=article_id))
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert all(tag.startswith('<script src="/static/') for tag in html.split("<script")[1:] and
               ["<script" + t for t in html.split("<script")[1:]])


def test_echoed_query_is_shown_escaped(client):
    html = client.get("/search", query_string={"q": SCRIPT}).get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


MARKUP_PAGE = """党建

<b>江苏省民政厅</b>召开<script>alert(1)</script>党建工作会议

3月5日，江苏省民政厅召开全省民政系统党建工作会议，<img src=x onerror=alert(2)>
传达学习“两个确立”重要意义，部署全年党建工作。会议强调，要坚持
党建引领，推动<a href="javascript:alert(3)">民政事业</a>高质量发展。

（来源：江苏省民政厅）
"""


@pytest.fixture(scope="module")
def markup_app(tmp_path_factory):
    """An index whose archive holds a page full of markup."""
    base = tmp_path_factory.mktemp("markup")
    write_page(base / "archive", "公益时报/2024-03-12/04.txt", MARKUP_PAGE)
    config = Config(archive=base / "archive", index=base / "index")
    build_index(config, processes=1)
    return create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": {}})


def test_markup_in_an_archive_page_comes_back_inert(markup_app):
    client = markup_app.test_client()
    data = client.get("/api/search?q=民政").get_json()
    assert data["total"] >= 1
    article_id = data["hits"][0]["id"]
    urls = ["/search?q=民政", "/search?q=alert", "/search", f"/articles/{article_id}?q=alert",
            f"/articles/{article_id}/source", "/browse?publication=公益时报&year=2024&issue=2024-03-12"]
    for url in urls:
        html = client.get(url).get_data(as_text=True)
        for bad in ("<script>alert", "<img src=x", "<b>江苏", '<a href="javascript'):
            assert bad not in html, (url, bad)
    source = client.get(f"/articles/{article_id}/source").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(2)&gt;" in source
    # JSON carries the text as data (the script inserts it with textContent, never as markup)
    response = client.get("/api/suggest?q=江苏")
    assert response.mimetype == "application/json"
    assert any("<script>" in s["label"] for s in response.get_json()["suggestions"])


def test_headers_on_error_pages_and_static_files(client):
    for url in ("/static/site.css", "/nope", "/search?page=-1"):
        response = client.get(url)
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["Referrer-Policy"] == "same-origin"


def test_pages_carry_no_inline_script_or_style(client):
    article_id = client.get("/api/search?q=两个确立").get_json()["hits"][0]["id"]
    for url in ("/", "/search?q=民政", f"/articles/{article_id}", "/browse", "/help", "/status",
                f"/articles/{article_id}/source"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>" not in html and " style=" not in html and "<style" not in html
        assert " on" not in "".join(t.split(">")[0] for t in html.split("<")).replace(" one", "")


def test_no_index_is_a_503_page(tmp_path):
    app = create_app({"INDEX": tmp_path / "none", "ARCHIVE": tmp_path, "AUTH_USERS": {}})
    client = app.test_client()
    response = client.get("/search?q=x")
    assert response.status_code == 503 and "dangjian reindex" in response.get_data(as_text=True)
    assert client.get("/api/search").get_json()["error"]["status"] == 503


@pytest.fixture
def auth_client(built):
    config, _ = built
    users = {"staff": generate_password_hash("正确的密码")}
    app = create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": users})
    return app.test_client()


@pytest.mark.parametrize("url", ["/", "/api/search?q=x", "/static/site.css", "/export.csv", "/nope"])
def test_basic_auth_guards_every_url(auth_client, url):
    response = auth_client.get(url)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic")
    assert auth_client.get(url, auth=("staff", "错误")).status_code == 401
    assert auth_client.get(url, auth=("other", "正确的密码")).status_code == 401
    assert auth_client.get(url, auth=("staff", "正确的密码")).status_code in (200, 404)


def test_users_come_from_the_config_file_as_hashes(tmp_path, monkeypatch):
    hashed = generate_password_hash("x")
    path = tmp_path / "dangjian.toml"
    path.write_text(f'index = "idx"\n[auth.users]\nstaff = "{hashed}"\n', encoding="utf-8")
    monkeypatch.setenv("DANGJIAN_CONFIG", str(path))
    assert load_users() == {"staff": hashed}
    path.write_text('[auth.users]\nstaff = "plain-password"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a password hash"):
        load_users()
    path.write_text('index = "idx"\n', encoding="utf-8")
    assert load_users() == {}


def test_a_new_generation_is_picked_up_without_restart(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(BUNDLED / "公益时报" / "2023-06-13", archive / "公益时报" / "2023-06-13")
    config = Config(archive=archive, index=tmp_path / "index")
    build_index(config, processes=1)
    app = create_app({"INDEX": config.index, "ARCHIVE": archive, "AUTH_USERS": {}})
    client = app.test_client()
    before = client.get("/api/search").get_json()["total"]
    shutil.copytree(BUNDLED / "公益时报" / "2023-01-10", archive / "公益时报" / "2023-01-10")
    build_index(config, processes=1)
    after = before
    for _ in range(400):                     # the swap happens in a background thread
        after = client.get("/api/search").get_json()["total"]
        if after != before:
            break
        import time
        time.sleep(0.05)
    assert after > before


BAD_VALUES = [b"", b"%00", b"a%00b", b"%FF%FE", b"\xff\xfe", b"x" * 3000, b"%E5%85%9A" * 400, b"-1", b"0",
              b"99999999999999999999", b"%3Cscript%3E", b"..%2F..%2Fetc%2Fpasswd", b"%22", b"*", b"%5C%5C"]
ROUTE_PARAMS = {
    "/search": ("q", "province", "agency", "slogan", "person", "year", "publication", "source", "from", "to",
                "sort", "page", "limit"),
    "/api/search": ("agency", "slogan", "person", "publication", "source", "limit"),
    "/browse": ("publication", "year", "issue"),
    "/api/suggest": ("q", "format"),
    "/help": ("q",), "/status": ("x",), "/opensearch.xml": ("q",),
}


@pytest.mark.parametrize("route,param", [(r, p) for r, ps in ROUTE_PARAMS.items() for p in ps])
def test_every_parameter_of_every_route_survives_bad_values(client, route, param):
    for value in BAD_VALUES:
        for query in (param.encode() + b"=" + value, (param.encode() + b"=" + value + b"&") * 30):
            response = get_raw(client, route, query)
            assert response.status_code in (200, 400, 404, 414), (route, query[:80], response.status_code)


def test_article_parameters_survive_bad_values(client):
    article_id = client.get("/api/search?q=两个确立").get_json()["hits"][0]["id"]
    for route in (f"/articles/{article_id}", f"/articles/{article_id}/source", f"/api/articles/{article_id}"):
        for param in (b"q", b"back"):
            for value in BAD_VALUES + [b"q%3D%FF%26province%3D%00", b"http%3A%2F%2Fevil.example%2F"]:
                response = get_raw(client, route, param + b"=" + value)
                assert response.status_code == 200, (route, param, value[:40])
                if not route.startswith("/api/"):       # every link stays on the site
                    hrefs = re.findall(r'href="([^"]*)"', response.get_data(as_text=True))
                    assert hrefs and all(h[:1] in "/#" and not h.startswith("//") for h in hrefs), hrefs
