"""The verbatim-recall index: which documents hold each character and each pair of characters.

Searching 确立 must find it inside 两个确立, and 近平 inside 习近平, whatever
jieba made of the text. The Whoosh bigram field that did this stored every
bigram's positions (four times the naive index) and answered through
per-document matchers. Here, per Whoosh segment of the embedded store, written once when the
segment is finished:

- every unit (one alphanumeric code point, lowercased: :func:`lower_units`)
  and every pair of adjacent units, as sorted lists of the segment's docnums
  — so a one- or two-character run is exactly one list;
- the searchable text itself (title, paragraphs, attribution, lowercased),
  so a longer run is checked only in the documents holding all its pairs;
- each document's Whoosh field lengths of title and body, for BM25;
- each document's id, date and facet values (``values.json``), from which the
  read model (:mod:`.readmodel`) is built without unpickling every stored
  document again;
- each document's card (``cards.bin``, ``cstarts.npy``): its stored fields
  but the paragraphs and attribution, as JSON, so a page of hits without
  snippets and related articles read a few hundred bytes each instead of
  Whoosh's compressed, pickled whole document.

Title-only searches (标题:…) use the same terms marked with :data:`TITLE`.
A segment's files are named after it (``g_<segment id>_…``) and never change,
so an update's generation keeps the hard links of the segments it keeps and
builds files only for the segments it writes or merges.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import wordfiles
from .readmodel import map_array, map_bytes, save_array, write_bytes   # temporary name, then rename: never through a hard link

FORMAT = 2                      # 2: the segment's word files too (.wordfiles)
PREFIX = "g_"
TITLE = 1 << 42                 # set in a term's key when it counts title text only
DOC_BITS = 20                   # docnums per segment below 2**20 (Whoosh segments hold far fewer)
CHUNK_DOCS = 500                # documents whose pairs are deduplicated together (bounds memory)
LENGTH_FIELDS = ("title", "body")


def lower_units(text: str) -> str:
    """Lowercase text code point by code point, as queries lowercase their units."""
    return text if text.lower() == text else "".join(c.lower() for c in text)


def search_text(doc: dict) -> str:
    """Return a stored document's searchable text: title, paragraphs, attribution, one per line."""
    lines = [doc.get("title") or "", *json.loads(doc.get("paragraphs") or "[]")]
    if doc.get("attribution"):
        lines.append(doc["attribution"])
    return lower_units("\n".join(lines))


def model_fields(doc: dict) -> dict:
    """Return the stored fields the read model is built from: the id, the date and every facet."""
    from dangjian.index.schema import FACET_NAMES
    return {k: doc[k] for k in ("id", "date", *FACET_NAMES) if doc.get(k)}


def unigram_key(unit: str) -> int:
    return ord(unit)


def bigram_key(first: str, second: str) -> int:
    return (ord(first) << 21) | ord(second)


def word_prefix(segment_id: str) -> str:
    """Return the prefix of a segment's word files (:mod:`.wordfiles`)."""
    return f"{PREFIX}{segment_id}_"


def files_of(segment_id: str) -> dict[str, str]:
    """Return every file of a segment's gram and word files by part (meta.json is written last)."""
    base = f"{PREFIX}{segment_id}"
    names = {part: f"{base}_{part}" for part in
             ("meta.json", "text.bin", "starts.npy", "titles.npy", "keys.npy", "offsets.npy", "docs.npy",
              "lengths.npy", "values.json", "cards.bin", "cstarts.npy")}
    return {**names, **wordfiles.part_names(f"{base}_")}


# ------------------------------------------------------------------ build

@lru_cache(maxsize=1)
def _bmp_units() -> np.ndarray:
    return np.fromiter((chr(i).isalnum() for i in range(0x10000)), dtype=bool, count=0x10000)


def is_unit(cps: np.ndarray) -> np.ndarray:
    """Return, per code point, whether it is a unit (str.isalnum, as the query's runs are cut)."""
    out = np.zeros(len(cps), dtype=bool)
    small = cps < 0x10000
    out[small] = _bmp_units()[cps[small]]
    astral = np.flatnonzero(~small)
    if len(astral):
        units = [c for c in np.unique(cps[astral]).tolist() if c < 0x110000 and chr(c).isalnum()]
        out[astral] = np.isin(cps[astral], units)
    return out


def _pairs(texts: list[str], titles: list[int], first: int) -> np.ndarray:
    """Return the sorted unique (key << DOC_BITS | docnum) of some documents' units and pairs."""
    joined = "\n".join(texts)                      # a line break is no unit: no pair spans documents
    cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    lengths = np.array([len(t) + 1 for t in texts], dtype=np.int64)
    doc = np.repeat(np.arange(first, first + len(texts), dtype=np.int64), lengths)[:len(cps)]
    pos = np.arange(len(cps), dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)[:len(cps)]
    title_len = np.asarray(titles, dtype=np.int64)[doc - first]
    unit = is_unit(cps)
    pair = unit[:-1] & unit[1:]
    keys = [cps[unit], (cps[:-1][pair] << 21) | cps[1:][pair]]
    docs = [doc[unit], doc[:-1][pair]]
    in_title = [pos[unit] < title_len[unit], pos[:-1][pair] + 1 < title_len[:-1][pair]]
    keys += [k[t] | TITLE for k, t in zip(keys, in_title)]
    docs += [d[t] for d, t in zip(docs, in_title)]
    pairs = np.sort((np.concatenate(keys) << DOC_BITS) | np.concatenate(docs))
    return pairs[np.concatenate([[True], pairs[1:] != pairs[:-1]])] if len(pairs) else pairs   # np.unique hashes: slower


def build_terms(texts: list[str], titles: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (sorted term keys, offsets, docnums) of documents' texts (titles: each title's length)."""
    if len(texts) >= 1 << DOC_BITS:
        raise ValueError(f"a segment of {len(texts)} documents is too large for the gram index")
    chunks = [_pairs(texts[i:i + CHUNK_DOCS], titles[i:i + CHUNK_DOCS], i)
              for i in range(0, len(texts), CHUNK_DOCS)]
    pairs = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int64)
    del chunks
    # In place from here: a worker finishing a segment must not hold several copies of every pair.
    pairs.sort()
    docs = (pairs & ((1 << DOC_BITS) - 1)).astype(np.uint16 if len(texts) <= 1 << 16 else np.uint32)
    keys = np.right_shift(pairs, DOC_BITS, out=pairs)
    firsts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]])) if len(keys) else keys[:0]
    offsets = np.concatenate([firsts, [len(keys)]]).astype(np.uint32 if len(keys) < 1 << 32 else np.int64)
    return keys[firsts].astype(np.uint64), offsets, docs


CARD_LEAVES = ("paragraphs", "attribution")     # the text: a card is what a hit without snippets shows


def card(doc: dict) -> bytes:
    """Return a stored document's card: every stored field but the text, as JSON."""
    return json.dumps({k: v for k, v in doc.items() if k not in CARD_LEAVES}, ensure_ascii=False).encode("utf-8")


def write_segment(directory: Path, segment_id: str, texts: list[str], lengths: np.ndarray,
                  values: list[dict] | None = None, cards: list[bytes] | None = None) -> None:
    """Write one segment's gram files (texts from :func:`search_text`, lengths: docs × (title, body),
    values: each document's date and facet fields as stored, cards: from :func:`card`)."""
    names = files_of(segment_id)
    cards = cards if cards is not None else [b"{}" for _ in texts]
    write_bytes(directory / names["cards.bin"], b"".join(cards))
    save_array(directory / names["cstarts.npy"], np.concatenate([[0], np.cumsum([len(c) for c in cards])]).astype(np.int64))
    write_bytes(directory / names["values.json"],
           json.dumps(values or [{} for _ in texts], ensure_ascii=False).encode("utf-8"))
    titles = [t.find("\n") if "\n" in t else len(t) for t in texts]
    keys, offsets, docs = build_terms(texts, titles)
    encoded = [t.encode("utf-16-le", "surrogatepass") for t in texts]
    starts = np.concatenate([[0], np.cumsum([len(e) // 2 for e in encoded])]).astype(np.int64)
    title_units = [len(t[:n].encode("utf-16-le", "surrogatepass")) // 2 for t, n in zip(texts, titles)]
    write_bytes(directory / names["text.bin"], b"".join(encoded))
    for part, array in (("starts.npy", starts), ("titles.npy", np.asarray(title_units, dtype=np.int64)),
                        ("keys.npy", keys), ("offsets.npy", offsets), ("docs.npy", docs),
                        ("lengths.npy", np.asarray(lengths, dtype=np.int32).reshape(len(texts), 2))):
        save_array(directory / names[part], array)
    meta = {"format": FORMAT, "docs": len(texts), "terms": len(keys)}
    write_bytes(directory / names["meta.json"], json.dumps(meta).encode())


def build_segment(directory: Path, schema, segment, target: Path | None = None) -> None:
    """Write the gram files of a finished Whoosh segment (into target, default its own directory),
    reading its stored documents back."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.reading import SegmentReader
    reader = SegmentReader(FileStorage(str(directory)), schema, segment)
    try:
        count = reader.doc_count_all()
        texts, values, cards = [], [], []
        for n in range(count):              # one stored document at a time: bodies are not kept
            doc = reader.stored_fields(n)
            texts.append(search_text(doc))
            values.append(model_fields(doc))
            cards.append(card(doc))
        lengths = np.array([[reader.doc_field_length(n, f) or 0 for f in LENGTH_FIELDS] for n in range(count)],
                           dtype=np.int32).reshape(count, 2)
        prefix = word_prefix(segment.segment_id())
        if not wordfiles.present(directory, prefix):        # a segment built with Whoosh's word postings
            wordfiles.write_segment(Path(target or directory), prefix, reader)
        elif target is not None:                            # written with the segment: the aside copy has them
            for name in wordfiles.part_names(prefix).values():
                shutil.copyfile(Path(directory) / name, Path(target) / name)
    finally:
        reader.close()
    write_segment(Path(target or directory), segment.segment_id(), texts, lengths, values, cards)


def complete(directory: Path, ix) -> None:
    """Give every segment of the index its gram files and remove those of segments no longer in it."""
    directory = Path(directory)
    wanted = set()
    for segment in ix._segments():
        names = files_of(segment.segment_id())
        wanted |= set(names.values())
        if not current(directory, segment.segment_id()):
            build_segment(directory, ix.schema, segment)
    for path in directory.glob(f"{PREFIX}*"):
        if path.name not in wanted:
            path.unlink()


# ------------------------------------------------------------------ open

@dataclass
class SegmentGrams:
    """One segment's gram files, mapped; docnums are the segment's own plus ``base``."""

    base: int
    count: int
    keys: np.ndarray
    offsets: np.ndarray
    docs: np.ndarray
    starts: np.ndarray
    titles: np.ndarray
    lengths: np.ndarray
    text: object                   # an mmap (or b"" for an empty text): UTF-16-LE
    cards: object = None           # an mmap (b"" when empty), None for a segment written before cards
    cstarts: np.ndarray | None = None

    def card(self, local: int) -> dict | None:
        """Return a document's card (its stored fields but the text), or None when the segment has none."""
        if self.cstarts is None:
            return None
        return json.loads(bytes(self.cards[int(self.cstarts[local]):int(self.cstarts[local + 1])]))

    def count_of(self, key: int) -> int:
        """Return the length of a term's list (0 when no document has it)."""
        i = int(np.searchsorted(self.keys, np.uint64(key)))
        if i >= len(self.keys) or int(self.keys[i]) != key:
            return 0
        return int(self.offsets[i + 1]) - int(self.offsets[i])

    def term(self, key: int) -> np.ndarray:
        """Return the segment's docnums (global) having the term; empty when none has it."""
        i = int(np.searchsorted(self.keys, np.uint64(key)))
        if i >= len(self.keys) or int(self.keys[i]) != key:
            return np.zeros(0, dtype=np.uint32)
        lo, hi = int(self.offsets[i]), int(self.offsets[i + 1])
        return self.docs[lo:hi].astype(np.uint32) + np.uint32(self.base)


def current(directory: Path, segment_id: str) -> bool:
    """Return whether a segment has gram files of this format (older ones lack the word files)."""
    meta = Path(directory) / files_of(segment_id)["meta.json"]
    try:
        return json.loads(meta.read_text(encoding="utf-8")).get("format") == FORMAT
    except (OSError, ValueError):
        return False


def open_segment(directory: Path, segment_id: str, base: int) -> SegmentGrams:
    names = files_of(segment_id)
    meta = json.loads((directory / names["meta.json"]).read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT:
        raise ValueError(f"gram index format {meta.get('format')!r}, {FORMAT} expected")

    def load(part):
        return map_array(directory / names[part])
    carded = (directory / names["cstarts.npy"]).exists()
    return SegmentGrams(base, meta["docs"], load("keys.npy"), load("offsets.npy"), load("docs.npy"),
                        load("starts.npy"), load("titles.npy"), load("lengths.npy"),
                        map_bytes(directory / names["text.bin"]),
                        map_bytes(directory / names["cards.bin"]) if carded else None,
                        load("cstarts.npy") if carded else None)
