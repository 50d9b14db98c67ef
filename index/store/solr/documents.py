"""An analysed article as a Solr document, and a stored record back.

The Python side does all the analysis, as for the embedded store: the jieba
words (with their frequencies) for ranking, and the searchable lines —
title, each paragraph, the attribution — normalised as a query phrase is
(each character lowercased, any whitespace run one space) for verbatim
recall. Solr cuts the lines into unigrams and bigrams and the words at
newlines (``configset/conf/schema.xml``); nothing is analysed twice.
"""
from __future__ import annotations

import json
from bisect import bisect_left

from dangjian.index.schema import FACETS, facet_values, searchable_tokens
from dangjian.index.store import StoredArticle

# Whoosh keeps field lengths as one byte: BM25 in the embedded store sees this quantised length,
# so the Solr documents carry the same (Whoosh's length table: round((1.033**b - 1) * 27)).
_LENGTHS = [int(round((1.033 ** b - 1) * 27)) for b in range(256)]
TITLE_WEIGHT = 3.0       # the title's field boost: a title word weighs three body words


def quantised_length(n: int) -> int:
    """Return the field length BM25 sees for n tokens (Whoosh's one-byte approximation)."""
    return _LENGTHS[min(bisect_left(_LENGTHS, n), 255)]


def squeeze_line(text: str) -> str:
    """Normalise a searchable line as a query phrase is: each character lowercased, one space per run."""
    return " ".join("".join(c.lower() for c in text).split())


def searchable_lines(title: str, paragraphs, attribution: str | None) -> list[str]:
    """Return the lines a phrase must lie within: title, paragraphs, attribution (squeezed, none empty)."""
    lines = [squeeze_line(t) for t in (title, *paragraphs, attribution or "")]
    return [line for line in lines if line]


def _words(tokenized) -> str:
    return "\n".join(t[0].lower() for t in tokenized.tokens)


def stored_record(article, sha1: str) -> dict:
    """Return the article's stored record: :class:`StoredArticle`'s fields, as JSON values."""
    facets = {name: [v.replace(",", "，") for v in values] for name, values in facet_values(article).items()}
    return {
        "id": article.id, "title": str(article.title), "title_derived": bool(article.title_derived),
        "date": article.date.isoformat() if article.date else None,
        "issue_date": article.issue_date.isoformat() if article.issue_date else None,
        "publication": article.publication, "page": article.page, "ordinal": article.ordinal,
        "province": article.province, "agency": article.agency, "source": article.source,
        "year": (facets.get("year") or [None])[0],
        "slogans": facets.get("slogans", []), "people": facets.get("people", []),
        "places": [p.replace(",", "，") for p in article.places],
        "paragraphs": list(article.paragraphs), "attribution": article.attribution,
        "path": article.path, "sha1": sha1, "pdf_page": article.pdf_page, "extraction": article.extraction,
        "corrected": bool(article.corrected),
    }


def solr_document(article, sha1: str, tokens: dict | None = None, batch: str = "") -> dict:
    """Return the Solr document of an analysed article (tokens from ``pretokenize`` if made already).

    ``batch`` names the write that sent it, so an update can delete a changed file's older
    articles without deleting the ones it has just sent.
    """
    tokens = searchable_tokens(article, tokens)
    doc = {
        "id": article.id, "path": article.path, "sha1": sha1, "batch": batch,
        "record": json.dumps(stored_record(article, sha1), ensure_ascii=False),
        "text_bi": searchable_lines(article.title, article.paragraphs, article.attribution),
        "title_bi": squeeze_line(article.title),
        "title_w": _words(tokens["title"]), "body_w": _words(tokens["body"]),
        "title_qlen": quantised_length(len(tokens["title"].tokens)),
        "body_qlen": quantised_length(len(tokens["body"].tokens)),
    }
    doc["text_uni"], doc["title_uni"] = doc["text_bi"], doc["title_bi"]
    if article.date:
        iso = article.date.isoformat()
        doc.update(date=iso, date_n=int(iso.replace("-", "")), month=int(iso[:7].replace("-", "")))
    for name, values in facet_values(article).items():
        values = [v.replace(",", "，") for v in values]     # as the embedded store keeps them
        if values:
            doc[name] = values if _multi(name) else values[0]
    return doc


def _multi(name: str) -> bool:
    return next(f.multi for f in FACETS if f.name == name)


def record(doc: dict, text: bool = True) -> StoredArticle:
    """Return the stored article of a Solr document (``record`` field): the one decoder.

    Without ``text`` the paragraphs and attribution are left empty (a catalogue entry).
    """
    data = json.loads(doc["record"])
    for name in StoredArticle.LISTS:
        data[name] = tuple(data.get(name) or ())
    if not text:
        data["paragraphs"], data["attribution"] = (), None
    return StoredArticle(**data)
