"""Whoosh 3 posting blocks decoded a whole block at a time with numpy.

Whoosh's matchers step one posting at a time. Segments written now have no
Whoosh word postings (their word files, :mod:`.wordfiles`, are the only
copy); a segment written before them had, and its word files are written
from its postings read here (:func:`segment_postings`), once.
:func:`word_postings` reads one word over an open index of that kind the same
way. Deleted documents are kept: callers only ever look at hits.
"""
from __future__ import annotations

import numpy as np

from whoosh.reading import TermNotFound


def segment_postings(reader, field: str):
    """Yield (word, docnums, weights) of every word of a field in one segment (a SegmentReader), in term order."""
    if field not in reader.schema:
        return
    terms, form = reader._terms, reader.schema[field].format
    for btext in reader.lexicon(field):
        ids, weights = _blocks(terms.matcher(field, btext, form))
        yield btext.decode("utf-8"), ids, weights

def word_postings(searcher, field: str, word: str, memo: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Return (docnums, weights) of a word in a field over every segment, decoded block by block.

    ``memo`` is one query's: matching and ranking often want the same word's postings.
    """
    if memo is not None:
        key = (field, word)
        if key not in memo:
            memo[key] = word_postings(searcher, field, word)
        return memo[key]
    ids, weights = [], []
    for reader, base in searcher.reader().leaf_readers():
        try:
            matcher = _raw_matcher(reader, field, word)
        except TermNotFound:
            continue
        block_ids, block_weights = _blocks(matcher)
        ids.append(block_ids + base)
        weights.append(block_weights)
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    return np.concatenate(ids), np.concatenate(weights)


def _raw_matcher(reader, field: str, word: str):
    """Return a term's block matcher, deleted documents included (the caller keeps only hits).

    ``reader.postings`` wraps a segment with deletions in a filter that builds a set of the
    deleted docnums and decodes the first block one posting at a time, on every call.
    """
    terms = getattr(reader, "_terms", None)
    if terms is None or field not in reader.schema:
        return _leaf(reader.postings(field, word))
    return terms.matcher(field, reader._text_to_bytes(field, word), reader.schema[field].format)


def _leaf(matcher):
    """Return the block matcher under a deletion filter (deleted docs are removed by the caller)."""
    while not hasattr(matcher, "_read_ids") and hasattr(matcher, "child"):
        matcher = matcher.child
    return matcher


def _blocks(m) -> tuple[np.ndarray, np.ndarray]:
    ids, weights = [], []
    if not hasattr(m, "_read_data"):         # another codec: the public interface, one posting at a time
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
    while m.is_active():
        block_ids, block_weights = _decode(m)
        ids.append(block_ids)
        weights.append(block_weights)
        m._next_block()
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    return np.concatenate(ids), np.concatenate(weights)


def _decode(m) -> tuple[np.ndarray, np.ndarray]:
    """Decode one Whoosh 3 posting block with numpy: its ids are deltas, its weights None, one or each."""
    if m._data is None:
        m._read_data()
    raw_ids, raw_weights = m._data[0], m._data[1]
    if m._byteids:                        # (term vectors only) ids kept as they are: Whoosh's own decoding
        m._read_ids()
        ids = np.asarray(m._ids, dtype=np.int64)
    else:
        ids = np.cumsum(np.asarray(raw_ids, dtype=np.int64))
    if raw_weights is None:
        return ids, np.ones(len(ids))
    if isinstance(raw_weights, float):
        return ids, np.full(len(ids), raw_weights)
    return ids, np.asarray(raw_weights, dtype=np.float64)
