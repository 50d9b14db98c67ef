"""Order the hits by relevance, scoring only documents already known to match.

:mod:`.matching` decides which documents match; this module never adds or
removes one. It walks Whoosh matchers of a scoring query to exactly the hit
documents (``skip_to``), so a filter that leaves nothing leaves nothing to
rank, and the deadline is looked at whatever the query's shape. Scores:
BM25F over jieba words (the title's field boost counts) on top of the verbatim
bigram match, plus a bonus when the terms stand within a few characters of
each other. Documents the deadline left unscored rank after the scored ones.
"""
from __future__ import annotations

import heapq

from whoosh import query as wq
from whoosh.matching import NullMatcher
from whoosh.query import spans
from whoosh.reading import TermNotFound

from dangjian.index.analysis import query_runs

from .matching import CHECK_EVERY, Deadline, grams_field
from .query import Clause, ParsedQuery

NEAR_SLOP = 12            # characters apart that still count as "near" for ranking
NEAR_BOOST = 2.0
MAX_WORD_UNITS = 8        # the longest word looked up: slogans like 两个确立 are 4, agencies up to 8


def query_words(reader, text: str, fields: tuple[str, ...]) -> list[str]:
    """Cut a query into the index's own words, longest first, left to right.

    The word fields hold jieba's words of every article (sub-words included), so
    their term dictionary is the vocabulary: a search never loads jieba's
    dictionary (seconds of a cold CLI search) to find the words it ranks by.
    """
    words = []
    for run in query_runs(text):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + MAX_WORD_UNITS), i, -1):
                word = "".join(run[i:j]).lower()
                if any((f, word) in reader for f in fields):
                    words.append(word)
                    i = j
                    break
            else:
                i += 1
    return words


def words_query(reader, text: str, fields: tuple[str, ...]) -> wq.Query | None:
    """Score word matches (title boosted by its field boost)."""
    words = query_words(reader, text, fields)
    if not words:
        return None
    return wq.Or([wq.And([wq.Term(f, w) for w in words]) for f in fields])


def grams_query(text: str, fieldname: str) -> wq.Query | None:
    """Score a clause's bigrams as terms (BM25 each, summed): no positions.

    Only hits are scored, and matching already proved the runs unbroken, so the
    phrase query's span evaluation (most of the ranking's time) buys nothing the
    bigrams' own frequencies do not approximate.
    """
    parts: list[wq.Query] = []
    for run in query_runs(text):
        if len(run) == 1:
            parts.append(wq.Prefix(fieldname, run[0]))
        else:
            parts += [wq.Term(fieldname, g) for g in dict.fromkeys(a + b for a, b in zip(run, run[1:]))]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def clause_query(clause: Clause, reader) -> wq.Query | None:
    required = grams_query(clause.text, grams_field(clause))
    if required is None:
        return None
    optional = words_query(reader, clause.text, ("title",) if clause.field == "title" else ("title", "body"))
    return wq.AndMaybe(required, optional) if optional is not None else required


def proximity_query(parsed: ParsedQuery) -> wq.Query | None:
    """Score articles where the terms stand close together (民政 培训 → 民政培训 first).

    Each term is represented by its first bigram, which Whoosh can place in
    spans; single-character terms do not take part.
    """
    anchors = []
    for group in parsed.groups:
        runs = query_runs(group[0].text)
        if len(group) == 1 and runs and len(runs[0]) >= 2:
            anchors.append(wq.Term("grams", runs[0][0] + runs[0][1]))
    if len(anchors) < 2:
        return None
    near = spans.SpanNear2(anchors, slop=NEAR_SLOP, ordered=False)
    near.boost = NEAR_BOOST
    return near


def scoring_parts(parsed: ParsedQuery, reader) -> list[wq.Query]:
    """Return the queries whose scores, summed, order the hits (an Or of them, scored lazily)."""
    parts = [q for group in parsed.groups for q in (clause_query(c, reader) for c in group) if q is not None]
    near = proximity_query(parsed)
    return parts + ([near] if near is not None else [])


def scoring_query(parsed: ParsedQuery, reader) -> wq.Query | None:
    """Return the query whose score orders the hits, or None when nothing positive was asked."""
    parts = scoring_parts(parsed, reader)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.Or(parts)


def rank(searcher, parsed: ParsedQuery, hits: set[int], wanted: int,
         deadline: Deadline) -> tuple[list[tuple[int, float]], bool]:
    """Return the best ``wanted`` hits as (docnum, score), and whether every hit was scored."""
    scores: dict[int, float] = {}
    docs, complete = sorted(hits), True
    # Each part is scored on its own over the hits and the scores summed, as Whoosh's Or sums them:
    # an Or of them would build array matchers scoring every document of the index.
    for q in scoring_parts(parsed, searcher.reader()) if docs else ():
        complete = complete and _score(searcher, q, docs, scores, deadline)
    best = heapq.nsmallest(wanted, hits, key=lambda d: (-scores.get(d, 0.0), d))
    return [(d, scores.get(d, 0.0)) for d in best], complete


def by_date(dates, hits, wanted: int, newest_first: bool = True) -> list[int]:
    """Return the first ``wanted`` hits by date (ties: lower docnum first), undated ones last.

    One int64 key per hit (the date, then the docnum) so a partial sort finds the page.
    """
    import numpy as np

    from .counts import as_array
    docs = as_array(hits) if hasattr(hits, "to_array") else np.asarray(sorted(hits), dtype=np.int64)
    if not len(docs) or wanted <= 0:
        return []
    numbers = np.asarray(dates)[docs].astype(np.int64)
    numbers = np.where(numbers == 0, 0 if newest_first else 99_999_999, numbers)
    keys = ((99_999_999 - numbers) if newest_first else numbers) * (1 << 32) + docs
    if len(keys) > wanted:
        keys = keys[np.argpartition(keys, wanted - 1)[:wanted]]
    return (np.sort(keys) & 0xFFFFFFFF).tolist()


def _score(searcher, q: wq.Query, docs: list[int], scores: dict[int, float], deadline: Deadline) -> bool:
    # needs_current: an Or builds lazy union matchers that skip to the hits, not arrays scoring every document
    context = searcher.context(top_query=q, needs_current=True)
    seen = 0
    for sub, offset in searcher.leaf_searchers():
        mine = [d for d in docs if offset <= d < offset + sub.doc_count_all()]
        matcher = _matcher(q, sub, context) if mine else None
        for docnum in mine:
            if seen % CHECK_EVERY == 0 and deadline.passed():
                return False
            seen += 1
            local = docnum - offset
            if matcher.is_active() and matcher.id() < local:
                matcher.skip_to(local)
            if matcher.is_active() and matcher.id() == local:
                scores[docnum] = scores.get(docnum, 0.0) + matcher.score()
    return True


def _matcher(q: wq.Query, searcher, context):
    try:
        return q.matcher(searcher, context)
    except TermNotFound:
        return NullMatcher()
