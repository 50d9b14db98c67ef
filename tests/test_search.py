"""Searching the bundled archive: verbatim recall, query language, disjunctive facets, snippets, sorting."""
import html
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dangjian.index.analysis import query_runs
from dangjian.index.schema import FACETS, facet_values
from dangjian.search.engine import SearchRequest

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# Every test here runs against every store (conftest's STORES): the same archive, the same oracles.
@pytest.fixture(scope="module")
def built(store_built):
    return store_built


@pytest.fixture(scope="module")
def engine(store_engine):
    return store_engine


def ids(results):
    return {h.id for h in results.hits}


def all_ids(engine, query, **kw):
    return ids(engine.search(SearchRequest(query, limit=100, **kw)))


def contains(article, text):
    """Whether the article's searchable text — title, body, attribution — has text verbatim."""
    return text.lower() in "\n".join([article.title, article.body, article.attribution or ""]).lower()


# ------------------------------------------------------------------ recall

def reads_as_text(needle: str) -> bool:
    """Whether the query language reads a string as plain text (no filter, negation or wildcard)."""
    from dangjian.search.query import parse_query
    parsed = parse_query(needle)
    return not (parsed.facets or parsed.excluded_facets or parsed.negatives or parsed.date_from
                or parsed.date_to or parsed.excluded_dates or re.search(r"[*?？]|(^|\s)(OR|NOT|AND|或)(\s|$)", needle))


@PROPERTY
@given(data=st.data())
def test_any_verbatim_substring_finds_its_article(engine, bundled_articles, data):
    article = data.draw(st.sampled_from(bundled_articles))
    text = data.draw(st.sampled_from([article.title, article.body]))
    size = data.draw(st.integers(2, 12))
    start = data.draw(st.integers(0, max(0, len(text) - size)))
    needle = text[start:start + size]
    # Quotes, brackets and colons stay in; a needle without a letter or digit searches nothing (issue 6).
    assume(len(needle) >= 2 and reads_as_text(needle) and query_runs(needle))
    results = engine.search(SearchRequest(needle, limit=100, sort="date"))
    assert article.id in ids(results) or results.total > 100


@pytest.mark.parametrize("needle", ["落实“第一议题", "“两个确立”的", "识”，坚定“四", "（市、区）", "本报讯（记者"])
def test_substrings_with_quotes_and_brackets_find_their_articles(engine, bundled_articles, needle):
    expected = {a.id for a in bundled_articles if contains(a, needle)}
    assert expected and expected <= all_ids(engine, needle)


@pytest.mark.parametrize("fragment", ["确立", "民政", "两个确立", "政厅", "庄", "三级联", "近平新时代"])
def test_fragment_returns_every_article_containing_it(engine, bundled_articles, fragment):
    expected = {a.id for a in bundled_articles if contains(a, fragment)}
    results = engine.search(SearchRequest(fragment, limit=100))
    assert results.total == len(expected)
    if len(expected) <= 100:
        assert ids(results) == expected


def test_text_broken_across_lines_in_source_is_found(engine, bundled_articles):
    # Every page breaks 习近平 across a line; the cleaned text is searched whole.
    assert engine.search(SearchRequest("习近平", limit=100)).total == sum(contains(a, "习近平") for a in bundled_articles)


def test_no_false_hits_for_words_not_in_text(engine):
    assert engine.search(SearchRequest("量子计算机")).total == 0


# ------------------------------------------------------------ query language

def test_terms_are_anded(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if contains(a, "两个确立") and contains(a, "培训班")}
    assert all_ids(engine, "两个确立 培训班") == expected


def test_or(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if contains(a, "延吉") or contains(a, "银川")}
    assert all_ids(engine, "延吉 OR 银川") == expected


@pytest.mark.parametrize("query", ["民政 -培训", "民政 NOT 培训", '民政 -"培训"', "民政 NOT “培训”"])
def test_not(engine, bundled_articles, query):
    expected = {a.id for a in bundled_articles if contains(a, "民政") and not contains(a, "培训")}
    assert all_ids(engine, query) == expected


@pytest.mark.parametrize("query", ["民政 -省份:江苏", "民政 NOT 省份:江苏"])
def test_negated_facet_prefix_excludes(engine, bundled_articles, query):
    expected = {a.id for a in bundled_articles if contains(a, "民政") and a.province != "江苏"}
    assert all_ids(engine, query) == expected


def test_negated_date_excludes(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if contains(a, "民政") and not (a.date and a.date.year == 2023)}
    assert all_ids(engine, "民政 -日期:2023") == expected


def test_quoted_prefix_is_literal_text(engine):
    results = engine.search(SearchRequest('"省份:江苏"'))
    assert results.total == 0 and not results.notice


def test_full_width_query_matches_normalized_text(engine, bundled_articles):
    expected = sum(contains(a, "2023") for a in bundled_articles)
    assert expected and engine.search(SearchRequest("２０２３")).total == expected


def test_filter_ored_with_words_is_applied_as_filter_with_notice(engine, bundled_articles):
    results = engine.search(SearchRequest("民政 OR 省份:江苏", limit=100))
    assert "cannot be OR-ed" in results.notice
    assert ids(results) == {a.id for a in bundled_articles if contains(a, "民政") and a.province == "江苏"}


def test_quoted_phrase_is_exact(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if contains(a, "模范机关建设")}
    assert expected and all_ids(engine, "“模范机关建设”") == expected == all_ids(engine, '"模范机关建设"')


def test_title_prefix(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if "培训班" in a.title}
    assert expected and all_ids(engine, "标题:培训班") == expected


@pytest.mark.parametrize("query,field,value", [
    ("省份:江苏", "province", "江苏"), ("单位:延吉市民政局", "agency", "延吉市民政局"),
    ("提法:两个确立", "slogans", "两个确立"), ("年份:2023", "year", "2023"),
])
def test_facet_prefixes_filter(engine, bundled_articles, query, field, value):
    expected = {a.id for a in bundled_articles if value in facet_values(a)[field]}
    assert expected and all_ids(engine, query) == expected


def test_person_prefix(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if "孟和巴雅尔" in a.people}
    assert expected and all_ids(engine, "人物:孟和巴雅尔") == expected


def test_partial_agency_prefix_matches_containing_values(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if a.agency and "社会组织" in a.agency}
    assert expected and all_ids(engine, "单位:社会组织") == expected


def test_date_range(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if a.date and "2023-10" <= a.date.isoformat() <= "2023-12-31"}
    assert expected == all_ids(engine, "日期:2023-10..2023-12")
    assert expected == all_ids(engine, "", date_from="2023-10", date_to="2023-12")


@pytest.mark.parametrize("query,notice", [
    ('"两个确立', "unclosed quote"),
    ("*政厅", "leading wildcards are refused"),
    ("foo:bar", "unknown field"),
    ("日期:2023-13", "no such date"),
    ("日期:2023-02-30", "no such date"),
    ("日期:2024..2023", "reversed"),
    ("a" + " OR b" * 20, "only the first 16 terms"),
    ("标题:", "empty field prefix"),
    ("（）", "no searchable characters"),
    ("民政" * 150, "query cut"),
])
def test_malformed_queries_get_a_notice_never_an_error(engine, query, notice):
    results = engine.search(SearchRequest(query))
    assert notice in results.notice


def test_leading_wildcard_still_searches_the_rest(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if contains(a, "政厅")}
    results = engine.search(SearchRequest("*政厅", limit=100))
    assert results.total == len(expected)


@PROPERTY
@given(query=st.one_of(st.text(alphabet='民政两个确立"“”-:：*?()（）OR NOT 省份标题日期..2023２', max_size=30),
                       st.text(max_size=60)))
def test_arbitrary_query_never_raises(engine, query):
    results = engine.search(SearchRequest(query))
    assert results.total >= 0


# ------------------------------------------------------------------ facets

FILTERABLE = [f.name for f in FACETS]


def brute_counts(articles, term, selected, facet):
    counts = {}
    for a in articles:
        if term and not contains(a, term):
            continue
        values = facet_values(a)
        if any(not set(values[name]) & set(chosen) for name, chosen in selected.items() if name != facet):
            continue
        for v in values[facet]:
            counts[v] = counts.get(v, 0) + 1
    return counts


@PROPERTY
@given(data=st.data())
def test_facet_counts_match_brute_force(engine, bundled_articles, data):
    term = data.draw(st.sampled_from(["", "民政", "主题教育", "两个确立", "会议", "培训"]))
    selected = {}
    for name in data.draw(st.lists(st.sampled_from(FILTERABLE), max_size=3, unique=True)):
        pool = sorted({v for a in bundled_articles for v in facet_values(a)[name]})
        selected[name] = data.draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2, unique=True))
    results = engine.search(SearchRequest(term, filters={k: tuple(v) for k, v in selected.items()},
                                          facet_limit=1000))
    for facet in FILTERABLE:
        expected = brute_counts(bundled_articles, term, selected, facet)
        got = {v.value: v.count for v in results.facets[facet] if v.count}
        assert got == expected, facet
    matching = [a for a in bundled_articles if (not term or contains(a, term)) and all(
        set(facet_values(a)[n]) & set(c) for n, c in selected.items())]
    assert results.total == len(matching)


def test_province_filter_keeps_other_provinces_counts(engine, bundled_articles):
    results = engine.search(SearchRequest("两个确立", filters={"province": ("江苏",)}, facet_limit=100))
    assert results.total == sum(contains(a, "两个确立") and a.province == "江苏" for a in bundled_articles)
    assert all(h.province == "江苏" for h in results.hits)
    provinces = {v.value: v for v in results.facets["province"]}
    assert provinces["江苏"].selected
    assert len(provinces) > 5                      # disjunctive: the other provinces are still offered


def test_values_of_one_facet_combine_with_or(engine, bundled_articles):
    expected = {a.id for a in bundled_articles if a.province in ("江苏", "山东")}
    assert all_ids(engine, "", filters={"province": ("江苏", "山东")}) == expected


# ----------------------------------------------------------------- snippets

def test_snippets_mark_every_term_and_escape_text(engine):
    results = engine.search(SearchRequest("两个确立 民政"))
    for hit in results.hits:
        assert hit.snippets
        for snippet in hit.snippets:
            plain = re.sub(r"</?mark>", "", snippet)
            assert "<" not in plain and ">" not in plain
            assert re.search(r"<mark>(两个确立|民政)</mark>", snippet)
            assert snippet.count("<mark>") == snippet.count("</mark>")


def test_snippet_never_cuts_a_marked_term():
    from dangjian.search.snippets import make_snippets
    text = "甲" * 200 + "两个确立" + "乙" * 200
    for snippet in make_snippets([text], ["两个确立"]):
        assert "<mark>两个确立</mark>" in snippet


def test_snippet_escapes_html_in_text():
    from dangjian.search.snippets import make_snippets
    snippet = make_snippets(["<script>alert(1)</script> 民政 & 党建"], ["民政"])[0]
    assert "<script>" not in snippet and html.escape("<script>") in snippet
    assert "<mark>民政</mark>" in snippet and "&amp;" in snippet


# ------------------------------------------------------------ sort and pages

def test_sort_by_date_both_directions(engine):
    newest = engine.search(SearchRequest("民政", sort="date", limit=100)).hits
    oldest = engine.search(SearchRequest("民政", sort="date_asc", limit=100)).hits
    dates = [h.date for h in newest]
    assert dates == sorted(dates, reverse=True)
    assert [h.date for h in oldest] == sorted(dates)


def test_relevance_prefers_title_matches(engine):
    hits = engine.search(SearchRequest("培训班", limit=5)).hits
    assert "培训班" in hits[0].title
    assert hits[0].score >= hits[-1].score


def test_pagination_covers_all_results_once(engine):
    first = engine.search(SearchRequest("民政", limit=10, sort="date"))
    seen = []
    for page in range(1, first.pages + 1):
        seen += [h.id for h in engine.search(SearchRequest("民政", limit=10, page=page, sort="date")).hits]
    assert len(seen) == len(set(seen)) == first.total


def test_result_pages_are_bounded(engine):
    results = engine.search(SearchRequest("民政", limit=5000, page=999))
    assert results.limit == 100 and results.page * results.limit <= 1000
    assert "limit bounded" in results.notice and "paging stops" in results.notice


def test_stale_analyzer_is_reported(built, monkeypatch):
    from dangjian.search import engine as engine_module
    monkeypatch.setattr(engine_module, "analysis_version", lambda: "another-version")
    results = engine_module.Engine(built[0].index).search(SearchRequest("民政"))
    assert "dangjian reindex" in results.notice


def test_article_lookup(engine, bundled_articles):
    article = bundled_articles[0]
    stored = engine.article(article.id)
    assert stored["title"] == article.title and stored["paragraphs"] == list(article.paragraphs)
    assert engine.article("no-such-id") is None


def test_query_past_its_time_limit_returns_with_notice(built):
    from dangjian.search.engine import Engine
    results = Engine(built[0].index, time_limit=0).search(SearchRequest("民政"))
    assert "ran out of time" in results.notice
    assert results.total >= 0


def test_reindex_with_two_processes_equals_one(built_whoosh, tmp_path):
    built = built_whoosh                     # compares the embedded store's stored documents
    from dangjian.index.config import Config
    from dangjian.index.writer import build_index
    from .test_writer import stored_docs
    single = Config(archive=built[0].archive, index=tmp_path / "one")
    build_index(single, processes=1)
    assert stored_docs(single.index) == stored_docs(built[0].index)


def test_snippet_marks_right_characters_after_case_changing_letters():
    from dangjian.search.snippets import make_snippets
    snippet = make_snippets(["İİİİ民政厅<b>召开</b>会议"], ["召开"])[0]
    assert "<mark>召开</mark>" in snippet and "&lt;b&gt;<mark>召开</mark>&lt;/b&gt;" in snippet


def test_snippet_without_match_has_no_raw_newline():
    from dangjian.search.snippets import make_snippets
    assert "\n" not in make_snippets(["第一段。", "第二段。"], ["无关"])[0]
