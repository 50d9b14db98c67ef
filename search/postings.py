"""Read a run of characters' documents straight from the bigram postings, as bitmaps.

A run ABCD is indexed as the bigrams AB BC CD at consecutive positions. Every
document having the run has all three, so intersecting their document sets
(whole posting blocks, decoded at once) gives the candidates; only a run of
three or more characters then needs positions, and only for those candidates:
AB at p and CD at p+2 already prove BC at p+1 (a break between runs skips a
position, so p+1 cannot be a run's end), so every other bigram is checked.

Whoosh's own phrase query evaluates spans for every document of the first
term, and its ``docs()`` walks postings one at a time; this module is where
the engine leaves Whoosh's query objects for speed. It reads Whoosh 2.7's
block matcher (pinned in pyproject) and falls back to the public matcher
interface for any other.
"""
from __future__ import annotations

import numpy as np
from pyroaring import BitMap
from whoosh.reading import TermNotFound

CHECK_EVERY = 16            # candidates between two looks at the clock


def _leaf(matcher):
    """Return the block matcher under a deletion filter (deleted docs are removed by the caller)."""
    while not hasattr(matcher, "_read_ids") and hasattr(matcher, "child"):
        matcher = matcher.child
    return matcher


def _matcher(reader, field: str, term: str):
    try:
        return _leaf(reader.postings(field, term))
    except TermNotFound:
        return None


def term_docs(searcher, field: str, term: str) -> BitMap:
    """Return every docnum (deleted ones included) whose field has term."""
    out = BitMap()
    for reader, base in searcher.reader().leaf_readers():
        m = _matcher(reader, field, term)
        if m is not None:
            out |= BitMap((_block_ids(m) + base).astype(np.uint32))
    return out


def _block_ids(m) -> np.ndarray:
    if not hasattr(m, "_read_ids"):
        return np.fromiter(m.all_ids(), dtype=np.int64)
    chunks = []
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        chunks.append(np.asarray(m._ids, dtype=np.int64))
        m._next_block()
    return np.concatenate(chunks) if chunks else np.zeros(0, np.int64)


def prefix_docs(searcher, field: str, prefix: str) -> BitMap:
    """Return the docnums whose field has a term starting with prefix (a one-character run)."""
    terms = [t.decode("utf-8") if isinstance(t, bytes) else t
             for t in searcher.reader().expand_prefix(field, prefix)]
    return BitMap.union(BitMap(), *(term_docs(searcher, field, t) for t in terms))


def grams_of(run: str) -> list[str]:
    return [a + b for a, b in zip(run, run[1:])]


def checked(grams: list[str]) -> list[int]:
    """Return the indexes of the bigrams whose positions prove the run: every other one, and the last."""
    picks = list(range(0, len(grams), 2))
    return picks if picks[-1] == len(grams) - 1 else picks + [len(grams) - 1]


def run_docs(searcher, field: str, run: str, live: BitMap, deadline) -> tuple[BitMap, bool]:
    """Return the live documents having the run unbroken, and whether every candidate was checked."""
    if deadline.passed():                   # reading postings is work too: none is read after the deadline
        return BitMap(), False
    if len(run) == 1:
        return prefix_docs(searcher, field, run) & live, True
    grams = grams_of(run)
    sets = sorted((term_docs(searcher, field, g) for g in dict.fromkeys(grams)), key=len)
    candidates = BitMap.intersection(live, *sets)
    if len(grams) == 1 or not candidates:
        return candidates, True
    return _positions(searcher, field, grams, candidates, deadline)


def _positions(searcher, field: str, grams: list[str], candidates: BitMap, deadline) -> tuple[BitMap, bool]:
    picks = checked(grams)
    found, seen = BitMap(), 0
    for reader, base in searcher.reader().leaf_readers():
        docs = np.frombuffer(candidates.to_array(), dtype=np.uint32).astype(np.int64)
        mine = (docs[(docs >= base) & (docs < base + reader.doc_count_all())] - base).tolist()
        matchers = [_matcher(reader, field, grams[i]) for i in picks] if mine else []
        for local in mine:
            if seen % CHECK_EVERY == 0 and deadline.passed():
                return found, False
            seen += 1
            if _at_consecutive(matchers, picks, local):
                found.add(local + base)
    return found, True


def _at_consecutive(matchers, picks: list[int], local: int) -> bool:
    starts = None
    for m, offset in zip(matchers, picks):
        if m is None or not m.is_active():
            return False
        m.skip_to(local)
        if not m.is_active() or m.id() != local:
            return False
        here = {p - offset for p in m.value_as("positions")}
        starts = here if starts is None else starts & here
        if not starts:
            return False
    return True
