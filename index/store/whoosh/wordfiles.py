"""The word fields' vocabulary and postings as our own mapped arrays, one set per segment and field.

Ranking wants a word's whole posting list (docnums and weights) and its
document frequency; a query wants to know which of its pieces are words of
the index. Whoosh keeps these in pickled, compressed posting blocks behind a
term file read one term at a time; here they are written once, when a
segment's gram files are (:func:`write_segment`, from the finished segment),
and a search reads numpy arrays:

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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .readmodel import map_bytes, save_array, write_bytes

FIELDS = ("title", "body")
PARTS = ("hashes.npy", "words.bin", "wstarts.npy", "offsets.npy", "docs.npy", "weights.npy")
EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


def word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def part_names(prefix: str) -> dict[str, str]:
    """Return the file names of a segment's word files: ``<prefix>w_<field>_<part>``."""
    return {f"{field}/{part}": f"{prefix}w_{field}_{part}" for field in FIELDS for part in PARTS}


# ------------------------------------------------------------------ build

def write_segment(directory: Path, prefix: str, reader) -> None:
    """Write every word field's vocabulary and postings of a finished segment (a Whoosh SegmentReader)."""
    from .wordpostings import segment_postings
    names = part_names(prefix)
    for field in FIELDS:
        words, docs, weights = [], [], []
        for word, ids, ws in segment_postings(reader, field):
            words.append(word)
            docs.append(ids)
            weights.append(ws)
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
    for part, array in (("hashes.npy", hashes[order]),
                        ("wstarts.npy", np.concatenate([[0], np.cumsum([len(e) for e in encoded])]).astype(np.int64)),
                        ("offsets.npy", np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)),
                        ("docs.npy", flat_docs.astype(docs_type)), ("weights.npy", flat_weights.astype(np.float32))):
        save_array(directory / names[part], array)


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

    def postings(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        lo, hi = int(self.offsets[row]), int(self.offsets[row + 1])
        return self.docs[lo:hi].astype(np.int64) + self.base, self.weights[lo:hi].astype(np.float64)


def open_field(directory: Path, prefix: str, field: str, base: int) -> FieldWords:
    names = part_names(prefix)

    def load(part):
        return np.load(directory / names[f"{field}/{part}"], mmap_mode="r")
    words = map_bytes(directory / names[f"{field}/words.bin"])       # mapped, as the gram text is
    return FieldWords(base, load("hashes.npy"), words, load("wstarts.npy"), load("offsets.npy"),
                      load("docs.npy"), load("weights.npy"))


class WordIndex:
    """Every segment's word files of one generation: postings, document frequencies, idf, vocabulary."""

    def __init__(self, fields: dict[str, list[FieldWords]], size: int):
        self.fields = fields
        self.size = size                    # every docnum, deleted ones included (Whoosh's doc_count_all)

    def _rows(self, field: str, word: str):
        key = word_hash(word)
        for part in self.fields.get(field, ()):
            row = part.find(word, key)
            if row >= 0:
                yield part, row

    def has(self, field: str, word: str) -> bool:
        return next(self._rows(field, word), None) is not None

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
