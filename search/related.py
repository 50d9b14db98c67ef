"""Related articles: more-like-this over the word field, plus shared slogan terms.

The article's key words are its own jieba words weighted by frequency × idf
(the ``body`` field is not stored, so its stored paragraphs are cut again);
every other article is scored by BM25 on those words at once, with numpy
over whole posting lists, and every slogan term (提法) it shares adds a
bonus, so reports on the same 提法 rank together. The answer is a list of
plain dicts, never Whoosh objects.
"""
from __future__ import annotations

import json
from collections import Counter

import numpy as np

from dangjian.index.analysis import word_tokens

from .counts import as_array
from .ranking import best_indexes, bm25

KEY_TERMS = 12
SLOGAN_BOOST = 2.0
KEY_TEXT = 20_000     # characters cut into words for key words: a long article's start tells enough


def key_words(searcher, text: str, count: int = KEY_TERMS) -> list[tuple[str, float]]:
    """Return the text's ``count`` most telling words as (word, weight): frequency × idf, best first."""
    tf = Counter(w for w, *_ in word_tokens(text, mode="query") if len(w) >= 2 and not w.isdigit())
    weighted = [(w, n * searcher.idf("body", w)) for w, n in tf.items() if ("body", w) in searcher.reader()]
    weighted.sort(key=lambda item: (-item[1], item[0]))
    return weighted[:count]


def related(engine, article_id: str, limit: int = 5) -> list[dict]:
    """Return up to limit articles like the given one, most alike first; [] if it is unknown."""
    snap = engine.snapshot()
    searcher = snap.searcher()
    docnum = searcher.document_number(id=article_id)
    if docnum is None:
        return []
    doc = searcher.stored_fields(docnum)
    slogans = [v for v in (doc.get("slogans") or "").split(",") if v]
    text = "\n".join([doc.get("title", "")] + _paragraphs(doc))[:KEY_TEXT]
    scores = _scores(searcher, snap, text, slogans)
    scores[docnum] = 0.0
    docs = np.arange(len(scores), dtype=np.int64)
    best = [int(i) for i in best_indexes(scores, docs, limit) if scores[i] > 0]
    return [_record(searcher.stored_fields(d), slogans, float(scores[d])) for d in best]


def _scores(searcher, snap, text: str, slogans: list[str]) -> np.ndarray:
    """Return every document's likeness to the text (0 for deleted documents)."""
    docs = np.arange(snap.grams.size, dtype=np.int64)
    scores = np.zeros(len(docs))
    for word, weight in key_words(searcher, text):
        scores += weight * bm25(searcher, snap.grams, docs, "body", word)
    for slogan in slogans:
        scores[as_array(snap.facets.docs_with("slogans", [slogan]))] += SLOGAN_BOOST
    live = np.zeros(len(docs), dtype=bool)
    live[as_array(snap.facets.live)] = True
    return np.where(live, scores, 0.0)


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
