"""The word analyzer for Whoosh: jieba words composed the Whoosh way (tokenizer | filters).

Indexing uses jieba's search mode, querying its precise mode
(:func:`dangjian.index.analysis.word_tokens`). Positions are word ordinals
(sub-words share their word's), offsets true character offsets. A
:class:`~dangjian.index.analysis.Tokenized` value is replayed, not tokenized again.
"""
from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh.analysis import Composable, LowercaseFilter, Token, Tokenizer

from dangjian.index.analysis import Tokenized, word_tokens


class _ReplayingTokenizer(Tokenizer):
    """A tokenizer that takes a string or a list of tokens made earlier."""

    def tokens_of(self, text: str, mode: str) -> list[tuple[str, int, int, int]]:
        raise NotImplementedError

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True,
                 mode="", **kwargs):
        made = value.tokens if isinstance(value, Tokenized) else self.tokens_of(value, mode)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, position, startchar, endchar in made:
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = start_pos + position
            if chars:
                token.startchar = start_char + startchar
                token.endchar = start_char + endchar
            yield token


class JiebaTokenizer(_ReplayingTokenizer):
    """Words by jieba: search mode when indexing, precise mode when querying."""

    def tokens_of(self, text, mode):
        return word_tokens(text, mode="index" if mode == "index" else "query")


def WordAnalyzer() -> Composable:
    # Lowercasing again is harmless for replayed tokens and keeps Latin queries exact.
    return JiebaTokenizer() | LowercaseFilter()
