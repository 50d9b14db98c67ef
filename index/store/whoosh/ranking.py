"""Order the hits by relevance, scoring only documents already known to match.

:mod:`.matching` decides which documents match; this module never adds or
removes one. Scores are BM25 over jieba words (Whoosh's formula and
statistics; the title's field boost is in its stored weights), computed with
numpy over the hit set from whole posting blocks, then the best candidates get
a bonus when the terms stand within a few characters of each other (read in
the gram index's text). A hit with none of the query's words still ranks
after those that have them. Equal scores fall to the tie order (newest first,
then article id: the read model's ``order`` column), never to the docnum.
"""
from __future__ import annotations

import numpy as np
from pyroaring import AbstractBitMap, BitMap

from dangjian.index.analysis import query_runs
from dangjian.index.store import Clause, Deadline, Selection

from .counts import as_array
from .gramsearch import Grams

K1, B = 1.2, 0.75           # Whoosh's BM25F defaults
FIELDS = ("title", "body")  # the word fields, in the gram index's lengths order
NEAR_SLOP = 12              # characters apart that still count as "near" for ranking
NEAR_BOOST = 2.0
NEAR_CANDIDATES = 200       # best-scored hits whose nearness is looked at
MAX_WORD_UNITS = 8          # the longest word looked up: slogans like 两个确立 are 4, agencies up to 8


def query_words(words, text: str, fields: tuple[str, ...]) -> list[str]:
    """Cut a query into the index's own words, longest first, left to right.

    The word fields hold jieba's words of every article (sub-words included), so
    their term dictionary is the vocabulary: a search never loads jieba's
    dictionary (seconds of a cold CLI search) to find the words it ranks by.
    """
    found = []
    for run in query_runs(text):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + MAX_WORD_UNITS), i, -1):
                word = "".join(run[i:j]).lower()
                if any(words.has(f, word) for f in fields):
                    found.append(word)
                    i = j
                    break
            else:
                i += 1
    return found


def clause_fields(clause: Clause) -> tuple[str, ...]:
    return ("title",) if clause.field == "title" else FIELDS


def bm25(grams: Grams, docs: np.ndarray, field: str, word: str, memo: dict | None = None) -> np.ndarray:
    """Return the word's BM25 score in field for each of docs (sorted docnums); 0 where absent."""
    out = np.zeros(len(docs))
    ids, weights = grams.words.postings(field, word, memo)
    if not len(ids) or not len(docs):
        return out
    at = np.minimum(np.searchsorted(docs, ids), len(docs) - 1)
    present = docs[at] == ids
    at, tf = at[present], weights[present]
    column = FIELDS.index(field)
    length = grams.lengths[ids[present], column].astype(np.float64)
    average = float(grams.average[column]) or 1.0
    idf = grams.words.idf(field, word)
    out[at] = idf * tf * (K1 + 1) / (tf + K1 * ((1 - B) + B * length / average))
    return out


def scores_of(grams: Grams, parsed: Selection, docs: np.ndarray, deadline: Deadline,
              memo: dict | None = None):
    """Return each hit's summed BM25 over every positive clause's words, and whether all were scored."""
    scores = np.zeros(len(docs))
    for clause in (c for group in parsed.groups for c in group):
        fields = clause_fields(clause)
        for word in query_words(grams.words, clause.text, fields):
            for field in fields:
                if deadline.passed():
                    return scores, False
                scores += bm25(grams, docs, field, word, memo)
    return scores, True


def anchors(parsed: Selection) -> list[str]:
    """Return the text standing for each single-clause group in nearness (its longest run)."""
    out = []
    for group in parsed.groups:
        runs = query_runs(group[0].text)
        if len(group) == 1 and runs:
            out.append("".join(max(runs, key=len)))
    return out if len(out) >= 2 else []


def near(text: str, needles: list[str], slop: int = NEAR_SLOP) -> bool:
    """Return whether every needle occurs within slop characters of the first one somewhere."""
    spots = [_positions(text, n) for n in needles]
    if not all(spots):
        return False
    return any(all(any(abs(p - q) <= slop + len(needles[0]) for q in others) for others in spots[1:])
               for p in spots[0])


def _positions(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def rank(grams: Grams, parsed: Selection, hits, wanted: int, deadline: Deadline,
         memo: dict | None = None, ties: np.ndarray | None = None) -> tuple[list[tuple[int, float]], bool]:
    """Return the best ``wanted`` hits as (docnum, score), and whether every hit was scored."""
    docs = as_array(hits if isinstance(hits, AbstractBitMap) else BitMap(hits))
    if not len(docs) or wanted <= 0:
        return [], True
    scores, complete = scores_of(grams, parsed, docs, deadline, memo)
    needles = anchors(parsed)
    if needles and complete:
        for i in best_indexes(scores, docs, NEAR_CANDIDATES, ties).tolist():
            if near(grams.text(int(docs[i])), needles):
                scores[i] += NEAR_BOOST
    best = best_indexes(scores, docs, wanted, ties)
    return [(int(docs[i]), float(scores[i])) for i in best], complete


def best_indexes(scores: np.ndarray, docs: np.ndarray, wanted: int, ties: np.ndarray | None = None) -> np.ndarray:
    """Return the indexes of the ``wanted`` best scores, best first; ties by ``ties[docnum]``
    (the tie order: newest first, then article id), or by lower docnum without it."""
    if len(scores) > wanted:
        cut = np.argpartition(-scores, wanted - 1)[:wanted]
        floor = scores[cut].min()
        # Every hit tied with the last one kept competes, so ties break by the tie order, not by partition order.
        cut = np.flatnonzero(scores >= floor)
    else:
        cut = np.arange(len(scores))
    tie = docs[cut] if ties is None else np.asarray(ties)[docs[cut]]
    order = np.lexsort((tie, -scores[cut]))
    return cut[order][:wanted]


def by_date(dates, hits, wanted: int, newest_first: bool = True, ties: np.ndarray | None = None) -> list[int]:
    """Return the first ``wanted`` hits by date (ties: by ``ties[docnum]``, the tie order whose
    equal dates are in article id order; without it lower docnum first), undated ones last.

    One int64 key per hit (the date, then the tie rank) so a partial sort finds the page.
    """
    docs = as_array(hits) if hasattr(hits, "to_array") else np.asarray(sorted(hits), dtype=np.int64)
    if not len(docs) or wanted <= 0:
        return []
    numbers = np.asarray(dates)[docs].astype(np.int64)
    numbers = np.where(numbers == 0, 0 if newest_first else 99_999_999, numbers)
    tie = docs if ties is None else np.asarray(ties)[docs].astype(np.int64)
    keys = ((99_999_999 - numbers) if newest_first else numbers) * (1 << 32) + tie
    at = np.argpartition(keys, wanted - 1)[:wanted] if len(keys) > wanted else np.arange(len(keys))
    return docs[at[np.argsort(keys[at], kind="stable")]].tolist()
