"""Related articles: more-like-this over the word field, plus shared slogan terms.

The article's key words are its own jieba words weighted by frequency × idf
(the ``body`` field is not stored, so its stored paragraphs are cut again);
the store scores every other article by BM25 on those words at once and adds
a bonus for every slogan term (提法) it shares, so reports on the same 提法
rank together (:meth:`~dangjian.index.store.Store.similar`). The answer is a
list of plain dicts, views of the stored records.
"""
from __future__ import annotations

from collections import Counter

from dangjian.index.analysis import word_tokens

KEY_TERMS = 12
KEY_TEXT = 20_000     # characters cut into words for key words: a long article's start tells enough
RELATED_FIELDS = ("id", "title", "title_derived", "date", "publication", "province")


def key_words(store, text: str, count: int = KEY_TERMS) -> list[tuple[str, float]]:
    """Return the text's ``count`` most telling words as (word, weight): frequency × idf, best first."""
    tf = Counter(w for w, *_ in word_tokens(text, mode="query") if len(w) >= 2 and not w.isdigit())
    stats = store.word_stats("body", tf)
    weighted = [(w, n * stats[w].idf) for w, n in tf.items() if w in stats]
    weighted.sort(key=lambda item: (-item[1], item[0]))
    return weighted[:count]


def related(engine, article_id: str, limit: int = 5) -> list[dict]:
    """Return up to limit articles like the given one, most alike first; [] if it is unknown."""
    store = engine.snapshot().store
    key = store.key_of(article_id)
    if key is None:
        return []
    record = store.records([key])[0]
    words = key_words(store, "\n".join([record.title, *record.paragraphs])[:KEY_TEXT])
    found = store.similar(words, record.slogans, key, limit)
    others = store.records([k for k, _ in found], text=False)
    return [{**other.view(*RELATED_FIELDS), "date": other.date,
             "shared_slogans": [s for s in other.slogans if s in record.slogans], "score": round(score, 3)}
            for other, (_, score) in zip(others, found)]
