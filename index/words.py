"""The word segmenter behind :func:`analysis.word_tokens`: rjieba when it cuts as jieba does.

jieba (Python) is the reference: an index's words are jieba's words. rjieba
(the Rust jieba) is ~10× faster and is used when installed, made to cut the
same words:

- its dictionary is loaded from jieba's own ``dict.txt`` (not rjieba's bundled
  copy) plus the project's user words, and its word-frequency total is made
  equal to jieba's (jieba adds a re-added word's frequency to the total again,
  rjieba replaces it; the total weighs every path through a sentence);
- the inputs where the two still differ are cut by jieba: a run of jieba's
  "block" characters holding ``- _ . % + # &`` other than in a plain number
  (rjieba joins ``COVID-19``, ``a_b`` and ``5%5``, jieba splits them) and ideographs outside U+4E00–U+9FD5 (CJK
  extensions, compatibility ideographs: rjieba segments them, jieba leaves
  each alone). jieba is loaded only when such an input first appears.

``DANGJIAN_TOKENIZER=jieba`` forces jieba (debugging); ``rjieba`` requires it.
"""
from __future__ import annotations

import importlib.util
import os
import re
import threading
from pathlib import Path

TOKENIZER_ENV = "DANGJIAN_TOKENIZER"
CHOICES = ("auto", "jieba", "rjieba")
# jieba 0.42.1's block pattern (re_han_default): a text is cut block by block, each alone.
_PY_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_RISKY_IN_BLOCK = re.compile(r"[+#&._%\-]")
# ...except in Chinese text with plain numbers (增长3.5%): there the two agree (measured).
# Possessive throughout: a Han run and a number end where they end, so a block that fails (a long
# Han run, then "-") fails at once; "(?:[Han]+|…)+" tried every way to split the run (2^n).
_SAFE_BLOCK = re.compile(r"(?:[\u4E00-\u9FD5]++|[0-9]++(?:\.[0-9]++)?+(?:%(?![0-9]))?+)++")
# Ideographs rjieba puts in blocks and jieba does not (rjieba's wider Han ranges).
_WIDE_HAN = re.compile("[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0002FA1F]")
# Keeps rjieba's total equal to jieba's; no text can hold it (a NUL never enters a block).
_TOTAL_PAD = "\x00" * 4

_chosen = None
_lock = threading.Lock()


class JiebaWords:
    """jieba's precise mode with HMM, and its dictionary for sub-words."""

    name = "jieba"

    def __init__(self, tok):
        self.tok = tok

    def tokenize(self, text: str) -> list[tuple[str, int, int]]:
        return list(self.tok.tokenize(text, HMM=True))

    def is_word(self, gram: str) -> bool:
        return bool(self.tok.FREQ.get(gram))


class RustWords:
    """rjieba loaded as jieba is, falling back to jieba where the two differ."""

    name = "rjieba"

    def __init__(self, rust, jieba_loader):
        self.rust = rust
        self._jieba_loader = jieba_loader
        self._jieba = None

    def tokenize(self, text: str) -> list[tuple[str, int, int]]:
        tokens = self.rust.tokenize(text, "default", True)
        spans = _risky_spans(text)
        return _recut(text, tokens, spans, self._reference) if spans else tokens

    def is_word(self, gram: str) -> bool:
        return self.rust.has_word(gram)

    def _reference(self, text: str) -> list[tuple[str, int, int]]:
        if self._jieba is None:
            self._jieba = self._jieba_loader()
        return list(self._jieba.tokenize(text, HMM=True))


def _risky_spans(text: str) -> list[tuple[int, int]]:
    # jieba cuts each block alone, so a block (or a lone wide ideograph) is a span it can re-cut.
    spans = [m.span() for m in _PY_BLOCK.finditer(text)
             if _RISKY_IN_BLOCK.search(m.group()) and not _SAFE_BLOCK.fullmatch(m.group())]
    spans += [m.span() for m in _WIDE_HAN.finditer(text)]
    return sorted(spans)


def _recut(text, tokens, spans, reference) -> list[tuple[str, int, int]]:
    """Replace rjieba's tokens over each span with jieba's cut of that span."""
    blocks = [m.span() for m in _PY_BLOCK.finditer(text)]
    out, i = [], 0
    for start, end in _widen(spans, tokens, blocks):
        while i < len(tokens) and tokens[i][1] < start:
            out.append(tokens[i])
            i += 1
        while i < len(tokens) and tokens[i][1] < end:
            i += 1
        out.extend((w, s + start, e + start) for w, s, e in reference(text[start:end]))
    out.extend(tokens[i:])
    return out


def _widen(spans, tokens, blocks) -> list[tuple[int, int]]:
    # Grow spans until no rjieba token and no jieba block crosses an edge, then merge overlaps.
    edges = [(s, e) for _, s, e in tokens] + blocks
    merged: list[list[int]] = []
    for start, end in spans:
        changed = True
        while changed:
            changed = False
            for s, e in edges:
                if s < end and e > start and (s < start or e > end):
                    start, end, changed = min(start, s), max(end, e), True
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def tokenizer_choice() -> str:
    """Return the tokenizer the environment asks for: auto, jieba or rjieba."""
    choice = os.environ.get(TOKENIZER_ENV, "").strip().lower() or "auto"
    if choice not in CHOICES:
        raise ValueError(f"{TOKENIZER_ENV}={choice!r}: expected one of {', '.join(CHOICES)}")
    return choice


def rjieba_installed() -> bool:
    """Tell whether rjieba can be imported."""
    return importlib.util.find_spec("rjieba") is not None


def segmenter_name() -> str:
    """Return the segmenter this process will use (jieba or rjieba) without loading it.

    Raise ValueError for a setting that is not one of CHOICES, or rjieba asked for and absent.
    """
    choice = tokenizer_choice()
    if choice == "rjieba" and not rjieba_installed():
        raise ValueError(f"{TOKENIZER_ENV}=rjieba but rjieba is not installed (pip install rjieba)")
    return "jieba" if choice == "jieba" or not rjieba_installed() else "rjieba"


def word_segmenter():
    """Return this process's segmenter: rjieba when installed, unless the environment says jieba."""
    global _chosen
    with _lock:
        if _chosen is None:
            _chosen = _make(segmenter_name())
    return _chosen


def _make(name: str):
    from .analysis import jieba_tokenizer
    if name == "jieba":
        return JiebaWords(jieba_tokenizer())
    return RustWords(rust_like_jieba(), jieba_tokenizer)


def rust_like_jieba():
    """Return an rjieba loaded with jieba's dictionary, the user words and jieba's total."""
    import rjieba
    from .analysis import USER_WORD_FREQ, user_words
    freq, py_total = _jieba_dictionary()
    rust = rjieba.Jieba.empty()
    for word, n in freq.items():
        if n:                      # jieba keeps a zero-frequency word out of its graph
            rust.add_word(word, n, None)
    rust_total = sum(freq.values())
    for word in user_words():
        rust_total += USER_WORD_FREQ - freq.get(word, 0)   # rjieba replaces; jieba adds again
        py_total += USER_WORD_FREQ
        rust.add_word(word, USER_WORD_FREQ, None)
    if py_total > rust_total:
        rust.add_word(_TOTAL_PAD, py_total - rust_total, None)
    return rust


def _jieba_dictionary() -> tuple[dict[str, int], int]:
    # jieba's total counts every line; a word listed twice keeps its last frequency.
    spec = importlib.util.find_spec("jieba")
    path = Path(spec.submodule_search_locations[0]) / "dict.txt"
    pairs = re.findall(r"^(\S+) (\d+)", path.read_text(encoding="utf-8"), re.M)
    freq = {word: int(n) for word, n in pairs}
    return freq, sum(int(n) for _, n in pairs)
