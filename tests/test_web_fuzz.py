"""Hypothesis fuzzing of every HTTP parameter of every route, through Flask's test client.

Random values (any Unicode, NUL, lone surrogates percent-encoded as their
would-be UTF-8 bytes, invalid UTF-8, huge and negative numbers, markup),
known and unknown parameter names, repeated parameters, and random article
ids: the site never answers 500, and no HTML page contains markup from its
input unescaped. Each request is bounded by the site's own limits (query string
length, values per facet, result pages), and the number of examples bounds the run.
"""
from __future__ import annotations

import re
from urllib.parse import quote, quote_from_bytes

from hypothesis import HealthCheck, given, settings
from lxml import etree
from hypothesis import strategies as st

from dangjian.search.request import PARAMS

from .webutil import app, client  # noqa: F401  (fixtures)

MARK = "<script>fz"                 # injected markup: must never come back raw in HTML
OK = (200, 303, 308, 400, 404, 414)   # 303: a saved search opened, saved or deleted; the advanced form's search
                                      # 308: an id holding "/" makes "//", which Werkzeug redirects to "/"
SEARCH_ROUTES = ("/", "/search", "/search.json", "/api/search", "/export.csv", "/search.atom", "/export.docx")
OTHER_ROUTES = ("/browse", "/browse.json", "/api/suggest", "/help", "/status", "/api/status", "/opensearch.xml",
                "/trends", "/api/trends", "/trends.csv", "/saved", "/saved/new", "/api/saved", "/advanced")
ARTICLE_ROUTES = ("/articles/{}", "/articles/{}/source", "/api/articles/{}", "/feeds/{}.atom", "/saved/{}/open")
POST_ROUTES = ("/saved", "/saved/{}/delete")
NAMES = PARAMS + ("back", "publication", "year", "issue", "format", "id", "x", "q[]", "", "term", "by", "text",
                  "max", "name", "query", "csrf", "all", "phrase", "any", "none", "title", "from_day", "to_day",
                  "go", "preview")
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

surrogate = st.integers(0xD800, 0xDFFF).map(chr)
huge = st.integers(-10**30, 10**30).map(str) | st.sampled_from(["1e308", "-0", "NaN", "inf", "0x10", "９９"])
markup = st.sampled_from([MARK, f'"><{MARK[1:]}', f"{MARK}</script>", "<img onerror=x>", "&lt;b&gt;"])
text = st.text(alphabet=st.characters(codec=None), max_size=40)
value = st.one_of(
    text, huge, markup, st.lists(text | surrogate | markup | st.just("\x00"), max_size=6).map("".join),
    st.sampled_from(["", "两个确立", "省份:江苏 民政", '"会议，民政"', "日期:2023..2024", "relevance", "date",
                     "两个确力", "2023年10月", "日期:2023.10至2023年12月", "省份:西藏", "1"]),
)


def encode(item: str) -> str:
    """Percent-encode a value as a browser would, lone surrogates as their would-be UTF-8 bytes."""
    return quote_from_bytes(item.encode("utf-8", "surrogatepass"), safe="")


@st.composite
def query_strings(draw) -> str:
    pairs = draw(st.lists(st.tuples(st.sampled_from(NAMES) | text, value), max_size=8))
    if draw(st.booleans()):               # one parameter repeated many times
        pairs += [(draw(st.sampled_from(NAMES)), draw(value))] * draw(st.integers(2, 40))
    raw = "&".join(f"{encode(k)}={encode(v)}" for k, v in pairs)
    return raw + draw(st.sampled_from(["", "&%FF=%FE", "&q=%E5%85", "&&=&", "&page=" + "9" * 60]))


def check(response, where: str) -> None:
    assert response.status_code in OK, (where, response.status_code, response.get_data()[:300])
    data = response.get_data()                      # a streamed export must finish too
    if response.mimetype == "text/html":
        body = data.decode()
        assert MARK not in body.lower(), where
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", body, re.I), where
        assert "<img onerror" not in body.lower(), where
    if response.mimetype == "application/atom+xml":
        etree.fromstring(data)        # well-formed: every text escaped by the serializer


def get(client, path: str, qs: str):
    return client.get(path, environ_overrides={"QUERY_STRING": qs})


@FUZZ
@given(route=st.sampled_from(SEARCH_ROUTES), qs=query_strings())
def test_search_routes_never_fail_and_escape_their_input(client, route, qs):
    check(get(client, route, qs), f"{route}?{qs}")


@settings(FUZZ, max_examples=80)
@given(route=st.sampled_from(OTHER_ROUTES), qs=query_strings())
def test_other_routes_never_fail_and_escape_their_input(client, route, qs):
    check(get(client, route, qs), f"{route}?{qs}")


@settings(FUZZ, max_examples=80)
@given(route=st.sampled_from(ARTICLE_ROUTES), real=st.booleans(), article=value, qs=query_strings())
def test_article_routes_never_fail_with_any_id_or_parameter(client, route, real, article, qs):
    if real:
        article = client.get("/api/search?q=%E6%B0%91%E6%94%BF").get_json()["hits"][0]["id"]
    path = route.format(quote(article.encode("utf-8", "surrogatepass"), safe="") or "x")
    response = get(client, path, qs)
    check(response, f"{path}?{qs}")
    if real and "articles/" in route:           # saved-search routes take numbers: an article id is a 404
        assert response.status_code == 200, (path, qs)


FORM_NAMES = ("all", "phrase", "any", "none", "title", "province", "agency", "slogan", "from", "to", "from_day",
              "to_day", "sort", "go", "preview")


@settings(FUZZ, max_examples=40)
@given(pairs=st.lists(st.tuples(st.sampled_from(FORM_NAMES), value), max_size=10), go=st.booleans())
def test_the_advanced_form_never_fails_with_any_field(client, pairs, go):
    qs = "&".join(f"{encode(k)}={encode(v)}" for k, v in pairs) + ("&go=1" if go else "")
    response = get(client, "/advanced", qs)
    check(response, f"/advanced?{qs}")
    if response.status_code == 303:             # the search it sends to answers too
        assert response.headers["Location"].startswith("/search?")
        check(client.get(response.headers["Location"]), response.headers["Location"])


@settings(FUZZ, max_examples=40)
@given(route=st.sampled_from(POST_ROUTES), number=st.integers(-10, 10**25), real_token=st.booleans(),
       fields=st.lists(st.tuples(st.sampled_from(NAMES) | text, value), max_size=6))
def test_saved_search_forms_never_fail_and_refuse_without_their_token(client, route, number, real_token, fields):
    form = [(encode(k), encode(v)) for k, v in fields if k != "csrf"]
    if real_token:
        html = client.get("/saved/new?q=x").get_data(as_text=True)
        form.append(("csrf", re.search(r'name="csrf" value="([0-9a-f]+)"', html).group(1)))
    path = route.format(number)
    response = client.post(path, data="&".join(f"{k}={v}" for k, v in form),
                           content_type="application/x-www-form-urlencoded")
    check(response, f"POST {path} {form}")
    if not real_token:
        assert response.status_code in (400, 404), (path, form)
