"""Schema and facets are declared once and agree everywhere they are used."""
from dangjian.cli import search as search_command
from dangjian.index.schema import FACETS
from dangjian.index.store.whoosh.schema import build_schema
from dangjian.search.query import parse_query


def test_every_facet_is_a_stored_field():
    schema = build_schema()
    for facet in FACETS:
        assert facet.name in schema.names()
        assert schema[facet.name].stored


def test_every_facet_prefix_filters_that_facet():
    for facet in FACETS:
        for prefix in facet.prefixes:
            assert parse_query(f"{prefix}:某值").facets == {facet.name: ["某值"]}


def test_facets_reported_by_search_are_the_declared_ones(engine):
    from dangjian.search.engine import SearchRequest
    assert list(engine.search(SearchRequest("民政")).facets) == [f.name for f in FACETS]


def test_cli_filter_options_name_declared_facets():
    options = {p.name for p in search_command.params}
    assert {"province", "agency", "slogan", "person", "year"} <= options


def test_words_fields_index_tokens_made_earlier_as_the_analyzer_would(bundled_articles):
    # The fast path (counting the tokens' texts) against Whoosh's own (replaying them through the analyzer).
    from whoosh import fields

    from dangjian.index.schema import searchable_tokens
    from dangjian.index.store.whoosh.schema import build_schema
    schema = build_schema()
    for article in bundled_articles:
        tokens = searchable_tokens(article)
        for name in ("title", "body"):
            field = schema[name]
            fast = sorted(field.index(tokens[name]))
            slow = sorted(fields.TEXT.index(field, tokens[name]))
            assert fast == slow and [type(w) for _, _, w, _ in fast] == [type(w) for _, _, w, _ in slow]
