"""Chinese analysis: jieba words, and the units verbatim search is made of.

- Words (:func:`word_tokens`; the embedded store composes them into a Whoosh
  analyzer, :mod:`.store.whoosh.analyzer`). Indexing uses jieba's search mode (a long word also
  yields its dictionary sub-words: 中华人民共和国 → 中华, 共和国 …); querying
  uses the precise mode. Positions are word ordinals (sub-words share their
  word's), offsets are true character offsets — unlike jieba's own
  ``ChineseAnalyzer``, which puts offsets in positions and breaks phrases.
  Words rank the hits.
- Units (:func:`units`, :func:`query_runs`) — single letters and digits of
  any script. A query's runs of units are found verbatim by the gram index
  (:mod:`.grams`): the recall guarantee for fragments the word segmenter cut
  differently (确立 inside “两个确立”).

A :class:`Tokenized` string carries tokens made earlier by :func:`pretokenize`:
the indexer tokenizes each article once, in a worker process, and every store
takes its words from them. (A plain list would not do: Whoosh indexes a list
as ready-made terms, skipping the analyzer.)
"""
from __future__ import annotations

import hashlib
import logging
import re
import threading
from typing import Iterable

from .parse import lexicon_hash, load_lexicon
from .words import word_segmenter

ANALYSIS_SETTINGS = "jieba-0.42.1/search-index,precise-query/grams-v1/lowercase/attribution"
USER_WORD_FREQ = 2_000_000          # high enough that a lexicon word is never split again
# A unit is one character, so that any substring — 23 inside 2023 — is a run of units.
# Units are every letter and digit of any script and plane (str.isalnum: CJK in all its
# blocks and extensions B–H, compatibility ideographs, 〇, Latin, digits); the rest breaks runs.
_UNIT = re.compile(r"[^\W_]")
_WORD_CHAR = re.compile(r"[\w]", re.UNICODE)

_jieba = None
_jieba_lock = threading.Lock()


def user_words() -> list[str]:
    """Return the words jieba must keep whole: slogan terms, agency names, places."""
    lex = load_lexicon()
    words = set(lex.slogans) | set(lex.places) | set(lex.provinces)
    words |= {s for s in lex.agency_suffixes}
    for full in lex.province_full.values():
        words |= {full + suffix for suffix in lex.agency_suffixes if suffix.startswith("民政")}
    return sorted(w for w in words if len(w) >= 2 and "、" not in w)


def jieba_tokenizer():
    """Return the shared jieba tokenizer, loaded lazily once per process with the user words."""
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba
            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            tok.initialize()
            for word in user_words():
                tok.add_word(word, freq=USER_WORD_FREQ)
            _jieba = tok
    return _jieba


def analysis_version() -> str:
    """Return the version of everything that decides which tokens a text yields."""
    key = f"{ANALYSIS_SETTINGS}|{lexicon_hash()}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


# ----------------------------------------------------------------- tokens

def word_tokens(text: str, mode: str = "index") -> list[tuple[str, int, int, int]]:
    """Return (text, position, startchar, endchar) word tokens of text.

    >>> [t[0] for t in word_tokens("拥护两个确立", mode="query")]
    ['拥护', '两个确立']
    """
    seg = word_segmenter()
    known = _word_cache(seg)
    out, position = [], 0
    for raw, start, end in seg.tokenize(text):
        entry = known.get(raw)
        if entry is None:
            entry = known[raw] = _word_entry(seg, raw)
        word, subs = entry
        if not word:
            continue
        if mode == "index":
            out.extend((gram, position, start + i, start + i + len(gram)) for gram, i in subs)
        out.append((word, position, start, end))
        position += 1
    return out


_WORD_CACHE_SIZE = 200_000          # words repeat (Zipf): their normal form and sub-words are cached
_cache: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {}
_cache_owner = None


def _word_cache(seg) -> dict:
    # One cache per segmenter (tests swap them), emptied when full so memory stays bounded.
    global _cache, _cache_owner
    if seg is not _cache_owner or len(_cache) > _WORD_CACHE_SIZE:
        _cache, _cache_owner = {}, seg
    return _cache


def _word_entry(seg, raw: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    """Return a segment's indexed form ("" when it is not a word) and its (sub-word, offset) pairs."""
    if not _WORD_CHAR.search(raw):
        return "", ()
    word = raw.strip().lower()
    return word, tuple(_sub_words(seg, word))


def _sub_words(seg, word: str) -> Iterable[tuple[str, int]]:
    # jieba's search mode: dictionary 2- and 3-grams inside a longer word.
    for size in (2, 3):
        if len(word) > size:
            for i in range(len(word) - size + 1):
                gram = word[i:i + size]
                if seg.is_word(gram):
                    yield gram, i


def units(text: str) -> list[tuple[str, int, int, bool]]:
    """Split text into (unit, start, end, breaks_before) units: CJK characters, letters and digits."""
    # A unit is one code point and everything between two units breaks a run, so a unit
    # breaks the run exactly when it does not follow the previous one directly.
    out, last_end = [], None
    for match in _UNIT.finditer(text):
        start = match.start()
        out.append((match.group().lower(), start, start + 1, last_end is not None and start != last_end))
        last_end = start + 1
    return out


def query_runs(text: str) -> list[list[str]]:
    """Return the unbroken runs of units in a query string: "两个确立”第12次" → [[两,个,确,立],[第,1,2,次]]."""
    runs: list[list[str]] = []
    for unit, _, _, broken in units(text):
        if broken or not runs:
            runs.append([])
        runs[-1].append(unit)
    return runs


class Tokenized(str):
    """A field's text with its tokens already made; pickles with them."""

    tokens: list[tuple[str, int, int, int]]

    def __new__(cls, text: str, tokens: list[tuple[str, int, int, int]]):
        obj = super().__new__(cls, text)
        obj.tokens = tokens
        return obj

    def __reduce__(self):
        return (Tokenized, (str(self), self.tokens))


def pretokenize(title: str, body: str, extra: str = "") -> dict[str, Tokenized]:
    """Tokenize an article once for every analyzed field.

    ``extra`` is searchable text printed outside the body — the attribution
    （据北京市民政局） or （通讯员 某某） — indexed as one more paragraph of it.
    """
    made = {
        "title": Tokenized(title, word_tokens(title)),
        "body": Tokenized(body, word_tokens(body)),
    }
    return with_paragraph(made, extra) if extra else made


def with_paragraph(made: dict[str, Tokenized], extra: str) -> dict[str, Tokenized]:
    """Return tokens made by :func:`pretokenize` with one more paragraph appended to the body.

    The result equals tokenizing the longer text afresh (a line break separates
    words and runs alike), so tokens made earlier need not be made again.
    """
    return {**made, "body": _append(made["body"], extra, word_tokens, 1)}


def _append(value: Tokenized, extra: str, tokenize, gap: int) -> Tokenized:
    # Words count on from the last position.
    text = str(value) + "\n" + extra
    shift_pos = (max((t[1] for t in value.tokens), default=-gap) + gap)
    shift_char = len(value) + 1
    more = [(t, p + shift_pos, s + shift_char, e + shift_char) for t, p, s, e in tokenize(extra)]
    return Tokenized(text, list(value.tokens) + more)
