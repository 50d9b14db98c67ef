"""Read a run of characters' documents from the gram index (:mod:`.grams`), as bitmaps.

A run of one or two units is one term: its document list is the answer. A
longer run ABCD is in every document holding AB, BC and CD, so intersecting
those lists gives the candidates, and only they are checked for the run in
their stored search text (one ``find`` per candidate, in C). Word postings for
ranking are :mod:`.wordpostings`'.
"""
from __future__ import annotations

import array
import tempfile
from pathlib import Path

import numpy as np
from pyroaring import BitMap
from . import grams as gram_files
from . import wordfiles
from .wordfiles import WordIndex

CHECK_EVERY = 256           # candidates between two looks at the clock
SURE_FROM = 256             # candidates from which a run's word postings are read to check fewer


def to_bitmap(docs: np.ndarray) -> BitMap:
    """Return a bitmap of uint32 docnums (fast: a buffer, not a Python list)."""
    return BitMap(array.array("I", np.ascontiguousarray(docs, dtype=np.uint32).tobytes()))


class Grams:
    """The gram index of one generation: its segments' files, mapped, in docnum order."""

    def __init__(self, segments: list[gram_files.SegmentGrams], scratch=None, words: dict | None = None):
        self.segments = segments
        self._scratch = scratch        # kept open while the files built into it are mapped
        self.size = sum(s.count for s in segments)
        self.words = WordIndex(words or {}, self.size)   # the word fields' postings, from the same segments
        parts = [np.asarray(s.lengths) for s in segments]
        self.lengths = np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int32)
        # BM25's average field lengths (title, body), over every document of the segments.
        self.average = self.lengths.mean(axis=0) if len(self.lengths) else np.ones(2)

    @classmethod
    def open(cls, generation: Path, ix) -> Grams:
        """Map the gram files of every segment of the open Whoosh index ix (TOC order = docnum order)."""
        segments, base, scratch = [], 0, None
        words: dict[str, list] = {field: [] for field in wordfiles.FIELDS}
        for segment in ix._segments():
            folder, sid = Path(generation), segment.segment_id()
            if not gram_files.current(folder, sid):
                # A generation written before these gram files existed: build them aside, never into it.
                scratch = scratch or tempfile.TemporaryDirectory(prefix="dangjian-grams-")
                folder = Path(scratch.name)
                gram_files.build_segment(Path(generation), ix.schema, segment, target=folder)
            segments.append(gram_files.open_segment(folder, sid, base))
            for field in wordfiles.FIELDS:
                words[field].append(wordfiles.open_field(folder, f"{gram_files.PREFIX}{sid}_", field, base))
            base += segment.doc_count_all()
        return cls(segments, scratch, words)

    def term_docs(self, key: int) -> BitMap:
        parts = [s.term(key) for s in self.segments]
        parts = [p for p in parts if len(p)]
        return to_bitmap(np.concatenate(parts)) if parts else BitMap()

    def count(self, key: int) -> int:
        """Return how many documents (deleted ones included) have a term, from the offsets alone."""
        return sum(s.count_of(key) for s in self.segments)

    def run_docs(self, run: str, title_only: bool, live: BitMap, deadline, known=None) -> tuple[BitMap, bool]:
        """Return the live documents whose text (or title) has run, and whether every candidate was checked.

        ``known(run)``, when given, returns documents sure to hold the run (its word postings): asked
        only when there are many candidates, so fewer are checked in the text.
        """
        if deadline.passed():
            return BitMap(), False
        flag = gram_files.TITLE if title_only else 0
        keys, exact = terms_of(run)
        sets = sorted((self.term_docs(k | flag) for k in dict.fromkeys(keys)), key=len)
        candidates = BitMap.intersection(live, *sets) if sets else BitMap()
        if exact or not candidates:
            return candidates, True
        sure = candidates & known(run) if known is not None and len(candidates) > SURE_FROM else BitMap()
        found, done = self.verify(run, candidates - sure, title_only, deadline)
        return found | sure, done

    def verify(self, needle: str, candidates: BitMap, title_only: bool, deadline) -> tuple[BitMap, bool]:
        """Keep the candidates whose search text (or title) holds needle verbatim."""
        wanted = needle.encode("utf-16-le", "surrogatepass")
        docs = np.frombuffer(candidates.to_array(), dtype=np.uint32).astype(np.int64)
        found: list[int] = []
        for seg in self.segments:
            local = docs[(docs >= seg.base) & (docs < seg.base + seg.count)] - seg.base
            if not len(local):
                continue
            starts = np.asarray(seg.starts)
            los = starts[local] * 2
            his = (starts[local] + np.asarray(seg.titles)[local] if title_only else starts[local + 1]) * 2
            rows = list(zip(local.tolist(), los.tolist(), his.tolist()))
            find, text = seg.text.find, seg.text
            for at in range(0, len(rows), CHECK_EVERY):
                if deadline.passed():
                    return to_bitmap(np.asarray(found, dtype=np.int64)), False
                # One find per candidate; an odd offset is two characters' halves, looked at again.
                found += [doc + seg.base for doc, lo, hi in rows[at:at + CHECK_EVERY]
                          if (hit := find(wanted, lo, hi)) >= 0 and (not hit & 1 or _holds(text, wanted, hit + 1, hi))]
        return to_bitmap(np.asarray(found, dtype=np.int64)), True

    def card(self, docnum: int) -> dict | None:
        """Return a document's card (:func:`.grams.card`), or None when its segment has none."""
        seg = self._segment_of(docnum)
        return seg.card(docnum - seg.base)

    def _segment_of(self, docnum: int) -> gram_files.SegmentGrams:
        for seg in self.segments:
            if seg.base <= docnum < seg.base + seg.count:
                return seg
        raise IndexError(docnum)

    def text(self, docnum: int) -> str:
        """Return a document's search text (lowercased title, paragraphs, attribution)."""
        for seg in self.segments:
            if seg.base <= docnum < seg.base + seg.count:
                local = docnum - seg.base
                lo, hi = int(seg.starts[local]) * 2, int(seg.starts[local + 1]) * 2
                return bytes(seg.text[lo:hi]).decode("utf-16-le", "surrogatepass")
        raise IndexError(docnum)


def _holds(text, wanted: bytes, lo: int, hi: int) -> bool:
    # UTF-16: a match must start on a code unit (an even offset); an odd one is two characters' halves.
    at = text.find(wanted, lo, hi)
    while at >= 0 and at % 2:
        at = text.find(wanted, at + 1, hi)
    return at >= 0


def terms_of(run: str) -> tuple[list[int], bool]:
    """Return the term keys whose documents hold a run, and whether they are exactly its documents.

    One or two units: exact. Longer: every adjacent pair, a superset to verify.
    A lowercased unit can be two code points (İ → i̇); then its code points are
    looked up one by one and the run is always verified.
    """
    if len(run) == 1:
        return [gram_files.unigram_key(run)], True
    if not all(c.isalnum() for c in run):
        return [gram_files.unigram_key(c) for c in run if c.isalnum()], False
    keys = [gram_files.bigram_key(a, b) for a, b in zip(run, run[1:])]
    return keys, len(run) == 2
