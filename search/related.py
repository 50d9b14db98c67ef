"""Related articles: more-like-this on the word field, plus shared slogan terms.

Whoosh picks the article's key terms from its jieba words (the ``body``
field is not stored, so the text is passed in); every slogan term the
article carries is added as a boosted term, so reports on the same 提法 rank
together. The answer is a list of plain dicts, never Whoosh objects.
"""
from __future__ import annotations

import json
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import query as wq

KEY_TERMS = 12
SLOGAN_BOOST = 2.0


def related(engine, article_id: str, limit: int = 5) -> list[dict]:
    """Return up to limit articles like the given one, most alike first; [] if it is unknown."""
    snap = engine.snapshot()
    searcher = snap.searcher()
    docnum = searcher.document_number(id=article_id)
    if docnum is None:
        return []
    doc = searcher.stored_fields(docnum)
    text = "\n".join([doc.get("title", "")] + _paragraphs(doc))
    terms = [wq.Term("body", word, boost=weight)
             for word, weight in searcher.key_terms_from_text("body", text, numterms=KEY_TERMS)]
    slogans = [v for v in (doc.get("slogans") or "").split(",") if v]
    terms += [wq.Term("slogans", s, boost=SLOGAN_BOOST) for s in slogans]
    if not terms:
        return []
    hits = searcher.search(wq.Or(terms), limit=limit, mask={docnum})
    return [_record(hit.fields(), slogans, hit.score) for hit in hits]


def _paragraphs(doc: dict) -> list[str]:
    try:
        return list(json.loads(doc.get("paragraphs") or "[]"))
    except ValueError:
        return []


def _record(fields: dict, slogans: list[str], score: float) -> dict:
    theirs = [v for v in (fields.get("slogans") or "").split(",") if v]
    return {"id": fields["id"], "title": fields.get("title", ""),
            "title_derived": bool(fields.get("title_derived")), "date": fields.get("date") or None,
            "publication": fields.get("publication"), "province": fields.get("province"),
            "shared_slogans": [s for s in theirs if s in slogans], "score": round(score, 3)}
