"""The index's fields and facets, declared once.

:data:`FACETS` drives the Whoosh fields, the facet counting in
:mod:`search.facets`, the CLI's filters and (later) the web sidebar;
``tests/test_schema.py`` checks they agree.
"""
from __future__ import annotations

import json
import warnings
from dataclasses import dataclass

with warnings.catch_warnings():        # Whoosh 2.7 has invalid escapes in old regex literals
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh import fields
    from whoosh.system import pack_uint

from .analysis import Tokenized, WordAnalyzer, pretokenize, with_paragraph
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


class WordsField(fields.TEXT):
    """A word field (frequencies, no positions) that indexes tokens made earlier without replaying them.

    Whoosh replays a :class:`Tokenized` value through the analyzer one ``Token``
    at a time to count each word; counting the tokens' texts directly yields
    the same (term, frequency, weight, value) items — tested against the
    analyzer's — at a fraction of the indexer's time.
    """

    def index(self, value, **kwargs):
        if not isinstance(value, Tokenized):
            return super().index(value, **kwargs)
        counts: dict[str, int] = {}
        for text, *_ in value.tokens:
            word = text.lower()                      # as the analyzer's LowercaseFilter does
            counts[word] = counts.get(word, 0) + 1
        boost = self.format.field_boost
        return [(w.encode("utf-8"), n, float(n) * boost, pack_uint(n)) for w, n in counts.items()]


def _facet_field(facet: Facet):
    # Stored only: facets are counted and filtered from the read model (index/readmodel.py) and
    # related articles use its bitmaps, so no search reads a facet's terms; indexing them cost
    # the indexer a term (and a posting block) for every name, place and agency.
    return fields.STORED()


def build_schema() -> fields.Schema:
    """Return the Whoosh schema: display fields, facet fields and the analyzed text fields."""
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        path=fields.ID(stored=True),
        sha1=fields.STORED(),
        ordinal=fields.STORED(),
        issue_date=fields.STORED(),
        page=fields.STORED(),
        pdf_page=fields.STORED(),          # issue 11: link to path#page=N
        extraction=fields.STORED(),        # issue 11: pdf | ocr | html | docx
        title_derived=fields.STORED(),
        attribution=fields.STORED(),
        paragraphs=fields.STORED(),
        places=fields.STORED(),
        date=fields.ID(stored=True, sortable=True),
        title=WordsField(analyzer=WordAnalyzer(), phrase=False, stored=True, field_boost=3.0),
        body=WordsField(analyzer=WordAnalyzer(), phrase=False),
        # Verbatim recall (any substring of title, paragraphs and attribution) is the gram index's:
        # index/grams.py, written per segment from the stored fields above.
    )
    for facet in FACETS:
        schema.add(facet.name, _facet_field(facet))
    return schema


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


def _join(values) -> str:
    return ",".join(v.replace(",", "，") for v in values)


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


def to_document(article: Article, sha1: str, tokens: dict | None = None) -> dict:
    """Return the Whoosh document of an article; tokens from :func:`pretokenize` if made already."""
    tokens = searchable_tokens(article, tokens)
    doc = {
        "id": article.id, "path": article.path, "sha1": sha1,
        "ordinal": article.ordinal,
        "issue_date": article.issue_date.isoformat() if article.issue_date else None,
        "page": article.page, "title_derived": article.title_derived,
        "pdf_page": article.pdf_page, "extraction": article.extraction,
        "attribution": article.attribution,
        "paragraphs": json.dumps(list(article.paragraphs), ensure_ascii=False),
        "places": _join(article.places),
        "date": article.date.isoformat() if article.date else "",
        "title": tokens["title"], "_stored_title": str(article.title),
        "body": tokens["body"],
    }
    for name, values in facet_values(article).items():
        facet = FACETS_BY_NAME[name]
        doc[name] = _join(values) if facet.multi else (values[0] if values else "")
    return {k: v for k, v in doc.items() if v is not None and v != ""}
