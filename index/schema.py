"""The index's fields and facets, declared once.

:data:`FACETS` drives every store's facet fields (the embedded store's in
:mod:`.store.whoosh.schema`), the facet counting, the CLI's filters and the
web sidebar; ``tests/test_schema.py`` checks they agree.
"""
from __future__ import annotations

from dataclasses import dataclass

from .analysis import pretokenize, with_paragraph
from .parse import Article


@dataclass(frozen=True)
class Facet:
    """A facet: the field it counts, its label, its query prefixes, its URL/CLI parameter,
    whether a doc has several values, and how a value is shown (``{}`` is the value)."""

    name: str
    label: str
    prefixes: tuple[str, ...]
    param: str
    multi: bool = False
    value_label: str = "{}"

    def label_of(self, value: str) -> str:
        return self.value_label.format(value)


FACETS: tuple[Facet, ...] = (
    Facet("province", "省份", ("省份", "province"), "province"),
    Facet("agency", "单位", ("单位", "agency"), "agency"),
    Facet("year", "年份", ("年份", "year"), "year", value_label="{}年"),
    Facet("slogans", "提法", ("提法", "slogan"), "slogan", multi=True),
    Facet("people", "人物", ("人物", "person"), "person", multi=True),
    Facet("publication", "报刊", ("报刊", "publication"), "publication"),
    Facet("source", "来源", ("来源", "source"), "source"),
)
FACET_NAMES = tuple(f.name for f in FACETS)
FACETS_BY_NAME = {f.name: f for f in FACETS}
FACETS_BY_PARAM = {f.param: f for f in FACETS}


def facet_values(article: Article) -> dict[str, tuple[str, ...]]:
    """Return each facet's values for an article (empty tuple when unknown)."""
    year = article.date.year if article.date else (article.issue_date.year if article.issue_date else None)
    single = {
        "province": article.province, "agency": article.agency, "source": article.source,
        "publication": article.publication, "year": str(year) if year else None,
    }
    out = {}
    for facet in FACETS:
        if facet.multi:
            out[facet.name] = tuple(getattr(article, facet.name))
        else:
            out[facet.name] = (single[facet.name],) if single[facet.name] else ()
    return out


def searchable_extra(article: Article) -> str:
    """Return the text outside title and body that is searched too: the attribution with its bylines.

    A byline opening the lead (本报讯（记者 某某）) is part of the body already.
    """
    return article.attribution or ""


def searchable_tokens(article: Article, tokens: dict | None = None) -> dict:
    """Return the tokens of everything searchable in an article: title, body and attribution.

    Tokens made earlier from title and body alone (``pretokenize(a.title, a.body)``)
    get the attribution appended, so no caller can leave it unindexed.
    """
    extra = searchable_extra(article)
    if tokens is None:
        return pretokenize(article.title, article.body, extra)
    if extra and str(tokens["body"]) == article.body:
        return with_paragraph(tokens, extra)
    return tokens
