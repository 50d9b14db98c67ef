"""The embedded store's Whoosh schema: stored fields, facet fields, the word fields.

The facets themselves are declared once in :mod:`dangjian.index.schema`;
this module only says how Whoosh stores an article (:func:`to_document`) and
is read back into a :class:`~dangjian.index.store.StoredArticle` by
:mod:`.records`.
"""
from __future__ import annotations

import json
import warnings

with warnings.catch_warnings():        # Whoosh 2.7 has invalid escapes in old regex literals
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh import fields
    from whoosh.system import pack_uint

from dangjian.index.analysis import Tokenized
from dangjian.index.parse import Article
from dangjian.index.schema import FACETS, FACETS_BY_NAME, Facet, facet_values, searchable_tokens

from .analyzer import WordAnalyzer


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
    # Stored only: facets are counted and filtered from the read model (.readmodel) and
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
        corrected=fields.STORED(),         # issue 17: changed by the archive's corrections.toml
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


def _join(values) -> str:
    return ",".join(v.replace(",", "，") for v in values)


def to_document(article: Article, sha1: str, tokens: dict | None = None) -> dict:
    """Return the Whoosh document of an article; tokens from :func:`pretokenize` if made already."""
    tokens = searchable_tokens(article, tokens)
    doc = {
        "id": article.id, "path": article.path, "sha1": sha1,
        "ordinal": article.ordinal,
        "issue_date": article.issue_date.isoformat() if article.issue_date else None,
        "page": article.page, "title_derived": article.title_derived,
        "pdf_page": article.pdf_page, "extraction": article.extraction, "corrected": bool(article.corrected),
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
