"""Ways out of an empty result: "did you mean" and the best partial matches.

**Did you mean.** A term that finds nothing is compared with the index's own
vocabulary — the values of the 提法, 人物, 单位, 省份, 来源 and 报刊 facets, from
:meth:`Engine.stats` — in two ways: by sound (the commonest Chinese typing
error is a homophone picked from the input method's list: 两个确力 for
两个确立), reading every character's pinyin with pypinyin, all readings of a
heteronym and the accents' usual mergers (zh/z, n/l, in/ing) counted as one;
and by spelling (one character changed, added or dropped; two in a long term).
A term may match a part of a value (确力 → 确立 within 两个确立). Each
suggestion is the user's own query with that term replaced, and is offered only
when running it finds articles: its total is the engine's.

**Partial matches.** A query of several terms, or a long pasted sentence (cut
into words), that finds nothing offers the queries that drop the fewest terms
and still find something, each marked with the terms it dropped.
"""
from __future__ import annotations

import dataclasses
import time

from dangjian.index.analysis import query_runs, word_tokens

from . import vocabulary
from .query import Token
from .rewrite import OPERATORS, is_operator, tokens_of, write

MAX_TERM = 40            # longer terms are pasted passages: the partial matches handle them
MAX_CHECKS = 12          # searches run to verify suggestions
MAX_PARTS = 10           # terms a partial match chooses among
BUDGET_S = 2.0           # wall time for the partial matches' searches


def count(engine, request, query: str) -> int:
    """Return the total of the request with another query (no ranking, no snippets)."""
    changed = dataclasses.replace(request, query=query, page=1, limit=1, facet_limit=1, sort="date",
                                  snippets=False, notices=())
    return engine.search(changed).total


def did_you_mean(engine, request, limit: int = 3) -> list[dict]:
    """Return up to limit ``{query, total}``: the query with its misspelt terms corrected, best first.

    Each term that finds nothing is corrected alone (the rest of the query as typed); when
    several are misspelt, the query with each replaced by its closest value is tried too.
    """
    tokens = tokens_of(request.query)
    vocab = vocabulary.of(engine)
    wrong = {i: vocab.near(t.text, vocabulary.facet_of(t.prefix)) for i, t in enumerate(tokens)
             if _correctable(t) and count(engine, request, write([t])) == 0}
    tries = [{i: near[0] for i, near in wrong.items() if near}] if len(wrong) > 1 else []
    tries += [{i: candidate} for i, near in wrong.items() for candidate in near]
    found: list[dict] = []
    for fixes in tries[:MAX_CHECKS]:
        if len(found) >= limit:
            break
        query = write([dataclasses.replace(t, text=fixes[i]) if i in fixes else t for i, t in enumerate(tokens)])
        total = count(engine, request, query) if fixes else 0
        if total and query not in (f["query"] for f in found):
            found.append({"query": query, "total": total})
    return found


def _correctable(token: Token) -> bool:
    if token.negated or is_operator(token) or not 2 <= len(token.text) <= MAX_TERM:
        return False
    return token.prefix is None or vocabulary.facet_of(token.prefix) is not None or token.prefix in ("标题", "title")


def partial_matches(engine, request, limit: int = 3) -> list[dict]:
    """Return up to limit ``{query, total, dropped}``: queries keeping the most terms that find articles."""
    tokens = tokens_of(request.query)
    if any(is_operator(t) for t in tokens):
        return []                     # OR and NOT change what dropping a term means
    fixed = [t for t in tokens if not _droppable(t)]
    terms = _terms([t for t in tokens if _droppable(t)])
    if len(terms) < 2:
        return []
    totals = _Totals(engine, request, fixed)
    kept = [t for t in terms if totals.of([t]) > 0]        # a term finding nothing alone is never kept
    best = _best_subsets(kept, totals)
    out = [{"query": write(fixed + list(subset)), "total": total,
            "dropped": [t.text for t in terms if t not in subset]} for subset, total in best]
    return out[:limit]


def _droppable(token: Token) -> bool:
    return not token.negated and token.prefix is None and token.text not in OPERATORS


def _terms(tokens: list[Token]) -> list[Token]:
    """Return the terms to choose among: a long unquoted run (a pasted sentence) is cut into its words."""
    if len(tokens) == 1 and not tokens[0].quoted and len(tokens[0].text) > 6:
        words = []
        for run in query_runs(tokens[0].text):
            words += [w for w, *_ in word_tokens("".join(run), mode="query") if len(w) > 1]
        tokens = [Token(w) for w in dict.fromkeys(words)]
    return tokens[:MAX_PARTS]


class _Totals:
    """Count queries of the fixed tokens plus some terms, each once, within a time budget."""

    def __init__(self, engine, request, fixed: list[Token]):
        self.engine, self.request, self.fixed = engine, request, fixed
        self.known: dict[frozenset, int] = {}       # AND does not care for order: one count per set
        self.until = time.monotonic() + BUDGET_S

    def of(self, terms) -> int:
        key = frozenset(t.text for t in terms)
        if key not in self.known:
            if time.monotonic() > self.until:
                return 0
            self.known[key] = count(self.engine, self.request, write(self.fixed + list(terms)))
        return self.known[key]


def _best_subsets(terms: list[Token], totals: _Totals) -> list[tuple[tuple[Token, ...], int]]:
    """Return the largest sets of terms that still find articles, most terms and then most hits first.

    Each set is grown greedily — a term is added when the set with it still finds
    something — in three orders (commonest term first, longest first, as typed), so
    up to three different ways of keeping most of the query come back.
    """
    orders = (sorted(terms, key=lambda t: -totals.of([t])), sorted(terms, key=lambda t: -len(t.text)), terms)
    found: dict[frozenset, tuple[tuple[Token, ...], int]] = {}
    for order in orders:
        kept: list[Token] = []
        for term in order:
            if totals.of(kept + [term]):
                kept.append(term)
        if kept:
            chosen = tuple(t for t in terms if t in kept)          # back in the order typed
            found[frozenset(t.text for t in chosen)] = (chosen, totals.of(chosen))
    return sorted(found.values(), key=lambda f: (-len(f[0]), -f[1]))
