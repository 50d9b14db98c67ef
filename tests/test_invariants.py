"""Invariants of search, checked on random queries × random filters against a brute-force oracle.

A query is drawn as a structure (terms, phrases, OR groups, negations,
filters, date ranges), rendered into the query language and evaluated by
hand over the parsed articles under the documented rules (README's query
table, docs/decisions.md "Search correctness"):

- a term matches where each of its runs of letters and digits (broken by
  punctuation and spaces) stands inside one run of the article's text;
- a quoted phrase matches where the article's title, one paragraph or the
  attribution contains its exact character sequence (full-width forms as
  ASCII, letters lowercased, whitespace as one space);
- a province value is a whole province name or its short form; any other
  facet value matches exactly, else every value containing it;
- a date range covers dated articles only; a query with nothing searchable
  finds nothing.
"""
from __future__ import annotations

import functools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dangjian.index.parse.clean import normalize
from dangjian.index.parse.lexicon import load_lexicon
from dangjian.index.schema import FACETS, facet_values
from dangjian.search.engine import Engine
from dangjian.search.request import SearchRequest

INVARIANT = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                             HealthCheck.too_slow])
PREFIX = {"province": "省份", "agency": "单位", "year": "年份", "slogans": "提法", "people": "人物",
          "publication": "报刊", "source": "来源"}
_RUN = re.compile(r"[^\W_]+")                  # letters and digits of any script, in every plane
_SYNTAX = re.compile(r"[\s\"“”「」『』:：*?？~|&]")
OPERATOR_ONLY = ["AND", "OR", "NOT", "*", "😀", "-", "OR AND", "？", "~2"]


# ------------------------------------------------------------------- oracle

def fields_of(article) -> list[str]:
    """The article's searchable lines: title, paragraphs, attribution."""
    return [article.title, *article.paragraphs, *([article.attribution] if article.attribution else [])]


def runs(text: str) -> list[str]:
    return _RUN.findall(normalize(text).lower())


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text).lower()).strip()


@functools.lru_cache(maxsize=4096)
def _haystacks(article, title_only: bool) -> tuple[tuple[str, ...], str]:
    """(squeezed lines, runs joined by NUL) of an article's searchable text or its title."""
    lines = [article.title] if title_only else fields_of(article)
    return tuple(squeeze(line) for line in lines), "\x00".join(r for line in lines for r in runs(line))


def term_matches(article, text: str, quoted: bool, title_only: bool) -> bool:
    lines, joined = _haystacks(article, title_only)
    if quoted:
        return any(squeeze(text) in line for line in lines)
    return all(r in joined for r in runs(text))


def resolve(name: str, text: str, pool: dict[str, set[str]]) -> set[str]:
    """The facet values a filter text selects, by the documented rule."""
    if name == "province":
        short = load_lexicon().provinces.get(text)
        return {short} if short else set()
    if text in pool[name]:
        return {text}
    return {v for v in pool[name] if text.lower() in v.lower()}


def in_range(article, lo: str | None, hi: str | None) -> bool:
    if article.date is None:
        return False
    d = article.date.isoformat()
    return (lo or "") <= d <= (hi or "9999") + "\uffff"


def oracle(articles, spec: dict, pool: dict[str, set[str]]) -> set[str]:
    """Evaluate a drawn query structure over the articles by brute force."""
    if spec["operator_only"]:
        return set()
    out = set()
    for a in articles:
        values = facet_values(a)
        if not all(any(term_matches(a, *t) for t in group) for group in spec["groups"]):
            continue
        if any(term_matches(a, *t) for t in spec["negatives"]):
            continue
        if any(not set(values[n]) & set().union(*(resolve(n, t, pool) for t in texts))
               for n, texts in spec["filters"].items()):
            continue
        if any(set(values[n]) & resolve(n, t, pool) for n, t in spec["excluded"]):
            continue
        if spec["dates"] and not in_range(a, *spec["dates"]):
            continue
        if any(in_range(a, lo, hi) for lo, hi in spec["excluded_dates"]):
            continue
        out.add(a.id)
    return out


# --------------------------------------------------------------- generators

class Corpus:
    """The parsed articles and their facet values, with a short repr for hypothesis' reports."""

    def __init__(self, articles):
        self.articles = articles
        self.pool = {f.name: {v for a in articles for v in facet_values(a)[f.name]} for f in FACETS}
        self.by_id = {a.id: a for a in articles}

    def __repr__(self) -> str:
        return f"<{len(self.articles)} bundled articles>"


@pytest.fixture(scope="module")
def corpus(bundled_articles) -> Corpus:
    return Corpus(bundled_articles)


@st.composite
def fragments(draw, articles):
    """A piece of an article's text: title, body or attribution, 1–8 characters."""
    article = draw(st.sampled_from(articles))
    text = draw(st.sampled_from([line for line in fields_of(article) if line]))
    size = draw(st.integers(1, 8))
    start = draw(st.integers(0, max(0, len(text) - size)))
    return text[start:start + size]


@st.composite
def terms(draw, articles):
    """(text, quoted, title_only) — a word, a fragment with punctuation, or a quoted phrase."""
    raw = draw(fragments(articles))
    quoted = draw(st.booleans())
    text = _SYNTAX.sub("", raw).lstrip("-")
    if not runs(text):
        text = draw(st.sampled_from(["民政", "会议", "两个确立", "党建", "2023", "培训"]))
    if text in ("OR", "AND", "NOT", "或"):
        text = "民政"
    return text, quoted, draw(st.booleans()) and draw(st.booleans())


def render(text: str, quoted: bool, title_only: bool) -> str:
    body = f'"{text}"' if quoted else text
    return ("标题:" if title_only else "") + body


def filter_texts(name: str, pool: dict[str, set[str]]):
    """Existing values, partial values, province forms and values that match nothing."""
    existing = sorted(pool[name]) or ["无"]
    odd = {"province": ["西藏", "江", "江苏省", "广西壮族自治区", "内蒙古自治区", "浙江省"],
           "agency": ["不存在单位", "民政厅", "社会组织", "民政局"], "year": ["1999", "202"],
           "slogans": ["两个", "不存在的提法"], "people": ["庄", "无名氏"],
           "publication": ["公益", "无此报"], "source": ["民政", "无此来源"]}[name]
    partial = [v[:2] for v in existing]
    return st.sampled_from(existing + odd + partial)


YEARS = st.sampled_from(["1990", "1999", "2019", "2021", "2022", "2023", "2023-10", "2023-10-26", "2024", None])


@st.composite
def specs(draw, articles, pool):
    if draw(st.integers(0, 12)) == 0:
        return {"operator_only": draw(st.sampled_from(OPERATOR_ONLY))}
    groups = [draw(st.lists(terms(articles), min_size=1, max_size=2)) for _ in range(draw(st.integers(0, 3)))]
    negatives = draw(st.lists(terms(articles), max_size=1))
    names = draw(st.lists(st.sampled_from([f.name for f in FACETS]), max_size=3, unique=True))
    filters = {n: draw(st.lists(filter_texts(n, pool), min_size=1, max_size=2, unique=True)) for n in names}
    in_query = {n for n in filters if draw(st.booleans()) and len(filters[n]) == 1}
    excluded = [(n, draw(filter_texts(n, pool))) for n in draw(st.lists(st.sampled_from(["province", "agency", "year"]),
                                                                      max_size=1))]
    dates = (draw(YEARS), draw(YEARS)) if draw(st.booleans()) else None
    if dates and dates[0] and dates[1] and dates[0] > dates[1]:
        dates = (dates[1], dates[0])
    if dates == (None, None):
        dates = None
    excluded_dates = [(y, y) for y in draw(st.lists(st.sampled_from(["2021", "2023", "1990"]), max_size=1))]
    return {"operator_only": None, "groups": groups, "negatives": negatives, "filters": filters,
            "in_query": in_query, "excluded": excluded, "dates": dates, "dates_in_query": draw(st.booleans()),
            "excluded_dates": excluded_dates}


def to_request(spec: dict, **kw) -> SearchRequest:
    """Render a drawn structure as a query string plus request filters."""
    if spec["operator_only"]:
        return SearchRequest(spec["operator_only"], **kw)
    parts = [" OR ".join(render(*t) for t in group) for group in spec["groups"]]
    parts += [("-" if i % 2 == 0 else "NOT ") + render(*t) for i, t in enumerate(spec["negatives"])]
    parts += [f"{PREFIX[n]}:{spec['filters'][n][0]}" for n in sorted(spec["in_query"])]
    parts += [f"-{PREFIX[n]}:{t}" for n, t in spec["excluded"]]
    parts += [f"-日期:{lo}" for lo, _ in spec["excluded_dates"]]
    filters = {n: tuple(v) for n, v in spec["filters"].items() if n not in spec["in_query"]}
    date_from = date_to = None
    if spec["dates"] and spec["dates_in_query"]:
        lo, hi = spec["dates"]
        parts.append(f"日期:{lo or ''}..{hi or ''}")
    elif spec["dates"]:
        date_from, date_to = spec["dates"]
    return SearchRequest(" ".join(parts), filters=filters, date_from=date_from, date_to=date_to, **kw)


# --------------------------------------------------------------- invariants

@pytest.fixture(scope="module")
def patient(store_built):
    """A warm engine over each store (conftest's STORES) with a generous limit, so a busy machine never cuts
    a property example short."""
    engine = Engine(store_built[0].index, time_limit=120)
    engine.warm()
    return engine


def comparable(results) -> dict:
    data = results.to_dict()
    data.pop("elapsed_ms")
    return data


@INVARIANT
@given(data=st.data())
def test_results_agree_with_brute_force_and_their_own_counts(patient, store_built, corpus, data):
    bundled_articles, pool = corpus.articles, corpus.pool
    spec = data.draw(specs(bundled_articles, pool))
    request = to_request(spec, limit=100, facet_limit=1000)
    results = patient.search(request)
    expected = oracle(bundled_articles, spec, pool)
    got = {h.id for h in results.hits}
    assert len(results.hits) <= results.total
    assert results.total > 0 or not results.hits
    assert len(results.hits) == min(results.total, 100)
    assert got <= expected, f"hits outside the query and filters: {request}"
    assert results.total == len(expected), request
    if spec["operator_only"]:
        assert results.notices, "a query with nothing searchable must say so"
    # Every hit obeys every filter and date range, checked on the hit's own fields.
    for hit in results.hits:
        if spec["operator_only"]:
            break
        fields = {"province": {hit.province}, "agency": {hit.agency}, "source": {hit.source},
                  "publication": {hit.publication}, "slogans": set(hit.slogans), "people": set(hit.people)}
        for name, texts in spec["filters"].items():
            if name in fields:
                assert fields[name] & set().union(*(resolve(name, t, pool) for t in texts))
        if spec["dates"]:
            lo, hi = spec["dates"]
            assert hit.date and (lo or "") <= hit.date <= (hi or "9999") + "\uffff"
    cold = Engine(store_built[0].index, time_limit=120).search(request)
    assert comparable(cold) == comparable(results)


@INVARIANT
@given(data=st.data())
def test_a_lone_selected_value_counts_the_total(patient, corpus, data):
    pool = corpus.pool
    name = data.draw(st.sampled_from([f.name for f in FACETS]))
    value = data.draw(st.sampled_from(sorted(pool[name])))
    term = data.draw(st.sampled_from(["", "民政", "会议", "党建", "两个确立", "培训", "发展"]))
    results = patient.search(SearchRequest(term, filters={name: (value,)}, facet_limit=1000))
    counts = {v.value: v.count for v in results.facets[name] if v.selected}
    assert counts == {value: results.total}


@INVARIANT
@given(data=st.data())
def test_every_hit_of_a_quoted_phrase_contains_it(patient, corpus, data):
    bundled_articles = corpus.articles
    raw = data.draw(fragments(bundled_articles))
    phrase = re.sub(r"[\"“”「」『』]", "", raw).strip()
    if not runs(phrase):
        phrase = "会议，民政"
    results = patient.search(SearchRequest(f"“{phrase}”", limit=100))
    for hit in results.hits:
        assert any(squeeze(phrase) in squeeze(line) for line in fields_of(corpus.by_id[hit.id])), (phrase, hit.title)
    assert results.total == sum(term_matches(a, phrase, True, False) for a in bundled_articles)


@pytest.mark.parametrize("query", ["会议，民政", "“两个确立”的", "（市、区）", "习近平新时代"])
def test_quoted_phrase_with_punctuation_is_the_exact_sequence(patient, bundled_articles, query):
    expected = {a.id for a in bundled_articles if term_matches(a, query, True, False)}
    results = patient.search(SearchRequest(f'"{query}"', limit=100))
    assert {h.id for h in results.hits} == expected and results.total == len(expected)


@pytest.mark.parametrize("query", ["讯（", "会议，民政", "（市、区）"])
def test_negated_phrase_with_punctuation_excludes_exactly_its_articles(patient, bundled_articles, query):
    expected = {a.id for a in bundled_articles if not term_matches(a, query, True, False)}
    results = patient.search(SearchRequest(f'-"{query}"', limit=100))
    assert results.total == len(expected) and {h.id for h in results.hits} <= expected
