"""Write queries in the query language: from a form's fields, or by changing one term of a typed query.

The advanced form, "did you mean", the partial matches and the way out of an
empty result all hand the user a query they could have typed. They build it
here, from the tokens :func:`.query.tokenize` reads, so that what they write
parses back to what they meant (a test round-trips every form through
:func:`.query.parse_query`).
"""
from __future__ import annotations

import re

from dangjian.index.parse import normalize

from .query import Token, tokenize

OPERATORS = ("OR", "|", "或", "AND", "&", "NOT")
# A bare word is read as written unless it holds what the parser treats specially.
_PLAIN = re.compile(r'^[^\s"“”「」『』:：-][^\s"“”「」『』:：]*$')


def tokens_of(query: str) -> list[Token]:
    """Return the tokens of a typed query, as the parser reads them."""
    return tokenize(normalize(query or "").strip(), [])


def write_token(token: Token) -> str:
    """Return a token as it would be typed: -标题:"…"."""
    lead = ("-" if token.negated else "") + (f"{token.prefix}:" if token.prefix else "")
    return lead + (quote(token.text) if token.quoted else token.text)


def write(tokens: list[Token]) -> str:
    return " ".join(write_token(t) for t in tokens)


def quote(text: str) -> str:
    """Return text as one exact phrase: "…", or “…” when it holds a straight quote."""
    text = " ".join(text.split())
    if '"' not in text:
        return f'"{text}"'
    return "“" + text.replace("“", "").replace("”", "") + "”"


def word(text: str) -> str:
    """Return one typed word as a term: bare when the parser would read it as typed, else quoted."""
    text = text.strip()
    return text if _PLAIN.match(text) and text not in OPERATORS else quote(text)


def is_operator(token: Token) -> bool:
    return not token.quoted and not token.negated and token.prefix is None and token.text in OPERATORS


def compose(all_words: str = "", phrase: str = "", any_words: str = "", none_words: str = "",
            title_words: str = "", filters: tuple[tuple[str, str], ...] = (),
            date_from: str | None = None, date_to: str | None = None) -> str:
    """Return the query a form's fields describe, in the order README's syntax table teaches it.

    ``filters`` are (prefix, value) pairs such as ("省份", "江苏"); several values
    of one prefix mean either. Dates are ISO prefixes (see :mod:`.dates`).
    """
    parts = [word(w) for w in all_words.split()]
    if phrase.strip():
        parts.append(quote(phrase))
    parts.append(" OR ".join(word(w) for w in any_words.split()))
    parts += ["-" + word(w) for w in none_words.split()]
    parts += ["标题:" + word(w) for w in title_words.split()]
    parts += [f"{prefix}:{word(value)}" for prefix, value in filters if value.strip()]
    if date_from or date_to:
        parts.append(f"日期:{date_from or ''}..{date_to or ''}" if date_from != date_to else f"日期:{date_from}")
    return " ".join(p for p in parts if p)
