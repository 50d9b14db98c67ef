"""The word fields' vocabulary and postings as our own mapped arrays, one set per segment and field.

Ranking wants a word's whole posting list (docnums and weights) and its
document frequency; a query wants to know which of its pieces are words of
the index. These arrays are the only word postings a segment has: Whoosh
writes none for the word fields (it keeps their field lengths, the stored
fields and the other fields' terms). A new segment's word postings are
gathered from its posting pool, a merged segment's from its sources' word
files (:class:`WordPostings`), and written when the segment is finished; a
segment built before (with Whoosh's own word postings) is read once through
:mod:`.wordpostings` (:func:`write_segment`). A search reads numpy arrays:

- ``hashes.npy`` — uint64 per word, sorted (a stable 64-bit BLAKE2b of the word);
- ``words.bin`` / ``wstarts.npy`` — each word's UTF-8 bytes, in hash order, to confirm a hash hit;
- ``offsets.npy`` — where each word's postings start (n + 1 entries);
- ``docs.npy`` — the segment's docnums (uint16 or uint32); ``weights.npy`` — float32, Whoosh's
  own weights (term frequency × field boost), bit for bit.

Deleted documents keep their postings, as Whoosh's do (and its document
frequencies count them): callers only ever look at hits.
"""
from __future__ import annotations

import hashlib
import math
from array import array
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .readmodel import map_array, map_bytes, save_array, write_bytes

FIELDS = ("title", "body")
PARTS = ("hashes.npy", "words.bin", "wstarts.npy", "offsets.npy", "docs.npy", "weights.npy")
EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))
LOOKUPS = 1 << 16             # words whose rows a generation remembers (a few MB)


def word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def part_names(prefix: str) -> dict[str, str]:
    """Return the file names of a segment's word files: ``<prefix>w_<field>_<part>``."""
    return {f"{field}/{part}": f"{prefix}w_{field}_{part}" for field in FIELDS for part in PARTS}


# ------------------------------------------------------------------ build

def present(directory: Path, prefix: str) -> bool:
    """Return whether a segment's word files are all there."""
    return all((Path(directory) / name).exists() for name in part_names(prefix).values())


class WordPostings:
    """A new segment's word postings, gathered before its word files are written.

    They come from the posting pool (:meth:`divert`) or, for a merge, as a
    source segment's word files with its docnums mapped (:meth:`add_segment`);
    :meth:`write` sorts them into word-hash and docnum order once.
    """

    def __init__(self):
        self.vocab: dict[str, dict[str, int]] = {f: {} for f in FIELDS}        # word → id, per field
        self.parts: dict[str, list] = {f: [] for f in FIELDS}                  # (word ids, docnums, weights)

    def divert(self, items, skip=lambda docnum: False):
        """Yield the pool's (field, word bytes, docnum, weight, value) items of the other fields, keeping
        the word fields' here; ``skip(docnum)``: a posting whose words came with its source's files."""
        gathered = {f: (array("q"), array("q"), array("f")) for f in FIELDS}
        key = word_id = None
        for item in items:
            field = item[0]
            if field not in gathered:
                yield item
            elif item[2] != -1 and not skip(item[2]):            # -1: Whoosh's marker of a spelling word
                if (field, item[1]) != key:
                    key, vocab = (field, item[1]), self.vocab[field]
                    word_id = vocab.setdefault(item[1].decode("utf-8", "surrogatepass"), len(vocab))
                ids, docs, weights = gathered[field]
                ids.append(word_id)
                docs.append(item[2])
                weights.append(item[3])
        for field, (ids, docs, weights) in gathered.items():
            if ids:
                self.parts[field].append((np.frombuffer(ids, dtype=np.int64), np.frombuffer(docs, dtype=np.int64),
                                          np.frombuffer(weights, dtype=np.float32)))

    def add_segment(self, directory: Path, prefix: str, live: np.ndarray, total: int, base: int) -> None:
        """Add a merged source segment's word postings (``total`` docnums): its live docnum ``live[i]``
        becomes ``base + i``, as Whoosh's merge numbers the documents it copies."""
        new = np.full(total, -1, dtype=np.int64)
        new[live] = base + np.arange(len(live))
        for field in FIELDS:
            words = open_field(directory, prefix, field, 0)
            if not len(words.hashes):
                continue
            docs = new[np.asarray(words.docs, dtype=np.int64)]
            keep = docs >= 0                                       # deleted documents leave with the merge
            vocab = self.vocab[field]
            rows = np.array([vocab.setdefault(w, len(vocab)) for w in words.all_words()], dtype=np.int64)
            ids = np.repeat(rows, np.diff(np.asarray(words.offsets, dtype=np.int64)))
            self.parts[field].append((ids[keep], docs[keep], np.asarray(words.weights, dtype=np.float32)[keep]))

    def write(self, directory: Path, prefix: str, count: int) -> None:
        """Write every word field's files for a segment of ``count`` documents."""
        names = part_names(prefix)
        for field in FIELDS:
            vocab, parts = list(self.vocab[field]), self.parts[field]
            ids = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
            docs = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
            weights = np.concatenate([p[2] for p in parts]) if parts else np.zeros(0, dtype=np.float32)
            order = np.lexsort((docs, ids))
            ids, docs, weights = ids[order], docs[order], weights[order]
            bounds = np.searchsorted(ids, np.arange(len(vocab) + 1))
            kept = [i for i in range(len(vocab)) if bounds[i + 1] > bounds[i]]    # a merge may empty a word
            _write_field(directory, {p: names[f"{field}/{p}"] for p in PARTS}, [vocab[i] for i in kept],
                         [docs[bounds[i]:bounds[i + 1]] for i in kept],
                         [weights[bounds[i]:bounds[i + 1]] for i in kept], count)


def write_segment(directory: Path, prefix: str, reader) -> None:
    """Write the word files of a segment built with Whoosh's own word postings (a Whoosh SegmentReader).

    Refuses a segment whose field lengths count words but whose term index has
    none: its word postings were never written there, and empty files would
    lose them silently.
    """
    from .wordpostings import segment_postings
    names = part_names(prefix)
    for field in FIELDS:
        words, docs, weights = [], [], []
        for word, ids, ws in segment_postings(reader, field):
            words.append(word)
            docs.append(ids)
            weights.append(ws)
        if not words and reader.field_length(field):
            raise ValueError(f"segment {prefix} has no word postings of {field} though its documents have "
                             f"words: its word files are missing (run dangjian reindex)")
        _write_field(directory, {p: names[f"{field}/{p}"] for p in PARTS}, words, docs, weights,
                     reader.doc_count_all())


def _write_field(directory: Path, names: dict, words: list[str], docs: list, weights: list, count: int) -> None:
    hashes = np.array([word_hash(w) for w in words], dtype=np.uint64)
    order = np.argsort(hashes, kind="stable")
    encoded = [words[i].encode("utf-8", "surrogatepass") for i in order.tolist()]
    lengths = np.array([len(docs[i]) for i in order.tolist()], dtype=np.int64)
    docs_type = np.uint16 if count <= 1 << 16 else np.uint32
    flat_docs = np.concatenate([docs[i] for i in order.tolist()]) if words else np.zeros(0)
    flat_weights = np.concatenate([weights[i] for i in order.tolist()]) if words else np.zeros(0)
    write_bytes(directory / names["words.bin"], b"".join(encoded))
    for part, values in (("hashes.npy", hashes[order]),
                        ("wstarts.npy", np.concatenate([[0], np.cumsum([len(e) for e in encoded])]).astype(np.int64)),
                        ("offsets.npy", np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)),
                        ("docs.npy", flat_docs.astype(docs_type)), ("weights.npy", flat_weights.astype(np.float32))):
        save_array(directory / names[part], values)


# ------------------------------------------------------------------ open

@dataclass
class FieldWords:
    """One segment's words of one field, mapped; docnums are the segment's own plus ``base``."""

    base: int
    hashes: np.ndarray
    words: object                  # an mmap (or b"" when the field has no word): UTF-8
    wstarts: np.ndarray
    offsets: np.ndarray
    docs: np.ndarray
    weights: np.ndarray

    def find(self, word: str, key: int) -> int:
        """Return the word's row, or -1."""
        lo = int(np.searchsorted(self.hashes, np.uint64(key), side="left"))
        encoded = word.encode("utf-8", "surrogatepass")
        while lo < len(self.hashes) and int(self.hashes[lo]) == key:
            if self.words[int(self.wstarts[lo]):int(self.wstarts[lo + 1])] == encoded:
                return lo
            lo += 1
        return -1

    def all_words(self) -> list[str]:
        """Return every word, in row order."""
        starts = np.asarray(self.wstarts).tolist()
        data = bytes(self.words[:starts[-1]]) if starts[-1] else b""
        return [data[a:b].decode("utf-8", "surrogatepass") for a, b in zip(starts, starts[1:])]

    def postings(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        lo, hi = int(self.offsets[row]), int(self.offsets[row + 1])
        return self.docs[lo:hi].astype(np.int64) + self.base, self.weights[lo:hi].astype(np.float64)


def open_field(directory: Path, prefix: str, field: str, base: int) -> FieldWords:
    names = part_names(prefix)

    def load(part):
        return map_array(directory / names[f"{field}/{part}"])
    words = map_bytes(directory / names[f"{field}/words.bin"])       # mapped, as the gram text is
    return FieldWords(base, load("hashes.npy"), words, load("wstarts.npy"), load("offsets.npy"),
                      load("docs.npy"), load("weights.npy"))


class WordIndex:
    """Every segment's word files of one generation: postings, document frequencies, idf, vocabulary."""

    def __init__(self, fields: dict[str, list[FieldWords]], size: int):
        self.fields = fields
        self.size = size                    # every docnum, deleted ones included (Whoosh's doc_count_all)
        self._found: dict[tuple[str, str], tuple] = {}

    def _rows(self, field: str, word: str) -> tuple:
        """Return the (segment's words, row) of a word in every segment having it.

        Remembered for the generation (its files never change): a query's
        vocabulary is looked up for every piece of every run, in every segment,
        and the same words come back query after query. Bounded by
        ``LOOKUPS``: past it the memo starts again.
        """
        found = self._found.get((field, word))
        if found is None:
            key = word_hash(word)
            found = tuple((part, row) for part in self.fields.get(field, ()) if (row := part.find(word, key)) >= 0)
            if len(self._found) >= LOOKUPS:
                self._found = {}
            self._found[field, word] = found
        return found

    def has(self, field: str, word: str) -> bool:
        return bool(self._rows(field, word))

    def postings(self, field: str, word: str, memo: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Return (docnums, weights) of a word in a field; ``memo`` is one query's, shared by its steps."""
        if memo is not None:
            key = (field, word)
            if key not in memo:
                memo[key] = self.postings(field, word)
            return memo[key]
        found = [part.postings(row) for part, row in self._rows(field, word)]
        if not found:
            return EMPTY
        return np.concatenate([d for d, _ in found]), np.concatenate([w for _, w in found])

    def doc_frequency(self, field: str, word: str) -> int:
        return sum(int(part.offsets[row + 1] - part.offsets[row]) for part, row in self._rows(field, word))

    def idf(self, field: str, word: str) -> float:
        """Return Whoosh's idf (its searcher's, for BM25F): log(documents / (frequency + 1)) + 1."""
        return math.log(self.size / (self.doc_frequency(field, word) + 1)) + 1
