"""The SolrCloud store against brute force and against the embedded store, on a real cluster.

The project's own pipeline builds the bundled archive with ``backend = "solr"`` and the
project's own engine searches it; every test runs on the session's SolrCloud
(tests/solrcloud: 2 nodes, 2 shards x 2 replicas), none mocks Solr. Verbatim recall,
facet counts and records are checked against the parsed bundled archive; whole results
against the same engine over the embedded store.
"""
from __future__ import annotations

import random
from collections import Counter

import pytest

from dangjian.index.schema import FACETS, facet_values
from dangjian.index.store import Clause, Deadline, Selection, backend, tie_key
from dangjian.index.store.solr.documents import searchable_lines
from dangjian.search.engine import Engine
from dangjian.search.query import parse_query
from dangjian.search.request import SearchRequest

from .conftest import BUNDLED
from .test_invariants import term_matches

QUERIES = ["民政", "两个确立 民政厅", '"会议，民政"', "会议，民政", "延吉 OR 银川", "民政 -培训", "标题:培训班",
           "省份:江苏", "单位:民政厅", "日期:2023", "", "三会一课", "2023", "23年", "-省份:江苏 民政",
           "主题教育 日期:2023-01..2023-12", "江 民政", "２０２３", '"民政厅 召开"', "-日期:2023 党建"]


@pytest.fixture(scope="module")
def solr_built(built_solr):
    """The bundled archive built by the pipeline into SolrCloud (the session's build, alias t_bundled)."""
    return built_solr


@pytest.fixture(scope="module")
def solr_engine(solr_built):
    return Engine(solr_built[0].index)


def matching_ids(articles, query: str) -> set[str]:
    """Brute force: the articles whose text holds every positive clause (the project's oracle)."""
    parsed = parse_query(query)
    out = set()
    for a in articles:
        if all(any(term_matches(a, c.text, c.exact, c.field == "title") for c in g) for g in parsed.groups) and \
                not any(term_matches(a, c.text, c.exact, c.field == "title") for c in parsed.negatives):
            out.add(a.id)
    return out


def selected_ids(engine: Engine, query: str) -> set[str]:
    results = engine.search(SearchRequest(query=query, limit=100, snippets=False))
    assert results.total <= 100
    return {h.id for h in results.hits}


def fragments(articles, count: int, seed: int) -> list[str]:
    """Random fragments of the articles' lines: 1 to 8 characters, punctuation and digits included."""
    rnd = random.Random(seed)
    lines = [line for a in articles for line in searchable_lines(a.title, a.paragraphs, a.attribution)]
    digits = [line for line in lines if any(c.isdigit() for c in line)]
    out = []
    while len(out) < count:
        line = rnd.choice(digits if len(out) % 4 == 0 else lines)
        size = rnd.choice([1, 2, 3, 4, 5, 8])
        if len(line) >= size:
            start = rnd.randrange(len(line) - size + 1)
            out.append(line[start:start + size])
    return out


def test_build_sends_every_article(solr_built, solr_engine, bundled_articles):
    config, result = solr_built
    assert result.report.articles == len(bundled_articles)
    store = solr_engine.snapshot().store
    assert type(store) is type(backend("solr").open(config.index / result.generation))
    assert len(store.live()) == len(bundled_articles)
    assert solr_engine.stats()["articles"] == len(bundled_articles)


@pytest.mark.parametrize("quoted", [True, False])
def test_verbatim_recall_equals_brute_force(solr_engine, bundled_articles, quoted):
    engine = solr_engine
    wrong = []
    for text in fragments(bundled_articles, 80, seed=16 if quoted else 61):
        query = '"' + text.replace('"', "") + '"' if quoted else text
        if not parse_query(query).groups:
            continue
        if selected_ids(engine, query) != matching_ids(bundled_articles, query):
            wrong.append(query)
    assert wrong == []


@pytest.mark.parametrize("query", ['"会议，民政"', "会议，民政", '"会议民政"', "２０２３年", "2023年", "23年",
                                   '"（据"', "ＡＢＣ", "民政厅 -培训", "标题:民政"])
def test_punctuation_digits_and_full_width_equal_brute_force(solr_engine, bundled_articles, query):
    engine = solr_engine
    assert selected_ids(engine, query) == matching_ids(bundled_articles, query)


def test_a_quoted_phrase_keeps_its_punctuation(solr_engine, bundled_articles):
    engine = solr_engine
    lines = [(a.id, line) for a in bundled_articles for line in searchable_lines(a.title, a.paragraphs, a.attribution)]
    with_comma = next(line[i - 2:i + 3] for _, line in lines for i in range(2, len(line) - 3)
                      if line[i] == "，" and line[i - 2:i].isalnum() and line[i + 1:i + 3].isalnum())
    glued = with_comma.replace("，", "")
    assert selected_ids(engine, f'"{with_comma}"') == matching_ids(bundled_articles, f'"{with_comma}"') != set()
    assert selected_ids(engine, f'"{glued}"') == matching_ids(bundled_articles, f'"{glued}"')
    assert selected_ids(engine, f'"{with_comma}"') != selected_ids(engine, f'"{glued}"') or \
        matching_ids(bundled_articles, f'"{glued}"') == matching_ids(bundled_articles, f'"{with_comma}"')


def brute_counts(articles, query: str, chosen: dict[str, set[str]]) -> dict[str, Counter]:
    """Disjunctive counts by brute force: each facet over the hits filtered by every other facet."""
    base = matching_ids(articles, query)
    values = {a.id: facet_values(a) for a in articles}
    out = {}
    for facet in FACETS:
        counter = Counter()
        for a in articles:
            if a.id in base and all(set(values[a.id][n]) & vs for n, vs in chosen.items() if n != facet.name):
                counter.update(set(values[a.id][facet.name]))
        out[facet.name] = counter
    return out


@pytest.mark.parametrize("query,filters", [("民政", {}), ("民政", {"province": ("江苏",)}),
                                           ("", {"year": ("2023", "2022")}), ("党建 会议", {"agency": ("民政厅",)}),
                                           ("三会一课", {"province": ("黑龙江",), "year": ("2023",)})])
def test_facet_counts_equal_brute_force(solr_engine, bundled_articles, query, filters):
    engine = solr_engine
    results = engine.search(SearchRequest(query=query, filters=filters, facet_limit=1000))
    chosen = {name: set(v.value for v in results.facets[name].values if v.selected) for name in filters}
    expected = brute_counts(bundled_articles, query, chosen)
    for facet in FACETS:
        got = {v.value: v.count for v in results.facets[facet.name].values if v.count}
        assert got == dict(expected[facet.name]), facet.name


@pytest.mark.parametrize("query", QUERIES)
def test_same_results_as_the_embedded_store(solr_engine, engine, query):
    solr = solr_engine
    for sort in ("relevance", "date"):
        want = engine.search(SearchRequest(query=query, sort=sort, limit=100))
        got = solr.search(SearchRequest(query=query, sort=sort, limit=100))
        assert got.total == want.total
        assert [n.code for n in got.notices] == [n.code for n in want.notices]
        assert {k: f.to_dict() for k, f in got.facets.items()} == {k: f.to_dict() for k, f in want.facets.items()}
        assert [h.to_dict() for h in got.hits] == [h.to_dict() for h in want.hits]


@pytest.mark.parametrize("query", ["民政", "三会一课", "党建 会议", "两个确立"])
def test_equal_scores_fall_to_the_stable_key(solr_engine, query):
    store = solr_engine.snapshot().store
    selection = Selection(groups=tuple((Clause(t),) for t in query.split()))
    hits = store.select(selection, Deadline(30)).hits
    ordered, complete = store.order(hits, selection, "relevance", 100, Deadline(30))
    dates = {a.id: a.date for a in store.records([k for k, _ in ordered])}
    keys = [(-score, *tie_key(dates[k], k)) for k, score in ordered]
    assert complete and len(keys) == min(100, len(hits))
    assert keys == sorted(keys)


def test_records_are_the_parsed_articles(solr_engine, bundled_articles):
    store = solr_engine.snapshot().store
    for article in bundled_articles:
        stored = store.record(article.id)
        assert (stored.title, stored.paragraphs, stored.attribution, stored.path) == \
            (article.title, article.paragraphs, article.attribution, article.path)
        assert stored.date == (article.date.isoformat() if article.date else None)
        assert (stored.province, stored.agency, stored.people) == (article.province, article.agency, article.people)
    assert store.record("no-such-id") is None
    assert len(store.catalogue()) == len(bundled_articles)


def test_histogram_equals_brute_force(solr_engine, bundled_articles):
    expected = Counter(a.date.isoformat()[:7] for a in bundled_articles if a.date and a.id in
                       matching_ids(bundled_articles, "民政"))
    assert solr_engine.date_histogram(SearchRequest(query="民政")) == dict(sorted(expected.items()))


def test_related_articles_equal_the_embedded_stores(solr_engine, engine, bundled_articles):
    from dangjian.search.related import related
    for article in bundled_articles[::9]:
        assert related(solr_engine, article.id) == related(engine, article.id), article.id
    assert related(solr_engine, "no-such-id") == []


def _without_timing(value):
    if isinstance(value, dict):
        return {k: _without_timing(v) for k, v in value.items() if k not in ("elapsed_ms", "took_ms", "generation")}
    if isinstance(value, list):
        return [_without_timing(v) for v in value]
    return value


@pytest.mark.parametrize("path", ["/search.json?q=民政", "/search.json?q=三会一课&province=黑龙江",
                                  "/search.json?q=%22会议，民政%22", "/search.json?q=&sort=date&page=2",
                                  "/browse.json", "/browse.json?publication=公益时报"])
def test_the_site_answers_the_same_on_both_stores(solr_built, built, path):
    from dangjian.web import create_app
    answers = []
    for index in (solr_built[0].index, built[0].index):
        app = create_app({"INDEX": index, "ARCHIVE": BUNDLED, "AUTH_USERS": {}, "TESTING": True})
        response = app.test_client().get(path)
        assert response.status_code == 200
        answers.append(_without_timing(response.get_json()))
    assert answers[0] == answers[1]


def test_the_site_shows_an_article_from_solr(solr_built, bundled_articles):
    from dangjian.web import create_app
    app = create_app({"INDEX": solr_built[0].index, "ARCHIVE": BUNDLED, "AUTH_USERS": {}, "TESTING": True})
    article = bundled_articles[0]
    page = app.test_client().get(f"/articles/{article.id}")
    assert page.status_code == 200 and article.title in page.get_data(as_text=True)


HEAVY = ["民政 OR 会议 OR 党建 OR 培训 OR 发展 OR 工作 OR 组织 OR 社会", '"会议，民政" OR 民政厅 OR 两个确立 OR 三会一课',
         "的 OR 了 OR 和 OR 在 OR 是", "党 OR 民 OR 政 OR 会 OR 组"]


def test_solr_stopped_by_time_allowed_gives_the_timeout_notice(solr_built, bundled_articles):
    # A frozen clock: the engine's own deadline never passes, so only Solr's timeAllowed can stop a query.
    engine = Engine(solr_built[0].index, time_limit=0.001, clock=lambda: 1000.0)
    timed_out = 0
    for query in HEAVY:
        results = engine.search(SearchRequest(query, limit=100, snippets=False))
        codes = {n.code for n in results.notices}
        expected = matching_ids(bundled_articles, query)
        assert {h.id for h in results.hits} <= expected and len(results.hits) <= results.total <= len(expected)
        if results.total < len(expected):
            assert "timeout" in codes, query             # a shortened hit set is always announced
        timed_out += bool(codes & {"timeout", "ranking_timeout"})
    assert timed_out > 0, "Solr answered every heavy query within 1 ms"


def test_a_generous_deadline_leaves_solr_complete(solr_built, bundled_articles):
    engine = Engine(solr_built[0].index, time_limit=60, clock=lambda: 1000.0)
    for query in HEAVY:
        results = engine.search(SearchRequest(query, limit=100, snippets=False))
        assert not {n.code for n in results.notices} & {"timeout", "ranking_timeout"}
        assert results.total == len(matching_ids(bundled_articles, query)), query
